#pragma once

#include "services/dashboard/dashboardfigures.h"

#include <QCoreApplication>

class QStandardItemModel;

namespace Taktline {

// The dashboard's quality card as rows of a small table: inspections passed and failed,
// first-article waiting (等待首检) per machine, nonconformances still open and the pieces
// decided by disposition in the period.
class DashboardQualityRows final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::DashboardQualityRows)

public:
    // Fills MODEL (two columns: what, figure); answers whether there is anything to show.
    static bool fill(QStandardItemModel *model, const DashboardFigures &figures);
};

} // namespace Taktline
