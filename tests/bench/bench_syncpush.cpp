// Sync server throughput on 127.0.0.1 (cloud/*.sql): changes pushed per second through
// sync.push (batches of 500: tenant lock, per-field merge, facts once, change log, NOTIFY) and
// pulled per second through sync.pull (pages of 1000), each against the raw baseline in the same
// run: a plain multi-row INSERT of the same rows into a PostgreSQL table, one transaction per
// batch, and a plain paged SELECT of them. Uses the test fixture's server (TAKTLINE_PGSERVER) or
// starts one with tests/sync/pgserver.sh.
#include "benchreport.h"
#include "pgtestserver.h"
#include "syncwire.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Taktline;
using namespace Taktline::PgTest;

namespace {

constexpr int Batches = 100;
constexpr int PerBatch = 500;
const QString factory = QStringLiteral("be0c0000-0000-4000-8000-000000000001");

// One batch: 7 in 10 are edits of 3 fields of a work order, the rest production reports.
QJsonArray batch(const WireDevice &device, qint64 now, int b)
{
    QJsonArray ops;
    for (int k = 0; k < PerBatch; ++k) {
        const int i = b * PerBatch + k;
        const QString hlc = device.hlc(now, i % 0xffff);
        if (k % 10 < 7) {
            ops.append(WireDevice::mutableOp(
                QStringLiteral("work_orders"), QStringLiteral("wo-%1").arg(i), hlc,
                {{QStringLiteral("state"), QStringLiteral("released")},
                 {QStringLiteral("quantity"), i % 500},
                 {QStringLiteral("note"), QStringLiteral("rush 加急 %1").arg(i)}}));
        } else {
            ops.append(WireDevice::factOp(
                QStringLiteral("production_reports"), QStringLiteral("rep-%1").arg(i), hlc,
                {{QStringLiteral("good"), i % 50},
                 {QStringLiteral("scrap"), 0},
                 {QStringLiteral("operation_id"), QStringLiteral("op-%1").arg(i)}},
                QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0'))));
        }
    }
    return ops;
}

QString literal(QSqlDriver *driver, const QString &text)
{
    QSqlField field(QStringLiteral("v"), QMetaType(QMetaType::QString));
    field.setValue(text);
    return driver->formatValue(field);
}

void die(const QString &what)
{
    qFatal("bench_syncpush: %s", qPrintable(what));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir serverDir;
    const bool ownServer =
        qEnvironmentVariableIsEmpty("TAKTLINE_PGSERVER") && qEnvironmentVariableIsEmpty("PGHOST");
    if (ownServer) {
        if (QProcess::execute(QStringLiteral("sh"), {QStringLiteral(TAKTLINE_PGSERVER_SCRIPT),
                                                     QStringLiteral("start"), serverDir.path()}) !=
            0)
            die(QStringLiteral("cannot start a PostgreSQL server"));
        qputenv("TAKTLINE_PGSERVER",
                serverDir.filePath(QStringLiteral("server.env")).toLocal8Bit());
    }
    {
        PgTestDatabase pg;
        if (!pg.isValid())
            die(pg.error());
        const DeviceLogin pusherLogin = pg.addDevice(factory, QStringLiteral("pusher"));
        const DeviceLogin pullerLogin = pg.addDevice(factory, QStringLiteral("puller"));
        WireDevice pusher, puller;
        pusher.db = pg.connect(pusherLogin.login, pusherLogin.password);
        puller.db = pg.connect(pullerLogin.login, pullerLogin.password);
        if (pusher.hello().isEmpty() || puller.hello().isEmpty())
            die(pusher.error + puller.error);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<QJsonArray> batches;
        for (int b = 0; b < Batches; ++b)
            batches.append(batch(pusher, now, b));
        constexpr double changes = double(Batches) * PerBatch;

        // Both sides get their statement's text ready beforehand: JSON here, SQL below.
        QStringList payloads;
        for (const QJsonArray &ops : std::as_const(batches))
            payloads.append(QString::fromUtf8(QJsonDocument(ops).toJson(QJsonDocument::Compact)));
        QElapsedTimer timer;
        timer.start();
        for (const QString &payload : std::as_const(payloads)) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            if (pusher.pushText(payload, id).value(QStringLiteral("applied")).toInt() != PerBatch)
                die(QStringLiteral("push: ") + pusher.error);
        }
        const double pushPerSecond = changes / (double(timer.nsecsElapsed()) / 1e9);

        // Baseline: the same rows, multi-row INSERT into a plain table, one transaction each.
        QSqlDatabase admin = pg.connectAdmin();
        QSqlQuery raw(admin);
        if (!raw.exec(
                QStringLiteral("CREATE TABLE raw_changes (seq bigserial PRIMARY KEY, tbl text, "
                               "row_id text, hlc text, cols jsonb, chain text)")))
            die(raw.lastError().text());
        QStringList statements;
        for (const QJsonArray &ops : std::as_const(batches)) {
            QStringList rows;
            for (const QJsonValue &value : ops) {
                const QJsonObject op = value.toObject();
                const QString cols =
                    QString::fromUtf8(QJsonDocument(op.value(QStringLiteral("c")).toObject())
                                          .toJson(QJsonDocument::Compact));
                rows.append(
                    QStringLiteral("(%1, %2, %3, %4::jsonb, %5)")
                        .arg(literal(admin.driver(), op.value(QStringLiteral("t")).toString()),
                             literal(admin.driver(), op.value(QStringLiteral("r")).toString()),
                             literal(admin.driver(), op.value(QStringLiteral("h")).toString()),
                             literal(admin.driver(), cols),
                             op.contains(QStringLiteral("x"))
                                 ? literal(admin.driver(), op.value(QStringLiteral("x")).toString())
                                 : QStringLiteral("NULL")));
            }
            statements.append(
                QStringLiteral("INSERT INTO raw_changes (tbl, row_id, hlc, cols, chain) VALUES ") +
                rows.join(QLatin1Char(',')));
        }
        timer.restart();
        for (const QString &statement : std::as_const(statements)) {
            admin.transaction();
            if (!raw.exec(statement))
                die(raw.lastError().text());
            admin.commit();
        }
        const double rawInsertPerSecond = changes / (double(timer.nsecsElapsed()) / 1e9);
        Bench::report("sync_push_changes_per_s", pushPerSecond, "changes/s", rawInsertPerSecond);

        // Pull everything in pages of 1000, against a plain paged SELECT of the raw rows.
        timer.restart();
        qint64 cursor = 0;
        int pulled = 0;
        for (bool more = true; more;) {
            const QJsonObject page = puller.pull(cursor, 1000);
            if (page.isEmpty())
                die(QStringLiteral("pull: ") + puller.error);
            pulled += int(page.value(QStringLiteral("ops")).toArray().size());
            cursor = page.value(QStringLiteral("cursor")).toInteger();
            more = page.value(QStringLiteral("more")).toBool();
        }
        if (pulled != int(changes))
            die(QStringLiteral("pulled %1 of %2").arg(pulled).arg(changes));
        const double pullPerSecond = changes / (double(timer.nsecsElapsed()) / 1e9);
        timer.restart();
        qint64 seq = 0;
        int read = 0;
        for (bool more = true; more;) {
            QSqlQuery page(admin);
            page.setForwardOnly(true);
            if (!page.exec(
                    QStringLiteral(
                        "SELECT seq, tbl, row_id, hlc, cols::text AS cols, chain FROM raw_changes "
                        "WHERE seq > %1 ORDER BY seq LIMIT 1000")
                        .arg(seq)))
                die(page.lastError().text());
            int rows = 0;
            while (page.next()) {
                seq = page.value(QStringLiteral("seq")).toLongLong();
                QJsonDocument::fromJson(page.value(QStringLiteral("cols")).toByteArray());
                ++rows;
            }
            read += rows;
            more = rows == 1000;
        }
        const double rawSelectPerSecond = read / (double(timer.nsecsElapsed()) / 1e9);
        Bench::report("sync_pull_changes_per_s", pullPerSecond, "changes/s", rawSelectPerSecond);
    }
    if (ownServer) {
        QProcess::execute(QStringLiteral("sh"), {QStringLiteral(TAKTLINE_PGSERVER_SCRIPT),
                                                 QStringLiteral("stop"), serverDir.path()});
    }
    return 0;
}
