#pragma once

#include "domain/outcome.h"
#include "domain/trace/trace.h"
#include "storage/trace/downstreamrepository.h"
#include "storage/trace/finishedgoodsrepository.h"
#include "storage/trace/serialrepository.h"
#include "storage/trace/shipmentrepository.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace Taktline {

// What became of things after they were made, for the downstream end of a genealogy: a work
// order's finished-goods receipts (成品入库) and shipments (发货), and a serial fitted into
// other serials up to the unit that shipped. The lot, serial and shipment traces all use it.
class DownstreamTrace final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::DownstreamTrace)

public:
    explicit DownstreamTrace(const QSqlDatabase &db);

    // A serial with its product and work order, without what is inside it.
    static TraceNode serialNode(const SerialNumber &serial,
                                const std::optional<TraceOrderRow> &order);
    // A shipment that took QUANTITY pieces (SERIALS among them) of one work order or serial.
    static TraceNode shipmentNode(const Shipment &shipment, double quantity,
                                  const QStringList &serials = {});
    // A whole shipment with its line count and pieces; the lines are not added.
    static TraceNode shipmentHeader(const Shipment &shipment, const QList<ShipmentLineRow> &lines);
    // One shipped line: the serial, or the work order with the quantity shipped.
    static TraceNode lineNode(const ShipmentLineRow &line);
    static TraceNode receiptNode(const ReceiptRow &receipt, const QString &orderNumber);

    // Forward (正向) from a serial: each serial it was fitted into, up the chain, and the
    // shipment that took the one that left the factory.
    Result<TraceNode> serialForward(const SerialNumber &serial) const;
    // A work order's receipts, then the shipments that took its pieces, oldest first.
    Result<QList<TraceNode>> receiptsAndShipments(const QString &workOrderId,
                                                  const QString &orderNumber) const;
    // The same, then each serial of the order fitted into another one, traced forward.
    Result<QList<TraceNode>> forwardOfOrder(const QString &workOrderId,
                                            const QString &orderNumber) const;
    // Which of WORK_ORDER_IDS have anything for forwardOfOrder to show.
    Result<QSet<QString>> ordersWithDownstream(const QStringList &workOrderIds) const
    {
        return m_downstream.ordersWithDownstream(workOrderIds);
    }

private:
    Result<std::optional<TraceOrderRow>> order(const QString &workOrderId) const;

    SerialRepository m_serials;
    FinishedGoodsRepository m_finishedGoods;
    ShipmentRepository m_shipments;
    DownstreamRepository m_downstream;
    mutable QHash<QString, std::optional<TraceOrderRow>> m_orders; // by id, for long chains
};

} // namespace Taktline
