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

qint64 localMs(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute)).toMSecsSinceEpoch();
}

// A valve line: one product on one machine, three material lots received on the 20th, 23rd and
// 25th, production lots first reported on the 23rd, 24th (a number no identifier can carry)
// and 27th, serials generated on the 23rd, late on the 24th and on the 25th.
struct Factory
{
    TestWorkspace ws;
    QString product, employee, machine;
    QStringList serials;
    QHash<QString, QString> orderOfLot;

    explicit Factory(bool withPrefix = true)
    {
        Fixture::require(ws->settings()->setFactoryName(FactoryName), "factory name");
        if (withPrefix)
            Fixture::require(ws->settings()->setIdentifierSettings(Prefix, true), "prefix");
        employee = Fixture::createRecord(*ws, MasterDataKind::Employee,
                                         {{"badge", "E001"}, {"name", "王建国"}});
        machine =
            Fixture::createRecord(*ws, MasterDataKind::Machine,
                                  {{"code", "CNC-1"}, {"name", "车床"}, {"workshop", "一车间"}});
        product = Fixture::createRecord(
            *ws, MasterDataKind::Product,
            {{"part_no", "VB-15"}, {"name", "阀体, DN15 \"铸\""}, {"spec", "HT200"}});
        Fixture::require(
            ws->routing()->setOperations(product, {{{}, QStringLiteral("车削"), 30, machine}}),
            "routing");
        for (const int day : {20, 23, 25})
            receive(QStringLiteral("L-%1").arg(day), day);
        const QString first = producedLot(QStringLiteral("PL-23"), localMs(23, 10));
        producedLot(QStringLiteral("PL 24 坏"), localMs(24, 10));
        producedLot(QStringLiteral("PL-27"), localMs(27, 10));
        serials << generate(first, localMs(23, 9), 2) << generate(first, localMs(24, 23, 59), 1)
                << generate(first, localMs(25, 0), 1);
    }
    void receive(const QString &lotNo, int day) const
    {
        LotReceipt receipt;
        receipt.lotNo = lotNo;
        receipt.productId = product;
        receipt.quantity = 100;
        receipt.receivedOn = QDate(2026, 11, day);
        Fixture::require(ws->trace()->receiveLot(receipt).outcome(), "lot");
    }
    QString producedLot(const QString &lotNo, qint64 firstReportMs)
    {
        WorkOrder order;
        order.productId = product;
        order.quantity = 10;
        order.dueDate = QDate(2026, 11, 30);
        order.lotNo = lotNo;
        const Result<QString> id = ws->workOrders()->create(order);
        Fixture::require(id.outcome(), "work order");
        Fixture::require(ws->workOrders()->apply(id.value(), WorkOrderAction::Release, 1),
                         "release");
        ws->setClock(Clock::fixedAt(firstReportMs));
        ReportRequest report;
        report.operationId = ws->workOrders()->operations(id.value()).value().constFirst().id;
        report.employeeId = employee;
        report.machineId = machine;
        report.good = 1;
        Fixture::require(ws->reporting()->report(report).outcome(), "report");
        orderOfLot.insert(lotNo, id.value());
        return id.value();
    }
    QStringList generate(const QString &orderId, qint64 atMs, int count) const
    {
        ws->setClock(Clock::fixedAt(atMs));
        const Result<QStringList> made =
            ws->serials()->generate(orderId, QStringLiteral("VB{seq:4}"), count);
        Fixture::require(made.outcome(), "serials");
        return made.value();
    }
    QString number(const QString &lotNo) const
    {
        return ws->workOrders()->find(orderOfLot.value(lotNo)).value().number;
    }
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
            .records(QDate(2026, 11, 21), QDate(2026, 11, 24), &leftOut);
    QVERIFY2(records, qPrintable(records.error()));
    QStringList found;
    for (const IdentifierRecord &record : records.value())
        found << record.date.toString(Qt::ISODate) + u' ' + record.kind + u' ' + record.identifier;
    const QStringList serials = factory.serials;
    QCOMPARE(found, (QStringList{u"2026-11-23 material_lot 88.118.8/LOT:L-23"_s,
                                 u"2026-11-23 production_lot 88.118.8/LOT:PL-23"_s,
                                 u"2026-11-23 serial 88.118.8/SN:"_s + serials.at(0),
                                 u"2026-11-23 serial 88.118.8/SN:"_s + serials.at(1),
                                 u"2026-11-24 serial 88.118.8/SN:"_s + serials.at(2)}));
    // The production lot of the 24th has a space and Chinese in its number: left out, named.
    QCOMPARE(leftOut, QStringList{u"PL 24 坏"_s});

    const IdentifierRecord &serial = records.value().at(2);
    QCOMPARE(serial.productCode, u"VB-15"_s);
    QCOMPARE(serial.productName, ProductName);
    QCOMPARE(serial.spec, u"HT200"_s);
    QCOMPARE(serial.lotNo, u"PL-23"_s);
    QCOMPARE(serial.serialNo, serials.at(0));
    QCOMPARE(serial.workOrder, factory.number(u"PL-23"_s));
    QCOMPARE(serial.manufacturer, FactoryName);
    QCOMPARE(serial.prefix, Prefix);
    QCOMPARE(records.value().first().workOrder, QString()); // a received lot has no order

    // One day only, the last one of a range included.
    const Result<QList<IdentifierRecord>> oneDay =
        IdentifierRegistration(factory.ws.get()).records(QDate(2026, 11, 25), QDate(2026, 11, 25));
    QCOMPARE(oneDay.value().size(), 2); // lot L-25 and the serial generated at midnight
}

void TstIdentifiers::csvIsQuotedForExcel()
{
    Factory factory;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"标识注册.csv"_s);
    const Result<IdentifierRegistration::Summary> written =
        IdentifierRegistration(factory.ws.get())
            .write(path, QDate(2026, 11, 21), QDate(2026, 11, 24));
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(written.value().count, 5);
    QCOMPARE(written.value().leftOut, QStringList{u"PL 24 坏"_s});

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
                          ProductName, u"HT200"_s, u"PL-23"_s, factory.serials.at(0),
                          factory.number(u"PL-23"_s), u"2026-11-23"_s, FactoryName, Prefix}));
}

void TstIdentifiers::jsonHasTheRegistrationShape()
{
    Factory factory;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"registration.json"_s);
    factory.ws->setClock(Clock::fixedAt(QDateTime(QDate(2026, 11, 25), QTime(8, 30), QTimeZone::utc())));
    IdentifierRegistration registration(factory.ws.get());
    QVERIFY(registration.write(path, QDate(2026, 11, 21), QDate(2026, 11, 24)));

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(readAll(path), &error);
    QVERIFY2(document.isObject(), qPrintable(error.errorString()));
    const QJsonObject root = document.object();
    QCOMPARE(root.value(u"prefix"_s).toString(), Prefix);
    QCOMPARE(root.value(u"manufacturer"_s).toString(), FactoryName);
    QCOMPARE(root.value(u"generatedAt"_s).toString(), u"2026-11-25T08:30:00Z"_s);
    QCOMPARE(root.value(u"from"_s).toString(), u"2026-11-21"_s);
    QCOMPARE(root.value(u"to"_s).toString(), u"2026-11-24"_s);
    const QJsonArray records = root.value(u"records"_s).toArray();
    QCOMPARE(root.value(u"count"_s).toInt(), 5);
    QCOMPARE(records.size(), 5);
    const QJsonObject lot = records.at(0).toObject();
    QCOMPARE(lot.keys().size(), 11);
    QCOMPARE(lot.value(u"identifier"_s).toString(), u"88.118.8/LOT:L-23"_s);
    QCOMPARE(lot.value(u"kind"_s).toString(), u"material_lot"_s);
    QCOMPARE(lot.value(u"productName"_s).toString(), ProductName);
    QCOMPARE(lot.value(u"lotNo"_s).toString(), u"L-23"_s);
    QCOMPARE(lot.value(u"serialNo"_s).toString(), QString());
    QCOMPARE(lot.value(u"date"_s).toString(), u"2026-11-23"_s);
    QCOMPARE(records.at(1).toObject().value(u"workOrder"_s).toString(), factory.number(u"PL-23"_s));
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
    const QString noPrefix = refusal(path, QDate(2026, 11, 1), QDate(2026, 11, 30));
    QVERIFY2(noPrefix.contains(u"prefix"_s) && noPrefix.contains(u"Settings"_s),
             qPrintable(noPrefix));
    QCOMPARE(readAll(path), QByteArray("earlier file"));

    QVERIFY(factory.ws->settings()->setIdentifierPrefix(Prefix));
    const QString backwards = refusal(path, QDate(2026, 11, 24), QDate(2026, 11, 21));
    QVERIFY2(backwards.contains(u"2026-11-24"_s) && backwards.contains(u"after"_s),
             qPrintable(backwards));
    const QString nothing = refusal(path, QDate(2026, 10, 1), QDate(2026, 10, 31));
    QVERIFY2(nothing.contains(u"nothing to register"_s), qPrintable(nothing));
    QCOMPARE(readAll(path), QByteArray("earlier file"));
    const QString excel =
        refusal(dir.filePath(u"registration.xlsx"_s), QDate(2026, 11, 1), QDate(2026, 11, 30));
    QVERIFY2(excel.contains(u".csv"_s) && excel.contains(u".json"_s), qPrintable(excel));
    QVERIFY(!QFile::exists(dir.filePath(u"registration.xlsx"_s)));
    QVERIFY(!refusal(path, QDate(), QDate(2026, 11, 30)).isEmpty());

    // With the prefix set, the same file is replaced.
    QVERIFY(refusal(path, QDate(2026, 11, 1), QDate(2026, 11, 30)).isEmpty());
    QVERIFY(readAll(path).contains("88.118.8/LOT:L-20"));
}

QTEST_GUILESS_MAIN(TstIdentifiers)
#include "tst_identifiers.moc"
