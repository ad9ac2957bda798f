// Who may do what on the sync server (docs/sync.md "Server side"): a device of one factory never
// reads or changes another's, whatever its payload claims; a device reads no table; a revoked
// device, a login used by a second file and a clock 10 minutes ahead are refused, saying why.
#include "pgtestserver.h"
#include "syncwire.h"

#include <QDateTime>
#include <QSqlError>
#include <QTest>

using namespace Taktline;
using namespace Taktline::PgTest;

class TstSyncSecurity : public QObject
{
    Q_OBJECT
private slots:
    void deviceNeverSeesOrChangesAnotherFactory();
    void deviceCannotReadOrWriteAnyTable();
    void revokedDeviceIsRefused();
    void loginOfAnotherFileIsRefused();
    void loginThatIsNoDeviceIsRefused();
    void clockTenMinutesAheadIsRefused();
    void badPayloadIsRefused();
};

namespace {

const QString factoryA = QStringLiteral("0a0a0a0a-1111-4111-8111-000000000001");
const QString factoryB = QStringLiteral("0b0b0b0b-2222-4222-8222-000000000002");
const qint64 now = QDateTime::currentMSecsSinceEpoch();

WireDevice device(PgTestDatabase &pg, const DeviceLogin &login)
{
    WireDevice d;
    d.db = pg.connect(login.login, login.password);
    return d;
}

} // namespace

void TstSyncSecurity::deviceNeverSeesOrChangesAnotherFactory()
{
    PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    WireDevice a = device(pg, pg.addDevice(factoryA, QStringLiteral("a"), QStringLiteral("A")));
    WireDevice b = device(pg, pg.addDevice(factoryB, QStringLiteral("b"), QStringLiteral("B")));
    QCOMPARE(a.hello().value(QStringLiteral("tenant")).toString(), factoryA);
    QCOMPARE(b.hello().value(QStringLiteral("tenant")).toString(), factoryB);
    QVERIFY(
        !b.push({WireDevice::mutableOp(QStringLiteral("products"), QStringLiteral("p1"), b.hlc(now),
                                       {{QStringLiteral("name"), QStringLiteral("B's part")}})})
             .isEmpty());

    // A's pull sees nothing of B; A's push naming B's tenant and device lands in A only.
    QVERIFY(a.pull(0).value(QStringLiteral("ops")).toArray().isEmpty());
    QJsonObject forged =
        WireDevice::mutableOp(QStringLiteral("products"), QStringLiteral("p1"), a.hlc(now + 1),
                              {{QStringLiteral("name"), QStringLiteral("hijacked")}});
    forged.insert(QStringLiteral("tenant"), factoryB);
    forged.insert(QStringLiteral("d"), b.deviceId);
    forged.insert(QStringLiteral("device"), b.deviceId);
    QVERIFY2(!a.push({forged}).isEmpty(), qPrintable(a.error));
    QVERIFY(b.pull(0).value(QStringLiteral("ops")).toArray().isEmpty());
    // Nor with B's device in the clock: refused.
    QVERIFY(a.push({WireDevice::mutableOp(QStringLiteral("products"), QStringLiteral("p1"),
                                          b.hlc(now + 2),
                                          {{QStringLiteral("name"), QStringLiteral("hijacked")}})})
                .isEmpty());
    QCOMPARE(a.sqlState, QStringLiteral("TL003"));
    QVERIFY2(a.error.contains(b.deviceId), qPrintable(a.error));

    QSqlDatabase admin = pg.connectAdmin();
    QCOMPARE(call(admin,
                  QStringLiteral("SELECT value #>> '{}' FROM sync.fields WHERE tenant = ?::uuid"),
                  {factoryB})
                 .toString(),
             QStringLiteral("B's part"));
    QCOMPARE(call(admin,
                  QStringLiteral("SELECT string_agg(DISTINCT device::text, ',') FROM sync.changes "
                                 "WHERE tenant = ?::uuid"),
                  {factoryA})
                 .toString(),
             a.deviceId);
}

void TstSyncSecurity::deviceCannotReadOrWriteAnyTable()
{
    PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    const DeviceLogin login = pg.addDevice(factoryA, QStringLiteral("a"));
    WireDevice a = device(pg, login);
    QVERIFY(!a.hello().isEmpty());
    const QStringList tables{QStringLiteral("meta"),    QStringLiteral("tenants"),
                             QStringLiteral("devices"), QStringLiteral("fields"),
                             QStringLiteral("facts"),   QStringLiteral("changes"),
                             QStringLiteral("batches")};
    for (const QString &table : tables) {
        QString error, state;
        QVERIFY(!call(a.db, QStringLiteral("SELECT count(*) FROM sync.%1").arg(table), {}, &error,
                      &state)
                     .isValid());
        QCOMPARE(state, QStringLiteral("42501")); // insufficient privilege
    }
    const QStringList writes{
        QStringLiteral("INSERT INTO sync.tenants (id) VALUES (gen_random_uuid())"),
        QStringLiteral("UPDATE sync.devices SET revoked_at = NULL"),
        QStringLiteral("DELETE FROM sync.changes"),
        QStringLiteral("SELECT sync.add_device('%1', 'x', 'y', '0123456789abcdef0')").arg(factoryA),
        QStringLiteral("SELECT sync.revoke_device('a')"),
        QStringLiteral("SELECT sync.session_device()"),
        QStringLiteral("CREATE TABLE public.mine (x int)"),
        QStringLiteral("CREATE TABLE sync.mine (x int)"),
        QStringLiteral("CREATE TEMP TABLE mine (x int)"),
    };
    for (const QString &sql : writes) {
        QString error, state;
        QVERIFY2(!call(a.db, sql, {}, &error, &state).isValid(), qPrintable(sql));
        QCOMPARE(state, QStringLiteral("42501"));
    }
    // Its own three functions do work.
    QVERIFY(!a.pull(0).isEmpty());
}

void TstSyncSecurity::revokedDeviceIsRefused()
{
    PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    const DeviceLogin login = pg.addDevice(factoryA, QStringLiteral("lost tablet"));
    WireDevice a = device(pg, login);
    QVERIFY(!a.hello().isEmpty());
    QSqlDatabase admin = pg.connectAdmin();
    QCOMPARE(call(admin, QStringLiteral("SELECT sync.revoke_device('lost tablet')")).toString(),
             login.login);
    // Its open session is ended or refused; a new one cannot sign in.
    QVERIFY(a.pull(0).isEmpty());
    QVERIFY(a.push({}).isEmpty());
    QSqlDatabase again = pg.connect(login.login, login.password);
    QVERIFY(!again.isOpen());
    QVERIFY2(again.lastError().text().contains(QLatin1String("not permitted to log in")),
             qPrintable(again.lastError().text()));
    // Were the login still able to sign in, the server itself refuses it with TL002.
    QVERIFY(call(admin, QStringLiteral("ALTER ROLE %1 LOGIN").arg(login.login)).isValid());
    WireDevice back = device(pg, login);
    QVERIFY(back.hello().isEmpty());
    QCOMPARE(back.sqlState, QStringLiteral("TL002"));
    QVERIFY2(back.error.contains(QLatin1String("revoked")), qPrintable(back.error));
}

void TstSyncSecurity::loginOfAnotherFileIsRefused()
{
    PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    const DeviceLogin login = pg.addDevice(factoryA, QStringLiteral("a"));
    WireDevice first = device(pg, login);
    QVERIFY(!first.hello().isEmpty());
    QVERIFY(!first.hello().isEmpty());     // the same file again: fine
    WireDevice second = device(pg, login); // another file with the same login
    QVERIFY(second.hello().isEmpty());
    QCOMPARE(second.sqlState, QStringLiteral("TL004"));
    // Nor can it push under the bound device's name: its clocks carry its own device id.
    QVERIFY(second
                .push({WireDevice::factOp(QStringLiteral("serials"), QStringLiteral("s1"),
                                          second.hlc(now), {})})
                .isEmpty());
    QCOMPARE(second.sqlState, QStringLiteral("TL003"));
}

void TstSyncSecurity::loginThatIsNoDeviceIsRefused()
{
    PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    WireDevice admin;
    admin.db = pg.connectAdmin();
    QVERIFY(admin.hello().isEmpty());
    QCOMPARE(admin.sqlState, QStringLiteral("TL002"));
    WireDevice fresh = device(pg, pg.addDevice(factoryA, QStringLiteral("a")));
    QVERIFY(fresh.push({}).isEmpty()); // push before hello
    QCOMPARE(fresh.sqlState, QStringLiteral("TL003"));
}

void TstSyncSecurity::clockTenMinutesAheadIsRefused()
{
    PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    WireDevice a = device(pg, pg.addDevice(factoryA, QStringLiteral("a")));
    WireDevice b = device(pg, pg.addDevice(factoryA, QStringLiteral("b")));
    QVERIFY(!a.hello().isEmpty() && !b.hello().isEmpty());
    const QString batch = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 ahead = now + 10 * 60 * 1000;
    QVERIFY(a.push({WireDevice::factOp(QStringLiteral("production_reports"), QStringLiteral("r1"),
                                       a.hlc(ahead), {}),
                    WireDevice::factOp(QStringLiteral("production_reports"), QStringLiteral("r2"),
                                       a.hlc(now), {})},
                   batch)
                .isEmpty());
    QCOMPARE(a.sqlState, QStringLiteral("TL001"));
    QVERIFY2(a.error.contains(QLatin1String("minutes ahead of the server")), qPrintable(a.error));
    QVERIFY2(a.error.contains(QLatin1String(" 10")) || a.error.contains(QLatin1String(" 9.9")),
             qPrintable(a.error));
    QVERIFY(b.pull(0).value(QStringLiteral("ops")).toArray().isEmpty()); // nothing of it kept
    // The same batch once the clock is right is taken (the refusal was not stored as its answer).
    const QJsonObject ok =
        a.push({WireDevice::factOp(QStringLiteral("production_reports"), QStringLiteral("r2"),
                                   a.hlc(now + 4 * 60 * 1000), {})},
               batch);
    QCOMPARE(ok.value(QStringLiteral("applied")).toInt(), 1);
}

void TstSyncSecurity::badPayloadIsRefused()
{
    PgTestDatabase pg;
    QVERIFY2(pg.isValid(), qPrintable(pg.error()));
    WireDevice a = device(pg, pg.addDevice(factoryA, QStringLiteral("a")));
    QVERIFY(!a.hello().isEmpty());
    const QList<QJsonObject> bad{
        {{QStringLiteral("t"), QStringLiteral("x; DROP")},
         {QStringLiteral("r"), QStringLiteral("1")},
         {QStringLiteral("k"), QStringLiteral("m")},
         {QStringLiteral("h"), a.hlc(now)},
         {QStringLiteral("c"), QJsonObject()}},
        {{QStringLiteral("t"), QStringLiteral("units")},
         {QStringLiteral("r"), QStringLiteral("1")},
         {QStringLiteral("k"), QStringLiteral("z")},
         {QStringLiteral("h"), a.hlc(now)},
         {QStringLiteral("c"), QJsonObject()}},
        {{QStringLiteral("t"), QStringLiteral("units")},
         {QStringLiteral("r"), QStringLiteral("1")},
         {QStringLiteral("k"), QStringLiteral("m")},
         {QStringLiteral("h"), QStringLiteral("soon")},
         {QStringLiteral("c"), QJsonObject()}},
        {{QStringLiteral("t"), QStringLiteral("units")},
         {QStringLiteral("k"), QStringLiteral("m")},
         {QStringLiteral("h"), a.hlc(now)},
         {QStringLiteral("c"), QJsonObject()}},
        {{QStringLiteral("t"), QStringLiteral("units")},
         {QStringLiteral("r"), QStringLiteral("1")},
         {QStringLiteral("k"), QStringLiteral("m")},
         {QStringLiteral("h"), a.hlc(now)},
         {QStringLiteral("c"), 5}},
    };
    for (const QJsonObject &op : bad) {
        QVERIFY(a.push({op}).isEmpty());
        QCOMPARE(a.sqlState, QStringLiteral("TL003"));
    }
    QVERIFY(a.push({QJsonValue(5)}).isEmpty()); // an operation that is no object
    QCOMPARE(a.sqlState, QStringLiteral("TL003"));
    // Clocks that look almost right: a short time, a bad counter, a device id that is no uuid.
    QString clock = a.hlc(now);
    for (const QString &bent : {clock.mid(1), QString(clock).replace(14, 1, QLatin1Char('g')),
                                QString(clock).replace(20, 1, QLatin1Char('-'))}) {
        QVERIFY(
            a.push({WireDevice::mutableOp(QStringLiteral("units"), QStringLiteral("1"), bent, {})})
                .isEmpty());
        QCOMPARE(a.sqlState, QStringLiteral("TL003"));
    }
}

QTEST_GUILESS_MAIN(TstSyncSecurity)
#include "tst_syncsecurity.moc"
