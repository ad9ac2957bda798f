// The wall board's refresh after one new report, on a factory of 100 machines with 500,000
// reports (today's among them): the feed notices another connection's commit (PRAGMA
// data_version), reads the new row, patches the snapshot (the tile's job and count, the hour of
// its line, an order due today) and the machine grid repaints that tile. Baseline: raw SQLite
// reading the same new row by rowid on its own connection, in the same run.
#include "benchreport.h"
#include "board/boardmachinegrid.h"
#include "board/boardtilewidget.h"
#include "board/boardwindow.h"
#include "services/board/boardservice.h"
#include "services/board/factfeed.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/scheduleservice.h"
#include "services/workspace.h"
#include "storage/chain/chainhash.h"
#include "storage/database.h"
#include "storage/uuid.h"
#include "sync/syncfunctions.h"
#include "testworkspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <sqlite3.h>

using namespace Taktline;

namespace {

constexpr int MachineCount = 100;
constexpr int OrderCount = 2000;
constexpr int StepsPerOrder = 5;
constexpr int ReportCount = 500000;
constexpr int Samples = 200;

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void execOrDie(QSqlQuery &query)
{
    if (!query.exec())
        qFatal("fill: %s", qPrintable(query.lastError().text()));
}

// 100 machines, running orders with their steps and the reports of the last 30 days, bulk-loaded
// with plain SQL; answers the operations.
QStringList fill(Workspace &workspace)
{
    for (int m = 0; m < MachineCount; ++m) {
        MasterRecord machine;
        machine.values = {
            {QStringLiteral("code"), QStringLiteral("M-%1").arg(m, 3, 10, QLatin1Char('0'))},
            {QStringLiteral("name"), QStringLiteral("设备 %1").arg(m)},
            {QStringLiteral("workshop"), QStringLiteral("车间 %1").arg(m / 25 + 1)}};
        if (!workspace.masterData()->create(MasterDataKind::Machine, machine))
            qFatal("machine");
    }
    MasterRecord product;
    product.values = {{QStringLiteral("part_no"), QStringLiteral("P-1")},
                      {QStringLiteral("name"), QStringLiteral("法兰")}};
    const QString productId =
        workspace.masterData()->create(MasterDataKind::Product, product).value();
    const QList<MasterRecord> machines =
        workspace.masterData()->list(MasterDataKind::Machine).value();
    QSqlDatabase db = workspace.database().connection();
    db.transaction();
    QSqlQuery order(db);
    order.prepare(QStringLiteral(
        "INSERT INTO work_orders (id, number, product_id, quantity, due_date, state, "
        "created_at, updated_at) VALUES (?, ?, ?, 100000, ?, 'in_progress', 0, 0)"));
    QSqlQuery op(db);
    op.prepare(QStringLiteral(
        "INSERT INTO work_order_operations (id, work_order_id, seq, name, standard_seconds, "
        "machine_id, queue_rank, created_at, updated_at) VALUES (?, ?, ?, '工序', 20, ?, ?, 0, "
        "0)"));
    QSqlQuery report(db);
    report.prepare(QStringLiteral(
        "INSERT INTO production_reports (id, work_order_id, operation_id, machine_id, "
        "good, reported_at, device_id) VALUES (?, ?, ?, ?, 3, ?, 'bench')"));
    const qint64 now = workspace.clock().nowMs();
    const qint64 start = now - qint64(30) * 24 * 3600 * 1000;
    const qint64 step = (now - start) / ReportCount;
    QStringList ops;
    QStringList opMachine;
    QStringList opOrder;
    for (int i = 0; i < OrderCount; ++i) {
        const QString orderId = newUuidV7();
        order.addBindValue(orderId);
        order.addBindValue(QStringLiteral("WO-BENCH-%1").arg(i, 6, 10, QLatin1Char('0')));
        order.addBindValue(productId);
        // A few are due today: the orders page follows them.
        order.addBindValue(QDate::currentDate().addDays(i % 40).toString(Qt::ISODate));
        execOrDie(order);
        for (int s = 0; s < StepsPerOrder; ++s) {
            const QString opId = newUuidV7();
            const QString machineId = machines.at((i * StepsPerOrder + s) % MachineCount).id;
            op.addBindValue(opId);
            op.addBindValue(orderId);
            op.addBindValue((s + 1) * 10);
            op.addBindValue(machineId);
            op.addBindValue(double(i));
            execOrDie(op);
            ops << opId;
            opMachine << machineId;
            opOrder << orderId;
        }
    }
    for (int r = 0; r < ReportCount; ++r) {
        const int o = r % int(ops.size());
        report.addBindValue(newUuidV7());
        report.addBindValue(opOrder.at(o));
        report.addBindValue(ops.at(o));
        report.addBindValue(opMachine.at(o));
        report.addBindValue(start + qint64(r) * step);
        execOrDie(report);
    }
    db.commit();
    std::printf("# %d machines, %d operations, %d production reports\n", MachineCount,
                int(ops.size()), ReportCount);
    return ops;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestWorkspace workspace(TestWorkspace::SignIn::Owner);
    QElapsedTimer timer;
    timer.start();
    // Three shifts every day, so the new report lands in an hour of today's board whenever it runs.
    const Result<WorkCalendar> around = WorkCalendar::create(
        {{QTime(0, 0), QTime(8, 0)}, {QTime(8, 0), QTime(16, 0)}, {QTime(16, 0), QTime(23, 59)}},
        {});
    if (!around || !workspace->schedule()->setCalendar(around.value()))
        qFatal("calendar");
    fill(*workspace);
    std::printf("# filled in %.0f ms\n", msSince(timer));

    // The board: its own workspace on the file, read-only, its window showing the grid.
    Result<std::unique_ptr<Workspace>> opened =
        Workspace::open(workspace.path(), Database::IfMissing::Refuse);
    if (!opened)
        qFatal("board: %s", qPrintable(opened.error()));
    BoardService board(opened.value().get(), QString());
    board.lockReadOnly();
    timer.restart();
    if (Outcome loaded = board.load(); !loaded)
        qFatal("board: %s", qPrintable(loaded.error()));
    std::printf("# board built in %.0f ms (once, when it opens)\n", msSince(timer));
    BoardWindow window(&board, BoardWindow::allPages(), 15);
    window.rotationTimer()->stop();
    window.resize(1920, 1080);
    window.show();
    QCoreApplication::processEvents();

    // The station: a raw connection adding one report to a machine's job now and then.
    sqlite3 *station = nullptr;
    sqlite3_open(workspace.path().toUtf8().constData(), &station);
    ChainHash::install(station);
    SyncFunctions::install(station);
    sqlite3_exec(station, "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=5000;", nullptr, nullptr,
                 nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(
        station,
        "INSERT INTO production_reports (id, work_order_id, operation_id, machine_id, good, "
        "reported_at, device_id) SELECT ?, work_order_id, id, machine_id, 1, ?, 'station' "
        "FROM work_order_operations WHERE id = ?",
        -1, &insert, nullptr);
    // The baseline reader: its own connection, the same new row by rowid.
    sqlite3 *raw = nullptr;
    sqlite3_open(workspace.path().toUtf8().constData(), &raw);
    sqlite3_stmt *read = nullptr;
    sqlite3_prepare_v2(
        raw,
        "SELECT rowid, machine_id, operation_id, good, reported_at FROM production_reports "
        "WHERE rowid > ? ORDER BY rowid",
        -1, &read, nullptr);
    qint64 lastRow = 0;
    {
        sqlite3_stmt *end = nullptr;
        sqlite3_prepare_v2(raw, "SELECT max(rowid) FROM production_reports", -1, &end, nullptr);
        sqlite3_step(end);
        lastRow = sqlite3_column_int64(end, 0);
        sqlite3_finalize(end);
    }

    std::vector<double> ours;
    std::vector<double> baseline;
    const BoardSnapshot &snapshot = board.snapshot();
    int changed = 0;
    QObject::connect(&board, &BoardService::tilesChanged, &board,
                     [&changed](const QSet<QString> &ids) { changed += int(ids.size()); });
    for (int i = 0; i < Samples; ++i) {
        // A tile's own job, so the count on the tile moves.
        const BoardTile &tile = snapshot.tiles.at(i % snapshot.tiles.size());
        if (tile.operationId.isEmpty())
            continue;
        const QByteArray id = newUuidV7().toUtf8();
        const QByteArray opId = tile.operationId.toUtf8();
        sqlite3_bind_text(insert, 1, id.constData(), -1, SQLITE_STATIC);
        sqlite3_bind_int64(insert, 2, opened.value()->clock().nowMs());
        sqlite3_bind_text(insert, 3, opId.constData(), -1, SQLITE_STATIC);
        if (sqlite3_step(insert) != SQLITE_DONE)
            qFatal("insert: %s", sqlite3_errmsg(station));
        sqlite3_reset(insert);

        timer.restart();
        if (Outcome polled = board.feed()->poll(); !polled)
            qFatal("poll: %s", qPrintable(polled.error()));
        ours.push_back(msSince(timer));

        timer.restart();
        sqlite3_bind_int64(read, 1, lastRow);
        while (sqlite3_step(read) == SQLITE_ROW)
            lastRow = sqlite3_column_int64(read, 0);
        sqlite3_reset(read);
        baseline.push_back(msSince(timer));
    }
    sqlite3_finalize(insert);
    sqlite3_finalize(read);
    sqlite3_close(station);
    sqlite3_close(raw);
    std::printf("# %zu refreshes, %d tiles repainted, the hour %s today's board\n", ours.size(),
                changed, snapshot.hourOf(opened.value()->clock().nowMs()) >= 0 ? "in" : "NOT in");
    Bench::report("board_refresh_after_report", Bench::percentile(ours, 0.5), "ms",
                  Bench::percentile(baseline, 0.5));
    Bench::report("board_refresh_after_report_p99", Bench::percentile(ours, 0.99), "ms",
                  Bench::percentile(baseline, 0.99));
    return 0;
}
