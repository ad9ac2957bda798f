#include "services/board/boardsnapshot.h"

namespace Taktline {

namespace {
constexpr qint64 HourMs = 3600 * 1000;
}

int BoardSnapshot::tileOf(const QString &machineId) const
{
    for (int i = 0; i < tiles.size(); ++i) {
        if (tiles.at(i).machineId == machineId)
            return i;
    }
    return -1;
}

int BoardSnapshot::lineOf(const QString &name) const
{
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).name == name)
            return i;
    }
    return -1;
}

int BoardSnapshot::hourOf(qint64 utcMs) const
{
    for (int i = 0; i < hours.size(); ++i) {
        if (utcMs >= hours.at(i) && utcMs < hours.at(i) + HourMs)
            return i;
    }
    return -1;
}

int BoardSnapshot::orderOf(const QString &workOrderId) const
{
    for (int i = 0; i < orders.size(); ++i) {
        if (orders.at(i).workOrderId == workOrderId)
            return i;
    }
    return -1;
}

bool BoardSnapshot::hasOpenCall(const QString &machineId) const
{
    return std::any_of(calls.cbegin(), calls.cend(),
                       [&](const AndonCall &call) { return call.machineId == machineId; });
}

bool BoardSnapshot::hasEscalatedCall(const QString &machineId, qint64 nowMs) const
{
    return std::any_of(calls.cbegin(), calls.cend(), [&](const AndonCall &call) {
        return call.machineId == machineId && call.escalated(nowMs, escalateAfterMs);
    });
}

QSet<QString> BoardSnapshot::callMachines() const
{
    QSet<QString> ids;
    for (const AndonCall &call : calls)
        ids.insert(call.machineId);
    return ids;
}

void BoardSnapshot::makeLines()
{
    lines.clear();
    for (const BoardTile &tile : std::as_const(tiles)) {
        if (lineOf(tile.line) < 0)
            lines.append(
                {tile.line, QList<double>(hours.size(), 0.0), QList<double>(hours.size(), 0.0)});
    }
}

void BoardSnapshot::computeTargets()
{
    for (BoardLine &line : lines)
        line.target = QList<double>(hours.size(), 0.0);
    for (const BoardTile &tile : std::as_const(tiles)) {
        const int line = lineOf(tile.line);
        if (line < 0 || tile.targetPerHour() <= 0)
            continue;
        for (int h = 0; h < hours.size(); ++h)
            lines[line].target[h] += tile.targetPerHour() * workingSeconds.at(h) / 3600.0;
    }
}

} // namespace Taktline
