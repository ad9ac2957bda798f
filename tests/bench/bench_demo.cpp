// The demo factory and the whole work-order list at 10,000 and at 100,000 work orders:
// `taktline demo --work-orders N` (DemoFactory::build: orders, reports, lots, serials,
// shipments, one schedule) and `taktline workorders --json` (count, every row with its
// progress, the JSON text). The growth lines take the 10,000 figure as their baseline, so their
// ratio is the growth from ten times the orders: about 10 when the work is linear in the orders,
// about 100 when it is quadratic. On a shared machine wall time wanders with the load, so the
// process's CPU time is printed too. The list is also timed against raw SQLite running the same
// statements on the same file in the same run.
#include "benchreport.h"
#include "demo/demofactory.h"
#include "io/workorderlistjson.h"
#include "services/planning/workorderservice.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "testworkspace.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSqlQuery>

#include <sqlite3.h>

#include <ctime>

using namespace Taktline;

namespace {

double secondsSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// CPU seconds this process has used (user and system).
double cpuSeconds()
{
    return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

int rowsIn(Workspace &workspace, const char *table)
{
    QSqlQuery query(workspace.database().connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table)) &&
                   query.next()
               ? query.value(0).toInt()
               : -1;
}

// What `taktline workorders --json` does once the database is open: count, read every row
// (with its progress) and write the JSON text. Returns the size of the text.
qsizetype listAsJson(Workspace &workspace)
{
    const WorkOrderFilter filter;
    const Result<int> total = workspace.workOrders()->count(filter);
    if (!total)
        qFatal("count: %s", qPrintable(total.error()));
    const Result<QList<WorkOrderListRow>> rows =
        workspace.workOrders()->page(filter, 0, total.value());
    if (!rows)
        qFatal("list: %s", qPrintable(rows.error()));
    return WorkOrderListJson::write(rows.value()).size();
}

// Raw SQLite reading the same rows: every order sorted as the list sorts it, and the good
// pieces of every order's last step.
double rawListMs(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        qFatal("open %s", qPrintable(path));
    QElapsedTimer timer;
    timer.start();
    const char *statements[] = {
        "SELECT count(*) FROM work_orders w WHERE w.deleted = 0",
        "SELECT w.id, w.number, p.part_no, p.name, w.quantity, w.due_date, w.customer, "
        "w.priority, w.state FROM work_orders w JOIN products p ON p.id = w.product_id "
        "WHERE w.deleted = 0 ORDER BY w.due_date, w.number",
        "SELECT o.work_order_id, sum(r.good) FROM work_order_operations o "
        "JOIN production_reports r ON r.operation_id = o.id AND r.voids_report_id IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM production_reports v WHERE v.voids_report_id = r.id) "
        "WHERE o.deleted = 0 AND o.seq = (SELECT max(x.seq) FROM work_order_operations x "
        "WHERE x.work_order_id = o.work_order_id AND x.deleted = 0) GROUP BY o.work_order_id"};
    for (const char *sql : statements) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
            qFatal("%s: %s", sql, sqlite3_errmsg(db));
        while (sqlite3_step(statement) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(statement); ++c)
                sqlite3_column_text(statement, c);
        }
        sqlite3_finalize(statement);
    }
    const double ms = msSince(timer);
    sqlite3_close(db);
    return ms;
}

struct Figures
{
    double demoSeconds = 0;
    double demoCpuSeconds = 0;
    double listMs = 0;
    double listCpuMs = 0;
};

Figures measure(int orders)
{
    TestWorkspace workspace(TestWorkspace::SignIn::None);
    DemoOptions options;
    options.workOrders = orders;
    QElapsedTimer timer;
    timer.start();
    double cpu = cpuSeconds();
    int reports = 0;
    if (const Outcome built = DemoFactory::build(*workspace, options, &reports); !built)
        qFatal("demo of %d work orders: %s", orders, qPrintable(built.error()));
    Figures figures;
    figures.demoSeconds = secondsSince(timer);
    figures.demoCpuSeconds = cpuSeconds() - cpu;
    std::printf("# demo of %d work orders in %.1f s (%.1f s CPU): %d reports, %d material lots, "
                "%d serials, %d shipments\n",
                orders, figures.demoSeconds, figures.demoCpuSeconds, reports,
                rowsIn(*workspace, "material_lots"), rowsIn(*workspace, "serials"),
                rowsIn(*workspace, "shipments"));
    std::fflush(stdout);

    timer.restart();
    cpu = cpuSeconds();
    const qsizetype bytes = listAsJson(*workspace);
    figures.listMs = msSince(timer);
    figures.listCpuMs = (cpuSeconds() - cpu) * 1000;
    const double raw = rawListMs(workspace.path());
    const QByteArray name = QByteArrayLiteral("workorders_json_") + QByteArray::number(orders);
    Bench::report(name.constData(), figures.listMs, "ms", raw);
    std::printf("# %s: %lld bytes of JSON\n", name.constData(), static_cast<long long>(bytes));
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // TAKTLINE_BENCH_DEMO_LARGE=20000 tries a smaller large size while working on the code.
    const int large = qEnvironmentVariableIsSet("TAKTLINE_BENCH_DEMO_LARGE")
                          ? qEnvironmentVariableIntValue("TAKTLINE_BENCH_DEMO_LARGE")
                          : 100000;
    const int small = large / 10;
    const Figures a = measure(small);
    const Figures b = measure(large);
    const QByteArray growth = QByteArray::number(large) + "_vs_" + QByteArray::number(small);
    Bench::report(QByteArray("demo_" + growth).constData(), b.demoSeconds, "s", a.demoSeconds);
    Bench::report(QByteArray("demo_cpu_" + growth).constData(), b.demoCpuSeconds, "s",
                  a.demoCpuSeconds);
    Bench::report(QByteArray("workorders_json_" + growth).constData(), b.listMs, "ms", a.listMs);
    Bench::report(QByteArray("workorders_json_cpu_" + growth).constData(), b.listCpuMs, "ms",
                  a.listCpuMs);
    return 0;
}
