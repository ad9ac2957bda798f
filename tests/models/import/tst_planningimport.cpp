// Import of bills of materials, piece rates and opening material lots (issue 15): each kind
// writes through its service (BomService, WageService, TraceService) and is checked against the
// service's reads; every bad value is named by row and column with nothing written; the same
// file twice changes nothing; undo takes the import back; the round trip gives the same rows.
#include "planningimportfiles.h"
#include "services/masterdata/bomservice.h"
#include "services/station/wageservice.h"
#include "services/trace/traceservice.h"

#include <QTest>

using namespace Taktline;
using namespace Taktline::PlanningImportFiles;

class TstPlanningImport : public QObject
{
    Q_OBJECT
private slots:
    void bomLinesAreAddedChangedAndTakenBack();
    void badBomValuesAreNamed_data();
    void badBomValuesAreNamed();
    void bomRoundTrip();
    void pieceRatesAreSetAndTakenBack();
    void badPieceRatesAreNamed_data();
    void badPieceRatesAreNamed();
    void lotsAreReceivedAndTakenBack();
    void lotUndoIsRefusedOnceFed();
    void badLotsAreNamed_data();
    void badLotsAreNamed();
    void lotsRoundTrip();
};

namespace {

const TextRows BomHeader = {
    {"Part No.", "Component part No.", "Qty per piece", "Step No.", "Note"}};
const TextRows RateHeader = {{"Part No.", "Operation", "Piece rate", "Valid from"}};
const TextRows LotHeader = {{"Lot No.", "Part No.", "Received qty", "Supplier", "Supplier lot",
                             "Received on", "Expiry date"}};

QStringList row(std::initializer_list<const char *> cells)
{
    return rows({cells}).constFirst();
}

// Runs FILE as KIND in F and checks that it was refused with a problem on row 3 under HEADER
// whose reason holds REASON, and that nothing was written.
void checkRefused(Fixture &f, ImportKind kind, const QString &file, const QString &header,
                  const QString &reason)
{
    const QString before = fingerprint(*f.shop.ws);
    const Result<ImportPlan> plan = f.run(kind, file);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QVERIFY2(has(plan.value().problems, 3, header, reason),
             qPrintable(listed(plan.value().problems)));
    QCOMPARE(fingerprint(*f.shop.ws), before);
}

} // namespace

void TstPlanningImport::bomLinesAreAddedChangedAndTakenBack()
{
    Fixture f; // FL-1 takes 0.8 kg of SP-1 at step 0
    const QString bolt = f.shop.product("BO-1", "螺栓");
    const QString file = f.csv(rows(BomHeader) + rows({{"FL-1", "SP-1", "0.75", "10", "含损耗"},
                                                       {"FL-1", "BO-1", "4", "20", ""}}));
    const QString before = fingerprint(*f.shop.ws);
    const Result<ImportPlan> dry = f.dryRun(ImportKind::Boms, file);
    QVERIFY2(dry.ok() && dry.value().ok(),
             qPrintable(dry.ok() ? listed(dry.value().problems) : dry.error()));
    QCOMPARE(dry.value().counts.added, 1);
    QCOMPARE(dry.value().counts.changed, 1);
    QCOMPARE(fingerprint(*f.shop.ws), before);

    ImportService service(*f.shop.ws);
    const Result<ImportPlan> done = service.run(ImportKind::Boms, file);
    QVERIFY2(done.ok() && done.value().ok(),
             qPrintable(done.ok() ? listed(done.value().problems) : done.error()));
    QList<BomLine> lines = f.shop.ws->bom()->lines(f.shop.flange).value();
    QCOMPARE(lines.size(), 2);
    const auto lineOf = [&](const QString &component) {
        return *std::find_if(lines.cbegin(), lines.cend(),
                             [&](const BomLine &l) { return l.componentId == component; });
    };
    QCOMPARE(lineOf(f.shop.steel).quantityPerUnit, 0.75);
    QCOMPARE(lineOf(f.shop.steel).operationSeq, 10);
    QCOMPARE(lineOf(f.shop.steel).note, QStringLiteral("含损耗"));
    QCOMPARE(lineOf(bolt).quantityPerUnit, 4.0);

    const QString afterFirst = fingerprint(*f.shop.ws);
    const Result<ImportPlan> again = f.run(ImportKind::Boms, file);
    QVERIFY(again.ok() && again.value().ok());
    QCOMPARE(again.value().counts.unchanged, 2);
    QCOMPARE(fingerprint(*f.shop.ws), afterFirst);

    QVERIFY(service.undo(done.value()).ok());
    lines = f.shop.ws->bom()->lines(f.shop.flange).value();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.constFirst().quantityPerUnit, 0.8);
    QCOMPARE(lines.constFirst().operationSeq, 0);
}

void TstPlanningImport::badBomValuesAreNamed_data()
{
    QTest::addColumn<QStringList>("bad");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown product")
        << row({"NOPE-9", "SP-1", "1", "", ""}) << u"Part No."_qs << u"NOPE-9"_qs;
    QTest::newRow("unknown component")
        << row({"FL-1", "NOPE-C", "1", "", ""}) << u"Component part No."_qs << u"NOPE-C"_qs;
    QTest::newRow("itself") << row({"FL-1", "FL-1", "1", "", ""}) << u"Component part No."_qs
                            << u"itself"_qs;
    QTest::newRow("zero quantity")
        << row({"SP-1", "FL-1", "0", "", ""}) << u"Qty per piece"_qs << u"greater than zero"_qs;
    QTest::newRow("absurd quantity")
        << row({"SP-1", "FL-1", "20000000", "", ""}) << u"Qty per piece"_qs << u"between"_qs;
    QTest::newRow("step the routing lacks")
        << row({"FL-1", "BO-1", "1", "30", ""}) << u"Step No."_qs << u"steps 10 to 20"_qs;
    QTest::newRow("same line twice")
        << row({"FL-1", "SP-1", "1", "", ""}) << u"Component part No."_qs << u"also on row 2"_qs;
}

void TstPlanningImport::badBomValuesAreNamed()
{
    QFETCH(QStringList, bad);
    QFETCH(QString, header);
    QFETCH(QString, reason);
    Fixture f;
    f.shop.product("BO-1", "螺栓");
    const QString file = f.csv(rows(BomHeader) + rows({{"FL-1", "SP-1", "0.9", "", ""}}) << bad);
    checkRefused(f, ImportKind::Boms, file, header, reason);
}

void TstPlanningImport::bomRoundTrip()
{
    Fixture f;
    f.shop.product("BO-1", "螺栓");
    QVERIFY(
        f.run(ImportKind::Boms, f.csv(rows(BomHeader) + rows({{"FL-1", "BO-1", "4", "20", "M8"}})))
            .value()
            .ok());
    const QString exported = f.path(QStringLiteral("boms.xlsx"));
    QVERIFY(ImportService(*f.shop.ws).writeTemplate(ImportKind::Boms, exported, true).ok());
    Fixture empty(TestShop::Options{TestWorkspace::SignIn::Owner, false, false, false});
    empty.shop.product("BO-1", "螺栓");
    const Result<ImportPlan> imported = empty.run(ImportKind::Boms, exported);
    QVERIFY2(imported.ok() && imported.value().ok(),
             qPrintable(imported.ok() ? listed(imported.value().problems) : imported.error()));
    QCOMPARE(imported.value().counts.added, 2);
    QCOMPARE(empty.current(ImportKind::Boms).value(), f.current(ImportKind::Boms).value());
}

void TstPlanningImport::pieceRatesAreSetAndTakenBack()
{
    Fixture f;
    QVERIFY(f.shop.ws->wages()
                ->setRate({{}, f.shop.flange, QStringLiteral("车削"), 0.5, QDate(2026, 11, 1)})
                .ok());
    const QString file = f.csv(rows(RateHeader) + rows({{"FL-1", "车削", "0.6", "2026-11-01"},
                                                        {"FL-1", "铣削", "0.45", "2026/12/1"}}));
    ImportService service(*f.shop.ws);
    const QString before = fingerprint(*f.shop.ws);
    const Result<ImportPlan> dry = service.dryRun(ImportKind::PieceRates, file);
    QVERIFY2(dry.ok() && dry.value().ok(),
             qPrintable(dry.ok() ? listed(dry.value().problems) : dry.error()));
    QCOMPARE(dry.value().counts.added, 1);
    QCOMPARE(dry.value().counts.changed, 1);
    QCOMPARE(fingerprint(*f.shop.ws), before);
    const Result<ImportPlan> done = service.run(ImportKind::PieceRates, file);
    QVERIFY2(done.ok() && done.value().ok(),
             qPrintable(done.ok() ? listed(done.value().problems) : done.error()));
    QList<PieceRate> rates = f.shop.ws->wages()->rates(f.shop.flange).value();
    QCOMPARE(rates.size(), 2);
    QCOMPARE(rates.at(0).operationName, QStringLiteral("车削"));
    QCOMPARE(rates.at(0).rate, 0.6);
    QCOMPARE(rates.at(1).operationName, QStringLiteral("铣削"));
    QCOMPARE(rates.at(1).validFrom, QDate(2026, 12, 1));

    const QString afterFirst = fingerprint(*f.shop.ws);
    const Result<ImportPlan> again = f.run(ImportKind::PieceRates, file);
    QVERIFY(again.ok() && again.value().ok());
    QCOMPARE(again.value().counts.unchanged, 2);
    QCOMPARE(fingerprint(*f.shop.ws), afterFirst);

    QVERIFY(service.undo(done.value()).ok());
    rates = f.shop.ws->wages()->rates(f.shop.flange).value();
    QCOMPARE(rates.size(), 1);
    QCOMPARE(rates.at(0).rate, 0.5);

    // Round trip: the rates as exported import into a factory with the same routings.
    QVERIFY(service.redo(done.value()).ok());
    const QString exported = f.path(QStringLiteral("rates.xlsx"));
    QVERIFY(service.writeTemplate(ImportKind::PieceRates, exported, true).ok());
    Fixture empty(TestShop::Options{TestWorkspace::SignIn::Owner, false, false, false});
    const Result<ImportPlan> imported = empty.run(ImportKind::PieceRates, exported);
    QVERIFY2(imported.ok() && imported.value().ok(),
             qPrintable(imported.ok() ? listed(imported.value().problems) : imported.error()));
    QCOMPARE(empty.current(ImportKind::PieceRates).value(),
             f.current(ImportKind::PieceRates).value());
}

void TstPlanningImport::badPieceRatesAreNamed_data()
{
    QTest::addColumn<QStringList>("bad");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown product")
        << row({"NOPE-9", "车削", "1", "2026-12-01"}) << u"Part No."_qs << u"NOPE-9"_qs;
    QTest::newRow("operation not on the routing")
        << row({"FL-1", "磨削", "1", "2026-12-01"}) << u"Operation"_qs << u"车削, 铣削"_qs;
    QTest::newRow("negative rate")
        << row({"FL-1", "铣削", "-1", "2026-12-01"}) << u"Piece rate"_qs << u"between"_qs;
    QTest::newRow("absurd rate") << row({"FL-1", "铣削", "500000", "2026-12-01"})
                                 << u"Piece rate"_qs << u"between"_qs;
    QTest::newRow("no date") << row({"FL-1", "铣削", "1", ""}) << u"Valid from"_qs
                             << u"Required"_qs;
    QTest::newRow("same rate twice")
        << row({"FL-1", "车削", "0.7", "2026-12-01"}) << u"Operation"_qs << u"also on row 2"_qs;
}

void TstPlanningImport::badPieceRatesAreNamed()
{
    QFETCH(QStringList, bad);
    QFETCH(QString, header);
    QFETCH(QString, reason);
    Fixture f;
    const QString file =
        f.csv(rows(RateHeader) + rows({{"FL-1", "车削", "0.6", "2026-12-01"}}) << bad);
    checkRefused(f, ImportKind::PieceRates, file, header, reason);
}

void TstPlanningImport::lotsAreReceivedAndTakenBack()
{
    Fixture f; // the steel lot of 100 kg is already received
    const QString known = f.shop.steelLot;
    Rows data = rows({{"", "SP-1", "100", "宝钢", "BG-7781", "", ""},
                      {"L-OPEN-1", "SP-1", "250.5", "鞍钢", "AG-1", "2026-11-02", "2027-11-02"}});
    data[0][0] = known;
    data[0][5] = f.shop.ws->trace()->lot(known).value().receivedOn.toString(Qt::ISODate);
    const QString file = f.csv(rows(LotHeader) + data);
    ImportService service(*f.shop.ws);
    const Result<ImportPlan> done = service.run(ImportKind::MaterialLots, file);
    QVERIFY2(done.ok() && done.value().ok(),
             qPrintable(done.ok() ? listed(done.value().problems) : done.error()));
    QCOMPARE(done.value().counts.added, 1);
    QCOMPARE(done.value().counts.unchanged, 1);
    const MaterialLot lot = f.shop.ws->trace()->lot(QStringLiteral("L-OPEN-1")).value();
    QCOMPARE(lot.productId, f.shop.steel);
    QCOMPARE(lot.receivedQty, 250.5);
    QCOMPARE(lot.supplier, QStringLiteral("鞍钢"));
    QCOMPARE(lot.receivedOn, QDate(2026, 11, 2));
    QCOMPARE(lot.expiry, std::optional<QDate>(QDate(2027, 11, 2)));
    QCOMPARE(f.shop.ws->trace()->stock(QStringLiteral("L-OPEN-1")).value().remaining, 250.5);

    const QString afterFirst = fingerprint(*f.shop.ws);
    const Result<ImportPlan> again = f.run(ImportKind::MaterialLots, file);
    QVERIFY(again.ok() && again.value().ok());
    QCOMPARE(again.value().counts.unchanged, 2);
    QCOMPARE(fingerprint(*f.shop.ws), afterFirst);

    QVERIFY(service.undo(done.value()).ok());
    QVERIFY(!f.shop.ws->trace()->lot(QStringLiteral("L-OPEN-1")).ok());
    QVERIFY(f.shop.ws->trace()->lot(known).ok());
    QVERIFY(service.redo(done.value()).ok());
    QCOMPARE(f.shop.ws->trace()->stock(QStringLiteral("L-OPEN-1")).value().remaining, 250.5);
}

void TstPlanningImport::lotUndoIsRefusedOnceFed()
{
    Fixture f;
    ImportService service(*f.shop.ws);
    const Result<ImportPlan> done = service.run(
        ImportKind::MaterialLots,
        f.csv(rows(LotHeader) + rows({{"L-OPEN-1", "SP-1", "50", "", "", "2026-11-02", ""}})));
    QVERIFY(done.ok() && done.value().ok());
    const Result<QString> fed = f.shop.ws->trace()->consume(
        QStringLiteral("L-OPEN-1"), f.shop.step(0), 8, f.shop.wang, f.shop.lathe);
    QVERIFY2(fed.ok(), qPrintable(fed.error()));
    const QString before = fingerprint(*f.shop.ws);
    const Outcome undone = service.undo(done.value());
    QVERIFY(!undone.ok());
    QVERIFY2(undone.error().contains(QLatin1String("cannot be taken back")),
             qPrintable(undone.error()));
    QCOMPARE(fingerprint(*f.shop.ws), before);
}

void TstPlanningImport::badLotsAreNamed_data()
{
    QTest::addColumn<QStringList>("bad");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown material")
        << row({"L-B", "NOPE-9", "1", "", "", "2026-11-02", ""}) << u"Part No."_qs << u"NOPE-9"_qs;
    QTest::newRow("zero quantity") << row({"L-B", "SP-1", "0", "", "", "2026-11-02", ""})
                                   << u"Received qty"_qs << u"greater than zero"_qs;
    QTest::newRow("absurd quantity") << row({"L-B", "SP-1", "20000000", "", "", "2026-11-02", ""})
                                     << u"Received qty"_qs << u"between"_qs;
    QTest::newRow("expires before received")
        << row({"L-B", "SP-1", "5", "", "", "2026-11-02", "2026-10-01"}) << u"Expiry date"_qs
        << u"before"_qs;
    QTest::newRow("not a date") << row({"L-B", "SP-1", "5", "", "", "yesterday", ""})
                                << u"Received on"_qs << u"Not a date"_qs;
    QTest::newRow("lot number with a space") << row({"L B", "SP-1", "5", "", "", "2026-11-02", ""})
                                             << u"Lot No."_qs << u"letters, digits and dashes"_qs;
    QTest::newRow("production lot's number")
        << row({"P-0001", "SP-1", "5", "", "", "2026-11-02", ""}) << u"Lot No."_qs
        << u"production lot"_qs;
    QTest::newRow("same lot twice") << row({"L-A", "SP-1", "5", "", "", "2026-11-02", ""})
                                    << u"Lot No."_qs << u"also on row 2"_qs;
}

void TstPlanningImport::badLotsAreNamed()
{
    QFETCH(QStringList, bad);
    QFETCH(QString, header);
    QFETCH(QString, reason);
    Fixture f;
    const QString file =
        f.csv(rows(LotHeader) + rows({{"L-A", "SP-1", "5", "", "", "2026-11-02", ""}}) << bad);
    checkRefused(f, ImportKind::MaterialLots, file, header, reason);
}

void TstPlanningImport::lotsRoundTrip()
{
    Fixture f;
    QVERIFY(f.run(ImportKind::MaterialLots,
                  f.csv(rows(LotHeader) + rows({{"L-OPEN-1", "SP-1", "250.5", "鞍钢", "AG-1",
                                                 "2026-11-02", "2027-11-02"}})))
                .value()
                .ok());
    const QString exported = f.path(QStringLiteral("lots.xlsx"));
    QVERIFY(ImportService(*f.shop.ws).writeTemplate(ImportKind::MaterialLots, exported, true).ok());
    Fixture empty(TestShop::Options{TestWorkspace::SignIn::Owner, false, false, false});
    const Result<ImportPlan> imported = empty.run(ImportKind::MaterialLots, exported);
    QVERIFY2(imported.ok() && imported.value().ok(),
             qPrintable(imported.ok() ? listed(imported.value().problems) : imported.error()));
    QCOMPARE(imported.value().counts.added, 2);
    QCOMPARE(empty.current(ImportKind::MaterialLots).value(),
             f.current(ImportKind::MaterialLots).value());
}

QTEST_GUILESS_MAIN(TstPlanningImport)
#include "tst_planningimport.moc"
