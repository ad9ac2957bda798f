#include "services/import/inspectionplanimport.h"

#include "services/access/accesscontrol.h"
#include "services/import/inspectionplankeys.h"
#include "services/quality/inspectionplanservice.h"
#include "services/workspace.h"

#include <functional>

namespace Taktline {

using namespace InspectionPlanKeys;

namespace {

constexpr int MaxStep = 9990;

QString optionalText(const std::optional<double> &value)
{
    return value ? PlanningReferences::numberText(*value) : QString();
}

} // namespace

InspectionPlanImport::InspectionPlanImport(Workspace &workspace)
    : ImportHandler(workspace)
    , m_references(workspace)
{
}

QList<ImportColumn> InspectionPlanImport::columns() const
{
    const QStringList yesNo = ImportRecord::yesNoChoices();
    QStringList kindNames;
    for (CharacteristicKind kind : InspectionPlanRowReader::kinds())
        kindNames << characteristicKindName(kind);
    QStringList levelKeys;
    for (InspectionLevel level : InspectionPlanRowReader::levels())
        levelKeys << inspectionLevelKey(level);
    const char *setting = QT_TRANSLATE_NOOP("Taktline::Import",
                                            "On any row of the plan; blank keeps what is stored.");
    return {
        {Product,
         QT_TRANSLATE_NOOP("Taktline::Import", "Part No."),
         true,
         {},
         QT_TRANSLATE_NOOP("Taktline::Import", "The part no. of the product inspected.")},
        {Step,
         QT_TRANSLATE_NOOP("Taktline::Import", "Step No."),
         true,
         {},
         QT_TRANSLATE_NOOP("Taktline::Import",
                           "The routing step (10, 20 …); 0 for the product as a whole (final and "
                           "incoming inspection).")},
        {FirstArticle, QT_TRANSLATE_NOOP("Taktline::Import", "First-article inspection"), false,
         yesNo, setting},
        {Gate, QT_TRANSLATE_NOOP("Taktline::Import", "No good quantity before first article"),
         false, yesNo, setting},
        {PatrolPieces,
         QT_TRANSLATE_NOOP("Taktline::Import", "Patrol every N pieces"),
         false,
         {},
         setting},
        {PatrolMinutes,
         QT_TRANSLATE_NOOP("Taktline::Import", "Patrol every N minutes"),
         false,
         {},
         setting},
        {Final, QT_TRANSLATE_NOOP("Taktline::Import", "Final inspection"), false, yesNo, setting},
        {Incoming, QT_TRANSLATE_NOOP("Taktline::Import", "Incoming inspection"), false, yesNo,
         setting},
        {Aql, QT_TRANSLATE_NOOP("Taktline::Import", "AQL"), false, {}, setting},
        {Level, QT_TRANSLATE_NOOP("Taktline::Import", "Inspection level"), false, levelKeys,
         setting},
        {Reduced, QT_TRANSLATE_NOOP("Taktline::Import", "Reduced inspection allowed"), false, yesNo,
         setting},
        {Name,
         QT_TRANSLATE_NOOP("Taktline::Import", "Characteristic"),
         true,
         {},
         QT_TRANSLATE_NOOP("Taktline::Import",
                           "What is checked, such as 外径; one row per characteristic.")},
        {Kind, QT_TRANSLATE_NOOP("Taktline::Import", "Kind"), false, kindNames,
         QT_TRANSLATE_NOOP("Taktline::Import",
                           "Blank: a measured value when a limit is given, else pass/fail.")},
        {Nominal,
         QT_TRANSLATE_NOOP("Taktline::Import", "Nominal"),
         false,
         {},
         QT_TRANSLATE_NOOP("Taktline::Import", "A number.")},
        {Lower,
         QT_TRANSLATE_NOOP("Taktline::Import", "Lower limit"),
         false,
         {},
         QT_TRANSLATE_NOOP("Taktline::Import", "A number; blank: no lower limit.")},
        {Upper,
         QT_TRANSLATE_NOOP("Taktline::Import", "Upper limit"),
         false,
         {},
         QT_TRANSLATE_NOOP("Taktline::Import", "A number; blank: no upper limit.")},
        {Unit,
         QT_TRANSLATE_NOOP("Taktline::Import", "Unit"),
         false,
         {},
         QT_TRANSLATE_NOOP("Taktline::Import", "Optional.")},
        {Choices,
         QT_TRANSLATE_NOOP("Taktline::Import", "Choices"),
         false,
         {},
         QT_TRANSLATE_NOOP("Taktline::Import", "For a choice: the choices, separated by |.")},
        {PassChoices,
         QT_TRANSLATE_NOOP("Taktline::Import", "Acceptable choices"),
         false,
         {},
         QT_TRANSLATE_NOOP("Taktline::Import", "The acceptable ones among them, separated by |.")},
        {Gauge,
         QT_TRANSLATE_NOOP("Taktline::Import", "Gauge"),
         false,
         {},
         QT_TRANSLATE_NOOP("Taktline::Import", "Optional.")},
        {Method,
         QT_TRANSLATE_NOOP("Taktline::Import", "Method"),
         false,
         {},
         QT_TRANSLATE_NOOP("Taktline::Import", "Optional.")},
        {Required, QT_TRANSLATE_NOOP("Taktline::Import", "Required"), false, yesNo,
         QT_TRANSLATE_NOOP("Taktline::Import", "Blank: Yes.")},
    };
}

QStringList InspectionPlanImport::exampleRow() const
{
    const QStringList yesNo = ImportRecord::yesNoChoices();
    return {QStringLiteral("FL-1"),
            QStringLiteral("10"),
            yesNo.at(0),
            yesNo.at(0),
            QStringLiteral("50"),
            QString(),
            yesNo.at(1),
            yesNo.at(1),
            QStringLiteral("1.0"),
            QStringLiteral("II"),
            yesNo.at(1),
            tr("Outer diameter"),
            characteristicKindName(CharacteristicKind::Measured),
            QStringLiteral("25"),
            QStringLiteral("24.95"),
            QStringLiteral("25.05"),
            QStringLiteral("mm"),
            QString(),
            QString(),
            tr("Micrometer"),
            QString(),
            yesNo.at(0)};
}

Outcome InspectionPlanImport::permitted() const
{
    if (m_workspace.access()->require(Permission::EditMasterData))
        return Outcome::success();
    return Outcome::failure(tr("You may not change master data, so you cannot import inspection "
                               "plans. Ask the owner or a planner for the right to edit master "
                               "data."));
}

QString InspectionPlanImport::planLabel(const InspectionPlan &plan) const
{
    return tr("%1 step %2").arg(m_references.partNo(plan.productId)).arg(plan.operationSeq);
}

void InspectionPlanImport::check(QList<ImportRecord> &records)
{
    m_toSave.clear();
    m_counts = {};
    if (Outcome loaded = m_references.load(); !loaded) {
        if (!records.isEmpty())
            records.first().rowProblem(loaded.error());
        return;
    }
    InspectionPlanService *service = m_workspace.inspectionPlans();
    QHash<QString, int> groupOf; // product id + step → index in groups
    QList<Group> groups;
    InspectionPlanRowReader reader(m_counts);
    for (int i = 0; i < records.size(); ++i) {
        ImportRecord &r = records[i];
        const PlanningReferences::Entry *product =
            m_references.product(r, Product, r.text(Product), true);
        const std::optional<double> seq = r.number(Step, 0, MaxStep, true);
        if (!product || !seq) {
            Group scratch; // still reads the row, so every bad cell is listed
            reader.readSettings(records, i, scratch);
            reader.readCharacteristic(records, i, scratch);
            continue;
        }
        const QString key = product->id + QLatin1Char('\x1f') + QString::number(int(*seq));
        if (!groupOf.contains(key)) {
            Group group;
            const Result<std::optional<InspectionPlan>> stored =
                service->planFor(product->id, int(*seq));
            if (!stored) {
                r.rowProblem(stored.error());
                continue;
            }
            if (stored.value()) {
                group.plan = *stored.value();
            } else {
                group.plan.productId = product->id;
                group.plan.operationSeq = int(*seq);
                group.changed = true;
            }
            groupOf.insert(key, int(groups.size()));
            groups.append(group);
        }
        Group &group = groups[groupOf.value(key)];
        group.records.append(i);
        reader.readSettings(records, i, group);
        reader.readCharacteristic(records, i, group);
    }
    for (const Group &group : std::as_const(groups)) {
        const bool clean = std::none_of(group.records.cbegin(), group.records.cend(),
                                        [&](int i) { return records.at(i).hasProblems(); });
        if (!clean || !group.changed)
            continue;
        if (Outcome valid = service->validate(group.plan); !valid) {
            records[group.records.constFirst()].rowProblem(
                tr("Plan of %1: %2").arg(planLabel(group.plan), valid.error()));
            continue;
        }
        m_toSave.append(group.plan);
    }
}

Outcome InspectionPlanImport::apply()
{
    m_done.clear();
    InspectionPlanService *service = m_workspace.inspectionPlans();
    for (const InspectionPlan &plan : std::as_const(m_toSave)) {
        std::optional<InspectionPlan> before;
        if (!plan.id.isEmpty()) {
            const Result<InspectionPlan> stored = service->plan(plan.id);
            if (!stored)
                return stored.outcome();
            before = stored.value();
        }
        const Result<QString> saved = service->save(plan);
        if (!saved)
            return Outcome::failure(tr("Plan of %1: %2").arg(planLabel(plan), saved.error()));
        m_done.append({saved.value(), before});
    }
    return Outcome::success();
}

Outcome InspectionPlanImport::revert()
{
    InspectionPlanService *service = m_workspace.inspectionPlans();
    for (auto it = m_done.crbegin(); it != m_done.crend(); ++it) {
        const Outcome undone =
            it->second ? service->save(*it->second).outcome() : service->remove(it->first);
        if (!undone)
            return undone;
    }
    return Outcome::success();
}

Result<QList<QStringList>> InspectionPlanImport::currentRows() const
{
    PlanningReferences references(m_workspace);
    if (Outcome loaded = references.load(); !loaded)
        return loaded;
    const Result<QList<InspectionPlan>> plans = m_workspace.inspectionPlans()->plans();
    if (!plans)
        return plans.outcome();
    const QStringList yesNo = ImportRecord::yesNoChoices();
    const auto yes = [&yesNo](bool on) {
        return on ? yesNo.at(0) : yesNo.at(1);
    };
    QList<QStringList> rows;
    for (const InspectionPlan &p : plans.value()) {
        for (const Characteristic &c : p.characteristics) {
            rows.append({references.partNo(p.productId),
                         QString::number(p.operationSeq),
                         yes(p.firstArticle),
                         yes(p.firstArticleGate),
                         QString::number(p.patrolPieces),
                         QString::number(p.patrolMinutes),
                         yes(p.final),
                         yes(p.incoming),
                         PlanningReferences::numberText(p.aql),
                         inspectionLevelKey(p.level),
                         yes(p.allowReduced),
                         c.name,
                         characteristicKindName(c.kind),
                         optionalText(c.nominal),
                         optionalText(c.lower),
                         optionalText(c.upper),
                         c.unit,
                         c.choices.join(QLatin1Char('|')),
                         c.passChoices.join(QLatin1Char('|')),
                         c.gauge,
                         c.method,
                         yes(c.required)});
        }
    }
    return rows;
}

} // namespace Taktline
