#include "services/trace/feedcheck.h"

#include "domain/masterdata/masterrecord.h"

#include <algorithm>

namespace Taktline {

namespace {

QString nameOf(const std::optional<BomProduct> &product)
{
    return product ? localizedName(product->name, product->nameEn) : QString();
}

} // namespace

FeedCheck::FeedCheck(const QSqlDatabase &db)
    : m_workOrders(db)
    , m_bom(db)
{
}

Result<FeedTarget> FeedCheck::check(const MaterialLot &l, const QString &operationId,
                                    const QDate &today) const
{
    if (l.blocked)
        return Outcome::failure(
            tr("Lot %1 is blocked (%2): it must not be fed. Ask the supervisor.")
                .arg(l.lotNo, l.blockReason));
    if (l.expiry && *l.expiry < today)
        return Outcome::failure(tr("Lot %1 expired on %2: it must not be fed.")
                                    .arg(l.lotNo, l.expiry->toString(Qt::ISODate)));
    const Result<WorkOrderOperation> operation = m_workOrders.operation(operationId);
    if (!operation)
        return Outcome::failure(
            tr("Lot %1 cannot be fed: the operation does not exist.").arg(l.lotNo));
    const Result<WorkOrder> order = m_workOrders.find(operation.value().workOrderId);
    if (!order)
        return order.outcome();
    if (order.value().state != WorkOrderState::Released &&
        order.value().state != WorkOrderState::InProgress)
        return Outcome::failure(
            tr("Lot %1 cannot be fed to work order %2: it is %3, not released or in "
               "production.")
                .arg(l.lotNo, order.value().number,
                     workOrderStateDisplayName(order.value().state)));
    const Result<std::optional<double>> perUnit =
        checkMaterial(l, operation.value(), order.value());
    if (!perUnit)
        return perUnit.outcome();
    return FeedTarget{operation.value(), order.value(), perUnit.value()};
}

Result<std::optional<double>> FeedCheck::checkMaterial(const MaterialLot &l,
                                                       const WorkOrderOperation &operation,
                                                       const WorkOrder &order) const
{
    const Result<QList<BomLine>> bom = m_bom.lines(order.productId);
    if (!bom)
        return bom.outcome();
    if (bom.value().isEmpty())
        return std::optional<double>(); // nothing to check against
    const auto line = std::find_if(bom.value().cbegin(), bom.value().cend(),
                                   [&](const BomLine &b) { return b.componentId == l.productId; });
    int firstSeq = operation.seq;
    if (line != bom.value().cend() && line->operationSeq == 0) {
        const Result<QList<WorkOrderOperation>> ops = m_workOrders.operations(order.id);
        if (!ops)
            return ops.outcome();
        for (const WorkOrderOperation &op : ops.value())
            firstSeq = std::min(firstSeq, op.seq);
    }
    if (line != bom.value().cend() && feedStepOf(*line, firstSeq) == operation.seq)
        return std::optional<double>(line->quantityPerUnit);

    const Result<std::optional<BomProduct>> material = m_bom.product(l.productId);
    if (!material)
        return material.outcome();
    const QString partNo = material.value() ? material.value()->partNo : QString();
    if (line == bom.value().cend()) {
        const Result<std::optional<BomProduct>> product = m_bom.product(order.productId);
        if (!product)
            return product.outcome();
        return Outcome::failure(
            tr("Lot %1 is %2 (%3); the bill of materials of %4 %5 does not use it.")
                .arg(l.lotNo, nameOf(material.value()), partNo,
                     product.value() ? product.value()->partNo : QString(),
                     nameOf(product.value())));
    }
    return Outcome::failure(tr("Lot %1 is %2 (%3); it is fed at step %4, not step %5.")
                                .arg(l.lotNo, nameOf(material.value()), partNo)
                                .arg(feedStepOf(*line, firstSeq))
                                .arg(operation.seq));
}

} // namespace Taktline
