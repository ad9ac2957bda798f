// Reporting latency at the station with 2,000,000 production reports in the database: from the
// Enter that ends the traveller scan to the confirmed report (parse the scan, find the step,
// check the rules — previous step's good, double scan, people and machine — insert in its own
// durable transaction, read the new progress). Baseline: raw SQLite inserting one report row in
// its own transaction on the same file (synchronous=FULL, WAL).
#include "barcode/barcodecodec.h"
#include "benchreport.h"
#include "storage/chain/chainhash.h"
#include "sync/syncfunctions.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/workorderservice.h"
#include "services/station/reportingservice.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "storage/uuid.h"
#include "testworkspace.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Taktline;

namespace {

constexpr int ReportCount = 2000000;
constexpr int OrderCount = 20000;
constexpr int StepsPerOrder = 5;
constexpr int Samples = 400;

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void execOrDie(QSqlQuery &query)
{
    if (!query.exec())
        qFatal("fill: %s", qPrintable(query.lastError().text()));
}

// Running orders with their steps and two million reports, bulk-loaded with plain SQL.
QString fill(Workspace &workspace, QString &employeeId, QString &machineId)
{
    QSqlDatabase db = workspace.database().connection();
    const QList<MasterRecord> products = workspace.masterData()->list(MasterDataKind::Product).value();
    const QList<MasterRecord> machines = workspace.masterData()->list(MasterDataKind::Machine).value();
    employeeId = workspace.masterData()->list(MasterDataKind::Employee).value().first().id;
    machineId = machines.first().id;
    db.transaction();
    QSqlQuery order(db);
    order.prepare(QStringLiteral("INSERT INTO work_orders (id, number, product_id, quantity, due_date, state, "
                                 "created_at, updated_at) VALUES (?, ?, ?, 1000000, ?, 'in_progress', 0, 0)"));
    QSqlQuery op(db);
    op.prepare(QStringLiteral("INSERT INTO work_order_operations (id, work_order_id, seq, name, standard_seconds, "
                              "machine_id, queue_rank, created_at, updated_at) VALUES (?, ?, ?, '工序', 20, ?, ?, 0, 0)"));
    QSqlQuery report(db);
    report.prepare(QStringLiteral("INSERT INTO production_reports (id, work_order_id, operation_id, machine_id, "
                                  "employee_id, good, reported_at, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, 'bench')"));
    const QString due = QDate::currentDate().addDays(30).toString(Qt::ISODate);
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(90) * 24 * 3600 * 1000;
    QString lastOrder;
    int reports = 0;
    for (int i = 0; i < OrderCount; ++i) {
        lastOrder = newUuidV7();
        order.addBindValue(lastOrder);
        order.addBindValue(QStringLiteral("WO-BENCH-%1").arg(i, 6, 10, QLatin1Char('0')));
        order.addBindValue(products.at(i % products.size()).id);
        order.addBindValue(due);
        execOrDie(order);
        for (int s = 0; s < StepsPerOrder; ++s) {
            const QString opId = newUuidV7();
            op.addBindValue(opId);
            op.addBindValue(lastOrder);
            op.addBindValue((s + 1) * 10);
            op.addBindValue(machines.at((i + s) % machines.size()).id);
            op.addBindValue(double(i));
            execOrDie(op);
            for (int r = 0; r < ReportCount / (OrderCount * StepsPerOrder); ++r, ++reports) {
                report.addBindValue(newUuidV7());
                report.addBindValue(lastOrder);
                report.addBindValue(opId);
                report.addBindValue(machines.at((i + s) % machines.size()).id);
                report.addBindValue(employeeId);
                report.addBindValue(10);
                report.addBindValue(start + qint64(reports) * 3000);
                execOrDie(report);
            }
        }
    }
    db.commit();
    std::printf("# %d production reports in the database\n", reports);
    return QStringLiteral("WO-BENCH-%1").arg(OrderCount - 1, 6, 10, QLatin1Char('0'));
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
    QString employeeId, machineId;
    const QString number = fill(*workspace, employeeId, machineId);
    std::printf("# filled in %.0f ms\n", msSince(timer));

    std::vector<double> ours;
    const QString scan = QStringLiteral("OP:%1/10\r\n").arg(number);
    for (int i = 0; i < Samples; ++i) {
        timer.restart();
        const Result<ScanResult> parsed = BarcodeCodec::parse(scan);
        const Result<QString> operation = workspace->reporting()->operationForScan(
            parsed.value().workOrderNumber, parsed.value().seq, machineId);
        ReportRequest request;
        request.operationId = operation.value();
        request.employeeId = employeeId;
        request.machineId = machineId;
        request.good = 1 + i % 2; // never the same report twice in a row: no double scan
        const Result<ReportReceipt> receipt = workspace->reporting()->report(request);
        ours.push_back(msSince(timer));
        if (!receipt)
            qFatal("report: %s", qPrintable(receipt.error()));
    }

    sqlite3 *raw = nullptr;
    sqlite3_open(workspace.path().toUtf8().constData(), &raw);
    ChainHash::install(raw); // the raw report is chained too: the same work as the app's
    SyncFunctions::install(raw); // and the sync triggers' functions
    sqlite3_exec(raw, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;", nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(raw, "INSERT INTO production_reports (id, work_order_id, operation_id, machine_id, "
                            "employee_id, good, reported_at, device_id) SELECT ?, work_order_id, id, machine_id, ?, 1, ?, "
                            "'raw' FROM work_order_operations WHERE id = ?", -1, &insert, nullptr);
    const QByteArray op = workspace->reporting()->operationForScan(number, 20, machineId).value().toUtf8();
    const QByteArray employee = employeeId.toUtf8();
    std::vector<double> baseline;
    for (int i = 0; i < Samples; ++i) {
        const QByteArray id = newUuidV7().toUtf8();
        timer.restart();
        sqlite3_exec(raw, "BEGIN", nullptr, nullptr, nullptr);
        sqlite3_bind_text(insert, 1, id.constData(), -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 2, employee.constData(), -1, SQLITE_STATIC);
        sqlite3_bind_int64(insert, 3, QDateTime::currentMSecsSinceEpoch());
        sqlite3_bind_text(insert, 4, op.constData(), -1, SQLITE_STATIC);
        sqlite3_step(insert);
        sqlite3_reset(insert);
        sqlite3_exec(raw, "COMMIT", nullptr, nullptr, nullptr);
        baseline.push_back(msSince(timer));
    }
    sqlite3_finalize(insert);
    sqlite3_close(raw);
    Bench::report("station_report_p50_2m", Bench::percentile(ours, 0.5), "ms", Bench::percentile(baseline, 0.5));
    Bench::report("station_report_p99_2m", Bench::percentile(ours, 0.99), "ms", Bench::percentile(baseline, 0.99));
    return 0;
}
