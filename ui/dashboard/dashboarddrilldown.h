#pragma once

#include "domain/outcome.h"
#include "services/dashboard/dashboardservice.h"

#include <QCoreApplication>

class QWidget;

namespace Taktline {

class DrillDownDialog;

// What a click on the dashboard opens: the reports, stops, orders or machines behind bar INDEX
// of chart KEY (or behind tile KEY when INDEX is -1), read through the DashboardService.
class DashboardDrillDown final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::DashboardDrillDown)

public:
    // The dialog (not shown yet), null when the bar has nothing behind it, or why it failed.
    static Result<DrillDownDialog *> open(const DashboardService &service,
                                          const DashboardPeriod &period,
                                          const DashboardFigures &figures, const QString &key,
                                          int index, QWidget *parent);
};

} // namespace Taktline
