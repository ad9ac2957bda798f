// Genealogy (追溯) with 5,000,000 lot movements in the database: the backward trace of one work
// order (its steps, reports and the lots fed to each) and the forward trace of one material lot
// (the orders and steps it went into, who fed it and when), each built into a TraceNode tree.
// Baseline: raw SQLite reading the same rows with the same indexed lookups on the same file.
#include "benchreport.h"
#include "storage/chain/chainhash.h"
#include "sync/syncfunctions.h"
#include "services/masterdata/masterdataservice.h"
#include "services/trace/traceservice.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "storage/uuid.h"
#include "testworkspace.h"

#include <QElapsedTimer>
#include <QGuiApplication>

#include <sqlite3.h>

using namespace Taktline;

namespace {

constexpr int LotCount = 10000;
constexpr int OrderCount = 50000;
constexpr int StepsPerOrder = 2;
constexpr int FeedsPerStep = 50; // 50,000 × 2 × 50 = 5,000,000 consumptions
constexpr int Runs = 15;

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void check(sqlite3 *db, int rc, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        qFatal("%s: %s", what, sqlite3_errmsg(db));
}

sqlite3_stmt *prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    check(db, sqlite3_prepare_v2(db, sql, -1, &statement, nullptr), sql);
    return statement;
}

// Binds the texts, runs the statement to its end and resets it; returns the rows read.
int run(sqlite3 *db, sqlite3_stmt *statement, std::initializer_list<QByteArray> texts)
{
    int i = 1;
    for (const QByteArray &text : texts)
        sqlite3_bind_text(statement, i++, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    int rows = 0;
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(statement); ++c)
            sqlite3_column_text(statement, c); // read every cell, as the service does
        ++rows;
    }
    check(db, rc, "step");
    sqlite3_reset(statement);
    return rows;
}

QByteArray id()
{
    return newUuidV7().toLatin1();
}

// Lots, in-progress orders with their steps, one report per step and five million feeds,
// bulk-loaded with plain SQL through a connection of its own.
void fill(Workspace &workspace)
{
    const QList<MasterRecord> products =
        workspace.masterData()->list(MasterDataKind::Product).value();
    const QList<MasterRecord> machines =
        workspace.masterData()->list(MasterDataKind::Machine).value();
    const QByteArray employee =
        workspace.masterData()->list(MasterDataKind::Employee).value().first().id.toLatin1();
    sqlite3 *db = nullptr;
    check(db, sqlite3_open(workspace.database().path().toUtf8().constData(), &db), "open");
    ChainHash::install(db); // the facts it inserts are chained, as the app's are
    SyncFunctions::install(db); // and the sync triggers' functions
    sqlite3_exec(db, "PRAGMA synchronous=OFF; PRAGMA cache_size=-1000000;", nullptr, nullptr,
                 nullptr);
    sqlite3_stmt *lot =
        prepare(db, "INSERT INTO material_lots (id, lot_no, product_id, supplier, supplier_lot, "
                    "received_qty, received_at, created_at, updated_at) "
                    "VALUES (?, ?, ?, '宝钢', ?, 1e9, '2026-11-01', 0, 0)");
    sqlite3_stmt *receipt =
        prepare(db, "INSERT INTO lot_movements (id, lot_id, kind, quantity, at, device_id) "
                    "VALUES (?, ?, 'receipt', 1e9, 0, 'bench')");
    sqlite3_stmt *order =
        prepare(db, "INSERT INTO work_orders (id, number, product_id, quantity, due_date, lot_no, "
                    "state, created_at, updated_at) VALUES (?, ?, ?, 1000, '2026-12-31', ?, "
                    "'in_progress', 0, 0)");
    sqlite3_stmt *op = prepare(
        db, "INSERT INTO work_order_operations (id, work_order_id, seq, name, standard_seconds, "
            "machine_id, created_at, updated_at) VALUES (?, ?, ?, '工序', 20, ?, 0, 0)");
    sqlite3_stmt *report = prepare(
        db, "INSERT INTO production_reports (id, work_order_id, operation_id, machine_id, "
            "employee_id, good, reported_at, device_id) VALUES (?, ?, ?, ?, ?, 50, ?, 'bench')");
    sqlite3_stmt *feed = prepare(
        db, "INSERT INTO lot_movements (id, lot_id, kind, quantity, work_order_id, operation_id, "
            "employee_id, machine_id, at, device_id) "
            "VALUES (?, ?, 'consumption', -2, ?, ?, ?, ?, ?, 'bench')");
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    QList<QByteArray> lots;
    for (int i = 0; i < LotCount; ++i) {
        lots.append(id());
        run(db, lot,
            {lots.last(), QStringLiteral("LB-%1").arg(i, 6, 10, QLatin1Char('0')).toLatin1(),
             products.at(i % products.size()).id.toLatin1(), QByteArray::number(i)});
        run(db, receipt, {id(), lots.last()});
    }
    quint32 random = 12345;
    qint64 at = QDateTime::currentMSecsSinceEpoch() - qint64(180) * 24 * 3600 * 1000;
    qint64 feeds = 0;
    for (int i = 0; i < OrderCount; ++i) {
        const QByteArray orderId = id();
        run(db, order,
            {orderId, QStringLiteral("WO-BENCH-%1").arg(i, 6, 10, QLatin1Char('0')).toLatin1(),
             products.at(i % products.size()).id.toLatin1(),
             QStringLiteral("PB-%1").arg(i, 6, 10, QLatin1Char('0')).toLatin1()});
        for (int s = 0; s < StepsPerOrder; ++s) {
            const QByteArray opId = id();
            const QByteArray machine = machines.at((i + s) % machines.size()).id.toLatin1();
            run(db, op, {opId, orderId, QByteArray::number((s + 1) * 10), machine});
            run(db, report, {id(), orderId, opId, machine, employee, QByteArray::number(at)});
            for (int f = 0; f < FeedsPerStep; ++f, ++feeds) {
                random = random * 1664525u + 1013904223u;
                at += 300;
                run(db, feed,
                    {id(), lots.at(int((random >> 8) % LotCount)), orderId, opId, employee, machine,
                     QByteArray::number(at)});
            }
        }
        if (i % 5000 == 4999) { // keep the WAL small
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
            sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        }
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    for (sqlite3_stmt *statement : {lot, receipt, order, op, report, feed})
        sqlite3_finalize(statement);
    sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    std::printf("# %lld lot movements in the database\n", feeds + LotCount);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestWorkspace workspace(TestWorkspace::SignIn::Owner, true);
    QElapsedTimer timer;
    timer.start();
    fill(*workspace);
    std::printf("# filled in %.0f ms\n", msSince(timer));
    const QString number = QStringLiteral("WO-BENCH-025000");
    const QString lotNo = QStringLiteral("LB-004242");

    std::vector<double> backward, forward;
    size_t backwardNodes = 0, forwardNodes = 0;
    for (int i = 0; i < Runs; ++i) {
        timer.restart();
        const Result<TraceNode> tree = workspace->trace()->backward(number);
        backward.push_back(msSince(timer));
        if (!tree)
            qFatal("backward: %s", qPrintable(tree.error()));
        backwardNodes = size_t(tree.value().flatten().size());
        timer.restart();
        const Result<TraceNode> lotTree = workspace->trace()->forward(lotNo);
        forward.push_back(msSince(timer));
        if (!lotTree)
            qFatal("forward: %s", qPrintable(lotTree.error()));
        forwardNodes = size_t(lotTree.value().flatten().size());
    }
    std::printf("# backward: %zu nodes, forward: %zu nodes\n", backwardNodes, forwardNodes);

    sqlite3 *raw = nullptr;
    sqlite3_open(workspace.path().toUtf8().constData(), &raw);
    sqlite3_stmt *orderByNumber =
        prepare(raw, "SELECT w.id, w.lot_no, w.state, w.quantity, p.part_no, p.name FROM "
                     "work_orders w JOIN products p ON p.id = w.product_id WHERE w.number = ?");
    sqlite3_stmt *ops = prepare(
        raw, "SELECT o.id, o.seq, o.name, m.code FROM work_order_operations o LEFT JOIN machines m "
             "ON m.id = o.machine_id WHERE o.work_order_id = (SELECT id FROM work_orders WHERE "
             "number = ?) AND o.deleted = 0 ORDER BY o.seq");
    sqlite3_stmt *reports =
        prepare(raw, "SELECT r.id, r.good, r.defective, r.reported_at, e.name, m.code FROM "
                     "production_reports r JOIN work_order_operations o ON o.id = r.operation_id "
                     "LEFT JOIN employees e ON e.id = r.employee_id LEFT JOIN machines m ON "
                     "m.id = r.machine_id WHERE o.work_order_id = (SELECT id FROM work_orders "
                     "WHERE number = ?) AND o.deleted = 0");
    sqlite3_stmt *orderFeeds =
        prepare(raw, "SELECT mv.operation_id, mv.quantity, mv.at, l.lot_no, l.supplier, "
                     "l.supplier_lot, e.name, m.code FROM lot_movements mv JOIN material_lots l "
                     "ON l.id = mv.lot_id LEFT JOIN employees e ON e.id = mv.employee_id LEFT JOIN "
                     "machines m ON m.id = mv.machine_id WHERE mv.work_order_id = (SELECT id FROM "
                     "work_orders WHERE number = ?)");
    sqlite3_stmt *lotFeeds = prepare(
        raw, "SELECT mv.quantity, mv.at, w.number, w.lot_no, w.state, o.seq, o.name, e.name, "
             "m.code FROM lot_movements mv JOIN work_orders w ON w.id = mv.work_order_id "
             "JOIN work_order_operations o ON o.id = mv.operation_id LEFT JOIN employees e ON "
             "e.id = mv.employee_id LEFT JOIN machines m ON m.id = mv.machine_id WHERE "
             "mv.lot_id = (SELECT id FROM material_lots WHERE lot_no = ?) ORDER BY mv.at");
    sqlite3_stmt *lotStock = prepare(
        raw, "SELECT l.lot_no, l.supplier, l.supplier_lot, sum(mv.quantity) FROM material_lots l "
             "JOIN lot_movements mv ON mv.lot_id = l.id WHERE l.lot_no = ?");
    const QByteArray rawNumber = number.toLatin1(), rawLot = lotNo.toLatin1();
    std::vector<double> rawBackward, rawForward;
    int backwardRows = 0, forwardRows = 0;
    for (int i = 0; i < Runs; ++i) {
        timer.restart();
        backwardRows = run(raw, orderByNumber, {rawNumber}) + run(raw, ops, {rawNumber}) +
                       run(raw, reports, {rawNumber}) + run(raw, orderFeeds, {rawNumber});
        rawBackward.push_back(msSince(timer));
        timer.restart();
        forwardRows = run(raw, lotStock, {rawLot}) + run(raw, lotFeeds, {rawLot});
        rawForward.push_back(msSince(timer));
    }
    std::printf("# raw rows: backward %d, forward %d\n", backwardRows, forwardRows);
    for (sqlite3_stmt *statement : {orderByNumber, ops, reports, orderFeeds, lotStock, lotFeeds})
        sqlite3_finalize(statement);
    sqlite3_close(raw);
    Bench::report("trace_backward_p50_5m", Bench::percentile(backward, 0.5), "ms",
                  Bench::percentile(rawBackward, 0.5));
    Bench::report("trace_forward_p50_5m", Bench::percentile(forward, 0.5), "ms",
                  Bench::percentile(rawForward, 0.5));
    return 0;
}
