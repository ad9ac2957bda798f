#include "services/board/boardreader.h"

#include "domain/masterdata/masterrecord.h"
#include "domain/planning/workcalendar.h"
#include "services/andon/andonservice.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/scheduleservice.h"
#include "services/station/machineoverview.h"
#include "services/workspace.h"
#include "storage/sqlquery.h"

#include <QSqlQuery>

namespace Taktline {

namespace {

constexpr qint64 HourMs = 3600 * 1000;

// Reports that count: not a voiding record and not voided.
const QString Counting =
    QStringLiteral("r.voids_report_id IS NULL AND NOT EXISTS "
                   "(SELECT 1 FROM production_reports v WHERE v.voids_report_id = r.id)");

} // namespace

BoardReader::BoardReader(Workspace *workspace)
    : m_workspace(workspace)
{
}

Result<BoardSnapshot> BoardReader::build(const QString &workshop, qint64 nowMs)
{
    BoardSnapshot board;
    board.workshop = workshop;
    const WorkCalendar calendar = m_workspace->schedule()->calendar();
    board.day = calendar.localDate(nowMs);
    board.dayStartMs = calendar.startOfDayUtcMs(board.day);
    const qint64 dayEndMs = calendar.startOfDayUtcMs(board.day.addDays(1));
    for (qint64 hour = board.dayStartMs; hour < dayEndMs; hour += HourMs) {
        const double seconds =
            calendar.workingSecondsBetween(hour, std::min(hour + HourMs, dayEndMs));
        if (seconds > 0) {
            board.hours.append(hour);
            board.workingSeconds.append(seconds);
        }
    }
    if (Outcome read = readReasons(); !read)
        return read;

    const Result<QList<MachineLiveState>> machines = MachineOverview(m_workspace).overview(nowMs);
    if (!machines)
        return machines.outcome();
    for (const MachineLiveState &machine : machines.value()) {
        if (!machine.active || (!workshop.isEmpty() && machine.workshop != workshop))
            continue;
        BoardTile tile;
        tile.machineId = machine.machineId;
        tile.code = machine.code;
        tile.name = machine.name;
        tile.workshop = machine.workshop;
        tile.line = machine.workshop;
        tile.capacity = machine.capacity;
        if (Outcome read = readStatus(tile); !read)
            return read;
        if (!machine.operationId.isEmpty()) {
            if (Outcome read = readJob(tile, machine.operationId); !read)
                return read;
        }
        board.tiles.append(tile);
    }
    if (Outcome read = readLines(board); !read)
        return read;
    if (Outcome read = readFirstArticles(board); !read)
        return read;
    board.makeLines();
    board.computeTargets();
    for (int h = 0; h < board.hours.size(); ++h) {
        const Result<QHash<QString, double>> good =
            goodByMachine(board.hours.at(h), board.hours.at(h) + HourMs);
        if (!good)
            return good.outcome();
        fillHour(board, h, good.value());
    }
    Result<QList<BoardOrder>> orders = this->orders(board);
    if (!orders)
        return orders.outcome();
    board.orders = orders.value();
    Result<QList<AndonCall>> calls = m_workspace->andon()->openCalls(workshop);
    if (!calls)
        return calls.outcome();
    board.calls = calls.value();
    board.escalateAfterMs = m_workspace->andon()->escalateAfterMs();
    return board;
}

Outcome BoardReader::readLines(BoardSnapshot &snapshot) const
{
    QSqlQuery query(m_workspace->database().connection());
    query.prepare(QStringLiteral("SELECT id, line FROM machines WHERE line <> ''"));
    if (Outcome read = Sql::exec(query, tr("read the machines' lines")); !read)
        return read;
    const Sql::Row row(query);
    while (query.next()) {
        const int tile = snapshot.tileOf(row.value(QStringLiteral("id")).toString());
        if (tile >= 0)
            snapshot.tiles[tile].line = row.value(QStringLiteral("line")).toString();
    }
    return Outcome::success();
}

Outcome BoardReader::readFirstArticles(BoardSnapshot &snapshot) const
{
    QSqlQuery query(m_workspace->database().connection());
    query.prepare(QStringLiteral(
        "SELECT q.machine_id, min(q.at) FROM inspection_requests q WHERE q.kind = "
        "'first_article' AND q.machine_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
        "inspections i WHERE i.operation_id = q.operation_id AND i.kind = 'first_article' AND "
        "i.result = 'pass' AND i.at >= q.at AND i.voids_inspection_id IS NULL AND NOT EXISTS "
        "(SELECT 1 FROM inspections v WHERE v.voids_inspection_id = i.id)) GROUP BY "
        "q.machine_id"));
    if (Outcome read = Sql::exec(query, tr("read the first articles waiting")); !read)
        return read;
    for (BoardTile &tile : snapshot.tiles)
        tile.firstArticleSinceMs = 0;
    while (query.next()) {
        const int tile = snapshot.tileOf(query.value(0).toString());
        if (tile >= 0)
            snapshot.tiles[tile].firstArticleSinceMs = query.value(1).toLongLong();
    }
    return Outcome::success();
}

Outcome BoardReader::readReasons()
{
    const Result<QList<MasterRecord>> reasons =
        m_workspace->masterData()->list(MasterDataKind::DowntimeReason, true);
    if (!reasons)
        return reasons.outcome();
    m_reasonNames.clear();
    for (const MasterRecord &reason : reasons.value())
        m_reasonNames.insert(reason.id, reason.localizedName());
    return Outcome::success();
}

QString BoardReader::reasonName(const QString &reasonId)
{
    if (reasonId.isEmpty())
        return {};
    if (!m_reasonNames.contains(reasonId))
        readReasons(); // a reason made since the board opened; unreadable: shown without a name
    return m_reasonNames.value(reasonId);
}

Outcome BoardReader::readStatus(BoardTile &tile)
{
    QSqlQuery query(m_workspace->database().connection());
    query.prepare(QStringLiteral(
        "SELECT e.id, e.status, e.at, coalesce((SELECT s.downtime_reason_id FROM "
        "status_event_reasons s WHERE s.event_id = e.id ORDER BY s.at DESC, s.rowid DESC LIMIT 1), "
        "e.downtime_reason_id, '') AS reason FROM machine_status_events e "
        "WHERE e.machine_id = :machine ORDER BY e.at DESC, e.rowid DESC LIMIT 1"));
    query.bindValue(QStringLiteral(":machine"), tile.machineId);
    if (Outcome read = Sql::exec(query, tr("read the status of machine %1").arg(tile.code)); !read)
        return read;
    if (!query.next())
        return Outcome::success(); // no status yet: idle, since never
    const Sql::Row row(query);
    tile.eventId = row.value(QStringLiteral("id")).toString();
    tile.status = machineStatusFromKey(row.value(QStringLiteral("status")).toString())
                      .value_or(MachineStatus::Idle);
    tile.sinceMs = row.value(QStringLiteral("at")).toLongLong();
    tile.reason = reasonName(row.value(QStringLiteral("reason")).toString());
    return Outcome::success();
}

Outcome BoardReader::readJob(BoardTile &tile, const QString &operationId)
{
    QSqlQuery query(m_workspace->database().connection());
    query.prepare(
        QStringLiteral(
            "SELECT o.seq, o.name, coalesce(o.ideal_seconds, o.standard_seconds) AS seconds, "
            "w.id AS order_id, w.number, w.quantity, (SELECT total(r.good) FROM production_reports "
            "r "
            "WHERE r.operation_id = o.id AND ") +
        Counting +
        QStringLiteral(") AS good "
                       "FROM work_order_operations o JOIN work_orders w ON w.id = o.work_order_id "
                       "WHERE o.id = :op"));
    query.bindValue(QStringLiteral(":op"), operationId);
    if (Outcome read = Sql::exec(query, tr("read the job on machine %1").arg(tile.code)); !read)
        return read;
    if (!query.next())
        return Outcome::success(); // not here yet (sync brings the order later): keep the tile
    const Sql::Row row(query);
    tile.operationId = operationId;
    tile.workOrderId = row.value(QStringLiteral("order_id")).toString();
    tile.orderNumber = row.value(QStringLiteral("number")).toString();
    tile.step = QStringLiteral("%1 %2")
                    .arg(row.value(QStringLiteral("seq")).toInt())
                    .arg(row.value(QStringLiteral("name")).toString());
    tile.jobLabel = QStringLiteral("%1 · %2").arg(tile.orderNumber, tile.step);
    tile.planned = row.value(QStringLiteral("quantity")).toDouble();
    tile.good = row.value(QStringLiteral("good")).toDouble();
    tile.secondsPerPiece = row.value(QStringLiteral("seconds")).toDouble();
    return Outcome::success();
}

Result<QHash<QString, double>> BoardReader::goodByMachine(qint64 fromMs, qint64 toMs) const
{
    QSqlQuery query(m_workspace->database().connection());
    query.prepare(
        QStringLiteral(
            "SELECT coalesce(r.machine_id, o.machine_id, '') AS machine, total(r.good) AS good "
            "FROM production_reports r LEFT JOIN work_order_operations o ON o.id = r.operation_id "
            "WHERE r.reported_at >= :from AND r.reported_at < :to AND ") +
        Counting + QStringLiteral(" GROUP BY machine"));
    query.bindValue(QStringLiteral(":from"), fromMs);
    query.bindValue(QStringLiteral(":to"), toMs);
    if (Outcome read = Sql::exec(query, tr("read the hour's good pieces")); !read)
        return read;
    QHash<QString, double> good;
    const Sql::Row row(query);
    while (query.next())
        good.insert(row.value(QStringLiteral("machine")).toString(),
                    row.value(QStringLiteral("good")).toDouble());
    return good;
}

void BoardReader::fillHour(BoardSnapshot &snapshot, int hour,
                           const QHash<QString, double> &goodByMachine)
{
    for (BoardLine &line : snapshot.lines)
        line.actual[hour] = 0;
    for (const BoardTile &tile : std::as_const(snapshot.tiles)) {
        const int line = snapshot.lineOf(tile.line);
        if (line >= 0)
            snapshot.lines[line].actual[hour] += goodByMachine.value(tile.machineId);
    }
}

Result<double> BoardReader::orderGood(const QString &workOrderId) const
{
    QSqlQuery query(m_workspace->database().connection());
    query.prepare(
        QStringLiteral(
            "SELECT total(r.good) AS good FROM production_reports r WHERE r.operation_id = "
            "(SELECT id FROM work_order_operations WHERE work_order_id = :order AND deleted = 0 "
            "ORDER BY seq DESC LIMIT 1) AND ") +
        Counting);
    query.bindValue(QStringLiteral(":order"), workOrderId);
    if (Outcome read = Sql::exec(query, tr("read an order's progress")); !read)
        return read;
    query.next();
    return Sql::column(query, QStringLiteral("good")).toDouble();
}

Result<QList<BoardOrder>> BoardReader::orders(const BoardSnapshot &snapshot) const
{
    QHash<QString, BoardOrder> byId;
    QSqlQuery query(m_workspace->database().connection());
    query.prepare(QStringLiteral(
        "SELECT w.id, w.number, w.quantity, w.due_date, p.name, p.name_en FROM work_orders w "
        "JOIN products p ON p.id = w.product_id WHERE w.deleted = 0 AND w.due_date = :day "
        "AND w.state IN ('released', 'in_progress', 'on_hold', 'completed', 'closed') "
        "AND (:workshop = '' OR EXISTS (SELECT 1 FROM work_order_operations o JOIN machines m "
        "ON m.id = o.machine_id WHERE o.work_order_id = w.id AND m.workshop = :workshop))"));
    query.bindValue(QStringLiteral(":day"), snapshot.day.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":workshop"), snapshot.workshop);
    if (Outcome read = Sql::exec(query, tr("read the orders due today")); !read)
        return read;
    const Sql::Row row(query);
    while (query.next()) {
        BoardOrder order;
        order.workOrderId = row.value(QStringLiteral("id")).toString();
        order.number = row.value(QStringLiteral("number")).toString();
        order.quantity = row.value(QStringLiteral("quantity")).toDouble();
        order.due =
            QDate::fromString(row.value(QStringLiteral("due_date")).toString(), Qt::ISODate);
        order.product = localizedName(row.value(QStringLiteral("name")).toString(),
                                      row.value(QStringLiteral("name_en")).toString());
        byId.insert(order.workOrderId, order);
    }
    // What is late comes from the plan: an operation planned to end after its order's due date.
    const Result<QList<MachineQueue>> queues = m_workspace->schedule()->machineQueues();
    if (!queues)
        return queues.outcome();
    for (const MachineQueue &queue : queues.value()) {
        if (!snapshot.workshop.isEmpty() && queue.workshop != snapshot.workshop)
            continue;
        for (const QueuedOperation &op : queue.operations) {
            if (!op.late && !byId.contains(op.workOrderId))
                continue;
            BoardOrder &order = byId[op.workOrderId];
            if (order.workOrderId.isEmpty()) {
                order.workOrderId = op.workOrderId;
                order.number = op.workOrderNumber;
                order.product = op.productName;
                order.quantity = op.quantity;
                order.due = op.dueDate;
            }
            order.late = order.late || op.late;
            order.lateByMs = std::max(order.lateByMs, op.lateByMs);
        }
    }
    QList<BoardOrder> orders = byId.values();
    for (BoardOrder &order : orders) {
        const Result<double> good = orderGood(order.workOrderId);
        if (!good)
            return good.outcome();
        order.good = good.value();
    }
    std::sort(orders.begin(), orders.end(), [](const BoardOrder &a, const BoardOrder &b) {
        if (a.late != b.late)
            return a.late;
        if (a.due != b.due)
            return a.due < b.due;
        return a.number < b.number;
    });
    return orders;
}

} // namespace Taktline
