#include "services/quality/nonconformanceservice.h"

#include "domain/clock.h"
#include "domain/role.h"
#include "services/access/accesscontrol.h"
#include "services/planning/workorderservice.h"
#include "services/quality/nonconformancesubjects.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/quality/nonconformancerepository.h"
#include "storage/trace/tracerepository.h"
#include "storage/userrepository.h"
#include "storage/uuid.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace Taktline {

namespace {
const QString Entity = QStringLiteral("nonconformance");
constexpr double MaxQuantity = 1e9;
constexpr double Epsilon = 1e-9;

QString pieces(double value)
{
    return QLocale().toString(value, 'g', 12);
}
} // namespace

NonconformanceService::NonconformanceService(std::shared_ptr<Database> db, const Clock &clock,
                                             AccessControl *access, AuditRepository *audit,
                                             const MasterDataService *masterData,
                                             WorkOrderService *workOrders, TraceService *trace,
                                             QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_access(access)
    , m_audit(audit)
    , m_masterData(masterData)
    , m_workOrders(workOrders)
    , m_trace(trace)
    , m_repository(std::make_unique<NonconformanceRepository>(m_db->connection()))
    , m_subjects(std::make_unique<NonconformanceSubjects>(m_db->connection()))
    , m_lots(std::make_unique<TraceRepository>(m_db->connection()))
{}

NonconformanceService::~NonconformanceService() = default;

Result<QString> NonconformanceService::open(const NonconformanceInput &input)
{
    if (!m_access->allows(Permission::Inspect)) {
        if (Outcome allowed = m_access->require(Permission::UseStation); !allowed)
            return m_access->require(Permission::Inspect);
    }
    if (!std::isfinite(input.quantity) || input.quantity <= 0)
        return Outcome::failure(tr("Enter how many pieces are nonconforming: a number greater "
                                   "than zero."));
    if (input.quantity > MaxQuantity)
        return Outcome::failure(tr("%1 pieces is not a plausible quantity.").arg(pieces(input.quantity)));
    if (input.description.size() > 2000)
        return Outcome::failure(tr("The description is too long: at most 2000 characters."));
    const Result<NonconformanceSubject> subject = m_subjects->resolve(input);
    if (!subject)
        return subject.outcome();
    const NonconformanceSubject &s = subject.value();
    if (s.most > 0 && input.quantity > s.most + Epsilon)
        return Outcome::failure(tr("%1 holds only %2 pieces that can be nonconforming: enter at "
                                   "most that many.")
                                    .arg(s.what, pieces(s.most)));
    NonconformanceRow row;
    row.id = newUuidV7();
    row.productId = s.productId;
    row.inspectionId = s.inspectionId;
    row.workOrderId = s.workOrderId;
    row.operationId = s.operationId;
    row.machineId = s.machineId;
    row.lotId = s.lotId;
    row.serialId = s.serialId;
    row.quantity = input.quantity;
    row.defectReasonId = input.defectReasonId;
    row.description = input.description.trimmed();
    row.employeeId = input.employeeId;
    row.atMs = m_clock.nowMs();
    row.deviceId = m_db->deviceId();
    row.userId = m_access->userId();
    const Outcome saved = m_db->inTransaction([&]() -> Outcome {
        const QDate day = QDateTime::fromMSecsSinceEpoch(row.atMs).date();
        const Result<QString> number = m_repository->nextNumber(day, m_db->deviceCode());
        if (!number)
            return number.outcome();
        row.number = number.value();
        if (Outcome done = m_repository->insert(row); !done)
            return done;
        if (Outcome done = m_audit->append(row.userId, Entity, row.id, QStringLiteral("open"),
                                           row.number);
            !done)
            return done;
        m_db->afterCommit([this] { emit nonconformancesChanged(); });
        return Outcome::success();
    });
    if (!saved)
        return saved;
    return row.id;
}

Outcome NonconformanceService::checkDisposition(const DispositionInput &input,
                                                const NonconformanceRecord &nc) const
{
    if (!std::isfinite(input.quantity) || input.quantity <= 0)
        return Outcome::failure(tr("Enter how many pieces this decision is for: a number greater "
                                   "than zero."));
    if (nc.openQuantity <= Epsilon)
        return Outcome::failure(tr("Every piece of %1 has been disposed of already.").arg(nc.number));
    if (input.quantity > nc.openQuantity + Epsilon)
        return Outcome::failure(tr("Only %1 pieces of %2 are still open: decide on at most that "
                                   "many.")
                                    .arg(pieces(nc.openQuantity), nc.number));
    if (input.note.size() > 2000)
        return Outcome::failure(tr("The note is too long: at most 2000 characters."));
    const QString name = dispositionName(input.disposition);
    if (dispositionNeedsApproval(input.disposition)) {
        if (input.approverUserId.isEmpty())
            return Outcome::failure(tr("%1 needs an approver: choose someone who may approve "
                                       "concessions (an owner or planner).")
                                        .arg(name));
        const Result<QString> role = m_subjects->userRole(input.approverUserId);
        if (!role)
            return role.outcome();
        const std::optional<Role> known = roleFromKey(role.value());
        if (!known)
            return Outcome::failure(tr("The approver is no active user. Choose another."));
        if (!roleAllows(*known, Permission::ApproveConcession))
            return Outcome::failure(tr("A %1 may not approve a %2: choose an owner or planner.")
                                        .arg(roleDisplayName(*known), name));
    }
    if (input.disposition == Disposition::ReturnToSupplier && nc.lotId.isEmpty())
        return Outcome::failure(tr("Only pieces of a supplier's lot can go back to the supplier: "
                                   "%1 names no material lot.")
                                    .arg(nc.number));
    if (input.deductWages) {
        if (nc.operationId.isEmpty())
            return Outcome::failure(tr("Wages can only be deducted for pieces of a step: %1 names "
                                       "no step of a work order.")
                                        .arg(nc.number));
        const Result<QString> employee = m_subjects->responsibleEmployee(nc.id);
        if (!employee)
            return employee.outcome();
        if (employee.value().isEmpty())
            return Outcome::failure(tr("No operator answers for the pieces of %1: nobody reported "
                                       "good pieces on its step.")
                                        .arg(nc.number));
    }
    return Outcome::success();
}

Result<QString> NonconformanceService::dispose(const DispositionInput &input)
{
    if (Outcome allowed = m_access->require(Permission::DisposeNonconformance); !allowed)
        return allowed;
    const Result<NonconformanceRecord> found = find(input.nonconformanceId);
    if (!found)
        return found.outcome();
    const NonconformanceRecord &nc = found.value();
    if (Outcome valid = checkDisposition(input, nc); !valid)
        return valid;
    DispositionRow row;
    row.id = newUuidV7();
    row.nonconformanceId = nc.id;
    row.disposition = input.disposition;
    row.quantity = input.quantity;
    row.approverUserId = dispositionNeedsApproval(input.disposition) ? input.approverUserId : QString();
    row.deductWages = input.deductWages;
    row.note = input.note.trimmed();
    row.atMs = m_clock.nowMs();
    row.deviceId = m_db->deviceId();
    row.userId = m_access->userId();
    const Outcome saved = m_db->inTransaction([&]() -> Outcome {
        if (input.disposition == Disposition::Rework) {
            WorkOrder order;
            order.productId = nc.productId;
            order.quantity = input.quantity;
            order.dueDate = m_clock.today();
            order.notes = nc.defectReason.isEmpty()
                              ? tr("Rework of nonconformance %1").arg(nc.number)
                              : tr("Rework of nonconformance %1 (%2)").arg(nc.number, nc.defectReason);
            const Result<WorkOrder> rework = m_workOrders->createReleased(order);
            if (!rework)
                return Outcome::failure(tr("The rework order cannot be made: %1").arg(rework.error()));
            row.reworkWorkOrderId = rework.value().id;
        }
        if (Outcome done = m_repository->insertDisposition(row); !done)
            return done;
        if (Outcome done = settleLot(input, nc); !done)
            return done;
        if (Outcome done = m_audit->append(row.userId, Entity, nc.id,
                                           QStringLiteral("dispose_") + dispositionKey(row.disposition),
                                           nc.number + QLatin1Char(' ') + pieces(row.quantity));
            !done)
            return done;
        m_db->afterCommit([this] { emit nonconformancesChanged(); });
        return Outcome::success();
    });
    if (!saved)
        return saved;
    return row.id;
}

Outcome NonconformanceService::settleLot(const DispositionInput &input, const NonconformanceRecord &nc)
{
    if (nc.lotId.isEmpty())
        return Outcome::success();
    const Result<bool> blocked = m_subjects->lotBlocked(nc.lotId);
    if (!blocked)
        return blocked.outcome();
    if (input.disposition == Disposition::ReturnToSupplier) {
        if (blocked.value())
            return Outcome::success();
        const QString reason = tr("Returned to the supplier: %1").arg(nc.number);
        if (Outcome done = m_lots->setBlocked(nc.lotId, true, reason, m_clock.nowMs()); !done)
            return done;
        return m_audit->append(m_access->userId(), QStringLiteral("material_lots"), nc.lotId,
                               QStringLiteral("block"), reason);
    }
    // A concession on the last open pieces of a failed incoming inspection accepts the lot:
    // it is released again, unless pieces of it went back to the supplier.
    if (input.disposition != Disposition::Concession || !blocked.value() ||
        nc.openQuantity - input.quantity > Epsilon)
        return Outcome::success();
    const Result<QString> kind = m_subjects->inspectionKind(nc.inspectionId);
    if (!kind)
        return kind.outcome();
    if (kind.value() != QLatin1String("incoming"))
        return Outcome::success();
    const Result<bool> returned = m_subjects->lotReturned(nc.lotId);
    if (!returned)
        return returned.outcome();
    if (returned.value())
        return Outcome::success();
    const QString reason = tr("Accepted by concession: %1").arg(nc.number);
    if (Outcome done = m_lots->setBlocked(nc.lotId, false, QString(), m_clock.nowMs()); !done)
        return done;
    return m_audit->append(m_access->userId(), QStringLiteral("material_lots"), nc.lotId,
                           QStringLiteral("unblock"), reason);
}

Result<QList<NonconformanceRecord>> NonconformanceService::nonconformances(const Filter &filter) const
{
    return m_repository->list(filter);
}

Result<NonconformanceRecord> NonconformanceService::find(const QString &idOrNumber) const
{
    const Result<std::optional<NonconformanceRecord>> found = m_repository->find(idOrNumber);
    if (!found)
        return found.outcome();
    if (!found.value())
        return Outcome::failure(tr("Nonconformance %1 does not exist.").arg(idOrNumber.trimmed()));
    return *found.value();
}

Result<QList<ApproverChoice>> NonconformanceService::approvers() const
{
    const Result<QList<UserAccount>> users = UserRepository(m_db->connection()).list();
    if (!users)
        return users.outcome();
    QList<ApproverChoice> choices;
    for (const UserAccount &user : users.value()) {
        if (user.active && roleAllows(user.role, Permission::ApproveConcession))
            choices.append({user.id, user.displayName.isEmpty() ? user.username : user.displayName});
    }
    return choices;
}

} // namespace Taktline
