// The scan codec checked the way the shop floor feeds it: every kind of code a label carries
// reads back typed, scanner noise and a Chinese input method do not get in the way, GS1
// element strings read the same in every form a scanner sends them, and every bad scan gets a
// message that names the code and what is wrong with it.
#include "barcode/barcodecodec.h"
#include "barcode/barcodeimage.h"
#include "barcode/gs1.h"

#include <QTest>

#include <algorithm>

using namespace Taktline;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Taktline::ScanKind)

class TstBarcodeCodec : public QObject
{
    Q_OBJECT
private slots:
    void parsesTypedPayloads_data();
    void parsesTypedPayloads();
    void refusesMalformedScans_data();
    void refusesMalformedScans();
    void gs1FormsReadTheSame_data();
    void gs1FormsReadTheSame();
    void encodeThenParseRoundTrips_data();
    void encodeThenParseRoundTrips();
    void encodeRefusesInvalidValues_data();
    void encodeRefusesInvalidValues();
    void gs1AccessorsAndRawEncoding();
    void gs1Dates_data();
    void gs1Dates();
    void gs1CheckDigits_data();
    void gs1CheckDigits();
    void industrialIdentifiers_data();
    void industrialIdentifiers();
    void expectNamesWhatWasScanned_data();
    void expectNamesWhatWasScanned();
    void longScanIsShortenedInMessage();
    void qrCodeCarriesPayload_data();
    void qrCodeCarriesPayload();
};

namespace {

const QString Gs = QString(QChar(0x1d));
const QString Gtin = QStringLiteral("09501101530003");

QList<QPair<QString, QString>> sorted(QList<QPair<QString, QString>> elements)
{
    std::sort(elements.begin(), elements.end());
    return elements;
}

} // namespace

void TstBarcodeCodec::parsesTypedPayloads_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<ScanKind>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("workOrderNumber");
    QTest::addColumn<int>("seq");

    const QString wo = QStringLiteral("WO-20261122-0007");
    QTest::addRow("work order") << u"WO:WO-20261122-0007"_s << ScanKind::WorkOrder << wo << wo << 0;
    QTest::addRow("work order of device B")
        << u"WO:WO-20261122-B0007"_s << ScanKind::WorkOrder << u"WO-20261122-B0007"_s
        << u"WO-20261122-B0007"_s << 0;
    QTest::addRow("caps lock prefix")
        << u"wo:WO-20261122-0007"_s << ScanKind::WorkOrder << wo << wo << 0;
    QTest::addRow("operation") << u"OP:WO-20261122-0007/20"_s << ScanKind::Operation
                               << u"WO-20261122-0007/20"_s << wo << 20;
    QTest::addRow("operation, short number")
        << u"op:WO-1/10"_s << ScanKind::Operation << u"WO-1/10"_s << u"WO-1"_s << 10;
    QTest::addRow("operation, leading zero step")
        << u"OP:WO-1/020"_s << ScanKind::Operation << u"WO-1/20"_s << u"WO-1"_s << 20;
    QTest::addRow("lot") << u"LOT:L2611-42"_s << ScanKind::Lot << u"L2611-42"_s << QString() << 0;
    QTest::addRow("lot keeps its case")
        << u"Lot:l2611-42ab"_s << ScanKind::Lot << u"l2611-42ab"_s << QString() << 0;
    QTest::addRow("serial") << u"SN:SN000123"_s << ScanKind::Serial << u"SN000123"_s << QString()
                            << 0;
    QTest::addRow("employee") << u"EMP:E0042"_s << ScanKind::Employee << u"E0042"_s << QString()
                              << 0;
    QTest::addRow("machine") << u"MC:CNC-01"_s << ScanKind::Machine << u"CNC-01"_s << QString()
                             << 0;
    QTest::addRow("location") << u"LOC:A-01-03"_s << ScanKind::Location << u"A-01-03"_s << QString()
                              << 0;
    QTest::addRow("CR LF around") << u"\r\nLOT:L2611-42\r\n"_s << ScanKind::Lot << u"L2611-42"_s
                                  << QString() << 0;
    QTest::addRow("TAB and spaces around")
        << u" \tMC:CNC-01\t "_s << ScanKind::Machine << u"CNC-01"_s << QString() << 0;
    QTest::addRow("trailing GS") << QString(u"SN:123"_s + Gs + u"\r"_s) << ScanKind::Serial
                                 << u"123"_s << QString() << 0;
    QTest::addRow("trailing <GS> text")
        << u"SN:123<GS>"_s << ScanKind::Serial << u"123"_s << QString() << 0;
    QTest::addRow("fullwidth from an IME")
        << u"ＷＯ：WO－20261122－0007"_s << ScanKind::WorkOrder << wo << wo << 0;
    QTest::addRow("fullwidth operation")
        << u"ＯＰ：ＷＯ－１／２０"_s << ScanKind::Operation << u"WO-1/20"_s << u"WO-1"_s << 20;
    QTest::addRow("AIM symbology id before")
        << u"]Q1WO:WO-1"_s << ScanKind::WorkOrder << u"WO-1"_s << u"WO-1"_s << 0;
    const QString longest(BarcodeCodec::MaxValueLength, QLatin1Char('A'));
    QTest::addRow("value at the length limit")
        << QString(u"LOT:"_s + longest) << ScanKind::Lot << longest << QString() << 0;
}

void TstBarcodeCodec::parsesTypedPayloads()
{
    QFETCH(QString, input);
    QFETCH(ScanKind, kind);
    QFETCH(QString, value);
    QFETCH(QString, workOrderNumber);
    QFETCH(int, seq);

    const Result<ScanResult> result = BarcodeCodec::parse(input);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result.value().kind, kind);
    QCOMPARE(result.value().value, value);
    QCOMPARE(result.value().workOrderNumber, workOrderNumber);
    QCOMPARE(result.value().seq, seq);
    QCOMPARE(result.value().raw, input);
}

void TstBarcodeCodec::refusesMalformedScans_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason");
    // What the message must quote of the scan, so the operator sees which code it means.
    QTest::addColumn<QString>("named");

    auto row = [](const char *name, const QString &input, const QString &reason,
                  const QString &named = QString()) {
        QTest::newRow(name) << input << reason << (named.isNull() ? input : named);
    };
    row("empty", QString(), u"Nothing was scanned"_s, QString(u""_s));
    row("only noise", u"\r\n\t "_s, u"Nothing was scanned"_s, u""_s);
    row("only a GS", Gs, u"Nothing was scanned"_s, u""_s);
    row("unknown prefix", u"XY:123"_s, u"'XY:', which is not a kind of code"_s);
    row("a web address", u"http://example.com"_s, u"not a kind of code"_s);
    row("nothing after prefix", u"LOT:"_s, u"nothing after 'LOT:'"_s);
    row("space inside", u"LOT:L26 11"_s, u"contains a space"_s);
    row("control character inside", QString(u"SN:12"_s + QChar(1) + u"34"_s),
        u"control character (<0x01>)"_s, u"SN:12<0x01>34"_s);
    row("Chinese character inside", u"LOT:批次1"_s, u"contains '批'"_s);
    row("value too long", QString(u"LOT:"_s + QString(65, QLatin1Char('A'))),
        u"65 characters after 'LOT:', at most 64"_s, u"LOT:AAAA"_s);
    row("operation without step", u"OP:WO-1"_s, u"has no step number"_s);
    row("operation, letter step", u"OP:WO-1/x"_s, u"no valid step number after the '/'"_s);
    row("operation, step zero", u"OP:WO-1/0"_s, u"no valid step number"_s);
    row("operation, negative step", u"OP:WO-1/-3"_s, u"no valid step number"_s);
    row("operation, empty step", u"OP:WO-1/"_s, u"no valid step number"_s);
    row("operation without order", u"OP:/20"_s, u"no valid work order number"_s);
    row("work order with slash", u"WO:WO-1/20"_s, u"cannot contain '/'"_s);
    row("not a code at all", u"hello"_s, u"is not one Taktline reads"_s);
    row("a short number", u"1234"_s, u"is not one Taktline reads"_s);
    row("retail EAN-13", u"6901234567892"_s, u"retail barcode (EAN/UPC)"_s);
    row("retail UPC-A read as GS1", u"0012345678905"_s, u"retail barcode (EAN/UPC)"_s);
    row("wrong GTIN check digit", u"(01)09501101530004"_s, u"should end in 3"_s);
    row("GTIN with a letter", u"(01)0950110153000A"_s, u"digits only"_s);
    row("GTIN too short", u"(01)0950110153000"_s, u"must have exactly 14"_s);
    row("month 13", u"(01)09501101530003(17)271330"_s, u"'271330', which is not a valid date"_s,
        u"(01)09501101530003(17)271330"_s);
    row("30 February", u"(11)260230"_s, u"not a valid date"_s);
    row("unknown AI in parentheses", u"(8200)ABC"_s, u"identifier (8200)"_s);
    row("unknown AI raw", QString(u"]C101"_s + Gtin + u"8200ABC"_s), u"identifier (8200)"_s,
        QString(u"]C101"_s + Gtin));
    row("lot then date without GS", QString(u"01"_s + Gtin + u"10L2611-4217270630"_s),
        u"without the GS separator"_s);
    row("lot too long without GS", QString(u"01"_s + Gtin + u"10ABCDEFGHIJKLMNOPQRSTUV"_s),
        u"the GS separator after it is probably missing"_s, u"0109501101530003"_s);
    row("lot too long", QString(u"(10)"_s + QString(21, QLatin1Char('L'))), u"at most 20"_s);
    row("lot with a character GS1 forbids", u"(10)L#1"_s, u"containing '#'"_s);
    row("AI without data", u"(10)(21)S1"_s, u"no data after batch/lot (10)"_s);
    row("same AI, two values", u"(10)A(10)B"_s, u"twice with different values"_s);
    row("symbology id only", u"]C1"_s, u"carries no data"_s);
    row("identifier not under 88", u"86.118.8/ABC"_s, u"does not start with 88"_s);
    row("a DOI is no identifier", u"10.1000/xyz"_s, u"does not start with 88"_s);
    row("identifier, empty suffix", u"88.118.8/"_s, u"nothing after '88.118.8/'"_s);
    row("identifier without slash", u"88.118.8"_s, u"nothing after '88.118.8/'"_s);
    row("identifier, two dots", u"88..8/ABC"_s, u"empty part"_s);
    row("identifier, prefix too short", u"88.118/ABC"_s, u"industry and an enterprise"_s);
    row("identifier, space in suffix", u"88.118.8/AB C"_s, u"contains a space"_s);
}

void TstBarcodeCodec::refusesMalformedScans()
{
    QFETCH(QString, input);
    QFETCH(QString, reason);
    QFETCH(QString, named);

    const Result<ScanResult> result = BarcodeCodec::parse(input);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(reason), qPrintable(result.error()));
    if (!named.isEmpty())
        QVERIFY2(result.error().contains(named), qPrintable(result.error()));
}

void TstBarcodeCodec::gs1FormsReadTheSame_data()
{
    QTest::addColumn<QString>("input");

    const QString fixedFirst = u"01"_s + Gtin + u"17270630"_s;
    QTest::addRow("parentheses") << u"(01)09501101530003(17)270630(10)L2611-42"_s;
    QTest::addRow("parentheses with spaces") << u"(01) 09501101530003 (17) 270630 (10) L2611-42"_s;
    QTest::addRow("fullwidth parentheses") << u"（01）09501101530003（17）270630（10）L2611-42"_s;
    QTest::addRow("raw, lot last, no GS") << QString(fixedFirst + u"10L2611-42"_s);
    for (const char *id : {"]C1", "]d2", "]Q3", "]e0"})
        QTest::addRow("symbology id %s", id)
            << QString(QLatin1String(id) + fixedFirst + u"10L2611-42"_s);
    QTest::addRow("raw, lot in the middle with GS")
        << QString(u"01"_s + Gtin + u"10L2611-42"_s + Gs + u"17270630"_s);
    QTest::addRow("leading FNC1 as GS")
        << QString(Gs + u"01"_s + Gtin + u"10L2611-42"_s + Gs + u"17270630"_s);
    QTest::addRow("literal <GS>") << QString(u"]d201"_s + Gtin + u"10L2611-42<GS>17270630"_s);
    QTest::addRow("caret bracket for GS") << QString(u"01"_s + Gtin + u"10L2611-42^]17270630"_s);
    QTest::addRow("GS after fixed fields too")
        << QString(u"01"_s + Gtin + Gs + u"17270630"_s + Gs + u"10L2611-42"_s);
    QTest::addRow("trailing GS and CR LF")
        << QString(fixedFirst + u"10L2611-42"_s + Gs + u"\r\n"_s);
}

void TstBarcodeCodec::gs1FormsReadTheSame()
{
    QFETCH(QString, input);

    const Result<ScanResult> result = BarcodeCodec::parse(input);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result.value().kind, ScanKind::Gs1);
    const QList<QPair<QString, QString>> expected{
        {u"01"_s, Gtin}, {u"10"_s, u"L2611-42"_s}, {u"17"_s, u"270630"_s}};
    QCOMPARE(sorted(result.value().gs1), expected);
    QCOMPARE(result.value().gtin(), Gtin);
    QCOMPARE(result.value().lot(), u"L2611-42"_s);
    QCOMPARE(result.value().expiryDate(), QDate(2027, 6, 30));
}

void TstBarcodeCodec::encodeThenParseRoundTrips_data()
{
    QTest::addColumn<ScanKind>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code");

    QTest::addRow("work order") << ScanKind::WorkOrder << u"WO-20261122-0007"_s
                                << u"WO:WO-20261122-0007"_s;
    QTest::addRow("work order of device B")
        << ScanKind::WorkOrder << u"WO-20261122-B0007"_s << u"WO:WO-20261122-B0007"_s;
    QTest::addRow("operation") << ScanKind::Operation << u"WO-20261122-0007/20"_s
                               << u"OP:WO-20261122-0007/20"_s;
    QTest::addRow("lot") << ScanKind::Lot << u"L2611-42"_s << u"LOT:L2611-42"_s;
    QTest::addRow("serial") << ScanKind::Serial << u"SN000123"_s << u"SN:SN000123"_s;
    QTest::addRow("employee") << ScanKind::Employee << u"E0042"_s << u"EMP:E0042"_s;
    QTest::addRow("machine") << ScanKind::Machine << u"CNC-01"_s << u"MC:CNC-01"_s;
    QTest::addRow("location") << ScanKind::Location << u"A-01-03"_s << u"LOC:A-01-03"_s;
    QTest::addRow("GS1") << ScanKind::Gs1 << u"(01)09501101530003(17)270630(10)L2611-42"_s
                         << u"(01)09501101530003(17)270630(10)L2611-42"_s;
    QTest::addRow("GS1 from raw") << ScanKind::Gs1 << QString(u"]C101"_s + Gtin + u"21S1"_s)
                                  << u"(01)09501101530003(21)S1"_s;
    QTest::addRow("identifier") << ScanKind::IndustrialId << u"88.118.8/ABC123"_s
                                << u"88.118.8/ABC123"_s;
    QTest::addRow("identifier with path")
        << ScanKind::IndustrialId << u"88.1000.21/a/b-c.d_e"_s << u"88.1000.21/a/b-c.d_e"_s;
}

void TstBarcodeCodec::encodeThenParseRoundTrips()
{
    QFETCH(ScanKind, kind);
    QFETCH(QString, value);
    QFETCH(QString, code);

    QCOMPARE(BarcodeCodec::encode(kind, value), code);
    const Result<ScanResult> result = BarcodeCodec::parse(code);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result.value().kind, kind);
    QCOMPARE(BarcodeCodec::encode(kind, result.value().value), code);
    if (kind == ScanKind::Gs1) {
        const QString raw = BarcodeCodec::encodeGs1(result.value().gs1, false);
        const Result<ScanResult> fromRaw = BarcodeCodec::parse(raw);
        QVERIFY2(fromRaw.ok(), qPrintable(fromRaw.error()));
        QCOMPARE(fromRaw.value().gs1, result.value().gs1);
    } else {
        QCOMPARE(result.value().value, value);
    }
    if (kind == ScanKind::Operation)
        QCOMPARE(BarcodeCodec::encodeOperation(result.value().workOrderNumber, result.value().seq),
                 code);
    if (kind == ScanKind::IndustrialId)
        QCOMPARE(BarcodeCodec::encodeIndustrialId(result.value().idPrefix, result.value().idSuffix),
                 code);
}

void TstBarcodeCodec::encodeRefusesInvalidValues_data()
{
    QTest::addColumn<ScanKind>("kind");
    QTest::addColumn<QString>("value");

    QTest::addRow("empty lot") << ScanKind::Lot << QString();
    QTest::addRow("lot with space") << ScanKind::Lot << u"A B"_s;
    QTest::addRow("lot with trailing space") << ScanKind::Lot << u"AB "_s;
    QTest::addRow("fullwidth serial") << ScanKind::Serial << u"１２３"_s;
    QTest::addRow("work order with slash") << ScanKind::WorkOrder << u"WO-1/2"_s;
    QTest::addRow("operation step zero") << ScanKind::Operation << u"WO-1/0"_s;
    QTest::addRow("GS1 with wrong check digit") << ScanKind::Gs1 << u"(01)09501101530004"_s;
    QTest::addRow("identifier not under 88") << ScanKind::IndustrialId << u"86.1.2/x"_s;
    QTest::addRow("machine code with a TAB") << ScanKind::Machine << u"CNC\t01"_s;
}

void TstBarcodeCodec::encodeRefusesInvalidValues()
{
    QFETCH(ScanKind, kind);
    QFETCH(QString, value);
    QCOMPARE(BarcodeCodec::encode(kind, value), QString());
}

void TstBarcodeCodec::gs1AccessorsAndRawEncoding()
{
    const Result<ScanResult> result = BarcodeCodec::parse(
        u"(01)09501101530003(11)261100(17)270630(10)L2611-42(21)SN0001(240)ADD-7"_s);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const ScanResult &scan = result.value();
    QCOMPARE(scan.gtin(), Gtin);
    QCOMPARE(scan.lot(), u"L2611-42"_s);
    QCOMPARE(scan.serial(), u"SN0001"_s);
    QCOMPARE(scan.additionalProductId(), u"ADD-7"_s);
    QCOMPARE(scan.productionDate(), QDate(2026, 11, 30)); // day 00: the last of the month
    QCOMPARE(scan.expiryDate(), QDate(2027, 6, 30));
    QCOMPARE(scan.gs1Value(u"400"_s), QString());
    // GS only after variable-length fields that are not last.
    QCOMPARE(BarcodeCodec::encodeGs1(scan.gs1, false),
             QString(u"01"_s + Gtin + u"112611001727063010L2611-42"_s + Gs + u"21SN0001"_s + Gs +
                     u"240ADD-7"_s));
    QCOMPARE(BarcodeCodec::encodeGs1({{u"01"_s, u"09501101530004"_s}}, true), QString());
    QCOMPARE(BarcodeCodec::encodeGs1({{u"8200"_s, u"x"_s}}, false), QString());
    QCOMPARE(BarcodeCodec::encodeOperation(u"WO-1"_s, 0), QString());
    QCOMPARE(BarcodeCodec::encodeOperation(QString(), 10), QString());
    QCOMPARE(BarcodeCodec::encodeIndustrialId(u"88.118.8"_s, QString()), QString());
}

void TstBarcodeCodec::gs1Dates_data()
{
    QTest::addColumn<QString>("yymmdd");
    QTest::addColumn<int>("referenceYear");
    QTest::addColumn<QDate>("date");

    QTest::addRow("next year") << u"270630"_s << 2026 << QDate(2027, 6, 30);
    QTest::addRow("49 years ahead") << u"750101"_s << 2026 << QDate(2075, 1, 1);
    QTest::addRow("51 years ahead is last century") << u"770101"_s << 2026 << QDate(1977, 1, 1);
    QTest::addRow("last century") << u"991231"_s << 2026 << QDate(1999, 12, 31);
    QTest::addRow("next century") << u"050101"_s << 2090 << QDate(2105, 1, 1);
    QTest::addRow("leap day") << u"240229"_s << 2026 << QDate(2024, 2, 29);
    QTest::addRow("day 00 in a leap February") << u"240200"_s << 2026 << QDate(2024, 2, 29);
    QTest::addRow("no leap day in 2025") << u"250229"_s << 2026 << QDate();
    QTest::addRow("month 00") << u"260001"_s << 2026 << QDate();
    QTest::addRow("five digits") << u"26013"_s << 2026 << QDate();
}

void TstBarcodeCodec::gs1Dates()
{
    QFETCH(QString, yymmdd);
    QFETCH(int, referenceYear);
    QFETCH(QDate, date);
    QCOMPARE(Gs1::date(yymmdd, referenceYear), date);
}

void TstBarcodeCodec::gs1CheckDigits_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<bool>("valid");

    QTest::addRow("GTIN-14") << Gtin << true;
    QTest::addRow("GTIN-14, last digit off") << u"09501101530004"_s << false;
    QTest::addRow("EAN-13") << u"4006381333931"_s << true;
    QTest::addRow("EAN-8") << u"96385074"_s << true;
    QTest::addRow("transposed digits") << u"90501101530003"_s << false;
}

void TstBarcodeCodec::gs1CheckDigits()
{
    QFETCH(QString, digits);
    QFETCH(bool, valid);
    QCOMPARE(Gs1::hasValidCheckDigit(digits), valid);
}

void TstBarcodeCodec::industrialIdentifiers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("suffix");

    QTest::addRow("plain") << u"88.118.8/ABC123"_s << u"88.118.8"_s << u"ABC123"_s;
    QTest::addRow("slashes in suffix")
        << u"88.1000.21/P-1/2026.11_x"_s << u"88.1000.21"_s << u"P-1/2026.11_x"_s;
    QTest::addRow("typed with a Chinese IME")
        << u"88。118。8／ＡＢＣ\r\n"_s << u"88.118.8"_s << u"ABC"_s;
}

void TstBarcodeCodec::industrialIdentifiers()
{
    QFETCH(QString, input);
    QFETCH(QString, prefix);
    QFETCH(QString, suffix);

    const Result<ScanResult> result = BarcodeCodec::parse(input);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result.value().kind, ScanKind::IndustrialId);
    QCOMPARE(result.value().idPrefix, prefix);
    QCOMPARE(result.value().idSuffix, suffix);
    QCOMPARE(BarcodeCodec::encodeIndustrialId(prefix, suffix), result.value().value);
}

void TstBarcodeCodec::expectNamesWhatWasScanned_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QList<ScanKind>>("expected");
    QTest::addColumn<QString>("message");

    QTest::addRow("lot where an order is wanted")
        << u"LOT:L2611-42"_s << QList<ScanKind>{ScanKind::WorkOrder, ScanKind::Operation}
        << u"This is a lot (LOT:L2611-42), but a work order or an operation is expected here."_s;
    QTest::addRow("order where a machine is wanted")
        << u"wo:WO-1\r\n"_s << QList<ScanKind>{ScanKind::Machine}
        << u"This is a work order (WO:WO-1), but a machine is expected here."_s;
    QTest::addRow("GS1 where a badge is wanted")
        << u"]C10109501101530003"_s << QList<ScanKind>{ScanKind::Employee}
        << u"This is a GS1 product code ((01)09501101530003), but an employee badge is expected "
           "here."_s;
    QTest::addRow("three choices")
        << u"SN:1"_s << QList<ScanKind>{ScanKind::Lot, ScanKind::Machine, ScanKind::Location}
        << u"This is a serial number (SN:1), but a lot, a machine or a "
           "location is expected here."_s;
    QTest::addRow("the right kind")
        << u"LOT:L1"_s << QList<ScanKind>{ScanKind::Serial, ScanKind::Lot} << QString();
}

void TstBarcodeCodec::expectNamesWhatWasScanned()
{
    QFETCH(QString, input);
    QFETCH(QList<ScanKind>, expected);
    QFETCH(QString, message);

    const Result<ScanResult> result = BarcodeCodec::parse(input);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const Outcome outcome = BarcodeCodec::expect(result.value(), expected);
    QCOMPARE(outcome.ok(), message.isEmpty());
    QCOMPARE(outcome.error(), message);
    if (expected.size() == 1)
        QCOMPARE(BarcodeCodec::expect(result.value(), expected.first()).error(), message);
}

void TstBarcodeCodec::longScanIsShortenedInMessage()
{
    const QString junk = u"LOT:"_s + QString(300, QLatin1Char('X'));
    const Result<ScanResult> result = BarcodeCodec::parse(junk);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(u"'LOT:XXXX"_s), qPrintable(result.error()));
    QVERIFY2(result.error().contains(QChar(0x2026)), qPrintable(result.error()));
    QVERIFY2(result.error().size() < 160, qPrintable(result.error()));
    QCOMPARE(BarcodeCodec::kindDisplayName(ScanKind::Lot), u"Lot"_s);
}

void TstBarcodeCodec::qrCodeCarriesPayload_data()
{
    QTest::addColumn<QString>("payload");

    QTest::addRow("GS1 with GS inside") << BarcodeCodec::encodeGs1(
        {{u"01"_s, Gtin}, {u"10"_s, u"L2611-42"_s}, {u"17"_s, u"270630"_s}}, false);
    QTest::addRow("GS1 human-readable") << u"(01)09501101530003(10)L2611-42(17)270630"_s;
    QTest::addRow("operation") << BarcodeCodec::encodeOperation(u"WO-20261122-0007"_s, 20);
}

void TstBarcodeCodec::qrCodeCarriesPayload()
{
    QFETCH(QString, payload);
    QVERIFY(!payload.isEmpty());

    const Result<QImage> image = BarcodeImage::encodeQr(payload);
    QVERIFY2(image.ok(), qPrintable(image.error()));
    const Result<QString> decoded = BarcodeImage::decode(image.value());
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded.value(), payload);
    const Result<ScanResult> fromQr = BarcodeCodec::parse(decoded.value());
    QVERIFY2(fromQr.ok(), qPrintable(fromQr.error()));
    const Result<ScanResult> direct = BarcodeCodec::parse(payload);
    QVERIFY2(direct.ok(), qPrintable(direct.error()));
    QCOMPARE(fromQr.value().kind, direct.value().kind);
    QCOMPARE(fromQr.value().value, direct.value().value);
    QCOMPARE(fromQr.value().gs1, direct.value().gs1);
    if (direct.value().kind == ScanKind::Gs1)
        QCOMPARE(direct.value().gtin(), Gtin);
}

QTEST_GUILESS_MAIN(TstBarcodeCodec)
#include "tst_barcodecodec.moc"
