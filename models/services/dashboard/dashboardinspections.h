#pragma once

#include "domain/outcome.h"
#include "services/dashboard/dashboardfigures.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Taktline {

// The dashboard's quality figures read from the inspection facts: inspections passed and failed,
// first-article waiting time per machine (等待首检), the nonconformances still open and the
// pieces decided by disposition.
class DashboardInspections final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::DashboardInspections)

public:
    // Fills the quality fields of FIGURES for its period (fromMs, toMs, nowMs set).
    static Outcome read(const QSqlDatabase &db, DashboardFigures &figures);

private:
    static Outcome readVerdicts(const QSqlDatabase &db, DashboardFigures &figures);
    static Outcome readWaits(const QSqlDatabase &db, DashboardFigures &figures);
    static Outcome readNonconformances(const QSqlDatabase &db, DashboardFigures &figures);
};

} // namespace Taktline
