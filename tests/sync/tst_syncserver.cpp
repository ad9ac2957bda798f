// The sync server's protocol (cloud/*.sql, docs/sync.md "Server side") on a real PostgreSQL:
// push and pull, retried batches, per-field last-writer-wins, facts kept once, a pull cursor that
// never skips a change under concurrent pushers, and the NOTIFY that makes sync live.
#include "pgtestserver.h"
#include "syncwire.h"

#include <QDateTime>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

using namespace Taktline;
using namespace Taktline::PgTest;

class TstSyncServer : public QObject
{
    Q_OBJECT
private slots:
    void pushedChangesArePulledByTheOtherDevice();
    void retriedBatchGetsItsAnswerAndChangesNothing();
    void fieldsMergeByClock();
    void factsAreKeptOnce();
    void pullPagesFollowTheCursor();
    void concurrentPushersNeverMakeAPullSkipAChange();
    void pushNotifiesTheTenantsChannel();
};

namespace {

const QString factory = QStringLiteral("5d1c0e2a-6f7b-4c1e-9a59-0c7a1a3f0001");
const qint64 now = QDateTime::currentMSecsSinceEpoch();

// Two devices of one factory that have said hello.
struct Pair
{
    PgTestDatabase pg;
    WireDevice a, b;
    bool ready = false;
    Pair()
    {
        if (!pg.isValid())
            return;
        const auto la = pg.addDevice(factory, QStringLiteral("office"));
        const auto lb = pg.addDevice(factory, QStringLiteral("tablet"));
        a.db = pg.connect(la.login, la.password);
        b.db = pg.connect(lb.login, lb.password);
        ready = !a.hello().isEmpty() && !b.hello().isEmpty();
    }
};

QJsonObject cols(std::initializer_list<std::pair<QString, QJsonValue>> values)
{
    QJsonObject o;
    for (const auto &[k, v] : values)
        o.insert(k, v);
    return o;
}

} // namespace

void TstSyncServer::pushedChangesArePulledByTheOtherDevice()
{
    Pair p;
    QVERIFY2(p.ready, qPrintable(p.pg.error() + p.a.error + p.b.error));
    const QJsonObject answer = p.a.push(
        {WireDevice::mutableOp(QStringLiteral("work_orders"), QStringLiteral("wo1"), p.a.hlc(now),
                               cols({{QStringLiteral("state"), QStringLiteral("released")},
                                     {QStringLiteral("quantity"), 50},
                                     {QStringLiteral("note"), QJsonValue::Null}})),
         WireDevice::factOp(QStringLiteral("production_reports"), QStringLiteral("r1"),
                            p.a.hlc(now, 1), cols({{QStringLiteral("good"), 12}}),
                            QStringLiteral("hash1"))});
    QVERIFY2(!answer.isEmpty(), qPrintable(p.a.error));
    QCOMPARE(answer.value(QStringLiteral("applied")).toInt(), 2);
    QCOMPARE(answer.value(QStringLiteral("seq")).toInt(), 2);

    const QJsonObject pulled = p.b.pull(0);
    const QJsonArray ops = pulled.value(QStringLiteral("ops")).toArray();
    QCOMPARE(ops.size(), 2);
    const QJsonObject wo = ops.at(0).toObject();
    QCOMPARE(wo.value(QStringLiteral("s")).toInt(), 1);
    QCOMPARE(wo.value(QStringLiteral("t")).toString(), QStringLiteral("work_orders"));
    QCOMPARE(wo.value(QStringLiteral("r")).toString(), QStringLiteral("wo1"));
    QCOMPARE(wo.value(QStringLiteral("k")).toString(), QStringLiteral("m"));
    QCOMPARE(wo.value(QStringLiteral("h")).toString(), p.a.hlc(now));
    QCOMPARE(wo.value(QStringLiteral("d")).toString(), p.a.deviceId);
    const QJsonObject c = wo.value(QStringLiteral("c")).toObject();
    QCOMPARE(c.value(QStringLiteral("state")).toString(), QStringLiteral("released"));
    QCOMPARE(c.value(QStringLiteral("quantity")).toInt(), 50);
    QVERIFY(c.contains(QStringLiteral("note")) && c.value(QStringLiteral("note")).isNull());
    QVERIFY(!wo.contains(QStringLiteral("x")));
    const QJsonObject report = ops.at(1).toObject();
    QCOMPARE(report.value(QStringLiteral("k")).toString(), QStringLiteral("f"));
    QCOMPARE(report.value(QStringLiteral("x")).toString(), QStringLiteral("hash1"));
    QCOMPARE(pulled.value(QStringLiteral("cursor")).toInt(), 2);
    QCOMPARE(pulled.value(QStringLiteral("more")).toBool(), false);
    QVERIFY(pulled.value(QStringLiteral("server_ms")).toDouble() > 0);

    // The pusher does not get its own changes back, but its cursor moves past them.
    const QJsonObject own = p.a.pull(0);
    QVERIFY(own.value(QStringLiteral("ops")).toArray().isEmpty());
    QCOMPARE(own.value(QStringLiteral("cursor")).toInt(), 2);
}

void TstSyncServer::retriedBatchGetsItsAnswerAndChangesNothing()
{
    Pair p;
    QVERIFY2(p.ready, qPrintable(p.pg.error() + p.a.error + p.b.error));
    const QString batch = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonArray ops{
        WireDevice::mutableOp(QStringLiteral("machines"), QStringLiteral("m1"), p.a.hlc(now),
                              cols({{QStringLiteral("name"), QStringLiteral("CNC-1")}}))};
    const QJsonObject first = p.a.push(ops, batch);
    QVERIFY2(!first.isEmpty(), qPrintable(p.a.error));
    // The same batch id again, even with other content (a retry after a cut): the stored answer.
    const QJsonObject again = p.a.push(
        {WireDevice::mutableOp(QStringLiteral("machines"), QStringLiteral("m1"), p.a.hlc(now + 5),
                               cols({{QStringLiteral("name"), QStringLiteral("changed")}}))},
        batch);
    QCOMPARE(again, first);
    const QJsonArray pulled = p.b.pull(0).value(QStringLiteral("ops")).toArray();
    QCOMPARE(pulled.size(), 1);
    QCOMPARE(pulled.at(0)
                 .toObject()
                 .value(QStringLiteral("c"))
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             QStringLiteral("CNC-1"));
}

void TstSyncServer::fieldsMergeByClock()
{
    Pair p;
    QVERIFY2(p.ready, qPrintable(p.pg.error() + p.a.error + p.b.error));
    const QString t = QStringLiteral("products"), r = QStringLiteral("p1");
    QVERIFY(
        !p.a.push({WireDevice::mutableOp(t, r, p.a.hlc(now, 5),
                                         cols({{QStringLiteral("name"), QStringLiteral("A5")},
                                               {QStringLiteral("unit"), QStringLiteral("pcs")}}))})
             .isEmpty());
    // Older clock loses; a newer one wins field by field; duplicates in one batch: newest wins.
    const QJsonObject answer =
        p.b.push({WireDevice::mutableOp(t, r, p.b.hlc(now - 1000),
                                        cols({{QStringLiteral("name"), QStringLiteral("old")}})),
                  WireDevice::mutableOp(t, r, p.b.hlc(now + 10, 2),
                                        cols({{QStringLiteral("unit"), QStringLiteral("kg")}})),
                  WireDevice::mutableOp(t, r, p.b.hlc(now + 10, 1),
                                        cols({{QStringLiteral("unit"), QStringLiteral("m")}}))});
    QVERIFY2(!answer.isEmpty(), qPrintable(p.b.error));
    QCOMPARE(answer.value(QStringLiteral("applied")).toInt(), 1); // one op won one field

    QSqlDatabase admin = p.pg.connectAdmin();
    QCOMPARE(call(admin, QStringLiteral("SELECT string_agg(col || '=' || (value #>> '{}'), ',' "
                                        "ORDER BY col) FROM sync.fields WHERE row_id = 'p1'"))
                 .toString(),
             QStringLiteral("name=A5,unit=kg"));
    const QJsonArray ops = p.a.pull(0).value(QStringLiteral("ops")).toArray();
    QCOMPARE(ops.size(), 1);
    const QJsonObject op = ops.at(0).toObject();
    QCOMPARE(op.value(QStringLiteral("h")).toString(), p.b.hlc(now + 10, 2));
    QCOMPARE(op.value(QStringLiteral("c")).toObject(),
             cols({{QStringLiteral("unit"), QStringLiteral("kg")}}));
    // A push where nothing wins logs nothing.
    const QJsonObject lost = p.b.push({WireDevice::mutableOp(
        t, r, p.b.hlc(now - 5), cols({{QStringLiteral("unit"), QStringLiteral("x")}}))});
    QCOMPARE(lost.value(QStringLiteral("applied")).toInt(), 0);
    QCOMPARE(lost.value(QStringLiteral("seq")).toInt(),
             answer.value(QStringLiteral("seq")).toInt());
}

void TstSyncServer::factsAreKeptOnce()
{
    Pair p;
    QVERIFY2(p.ready, qPrintable(p.pg.error() + p.a.error + p.b.error));
    const QJsonObject fact =
        WireDevice::factOp(QStringLiteral("production_reports"), QStringLiteral("r1"), p.a.hlc(now),
                           cols({{QStringLiteral("good"), 5}}));
    QCOMPARE(p.a.push({fact, fact}).value(QStringLiteral("applied")).toInt(), 1);
    QCOMPARE(p.a.push({fact}).value(QStringLiteral("applied")).toInt(), 0);
    QSqlDatabase admin = p.pg.connectAdmin();
    QCOMPARE(call(admin, QStringLiteral("SELECT count(*) FROM sync.facts")).toInt(), 1);
    QCOMPARE(p.b.pull(0).value(QStringLiteral("ops")).toArray().size(), 1);
}

void TstSyncServer::pullPagesFollowTheCursor()
{
    Pair p;
    QVERIFY2(p.ready, qPrintable(p.pg.error() + p.a.error + p.b.error));
    QJsonArray ops;
    for (int i = 0; i < 25; ++i)
        ops.append(WireDevice::factOp(QStringLiteral("serials"), QStringLiteral("s%1").arg(i),
                                      p.a.hlc(now, i), cols({{QStringLiteral("n"), i}})));
    QCOMPARE(p.a.push(ops).value(QStringLiteral("applied")).toInt(), 25);
    qint64 cursor = 0;
    QList<int> seen;
    QList<int> totals; // what each page says is still to fetch after it
    for (bool more = true; more;) {
        const QJsonObject page = p.b.pull(cursor, 10);
        totals.append(page.value(QStringLiteral("total")).toInt(-1));
        for (const QJsonValue &op : page.value(QStringLiteral("ops")).toArray())
            seen.append(op.toObject()
                            .value(QStringLiteral("c"))
                            .toObject()
                            .value(QStringLiteral("n"))
                            .toInt());
        more = page.value(QStringLiteral("more")).toBool();
        cursor = page.value(QStringLiteral("cursor")).toInteger();
    }
    QCOMPARE(seen.size(), 25);
    for (int i = 0; i < 25; ++i)
        QCOMPARE(seen.at(i), i); // clock order within the batch
    QCOMPARE(cursor, 25);
    QCOMPARE(totals, (QList<int>{15, 5, 0}));
}

// Several devices push at once while another pulls again and again with a small page: the
// pulled sequence numbers are exactly 1..N with nothing skipped or doubled.
void TstSyncServer::concurrentPushersNeverMakeAPullSkipAChange()
{
    PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    constexpr int pushers = 4, batches = 40, perBatch = 15;
    std::vector<DeviceLogin> logins;
    for (int i = 0; i < pushers; ++i)
        logins.push_back(pg.addDevice(factory, QStringLiteral("pusher %1").arg(i)));
    const DeviceLogin readerLogin = pg.addDevice(factory, QStringLiteral("reader"));
    std::atomic<int> running{pushers};
    std::atomic<int> failures{0};
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < pushers; ++i) {
        threads.emplace_back(QThread::create([&pg, &running, &failures, login = logins.at(i), i] {
            {
                WireDevice device;
                device.db = pg.connect(login.login, login.password);
                if (device.hello().isEmpty())
                    ++failures;
                for (int b = 0; b < batches && failures == 0; ++b) {
                    QJsonArray ops;
                    for (int k = 0; k < perBatch; ++k)
                        ops.append(
                            WireDevice::factOp(QStringLiteral("production_reports"),
                                               QStringLiteral("%1-%2-%3").arg(i).arg(b).arg(k),
                                               device.hlc(now, b * perBatch + k), QJsonObject()));
                    if (device.push(ops).isEmpty())
                        ++failures;
                }
                device.db.close();
            }
            --running;
        }));
        threads.back()->start();
    }
    WireDevice reader;
    reader.db = pg.connect(readerLogin.login, readerLogin.password);
    QVERIFY2(!reader.hello().isEmpty(), qPrintable(reader.error));
    QList<qint64> seqs;
    QSet<QString> rows;
    qint64 cursor = 0;
    bool more = true;
    while (running > 0 || more) {
        const bool wasRunning = running > 0;
        const QJsonObject page = reader.pull(cursor, 7);
        QVERIFY2(!page.isEmpty(), qPrintable(reader.error));
        for (const QJsonValue &v : page.value(QStringLiteral("ops")).toArray()) {
            seqs.append(v.toObject().value(QStringLiteral("s")).toInteger());
            rows.insert(v.toObject().value(QStringLiteral("r")).toString());
        }
        cursor = page.value(QStringLiteral("cursor")).toInteger();
        more = page.value(QStringLiteral("more")).toBool() || wasRunning;
    }
    for (auto &thread : threads)
        thread->wait();
    QCOMPARE(failures.load(), 0);
    constexpr int total = pushers * batches * perBatch;
    QCOMPARE(seqs.size(), total);
    QCOMPARE(rows.size(), total);
    for (int i = 0; i < total; ++i)
        QCOMPARE(seqs.at(i), qint64(i + 1));
}

void TstSyncServer::pushNotifiesTheTenantsChannel()
{
    Pair p;
    QVERIFY2(p.ready, qPrintable(p.pg.error() + p.a.error + p.b.error));
    const QString channel = p.b.hello().value(QStringLiteral("channel")).toString();
    QCOMPARE(channel, QStringLiteral("taktline_") + QString(factory).remove(QLatin1Char('-')));
    QSqlDriver *driver = p.b.db.driver();
    QVERIFY(driver->subscribeToNotification(channel));
    QSignalSpy spy(driver,
                   qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
                       &QSqlDriver::notification));
    // Nothing logged, nothing notified; a logged change notifies once.
    QVERIFY(!p.a.push({}).isEmpty());
    QVERIFY(!p.a.push({WireDevice::factOp(QStringLiteral("serials"), QStringLiteral("s1"),
                                          p.a.hlc(now), {})})
                 .isEmpty());
    QTRY_COMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), channel);
    QCOMPARE(spy.at(0).at(1).value<QSqlDriver::NotificationSource>(), QSqlDriver::OtherSource);
}

QTEST_GUILESS_MAIN(TstSyncServer)
#include "tst_syncserver.moc"
