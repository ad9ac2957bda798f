#include "services/quality/inspectionservice.h"

#include "domain/clock.h"
#include "services/access/accesscontrol.h"
#include "services/quality/dueinspections.h"
#include "services/quality/inspectionplanservice.h"
#include "services/quality/inspectionverdicts.h"
#include "services/station/stationpinservice.h"
#include "storage/database.h"
#include "storage/quality/inspectionrecordreader.h"
#include "storage/quality/inspectionrepository.h"
#include "storage/settingsrepository.h"
#include "storage/trace/tracerepository.h"
#include "storage/uuid.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Taktline {

namespace {

bool isSampled(InspectionKind kind)
{
    return kind == InspectionKind::Final || kind == InspectionKind::Incoming;
}

Outcome checkOpen(const SubjectRow &row)
{
    const QString &state = row.workOrderState;
    if (state == QLatin1String("closed") || state == QLatin1String("cancelled"))
        return Outcome::failure(InspectionService::tr("Work order %1 is %2: a closed or cancelled "
                                                      "order takes no more inspections.")
                                    .arg(row.workOrderNumber,
                                         state == QLatin1String("closed")
                                             ? InspectionService::tr("closed")
                                             : InspectionService::tr("cancelled")));
    if (state == QLatin1String("draft"))
        return Outcome::failure(InspectionService::tr("Work order %1 is not released yet: there is "
                                                      "nothing to inspect.")
                                    .arg(row.workOrderNumber));
    return Outcome::success();
}

} // namespace

InspectionService::InspectionService(std::shared_ptr<Database> db, const Clock &clock,
                                     AccessControl *access, const MasterDataService *masterData,
                                     const InspectionPlanService *plans,
                                     const StationPinService *pins, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_repository(std::make_unique<InspectionRepository>(m_db->connection()))
    , m_records(std::make_unique<InspectionRecordReader>(m_db->connection()))
    , m_settings(std::make_unique<SettingsRepository>(m_db->connection()))
    , m_lots(std::make_unique<TraceRepository>(m_db->connection()))
    , m_clock(clock)
    , m_access(access)
    , m_masterData(masterData)
    , m_plans(plans)
    , m_pins(pins)
{}

InspectionService::~InspectionService() = default;

Result<QString> InspectionService::requestFirstArticle(const QString &operationId,
                                                       const QString &machineId,
                                                       const QString &employeeId)
{
    if (Outcome allowed = m_access->require(Permission::UseStation); !allowed)
        return allowed;
    QString id;
    const Outcome saved = m_db->inTransaction([&]() -> Outcome {
        const Result<SubjectRow> step = m_repository->operationSubject(operationId);
        if (!step)
            return step.outcome();
        if (Outcome open = checkOpen(step.value()); !open)
            return open;
        const Result<std::optional<InspectionPlan>> plan =
            m_plans->planFor(step.value().productId, step.value().seq);
        if (!plan)
            return plan.outcome();
        if (!plan.value() || !plan.value()->firstArticle)
            return Outcome::failure(tr("No inspection plan asks for a first article of step %1 "
                                       "of %2.")
                                        .arg(step.value().seq)
                                        .arg(step.value().partNo));
        const Result<QString> open = m_repository->openRequest(operationId);
        if (!open)
            return open.outcome();
        if (!open.value().isEmpty()) {
            id = open.value();
            return Outcome::success();
        }
        id = newUuidV7();
        const QString machine = machineId.isEmpty() ? step.value().machineId : machineId;
        if (Outcome ok = m_repository->insertRequest(id, step.value(), machine, employeeId,
                                                     m_clock.nowMs(), m_db->deviceId(),
                                                     m_access->userId());
            !ok)
            return ok;
        m_db->afterCommit([this] { emit requestsChanged(); });
        return Outcome::success();
    });
    if (!saved)
        return saved;
    return id;
}

Result<InspectionSubject> InspectionService::subject(const InspectionInput &input) const
{
    SubjectRow row;
    return resolve(input, row);
}

Result<InspectionSubject> InspectionService::resolve(const InspectionInput &input,
                                                     SubjectRow &row) const
{
    Result<SubjectRow> found = Outcome::failure(QString());
    int seq = 0;
    switch (input.kind) {
    case InspectionKind::FirstArticle:
    case InspectionKind::Patrol:
        if (input.operationId.isEmpty())
            return Outcome::failure(tr("Choose the step to inspect."));
        found = m_repository->operationSubject(input.operationId);
        if (found)
            seq = found.value().seq;
        break;
    case InspectionKind::Final:
        if (input.workOrderId.isEmpty())
            return Outcome::failure(tr("Choose the work order whose lot is inspected."));
        found = m_repository->orderSubject(input.workOrderId);
        break;
    case InspectionKind::Incoming:
        if (input.lotCode.trimmed().isEmpty())
            return Outcome::failure(tr("Scan or type the material lot to inspect."));
        found = m_repository->lotSubject(input.lotCode);
        break;
    }
    if (!found)
        return found.outcome();
    row = found.value();
    if (input.kind != InspectionKind::Incoming) {
        if (Outcome open = checkOpen(row); !open)
            return open;
    }
    const Result<std::optional<InspectionPlan>> plan = m_plans->planFor(row.productId, seq);
    if (!plan)
        return plan.outcome();
    if (!plan.value() || !plan.value()->applies(input.kind)) {
        if (seq > 0)
            return Outcome::failure(tr("No inspection plan asks for a %1 of step %2 of %3.")
                                        .arg(inspectionKindName(input.kind))
                                        .arg(seq)
                                        .arg(row.partNo));
        return Outcome::failure(tr("No inspection plan asks for a %1 of %2.")
                                    .arg(inspectionKindName(input.kind), row.partNo));
    }
    InspectionSubject s;
    s.kind = input.kind;
    s.plan = *plan.value();
    s.workOrderId = row.workOrderId;
    s.workOrderNumber = row.workOrderNumber;
    s.operationId = row.operationId;
    s.seq = row.seq;
    s.operationName = row.operationName;
    s.machineId = input.machineId.isEmpty() ? row.machineId : input.machineId;
    s.machineCode = row.machineCode;
    s.lotId = row.lotId;
    s.lotNo = row.lotNo;
    s.supplier = row.supplier;
    s.productId = row.productId;
    s.partNo = row.partNo;
    s.productName = row.productName;
    for (const InspectionEntry &entry : input.entries)
        s.samples = std::max(s.samples, entry.sampleNo);
    if (!isSampled(input.kind))
        return s;
    s.lotSize = input.lotSize > 0 ? input.lotSize : row.lotSize;
    if (s.lotSize < 1 || s.lotSize != std::floor(s.lotSize))
        return Outcome::failure(tr("The lot size must be a whole number of pieces, at least 1 "
                                   "(it is %1).")
                                    .arg(s.lotSize));
    const Result<SamplingSwitch> rules = replay(input.kind, s.plan, s.supplier);
    if (!rules)
        return rules.outcome();
    s.severity = rules.value().severity();
    const Result<SamplingPlan> sampling =
        SamplingTables::lookup(qint64(s.lotSize), s.plan.level, s.plan.aql, s.severity);
    if (!sampling)
        return sampling.outcome();
    s.sampling = sampling.value();
    s.samples = s.sampling->wholeLot ? int(s.lotSize) : s.sampling->sampleSize;
    return s;
}

Result<InspectionVerdict> InspectionService::judge(const InspectionInput &input,
                                                   const InspectionSubject &subject) const
{
    return InspectionVerdicts::judge(input, subject);
}

Result<InspectionVerdict> InspectionService::preview(const InspectionInput &input) const
{
    if (!m_access->allows(Permission::Inspect) && !m_access->allows(Permission::UseStation))
        return m_access->require(Permission::Inspect);
    const Result<InspectionSubject> found = subject(input);
    if (!found)
        return found.outcome();
    return judge(input, found.value());
}

Outcome InspectionService::checkSigner(const InspectionInput &input) const
{
    if (input.employeeId.isEmpty())
        return m_access->require(Permission::Inspect);
    if (!m_access->allows(Permission::Inspect) && !m_access->allows(Permission::UseStation))
        return m_access->require(Permission::UseStation);
    const Result<QString> name = m_repository->inspectorName(input.employeeId);
    if (!name)
        return name.outcome();
    if (name.value().isEmpty())
        return Outcome::failure(tr("Only an employee marked as inspector (质检员) signs an "
                                   "inspection: scan an inspector's badge."));
    const QJsonObject rules =
        QJsonDocument::fromJson(m_settings->value(QStringLiteral("station_rules")).toUtf8())
            .object();
    if (rules.value(QStringLiteral("pinRequired")).toBool(false) &&
        !m_pins->isConfirmed(input.employeeId, input.pinConfirmation))
        return Outcome::failure(tr("This factory asks for the PIN after the badge: %1, type your "
                                   "PIN, then save the inspection again.")
                                    .arg(name.value()));
    if (!input.operationId.isEmpty() &&
        m_repository->reportedStep(input.operationId, input.employeeId))
        return Outcome::failure(tr("%1 reported this step and cannot inspect it: another "
                                   "inspector signs.")
                                    .arg(name.value()));
    return Outcome::success();
}

Result<InspectionVerdict> InspectionService::record(const InspectionInput &input)
{
    if (Outcome allowed = checkSigner(input); !allowed)
        return allowed;
    InspectionVerdict verdict;
    const Outcome saved = m_db->inTransaction([&] { return save(input, verdict); });
    if (!saved)
        return saved;
    return verdict;
}

Outcome InspectionService::save(const InspectionInput &input, InspectionVerdict &verdict)
{
    SubjectRow row;
    const Result<InspectionSubject> found = resolve(input, row);
    if (!found)
        return found.outcome();
    const InspectionSubject &s = found.value();
    const Result<InspectionVerdict> judged = judge(input, s);
    if (!judged)
        return judged.outcome();
    verdict = judged.value();
    InspectionFact fact;
    fact.id = newUuidV7();
    fact.kind = input.kind;
    fact.planId = s.plan.id;
    fact.workOrderId = s.workOrderId;
    fact.operationId = s.operationId;
    fact.machineId = s.machineId;
    fact.lotId = s.lotId;
    fact.supplier = s.supplier;
    fact.lotSize = s.lotSize;
    fact.sampling = s.sampling;
    fact.severity = s.severity;
    fact.nonconforming = verdict.nonconforming;
    fact.passed = verdict.passed;
    fact.note = input.note.trimmed();
    fact.employeeId = input.employeeId;
    fact.atMs = m_clock.nowMs();
    fact.deviceId = m_db->deviceId();
    fact.userId = m_access->userId();
    if (!input.serial.trimmed().isEmpty()) {
        const Result<QString> serial = m_repository->serialId(input.serial);
        if (!serial)
            return serial.outcome();
        if (serial.value().isEmpty())
            return Outcome::failure(tr("No serial %1 exists in this factory.").arg(input.serial));
        fact.serialId = serial.value();
    }
    fact.requestId = input.requestId;
    if (fact.requestId.isEmpty() && input.kind == InspectionKind::FirstArticle) {
        const Result<QString> open = m_repository->openRequest(s.operationId);
        if (!open)
            return open.outcome();
        fact.requestId = open.value();
    }
    if (Outcome ok = m_repository->insertInspection(fact); !ok)
        return ok;
    for (int i = 0; i < input.entries.size(); ++i) {
        const InspectionEntry &entry = input.entries.at(i);
        if (!entry.value && entry.text.trimmed().isEmpty())
            continue; // an optional characteristic left out
        if (Outcome ok = m_repository->insertValue(fact.id, entry, verdict.judgements.at(i).ok,
                                                   fact.atMs, fact.deviceId, fact.userId);
            !ok)
            return ok;
    }
    if (input.kind == InspectionKind::Incoming && !verdict.passed) {
        if (Outcome ok = m_lots->setBlocked(s.lotId, true,
                                            tr("Incoming inspection failed: %1").arg(verdict.summary),
                                            fact.atMs);
            !ok)
            return ok;
    }
    verdict.inspectionId = fact.id;
    m_db->afterCommit([this, id = fact.id, op = fact.operationId, request = fact.requestId] {
        emit inspectionRecorded(id, op);
        if (!request.isEmpty())
            emit requestsChanged();
    });
    return Outcome::success();
}

Result<QString> InspectionService::voidInspection(const QString &inspectionId, const QString &reason)
{
    if (Outcome allowed = m_access->require(Permission::Inspect); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return Outcome::failure(tr("Say why the inspection is voided: the reason is kept with it."));
    const QString id = newUuidV7();
    const Outcome saved = m_db->inTransaction([&]() -> Outcome {
        const Result<QList<InspectionRecord>> found = m_records->records({}, inspectionId);
        if (!found)
            return found.outcome();
        if (found.value().isEmpty())
            return Outcome::failure(tr("This inspection does not exist, or is itself a "
                                       "correction."));
        if (found.value().constFirst().voided)
            return Outcome::failure(tr("This inspection is already voided."));
        return m_repository->insertVoid(id, inspectionId, reason.trimmed(), m_clock.nowMs(),
                                        m_db->deviceId(), m_access->userId());
    });
    if (!saved)
        return saved;
    emit inspectionVoided(inspectionId);
    return id;
}

Result<QList<DueInspection>> InspectionService::due(const QString &machineId) const
{
    return DueInspections(m_db->connection(), m_clock.nowMs()).build(machineId);
}

Result<QList<InspectionRecord>> InspectionService::inspections(const Filter &filter) const
{
    return m_records->records(filter);
}

Result<InspectionRecord> InspectionService::find(const QString &inspectionId) const
{
    const Result<QList<InspectionRecord>> found = m_records->records({}, inspectionId);
    if (!found)
        return found.outcome();
    if (found.value().isEmpty())
        return Outcome::failure(tr("This inspection does not exist."));
    InspectionRecord record = found.value().constFirst();
    const Result<QList<InspectionEntry>> entries = m_repository->entries(inspectionId);
    if (!entries)
        return entries.outcome();
    record.entries = entries.value();
    return record;
}

Result<SamplingSwitch> InspectionService::switching(const QString &planId,
                                                    const QString &supplier) const
{
    const Result<InspectionPlan> plan = m_plans->plan(planId);
    if (!plan)
        return plan.outcome();
    return replay(supplier.isEmpty() ? InspectionKind::Final : InspectionKind::Incoming,
                  plan.value(), supplier);
}

Result<SamplingSwitch> InspectionService::replay(InspectionKind kind, const InspectionPlan &plan,
                                                 const QString &supplier) const
{
    const Result<QList<SampledLot>> lots =
        m_repository->sampledLots(kind, plan.productId, supplier);
    if (!lots)
        return lots.outcome();
    SamplingSwitch rules(plan.allowReduced);
    for (const SampledLot &lot : lots.value())
        rules.record(lot.accepted, lot.plan);
    return rules;
}

Result<SamplingPlan> InspectionService::samplingFor(const QString &planId, double lotSize,
                                                    const QString &supplier) const
{
    const Result<InspectionPlan> plan = m_plans->plan(planId);
    if (!plan)
        return plan.outcome();
    const Result<SamplingSwitch> rules = switching(planId, supplier);
    if (!rules)
        return rules.outcome();
    if (lotSize < 1 || lotSize != std::floor(lotSize))
        return Outcome::failure(tr("The lot size must be a whole number of pieces, at least 1 "
                                   "(it is %1).")
                                    .arg(lotSize));
    return SamplingTables::lookup(qint64(lotSize), plan.value().level, plan.value().aql,
                                  rules.value().severity());
}

} // namespace Taktline
