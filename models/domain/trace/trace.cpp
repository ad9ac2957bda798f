#include "domain/trace/trace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace Taktline {

QString lotMovementKindKey(LotMovementKind kind)
{
    switch (kind) {
    case LotMovementKind::Receipt:
        return QStringLiteral("receipt");
    case LotMovementKind::Consumption:
        return QStringLiteral("consumption");
    case LotMovementKind::Adjustment:
        return QStringLiteral("adjustment");
    }
    return {};
}

std::optional<LotMovementKind> lotMovementKindFromKey(const QString &key)
{
    for (const LotMovementKind kind :
         {LotMovementKind::Receipt, LotMovementKind::Consumption, LotMovementKind::Adjustment}) {
        if (lotMovementKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString TraceNode::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::WorkOrder:
        return QStringLiteral("work_order");
    case Kind::Operation:
        return QStringLiteral("operation");
    case Kind::Report:
        return QStringLiteral("report");
    case Kind::Lot:
        return QStringLiteral("lot");
    case Kind::Consumption:
        return QStringLiteral("consumption");
    case Kind::Serial:
        return QStringLiteral("serial");
    case Kind::SerialStep:
        return QStringLiteral("serial_step");
    case Kind::FinishedGoods:
        return QStringLiteral("finished_goods");
    case Kind::Shipment:
        return QStringLiteral("shipment");
    case Kind::Inspection:
        return QStringLiteral("inspection");
    case Kind::Nonconformance:
        return QStringLiteral("nonconformance");
    case Kind::Disposition:
        return QStringLiteral("disposition");
    case Kind::Move:
        return QStringLiteral("move");
    }
    return {};
}

QJsonObject TraceNode::toJson() const
{
    QJsonObject object{{QStringLiteral("kind"), kindKey(kind)},
                       {QStringLiteral("code"), code},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("details"), QJsonObject::fromVariantMap(details)}};
    if (atMs > 0) {
        object.insert(
            QStringLiteral("at"),
            QDateTime::fromMSecsSinceEpoch(atMs, QTimeZone::utc()).toString(Qt::ISODateWithMs));
        object.insert(QStringLiteral("at_ms"), atMs);
    }
    QJsonArray array;
    for (const TraceNode &child : children)
        array.append(child.toJson());
    object.insert(QStringLiteral("children"), array);
    return object;
}

QList<const TraceNode *> TraceNode::flatten() const
{
    QList<const TraceNode *> all{this};
    for (const TraceNode &child : children)
        all += child.flatten();
    return all;
}

} // namespace Taktline
