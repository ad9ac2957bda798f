// Industrial-internet identifiers (工业互联网标识) as a factory registers them: the enterprise
// prefix is checked before it is saved (a bad one is refused and the old one kept), and the
// batch registration file for the secondary node (CSV for Excel, JSON) holds the lots and
// serials of the chosen days, correctly quoted, and is refused without a prefix.
// Labels carrying identifiers: tst_identifierlabels.cpp.
#include "fixturehelpers.h"
#include "io/identifierregistration.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/settingsservice.h"
#include "services/planning/routingservice.h"
#include "services/serials/serialservice.h"
#include "services/station/reportingservice.h"
#include "services/trace/traceservice.h"
#include "testshop.h"
#include "testworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Taktline;
using namespace Qt::StringLiterals;

class TstIdentifiers : public QObject
{
    Q_OBJECT
private slots:
    void goodPrefixesAreSavedTidied_data();
    void goodPrefixesAreSavedTidied();
    void badPrefixesAreRefusedAndTheOldOneKept_data();
    void badPrefixesAreRefusedAndTheOldOneKept();
    void labelsCarryTheIdentifierOnlyWithAPrefixAndPermission();
    void registrationHoldsTheChosenDaysOnly();
    void csvIsQuotedForExcel();
    void jsonHasTheRegistrationShape();
    void refusedWithoutPrefixOrWithBadInputWritesNothing();
};

namespace {

const QString Prefix = QStringLiteral("88.118.8");
const QString FactoryName = QStringLiteral("精工阀门, \"一厂\"");
const QString ProductName = QStringLiteral("阀体, DN15 \"铸\"");

// Day DAY of the shop's week (0: Monday) at HOUR:MINUTE local time: registration days are local.
qint64 localMs(int day, int hour, int minute = 0)
{
    return QDateTime(TestShop::day(day), QTime(hour, minute)).toMSecsSinceEpoch();
}

QString iso(int day)
{
    return TestShop::day(day).toString(Qt::ISODate);
}

// A valve line in the shop (no steel lot): one product on the lathe, three material lots
// received on Friday, Monday and Wednesday, production lots first reported on Monday, Tuesday
// (a number no identifier can carry) and Friday, serials generated on Monday, late on Tuesday
// and at Wednesday's midnight.
struct Factory : TestShop
{
    QString valve;
    QStringList serials;
    QHash<QString, QString> orderOfLot;

    explicit Factory(bool withPrefix = true)
        : TestShop(Options{.lot = false})
    {
        Fixture::require(ws->settings()->setFactoryName(FactoryName), "factory name");
        if (withPrefix)
            Fixture::require(ws->settings()->setIdentifierSettings(Prefix, true), "prefix");
        valve = create(MasterDataKind::Product,
                       {{"part_no", "VB-15"}, {"name", "阀体, DN15 \"铸\""}, {"spec", "HT200"}});
        Fixture::require(
            ws->routing()->setOperations(valve, {{{}, QStringLiteral("车削"), 30, lathe}}),
            "routing");
        receiveOn(QStringLiteral("L-FR"), -3);
        receiveOn(QStringLiteral("L-MO"), 0);
        receiveOn(QStringLiteral("L-WE"), 2);
        const QString first = producedLot(QStringLiteral("PL-MO"), localMs(0, 10));
        producedLot(QStringLiteral("PL TU 坏"), localMs(1, 10));
        producedLot(QStringLiteral("PL-FR"), localMs(4, 10));
        serials << generate(first, localMs(0, 9), 2) << generate(first, localMs(1, 23, 59), 1)
                << generate(first, localMs(2, 0), 1);
    }
    void receiveOn(const QString &lotNo, int day) const
    {
        LotReceipt receipt;
        receipt.lotNo = lotNo;
        receipt.productId = valve;
        receipt.quantity = 100;
        receipt.receivedOn = TestShop::day(day);
        receive(receipt);
    }
    QString producedLot(const QString &lotNo, qint64 firstReportMs)
    {
        const QString id = releasedOrder(valve, 10, day(7), lotNo);
        setNow(firstReportMs);
        report(request(0, 1, 0, id));
        orderOfLot.insert(lotNo, id);
        return id;
    }
    QStringList generate(const QString &orderId, qint64 atMs, int count)
    {
        setNow(atMs);
        const Result<QStringList> made =
            ws->serials()->generate(orderId, QStringLiteral("VB{seq:4}"), count);
        Fixture::require(made.outcome(), "serials");
        return made.value();
    }
    QString numberOfLot(const QString &lotNo) const { return number(orderOfLot.value(lotNo)); }
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"')
                field += text.at(++i);
            else if (c == u'"')
                quoted = false;
            else
                field += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

void TstIdentifiers::goodPrefixesAreSavedTidied_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("saved");
    QTest::addRow("three parts") << u"88.118.8"_s << u"88.118.8"_s;
    QTest::addRow("four-digit industry") << u"88.1002.35"_s << u"88.1002.35"_s;
    QTest::addRow("more parts") << u"88.100.12.7"_s << u"88.100.12.7"_s;
    QTest::addRow("spaces around") << u"  88.118.8 \t"_s << u"88.118.8"_s;
    QTest::addRow("Chinese input method") << u"８８。１１８。８"_s << u"88.118.8"_s;
}

void TstIdentifiers::goodPrefixesAreSavedTidied()
{
    QFETCH(QString, typed);
    QFETCH(QString, saved);
    TestWorkspace ws;
    QSignalSpy changed(ws->settings(), &SettingsService::settingsChanged);
    const Outcome set = ws->settings()->setIdentifierPrefix(typed);
    QVERIFY2(set, qPrintable(set.error()));
    QCOMPARE(ws->settings()->identifierPrefix(), saved);
    QCOMPARE(changed.count(), 1);
    ws.reopen();
    QCOMPARE(ws->settings()->identifierPrefix(), saved);
}

void TstIdentifiers::badPrefixesAreRefusedAndTheOldOneKept_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("says");
    QTest::addRow("other top-level code") << u"86.118.8"_s << u"88"_s;
    QTest::addRow("two parts only") << u"88.118"_s << u"88.1002.35"_s;
    QTest::addRow("top-level code only") << u"88"_s << u"incomplete"_s;
    QTest::addRow("two dots") << u"88..118.8"_s << u"empty part"_s;
    QTest::addRow("dot at the end") << u"88.118.8."_s << u"empty part"_s;
    QTest::addRow("letters") << u"88.ABC.8"_s << u"only digits"_s;
    QTest::addRow("slashes") << u"88/118/8"_s << u"only digits"_s;
    QTest::addRow("a whole identifier") << u"88.118.8/LOT:L1"_s << u"only digits"_s;
    QTest::addRow("space inside") << u"88. 118.8"_s << u"only digits"_s;
    QTest::addRow("part too long") << u"88.12345678901.8"_s << u"too long"_s;
    QTest::addRow("too many parts") << u"88.1.2.3.4.5.6.7.8"_s << u"too long"_s;
}

void TstIdentifiers::badPrefixesAreRefusedAndTheOldOneKept()
{
    QFETCH(QString, typed);
    QFETCH(QString, says);
    TestWorkspace ws;
    QVERIFY(ws->settings()->setIdentifierSettings(Prefix, true));
    QSignalSpy changed(ws->settings(), &SettingsService::settingsChanged);
    const Outcome set = ws->settings()->setIdentifierPrefix(typed);
    QVERIFY(!set);
    QVERIFY2(set.error().contains(says), qPrintable(set.error()));
    QVERIFY2(set.error().contains(typed.trimmed()), qPrintable(set.error()));
    QCOMPARE(ws->settings()->identifierPrefix(), Prefix);
    QVERIFY(ws->settings()->labelsCarryIdentifier());
    QCOMPARE(changed.count(), 0);
}

void TstIdentifiers::labelsCarryTheIdentifierOnlyWithAPrefixAndPermission()
{
    TestWorkspace ws;
    SettingsService *settings = ws->settings();
    QCOMPARE(settings->labelIdentifierPrefix(), QString());
    const Outcome withoutPrefix = settings->setLabelsCarryIdentifier(true);
    QVERIFY(!withoutPrefix);
    QVERIFY2(withoutPrefix.error().contains(u"prefix"_s), qPrintable(withoutPrefix.error()));
    QVERIFY(!settings->labelsCarryIdentifier());

    QVERIFY(settings->setIdentifierPrefix(Prefix));
    QCOMPARE(settings->labelIdentifierPrefix(), QString()); // set, but labels do not carry it
    QVERIFY(settings->setLabelsCarryIdentifier(true));
    QCOMPARE(settings->labelIdentifierPrefix(), Prefix);
    // Clearing the prefix while labels carry it would leave them half-set: refused.
    QVERIFY(!settings->setIdentifierPrefix(QString()));
    QCOMPARE(settings->identifierPrefix(), Prefix);
    QVERIFY(settings->setIdentifierSettings(QString(), false));
    QCOMPARE(settings->identifierPrefix(), QString());

    ws->access()->signIn({u"op"_s, u"operator"_s, u"Operator"_s, Role::Operator});
    const Outcome denied = settings->setIdentifierSettings(Prefix, true);
    QVERIFY(!denied);
    QCOMPARE(settings->identifierPrefix(), QString());
    QVERIFY(!settings->labelsCarryIdentifier());
}

void TstIdentifiers::registrationHoldsTheChosenDaysOnly()
{
    Factory factory;
    QStringList leftOut;
    const Result<QList<IdentifierRecord>> records =
        IdentifierRegistration(factory.ws.get())
            .records(TestShop::day(-2), TestShop::day(1), &leftOut);
    QVERIFY2(records, qPrintable(records.error()));
    QStringList found;
    for (const IdentifierRecord &record : records.value())
        found << record.date.toString(Qt::ISODate) + u' ' + record.kind + u' ' + record.identifier;
    const QStringList serials = factory.serials;
    QCOMPARE(found, (QStringList{iso(0) + u" material_lot 88.118.8/LOT:L-MO"_s,
                                 iso(0) + u" production_lot 88.118.8/LOT:PL-MO"_s,
                                 iso(0) + u" serial 88.118.8/SN:"_s + serials.at(0),
                                 iso(0) + u" serial 88.118.8/SN:"_s + serials.at(1),
                                 iso(1) + u" serial 88.118.8/SN:"_s + serials.at(2)}));
    // Tuesday's production lot has a space and Chinese in its number: left out, named.
    QCOMPARE(leftOut, QStringList{u"PL TU 坏"_s});

    const IdentifierRecord &serial = records.value().at(2);
    QCOMPARE(serial.productCode, u"VB-15"_s);
    QCOMPARE(serial.productName, ProductName);
    QCOMPARE(serial.spec, u"HT200"_s);
    QCOMPARE(serial.lotNo, u"PL-MO"_s);
    QCOMPARE(serial.serialNo, serials.at(0));
    QCOMPARE(serial.workOrder, factory.numberOfLot(u"PL-MO"_s));
    QCOMPARE(serial.manufacturer, FactoryName);
    QCOMPARE(serial.prefix, Prefix);
    QCOMPARE(records.value().first().workOrder, QString()); // a received lot has no order

    // One day only, the last one of a range included.
    const Result<QList<IdentifierRecord>> oneDay =
        IdentifierRegistration(factory.ws.get()).records(TestShop::day(2), TestShop::day(2));
    QCOMPARE(oneDay.value().size(), 2); // lot L-WE and the serial generated at midnight
}

void TstIdentifiers::csvIsQuotedForExcel()
{
    Factory factory;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"标识注册.csv"_s);
    const Result<IdentifierRegistration::Summary> written =
        IdentifierRegistration(factory.ws.get()).write(path, TestShop::day(-2), TestShop::day(1));
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(written.value().count, 5);
    QCOMPARE(written.value().leftOut, QStringList{u"PL TU 坏"_s});

    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    // Commas and quotes are quoted and doubled; Chinese is plain UTF-8.
    QVERIFY2(text.contains(u",\"阀体, DN15 \"\"铸\"\"\","_s), qPrintable(text));
    QVERIFY2(text.contains(u",\"精工阀门, \"\"一厂\"\"\","_s), qPrintable(text));
    QVERIFY(text.endsWith(u"\r\n"_s));
    const QList<QStringList> rows = parseCsv(text);
    QCOMPARE(rows.size(), 1 + 5);
    QCOMPARE(rows.at(0), (QStringList{u"identifier"_s, u"kind"_s, u"productCode"_s,
                                      u"productName"_s, u"spec"_s, u"lotNo"_s, u"serialNo"_s,
                                      u"workOrder"_s, u"date"_s, u"manufacturer"_s, u"prefix"_s}));
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), 11);
    QCOMPARE(rows.at(3),
             (QStringList{u"88.118.8/SN:"_s + factory.serials.at(0), u"serial"_s, u"VB-15"_s,
                          ProductName, u"HT200"_s, u"PL-MO"_s, factory.serials.at(0),
                          factory.numberOfLot(u"PL-MO"_s), iso(0), FactoryName, Prefix}));
}

void TstIdentifiers::jsonHasTheRegistrationShape()
{
    Factory factory;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"registration.json"_s);
    factory.setNow(TestShop::at(2, 8, 30));
    IdentifierRegistration registration(factory.ws.get());
    QVERIFY(registration.write(path, TestShop::day(-2), TestShop::day(1)));

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(readAll(path), &error);
    QVERIFY2(document.isObject(), qPrintable(error.errorString()));
    const QJsonObject root = document.object();
    QCOMPARE(root.value(u"prefix"_s).toString(), Prefix);
    QCOMPARE(root.value(u"manufacturer"_s).toString(), FactoryName);
    QCOMPARE(root.value(u"generatedAt"_s).toString(), iso(2) + u"T08:30:00Z"_s);
    QCOMPARE(root.value(u"from"_s).toString(), iso(-2));
    QCOMPARE(root.value(u"to"_s).toString(), iso(1));
    const QJsonArray records = root.value(u"records"_s).toArray();
    QCOMPARE(root.value(u"count"_s).toInt(), 5);
    QCOMPARE(records.size(), 5);
    const QJsonObject lot = records.at(0).toObject();
    QCOMPARE(lot.keys().size(), 11);
    QCOMPARE(lot.value(u"identifier"_s).toString(), u"88.118.8/LOT:L-MO"_s);
    QCOMPARE(lot.value(u"kind"_s).toString(), u"material_lot"_s);
    QCOMPARE(lot.value(u"productName"_s).toString(), ProductName);
    QCOMPARE(lot.value(u"lotNo"_s).toString(), u"L-MO"_s);
    QCOMPARE(lot.value(u"serialNo"_s).toString(), QString());
    QCOMPARE(lot.value(u"date"_s).toString(), iso(0));
    QCOMPARE(records.at(1).toObject().value(u"workOrder"_s).toString(),
             factory.numberOfLot(u"PL-MO"_s));
}

void TstIdentifiers::refusedWithoutPrefixOrWithBadInputWritesNothing()
{
    Factory factory(false);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"registration.csv"_s);
    {
        QFile earlier(path);
        QVERIFY(earlier.open(QIODevice::WriteOnly));
        earlier.write("earlier file");
    }
    IdentifierRegistration registration(factory.ws.get());
    const auto refusal = [&](const QString &to, const QDate &from, const QDate &last) {
        const Result<IdentifierRegistration::Summary> written = registration.write(to, from, last);
        return written ? QString() : written.error();
    };
    // The shop's weeks around Monday hold everything; a month before them, nothing.
    const QDate from = TestShop::day(-7);
    const QDate to = TestShop::day(7);
    const QString noPrefix = refusal(path, from, to);
    QVERIFY2(noPrefix.contains(u"prefix"_s) && noPrefix.contains(u"Settings"_s),
             qPrintable(noPrefix));
    QCOMPARE(readAll(path), QByteArray("earlier file"));

    QVERIFY(factory.ws->settings()->setIdentifierPrefix(Prefix));
    const QString backwards = refusal(path, TestShop::day(1), TestShop::day(-2));
    QVERIFY2(backwards.contains(iso(1)) && backwards.contains(u"after"_s), qPrintable(backwards));
    const QString nothing = refusal(path, TestShop::day(-60), TestShop::day(-30));
    QVERIFY2(nothing.contains(u"nothing to register"_s), qPrintable(nothing));
    QCOMPARE(readAll(path), QByteArray("earlier file"));
    const QString excel = refusal(dir.filePath(u"registration.xlsx"_s), from, to);
    QVERIFY2(excel.contains(u".csv"_s) && excel.contains(u".json"_s), qPrintable(excel));
    QVERIFY(!QFile::exists(dir.filePath(u"registration.xlsx"_s)));
    QVERIFY(!refusal(path, QDate(), to).isEmpty());

    // With the prefix set, the same file is replaced.
    QVERIFY(refusal(path, from, to).isEmpty());
    QVERIFY(readAll(path).contains("88.118.8/LOT:L-FR"));
}

QTEST_GUILESS_MAIN(TstIdentifiers)
#include "tst_identifiers.moc"
