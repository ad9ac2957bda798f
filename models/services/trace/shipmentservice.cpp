#include "services/trace/shipmentservice.h"

#include "domain/clock.h"
#include "domain/masterdata/masterrecord.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/planning/workorderrepository.h"
#include "storage/uuid.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

#include <cmath>

namespace Taktline {

namespace {

constexpr double MaxQuantity = 1e9;
constexpr double Tolerance = 1e-9;

bool isQuantity(double quantity)
{
    return std::isfinite(quantity) && quantity > 0 && quantity <= MaxQuantity;
}

} // namespace

ShipmentService::ShipmentService(std::shared_ptr<Database> db, const Clock &clock,
                                 AccessControl *access, AuditRepository *audit,
                                 const MasterDataService *masterData, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_finishedGoods(std::make_unique<FinishedGoodsRepository>(m_db->connection()))
    , m_clock(clock)
    , m_repository(std::make_unique<ShipmentRepository>(m_db->connection()))
    , m_lineCheck(std::make_unique<ShipmentLineCheck>(m_db->connection()))
    , m_workOrders(std::make_unique<WorkOrderRepository>(m_db->connection()))
    , m_access(access)
    , m_audit(audit)
    , m_masterData(masterData)
{
}

ShipmentService::~ShipmentService() = default;

Result<QString> ShipmentService::receiveFinished(const QString &workOrderId, double quantity,
                                                 const QString &location, const QString &employeeId)
{
    if (Outcome allowed = m_access->require(Permission::ManageMaterial); !allowed)
        return allowed;
    const Result<WorkOrder> order = m_workOrders->find(workOrderId);
    if (!order)
        return Outcome::failure(
            tr("Finished goods cannot be received: the work order does not exist."));
    const WorkOrder &o = order.value();
    if (o.state == WorkOrderState::Draft || o.state == WorkOrderState::Released)
        return Outcome::failure(
            tr("Work order %1 has not started production (%2): nothing of it can be received "
               "into finished goods yet.")
                .arg(o.number, workOrderStateDisplayName(o.state)));
    if (!isQuantity(quantity))
        return Outcome::failure(
            tr("Enter how many finished pieces of work order %1 are received: a number greater "
               "than zero.")
                .arg(o.number));
    if (!employeeId.isEmpty() && !m_masterData->find(MasterDataKind::Employee, employeeId))
        return Outcome::failure(
            tr("The employee who received work order %1 does not exist.").arg(o.number));

    FinishedGoodsReceipt receipt;
    receipt.id = newUuidV7();
    receipt.workOrderId = o.id;
    receipt.quantity = quantity;
    receipt.location = location.trimmed();
    receipt.employeeId = employeeId;
    receipt.atMs = m_clock.nowMs();
    receipt.deviceId = m_db->deviceId();
    receipt.userId = m_access->userId();
    const Outcome saved = m_db->inTransaction([&]() -> Outcome {
        // Read inside the writing transaction, so two receipts cannot both take the rest.
        const Result<LastStepOutput> output = m_finishedGoods->lastStepOutput(o.id);
        if (!output)
            return output.outcome();
        const Result<FinishedStock> stock = m_finishedGoods->stock(o.id);
        if (!stock)
            return stock.outcome();
        const LastStepOutput &last = output.value();
        const double open = last.good - stock.value().received;
        if (quantity > open + Tolerance)
            return Outcome::failure(
                tr("The last step of work order %1 (%2 %3) has made %4 good pieces and %5 are "
                   "received already: at most %6 more can be received, not %7.")
                    .arg(o.number)
                    .arg(last.seq)
                    .arg(last.name, quantityText(last.good, 3),
                         quantityText(stock.value().received, 3),
                         quantityText(std::max(0.0, open), 3), quantityText(quantity, 3)));
        if (Outcome done = m_finishedGoods->insertReceipt(receipt); !done)
            return done;
        return m_audit->append(
            m_access->userId(), QStringLiteral("work_orders"), o.id,
            QStringLiteral("receive_finished"),
            QStringLiteral("%1 @ %2").arg(quantityText(quantity, 3), receipt.location));
    });
    if (!saved)
        return saved;
    emit finishedGoodsReceived(o.id, receipt.id);
    return receipt.id;
}

Result<FinishedStock> ShipmentService::finishedStock(const QString &workOrderId) const
{
    return m_finishedGoods->stock(workOrderId);
}

Result<QList<ReceiptRow>> ShipmentService::receipts(const QString &workOrderId) const
{
    return m_finishedGoods->receipts(workOrderId);
}

Result<QList<ReceivableOrderRow>> ShipmentService::receivableOrders() const
{
    return m_finishedGoods->receivableOrders();
}

Result<QList<CheckedShipmentLine>>
ShipmentService::checkLines(const QList<ShipmentRequestLine> &lines) const
{
    return m_lineCheck->check(lines);
}

Result<QString> ShipmentService::createShipment(const ShipmentRequest &request)
{
    if (Outcome allowed = m_access->require(Permission::ManageMaterial); !allowed)
        return allowed;
    const QString customer = request.customer.trimmed();
    if (customer.isEmpty())
        return Outcome::failure(tr("Enter the customer the goods are shipped to."));
    if (request.lines.isEmpty())
        return Outcome::failure(
            tr("Add at least one line: scan or type a work order, production lot or serial "
               "number to ship."));
    const QDate shippedOn = request.shippedOn.isValid() ? request.shippedOn : m_clock.today();
    // A shipment is a fact once the goods have left, and facts are never edited afterwards.
    if (shippedOn > m_clock.today())
        return Outcome::failure(
            tr("The goods cannot have left on %1: that day is still to come. A shipment is "
               "recorded when it leaves.")
                .arg(shippedOn.toString(Qt::ISODate)));

    Shipment shipment;
    shipment.id = newUuidV7();
    shipment.customer = customer;
    shipment.customerOrder = request.customerOrder.trimmed();
    shipment.shippedOn = shippedOn;
    shipment.note = request.note.trimmed();
    shipment.atMs = m_clock.nowMs();
    shipment.deviceId = m_db->deviceId();
    shipment.userId = m_access->userId();
    const Outcome saved = m_db->inTransaction([&]() -> Outcome {
        // Checked inside the writing transaction, so two shipments cannot take the same stock.
        const Result<QList<CheckedShipmentLine>> checked = checkLines(request.lines);
        if (!checked)
            return checked.outcome();
        const Result<QString> number =
            m_repository->nextShipmentNumber(shippedOn, m_db->deviceCode());
        if (!number)
            return number.outcome();
        shipment.shipmentNo = number.value();
        if (Outcome done = m_repository->insertShipment(shipment); !done)
            return done;
        QList<ShipmentLine> lines;
        QHash<QString, QString> serialTexts;
        for (const CheckedShipmentLine &c : checked.value()) {
            lines.append({newUuidV7(), shipment.id, c.order.id, c.serialId, c.quantity,
                          shipment.atMs, shipment.deviceId, shipment.userId});
            if (!c.serialId.isEmpty())
                serialTexts.insert(c.serialId, c.serial);
        }
        if (Outcome done = m_repository->insertLines(lines, serialTexts); !done)
            return done;
        return m_audit->append(
            m_access->userId(), QStringLiteral("shipments"), shipment.id, QStringLiteral("ship"),
            QStringLiteral("%1 → %2 (%3)").arg(shipment.shipmentNo, customer).arg(lines.size()));
    });
    if (!saved)
        return saved;
    emit shipmentCreated(shipment.id, shipment.shipmentNo);
    return shipment.shipmentNo;
}

Result<Shipment> ShipmentService::find(const QString &code) const
{
    const QString number = shipmentNumberOf(code);
    if (number.isEmpty())
        return Outcome::failure(tr("Scan or type a shipment number."));
    Result<std::optional<Shipment>> found = m_repository->findByNo(number);
    // Numbers are made in capitals; a scanner with caps lock on sends them in small letters.
    if (found && !found.value() && number != number.toUpper())
        found = m_repository->findByNo(number.toUpper());
    if (!found)
        return found.outcome();
    if (!found.value())
        return Outcome::failure(tr("No shipment %1 exists in this factory.").arg(number));
    return *found.value();
}

Result<QList<ShipmentLineRow>> ShipmentService::lines(const QString &shipmentId) const
{
    return m_repository->lines(shipmentId);
}

Result<QList<OrderShipmentRow>> ShipmentService::shipmentsOf(const QString &workOrderId) const
{
    return m_repository->shipmentsOfOrder(workOrderId);
}

Result<QList<ShipmentListRow>> ShipmentService::shipments(const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid())
        return Outcome::failure(tr("Choose the first and the last day of the shipments to list."));
    if (to < from)
        return Outcome::failure(tr("The last day (%1) is before the first day (%2).")
                                    .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    return m_repository->shipmentsBetween(from, to);
}

} // namespace Taktline
