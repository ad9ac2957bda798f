#include "services/serials/serialservice.h"

#include "barcode/barcodecodec.h"
#include "domain/clock.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/serials/serialgenealogy.h"
#include "services/serials/serialpattern.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/planning/workorderrepository.h"
#include "storage/uuid.h"

#include <QDateTime>

namespace Taktline {

namespace {

// The serial number in a scan ("SN:…") or as typed.
QString serialOf(const QString &code)
{
    const Result<ScanResult> scan = BarcodeCodec::parse(code);
    if (scan && scan.value().kind == ScanKind::Serial)
        return scan.value().value;
    return code.trimmed();
}

} // namespace

SerialService::SerialService(std::shared_ptr<Database> db, const Clock &clock,
                             AccessControl *access, AuditRepository *audit,
                             const MasterDataService *masterData, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_repository(std::make_unique<SerialRepository>(m_db->connection()))
    , m_workOrders(std::make_unique<WorkOrderRepository>(m_db->connection()))
    , m_access(access)
    , m_audit(audit)
    , m_masterData(masterData)
{
}

SerialService::~SerialService() = default;

Result<SerialNumber> SerialService::find(const QString &serialCode) const
{
    const QString wanted = serialOf(serialCode);
    if (wanted.isEmpty())
        return Outcome::failure(tr("Scan or type a serial number."));
    Result<std::optional<SerialNumber>> found = m_repository->findBySerial(wanted);
    // A scanner with caps lock on sends the letters small.
    if (found && !found.value() && wanted != wanted.toUpper())
        found = m_repository->findBySerial(wanted.toUpper());
    if (!found)
        return found.outcome();
    if (!found.value())
        return Outcome::failure(tr("No serial number %1 exists in this factory.").arg(wanted));
    return *found.value();
}

QDate SerialService::today() const
{
    return m_clock.today();
}

Result<int> SerialService::countOf(const QString &workOrderId) const
{
    return m_repository->countOfOrder(workOrderId);
}

Result<std::optional<bool>> SerialService::lastStepResult(const QString &serialId,
                                                         const QString &operationId) const
{
    const Result<QList<SerialStepRow>> steps = m_repository->steps(serialId);
    if (!steps)
        return steps.outcome();
    std::optional<bool> last;
    for (const SerialStepRow &step : steps.value()) {
        if (step.operationId == operationId)
            last = step.pass;
    }
    return last;
}

Outcome SerialService::requireRunning(const QString &workOrderId) const
{
    const Result<WorkOrder> order = m_workOrders->find(workOrderId);
    if (!order)
        return order.outcome();
    if (order.value().state == WorkOrderState::Released ||
        order.value().state == WorkOrderState::InProgress)
        return Outcome::success();
    return Outcome::failure(
        tr("Work order %1 is %2: serial numbers are made and recorded only "
           "while it is released or in production.")
            .arg(order.value().number, workOrderStateDisplayName(order.value().state)));
}

Result<QStringList> SerialService::generate(const QString &workOrderId, const QString &pattern,
                                            int count)
{
    if (Outcome allowed = m_access->require(Permission::EditWorkOrders); !allowed)
        return allowed;
    const Result<WorkOrder> order = m_workOrders->find(workOrderId);
    if (!order)
        return Outcome::failure(
            tr("Serial numbers cannot be made: the work order does not exist."));
    if (Outcome running = requireRunning(workOrderId); !running)
        return running;
    const qint64 now = m_clock.nowMs();

    QStringList made;
    const Outcome saved = m_db->inTransaction([&]() -> Outcome {
        // Read inside the writing transaction, so two batches cannot take the same numbers.
        const Result<int> existing = m_repository->countOfOrder(workOrderId);
        if (!existing)
            return existing.outcome();
        const Result<QStringList> numbers =
            SerialPattern::serials(pattern, order.value().number, existing.value() + 1, count,
                                   QDateTime::fromMSecsSinceEpoch(now).date());
        if (!numbers)
            return numbers.outcome();
        made = numbers.value();
        QList<SerialNumber> serials;
        serials.reserve(count);
        for (const QString &serial : made)
            serials.append({newUuidV7(), serial, workOrderId, order.value().productId, now,
                            m_db->deviceId(), m_access->userId()});
        if (Outcome done = m_repository->insertSerials(serials); !done)
            return done;
        return m_audit->append(
            m_access->userId(), QStringLiteral("work_orders"), workOrderId,
            QStringLiteral("generate_serials"),
            QStringLiteral("%1 … %2 (%3)").arg(made.constFirst(), made.constLast()).arg(count));
    });
    if (!saved)
        return saved;
    emit serialsGenerated(workOrderId, count);
    return made;
}

Result<QString> SerialService::recordStep(const QString &serial, const QString &operationId,
                                          const QString &employeeId, const QString &machineId,
                                          bool pass)
{
    if (Outcome allowed = m_access->require(Permission::UseStation); !allowed)
        return allowed;
    const Result<SerialNumber> found = find(serial);
    if (!found)
        return found.outcome();
    const SerialNumber &s = found.value();
    const Result<WorkOrderOperation> operation = m_workOrders->operation(operationId);
    if (!operation)
        return Outcome::failure(
            tr("The step of serial number %1 cannot be recorded: the operation does not exist.")
                .arg(s.serial));
    if (operation.value().workOrderId != s.workOrderId) {
        const Result<WorkOrder> own = m_workOrders->find(s.workOrderId);
        const Result<WorkOrder> other = m_workOrders->find(operation.value().workOrderId);
        return Outcome::failure(
            tr("Serial number %1 belongs to work order %2; step %3 is of work order %4.")
                .arg(s.serial, own ? own.value().number : QString())
                .arg(operation.value().seq)
                .arg(other ? other.value().number : QString()));
    }
    if (Outcome running = requireRunning(s.workOrderId); !running)
        return running;
    if (employeeId.isEmpty() || !m_masterData->find(MasterDataKind::Employee, employeeId))
        return Outcome::failure(
            tr("Scan your badge first: the step of serial number %1 needs the operator.")
                .arg(s.serial));
    const QString machine = machineId.isEmpty() ? operation.value().machineId : machineId;
    if (!machine.isEmpty() && !m_masterData->find(MasterDataKind::Machine, machine))
        return Outcome::failure(
            tr("The step of serial number %1 cannot be recorded: the machine does not exist.")
                .arg(s.serial));

    SerialEvent event;
    event.id = newUuidV7();
    event.serialId = s.id;
    event.kind = SerialEvent::Kind::Step;
    event.operationId = operationId;
    event.employeeId = employeeId;
    event.machineId = machine;
    event.pass = pass;
    event.atMs = m_clock.nowMs();
    event.deviceId = m_db->deviceId();
    event.userId = m_access->userId();
    if (Outcome done = m_repository->insertEvent(event); !done)
        return done;
    m_db->afterCommit([this, id = s.id] { emit serialEventAdded(id); });
    return event.id;
}

Result<QString> SerialService::consumeComponent(const QString &parentSerial,
                                                const QString &componentSerial,
                                                const QString &employeeId)
{
    if (Outcome allowed = m_access->require(Permission::UseStation); !allowed)
        return allowed;
    const Result<SerialNumber> parent = find(parentSerial);
    if (!parent)
        return parent.outcome();
    const Result<SerialNumber> component = find(componentSerial);
    if (!component)
        return component.outcome();
    const SerialNumber &p = parent.value();
    const SerialNumber &c = component.value();
    if (p.id == c.id)
        return Outcome::failure(
            tr("Serial number %1 cannot be fitted into itself: scan the component.").arg(c.serial));
    if (Outcome running = requireRunning(p.workOrderId); !running)
        return running;
    if (employeeId.isEmpty() || !m_masterData->find(MasterDataKind::Employee, employeeId))
        return Outcome::failure(tr("Scan your badge first: fitting %1 into %2 needs the operator.")
                                    .arg(c.serial, p.serial));

    SerialEvent event;
    event.id = newUuidV7();
    event.serialId = p.id;
    event.kind = SerialEvent::Kind::Component;
    event.componentSerialId = c.id;
    event.employeeId = employeeId;
    event.atMs = m_clock.nowMs();
    event.deviceId = m_db->deviceId();
    event.userId = m_access->userId();
    const Outcome saved = m_db->inTransaction([&]() -> Outcome {
        const Result<std::optional<SerialLinkRow>> used = m_repository->parentOf(c.id);
        if (!used)
            return used.outcome();
        if (used.value())
            return Outcome::failure(
                tr("Serial number %1 is already fitted into %2: a component goes into one "
                   "parent only.")
                    .arg(c.serial, used.value()->serial.serial));
        // Walk up from the parent: the component must not be one of its ancestors.
        QString above = p.id;
        for (int depth = 0; depth < 1000; ++depth) {
            const Result<std::optional<SerialLinkRow>> up = m_repository->parentOf(above);
            if (!up)
                return up.outcome();
            if (!up.value())
                break;
            if (up.value()->serial.id == c.id)
                return Outcome::failure(
                    tr("Serial number %1 cannot go into %2: %2 is already inside %1.")
                        .arg(c.serial, p.serial));
            above = up.value()->serial.id;
        }
        return m_repository->insertEvent(event);
    });
    if (!saved)
        return saved;
    emit serialEventAdded(p.id);
    return event.id;
}

Result<TraceNode> SerialService::backward(const QString &serialCode) const
{
    const Result<SerialNumber> found = find(serialCode);
    if (!found)
        return found.outcome();
    return SerialGenealogy(m_db->connection()).backward(found.value());
}

Result<TraceNode> SerialService::forward(const QString &serialCode) const
{
    const Result<SerialNumber> found = find(serialCode);
    if (!found)
        return found.outcome();
    return SerialGenealogy(m_db->connection()).forward(found.value());
}

} // namespace Taktline
