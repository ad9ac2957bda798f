#pragma once

#include "domain/outcome.h"
#include "domain/trace/shipment.h"
#include "services/trace/shipmentlinecheck.h"
#include "storage/trace/finishedgoodsrepository.h"
#include "storage/trace/shipmentrepository.h"

#include <QObject>

#include <memory>

namespace Taktline {

class AccessControl;
class AuditRepository;
class Clock;
class Database;
class MasterDataService;
class WorkOrderRepository;

// Finished goods (成品入库) and shipments (发货): receives the finished output of work orders
// into the store and ships production lots and serials to customers, all as insert-only facts,
// so that a forward trace reaches the customer. A work order's finished stock is derived.
class ShipmentService final : public QObject
{
    Q_OBJECT
public:
    ShipmentService(std::shared_ptr<Database> db, const Clock &clock, AccessControl *access,
                    AuditRepository *audit, const MasterDataService *masterData,
                    QObject *parent = nullptr);
    ~ShipmentService() override;

    // Needs ManageMaterial. Refused, with nothing written, for an unknown work order, one that
    // never started, a quantity that is not a number greater than zero, or more than the good
    // output of its last step less what was received already. Returns the receipt's id.
    Result<QString> receiveFinished(const QString &workOrderId, double quantity,
                                    const QString &location, const QString &employeeId);
    // Receipts less shipped lines (serial lines included).
    Result<FinishedStock> finishedStock(const QString &workOrderId) const;
    Result<QList<ReceiptRow>> receipts(const QString &workOrderId) const;
    // Started orders with good output of their last step not received yet.
    Result<QList<ReceivableOrderRow>> receivableOrders() const;

    // Checks LINES as createShipment does (by ShipmentLineCheck), writing nothing: an unknown
    // code, a quantity that is not a number greater than zero, more than a work order's finished
    // stock, a serial shipped already, fitted into another serial, failed at its last recorded
    // step, or given twice.
    Result<QList<CheckedShipmentLine>> checkLines(const QList<ShipmentRequestLine> &lines) const;
    // Needs ManageMaterial. Refused with nothing written for no customer, no lines, a day still
    // to come or any line checkLines refuses; otherwise one transaction. Returns the number.
    Result<QString> createShipment(const ShipmentRequest &request);

    Result<Shipment> find(const QString &code) const; // "SHP:SH2611-0001" or "SH2611-0001"
    Result<QList<ShipmentLineRow>> lines(const QString &shipmentId) const;
    Result<QList<OrderShipmentRow>> shipmentsOf(const QString &workOrderId) const;
    // Shipped on FROM … TO, both included, newest first.
    Result<QList<ShipmentListRow>> shipments(const QDate &from, const QDate &to) const;

signals:
    void finishedGoodsReceived(const QString &workOrderId, const QString &receiptId);
    void shipmentCreated(const QString &shipmentId, const QString &shipmentNo);

private:
    std::shared_ptr<Database> m_db;
    std::unique_ptr<FinishedGoodsRepository> m_finishedGoods;
    const Clock &m_clock;
    std::unique_ptr<ShipmentRepository> m_repository;
    std::unique_ptr<ShipmentLineCheck> m_lineCheck;
    std::unique_ptr<WorkOrderRepository> m_workOrders;
    AccessControl *m_access;
    AuditRepository *m_audit;
    const MasterDataService *m_masterData;
};

} // namespace Taktline
