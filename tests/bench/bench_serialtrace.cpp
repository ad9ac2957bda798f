// Serial genealogy (序列号追溯) with 5,000,000 serial events in the database: the backward trace
// of one finished drive through its modules, boards and chips (four levels, eleven serials,
// each with its work order, steps, who and where, and the material lots fed to its order)
// built by SerialService::backward into a TraceNode tree. Baseline: raw SQLite running the
// same indexed lookups on the same file with statements compiled once. Also prints the query
// plans and what compiling every statement anew costs, so a slow run shows where time goes.
#include "benchreport.h"
#include "storage/chain/chainhash.h"
#include "sync/syncfunctions.h"
#include "services/masterdata/masterdataservice.h"
#include "services/serials/serialservice.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "storage/uuid.h"
#include "testworkspace.h"

#include <QElapsedTimer>
#include <QGuiApplication>

#include <sqlite3.h>

#include <array>
#include <functional>

using namespace Taktline;

namespace {

// One unit: a drive holds 2 modules, each module 2 boards, each board 1 chip: 11 serials and
// 10 fittings; every serial passes 3 steps. 11 × 3 + 10 = 43 events per unit.
constexpr int Units = 116280; // × 43 = 5,000,040 events
constexpr int Levels = 4;
constexpr std::array<int, Levels> ChildrenPerParent = {2, 2, 1, 0};
constexpr std::array<const char *, Levels> SerialPrefix = {"DR", "MD", "BD", "CP"};
constexpr int StepsPerSerial = 3;
constexpr int UnitsPerOrder = 1000;
// Each step of an order is fed 20 times from two of the material lots.
constexpr int MaterialLots = 200;
constexpr int FeedsPerStep = 20;
constexpr int Runs = 200;

// The statements SerialRepository runs for a backward trace, for the baseline and the plans.
const char *const FindSql = "SELECT s.id, s.serial, s.work_order_id, s.product_id, s.created_at, "
                            "s.device_id, s.user_id FROM serials s WHERE s.serial = ?";
const char *const OrderSql =
    "SELECT w.id, w.number, w.lot_no, w.state, w.quantity, p.part_no, p.name, w.created_at "
    "FROM work_orders w JOIN products p ON p.id = w.product_id WHERE w.id = ?";
const char *const StepsSql =
    "SELECT ev.operation_id, o.seq, o.name, COALESCE(e.name, ''), COALESCE(e.badge, ''), "
    "COALESCE(m.code, ''), ev.result = 'pass', ev.at FROM serial_events ev "
    "JOIN work_order_operations o ON o.id = ev.operation_id "
    "LEFT JOIN employees e ON e.id = ev.employee_id "
    "LEFT JOIN machines m ON m.id = ev.machine_id "
    "WHERE ev.serial_id = ? AND ev.kind = 'step' ORDER BY ev.at, ev.id";
const char *const ComponentsSql =
    "SELECT s.id, s.serial, s.work_order_id, s.product_id, s.created_at, s.device_id, s.user_id, "
    "COALESCE(e.name, ''), COALESCE(e.badge, ''), ev.at FROM serial_events ev JOIN serials s ON "
    "s.id = ev.component_serial_id LEFT JOIN employees e ON e.id = ev.employee_id "
    "WHERE ev.serial_id = ? AND ev.kind = 'component' ORDER BY ev.at, ev.id";
const char *const FeedsSql =
    "SELECT mv.id, mv.lot_id, mv.quantity, mv.operation_id, mv.at, l.lot_no, l.supplier, "
    "l.supplier_lot, mp.part_no, mp.name, COALESCE(e.name, ''), COALESCE(e.badge, ''), "
    "COALESCE(m.code, ''), o.seq, o.name FROM lot_movements mv JOIN material_lots l ON "
    "l.id = mv.lot_id JOIN products mp ON mp.id = l.product_id JOIN work_order_operations o ON "
    "o.id = mv.operation_id LEFT JOIN employees e ON e.id = mv.employee_id LEFT JOIN machines m "
    "ON m.id = mv.machine_id WHERE mv.work_order_id = ? AND mv.kind = 'consumption' "
    "ORDER BY mv.at, mv.id";
const char *const ShipmentSql =
    "SELECT s.id, s.shipment_no, s.customer, s.shipped_on FROM shipment_lines sl JOIN shipments s "
    "ON s.id = sl.shipment_id WHERE sl.serial_id = ?";

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

void bindAll(sqlite3_stmt *statement, std::initializer_list<QByteArray> texts)
{
    int i = 1;
    for (const QByteArray &text : texts)
        sqlite3_bind_text(statement, i++, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

void insert(sqlite3 *db, sqlite3_stmt *statement, std::initializer_list<QByteArray> texts)
{
    bindAll(statement, texts);
    check(db, sqlite3_step(statement), "insert");
    sqlite3_reset(statement);
}

QByteArray id()
{
    return newUuidV7().toLatin1();
}

// The serials of one level of one unit, and the operations their work order has.
struct LevelOrder
{
    QByteArray orderId;
    std::array<QByteArray, StepsPerSerial> operations;
};

// Four products (drive, module, board, chip), a work order per level and thousand units with
// three operations each, 1.28 million serials and five million events, bulk-loaded with plain
// SQL through a connection of its own. Returns the serial numbers of the drives.
QList<QByteArray> fill(Workspace &workspace)
{
    const QList<MasterRecord> products =
        workspace.masterData()->list(MasterDataKind::Product).value();
    const QList<MasterRecord> machines =
        workspace.masterData()->list(MasterDataKind::Machine).value();
    const QList<MasterRecord> employees =
        workspace.masterData()->list(MasterDataKind::Employee).value();
    sqlite3 *db = nullptr;
    check(db, sqlite3_open(workspace.database().path().toUtf8().constData(), &db), "open");
    ChainHash::install(db); // the facts it inserts are chained, as the app's are
    SyncFunctions::install(db); // and the sync triggers' functions
    sqlite3_exec(db, "PRAGMA synchronous=OFF; PRAGMA cache_size=-1000000;", nullptr, nullptr,
                 nullptr);
    sqlite3_stmt *order =
        prepare(db, "INSERT INTO work_orders (id, number, product_id, quantity, due_date, lot_no, "
                    "state, created_at, updated_at) VALUES (?, ?, ?, ?, '2026-12-31', ?, "
                    "'in_progress', 0, 0)");
    sqlite3_stmt *op = prepare(
        db, "INSERT INTO work_order_operations (id, work_order_id, seq, name, standard_seconds, "
            "machine_id, created_at, updated_at) VALUES (?, ?, ?, ?, 20, ?, 0, 0)");
    sqlite3_stmt *serial =
        prepare(db, "INSERT INTO serials (id, serial, work_order_id, product_id, created_at, "
                    "device_id) VALUES (?, ?, ?, ?, ?, 'bench')");
    sqlite3_stmt *step = prepare(
        db, "INSERT INTO serial_events (id, serial_id, kind, operation_id, employee_id, "
            "machine_id, result, at, device_id) VALUES (?, ?, 'step', ?, ?, ?, ?, ?, 'bench')");
    sqlite3_stmt *fitting =
        prepare(db, "INSERT INTO serial_events (id, serial_id, kind, component_serial_id, "
                    "employee_id, at, device_id) VALUES (?, ?, 'component', ?, ?, ?, 'bench')");
    sqlite3_stmt *lot =
        prepare(db, "INSERT INTO material_lots (id, lot_no, product_id, supplier, supplier_lot, "
                    "received_qty, received_at, created_at, updated_at) "
                    "VALUES (?, ?, ?, '宝钢', ?, 1e9, '2026-01-05', 0, 0)");
    sqlite3_stmt *receipt =
        prepare(db, "INSERT INTO lot_movements (id, lot_id, kind, quantity, at, device_id) "
                    "VALUES (?, ?, 'receipt', 1e9, 0, 'bench')");
    sqlite3_stmt *feed = prepare(
        db, "INSERT INTO lot_movements (id, lot_id, kind, quantity, work_order_id, operation_id, "
            "employee_id, machine_id, at, device_id) "
            "VALUES (?, ?, 'consumption', -5, ?, ?, ?, ?, ?, 'bench')");
    const std::array<const char *, StepsPerSerial> stepNames = {"装配", "测试", "终检"};
    quint32 random = 12345;
    qint64 at = QDateTime::currentMSecsSinceEpoch() - qint64(365) * 24 * 3600 * 1000;
    qint64 events = 0;
    QList<QByteArray> drives;
    std::array<LevelOrder, Levels> current;
    std::array<int, Levels> serialCount = {};
    std::function<QByteArray(int)> build;
    // Makes one serial of LEVEL with its steps and, first, its components (bottom-up, as built).
    build = [&](int level) -> QByteArray {
        QList<QByteArray> children;
        for (int c = 0; c < ChildrenPerParent.at(size_t(level)); ++c)
            children.append(build(level + 1));
        const QByteArray serialId = id();
        const QByteArray number =
            QByteArray(SerialPrefix.at(size_t(level))) +
            QByteArray::number(++serialCount.at(size_t(level))).rightJustified(8, '0');
        const LevelOrder &lo = current.at(size_t(level));
        at += 20000;
        insert(db, serial,
               {serialId, number, lo.orderId, products.at(level).id.toLatin1(),
                QByteArray::number(at)});
        for (int s = 0; s < StepsPerSerial; ++s, ++events) {
            random = random * 1664525u + 1013904223u;
            at += 1000 + random % 60000;
            insert(db, step,
                   {id(), serialId, lo.operations.at(size_t(s)),
                    employees.at(int(random >> 8) % employees.size()).id.toLatin1(),
                    machines.at((level * StepsPerSerial + s) % machines.size()).id.toLatin1(),
                    (random >> 4) % 100 == 0 ? QByteArray("fail") : QByteArray("pass"),
                    QByteArray::number(at)});
        }
        for (const QByteArray &child : children) {
            at += 500;
            insert(db, fitting,
                   {id(), serialId, child,
                    employees.at(int(random >> 12) % employees.size()).id.toLatin1(),
                    QByteArray::number(at)});
            ++events;
        }
        if (level == 0)
            drives.append(number);
        return serialId;
    };
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    QList<QByteArray> lots;
    for (int i = 0; i < MaterialLots; ++i) {
        lots.append(id());
        insert(db, lot,
               {lots.last(), QStringLiteral("LS-%1").arg(i, 4, 10, QLatin1Char('0')).toLatin1(),
                products.at(Levels + i % (products.size() - Levels)).id.toLatin1(),
                QByteArray::number(i)});
        insert(db, receipt, {id(), lots.last()});
    }
    qint64 feeds = 0;
    for (int unit = 0; unit < Units; ++unit) {
        if (unit % UnitsPerOrder == 0) {
            for (int level = 0; level < Levels; ++level) {
                LevelOrder &lo = current.at(size_t(level));
                lo.orderId = id();
                const QByteArray number = QStringLiteral("WO-SN-%1-%2")
                                              .arg(unit / UnitsPerOrder, 4, 10, QLatin1Char('0'))
                                              .arg(level)
                                              .toLatin1();
                insert(db, order,
                       {lo.orderId, number, products.at(level).id.toLatin1(),
                        QByteArray::number(UnitsPerOrder), "P" + number});
                for (int s = 0; s < StepsPerSerial; ++s) {
                    lo.operations.at(size_t(s)) = id();
                    const QByteArray machine =
                        machines.at((level * StepsPerSerial + s) % machines.size()).id.toLatin1();
                    insert(db, op,
                           {lo.operations.at(size_t(s)), lo.orderId,
                            QByteArray::number((s + 1) * 10), QByteArray(stepNames.at(size_t(s))),
                            machine});
                    random = random * 1664525u + 1013904223u;
                    const int firstLot = 2 * int((random >> 16) % (MaterialLots / 2));
                    for (int f = 0; f < FeedsPerStep; ++f, ++feeds) {
                        random = random * 1664525u + 1013904223u;
                        insert(db, feed,
                               {id(), lots.at(firstLot + f % 2), lo.orderId,
                                lo.operations.at(size_t(s)),
                                employees.at(int(random >> 12) % employees.size()).id.toLatin1(),
                                machine, QByteArray::number(at + f * 60000)});
                    }
                }
            }
        }
        build(0);
        if (unit % 10000 == 9999) { // keep the WAL small
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
            sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        }
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    for (sqlite3_stmt *statement : {order, op, serial, step, fitting, lot, receipt, feed})
        sqlite3_finalize(statement);
    sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    int serials = 0;
    for (const int count : serialCount)
        serials += count;
    std::printf("# %lld serial events, %d serials, %lld material feeds in the database\n", events,
                serials, feeds);
    return drives;
}

// Prints how SQLite runs SQL (one line per plan step).
void printPlan(sqlite3 *db, const char *name, const char *sql)
{
    const QByteArray explain = QByteArray("EXPLAIN QUERY PLAN ") + sql;
    sqlite3_stmt *plan = prepare(db, explain.constData());
    while (sqlite3_step(plan) == SQLITE_ROW)
        std::printf("# plan %s: %s\n", name,
                    reinterpret_cast<const char *>(sqlite3_column_text(plan, 3)));
    sqlite3_finalize(plan);
}

// The same lookups as SerialService::backward, on a raw connection: the serial, then for each
// serial its order, steps and components, recursively. Returns the rows read.
struct RawTrace
{
    sqlite3 *db;
    sqlite3_stmt *find, *order, *steps, *feeds, *components, *shipment;
    bool preparePerLookup = false; // compile every statement anew, as QSqlQuery::prepare does

    // Runs STATEMENT for KEY reading every cell, as the service does; collects the pairs of
    // columns 0 and 2 (a component's id and work order) into PAIRS when given.
    int rows(sqlite3_stmt *prepared, const QByteArray &key,
             QList<std::pair<QByteArray, QByteArray>> *pairs = nullptr)
    {
        sqlite3_stmt *statement = prepared;
        if (preparePerLookup)
            statement = prepare(db, sqlite3_sql(prepared));
        bindAll(statement, {key});
        int count = 0;
        int rc;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(statement); ++c)
                sqlite3_column_text(statement, c);
            if (pairs) {
                const auto text = [statement](int column) {
                    return QByteArray(
                        reinterpret_cast<const char *>(sqlite3_column_text(statement, column)));
                };
                pairs->append({text(0), text(2)});
            }
            ++count;
        }
        check(db, rc, "step");
        sqlite3_reset(statement);
        if (statement != prepared)
            sqlite3_finalize(statement);
        return count;
    }
    int serialTree(const QByteArray &serialId, const QByteArray &orderId)
    {
        QList<std::pair<QByteArray, QByteArray>> children;
        int count = rows(order, orderId) + rows(steps, serialId) + rows(feeds, orderId) +
                    rows(components, serialId, &children);
        for (const auto &[childId, childOrder] : children)
            count += serialTree(childId, childOrder);
        return count;
    }
    int trace(const QByteArray &serialNumber)
    {
        QList<std::pair<QByteArray, QByteArray>> found;
        const int count = rows(find, serialNumber, &found);
        if (found.isEmpty())
            qFatal("raw: no serial %s", serialNumber.constData());
        return count + serialTree(found.first().first, found.first().second) +
               rows(shipment, found.first().first);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestWorkspace workspace(TestWorkspace::SignIn::Owner, true);
    QElapsedTimer timer;
    timer.start();
    const QList<QByteArray> drives = fill(*workspace);
    std::printf("# filled in %.0f ms\n", msSince(timer));
    const QByteArray drive = drives.at(drives.size() / 2);
    const QString code = QStringLiteral("SN:") + QString::fromLatin1(drive);

    std::vector<double> service;
    size_t nodes = 0;
    for (int i = 0; i <= Runs; ++i) { // the first run only warms the cache
        timer.restart();
        const Result<TraceNode> tree = workspace->serials()->backward(code);
        const double ms = msSince(timer);
        if (!tree)
            qFatal("backward: %s", qPrintable(tree.error()));
        if (i > 0)
            service.push_back(ms);
        nodes = size_t(tree.value().flatten().size());
    }

    sqlite3 *raw = nullptr;
    sqlite3_open(workspace.path().toUtf8().constData(), &raw);
    for (const auto &[name, sql] :
         {std::pair{"find", FindSql}, std::pair{"order", OrderSql}, std::pair{"steps", StepsSql},
          std::pair{"feeds", FeedsSql}, std::pair{"components", ComponentsSql},
          std::pair{"shipment", ShipmentSql}})
        printPlan(raw, name, sql);
    RawTrace rawTrace{raw,
                      prepare(raw, FindSql),
                      prepare(raw, OrderSql),
                      prepare(raw, StepsSql),
                      prepare(raw, FeedsSql),
                      prepare(raw, ComponentsSql),
                      prepare(raw, ShipmentSql)};
    std::vector<double> baseline;
    int rows = 0;
    for (int i = 0; i <= Runs; ++i) {
        timer.restart();
        rows = rawTrace.trace(drive);
        const double ms = msSince(timer);
        if (i > 0)
            baseline.push_back(ms);
    }
    // The same again, compiling every statement anew as QSqlQuery::prepare does per lookup.
    std::vector<double> rawCompiling;
    rawTrace.preparePerLookup = true;
    for (int i = 0; i <= Runs; ++i) {
        timer.restart();
        rawTrace.trace(drive);
        const double ms = msSince(timer);
        if (i > 0)
            rawCompiling.push_back(ms);
    }
    std::printf("# p50: raw lookups %.3f ms, the same compiling every statement %.3f ms, "
                "SerialService::backward %.3f ms\n",
                Bench::percentile(baseline, 0.5), Bench::percentile(rawCompiling, 0.5),
                Bench::percentile(service, 0.5));
    for (sqlite3_stmt *statement : {rawTrace.find, rawTrace.order, rawTrace.steps, rawTrace.feeds,
                                    rawTrace.components, rawTrace.shipment})
        sqlite3_finalize(statement);
    sqlite3_close(raw);
    std::printf("# %s: %zu nodes in the tree, %d rows read by the raw lookups\n", drive.constData(),
                nodes, rows);
    Bench::report("serial_trace_backward_p50", Bench::percentile(service, 0.5), "ms",
                  Bench::percentile(baseline, 0.5));
    Bench::report("serial_trace_backward_p99", Bench::percentile(service, 0.99), "ms",
                  Bench::percentile(baseline, 0.99));
    return 0;
}
