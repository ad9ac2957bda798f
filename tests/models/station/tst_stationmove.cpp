// The station's move of pieces (移库) without widgets: LOC: needs a badge first, names the place,
// the traveller says what moves, the quantity confirms; a refusal writes nothing and keeps the
// move in hand; a serial moves at its scan; every other scan works as it did.
#include "services/access/accesscontrol.h"
#include "services/places/placeservice.h"
#include "services/station/stationmove.h"
#include "services/station/stationsession.h"
#include "testshop.h"

#include <QTest>

using namespace Taktline;

class TstStationMove : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_shop.reset(); }
    void locNeedsABadgeAndAKnownPlace();
    void travellerThenQuantityMoves();
    void moreThanTheStepHasIsRefusedAndWritesNothing();
    void otherScansWorkAsBefore();

private:
    std::unique_ptr<TestShop> m_shop;
};

void TstStationMove::init()
{
    m_shop = std::make_unique<TestShop>();
    m_shop->create(MasterDataKind::Place, {{"code", "A-01"}, {"name", "货架"}});
    m_shop->report(m_shop->request(0, 30));
    m_shop->ws->access()->signOut();
}

void TstStationMove::locNeedsABadgeAndAKnownPlace()
{
    StationSession session(m_shop->ws.get());
    QVERIFY(!session.handleScan(QStringLiteral("LOC:A-01")));
    QVERIFY2(session.lastMessage().contains(QStringLiteral("badge")), qPrintable(session.lastMessage()));
    QVERIFY(!session.move()->active());
    QVERIFY(session.handleScan(QStringLiteral("EMP:E001")));
    QVERIFY(!session.handleScan(QStringLiteral("LOC:NOPE")));
    QVERIFY2(session.lastMessage().contains(QStringLiteral("NOPE")), qPrintable(session.lastMessage()));
    QVERIFY(session.handleScan(QStringLiteral("LOC:A-01")));
    QVERIFY(session.move()->active());
    QCOMPARE(session.move()->placeName(), QStringLiteral("货架"));
    QVERIFY(session.stepHint().contains(QStringLiteral("A-01")));
    // Quantity before what moves: said, nothing written.
    QVERIFY(!session.move()->confirm(5));
    QCOMPARE(m_shop->rows("piece_moves"), 0);
}

void TstStationMove::travellerThenQuantityMoves()
{
    StationSession session(m_shop->ws.get());
    QVERIFY(session.handleScan(QStringLiteral("EMP:E001")));
    QVERIFY(session.handleScan(QStringLiteral("LOC:A-01")));
    QVERIFY(session.handleScan(QStringLiteral("WO:%1").arg(m_shop->number())));
    QVERIFY(session.move()->hasSource());
    QVERIFY2(session.move()->confirm(12), qPrintable(session.lastMessage()));
    QCOMPARE(m_shop->rows("piece_moves"), 1);
    QVERIFY(!session.move()->active());
    const Result<QList<StepPieces>> steps = m_shop->ws->places()->piecesOf(m_shop->order);
    QVERIFY2(steps.ok(), qPrintable(steps.error()));
    bool atRack = false;
    for (const StepPieces &step : steps.value()) {
        for (const PlacedPieces &placed : step.places)
            atRack = atRack || (placed.placeCode == QStringLiteral("A-01") && placed.quantity == 12);
    }
    QVERIFY(atRack);
}

void TstStationMove::moreThanTheStepHasIsRefusedAndWritesNothing()
{
    StationSession session(m_shop->ws.get());
    QVERIFY(session.handleScan(QStringLiteral("EMP:E001")));
    QVERIFY(session.handleScan(QStringLiteral("LOC:A-01")));
    QVERIFY(session.handleScan(QStringLiteral("OP:%1/10").arg(m_shop->number())));
    QVERIFY(!session.move()->confirm(31));
    QCOMPARE(m_shop->rows("piece_moves"), 0);
    QVERIFY(session.move()->hasSource()); // still in hand, to correct the number
    QVERIFY(!session.move()->confirm(0));
    QCOMPARE(m_shop->rows("piece_moves"), 0);
}

void TstStationMove::otherScansWorkAsBefore()
{
    StationSession session(m_shop->ws.get());
    QVERIFY(session.handleScan(QStringLiteral("EMP:E001")));
    QVERIFY(session.handleScan(QStringLiteral("MC:LATHE-1")));
    QVERIFY(session.handleScan(QStringLiteral("LOC:A-01")));
    session.move()->cancel();
    QVERIFY(!session.move()->active());
    QVERIFY(session.handleScan(QStringLiteral("OP:%1/10").arg(m_shop->number())));
    QVERIFY(session.operation().has_value());
    // Signing out drops a move in hand.
    QVERIFY(session.handleScan(QStringLiteral("LOC:A-01")));
    session.signOut();
    QVERIFY(!session.move()->active());
}

QTEST_MAIN(TstStationMove)
#include "tst_stationmove.moc"
