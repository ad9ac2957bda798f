#include "services/reports/productionlinesrows.h"

#include "services/dashboard/dashboardsql.h"
#include "services/reports/reportscope.h"
#include "storage/sqlquery.h"

#include <QSqlRecord>

namespace Taktline {

namespace {

using K = ReportColumnKind;

// The lines, oldest first; the counted reports only.
QString linesSql(const ReportScope &c, bool count)
{
    const QString select =
        count
            ? QStringLiteral("SELECT count(*) AS n")
            : QStringLiteral(
                  "SELECT r.reported_at, w.number, p.part_no || ' ' || {name:p} AS product, o.seq, "
                  "o.name AS step, coalesce(m.code, '') AS machine, coalesce(e.badge, '') AS "
                  "badge, "
                  "coalesce(e.name, '') AS employee, r.good, r.defective, r.rework, "
                  "coalesce({name:d}, '') AS reason, r.material_lot");
    return select +
           QStringLiteral(" FROM production_reports r JOIN work_order_operations o ON o.id = "
                          "r.operation_id JOIN work_orders w ON w.id = r.work_order_id JOIN "
                          "products p ON p.id = w.product_id LEFT JOIN machines m ON m.id = "
                          "r.machine_id LEFT JOIN employees e ON e.id = r.employee_id LEFT JOIN "
                          "defect_reasons d ON d.id = r.defect_reason_id WHERE r.reported_at >= "
                          ":fromMs AND r.reported_at < :toMs AND ") +
           DashboardSql::counted() + c.machineFilter(QStringLiteral("r.machine_id")) +
           (count ? QString() : QStringLiteral(" ORDER BY r.reported_at, r.id"));
}

} // namespace

ProductionLinesRows::ProductionLinesRows(QSqlQuery query, const ReportScope &context,
                                         qint64 expected)
    : m_query(std::move(query))
    , m_zone(context.calendar.timeZone())
    , m_expected(expected)
{
}

Result<ReportDocument> ProductionLinesRows::build(const ReportScope &c)
{
    const QString purpose = tr("read the production reports of the period");
    QSqlQuery counting(c.connection());
    const QString countSql = linesSql(c, true);
    if (Outcome ok = Sql::prepare(counting, countSql, purpose); !ok)
        return ok;
    c.bind(counting, countSql);
    if (Outcome ok = Sql::exec(counting, purpose); !ok)
        return ok;
    const qint64 expected = counting.next() ? counting.value(QStringLiteral("n")).toLongLong() : -1;

    QSqlQuery query(c.connection());
    query.setForwardOnly(true); // the rows are read once, in order, never held
    const QString sql = c.expand(linesSql(c, false));
    if (Outcome ok = Sql::prepare(query, sql, purpose); !ok)
        return ok;
    c.bind(query, sql);
    if (Outcome ok = Sql::exec(query, purpose); !ok)
        return ok;

    ReportSheet sheet;
    sheet.name = tr("Report lines");
    sheet.columns = {
        ReportScope::column(tr("Reported at"), K::DateTime),
        ReportScope::column(tr("WO No."), K::Text),
        ReportScope::column(tr("Product"), K::Text),
        ReportScope::column(tr("Step"), K::Integer),
        ReportScope::column(tr("Operation"), K::Text),
        ReportScope::column(tr("Machine"), K::Text),
        ReportScope::column(tr("Badge"), K::Text),
        ReportScope::column(tr("Employee"), K::Text),
        ReportScope::column(tr("Good qty"), K::Integer, true),
        ReportScope::column(tr("Defective qty"), K::Integer, true),
        ReportScope::column(tr("Rework"), K::Integer, true),
        ReportScope::column(tr("Defect reason"), K::Text),
        ReportScope::column(tr("Material lot"), K::Text),
    };
    sheet.rows =
        std::shared_ptr<ReportRows>(new ProductionLinesRows(std::move(query), c, expected));
    sheet.notes = {tr("Every production report of the period that stands, oldest first. Voided "
                      "reports and the records voiding them are left out, so the totals are the "
                      "other reports' totals."),
                   ReportScope::countedNote()};
    ReportDocument document;
    document.sheets.push_back(std::move(sheet));
    return document;
}

bool ProductionLinesRows::next(QVariantList &row)
{
    if (!m_query.next())
        return false;
    const QDateTime zoned = QDateTime::fromMSecsSinceEpoch(
        m_query.value(QStringLiteral("reported_at")).toLongLong(), m_zone);
    row = {QDateTime(zoned.date(), zoned.time()),        m_query.value(QStringLiteral("number")),
           m_query.value(QStringLiteral("product")),     m_query.value(QStringLiteral("seq")),
           m_query.value(QStringLiteral("step")),        m_query.value(QStringLiteral("machine")),
           m_query.value(QStringLiteral("badge")),       m_query.value(QStringLiteral("employee")),
           m_query.value(QStringLiteral("good")),        m_query.value(QStringLiteral("defective")),
           m_query.value(QStringLiteral("rework")),      m_query.value(QStringLiteral("reason")),
           m_query.value(QStringLiteral("material_lot"))};
    return true;
}

} // namespace Taktline
