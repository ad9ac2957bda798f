#include "services/places/placetrace.h"

#include "storage/places/placerepository.h"

namespace Taktline {

PlaceTrace::PlaceTrace(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<TraceNode>> PlaceTrace::ofSerial(const QString &serialId) const
{
    const Result<QList<SerialMoveRow>> moves = PlaceRepository(m_db).serialMoves(serialId);
    if (!moves)
        return moves.outcome();
    QList<TraceNode> nodes;
    for (const SerialMoveRow &move : moves.value()) {
        TraceNode node;
        node.kind = TraceNode::Kind::Move;
        node.code = move.toPlaceCode;
        node.title = move.fromPlaceCode.isEmpty()
                         ? tr("Moved to %1 %2").arg(move.toPlaceCode, move.toPlaceName)
                         : tr("Moved from %1 to %2 %3")
                               .arg(move.fromPlaceCode, move.toPlaceCode, move.toPlaceName);
        if (!move.employeeName.isEmpty())
            node.title += tr(" by %1").arg(move.employeeName);
        node.details = {{QStringLiteral("from"), move.fromPlaceCode},
                        {QStringLiteral("to"), move.toPlaceCode},
                        {QStringLiteral("place"), move.toPlaceName},
                        {QStringLiteral("employee"), move.employeeName}};
        node.atMs = move.atMs;
        nodes.append(node);
    }
    return nodes;
}

} // namespace Taktline
