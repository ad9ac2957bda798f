#include "services/board/boardservice.h"

#include "services/andon/andonservice.h"
#include "services/board/factfeed.h"
#include "services/planning/scheduleservice.h"
#include "services/sync/synccontroller.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QTimer>

namespace Taktline {

namespace {
constexpr qint64 HourMs = 3600 * 1000;
}

BoardService::BoardService(Workspace *workspace, const QString &workshop, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_workshop(workshop)
    , m_reader(workspace)
    , m_feed(new FactFeed(workspace->database().connection(), this))
    , m_minute(new QTimer(this))
{
    connect(m_minute, &QTimer::timeout, this, &BoardService::checkTime);
    connect(m_feed, &FactFeed::factsArrived, this, &BoardService::apply);
    connect(m_feed, &FactFeed::failed, this, &BoardService::fail);
    // Sync writes through its own connection, which the feed notices anyway; this is sooner.
    connect(workspace->sync(), &SyncController::remoteChangesApplied, this, [this] {
        if (Outcome polled = m_feed->poll(true); !polled)
            fail(polled.error());
    });
}

BoardService::~BoardService() = default;

Outcome BoardService::lockReadOnly()
{
    return Sql::exec(m_workspace->database().connection(), QStringLiteral("PRAGMA query_only = ON"),
                     tr("make the board's connection read-only"));
}

Outcome BoardService::load()
{
    // Marked first: a fact committed while the board is read is applied again, and every patch
    // reads its figure afresh, so it is never counted twice.
    if (Outcome marked = m_feed->mark(); !marked)
        return marked;
    const qint64 now = m_workspace->clock().nowMs();
    Result<BoardSnapshot> built = m_reader.build(m_workshop, now);
    if (!built)
        return built.outcome();
    m_snapshot = built.value();
    m_ordersReadMs = now;
    emit loaded();
    return Outcome::success();
}

void BoardService::start()
{
    m_feed->start(PollMs);
    m_minute->start(60 * 1000);
}

void BoardService::checkTime()
{
    const qint64 now = m_workspace->clock().nowMs();
    if (m_workspace->schedule()->calendar().localDate(now) != m_snapshot.day) {
        if (Outcome reloaded = load(); !reloaded)
            fail(reloaded.error());
        return;
    }
    if (now - m_ordersReadMs >= PlanRefreshMs) {
        if (Outcome read = refreshOrders(); !read)
            return fail(read.error());
        emit ordersChanged();
    }
}

void BoardService::fail(const QString &message)
{
    m_lastError = message;
    emit failed(message);
}

void BoardService::apply(const FactBatch &batch)
{
    const qint64 now = m_workspace->clock().nowMs();
    // A new day is a new board: today's hours, orders and targets.
    if (m_workspace->schedule()->calendar().localDate(now) != m_snapshot.day) {
        if (Outcome reloaded = load(); !reloaded)
            fail(reloaded.error());
        return;
    }
    QSet<QString> tiles;
    bool lines = false;
    bool orders = false;
    if (Outcome done = applyStatuses(batch, tiles, lines); !done)
        return fail(done.error());
    if (Outcome done = applyReports(batch, tiles, lines, orders); !done)
        return fail(done.error());
    if (batch.andon) {
        if (Outcome done = refreshCalls(tiles); !done)
            return fail(done.error());
    }
    if (batch.quality) {
        if (Outcome done = refreshFirstArticles(tiles); !done)
            return fail(done.error());
    }
    if (now - m_ordersReadMs >= PlanRefreshMs) {
        if (Outcome done = refreshOrders(); !done)
            return fail(done.error());
        orders = true;
    }
    if (!tiles.isEmpty())
        emit tilesChanged(tiles);
    if (lines)
        emit linesChanged();
    if (orders)
        emit ordersChanged();
}

Outcome BoardService::applyStatuses(const FactBatch &batch, QSet<QString> &tiles, bool &lines)
{
    for (const StatusFact &event : batch.statuses) {
        const int index = m_snapshot.tileOf(event.machineId);
        if (index < 0)
            continue;
        BoardTile &tile = m_snapshot.tiles[index];
        if (event.atMs < tile.sinceMs)
            continue; // an older event synced late: the one in force stays
        tile.eventId = event.eventId;
        tile.status = machineStatusFromKey(event.status).value_or(MachineStatus::Idle);
        tile.sinceMs = event.atMs;
        tile.reason = m_reader.reasonName(event.reasonId);
        const bool working =
            tile.status == MachineStatus::Running || tile.status == MachineStatus::Setup;
        if (working && !event.operationId.isEmpty() && event.operationId != tile.operationId) {
            if (Outcome read = m_reader.readJob(tile, event.operationId); !read)
                return read;
            lines = true; // the line's target follows the new job's time per piece
        }
        tiles.insert(tile.machineId);
    }
    for (const StatusFact &reason : batch.reasons) {
        const int index = m_snapshot.tileOf(reason.machineId);
        if (index >= 0 && m_snapshot.tiles.at(index).eventId == reason.eventId) {
            m_snapshot.tiles[index].reason = m_reader.reasonName(reason.reasonId);
            tiles.insert(reason.machineId);
        }
    }
    if (lines)
        m_snapshot.computeTargets();
    return Outcome::success();
}

Outcome BoardService::applyReports(const FactBatch &batch, QSet<QString> &tiles, bool &lines,
                                   bool &orders)
{
    QSet<int> hours; // hours whose output to read again
    bool targets = false;
    for (const ReportFact &report : batch.reports) {
        if (const int order = m_snapshot.orderOf(report.workOrderId); order >= 0) {
            const Result<double> good = m_reader.orderGood(report.workOrderId);
            if (!good)
                return good.outcome();
            m_snapshot.orders[order].good = good.value();
            orders = true;
        }
        const int index = m_snapshot.tileOf(report.machineId);
        if (index < 0)
            continue;
        BoardTile &tile = m_snapshot.tiles[index];
        if (tile.operationId != report.operationId && report.voidedReportedAtMs == 0) {
            targets = true; // a report on another step: that is the machine's job now
            tile.operationId.clear();
        }
        tiles.insert(tile.machineId);
        for (const qint64 at : {report.reportedAtMs, report.voidedReportedAtMs}) {
            if (const int hour = m_snapshot.hourOf(at); hour >= 0)
                hours.insert(hour);
        }
    }
    // Each touched tile reads its job's count afresh (a voiding record lowers it).
    for (BoardTile &tile : m_snapshot.tiles) {
        if (!tiles.contains(tile.machineId))
            continue;
        for (const ReportFact &report : batch.reports) {
            if (report.machineId == tile.machineId &&
                (tile.operationId.isEmpty() || tile.operationId == report.operationId)) {
                if (Outcome read = m_reader.readJob(tile, report.operationId); !read)
                    return read;
                break;
            }
        }
    }
    for (const int hour : std::as_const(hours)) {
        const qint64 from = m_snapshot.hours.at(hour);
        const Result<QHash<QString, double>> good = m_reader.goodByMachine(from, from + HourMs);
        if (!good)
            return good.outcome();
        BoardReader::fillHour(m_snapshot, hour, good.value());
        lines = true;
    }
    if (targets) {
        m_snapshot.computeTargets();
        lines = true;
    }
    return Outcome::success();
}

Outcome BoardService::refreshCalls(QSet<QString> &tiles)
{
    const Result<QList<AndonCall>> calls = m_workspace->andon()->openCalls(m_workshop);
    if (!calls)
        return calls.outcome();
    const QSet<QString> before = m_snapshot.callMachines();
    m_snapshot.calls = calls.value();
    tiles |= before;
    tiles |= m_snapshot.callMachines();
    emit callsChanged();
    return Outcome::success();
}

Outcome BoardService::refreshFirstArticles(QSet<QString> &tiles)
{
    QHash<QString, qint64> before;
    for (const BoardTile &tile : std::as_const(m_snapshot.tiles))
        before.insert(tile.machineId, tile.firstArticleSinceMs);
    if (Outcome read = m_reader.readFirstArticles(m_snapshot); !read)
        return read;
    for (const BoardTile &tile : std::as_const(m_snapshot.tiles)) {
        if (before.value(tile.machineId) != tile.firstArticleSinceMs)
            tiles.insert(tile.machineId);
    }
    return Outcome::success();
}

Outcome BoardService::refreshOrders()
{
    Result<QList<BoardOrder>> orders = m_reader.orders(m_snapshot);
    if (!orders)
        return orders.outcome();
    m_snapshot.orders = orders.value();
    m_ordersReadMs = m_workspace->clock().nowMs();
    return Outcome::success();
}

} // namespace Taktline
