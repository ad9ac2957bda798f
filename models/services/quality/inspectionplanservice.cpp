#include "services/quality/inspectionplanservice.h"

#include "domain/masterdata/masterrecord.h"
#include "services/access/accesscontrol.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/quality/inspectionplanrepository.h"
#include "storage/uuid.h"

#include <QSet>

#include <cmath>

namespace Taktline {

namespace {

// "FL-1 法兰": how a product is named in a message.
QString label(const PlanProduct &product)
{
    return product.partNo + QLatin1Char(' ') + localizedName(product.name, product.nameEn);
}

QStringList cleaned(const QStringList &choices)
{
    QStringList kept;
    for (const QString &choice : choices) {
        const QString text = choice.simplified().remove(QLatin1Char('|'));
        if (!text.isEmpty() && !kept.contains(text))
            kept << text;
    }
    return kept;
}

bool isPreferredAql(double aql)
{
    for (double preferred : SamplingTables::aqls()) {
        if (std::abs(preferred - aql) <= preferred * 1e-6)
            return true;
    }
    return false;
}

// PLAN as it is stored: names and texts trimmed, characteristics numbered 1, 2, 3 … in order.
InspectionPlan normalized(InspectionPlan plan)
{
    plan.name = plan.name.simplified();
    plan.note = plan.note.trimmed();
    for (int i = 0; i < plan.characteristics.size(); ++i) {
        Characteristic &c = plan.characteristics[i];
        c.seq = i + 1;
        c.name = c.name.simplified();
        c.unit = c.unit.simplified();
        c.gauge = c.gauge.simplified();
        c.method = c.method.trimmed();
        c.choices = cleaned(c.choices);
        c.passChoices = cleaned(c.passChoices);
    }
    return plan;
}

} // namespace

InspectionPlanService::InspectionPlanService(std::shared_ptr<Database> db, AccessControl *access,
                                             AuditRepository *audit,
                                             const MasterDataService *masterData, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_repository(std::make_unique<InspectionPlanRepository>(m_db->connection()))
    , m_access(access)
    , m_audit(audit)
    , m_masterData(masterData)
{
}

InspectionPlanService::~InspectionPlanService() = default;

namespace {

// Plans are read by the office (master data), the inspectors and the stations.
Outcome requireRead(const AccessControl *access)
{
    if (access->allows(Permission::ViewMasterData) || access->allows(Permission::Inspect) ||
        access->allows(Permission::UseStation))
        return Outcome::success();
    return access->require(Permission::ViewMasterData);
}

} // namespace

Result<QList<InspectionPlan>> InspectionPlanService::plans(const QString &productId) const
{
    if (Outcome allowed = requireRead(m_access); !allowed)
        return allowed;
    return m_repository->plans(productId);
}

Result<InspectionPlan> InspectionPlanService::plan(const QString &planId) const
{
    if (Outcome allowed = requireRead(m_access); !allowed)
        return allowed;
    const Result<std::optional<InspectionPlan>> found = m_repository->find(planId);
    if (!found)
        return found.outcome();
    if (!found.value())
        return Outcome::failure(tr("This inspection plan no longer exists."));
    return *found.value();
}

Result<std::optional<InspectionPlan>> InspectionPlanService::planFor(const QString &productId,
                                                                     int operationSeq) const
{
    if (Outcome allowed = requireRead(m_access); !allowed)
        return allowed;
    return m_repository->findFor(productId, operationSeq);
}

Result<Characteristic> InspectionPlanService::characteristic(const QString &characteristicId) const
{
    if (Outcome allowed = requireRead(m_access); !allowed)
        return allowed;
    const Result<std::optional<Characteristic>> found =
        m_repository->characteristic(characteristicId);
    if (!found)
        return found.outcome();
    if (!found.value())
        return Outcome::failure(tr("This inspection characteristic no longer exists."));
    return *found.value();
}

Outcome InspectionPlanService::checkStep(const InspectionPlan &plan,
                                         const PlanProduct &product) const
{
    if (plan.operationSeq == 0)
        return Outcome::success();
    const Result<QList<int>> steps = m_repository->steps(product.id);
    if (!steps)
        return steps.outcome();
    if (steps.value().contains(plan.operationSeq))
        return Outcome::success();
    if (steps.value().isEmpty())
        return Outcome::failure(tr("%1 has no routing, so it has no step %2. Use step 0 for the "
                                   "product as a whole, or add the routing first.")
                                    .arg(label(product))
                                    .arg(plan.operationSeq));
    QStringList numbers;
    for (int seq : steps.value())
        numbers << QString::number(seq);
    return Outcome::failure(tr("The routing of %1 has no step %2. Its steps are %3; use 0 for the "
                               "product as a whole.")
                                .arg(label(product))
                                .arg(plan.operationSeq)
                                .arg(numbers.join(QStringLiteral(", "))));
}

Outcome InspectionPlanService::checkCharacteristic(const Characteristic &c) const
{
    if (c.lower && c.upper && *c.lower > *c.upper)
        return Outcome::failure(tr("“%1”: the lower limit %2 is above the upper limit %3. Swap "
                                   "them.")
                                    .arg(c.name)
                                    .arg(*c.lower)
                                    .arg(*c.upper));
    for (const std::optional<double> &number : {c.nominal, c.lower, c.upper}) {
        if (number && !std::isfinite(*number))
            return Outcome::failure(tr("“%1”: a limit is not a number.").arg(c.name));
    }
    if (c.kind == CharacteristicKind::Measured && !c.lower && !c.upper)
        return Outcome::failure(tr("“%1” is a measured value: give it a lower limit, an upper "
                                   "limit or both.")
                                    .arg(c.name));
    if (c.kind == CharacteristicKind::Choice) {
        if (c.choices.size() < 2)
            return Outcome::failure(tr("“%1” is a choice: list at least two choices, separated "
                                       "by |.")
                                        .arg(c.name));
        if (c.passChoices.isEmpty())
            return Outcome::failure(
                tr("“%1”: say which of its choices are acceptable.").arg(c.name));
        for (const QString &pass : c.passChoices) {
            if (!c.choices.contains(pass))
                return Outcome::failure(tr("“%1”: the acceptable choice “%2” is not one of its "
                                           "choices (%3).")
                                            .arg(c.name, pass, c.choices.join(QLatin1Char('|'))));
        }
    }
    return Outcome::success();
}

Outcome InspectionPlanService::check(const InspectionPlan &plan) const
{
    if (Outcome allowed = m_access->require(Permission::EditMasterData); !allowed)
        return allowed;
    const Result<std::optional<PlanProduct>> product = m_repository->product(plan.productId);
    if (!product)
        return product.outcome();
    if (!product.value())
        return Outcome::failure(
            tr("Choose the product the inspection plan is for: that product does not exist."));
    const PlanProduct &p = *product.value();
    if (plan.operationSeq < 0)
        return Outcome::failure(tr("The step number cannot be negative; use 0 for the product as "
                                   "a whole."));
    if (Outcome step = checkStep(plan, p); !step)
        return step;
    const Result<std::optional<InspectionPlan>> other =
        m_repository->findFor(plan.productId, plan.operationSeq, plan.id);
    if (!other)
        return other.outcome();
    if (other.value()) {
        if (plan.operationSeq == 0)
            return Outcome::failure(tr("%1 already has an inspection plan for the product as a "
                                       "whole. Change that plan instead.")
                                        .arg(label(p)));
        return Outcome::failure(tr("Step %1 of %2 already has an inspection plan. Change that "
                                   "plan instead.")
                                    .arg(plan.operationSeq)
                                    .arg(label(p)));
    }
    if (plan.patrolPieces < 0 || plan.patrolMinutes < 0)
        return Outcome::failure(tr("Patrol inspection every %1 pieces or %2 minutes: the "
                                   "intervals cannot be negative (0 means not).")
                                    .arg(plan.patrolPieces)
                                    .arg(plan.patrolMinutes));
    // Until the sampling tables land (branch q-sampling) the list is empty: not checked.
    if (!SamplingTables::aqls().isEmpty() && !isPreferredAql(plan.aql))
        return Outcome::failure(tr("AQL %1 is not in the sampling tables. Choose one of the "
                                   "preferred values (0.010 … 1000), for example 0.65, 1.0 or 2.5.")
                                    .arg(plan.aql));
    if (plan.characteristics.isEmpty())
        return Outcome::failure(
            tr("An inspection plan needs at least one characteristic to check."));
    QSet<QString> names;
    for (const Characteristic &c : plan.characteristics) {
        if (c.name.isEmpty())
            return Outcome::failure(
                tr("Characteristic %1 has no name. Name what is checked.").arg(c.seq));
        if (names.contains(c.name.toCaseFolded()))
            return Outcome::failure(
                tr("“%1” is on the plan twice. Give each characteristic its own name.")
                    .arg(c.name));
        names.insert(c.name.toCaseFolded());
        if (Outcome valid = checkCharacteristic(c); !valid)
            return valid;
    }
    return Outcome::success();
}

QString InspectionPlanService::describe(const InspectionPlan &plan) const
{
    const Result<std::optional<PlanProduct>> product = m_repository->product(plan.productId);
    const QString partNo = product && product.value() ? product.value()->partNo : plan.productId;
    QStringList kinds;
    for (InspectionKind kind : {InspectionKind::FirstArticle, InspectionKind::Patrol,
                                InspectionKind::Final, InspectionKind::Incoming}) {
        if (plan.applies(kind))
            kinds << inspectionKindKey(kind);
    }
    return QStringLiteral("%1 @%2 [%3] %4 characteristics")
        .arg(partNo)
        .arg(plan.operationSeq)
        .arg(kinds.join(QLatin1Char(' ')))
        .arg(plan.characteristics.size());
}

Outcome InspectionPlanService::write(const InspectionPlan &plan, const QString &action,
                                     const std::function<Outcome()> &work)
{
    return m_db->inTransaction([&]() -> Outcome {
        if (Outcome done = work(); !done)
            return done;
        return m_audit->append(m_access->userId(), QStringLiteral("inspection_plans"), plan.id,
                               action, describe(plan));
    });
}

Result<QString> InspectionPlanService::save(const InspectionPlan &edited)
{
    if (Outcome allowed = m_access->require(Permission::EditMasterData); !allowed)
        return allowed;
    InspectionPlan plan = normalized(edited);
    std::optional<InspectionPlan> before;
    if (!plan.id.isEmpty()) {
        const Result<std::optional<InspectionPlan>> found = m_repository->find(plan.id);
        if (!found)
            return found.outcome();
        if (!found.value())
            return Outcome::failure(tr("This inspection plan no longer exists."));
        before = found.value();
    }
    if (Outcome valid = check(plan); !valid)
        return valid;
    const bool created = plan.id.isEmpty();
    if (created)
        plan.id = newUuidV7();
    // A characteristic keeps its id when it is this plan's (also one removed before: undo);
    // any other id, or none, makes a new one.
    QStringList own;
    if (!created) {
        const Result<QStringList> ids = m_repository->characteristicIds(plan.id);
        if (!ids)
            return ids.outcome();
        own = ids.value();
    }
    for (Characteristic &c : plan.characteristics) {
        if (c.id.isEmpty() || !own.contains(c.id))
            c.id = newUuidV7();
        c.planId = plan.id;
    }
    const Outcome saved = write(plan, created ? QStringLiteral("create") : QStringLiteral("update"),
                                [&] { return m_repository->write(plan, nowUtcMs()); });
    if (!saved)
        return saved;
    if (before && before->productId != plan.productId)
        emit plansChanged(before->productId);
    emit plansChanged(plan.productId);
    return plan.id;
}

Outcome InspectionPlanService::remove(const QString &planId)
{
    if (Outcome allowed = m_access->require(Permission::EditMasterData); !allowed)
        return allowed;
    const Result<std::optional<InspectionPlan>> found = m_repository->find(planId);
    if (!found)
        return found.outcome();
    if (!found.value())
        return Outcome::failure(tr("This inspection plan no longer exists."));
    const InspectionPlan &plan = *found.value();
    const Outcome saved = write(plan, QStringLiteral("remove"),
                                [&] { return m_repository->setDeleted(planId, true, nowUtcMs()); });
    if (saved)
        emit plansChanged(plan.productId);
    return saved;
}

Outcome InspectionPlanService::restore(const QString &planId)
{
    if (Outcome allowed = m_access->require(Permission::EditMasterData); !allowed)
        return allowed;
    const Result<std::optional<InspectionPlan>> found = m_repository->find(planId, true);
    if (!found)
        return found.outcome();
    if (!found.value())
        return Outcome::failure(tr("This inspection plan is not removed."));
    const InspectionPlan &plan = *found.value();
    // Meanwhile another plan may have been made for the same step, or the step removed.
    if (Outcome valid = check(plan); !valid)
        return valid;
    const Outcome saved = write(plan, QStringLiteral("restore"), [&] {
        return m_repository->setDeleted(planId, false, nowUtcMs());
    });
    if (saved)
        emit plansChanged(plan.productId);
    return saved;
}

} // namespace Taktline
