#include "services/dashboard/dashboardquality.h"

#include "domain/masterdata/masterrecord.h"
#include "services/dashboard/dashboardsql.h"
#include "storage/sqlquery.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace Taktline {

namespace {

// Per step of every open order: the good pieces of the step before and the pieces reported at
// this one (good, defective or rework).
QString waitingStatement()
{
    return QStringLiteral(
               "SELECT * FROM (SELECT s.work_order_id AS work_order_id, s.name AS step, s.seq AS "
               "seq, "
               "lag(s.good) OVER (PARTITION BY s.work_order_id ORDER BY s.seq) AS before_good, "
               "s.reported AS reported FROM (SELECT o.work_order_id, o.name, o.seq, "
               "(SELECT coalesce(sum(r.good), 0) FROM production_reports r WHERE r.operation_id = "
               "o.id AND %1) AS good, "
               "(SELECT coalesce(sum(r.good + r.defective + r.rework), 0) FROM production_reports "
               "r WHERE "
               "r.operation_id = o.id AND %1) AS reported FROM work_order_operations o JOIN "
               "work_orders w ON "
               "w.id = o.work_order_id WHERE o.deleted = 0 AND w.deleted = 0 AND w.state IN "
               "('released', "
               "'in_progress', 'on_hold')) s) WHERE before_good > reported")
        .arg(DashboardSql::counted());
}

QString productLabel(const Sql::Row &row)
{
    return row.value(QStringLiteral("part_no")).toString() + QLatin1Char(' ') +
           localizedName(row.value(QStringLiteral("product_name")).toString(),
                         row.value(QStringLiteral("product_name_en")).toString());
}

} // namespace

Outcome DashboardQuality::read(const QSqlDatabase &db, DashboardFigures &figures)
{
    if (Outcome read = readWip(db, figures); !read)
        return read;
    if (Outcome read = readYields(db, figures); !read)
        return read;
    return readDefects(db, figures);
}

QString DashboardQuality::noReasonText()
{
    return tr("No reason given");
}

Outcome DashboardQuality::readWip(const QSqlDatabase &db, DashboardFigures &figures)
{
    QSqlQuery query(db);
    const QString statement = waitingStatement() + QStringLiteral(" ORDER BY seq, step");
    if (Outcome ran = Sql::prepare(query, statement, tr("reading the work in process"));
        !ran || !(ran = Sql::exec(query, tr("reading the work in process"))))
        return ran;
    Sql::Row row(query);
    QHash<QString, qsizetype> index;
    while (query.next()) {
        const QString step = row.value(QStringLiteral("step")).toString();
        if (!index.contains(step)) {
            index.insert(step, figures.wip.size());
            figures.wip.append({step, 0, 0});
        }
        WipStep &wip = figures.wip[index.value(step)];
        wip.pieces += row.value(QStringLiteral("before_good")).toDouble() -
                      row.value(QStringLiteral("reported")).toDouble();
        ++wip.orders;
    }
    return Outcome::success();
}

Outcome DashboardQuality::readYields(const QSqlDatabase &db, DashboardFigures &figures)
{
    QSqlQuery query(db);
    const QString statement =
        QStringLiteral(
            "SELECT w.product_id AS product_id, p.part_no AS part_no, p.name AS product_name, "
            "p.name_en AS product_name_en, o.seq AS seq, o.name AS step, sum(r.good) AS good, "
            "sum(r.good + r.defective + r.rework) AS made FROM production_reports r "
            "JOIN work_order_operations o ON o.id = r.operation_id JOIN work_orders w ON "
            "w.id = r.work_order_id JOIN products p ON p.id = w.product_id WHERE %1 AND "
            "r.reported_at >= :from AND r.reported_at < :to GROUP BY w.product_id, o.seq, o.name "
            "ORDER BY p.part_no, o.seq")
            .arg(DashboardSql::counted());
    if (Outcome prepared = Sql::prepare(query, statement, tr("reading the first-pass yield"));
        !prepared)
        return prepared;
    query.bindValue(QStringLiteral(":from"), figures.fromMs);
    query.bindValue(QStringLiteral(":to"), figures.toMs);
    if (Outcome ran = Sql::exec(query, tr("reading the first-pass yield")); !ran)
        return ran;
    Sql::Row row(query);
    while (query.next()) {
        const QString productId = row.value(QStringLiteral("product_id")).toString();
        if (figures.yields.isEmpty() || figures.yields.constLast().productId != productId)
            figures.yields.append({productId, productLabel(row), {}, 0, 0, std::nullopt});
        ProductYield &product = figures.yields.last();
        const YieldStep step{row.value(QStringLiteral("seq")).toInt(),
                             row.value(QStringLiteral("step")).toString(),
                             row.value(QStringLiteral("good")).toDouble(),
                             row.value(QStringLiteral("made")).toDouble()};
        product.steps.append(step);
        product.good += step.good;
        product.made += step.made;
        if (step.made > 0)
            product.rolled = product.rolled.value_or(1.0) * step.good / step.made;
        figures.yieldGood += step.good;
        figures.yieldMade += step.made;
    }
    if (figures.yieldMade > 0)
        figures.firstPassYield = figures.yieldGood / figures.yieldMade;
    std::stable_sort(figures.yields.begin(), figures.yields.end(),
                     [](const ProductYield &a, const ProductYield &b) { return a.made > b.made; });
    return Outcome::success();
}

Outcome DashboardQuality::readDefects(const QSqlDatabase &db, DashboardFigures &figures)
{
    QSqlQuery query(db);
    const QString statement =
        QStringLiteral(
            "SELECT coalesce(r.defect_reason_id, '') AS reason_id, d.name AS name, d.name_en AS "
            "name_en, "
            "sum(r.defective) AS pieces FROM production_reports r LEFT JOIN defect_reasons d ON "
            "d.id = r.defect_reason_id WHERE %1 AND r.defective > 0 AND r.reported_at >= :from AND "
            "r.reported_at < :to GROUP BY coalesce(r.defect_reason_id, '') ORDER BY pieces DESC, "
            "name")
            .arg(DashboardSql::counted());
    if (Outcome prepared = Sql::prepare(query, statement, tr("reading the defects")); !prepared)
        return prepared;
    query.bindValue(QStringLiteral(":from"), figures.fromMs);
    query.bindValue(QStringLiteral(":to"), figures.toMs);
    if (Outcome ran = Sql::exec(query, tr("reading the defects")); !ran)
        return ran;
    Sql::Row row(query);
    while (query.next()) {
        const QString id = row.value(QStringLiteral("reason_id")).toString();
        const double pieces = row.value(QStringLiteral("pieces")).toDouble();
        if (figures.defects.size() == TopDefects) {
            figures.defects.append({QString(), tr("Others"), 0, true});
        }
        if (figures.defects.size() > TopDefects) {
            figures.defects.last().pieces += pieces;
            continue;
        }
        const QString name = id.isEmpty()
                                 ? noReasonText()
                                 : localizedName(row.value(QStringLiteral("name")).toString(),
                                                 row.value(QStringLiteral("name_en")).toString());
        figures.defects.append({id, name, pieces, false});
    }
    return Outcome::success();
}

Result<QList<DashboardReport>> DashboardQuality::reports(const QSqlDatabase &db,
                                                         const DashboardReportQuery &filter)
{
    QString where = DashboardSql::counted() +
                    QStringLiteral(" AND r.reported_at >= :from AND r.reported_at < :to");
    if (filter.lastStepOnly)
        where += QStringLiteral(" AND ") + DashboardSql::lastStep();
    if (filter.defectiveOnly)
        where += QStringLiteral(" AND r.defective > 0");
    if (filter.defectReasonId)
        where += QStringLiteral(" AND coalesce(r.defect_reason_id, '') = :reason");
    for (qsizetype i = 0; i < filter.excludedReasonIds.size(); ++i)
        where += QStringLiteral(" AND coalesce(r.defect_reason_id, '') <> :not%1").arg(i);
    if (!filter.productId.isEmpty())
        where += QStringLiteral(" AND w.product_id = :product");
    QSqlQuery query(db);
    const QString statement =
        QStringLiteral(
            "SELECT r.id AS id, r.reported_at AS reported_at, w.number AS number, p.part_no AS "
            "part_no, "
            "p.name AS product_name, p.name_en AS product_name_en, o.seq AS seq, o.name AS step, "
            "coalesce(m.code, '') AS machine, coalesce(e.name, '') AS employee, r.good AS good, "
            "r.defective AS defective, r.rework AS rework, coalesce(d.name, '') AS reason, "
            "coalesce(d.name_en, '') AS reason_en, coalesce(r.defect_reason_id, '') AS reason_id "
            "FROM production_reports r JOIN work_order_operations o ON o.id = r.operation_id "
            "JOIN work_orders w ON w.id = r.work_order_id JOIN products p ON p.id = w.product_id "
            "LEFT JOIN machines m ON m.id = coalesce(r.machine_id, o.machine_id) "
            "LEFT JOIN employees e ON e.id = r.employee_id LEFT JOIN defect_reasons d ON "
            "d.id = r.defect_reason_id WHERE %1 ORDER BY r.reported_at, r.id")
            .arg(where);
    if (Outcome prepared = Sql::prepare(query, statement, tr("reading the reports")); !prepared)
        return prepared;
    query.bindValue(QStringLiteral(":from"), filter.fromMs);
    query.bindValue(QStringLiteral(":to"), filter.toMs);
    if (filter.defectReasonId)
        query.bindValue(QStringLiteral(":reason"), Sql::text(*filter.defectReasonId));
    for (qsizetype i = 0; i < filter.excludedReasonIds.size(); ++i)
        query.bindValue(QStringLiteral(":not%1").arg(i), Sql::text(filter.excludedReasonIds.at(i)));
    if (!filter.productId.isEmpty())
        query.bindValue(QStringLiteral(":product"), filter.productId);
    if (Outcome ran = Sql::exec(query, tr("reading the reports")); !ran)
        return ran;
    QList<DashboardReport> reports;
    Sql::Row row(query);
    while (query.next()) {
        DashboardReport report;
        report.id = row.value(QStringLiteral("id")).toString();
        report.reportedAtMs = row.value(QStringLiteral("reported_at")).toLongLong();
        report.orderNumber = row.value(QStringLiteral("number")).toString();
        report.product = productLabel(row);
        report.seq = row.value(QStringLiteral("seq")).toInt();
        report.step = row.value(QStringLiteral("step")).toString();
        report.machine = row.value(QStringLiteral("machine")).toString();
        report.employee = row.value(QStringLiteral("employee")).toString();
        report.good = row.value(QStringLiteral("good")).toDouble();
        report.defective = row.value(QStringLiteral("defective")).toDouble();
        report.rework = row.value(QStringLiteral("rework")).toDouble();
        if (report.defective > 0 && row.value(QStringLiteral("reason_id")).toString().isEmpty())
            report.defectReason = noReasonText();
        else
            report.defectReason = localizedName(row.value(QStringLiteral("reason")).toString(),
                                                row.value(QStringLiteral("reason_en")).toString());
        reports.append(report);
    }
    return reports;
}

Result<QList<DashboardOrder>> DashboardQuality::ordersWaitingAt(const QSqlDatabase &db,
                                                                const QString &step)
{
    QSqlQuery query(db);
    const QString statement =
        QStringLiteral(
            "SELECT q.work_order_id AS id, w.number AS number, w.quantity AS quantity, w.due_date "
            "AS due_date, "
            "p.part_no AS part_no, p.name AS product_name, p.name_en AS product_name_en, "
            "q.before_good - q.reported AS waiting FROM (%1) q JOIN work_orders w ON w.id = "
            "q.work_order_id "
            "JOIN products p ON p.id = w.product_id WHERE q.step = :step ORDER BY w.due_date, "
            "w.number")
            .arg(waitingStatement());
    if (Outcome prepared = Sql::prepare(query, statement, tr("reading the work in process"));
        !prepared)
        return prepared;
    query.bindValue(QStringLiteral(":step"), step);
    if (Outcome ran = Sql::exec(query, tr("reading the work in process")); !ran)
        return ran;
    QList<DashboardOrder> orders;
    Sql::Row row(query);
    while (query.next()) {
        DashboardOrder order;
        order.id = row.value(QStringLiteral("id")).toString();
        order.number = row.value(QStringLiteral("number")).toString();
        order.product = productLabel(row);
        order.quantity = row.value(QStringLiteral("quantity")).toDouble();
        order.waiting = row.value(QStringLiteral("waiting")).toDouble();
        order.dueDate =
            QDate::fromString(row.value(QStringLiteral("due_date")).toString(), Qt::ISODate);
        orders.append(order);
    }
    return orders;
}

} // namespace Taktline
