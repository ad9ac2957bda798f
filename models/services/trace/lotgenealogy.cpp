#include "services/trace/lotgenealogy.h"

#include "barcode/barcodecodec.h"
#include "domain/clock.h"
#include "domain/masterdata/masterrecord.h"
#include "domain/planning/workorder.h"
#include "services/masterdata/masterdataservice.h"
#include "services/quality/qualitytrace.h"
#include "services/trace/downstreamtrace.h"

#include <QHash>

namespace Taktline {

namespace {

QString stateName(const QString &key)
{
    const std::optional<WorkOrderState> state = workOrderStateFromKey(key);
    return state ? workOrderStateDisplayName(*state) : key;
}

// A work order's number from a scan (`WO:…`, `OP:…/10`) or as typed.
QString orderCodeOf(const QString &code)
{
    const Result<ScanResult> scan = BarcodeCodec::parse(code);
    if (scan &&
        (scan.value().kind == ScanKind::WorkOrder || scan.value().kind == ScanKind::Operation))
        return scan.value().workOrderNumber;
    if (scan && scan.value().kind == ScanKind::Lot)
        return scan.value().value;
    return code.trimmed();
}

TraceNode orderNode(const TraceOrderRow &order)
{
    TraceNode node;
    node.kind = TraceNode::Kind::WorkOrder;
    node.code = order.number;
    node.title = LotGenealogy::tr("Work order %1: %2 %3 × %4 (%5)")
                     .arg(order.number, order.partNo, order.productName,
                          quantityText(order.quantity, 3), stateName(order.state));
    if (!order.lotNo.isEmpty())
        node.title += LotGenealogy::tr(", production lot %1").arg(order.lotNo);
    node.details = {{QStringLiteral("product"), order.partNo},
                    {QStringLiteral("product_name"), order.productName},
                    {QStringLiteral("quantity"), order.quantity},
                    {QStringLiteral("state"), order.state},
                    {QStringLiteral("production_lot"), order.lotNo}};
    node.atMs = order.createdAtMs;
    return node;
}

// "FL-1 法兰 from 宝钢 (lot BG-7781)", leaving out what the warehouse did not record.
QString materialText(const QString &partNo, const QString &name, const QString &supplier,
                     const QString &supplierLot)
{
    QString text = QString(partNo + QLatin1Char(' ') + name).trimmed();
    if (!supplier.isEmpty())
        text += LotGenealogy::tr(" from %1").arg(supplier);
    if (!supplierLot.isEmpty())
        text += LotGenealogy::tr(" (supplier lot %1)").arg(supplierLot);
    return text;
}

QVariantMap who(const TraceFeedRow &feed)
{
    return {{QStringLiteral("employee"), feed.employeeName},
            {QStringLiteral("badge"), feed.badge},
            {QStringLiteral("machine"), feed.machineCode},
            {QStringLiteral("quantity"), -feed.movement.quantity}};
}

} // namespace

LotGenealogy::LotGenealogy(const QSqlDatabase &db, const MasterDataService *masterData,
                           const Clock &clock)
    : m_db(db)
    , m_repository(db)
    , m_masterData(masterData)
    , m_clock(clock)
{
}

Result<TraceOrderRow> LotGenealogy::findOrder(const QString &code) const
{
    const QString wanted = orderCodeOf(code);
    if (wanted.isEmpty())
        return Outcome::failure(tr("Scan or type a work order number or a production lot."));
    for (const QString &candidate : {wanted, wanted.toUpper()}) {
        const Result<std::optional<TraceOrderRow>> byNumber = m_repository.orderByNumber(candidate);
        if (!byNumber)
            return byNumber.outcome();
        if (byNumber.value())
            return *byNumber.value();
        const Result<QList<TraceOrderRow>> byLot = m_repository.ordersByLot(candidate);
        if (!byLot)
            return byLot.outcome();
        if (byLot.value().size() > 1) {
            QStringList numbers;
            for (const TraceOrderRow &row : byLot.value())
                numbers << row.number;
            return Outcome::failure(
                tr("Production lot %1 belongs to %2 work orders (%3): trace one of them.")
                    .arg(candidate)
                    .arg(byLot.value().size())
                    .arg(numbers.join(QStringLiteral(", "))));
        }
        if (byLot.value().size() == 1)
            return byLot.value().constFirst();
    }
    return Outcome::failure(
        tr("No work order or production lot %1 exists in this factory.").arg(wanted));
}

Result<TraceNode> LotGenealogy::backward(const QString &code) const
{
    const Result<TraceOrderRow> found = findOrder(code);
    if (!found)
        return found.outcome();
    const TraceOrderRow &order = found.value();
    const Result<QList<TraceOperationRow>> ops = m_repository.operations(order.id);
    if (!ops)
        return ops.outcome();
    const Result<QList<TraceReportRow>> reports = m_repository.reports(order.id);
    if (!reports)
        return reports.outcome();
    const Result<QList<TraceFeedRow>> feeds = m_repository.feedsOfOrder(order.id);
    if (!feeds)
        return feeds.outcome();

    TraceNode root = orderNode(order);
    QHash<QString, qsizetype> opIndex;
    for (const TraceOperationRow &op : ops.value()) {
        TraceNode node;
        node.kind = TraceNode::Kind::Operation;
        node.code = QStringLiteral("%1/%2").arg(order.number).arg(op.seq);
        node.title = op.machineCode.isEmpty()
                         ? tr("Step %1 %2").arg(op.seq).arg(op.name)
                         : tr("Step %1 %2 on %3").arg(op.seq).arg(op.name, op.machineCode);
        node.details = {{QStringLiteral("seq"), op.seq},
                        {QStringLiteral("name"), op.name},
                        {QStringLiteral("machine"), op.machineCode}};
        opIndex.insert(op.id, root.children.size());
        root.children.append(node);
    }
    for (const TraceReportRow &report : reports.value()) {
        const auto at = opIndex.constFind(report.operationId);
        if (at == opIndex.constEnd())
            continue;
        TraceNode node;
        node.kind = TraceNode::Kind::Report;
        node.code = report.id;
        node.title = tr("%1 on %2: %3 good, %4 defective")
                         .arg(report.employeeName, report.machineCode, quantityText(report.good, 3),
                              quantityText(report.defective, 3));
        if (report.voided)
            node.title += tr(" (voided)");
        node.details = {{QStringLiteral("employee"), report.employeeName},
                        {QStringLiteral("badge"), report.badge},
                        {QStringLiteral("machine"), report.machineCode},
                        {QStringLiteral("good"), report.good},
                        {QStringLiteral("defective"), report.defective},
                        {QStringLiteral("rework"), report.rework},
                        {QStringLiteral("voided"), report.voided}};
        node.atMs = report.atMs;
        TraceNode &op = root.children[*at];
        if (op.atMs == 0)
            op.atMs = report.atMs;
        op.children.append(node);
    }
    for (const TraceFeedRow &feed : feeds.value()) {
        const auto at = opIndex.constFind(feed.movement.operationId);
        if (at == opIndex.constEnd())
            continue;
        TraceNode node;
        node.kind = TraceNode::Kind::Lot;
        node.code = feed.lotNo;
        node.title =
            tr("Lot %1 of %2: %3 fed by %4 on %5")
                .arg(feed.lotNo,
                     materialText(feed.materialPartNo, feed.materialName, feed.supplier,
                                  feed.supplierLot),
                     quantityText(-feed.movement.quantity, 3), feed.employeeName, feed.machineCode);
        node.details = who(feed);
        node.details.insert(QStringLiteral("material"), feed.materialPartNo);
        node.details.insert(QStringLiteral("material_name"), feed.materialName);
        node.details.insert(QStringLiteral("supplier"), feed.supplier);
        node.details.insert(QStringLiteral("supplier_lot"), feed.supplierLot);
        node.atMs = feed.movement.atMs;
        root.children[*at].children.append(node);
    }
    // Where the order's pieces went: into finished goods, and out to customers.
    const Result<QList<TraceNode>> downstream =
        DownstreamTrace(m_db).receiptsAndShipments(order.id, order.number);
    if (!downstream)
        return downstream.outcome();
    root.children += downstream.value();
    // Its inspections and nonconformances, with what was decided on them.
    const Result<QList<TraceNode>> quality = QualityTrace(m_db).ofWorkOrder(order.id);
    if (!quality)
        return quality.outcome();
    root.children += quality.value();
    return root;
}

Result<TraceNode> LotGenealogy::forward(const MaterialLot &l) const
{
    const Result<LotStock> stock = m_repository.stock(l.id);
    if (!stock)
        return stock.outcome();
    const Result<QList<TraceFeedRow>> feeds = m_repository.feedsOfLot(l.id);
    if (!feeds)
        return feeds.outcome();

    TraceNode root;
    root.kind = TraceNode::Kind::Lot;
    root.code = l.lotNo;
    const Result<MasterRecord> material = m_masterData->find(MasterDataKind::Product, l.productId);
    const QString partNo = material ? material.value().text(QStringLiteral("part_no")) : QString();
    const QString name = material ? material.value().localizedName() : QString();
    root.title =
        tr("Lot %1 of %2: received %3, fed %4, left %5")
            .arg(l.lotNo, materialText(partNo, name, l.supplier, l.supplierLot),
                 quantityText(stock.value().received, 3), quantityText(stock.value().consumed, 3),
                 quantityText(stock.value().remaining, 3));
    if (l.blocked)
        root.title += tr(", blocked: %1").arg(l.blockReason);
    root.details = {
        {QStringLiteral("material"), partNo},
        {QStringLiteral("material_name"), name},
        {QStringLiteral("supplier"), l.supplier},
        {QStringLiteral("supplier_lot"), l.supplierLot},
        {QStringLiteral("received"), stock.value().received},
        {QStringLiteral("consumed"), stock.value().consumed},
        {QStringLiteral("remaining"), stock.value().remaining},
        {QStringLiteral("received_on"), l.receivedOn.toString(Qt::ISODate)},
        {QStringLiteral("expiry"), l.expiry ? l.expiry->toString(Qt::ISODate) : QString()},
        {QStringLiteral("expired"), l.expiry && *l.expiry < m_clock.today()},
        {QStringLiteral("blocked"), l.blocked},
        {QStringLiteral("block_reason"), l.blockReason}};
    root.atMs = l.createdAtMs;
    // First what quality found on the lot (an incoming inspection, a return to the supplier).
    const Result<QList<TraceNode>> quality = QualityTrace(m_db).ofLot(l.id);
    if (!quality)
        return quality.outcome();
    root.children += quality.value();

    QHash<QString, qsizetype> orderIndex;
    for (const TraceFeedRow &feed : feeds.value()) {
        auto at = orderIndex.constFind(feed.order.id);
        if (at == orderIndex.constEnd()) {
            TraceNode order = orderNode(feed.order);
            order.atMs = feed.movement.atMs; // when this lot first went into it
            order.details.insert(QStringLiteral("consumed"), 0.0);
            at = orderIndex.insert(feed.order.id, root.children.size());
            root.children.append(order);
        }
        TraceNode &order = root.children[*at];
        order.details[QStringLiteral("consumed")] =
            order.details.value(QStringLiteral("consumed")).toDouble() - feed.movement.quantity;
        TraceNode node;
        node.kind = TraceNode::Kind::Consumption;
        node.code = QStringLiteral("%1/%2").arg(feed.order.number).arg(feed.seq);
        node.title = tr("Step %1 %2: %3 fed by %4 on %5")
                         .arg(feed.seq)
                         .arg(feed.operationName, quantityText(-feed.movement.quantity, 3),
                              feed.employeeName, feed.machineCode);
        node.details = who(feed);
        node.details.insert(QStringLiteral("seq"), feed.seq);
        node.details.insert(QStringLiteral("operation"), feed.operationName);
        node.atMs = feed.movement.atMs;
        order.children.append(node);
    }
    // On from each order: its receipts, its shipments, and its serials fitted into other
    // serials up to the unit that shipped — so the trace reaches the customer.
    const DownstreamTrace downstream(m_db);
    const Result<QSet<QString>> onward = downstream.ordersWithDownstream(orderIndex.keys());
    if (!onward)
        return onward.outcome();
    for (auto at = orderIndex.cbegin(); at != orderIndex.cend(); ++at) {
        if (!onward.value().contains(at.key()))
            continue;
        TraceNode &order = root.children[*at];
        const Result<QList<TraceNode>> after = downstream.forwardOfOrder(at.key(), order.code);
        if (!after)
            return after.outcome();
        order.children += after.value();
    }
    return root;
}

} // namespace Taktline
