#include "traceshowcase.h"

#include "barcode/barcodecodec.h"
#include "services/masterdata/masterdataservice.h"
#include "services/trace/shipmentservice.h"
#include "services/trace/traceservice.h"
#include "services/workspace.h"

#include <QDate>
#include <QPair>
#include <QSet>

namespace Taktline {

namespace {

// Shipments of the last year are enough to find the newest one.
constexpr int ShipmentLookBackDays = 366;

// The serial shipped last, or when no shipment had serials the work order shipped last.
QPair<QString, QString> newestShipped(const Workspace &workspace)
{
    const QDate today = QDate::currentDate();
    const Result<QList<ShipmentListRow>> shipments =
        workspace.shipments()->shipments(today.addDays(-ShipmentLookBackDays), today.addDays(1));
    if (!shipments)
        return {};
    QString order;
    for (const ShipmentListRow &row : shipments.value()) { // newest first
        const Result<QList<ShipmentLineRow>> lines = workspace.shipments()->lines(row.shipment.id);
        for (const ShipmentLineRow &line : lines ? lines.value() : QList<ShipmentLineRow>()) {
            if (!line.serial.isEmpty())
                return {BarcodeCodec::encode(ScanKind::Serial, line.serial), order};
            if (order.isEmpty())
                order = line.order.number;
        }
    }
    return {QString(), order};
}

QString lotInMostOrders(const Workspace &workspace)
{
    const Result<QList<MasterRecord>> products =
        workspace.masterData()->list(MasterDataKind::Product, true);
    if (!products)
        return {};
    QString best;
    int bestOrders = 0;
    qint64 bestReceived = 0;
    for (const MasterRecord &product : products.value()) {
        const Result<QList<MaterialLot>> lots = workspace.trace()->lotsOf(product.id);
        for (const MaterialLot &lot : lots ? lots.value() : QList<MaterialLot>()) {
            const Result<TraceNode> tree = workspace.trace()->forward(lot.lotNo);
            if (!tree)
                continue;
            QSet<QString> orders;
            for (const TraceNode &child : tree.value().children)
                orders.insert(child.code);
            const int count = int(orders.size());
            // The most orders wins; among equals the newest lot, which the user knows best.
            if (count > bestOrders ||
                (count == bestOrders && count > 0 && lot.createdAtMs > bestReceived)) {
                best = lot.lotNo;
                bestOrders = count;
                bestReceived = lot.createdAtMs;
            }
        }
    }
    return best.isEmpty() ? QString() : BarcodeCodec::encode(ScanKind::Lot, best);
}

} // namespace

QString showcaseTraceCode(const Workspace &workspace)
{
    const auto [serial, order] = newestShipped(workspace);
    if (!serial.isEmpty())
        return serial;
    if (const QString lot = lotInMostOrders(workspace); !lot.isEmpty())
        return lot;
    return order;
}

} // namespace Taktline
