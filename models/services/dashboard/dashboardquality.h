#pragma once

#include "domain/outcome.h"
#include "services/dashboard/dashboardfigures.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Taktline {

// The dashboard's figures read from production reports alone: WIP by step, first-pass yield per
// product and step, the defect Top 5, and the reports and orders behind their bars.
class DashboardQuality final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::DashboardQuality)

public:
    static constexpr int TopDefects = 5;

    // Fills wip, yields, yieldGood/yieldMade/firstPassYield and defects for the figures' period.
    static Outcome read(const QSqlDatabase &db, DashboardFigures &figures);
    static Result<QList<DashboardReport>> reports(const QSqlDatabase &db,
                                                  const DashboardReportQuery &query);
    static Result<QList<DashboardOrder>> ordersWaitingAt(const QSqlDatabase &db,
                                                         const QString &step);
    static QString noReasonText(); // 未填原因

private:
    static Outcome readWip(const QSqlDatabase &db, DashboardFigures &figures);
    static Outcome readYields(const QSqlDatabase &db, DashboardFigures &figures);
    static Outcome readDefects(const QSqlDatabase &db, DashboardFigures &figures);
};

} // namespace Taktline
