#include "item/subcontract/subcontractscan.h"

#include "barcode/barcodecodec.h"
#include "domain/clock.h"
#include "domain/masterdata/masterrecord.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/workorderservice.h"
#include "services/subcontract/subcontractservice.h"
#include "services/workspace.h"

#include <algorithm>

namespace Taktline {

namespace {

// The step with what the send dialog shows of it; SENDABLE left at 0.
SubcontractScan describe(const Workspace &workspace, const WorkOrder &order,
                                 const WorkOrderOperation &op)
{
    SubcontractScan step;
    step.operationId = op.id;
    step.workOrderNumber = order.number;
    step.seq = op.seq;
    step.stepName = op.name;
    if (const Result<MasterRecord> product =
            workspace.masterData()->find(MasterDataKind::Product, order.productId)) {
        step.product = QString(product.value().text(QStringLiteral("part_no")) + QLatin1Char(' ') +
                               product.value().localizedName())
                           .trimmed();
    }
    step.supplierId = op.supplierId;
    step.unitPrice = op.subcontractPrice;
    int leadDays = 0;
    if (const Result<MasterRecord> supplier =
            workspace.masterData()->find(MasterDataKind::Supplier, op.supplierId)) {
        step.supplier = QString(supplier.value().text(QStringLiteral("code")) + QLatin1Char(' ') +
                                supplier.value().localizedName())
                            .trimmed();
        leadDays = supplier.value().value(QStringLiteral("lead_days")).toInt();
    }
    step.defaultDueDate = workspace.clock().today().addDays(leadDays);
    return step;
}

// The oldest open subcontract order of OPERATION_ID, or an empty id.
QString oldestOpenOrder(const Workspace &workspace, const QString &operationId)
{
    const Result<QList<SubcontractOrder>> orders =
        workspace.subcontracts()->ordersOfOperation(operationId);
    if (!orders)
        return {};
    const SubcontractOrder *oldest = nullptr;
    for (const SubcontractOrder &order : orders.value()) {
        if (order.isOpen() && (!oldest || order.sentAtMs < oldest->sentAtMs))
            oldest = &order;
    }
    return oldest ? oldest->id : QString();
}

} // namespace

QString SubcontractScan::stepLabel() const
{
    return QStringLiteral("%1 / %2 %3").arg(workOrderNumber).arg(seq).arg(stepName);
}

Result<SubcontractScan> SubcontractScan::toSend(const Workspace &workspace,
                                                const QString &workOrderId,
                                                const QString &operationId)
{
    const Result<WorkOrder> order = workspace.workOrders()->find(workOrderId);
    if (!order)
        return order.outcome();
    const Result<QList<WorkOrderOperation>> ops = workspace.workOrders()->operations(workOrderId);
    if (!ops)
        return ops.outcome();
    const auto op = std::find_if(ops.value().cbegin(), ops.value().cend(),
                                 [&](const WorkOrderOperation &o) { return o.id == operationId; });
    if (op == ops.value().cend())
        return Outcome::failure(tr("The step is not part of work order %1 any more.")
                                    .arg(order.value().number));
    const Result<double> sendable = workspace.subcontracts()->sendable(operationId);
    if (!sendable)
        return sendable.outcome();
    Result<SubcontractScan> step = describe(workspace, order.value(), *op);
    if (step)
        step.value().sendable = sendable.value();
    return step;
}

Result<SubcontractScan> SubcontractScan::forScan(const Workspace &workspace,
                                                 const QString &scanned)
{
    const Result<ScanResult> scan = BarcodeCodec::parse(scanned);
    if (!scan)
        return scan.outcome();
    if (Outcome expected =
            BarcodeCodec::expect(scan.value(), {ScanKind::Operation, ScanKind::WorkOrder});
        !expected)
        return expected;
    const QString number = scan.value().workOrderNumber;
    const Result<QString> orderId = workspace.workOrders()->idForNumber(number);
    if (!orderId)
        return orderId.outcome();
    const Result<WorkOrder> order = workspace.workOrders()->find(orderId.value());
    if (!order)
        return order.outcome();
    const Result<QList<WorkOrderOperation>> ops =
        workspace.workOrders()->operations(orderId.value());
    if (!ops)
        return ops.outcome();
    QList<WorkOrderOperation> candidates;
    for (const WorkOrderOperation &op : ops.value()) {
        if (scan.value().kind == ScanKind::WorkOrder ? op.outsourced : op.seq == scan.value().seq)
            candidates.append(op);
    }
    if (candidates.isEmpty()) {
        return Outcome::failure(
            scan.value().kind == ScanKind::WorkOrder
                ? tr("Work order %1 has no subcontracted step.").arg(number)
                : tr("Work order %1 has no step %2.").arg(number).arg(scan.value().seq));
    }
    // A batch coming back is received first: the note's QR code is scanned at the gate.
    for (const WorkOrderOperation &op : std::as_const(candidates)) {
        if (const QString open = oldestOpenOrder(workspace, op.id); !open.isEmpty()) {
            Result<SubcontractScan> step = describe(workspace, order.value(), op);
            step.value().action = Action::Receive;
            step.value().orderId = open;
            return step;
        }
    }
    Outcome refused = Outcome::success();
    for (const WorkOrderOperation &op : std::as_const(candidates)) {
        const Result<double> sendable = workspace.subcontracts()->sendable(op.id);
        if (!sendable) {
            refused = sendable.outcome();
            continue;
        }
        if (sendable.value() <= 1e-9) {
            refused = Outcome::failure(
                tr("Step %1 of %2 has no pieces to send now: the step before has not "
                          "made them yet, or all were sent.")
                    .arg(op.seq)
                    .arg(number));
            continue;
        }
        Result<SubcontractScan> step = describe(workspace, order.value(), op);
        step.value().sendable = sendable.value();
        return step;
    }
    return refused;
}

} // namespace Taktline
