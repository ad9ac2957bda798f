#include "storage/quality/inspectionplanrepository.h"

#include "storage/sqlquery.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace Taktline {

namespace {

const QString PlanColumns = QStringLiteral(
    "p.id, p.product_id, p.operation_seq, p.name, p.first_article, p.first_article_gate, "
    "p.patrol_pieces, p.patrol_minutes, p.final, p.incoming, p.aql, p.inspection_level, "
    "p.allow_reduced, p.note");
const QString CharacteristicColumns = QStringLiteral(
    "id, plan_id, seq, name, kind, nominal, lower_limit, upper_limit, unit, choices, "
    "pass_choices, gauge, method, required");

const QChar ChoiceSeparator = QLatin1Char('|');

std::optional<double> optionalNumber(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

QVariant numberOrNull(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

QStringList splitChoices(const QString &text)
{
    return text.split(ChoiceSeparator, Qt::SkipEmptyParts);
}

InspectionPlan planFrom(const Sql::Row &row)
{
    InspectionPlan plan;
    plan.id = row.value(QStringLiteral("id")).toString();
    plan.productId = row.value(QStringLiteral("product_id")).toString();
    plan.operationSeq = row.value(QStringLiteral("operation_seq")).toInt();
    plan.name = row.value(QStringLiteral("name")).toString();
    plan.firstArticle = row.value(QStringLiteral("first_article")).toBool();
    plan.firstArticleGate = row.value(QStringLiteral("first_article_gate")).toBool();
    plan.patrolPieces = row.value(QStringLiteral("patrol_pieces")).toInt();
    plan.patrolMinutes = row.value(QStringLiteral("patrol_minutes")).toInt();
    plan.final = row.value(QStringLiteral("final")).toBool();
    plan.incoming = row.value(QStringLiteral("incoming")).toBool();
    plan.aql = row.value(QStringLiteral("aql")).toDouble();
    plan.level = inspectionLevelFromKey(row.value(QStringLiteral("inspection_level")).toString())
                     .value_or(InspectionLevel::II);
    plan.allowReduced = row.value(QStringLiteral("allow_reduced")).toBool();
    plan.note = row.value(QStringLiteral("note")).toString();
    return plan;
}

Characteristic characteristicFrom(const Sql::Row &row)
{
    Characteristic c;
    c.id = row.value(QStringLiteral("id")).toString();
    c.planId = row.value(QStringLiteral("plan_id")).toString();
    c.seq = row.value(QStringLiteral("seq")).toInt();
    c.name = row.value(QStringLiteral("name")).toString();
    c.kind = characteristicKindFromKey(row.value(QStringLiteral("kind")).toString())
                 .value_or(CharacteristicKind::Measured);
    c.nominal = optionalNumber(row.value(QStringLiteral("nominal")));
    c.lower = optionalNumber(row.value(QStringLiteral("lower_limit")));
    c.upper = optionalNumber(row.value(QStringLiteral("upper_limit")));
    c.unit = row.value(QStringLiteral("unit")).toString();
    c.choices = splitChoices(row.value(QStringLiteral("choices")).toString());
    c.passChoices = splitChoices(row.value(QStringLiteral("pass_choices")).toString());
    c.gauge = row.value(QStringLiteral("gauge")).toString();
    c.method = row.value(QStringLiteral("method")).toString();
    c.required = row.value(QStringLiteral("required")).toBool();
    return c;
}

} // namespace

InspectionPlanRepository::InspectionPlanRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<InspectionPlan>> InspectionPlanRepository::select(const QString &where,
                                                               const QVariantList &values) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM inspection_plans p "
                                 "LEFT JOIN products pr ON pr.id = p.product_id WHERE %2 "
                                 "ORDER BY pr.part_no, p.operation_seq, p.id")
                      .arg(PlanColumns, where));
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (Outcome done = Sql::exec(query, tr("read the inspection plans")); !done)
        return done;
    QList<InspectionPlan> plans;
    const Sql::Row row(query);
    while (query.next())
        plans.append(planFrom(row));
    query.finish();
    for (InspectionPlan &plan : plans) {
        Result<QList<Characteristic>> characteristics = characteristicsOf(plan.id);
        if (!characteristics)
            return characteristics.outcome();
        plan.characteristics = std::move(characteristics).value();
    }
    return plans;
}

Result<QList<Characteristic>>
InspectionPlanRepository::characteristicsOf(const QString &planId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM inspection_characteristics "
                                 "WHERE plan_id = ? AND deleted = 0 ORDER BY seq, id")
                      .arg(CharacteristicColumns));
    query.bindValue(0, planId);
    if (Outcome done = Sql::exec(query, tr("read the inspection characteristics")); !done)
        return done;
    QList<Characteristic> characteristics;
    const Sql::Row row(query);
    while (query.next())
        characteristics.append(characteristicFrom(row));
    return characteristics;
}

Result<QList<InspectionPlan>> InspectionPlanRepository::plans(const QString &productId) const
{
    if (productId.isEmpty())
        return select(QStringLiteral("p.deleted = 0"), {});
    return select(QStringLiteral("p.deleted = 0 AND p.product_id = ?"), {productId});
}

Result<std::optional<InspectionPlan>> InspectionPlanRepository::find(const QString &planId,
                                                                     bool deleted) const
{
    const Result<QList<InspectionPlan>> found =
        select(QStringLiteral("p.id = ? AND p.deleted = ?"), {planId, deleted ? 1 : 0});
    if (!found)
        return found.outcome();
    if (found.value().isEmpty())
        return std::optional<InspectionPlan>();
    return std::optional<InspectionPlan>(found.value().constFirst());
}

Result<std::optional<InspectionPlan>>
InspectionPlanRepository::findFor(const QString &productId, int operationSeq,
                                  const QString &exceptPlanId) const
{
    const Result<QList<InspectionPlan>> found =
        select(QStringLiteral("p.deleted = 0 AND p.product_id = ? AND p.operation_seq = ? "
                              "AND p.id <> ?"),
               {productId, operationSeq, Sql::text(exceptPlanId)});
    if (!found)
        return found.outcome();
    if (found.value().isEmpty())
        return std::optional<InspectionPlan>();
    return std::optional<InspectionPlan>(found.value().constFirst());
}

Result<std::optional<Characteristic>>
InspectionPlanRepository::characteristic(const QString &characteristicId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM inspection_characteristics WHERE id = ? "
                                 "AND deleted = 0")
                      .arg(CharacteristicColumns));
    query.bindValue(0, characteristicId);
    if (Outcome done = Sql::exec(query, tr("read the inspection characteristic")); !done)
        return done;
    const Sql::Row row(query);
    if (!query.next())
        return std::optional<Characteristic>();
    return std::optional<Characteristic>(characteristicFrom(row));
}

Result<QStringList> InspectionPlanRepository::characteristicIds(const QString &planId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM inspection_characteristics WHERE plan_id = ?"));
    query.bindValue(0, planId);
    if (Outcome done = Sql::exec(query, tr("read the inspection characteristics")); !done)
        return done;
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

Result<std::optional<PlanProduct>> InspectionPlanRepository::product(const QString &productId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT id, part_no, name, name_en FROM products WHERE id = ? AND deleted = 0"));
    query.bindValue(0, productId);
    if (Outcome done = Sql::exec(query, tr("read the product")); !done)
        return done;
    if (!query.next())
        return std::optional<PlanProduct>();
    return std::optional<PlanProduct>(
        PlanProduct{Sql::column(query, QStringLiteral("id")).toString(),
                    Sql::column(query, QStringLiteral("part_no")).toString(),
                    Sql::column(query, QStringLiteral("name")).toString(),
                    Sql::column(query, QStringLiteral("name_en")).toString()});
}

Result<QList<int>> InspectionPlanRepository::steps(const QString &productId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT seq FROM routing_operations "
                                 "WHERE product_id = ? AND deleted = 0 ORDER BY seq"));
    query.bindValue(0, productId);
    if (Outcome done = Sql::exec(query, tr("read the routing")); !done)
        return done;
    QList<int> steps;
    while (query.next())
        steps << query.value(0).toInt();
    return steps;
}

Outcome InspectionPlanRepository::write(const InspectionPlan &plan, qint64 atMs)
{
    const QString purpose = tr("save the inspection plan");
    QSqlQuery upsert(m_db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO inspection_plans (id, product_id, operation_seq, name, first_article, "
        "first_article_gate, patrol_pieces, patrol_minutes, final, incoming, aql, "
        "inspection_level, allow_reduced, note, created_at, updated_at) VALUES (:id, :product, "
        ":seq, :name, :fa, :gate, :pieces, :minutes, :final, :incoming, :aql, :level, :reduced, "
        ":note, :now, :now) ON CONFLICT(id) DO UPDATE SET product_id = excluded.product_id, "
        "operation_seq = excluded.operation_seq, name = excluded.name, "
        "first_article = excluded.first_article, first_article_gate = excluded.first_article_gate, "
        "patrol_pieces = excluded.patrol_pieces, patrol_minutes = excluded.patrol_minutes, "
        "final = excluded.final, incoming = excluded.incoming, aql = excluded.aql, "
        "inspection_level = excluded.inspection_level, allow_reduced = excluded.allow_reduced, "
        "note = excluded.note, deleted = 0, updated_at = excluded.updated_at"));
    upsert.bindValue(QStringLiteral(":id"), plan.id);
    upsert.bindValue(QStringLiteral(":product"), plan.productId);
    upsert.bindValue(QStringLiteral(":seq"), plan.operationSeq);
    upsert.bindValue(QStringLiteral(":name"), Sql::text(plan.name));
    upsert.bindValue(QStringLiteral(":fa"), plan.firstArticle ? 1 : 0);
    upsert.bindValue(QStringLiteral(":gate"), plan.firstArticleGate ? 1 : 0);
    upsert.bindValue(QStringLiteral(":pieces"), plan.patrolPieces);
    upsert.bindValue(QStringLiteral(":minutes"), plan.patrolMinutes);
    upsert.bindValue(QStringLiteral(":final"), plan.final ? 1 : 0);
    upsert.bindValue(QStringLiteral(":incoming"), plan.incoming ? 1 : 0);
    upsert.bindValue(QStringLiteral(":aql"), plan.aql);
    upsert.bindValue(QStringLiteral(":level"), inspectionLevelKey(plan.level));
    upsert.bindValue(QStringLiteral(":reduced"), plan.allowReduced ? 1 : 0);
    upsert.bindValue(QStringLiteral(":note"), Sql::text(plan.note));
    upsert.bindValue(QStringLiteral(":now"), atMs);
    if (Outcome done = Sql::exec(upsert, purpose); !done)
        return done;

    const Result<QList<Characteristic>> current = characteristicsOf(plan.id);
    if (!current)
        return current.outcome();
    QSet<QString> gone;
    for (const Characteristic &c : current.value())
        gone.insert(c.id);
    QSqlQuery item(m_db);
    item.prepare(QStringLiteral(
        "INSERT INTO inspection_characteristics (id, plan_id, seq, name, kind, nominal, "
        "lower_limit, upper_limit, unit, choices, pass_choices, gauge, method, required, "
        "created_at, updated_at) VALUES (:id, :plan, :seq, :name, :kind, :nominal, :lower, "
        ":upper, :unit, :choices, :pass, :gauge, :method, :required, :now, :now) "
        "ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, name = excluded.name, "
        "kind = excluded.kind, nominal = excluded.nominal, lower_limit = excluded.lower_limit, "
        "upper_limit = excluded.upper_limit, unit = excluded.unit, choices = excluded.choices, "
        "pass_choices = excluded.pass_choices, gauge = excluded.gauge, method = excluded.method, "
        "required = excluded.required, deleted = 0, updated_at = excluded.updated_at"));
    for (const Characteristic &c : plan.characteristics) {
        item.bindValue(QStringLiteral(":id"), c.id);
        item.bindValue(QStringLiteral(":plan"), plan.id);
        item.bindValue(QStringLiteral(":seq"), c.seq);
        item.bindValue(QStringLiteral(":name"), c.name);
        item.bindValue(QStringLiteral(":kind"), characteristicKindKey(c.kind));
        item.bindValue(QStringLiteral(":nominal"), numberOrNull(c.nominal));
        item.bindValue(QStringLiteral(":lower"), numberOrNull(c.lower));
        item.bindValue(QStringLiteral(":upper"), numberOrNull(c.upper));
        item.bindValue(QStringLiteral(":unit"), Sql::text(c.unit));
        item.bindValue(QStringLiteral(":choices"), Sql::text(c.choices.join(ChoiceSeparator)));
        item.bindValue(QStringLiteral(":pass"), Sql::text(c.passChoices.join(ChoiceSeparator)));
        item.bindValue(QStringLiteral(":gauge"), Sql::text(c.gauge));
        item.bindValue(QStringLiteral(":method"), Sql::text(c.method));
        item.bindValue(QStringLiteral(":required"), c.required ? 1 : 0);
        item.bindValue(QStringLiteral(":now"), atMs);
        if (Outcome done = Sql::exec(item, purpose); !done)
            return done;
        gone.remove(c.id);
    }
    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral(
        "UPDATE inspection_characteristics SET deleted = 1, updated_at = ? WHERE id = ?"));
    for (const QString &id : std::as_const(gone)) {
        remove.bindValue(0, atMs);
        remove.bindValue(1, id);
        if (Outcome done = Sql::exec(remove, purpose); !done)
            return done;
    }
    return Outcome::success();
}

Outcome InspectionPlanRepository::setDeleted(const QString &planId, bool deleted, qint64 atMs)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE inspection_plans SET deleted = ?, updated_at = ? "
                                 "WHERE id = ? AND deleted = ?"));
    query.bindValue(0, deleted ? 1 : 0);
    query.bindValue(1, atMs);
    query.bindValue(2, planId);
    query.bindValue(3, deleted ? 0 : 1);
    if (Outcome done = Sql::exec(query, tr("save the inspection plan")); !done)
        return done;
    if (query.numRowsAffected() != 1)
        return Outcome::failure(tr("The inspection plan no longer exists."));
    return Outcome::success();
}

} // namespace Taktline
