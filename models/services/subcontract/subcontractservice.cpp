#include "services/subcontract/subcontractservice.h"

#include "domain/clock.h"
#include "domain/masterdata/masterrecord.h"
#include "domain/planning/workorder.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/station/reportingservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/subcontract/subcontractrepository.h"
#include "storage/uuid.h"

#include <QLocale>

#include <cmath>

namespace Taktline {

namespace {

constexpr double Epsilon = 1e-9;
constexpr double MaxPieces = 1e7; // more than any batch a small factory sends at once
constexpr double MaxUnitPrice = 1e7;

QString pieces(double quantity)
{
    return QLocale().toString(quantity, 'g', 12);
}

} // namespace

SubcontractService::SubcontractService(std::shared_ptr<Database> db, const Clock &clock,
                                       AccessControl *access, AuditRepository *audit,
                                       MasterDataService *masterData, WorkOrderService *workOrders,
                                       ReportingService *reporting, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_repository(std::make_unique<SubcontractRepository>(m_db->connection()))
    , m_clock(clock)
    , m_access(access)
    , m_audit(audit)
    , m_masterData(masterData)
    , m_workOrders(workOrders)
    , m_reporting(reporting)
{
}

SubcontractService::~SubcontractService() = default;

// What can be checked before reading anything: plausible figures and a known employee.
Outcome SubcontractService::checkSend(const SubcontractSend &input) const
{
    if (!std::isfinite(input.quantity) || !(input.quantity > 0))
        return Outcome::failure(tr("Enter how many pieces are sent: more than zero."));
    if (input.quantity > MaxPieces)
        return Outcome::failure(tr("%1 pieces in one batch is not plausible. Check the quantity.")
                                    .arg(pieces(input.quantity)));
    if (!std::isfinite(input.unitPrice) || input.unitPrice > MaxUnitPrice)
        return Outcome::failure(tr("The price per piece is not plausible. Check the price."));
    if (input.dueDate.isValid() && input.dueDate < m_clock.today())
        return Outcome::failure(tr("The due date %1 is in the past. Choose today or a later day.")
                                    .arg(QLocale().toString(input.dueDate, QLocale::ShortFormat)));
    if (input.note.size() > 2000)
        return Outcome::failure(tr("The note is too long: at most 2000 characters."));
    if (!input.employeeId.isEmpty()) {
        const Result<MasterRecord> employee = m_masterData->find(MasterDataKind::Employee, input.employeeId);
        if (!employee || !employee.value().active)
            return Outcome::failure(tr("This badge belongs to no active employee."));
    }
    return Outcome::success();
}

Result<QString> SubcontractService::send(const SubcontractSend &input)
{
    if (Outcome allowed = m_access->require(Permission::ManageMaterial); !allowed)
        return allowed;
    if (Outcome plausible = checkSend(input); !plausible)
        return plausible;
    SubcontractOrderRow row;
    // Read inside the transaction that writes: two devices cannot both send the same pieces.
    const Outcome saved = m_db->inTransaction([&]() -> Outcome {
        const Result<std::optional<SubcontractStep>> found = m_repository->step(input.operationId);
        if (!found)
            return found.outcome();
        if (!found.value())
            return Outcome::failure(tr("This operation does not exist (any more)."));
        const SubcontractStep &step = *found.value();
        const QString stepLabel = QStringLiteral("%1 · %2 %3").arg(step.workOrderNumber).arg(step.seq).arg(step.name);
        if (!step.outsourced)
            return Outcome::failure(tr("Step %1 is not outsourced: it is done on a machine here, "
                                       "not sent to a supplier.")
                                        .arg(stepLabel));
        if (step.supplierId.isEmpty())
            return Outcome::failure(tr("Step %1 is outsourced but has no supplier. Choose its "
                                       "supplier in the routing or the work order first.")
                                        .arg(stepLabel));
        if (!step.supplierUsable)
            return Outcome::failure(tr("The supplier of step %1 was removed or deactivated. "
                                       "Choose another supplier first.")
                                        .arg(stepLabel));
        const std::optional<WorkOrderState> state = workOrderStateFromKey(step.workOrderState);
        if (state != WorkOrderState::Released && state != WorkOrderState::InProgress)
            return Outcome::failure(tr("Work order %1 is not released or running: nothing of it "
                                       "can be sent.")
                                        .arg(step.workOrderNumber));
        const double sendable = std::max(0.0, step.available - (step.sent - step.writtenOff));
        if (input.quantity > sendable + Epsilon)
            return Outcome::failure(tr("Only %1 pieces of step %2 can be sent now (the previous "
                                       "step's good pieces minus what was sent); %3 is too many.")
                                        .arg(pieces(sendable), stepLabel, pieces(input.quantity)));
        const Result<QString> number = m_repository->nextNumber(m_clock.today(), m_db->deviceCode());
        if (!number)
            return number.outcome();
        row.id = newUuidV7();
        row.number = number.value();
        row.workOrderId = step.workOrderId;
        row.operationId = step.operationId;
        row.supplierId = step.supplierId;
        row.quantity = input.quantity;
        row.unitPrice = input.unitPrice < 0 ? step.unitPrice : input.unitPrice;
        row.dueDate = input.dueDate.isValid() ? input.dueDate : m_clock.today().addDays(step.leadDays);
        row.note = input.note.trimmed();
        row.employeeId = input.employeeId;
        row.atMs = m_clock.nowMs();
        row.deviceId = m_db->deviceId();
        row.userId = m_access->userId();
        if (Outcome done = m_repository->insertOrder(row); !done)
            return done;
        if (Outcome audited = m_audit->append(m_access->userId(), QStringLiteral("subcontract_order"),
                                              row.id, QStringLiteral("send"),
                                              QStringLiteral("%1 %2 × %3").arg(row.number, stepLabel, pieces(row.quantity)));
            !audited)
            return audited;
        m_db->afterCommit([this] { emit subcontractChanged(); });
        return Outcome::success();
    });
    if (!saved)
        return saved;
    return row.number;
}

Result<QString> SubcontractService::receive(const SubcontractReceipt &input)
{
    if (Outcome allowed = m_access->require(Permission::ManageMaterial); !allowed)
        return allowed;
    for (const double quantity : {input.good, input.defective, input.shortQuantity}) {
        if (!std::isfinite(quantity) || quantity < 0)
            return Outcome::failure(tr("Quantities cannot be negative. Enter the good, defective "
                                       "and short pieces as counted."));
        if (quantity > MaxPieces)
            return Outcome::failure(tr("%1 pieces is not plausible. Check the quantities.").arg(pieces(quantity)));
    }
    const double total = input.good + input.defective + input.shortQuantity;
    if (!(total > 0))
        return Outcome::failure(tr("Enter what came back: good, defective or short pieces."));
    if (input.note.size() > 2000)
        return Outcome::failure(tr("The note is too long: at most 2000 characters."));
    if (!input.employeeId.isEmpty()) {
        const Result<MasterRecord> employee = m_masterData->find(MasterDataKind::Employee, input.employeeId);
        if (!employee || !employee.value().active)
            return Outcome::failure(tr("This badge belongs to no active employee."));
    }
    SubcontractReceiptRow row;
    const Outcome saved = m_db->inTransaction([&]() -> Outcome {
        const Result<QList<SubcontractOrder>> found = m_repository->orders({}, input.orderId);
        if (!found)
            return found.outcome();
        if (found.value().isEmpty() || input.orderId.trimmed().isEmpty())
            return Outcome::failure(tr("No subcontract order %1 exists.").arg(input.orderId));
        const SubcontractOrder &order = found.value().constFirst();
        if (total > order.open() + Epsilon)
            return Outcome::failure(tr("Only %1 pieces of %2 are still at the supplier; %3 back is "
                                       "more than that.")
                                        .arg(pieces(std::max(0.0, order.open())), order.number, pieces(total)));
        row.id = newUuidV7();
        row.orderId = order.id;
        row.good = input.good;
        row.defective = input.defective;
        row.shortQuantity = input.shortQuantity;
        row.note = input.note.trimmed();
        row.employeeId = input.employeeId;
        row.atMs = m_clock.nowMs();
        row.deviceId = m_db->deviceId();
        row.userId = m_access->userId();
        if (input.good + input.defective > 0) {
            // The step's progress: what came back is reported for it, in this transaction.
            const Result<QString> report = m_reporting->reportReceived(order.operationId, input.good,
                                                                       input.defective, input.employeeId);
            if (!report)
                return report.outcome();
            row.reportId = report.value();
        }
        if (Outcome done = m_repository->insertReceipt(row); !done)
            return done;
        if (Outcome audited = m_audit->append(
                m_access->userId(), QStringLiteral("subcontract_order"), order.id, QStringLiteral("receive"),
                QStringLiteral("%1 good %2, defective %3, short %4")
                    .arg(order.number, pieces(input.good), pieces(input.defective), pieces(input.shortQuantity)));
            !audited)
            return audited;
        m_db->afterCommit([this] { emit subcontractChanged(); });
        return Outcome::success();
    });
    if (!saved)
        return saved;
    return row.id;
}

Result<double> SubcontractService::sendable(const QString &operationId) const
{
    const Result<std::optional<SubcontractStep>> found = m_repository->step(operationId);
    if (!found)
        return found.outcome();
    if (!found.value())
        return Outcome::failure(tr("This operation does not exist (any more)."));
    const SubcontractStep &step = *found.value();
    if (!step.outsourced)
        return 0.0;
    return std::max(0.0, step.available - (step.sent - step.writtenOff));
}

Result<QList<SubcontractOrder>> SubcontractService::orders(Filter filter) const
{
    Result<QList<SubcontractOrder>> all = m_repository->orders();
    if (!all || filter == Filter::All)
        return all;
    const QDate today = m_clock.today();
    QList<SubcontractOrder> listed;
    for (const SubcontractOrder &order : all.value()) {
        const bool wanted = filter == Filter::Open    ? order.isOpen()
                            : filter == Filter::Late  ? order.isLate(today)
                                                      : order.isShort();
        if (wanted)
            listed.append(order);
    }
    return listed;
}

Result<QList<SubcontractOrder>> SubcontractService::ordersOfOperation(const QString &operationId) const
{
    return m_repository->orders(operationId);
}

Result<SubcontractOrder> SubcontractService::order(const QString &idOrNumber) const
{
    if (idOrNumber.trimmed().isEmpty())
        return Outcome::failure(tr("No subcontract order %1 exists.").arg(idOrNumber));
    const Result<QList<SubcontractOrder>> found = m_repository->orders({}, idOrNumber);
    if (!found)
        return found.outcome();
    if (found.value().isEmpty())
        return Outcome::failure(tr("No subcontract order %1 exists.").arg(idOrNumber));
    return found.value().constFirst();
}

} // namespace Taktline
