#pragma once

#include "domain/outcome.h"

#include <QCoreApplication>
#include <QList>

namespace Taktline {

class Workspace;

// The first steps of a new factory, in the order they build on each other.
enum class SetupStep { Machines, Products, Routings, Employees, Badges, FirstWorkOrder, Backups };

struct SetupStepState
{
    SetupStep step;
    bool done = false;
};

// What a new factory still has to set up before its first work order, read from its data
// (a step is done when the records it asks for exist, badges when some were printed, backups
// when a good one was written), with the
// words the checklist shows.
class SetupChecklist final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::SetupChecklist)

public:
    static QList<SetupStep> allSteps();
    static Result<QList<SetupStepState>> read(const Workspace &workspace);
    static QString title(SetupStep step); // "Add machines"
    static QString hint(SetupStep step);  // what the step is for, in one sentence
};

} // namespace Taktline
