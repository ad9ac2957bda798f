#include "services/quality/qualitytrace.h"

#include "domain/masterdata/masterrecord.h"
#include "domain/quality/inspectionplan.h"
#include "storage/quality/nonconformancerepository.h"
#include "storage/sqlquery.h"

#include <QSqlQuery>

namespace Taktline {

QualityTrace::QualityTrace(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<QList<TraceNode>> QualityTrace::ofLot(const QString &lotId) const
{
    Result<QList<TraceNode>> nodes = inspections(QStringLiteral("lot_id"), lotId);
    if (!nodes)
        return nodes;
    NonconformanceFilter filter;
    filter.lotId = lotId;
    const Result<QList<TraceNode>> ncs = nonconformances(filter);
    if (!ncs)
        return ncs;
    nodes.value() += ncs.value();
    return nodes;
}

Result<QList<TraceNode>> QualityTrace::ofSerial(const QString &serialId, const QString &serial) const
{
    Result<QList<TraceNode>> nodes = inspections(QStringLiteral("serial_id"), serialId);
    if (!nodes)
        return nodes;
    NonconformanceFilter filter;
    filter.serial = serial;
    const Result<QList<TraceNode>> ncs = nonconformances(filter);
    if (!ncs)
        return ncs;
    nodes.value() += ncs.value();
    return nodes;
}

Result<QList<TraceNode>> QualityTrace::ofWorkOrder(const QString &workOrderId) const
{
    Result<QList<TraceNode>> nodes = inspections(QStringLiteral("work_order_id"), workOrderId);
    if (!nodes)
        return nodes;
    NonconformanceFilter filter;
    filter.workOrderId = workOrderId;
    const Result<QList<TraceNode>> ncs = nonconformances(filter);
    if (!ncs)
        return ncs;
    nodes.value() += ncs.value();
    return nodes;
}

Result<QList<TraceNode>> QualityTrace::inspections(const QString &column, const QString &id) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT i.id, i.kind, i.result, i.sample_size, i.nonconforming, i.note, i.at, "
        "coalesce(o.seq, 0) AS seq, coalesce(w.number, '') AS order_number, "
        "coalesce(e.name, '') AS inspector, coalesce(m.code, '') AS machine "
        "FROM inspections i LEFT JOIN work_order_operations o ON o.id = i.operation_id "
        "LEFT JOIN work_orders w ON w.id = i.work_order_id "
        "LEFT JOIN employees e ON e.id = i.employee_id "
        "LEFT JOIN machines m ON m.id = i.machine_id "
        "WHERE i.%1 = :id AND NOT EXISTS (SELECT 1 FROM inspections v "
        "WHERE v.voids_inspection_id = i.id) ORDER BY i.at, i.id")
                      .arg(column));
    query.bindValue(QStringLiteral(":id"), id);
    if (Outcome done = Sql::exec(query, tr("read the inspections")); !done)
        return done;
    QList<TraceNode> nodes;
    const Sql::Row row(query);
    while (query.next()) {
        TraceNode node;
        node.kind = TraceNode::Kind::Inspection;
        const QString kindKey = row.value(QStringLiteral("kind")).toString();
        const std::optional<InspectionKind> kind = inspectionKindFromKey(kindKey);
        const QString kindName = kind ? inspectionKindName(*kind) : kindKey;
        const QString result = row.value(QStringLiteral("result")).toString();
        const int seq = row.value(QStringLiteral("seq")).toInt();
        const QString order = row.value(QStringLiteral("order_number")).toString();
        node.code = seq > 0 ? QStringLiteral("%1/%2").arg(order).arg(seq) : order;
        node.title = (result == QLatin1String("pass") ? tr("%1: passed") : tr("%1: failed"))
                         .arg(kindName);
        const QString inspector = row.value(QStringLiteral("inspector")).toString();
        if (!inspector.isEmpty())
            node.title += tr(", by %1").arg(inspector);
        const int sample = row.value(QStringLiteral("sample_size")).toInt();
        if (sample > 0)
            node.title += tr(", %1 nonconforming of %2 sampled")
                              .arg(row.value(QStringLiteral("nonconforming")).toInt())
                              .arg(sample);
        node.details = {{QStringLiteral("inspection"), kindKey},
                        {QStringLiteral("result"), result},
                        {QStringLiteral("sample_size"), sample},
                        {QStringLiteral("nonconforming"),
                         row.value(QStringLiteral("nonconforming")).toInt()},
                        {QStringLiteral("employee"), inspector},
                        {QStringLiteral("machine"), row.value(QStringLiteral("machine"))},
                        {QStringLiteral("note"), row.value(QStringLiteral("note"))}};
        node.atMs = row.value(QStringLiteral("at")).toLongLong();
        nodes.append(node);
    }
    return nodes;
}

Result<QList<TraceNode>> QualityTrace::nonconformances(const NonconformanceFilter &filter) const
{
    const Result<QList<NonconformanceRecord>> records = NonconformanceRepository(m_db).list(filter);
    if (!records)
        return records.outcome();
    QList<TraceNode> nodes;
    // The list is newest first; a genealogy reads oldest first.
    for (auto it = records.value().crbegin(); it != records.value().crend(); ++it)
        nodes.append(nonconformanceNode(*it));
    return nodes;
}

TraceNode QualityTrace::nonconformanceNode(const NonconformanceRecord &nc)
{
    TraceNode node;
    node.kind = TraceNode::Kind::Nonconformance;
    node.code = nc.number;
    node.title = tr("Nonconformance %1: %2 pieces").arg(nc.number, quantityText(nc.quantity, 3));
    if (!nc.defectReason.isEmpty())
        node.title += tr(", %1").arg(nc.defectReason);
    if (nc.openQuantity > 0)
        node.title += tr(", %1 open").arg(quantityText(nc.openQuantity, 3));
    node.details = {{QStringLiteral("quantity"), nc.quantity},
                    {QStringLiteral("open"), nc.openQuantity},
                    {QStringLiteral("reason"), nc.defectReason},
                    {QStringLiteral("description"), nc.description},
                    {QStringLiteral("by"), nc.by},
                    {QStringLiteral("result"), QStringLiteral("fail")}};
    node.atMs = nc.atMs;
    for (const DispositionRecord &d : nc.dispositions) {
        TraceNode child;
        child.kind = TraceNode::Kind::Disposition;
        child.code = d.reworkWorkOrderNumber.isEmpty() ? nc.number : d.reworkWorkOrderNumber;
        child.title = tr("%1: %2 pieces").arg(dispositionName(d.disposition),
                                              quantityText(d.quantity, 3));
        if (!d.reworkWorkOrderNumber.isEmpty())
            child.title += tr(" in rework order %1").arg(d.reworkWorkOrderNumber);
        if (!d.approver.isEmpty())
            child.title += tr(", approved by %1").arg(d.approver);
        if (d.deductWages)
            child.title += tr(", deducted from wages");
        child.details = {{QStringLiteral("disposition"), dispositionKey(d.disposition)},
                         {QStringLiteral("quantity"), d.quantity},
                         {QStringLiteral("rework_order"), d.reworkWorkOrderNumber},
                         {QStringLiteral("approver"), d.approver},
                         {QStringLiteral("deduct_wages"), d.deductWages},
                         {QStringLiteral("note"), d.note},
                         {QStringLiteral("by"), d.by}};
        child.atMs = d.atMs;
        node.children.append(child);
    }
    return node;
}

} // namespace Taktline
