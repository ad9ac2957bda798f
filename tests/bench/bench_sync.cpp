// Sync against a real PostgreSQL on 127.0.0.1 (started here with tests/sync/pgserver.sh unless
// TAKTLINE_PGSERVER or PGHOST names one):
// - one sync round with 10 queued changes, p50/p99, against the same 10 rows sent by a plain
//   multi-row INSERT into PostgreSQL (the network round trip's floor);
// - scan-to-office: a report saved on one device until it is in the other device's file, both
//   engines running on their own threads as in the app (p50/p99 over 200 reports), against a raw
//   NOTIFY from one PostgreSQL connection to another;
// - applying pulled changes (changes per second) against a raw SQLite multi-row INSERT of the
//   same rows into plain tables;
// - a whole factory: a demo of TAKTLINE_BENCH_SYNC_ORDERS work orders (10,000) and
//   TAKTLINE_BENCH_SYNC_REPORTS reports (200,000) uploaded by its first device, then pulled
//   by a new, empty device: time of each and the new device's peak memory.
#include "benchreport.h"
#include "demo/demofactory.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "sync/syncengine.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/workorderservice.h"
#include "services/station/reportingservice.h"
#include "services/sync/synccontroller.h"
#include "storage/sqlquery.h"
#include "sync/credentialstore.h"
#include "sync/syncapplier.h"
#include "sync/syncopcodec.h"
#include "sync/syncserver.h"
#include "syncreplica.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QTemporaryDir>

#include <chrono>

#include <sqlite3.h>

using namespace Taktline;
using namespace Taktline::SyncTest;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void require(const Outcome &outcome, const char *what)
{
    if (!outcome)
        qFatal("%s: %s", what, qPrintable(outcome.error()));
}

void roundWithTenChanges(PgTest::PgTestDatabase &pg, Replica &office)
{
    std::vector<double> rounds;
    std::vector<double> raw;
    QSqlDatabase admin = pg.connectAdmin();
    PgTest::call(admin, QStringLiteral("CREATE TABLE bench_rows (tbl text, row_id text, col text, "
                                       "value jsonb, hlc text)"));
    for (int i = 0; i < 60; ++i) {
        for (int change = 0; change < 10; ++change) {
            require(office.ws().masterData()->updateField(
                        MasterDataKind::Machine, office.shop->lathe, QStringLiteral("name"),
                        QStringLiteral("车床 %1-%2").arg(i).arg(change)),
                    "rename");
        }
        QElapsedTimer timer;
        timer.start();
        require(office.sync(), "round");
        rounds.push_back(msSince(timer));

        QStringList values;
        for (int change = 0; change < 10; ++change) {
            values << QStringLiteral("('machines', '%1', 'name', '\"车床 %2\"', '%3')")
                          .arg(office.shop->lathe)
                          .arg(change)
                          .arg(QDateTime::currentMSecsSinceEpoch());
        }
        timer.restart();
        PgTest::call(admin, QStringLiteral("INSERT INTO bench_rows VALUES ") + values.join(QLatin1Char(',')));
        raw.push_back(msSince(timer));
    }
    Bench::report("sync_round_10_changes_p50", Bench::percentile(rounds, 0.5), "ms",
                  Bench::percentile(raw, 0.5));
    Bench::report("sync_round_10_changes_p99", Bench::percentile(rounds, 0.99), "ms",
                  Bench::percentile(raw, 0.99));
}

// A raw NOTIFY from one connection until the other's driver delivers it.
std::vector<double> rawNotifyMs(PgTest::PgTestDatabase &pg, int times)
{
    QSqlDatabase listener = pg.connectAdmin();
    QSqlDatabase notifier = pg.connectAdmin();
    listener.driver()->subscribeToNotification(QStringLiteral("bench_channel"));
    QSignalSpy heard(listener.driver(), &QSqlDriver::notification);
    std::vector<double> ms;
    for (int i = 0; i < times; ++i) {
        heard.clear();
        QElapsedTimer timer;
        timer.start();
        PgTest::call(notifier, QStringLiteral("NOTIFY bench_channel"));
        if (!heard.wait(5000))
            qFatal("raw NOTIFY never arrived");
        ms.push_back(msSince(timer));
    }
    return ms;
}

bool hasReport(const Replica &replica, const QString &id)
{
    QSqlQuery query(replica.db());
    query.prepare(QStringLiteral("SELECT 1 FROM production_reports WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next();
}

void scanToOffice(PgTest::PgTestDatabase &pg, Replica &station, Replica &office)
{
    const QString password = QStringLiteral("bench-password-0123456789abcdef");
    QSqlDatabase admin = pg.connectAdmin();
    for (Replica *replica : {&station, &office}) {
        PgTest::call(admin, QStringLiteral("ALTER ROLE \"%1\" PASSWORD '%2'")
                                .arg(replica->login.login, password));
        replica->login.password = password;
    }
    qputenv(CredentialStore::passwordVariable, password.toUtf8());
    station.engine.reset();
    office.engine.reset();
    require(station.ws().sync()->configure(station.connection, password), "configure station");
    require(office.ws().sync()->configure(office.connection, password), "configure office");
    station.ws().sync()->start();
    office.ws().sync()->start();
    QSignalSpy arrived(office.ws().sync(), &SyncController::remoteChangesApplied);
    const TestShop &shop = *station.shop;
    const QString order = shop.releasedOrder(shop.flange, 5000);
    std::vector<double> latencies;
    for (int i = 0; i < 200; ++i) {
        // A minute apart: the same piece reported again at once would be a double scan.
        station.shop->advance(std::chrono::minutes(1));
        const ReportRequest request = shop.request(0, 1, 0, order);
        QElapsedTimer timer;
        timer.start();
        const Result<ReportReceipt> saved = station.ws().reporting()->report(request);
        if (!saved)
            qFatal("report: %s", qPrintable(saved.error()));
        while (!hasReport(office, saved.value().reportId)) {
            if (!arrived.wait(10000))
                qFatal("report %d never reached the office", i);
        }
        latencies.push_back(msSince(timer));
    }
    station.ws().sync()->stop();
    office.ws().sync()->stop();
    qunsetenv(CredentialStore::passwordVariable);
    const std::vector<double> raw = rawNotifyMs(pg, 200);
    Bench::report("sync_scan_to_office_p50", Bench::percentile(latencies, 0.5), "ms",
                  Bench::percentile(raw, 0.5));
    Bench::report("sync_scan_to_office_p99", Bench::percentile(latencies, 0.99), "ms",
                  Bench::percentile(raw, 0.99));
}

// Raw SQLite: the same rows, multi-row INSERTs of 200 into plain tables, in one transaction.
double rawInsertMs(const QList<SyncOp> &ops)
{
    QTemporaryDir dir;
    sqlite3 *db = nullptr;
    sqlite3_open(dir.filePath(QStringLiteral("raw.sqlite")).toUtf8().constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL", nullptr, nullptr, nullptr);
    QHash<QString, QStringList> columns;
    for (const SyncOp &op : ops) {
        if (!columns.contains(op.table)) {
            columns.insert(op.table, QStringList{QStringLiteral("row_id")} + op.columns.keys());
            const QString create = QStringLiteral("CREATE TABLE IF NOT EXISTS \"%1\" (%2)")
                                       .arg(op.table, columns.value(op.table).join(QLatin1Char(',')));
            sqlite3_exec(db, create.toUtf8().constData(), nullptr, nullptr, nullptr);
        }
    }
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    for (qsizetype at = 0; at < ops.size(); at += 200) {
        QHash<QString, QStringList> rows;
        for (qsizetype i = at; i < std::min(at + 200, ops.size()); ++i) {
            const SyncOp &op = ops.at(i);
            QStringList values{QStringLiteral("'%1'").arg(op.rowId)};
            for (const QString &column : columns.value(op.table).mid(1)) {
                const QJsonValue value = op.columns.value(column);
                values << (value.isString()
                               ? QStringLiteral("'%1'").arg(value.toString().replace(QLatin1Char('\''), QLatin1String("''")))
                               : value.isDouble() ? QString::number(value.toDouble(), 'g', 17)
                                                  : QStringLiteral("NULL"));
            }
            rows[op.table] << QLatin1Char('(') + values.join(QLatin1Char(',')) + QLatin1Char(')');
        }
        for (auto it = rows.begin(); it != rows.end(); ++it) {
            const QString insert = QStringLiteral("INSERT INTO \"%1\" VALUES %2")
                                       .arg(it.key(), it.value().join(QLatin1Char(',')));
            if (sqlite3_exec(db, insert.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
                qFatal("raw insert: %s", sqlite3_errmsg(db));
        }
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double ms = msSince(timer);
    sqlite3_close(db);
    return ms;
}

void applyThroughput(PgTest::PgTestDatabase &pg, const QString &tenant)
{
    Replica fresh(pg, tenant, QStringLiteral("bench new tablet"));
    SyncServer server(QStringLiteral("bench-pull"));
    require(server.open(fresh.connection, fresh.login.password), "open");
    if (!server.hello(fresh.ws().database().deviceId()))
        qFatal("hello");
    QList<SyncOp> ops;
    qint64 cursor = 0;
    for (;;) {
        const Result<SyncServer::PullPage> page = server.pull(cursor, 10000);
        if (!page)
            qFatal("pull: %s", qPrintable(page.error()));
        for (const QJsonValue &value : page.value().ops)
            ops << SyncOpCodec::fromJson(value, true).value();
        cursor = page.value().cursor;
        if (!page.value().more)
            break;
    }
    fresh.engine.reset();
    const std::shared_ptr<Database> db = [&] {
        Result<std::shared_ptr<Database>> opened = Database::open(fresh.path());
        if (!opened)
            qFatal("open: %s", qPrintable(opened.error()));
        return opened.value();
    }();
    SyncApplier applier(db->connection());
    QElapsedTimer timer;
    timer.start();
    require(applier.apply(ops, cursor).outcome(), "apply");
    const double applyMs = msSince(timer);
    const double rawMs = rawInsertMs(ops);
    const double n = static_cast<double>(ops.size());
    std::printf("# applied %lld pulled changes in %.1f ms; raw SQLite insert of the same rows %.1f ms\n",
                static_cast<long long>(ops.size()), applyMs, rawMs);
    Bench::report("sync_apply_changes_per_s", n / (applyMs / 1000), "changes/s",
                  n / (rawMs / 1000));
}


// The process's peak resident memory (VmHWM) in MiB; reset() starts a new peak from now.
struct PeakMemory
{
    static void reset()
    {
        QFile clear(QStringLiteral("/proc/self/clear_refs"));
        if (clear.open(QIODevice::WriteOnly))
            clear.write("5");
    }
    static double mib()
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
        return -1;
    }
};

int envOr(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

// A factory's first device uploads everything; a new tablet pulls it all into an empty file.
void wholeFactory(PgTest::PgTestDatabase &pg)
{
    QTemporaryDir dir;
    const QString officePath = dir.filePath(QStringLiteral("office.sqlite"));
    const QString tabletPath = dir.filePath(QStringLiteral("tablet.sqlite"));
    DemoOptions options;
    options.workOrders = envOr("TAKTLINE_BENCH_SYNC_ORDERS", 10000);
    options.reports = envOr("TAKTLINE_BENCH_SYNC_REPORTS", 200000);
    int reports = 0;
    QElapsedTimer timer;
    timer.start();
    double buildS = 0; // the baseline: the same factory written on one device by its services
    {
        Result<std::unique_ptr<Workspace>> office = Workspace::open(officePath);
        if (!office)
            qFatal("office: %s", qPrintable(office.error()));
        require(DemoFactory::build(*office.value(), options, &reports), "demo");
        buildS = msSince(timer) / 1000;
        Result<std::unique_ptr<Workspace>> tablet = Workspace::open(tabletPath); // a new, empty file
        if (!tablet)
            qFatal("tablet: %s", qPrintable(tablet.error()));
    }
    const QString tenant = newTenant();
    const PgTest::DeviceLogin officeLogin = pg.addDevice(tenant, QStringLiteral("big office"));
    const PgTest::DeviceLogin tabletLogin = pg.addDevice(tenant, QStringLiteral("big tablet"));
    timer.restart();
    {
        SyncEngine office(officePath, pg.connection(officeLogin), officeLogin.password);
        require(office.syncOnce(), "upload");
    }
    const double uploadS = msSince(timer) / 1000;
    PeakMemory::reset();
    const double before = PeakMemory::mib();
    timer.restart();
    {
        SyncEngine tablet(tabletPath, pg.connection(tabletLogin), tabletLogin.password);
        require(tablet.syncOnce(), "first pull");
    }
    const double pullS = msSince(timer) / 1000;
    const double peak = PeakMemory::mib();
    qint64 pulledReports = 0;
    {
        Result<std::shared_ptr<Database>> tablet = Database::open(tabletPath);
        if (!tablet)
            qFatal("reopen: %s", qPrintable(tablet.error()));
        QSqlQuery count(tablet.value()->connection());
        if (count.exec(QStringLiteral("SELECT count(*) FROM production_reports")) && count.next())
            pulledReports = count.value(0).toLongLong();
    }
    if (pulledReports != reports)
        qFatal("the new device has %lld of %d reports", pulledReports, reports);
    std::printf("# whole factory: %d work orders, %d reports, built in %.1f s: the first device "
                "uploads it in %.1f s, a new device pulls it in %.1f s, peak memory %.0f MiB "
                "(%.0f MiB before the pull)\n",
                options.workOrders, reports, buildS, uploadS, pullS, peak, before);
    Bench::report("sync_first_upload_s", uploadS, "s", buildS);
    Bench::report("sync_new_device_pull_s", pullS, "s", buildS);
    Bench::report("sync_new_device_pull_peak_mib", peak, "MiB", before);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir serverDir;
    const bool ownServer = !PgTest::server().has_value();
    const QString script = QStringLiteral(TAKTLINE_PGSERVER_SCRIPT);
    if (ownServer) {
        if (QProcess::execute(QStringLiteral("sh"), {script, QStringLiteral("start"), serverDir.path()}) != 0)
            qFatal("cannot start the benchmark's PostgreSQL (%s)", qPrintable(script));
        qputenv("TAKTLINE_PGSERVER", serverDir.filePath(QStringLiteral("server.env")).toUtf8());
    }
    {
        PgTest::PgTestDatabase pg;
        if (!pg.isValid())
            qFatal("%s", qPrintable(pg.error()));
        const QString tenant = newTenant();
        Replica station(pg, tenant, QStringLiteral("station"), std::make_unique<TestShop>());
        Replica office(pg, tenant, QStringLiteral("office"));
        require(station.sync(), "first sync");
        require(office.sync(), "first pull");
        roundWithTenChanges(pg, station);
        require(office.sync(), "pull");
        scanToOffice(pg, station, office);
        // A longer history for the apply: a thousand more reports.
        const QString order = station.shop->releasedOrder(station.shop->flange, 5000);
        for (int i = 0; i < 1000; ++i) {
            station.shop->advance(std::chrono::minutes(1));
            station.shop->report(station.shop->request(0, 1, 0, order));
        }
        station.makeEngine();
        require(station.sync(), "push the history");
        applyThroughput(pg, tenant);
        wholeFactory(pg);
    }
    if (ownServer)
        QProcess::execute(QStringLiteral("sh"), {script, QStringLiteral("stop"), serverDir.path()});
    return 0;
}
