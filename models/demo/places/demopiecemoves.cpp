#include "demo/places/demopiecemoves.h"

#include "services/masterdata/masterdataservice.h"
#include "services/places/placeservice.h"
#include "services/workspace.h"
#include "storage/planning/workorderrepository.h"

#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace Taktline {

namespace {

constexpr int RunningOrdersMoved = 10;

// The moves, each a few minutes after the one before and the last a few minutes ago.
class MoveClock
{
public:
    MoveClock(Workspace &workspace, int moves)
        : m_workspace(workspace), m_saved(workspace.clock()), m_moves(moves)
    {}
    ~MoveClock() { m_workspace.setClock(m_saved); }
    void next()
    {
        const qint64 minutesAgo = 3 * std::max<qint64>(0, m_moves - m_done++) + 2;
        m_workspace.setClock(Clock::fixedAt(m_saved.nowMs() - minutesAgo * 60 * 1000));
    }

private:
    Workspace &m_workspace;
    Clock m_saved;
    int m_moves;
    int m_done = 0;
};

} // namespace

Outcome buildDemoPieceMoves(Workspace &workspace)
{
    MasterDataService *masterData = workspace.masterData();
    QHash<QString, QString> machineCodes; // id → code
    for (const MasterRecord &machine : masterData->list(MasterDataKind::Machine, false).value())
        machineCodes.insert(machine.id, machine.value(QStringLiteral("code")).toString());
    QSet<QString> places;
    for (const MasterRecord &place : masterData->list(MasterDataKind::Place, false).value())
        places.insert(place.value(QStringLiteral("code")).toString());
    const QList<MasterRecord> employees = masterData->list(MasterDataKind::Employee, false).value();
    const QString mover = employees.isEmpty() ? QString() : employees.constFirst().id;

    WorkOrderRepository orders(workspace.database().connection());
    WorkOrderFilter filter;
    filter.states = {WorkOrderState::InProgress};
    const Result<QList<WorkOrderListRow>> running = orders.page(filter, 0, RunningOrdersMoved);
    if (!running)
        return running.outcome();

    MoveClock clock(workspace, 80);
    int rack = 0;
    for (const WorkOrderListRow &row : running.value()) {
        const Result<QList<WorkOrderOperation>> ops = orders.operations(row.id);
        const Result<QList<StepPieces>> pieces = workspace.places()->piecesOf(row.id);
        if (!ops || !pieces)
            return ops ? pieces.outcome() : ops.outcome();
        for (const StepPieces &step : pieces.value()) {
            const double notPlaced = step.places.isEmpty() || !step.places.constFirst().placeId.isEmpty()
                ? 0
                : step.places.constFirst().quantity;
            if (notPlaced < 4)
                continue;
            QString machine, nextMachine;
            for (qsizetype i = 0; i < ops.value().size(); ++i) {
                if (ops.value().at(i).seq != step.seq)
                    continue;
                machine = machineCodes.value(ops.value().at(i).machineId);
                if (i + 1 < ops.value().size())
                    nextMachine = machineCodes.value(ops.value().at(i + 1).machineId);
            }
            // Off the machine: to its output buffer, or to a rack of its workshop.
            const QString output = machine + QStringLiteral("-OUT");
            const QString parked = places.contains(output)
                ? output
                : QStringLiteral("%1-0%2").arg(QLatin1Char(rack % 2 ? 'B' : 'A')).arg(1 + rack / 2 % 3);
            ++rack;
            const double off = std::floor(notPlaced * 0.7);
            MoveInput move;
            move.toPlaceCode = parked;
            move.workOrderNumber = row.number;
            move.seq = step.seq;
            move.quantity = off;
            move.employeeId = mover;
            clock.next();
            if (Result<QString> moved = workspace.places()->move(move); !moved)
                return moved.outcome();
            // On to the next machine: in front of it, waiting.
            const QString input = nextMachine + QStringLiteral("-IN");
            if (!places.contains(input) || off < 2)
                continue;
            move.fromPlaceCode = parked;
            move.toPlaceCode = input;
            move.quantity = std::floor(off / 2);
            clock.next();
            if (Result<QString> moved = workspace.places()->move(move); !moved)
                return moved.outcome();
        }
    }

    // A few finished serials: inspected in the hold area, then to finished goods.
    QSqlQuery serials(workspace.database().connection());
    serials.exec(QStringLiteral(
        "SELECT s.serial FROM serials s JOIN work_orders w ON w.id = s.work_order_id "
        "WHERE w.state IN ('completed', 'closed') AND NOT EXISTS (SELECT 1 FROM shipment_lines l "
        "WHERE l.serial_id = s.id) ORDER BY s.serial DESC LIMIT 4"));
    QStringList numbers;
    while (serials.next())
        numbers << serials.value(0).toString();
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        MoveInput move;
        move.serial = numbers.at(i);
        move.quantity = 1;
        move.employeeId = mover;
        move.toPlaceCode = QStringLiteral("QA-HOLD");
        clock.next();
        if (!workspace.places()->move(move))
            continue; // a serial the service will not move (shipped, closed) stays where it is
        if (i % 2 == 0)
            continue; // still waiting in the hold area
        move.fromPlaceCode = QStringLiteral("QA-HOLD");
        move.toPlaceCode = QStringLiteral("FG-AREA");
        clock.next();
        if (Result<QString> moved = workspace.places()->move(move); !moved)
            return moved.outcome();
    }
    return Outcome::success();
}

} // namespace Taktline
