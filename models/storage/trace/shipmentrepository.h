#pragma once

#include "domain/outcome.h"
#include "domain/trace/shipment.h"
#include "storage/numberseries.h"
#include "storage/trace/serialrepository.h"
#include "storage/trace/tracerepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>

#include <optional>

namespace Taktline {

// A finished-goods receipt with the name of who put the pieces away.
struct ReceiptRow
{
    FinishedGoodsReceipt receipt;
    QString employeeName;
    QString badge;
};

// What the last step of a work order has made: the good pieces that may go into the store.
struct LastStepOutput
{
    bool hasSteps = false;
    int seq = 0;
    QString name;
    double good = 0;
};

// A started work order with finished output not yet received, for the receiving dialog.
struct ReceivableOrderRow
{
    TraceOrderRow order;
    LastStepOutput lastStep;
    double received = 0;
    double receivable() const { return lastStep.good - received; }
};

// A shipped line with the work order, product and serial it names.
struct ShipmentLineRow
{
    ShipmentLine line;
    TraceOrderRow order;
    QString serial; // empty for a lot line
};

// A shipment for a list: the header, how many lines and pieces.
struct ShipmentListRow
{
    Shipment shipment;
    int lineCount = 0;
    double quantity = 0;
};

// What one shipment took of one work order: the pieces and the serials among them.
struct OrderShipmentRow
{
    Shipment shipment;
    double quantity = 0;
    QStringList serials;
};

// Reads and writes finished-goods receipts, shipments and shipment lines (all insert-only),
// and reads what a receipt or a shipment is checked against, each with an indexed query.
class ShipmentRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::ShipmentRepository)

public:
    explicit ShipmentRepository(QSqlDatabase db);

    Outcome insertReceipt(const FinishedGoodsReceipt &receipt);
    Result<QList<ReceiptRow>> receipts(const QString &workOrderId) const;
    Result<FinishedStock> stock(const QString &workOrderId) const;
    Result<LastStepOutput> lastStepOutput(const QString &workOrderId) const;
    // Started orders whose last step made more good pieces than were received, newest first.
    Result<QList<ReceivableOrderRow>> receivableOrders() const;

    // Work orders whose number, or else whose production lot, is CODE.
    Result<QList<TraceOrderRow>> ordersByCode(const QString &code) const;
    Result<bool> isMaterialLot(const QString &lotNo) const;

    // The next free shipment number of the month for this device; call inside the inserting
    // transaction.
    Result<QString> nextShipmentNumber(const QDate &day, const QString &deviceCode);
    Outcome insertShipment(const Shipment &shipment);
    // One prepared statement for every line; a serial shipped already is refused naming it.
    Outcome insertLines(const QList<ShipmentLine> &lines,
                        const QHash<QString, QString> &serialTexts);

    Result<std::optional<Shipment>> findByNo(const QString &shipmentNo) const;
    Result<QList<ShipmentLineRow>> lines(const QString &shipmentId) const;
    // Shipments shipped on FROM … TO (both included), newest first.
    Result<QList<ShipmentListRow>> shipmentsBetween(const QDate &from, const QDate &to) const;
    // Each shipment that took pieces of the work order, oldest first.
    Result<QList<OrderShipmentRow>> shipmentsOfOrder(const QString &workOrderId) const;
    // The shipment that took the serial, if any.
    Result<std::optional<Shipment>> shipmentOfSerial(const QString &serialId) const;
    // The serials of a work order that were fitted into another serial, in serial order.
    Result<QList<SerialNumber>> fittedSerialsOf(const QString &workOrderId) const;
    // Which of WORK_ORDER_IDS have anything downstream (a receipt, a shipped line, a serial
    // fitted elsewhere), in one query: a lot fed into hundreds of orders asks once, not 3× each.
    Result<QSet<QString>> ordersWithDownstream(const QStringList &workOrderIds) const;

private:
    QSqlDatabase m_db;
    NumberSeries m_shipmentNumbers;
};

} // namespace Taktline
