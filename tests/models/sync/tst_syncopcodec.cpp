// The wire format of sync operations (docs/sync.md, "Operations") and the strict reader of a
// pull answer: an op survives the round trip, and everything a broken or hostile server could
// send — an unknown table or column, a wrong type, a bad clock, a fact without its fields, a
// per-device setting, changes out of order, no JSON at all — is refused with a clear message.
#include "domain/sync/hlc.h"
#include "sync/syncopcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Taktline;

class TstSyncOpCodec : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip();
    void pullAnswerIsRead();
    void badOperationIsRefused_data();
    void badOperationIsRefused();
    void badAnswerIsRefused_data();
    void badAnswerIsRefused();
    void valuesKeepTheirSqlTypes();
};

namespace {

const QString Device = QStringLiteral("0192f3a4-0000-7000-8000-00000000000b");

QJsonObject pulledOp(qint64 seq = 1)
{
    return {{QStringLiteral("t"), QStringLiteral("machines")},
            {QStringLiteral("r"), QStringLiteral("m-1")},
            {QStringLiteral("k"), QStringLiteral("m")},
            {QStringLiteral("h"), Hlc::format({1796558400000, 3, Device})},
            {QStringLiteral("c"), QJsonObject{{QStringLiteral("name"), QStringLiteral("车床")},
                                              {QStringLiteral("capacity"), 2}}},
            {QStringLiteral("s"), double(seq)},
            {QStringLiteral("d"), Device}};
}

QByteArray answer(const QJsonArray &ops, qint64 cursor = 10, bool more = false)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("ops"), ops},
                                     {QStringLiteral("cursor"), double(cursor)},
                                     {QStringLiteral("more"), more},
                                     {QStringLiteral("server_ms"), 1796558400000.0}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

void TstSyncOpCodec::roundTrip()
{
    SyncOp fact;
    fact.table = QStringLiteral("audit_log");
    fact.rowId = QStringLiteral("a-1");
    fact.kind = SyncOp::Kind::Fact;
    fact.hlc = Hlc::format({1796558400000, 0, Device});
    fact.columns = {{QStringLiteral("at_ms"), 1796558400000.0}, {QStringLiteral("device_id"), Device},
                    {QStringLiteral("user_id"), QJsonValue::Null}, {QStringLiteral("entity"), QStringLiteral("x")},
                    {QStringLiteral("entity_id"), QStringLiteral("y")}, {QStringLiteral("action"), QStringLiteral("z")},
                    {QStringLiteral("detail"), QStringLiteral("说明")}};
    fact.chainHash = QStringLiteral("ab12");
    const QJsonObject json = SyncOpCodec::toJson(fact);
    QCOMPARE(json.value(QStringLiteral("k")).toString(), QStringLiteral("f"));
    QCOMPARE(json.value(QStringLiteral("x")).toString(), QStringLiteral("ab12"));
    const Result<SyncOp> back = SyncOpCodec::fromJson(json, false);
    QVERIFY2(back, qPrintable(back.error()));
    QCOMPARE(back.value().columns, fact.columns);
    QCOMPARE(back.value().chainHash, fact.chainHash);
    QCOMPARE(back.value().hlc, fact.hlc);
    QVERIFY(back.value().kind == SyncOp::Kind::Fact);
}

void TstSyncOpCodec::pullAnswerIsRead()
{
    const Result<SyncOpCodec::PullAnswer> read =
        SyncOpCodec::readPullAnswer(answer({pulledOp(4), pulledOp(7)}, 9, true));
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(read.value().ops.size(), 2);
    QCOMPARE(read.value().ops.at(1).seq, 7);
    QCOMPARE(read.value().ops.at(0).device, Device);
    QCOMPARE(read.value().cursor, 9);
    QVERIFY(read.value().more);
}

void TstSyncOpCodec::badOperationIsRefused_data()
{
    QTest::addColumn<QJsonObject>("op");
    QTest::addColumn<QString>("says");
    auto with = [](const char *key, const QJsonValue &value) {
        QJsonObject op = pulledOp();
        op.insert(QLatin1String(key), value);
        return op;
    };
    auto without = [](const char *key) {
        QJsonObject op = pulledOp();
        op.remove(QLatin1String(key));
        return op;
    };
    QTest::newRow("unknown table") << with("t", QStringLiteral("sqlite_master")) << "unknown table";
    QTest::newRow("local table") << with("t", QStringLiteral("meta")) << "unknown table";
    QTest::newRow("table not text") << with("t", 5) << "unknown table";
    QTest::newRow("unknown column")
        << with("c", QJsonObject{{QStringLiteral("password"), QStringLiteral("x")}}) << "unknown column";
    QTest::newRow("value an object")
        << with("c", QJsonObject{{QStringLiteral("name"), QJsonObject{}}}) << "neither text";
    QTest::newRow("value a bool") << with("c", QJsonObject{{QStringLiteral("name"), true}}) << "neither text";
    QTest::newRow("no fields") << with("c", QJsonObject{}) << "without any field";
    QTest::newRow("fields not object") << with("c", QJsonArray{}) << "without its fields";
    QTest::newRow("bad clock") << with("h", QStringLiteral("yesterday")) << "invalid clock";
    QTest::newRow("no clock") << without("h") << "invalid clock";
    QTest::newRow("wrong kind") << with("k", QStringLiteral("f")) << "wrong kind";
    QTest::newRow("no row") << with("r", QString()) << "row id";
    QTest::newRow("long row") << with("r", QString(300, u'x')) << "row id";
    QTest::newRow("no sequence") << without("s") << "server sequence";
    QTest::newRow("sequence text") << with("s", QStringLiteral("1")) << "server sequence";
    QTest::newRow("bad device") << with("d", QStringLiteral("tablet")) << "device";
    QTest::newRow("unknown field") << with("z", 1) << "unknown field";
    QTest::newRow("per-device setting") << QJsonObject{{QStringLiteral("t"), QStringLiteral("settings")},
                                                        {QStringLiteral("r"), QStringLiteral("backup.x.folder")},
                                                        {QStringLiteral("k"), QStringLiteral("m")},
                                                        {QStringLiteral("h"), pulledOp().value(QStringLiteral("h"))},
                                                        {QStringLiteral("c"), QJsonObject{{QStringLiteral("value"), QStringLiteral("/tmp")}}},
                                                        {QStringLiteral("s"), 1},
                                                        {QStringLiteral("d"), Device}}
                                        << "per device";
    QJsonObject fact = pulledOp();
    fact.insert(QStringLiteral("t"), QStringLiteral("audit_log"));
    fact.insert(QStringLiteral("k"), QStringLiteral("f"));
    fact.insert(QStringLiteral("c"), QJsonObject{{QStringLiteral("entity"), QStringLiteral("x")}});
    QTest::newRow("fact missing columns") << fact << "without";
    QJsonObject hash = pulledOp();
    hash.insert(QStringLiteral("x"), QStringLiteral("ab"));
    QTest::newRow("chain hash on a mutable row") << hash << "chain hash";
}

void TstSyncOpCodec::badOperationIsRefused()
{
    QFETCH(QJsonObject, op);
    QFETCH(QString, says);
    const Result<SyncOpCodec::PullAnswer> read = SyncOpCodec::readPullAnswer(answer({op}));
    QVERIFY(!read);
    QVERIFY2(read.error().contains(says), qPrintable(read.error()));
    QVERIFY2(read.error().contains(QStringLiteral("Nothing of it was applied")), qPrintable(read.error()));
}

void TstSyncOpCodec::badAnswerIsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << QByteArray() << "not JSON";
    QTest::newRow("garbage") << QByteArray("\x00\xff{[", 5) << "not JSON";
    QTest::newRow("array") << QByteArray("[]") << "not an object";
    QTest::newRow("no ops") << QByteArray(R"({"cursor":1,"more":false})") << "no list";
    QTest::newRow("negative cursor") << QByteArray(R"({"ops":[],"cursor":-1,"more":false})") << "cursor";
    QTest::newRow("fractional cursor") << QByteArray(R"({"ops":[],"cursor":1.5,"more":false})") << "cursor";
    QTest::newRow("more not bool") << QByteArray(R"({"ops":[],"cursor":1,"more":"no"})") << "more follows";
    QTest::newRow("out of order") << answer({pulledOp(5), pulledOp(3)}) << "order";
    QTest::newRow("past the cursor") << answer({pulledOp(11)}, 10) << "order";
    QTest::newRow("deep nesting") << QByteArray(100000, '[') << "not JSON";
}

void TstSyncOpCodec::badAnswerIsRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, says);
    const Result<SyncOpCodec::PullAnswer> read = SyncOpCodec::readPullAnswer(json);
    QVERIFY(!read);
    QVERIFY2(read.error().contains(says), qPrintable(read.error()));
}

void TstSyncOpCodec::valuesKeepTheirSqlTypes()
{
    QCOMPARE(SyncOpCodec::toSql(QJsonValue(42.0)).typeId(), QMetaType::LongLong);
    QCOMPARE(SyncOpCodec::toSql(QJsonValue(2.5)).toDouble(), 2.5);
    QVERIFY(SyncOpCodec::toSql(QJsonValue::Null).isNull());
    QCOMPARE(SyncOpCodec::toSql(QJsonValue(QStringLiteral("007"))).toString(), QStringLiteral("007"));
    QCOMPARE(SyncOpCodec::fromSql(QVariant(qint64(1796558400000))).toDouble(), 1796558400000.0);
    QVERIFY(SyncOpCodec::fromSql(QVariant(QMetaType::fromType<QString>())).isNull());
}

QTEST_GUILESS_MAIN(TstSyncOpCodec)
#include "tst_syncopcodec.moc"
