#include "services/quality/spcservice.h"

#include "domain/masterdata/masterrecord.h"
#include "services/dashboard/dashboardquality.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Taktline {

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("Taktline::Quality", source);
}

// The readings of one inspection: its samples in order.
struct Inspected
{
    QString id;
    qint64 atMs = 0;
    QList<double> values;
};

Result<SpcSeries> describe(const QSqlDatabase &db, const QString &characteristicId)
{
    QSqlQuery query(db);
    const QString purpose = text("reading the characteristic");
    if (Outcome ok = Sql::prepare(query,
                                  QStringLiteral("SELECT c.name AS name, c.unit AS unit, c.kind AS "
                                                 "kind, c.nominal AS nominal, c.lower_limit AS "
                                                 "lower_limit, c.upper_limit AS upper_limit FROM "
                                                 "inspection_characteristics c WHERE c.id = :id"),
                                  purpose);
        !ok)
        return ok;
    query.bindValue(QStringLiteral(":id"), characteristicId);
    if (Outcome ok = Sql::exec(query, purpose); !ok)
        return ok;
    if (!query.next())
        return Outcome::failure(text("The characteristic to chart no longer exists."));
    Sql::Row row(query);
    SpcSeries series;
    series.characteristicId = characteristicId;
    series.name = row.value(QStringLiteral("name")).toString();
    series.unit = row.value(QStringLiteral("unit")).toString();
    if (row.value(QStringLiteral("kind")).toString() != QLatin1String("measured"))
        return Outcome::failure(
            text("“%1” is not measured: only measured values can be charted.").arg(series.name));
    auto optional = [&row](const char *column) -> std::optional<double> {
        const QVariant value = row.value(QString::fromLatin1(column));
        return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
    };
    series.nominal = optional("nominal");
    series.lower = optional("lower_limit");
    series.upper = optional("upper_limit");
    return series;
}

Result<QList<Inspected>> readings(const QSqlDatabase &db, const QString &characteristicId,
                                  qint64 fromMs, qint64 toMs)
{
    // The inspections that count: not voided by a correction (the correction itself counts,
    // with the values it recorded).
    QSqlQuery query(db);
    const QString purpose = text("reading the measured values");
    if (Outcome ok = Sql::prepare(
            query,
            QStringLiteral("SELECT i.id AS inspection_id, i.at AS at, v.value AS value FROM "
                           "inspections i JOIN inspection_values v ON v.inspection_id = i.id WHERE "
                           "v.characteristic_id = :characteristic AND v.value IS NOT NULL AND "
                           "i.at >= :from AND i.at < :to AND NOT EXISTS (SELECT 1 FROM "
                           "inspections x WHERE x.voids_inspection_id = i.id) "
                           "ORDER BY i.at, i.id, v.sample_no"),
            purpose);
        !ok)
        return ok;
    query.bindValue(QStringLiteral(":characteristic"), characteristicId);
    query.bindValue(QStringLiteral(":from"), fromMs);
    query.bindValue(QStringLiteral(":to"), toMs);
    if (Outcome ok = Sql::exec(query, purpose); !ok)
        return ok;
    Sql::Row row(query);
    QList<Inspected> inspections;
    while (query.next()) {
        const QString id = row.value(QStringLiteral("inspection_id")).toString();
        if (inspections.isEmpty() || inspections.constLast().id != id)
            inspections.append({id, row.value(QStringLiteral("at")).toLongLong(), {}});
        inspections.last().values.append(row.value(QStringLiteral("value")).toDouble());
    }
    return inspections;
}

double mean(const QList<double> &values)
{
    double sum = 0;
    for (double value : values)
        sum += value;
    return sum / double(values.size());
}

} // namespace

SpcService::SpcService(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{}

SpcService::~SpcService() = default;

Result<SpcSeries> SpcService::series(const QString &characteristicId, qint64 fromMs,
                                     qint64 toMs) const
{
    const QSqlDatabase db = m_db->connection();
    Result<SpcSeries> described = describe(db, characteristicId);
    if (!described)
        return described;
    SpcSeries series = std::move(described).value();
    const Result<QList<Inspected>> read = readings(db, characteristicId, fromMs, toMs);
    if (!read)
        return read.outcome();
    const QList<Inspected> &inspections = read.value();
    if (inspections.size() < 2)
        return Outcome::failure(text("“%1” was measured in %2 inspection(s) in this period: a "
                                     "chart needs at least 2.")
                                    .arg(series.name)
                                    .arg(inspections.size()));
    // A subgroup per inspection when every one measured the same 2…10 pieces; otherwise one
    // reading per inspection (its mean when it measured several).
    const qsizetype size = inspections.constFirst().values.size();
    bool subgroups = size >= 2 && size <= 10;
    QList<QList<double>> groups;
    QList<double> points, all;
    for (const Inspected &inspection : inspections) {
        subgroups = subgroups && inspection.values.size() == size;
        groups.append(inspection.values);
        points.append(mean(inspection.values));
        all += inspection.values;
        series.atMs.append(inspection.atMs);
    }
    Result<ControlChart> chart =
        subgroups ? SpcCalculator::xbarR(groups) : SpcCalculator::individuals(points);
    if (!chart)
        return chart.outcome();
    series.chart = std::move(chart).value();
    Result<Capability> capability = SpcCalculator::capability(
        subgroups ? all : points, series.chart.sigmaWithin, series.lower, series.upper);
    if (!capability)
        return capability.outcome();
    series.capability = std::move(capability).value();
    return series;
}

Result<QList<FirstPassYield>> SpcService::firstPassYield(qint64 fromMs, qint64 toMs) const
{
    // The dashboard's reading of the reports (DashboardQuality): one definition of FPY.
    const QSqlDatabase db = m_db->connection();
    DashboardFigures figures;
    figures.fromMs = fromMs;
    figures.toMs = toMs;
    if (Outcome read = DashboardQuality::read(db, figures); !read)
        return read;
    QSqlQuery product(db);
    const QString purpose = text("reading the products");
    if (Outcome ok = Sql::prepare(product,
                                  QStringLiteral("SELECT part_no, name, name_en FROM products "
                                                 "WHERE id = :id"),
                                  purpose);
        !ok)
        return ok;
    QList<FirstPassYield> yields;
    for (const ProductYield &made : std::as_const(figures.yields)) {
        FirstPassYield base;
        base.productId = made.productId;
        product.bindValue(QStringLiteral(":id"), made.productId);
        if (Outcome ok = Sql::exec(product, purpose); !ok)
            return ok;
        if (product.next()) {
            Sql::Row row(product);
            base.partNo = row.value(QStringLiteral("part_no")).toString();
            base.productName = localizedName(row.value(QStringLiteral("name")).toString(),
                                             row.value(QStringLiteral("name_en")).toString());
        }
        product.finish();
        for (const YieldStep &step : made.steps) {
            FirstPassYield yield = base;
            yield.seq = step.seq;
            yield.operationName = step.step;
            yield.made = step.made;
            yield.firstPass = step.good;
            yields.append(yield);
        }
        if (made.rolled && !made.steps.isEmpty()) {
            FirstPassYield whole = base;
            whole.seq = 0;
            whole.operationName = text("Whole routing");
            whole.made = made.steps.constFirst().made;
            whole.firstPass = whole.made * *made.rolled;
            yields.append(whole);
        }
    }
    return yields;
}

Result<QList<SpcCharacteristic>> SpcService::characteristics() const
{
    QSqlQuery query(m_db->connection());
    const QString purpose = text("reading the measured characteristics");
    if (Outcome ok = Sql::prepare(
            query,
            QStringLiteral(
                "SELECT c.id AS id, c.plan_id AS plan_id, p.product_id AS product_id, pr.part_no "
                "AS part_no, pr.name AS product_name, pr.name_en AS product_name_en, "
                "p.operation_seq AS seq, p.name AS plan_name, coalesce((SELECT r.name FROM "
                "routing_operations r WHERE r.product_id = p.product_id AND r.seq = "
                "p.operation_seq AND r.deleted = 0), '') AS step, c.name AS name, c.unit AS unit "
                "FROM inspection_characteristics c JOIN inspection_plans p ON p.id = c.plan_id "
                "JOIN products pr ON pr.id = p.product_id WHERE c.kind = 'measured' AND "
                "c.deleted = 0 AND p.deleted = 0 AND pr.deleted = 0 "
                "ORDER BY pr.part_no, p.operation_seq, c.seq"),
            purpose);
        !ok)
        return ok;
    if (Outcome ok = Sql::exec(query, purpose); !ok)
        return ok;
    Sql::Row row(query);
    QList<SpcCharacteristic> found;
    while (query.next()) {
        SpcCharacteristic c;
        c.id = row.value(QStringLiteral("id")).toString();
        c.planId = row.value(QStringLiteral("plan_id")).toString();
        c.productId = row.value(QStringLiteral("product_id")).toString();
        c.partNo = row.value(QStringLiteral("part_no")).toString();
        c.productName = localizedName(row.value(QStringLiteral("product_name")).toString(),
                                      row.value(QStringLiteral("product_name_en")).toString());
        c.operationSeq = row.value(QStringLiteral("seq")).toInt();
        c.operationName = row.value(QStringLiteral("step")).toString();
        c.planName = row.value(QStringLiteral("plan_name")).toString();
        c.name = row.value(QStringLiteral("name")).toString();
        c.unit = row.value(QStringLiteral("unit")).toString();
        found.append(c);
    }
    return found;
}

} // namespace Taktline
