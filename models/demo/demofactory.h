#pragma once

#include "domain/outcome.h"

namespace Taktline {

class Workspace;

// How much history the demo factory gets; filled in by the work-order and station features.
struct DemoOptions
{
    int days = 60;
    int workOrders = 300;
    int reports = -1; // -1: as many as the days call for
};

// Builds the believable demo factory (12 machines, 40 products with routings, 25 employees,
// reason codes, one account per role) into a new, empty factory database.
class DemoFactory final
{
public:
    // REPORTS_MADE, if given, receives the number of production reports written.
    static Outcome build(Workspace &workspace, const DemoOptions &options, int *reportsMade = nullptr);
    static QString password(); // the documented password of every demo account
};

} // namespace Taktline
