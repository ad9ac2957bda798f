// Where the pieces are (零件位置): a move is a scan recorded as one fact; a step's pieces are its
// good pieces less what the next step took, spread over the places they were moved to; a piece is
// in one place; the next step takes from its machine's input buffer first; the Machines page sees
// what waits in front of each machine; lots and serials move too, and a serial's genealogy shows
// its moves. Every refused move writes nothing.
#include "fixturehelpers.h"
#include "services/access/accesscontrol.h"
#include "services/places/placeservice.h"
#include "services/planning/workorderservice.h"
#include "services/serials/serialservice.h"
#include "services/station/reportingservice.h"
#include "services/trace/shipmentservice.h"
#include "storage/database.h"
#include "testshop.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Taktline;
using namespace std::chrono_literals;

namespace {

// The shop with places: racks, the mill's input buffer IN-MILL, the lathe's input
// buffer IN-LATHE and its output buffer OUT-LATHE, and a rack taken out of use.
struct PlaceShop : TestShop
{
    QString r1, r2, inMill, inLathe, outLathe, removed;

    PlaceShop()
    {
        r1 = create(MasterDataKind::Place, {{"code", "R-01"}, {"name", "货架一"}});
        r2 = create(MasterDataKind::Place, {{"code", "R-02"}, {"name", "货架二"}});
        inMill = create(MasterDataKind::Place, {{"code", "IN-MILL"},
                                                {"name", "加工中心线边"},
                                                {"kind", "input"},
                                                {"machine_id", "MILL-1"}});
        inLathe = create(MasterDataKind::Place, {{"code", "IN-LATHE"},
                                                 {"name", "车床线边"},
                                                 {"kind", "input"},
                                                 {"machine_id", "LATHE-1"}});
        outLathe = create(MasterDataKind::Place, {{"code", "OUT-LATHE"},
                                                  {"name", "车床下线"},
                                                  {"kind", "output"},
                                                  {"machine_id", "LATHE-1"}});
        removed = create(MasterDataKind::Place, {{"code", "R-99"}, {"name", "旧货架"}});
        Fixture::require(ws->masterData()->remove(MasterDataKind::Place, removed), "remove R-99");
    }

    // GOOD pieces reported on step INDEX of ORDER (the shop's), a minute later than the last.
    void made(int index, double good, double defective = 0, const QString &orderId = {})
    {
        advance(1min);
        report(request(index, good, defective, orderId));
    }
    int seq(int index, const QString &orderId = {}) const
    {
        return ws->workOrders()
            ->operations(orderId.isEmpty() ? order : orderId)
            .value()
            .at(index)
            .seq;
    }
    // Moves of the shop's order: QUANTITY of step INDEX (-1: the traveller's latest step) to TO.
    Result<QString> move(const char *to, double quantity, int index = -1, const char *from = "",
                         const QString &orderId = {})
    {
        advance(1min);
        MoveInput input;
        input.toPlaceCode = QString::fromLatin1(to);
        input.fromPlaceCode = QString::fromLatin1(from);
        input.workOrderNumber = number(orderId);
        input.seq = index < 0 ? 0 : seq(index, orderId);
        input.quantity = quantity;
        input.employeeId = wang;
        return ws->places()->move(input);
    }
    void moved(const char *to, double quantity, int index = -1, const char *from = "",
               const QString &orderId = {})
    {
        Fixture::require(move(to, quantity, index, from, orderId).outcome(), "move");
    }
    // "place=quantity" of step INDEX, the not-placed share as "-", in the service's order.
    QString where(int index, const QString &orderId = {}) const
    {
        const Result<QList<StepPieces>> steps =
            ws->places()->piecesOf(orderId.isEmpty() ? order : orderId);
        if (!steps)
            return QStringLiteral("error: ") + steps.error();
        QStringList parts;
        for (const PlacedPieces &p : steps.value().at(index).places)
            parts << QStringLiteral("%1=%2")
                         .arg(p.placeCode.isEmpty() ? QStringLiteral("-") : p.placeCode)
                         .arg(p.quantity);
        return parts.join(QLatin1Char(' '));
    }
    double pieces(int index, const QString &orderId = {}) const
    {
        return ws->places()->piecesOf(orderId.isEmpty() ? order : orderId).value().at(index).pieces;
    }
    // Every table a move writes, counted.
    QString fingerprint() const
    {
        return QStringLiteral("moves=%1,outbox=%2,chain=%3")
            .arg(rows("piece_moves"))
            .arg(rows("sync_outbox"))
            .arg(rows("fact_chain"));
    }
};

} // namespace

class TstPlaceService : public QObject
{
    Q_OBJECT
private slots:
    void moveRecordsOneFactAndSaysSo();
    void aPieceCannotBeInTwoPlaces();
    void aMoveOfMoreThanTheStepHasIsRefused();
    void travellerMovesTheLatestStepWithPieces();
    void stationSeesTheStepAMoveWouldTake();
    void nextStepTakesFromItsInputBufferFirst();
    void voidedReportTakesItsPiecesBackFromThePlaces();
    void lastStepGivesToFinishedGoods();
    void piecesWaitInFrontOfTheNextMachine();
    void lotMovesAndFeedsFromTheInputBuffer();
    void serialMovesAreInItsGenealogy();
    void badMovesWriteNothing_data();
    void badMovesWriteNothing();
    void movesNeedStationOrMaterialRights();
};

void TstPlaceService::moveRecordsOneFactAndSaysSo()
{
    PlaceShop shop;
    shop.made(0, 30);
    QSignalSpy moved(shop.ws->places(), &PlaceService::piecesMoved);
    const QString before = shop.fingerprint();

    const Result<QString> id = shop.move("R-01", 20, 0);
    QVERIFY2(id, qPrintable(id.error()));
    QCOMPARE(moved.count(), 1);
    QVERIFY(shop.fingerprint() != before);
    QCOMPARE(shop.rows("piece_moves"), 1);
    QSqlQuery row(shop.ws->database().connection());
    QVERIFY(row.exec(QStringLiteral(
        "SELECT to_place_id, from_place_id IS NULL, operation_id, quantity, employee_id, at "
        "FROM piece_moves")));
    QVERIFY(row.next());
    QCOMPARE(row.value(0).toString(), shop.r1);
    QVERIFY(row.value(1).toBool());
    QCOMPARE(row.value(2).toString(), shop.step(0));
    QCOMPARE(row.value(3).toDouble(), 20.0);
    QCOMPARE(row.value(4).toString(), shop.wang);
    QCOMPARE(row.value(5).toLongLong(), shop.nowMs());

    const QList<StepPieces> steps = shop.ws->places()->piecesOf(shop.order).value();
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps.at(0).pieces, 30.0);
    QCOMPARE(shop.where(0), QStringLiteral("-=10 R-01=20"));
    QCOMPARE(steps.at(0).places.at(1).placeName, QStringLiteral("货架一"));
    QCOMPARE(steps.at(0).places.at(1).sinceMs, shop.nowMs());
    QCOMPARE(steps.at(1).pieces, 0.0);
    QVERIFY(steps.at(1).places.isEmpty());
}

void TstPlaceService::aPieceCannotBeInTwoPlaces()
{
    PlaceShop shop;
    shop.made(0, 30);
    shop.moved("R-01", 20, 0);
    shop.moved("R-02", 5, 0, "R-01");
    QCOMPARE(shop.where(0), QStringLiteral("-=10 R-01=15 R-02=5"));
    // Back to where they are: refused.
    const Result<QString> again = shop.move("R-01", 1, 0, "R-01");
    QVERIFY(!again);
    QVERIFY(!again.error().isEmpty());

    // The next step takes 25: what is left in all places together is the step's 5 pieces.
    shop.made(1, 25);
    QCOMPARE(shop.pieces(0), 5.0);
    double placed = 0;
    for (const PlacedPieces &p : shop.ws->places()->piecesOf(shop.order).value().at(0).places)
        placed += p.quantity;
    QCOMPARE(placed, 5.0);
    // The 10 not placed went first, then R-01 (reached before R-02).
    QCOMPARE(shop.where(0), QStringLiteral("R-02=5"));
    QVERIFY(!shop.move("R-01", 1, 0, "R-01"));
    QVERIFY(!shop.move("R-02", 1, 0, "R-01")); // R-01 is empty now
    QCOMPARE(shop.where(1), QStringLiteral("-=25"));
}

void TstPlaceService::aMoveOfMoreThanTheStepHasIsRefused()
{
    PlaceShop shop;
    shop.made(0, 30);
    shop.moved("R-01", 20, 0);
    const QString before = shop.fingerprint();
    const Result<QString> tooMany = shop.move("R-02", 11, 0); // 10 not placed
    QVERIFY(!tooMany);
    QVERIFY2(tooMany.error().contains(QStringLiteral("10")), qPrintable(tooMany.error()));
    QVERIFY(!shop.move("R-02", 21, 0, "R-01"));
    QCOMPARE(shop.fingerprint(), before);
    QVERIFY(shop.move("R-02", 20, 0, "R-01"));
    QCOMPARE(shop.where(0), QStringLiteral("-=10 R-02=20"));
}

void TstPlaceService::travellerMovesTheLatestStepWithPieces()
{
    PlaceShop shop;
    shop.made(0, 30);
    shop.made(1, 10);
    // WO: takes the latest step with pieces where they come from: the mill's.
    shop.moved("R-01", 4);
    QCOMPARE(shop.where(1), QStringLiteral("-=6 R-01=4"));
    QCOMPARE(shop.where(0), QStringLiteral("-=20"));
    // From R-01 only the mill's pieces are there.
    shop.moved("R-02", 4, -1, "R-01");
    QCOMPARE(shop.where(1), QStringLiteral("-=6 R-02=4"));
    // OP: names the step.
    shop.moved("R-01", 5, 0);
    QCOMPARE(shop.where(0), QStringLiteral("-=15 R-01=5"));
    // Nothing of the order at OUT-LATHE.
    const Result<QString> none = shop.move("R-02", 1, -1, "OUT-LATHE");
    QVERIFY(!none);
}

void TstPlaceService::stationSeesTheStepAMoveWouldTake()
{
    PlaceShop shop;
    shop.made(0, 30);
    shop.made(1, 10);
    shop.moved("R-01", 10); // all of the mill's pieces
    // Not placed: the lathe's 20 are the latest there, though the mill has pieces at R-01.
    Result<StepPieces> step = shop.ws->places()->stepToMove(shop.number(), 0);
    QVERIFY2(step, qPrintable(step.error()));
    QCOMPARE(step.value().seq, shop.seq(0));
    QCOMPARE(step.value().pieces, 20.0);
    // From R-01: the mill's.
    step = shop.ws->places()->stepToMove(shop.number(), 0, QStringLiteral("r-01"));
    QVERIFY2(step, qPrintable(step.error()));
    QCOMPARE(step.value().seq, shop.seq(1));
    QCOMPARE(step.value().places.size(), 1);
    QCOMPARE(step.value().places.constFirst().placeCode, QStringLiteral("R-01"));
    // A move takes what it said.
    shop.moved("R-02", 20);
    QCOMPARE(shop.where(0), QStringLiteral("R-02=20"));
    // Nothing left where it would take them from; a step named: whatever it has.
    QVERIFY(!shop.ws->places()->stepToMove(shop.number(), 0));
    step = shop.ws->places()->stepToMove(shop.number(), shop.seq(1));
    QVERIFY(step);
    QCOMPARE(step.value().pieces, 10.0);
    QVERIFY(!shop.ws->places()->stepToMove(shop.number(), 0, QStringLiteral("R-77")));
}

void TstPlaceService::nextStepTakesFromItsInputBufferFirst()
{
    PlaceShop shop;
    shop.made(0, 40);
    shop.moved("R-02", 10, 0); // reached first
    shop.moved("R-01", 10, 0);
    shop.moved("IN-MILL", 10, 0);
    QCOMPARE(shop.where(0), QStringLiteral("-=10 IN-MILL=10 R-01=10 R-02=10"));
    shop.made(1, 15);
    // The mill's buffer first, then the pieces not placed.
    QCOMPARE(shop.where(0), QStringLiteral("-=5 R-01=10 R-02=10"));
    shop.made(1, 8, 2); // good, defective: both taken from the step before
    // Then the place reached first.
    QCOMPARE(shop.where(0), QStringLiteral("R-01=10 R-02=5"));
    QCOMPARE(shop.pieces(0), 15.0);
}

void TstPlaceService::voidedReportTakesItsPiecesBackFromThePlaces()
{
    PlaceShop shop;
    shop.made(0, 10);
    shop.advance(1min);
    const QString report = shop.report(shop.request(0, 20));
    shop.moved("R-01", 25, 0);
    QVERIFY(shop.ws->reporting()->voidReport(report, QStringLiteral("重复报工")));
    // 10 pieces were made: they cannot lie at R-01 and elsewhere more than that.
    QCOMPARE(shop.pieces(0), 10.0);
    QCOMPARE(shop.where(0), QStringLiteral("R-01=10"));
}

void TstPlaceService::lastStepGivesToFinishedGoods()
{
    PlaceShop shop;
    shop.made(0, 30);
    shop.made(1, 20);
    shop.moved("R-01", 12);
    QVERIFY(
        shop.ws->shipments()->receiveFinished(shop.order, 15, QStringLiteral("成品库"), shop.wang));
    // 15 of the 20 went: the 8 not placed first, then 7 of R-01.
    QCOMPARE(shop.pieces(1), 5.0);
    QCOMPARE(shop.where(1), QStringLiteral("R-01=5"));
    QCOMPARE(shop.pieces(0), 10.0);
}

void TstPlaceService::piecesWaitInFrontOfTheNextMachine()
{
    PlaceShop shop;
    const QString other = shop.releasedOrder(shop.flange, 50, TestShop::day(5));
    shop.made(0, 30);
    shop.made(0, 12, 0, other);
    shop.moved("R-01", 10, 0);
    shop.moved("IN-MILL", 2, 0, "", other);

    // The mill: the lathe's pieces of both orders, wherever they are.
    const QList<WaitingPieces> mill = shop.ws->places()->waitingAt(shop.mill).value();
    QStringList seen;
    for (const WaitingPieces &w : mill)
        seen << QStringLiteral("%1/%2@%3=%4")
                    .arg(w.workOrderNumber)
                    .arg(w.seq)
                    .arg(w.placeCode.isEmpty() ? QStringLiteral("-") : w.placeCode)
                    .arg(w.quantity);
    const QString a = shop.number(), b = shop.number(other);
    const int millSeq = shop.seq(1);
    QCOMPARE(seen.join(QLatin1Char(' ')),
             QStringLiteral("%1/%3@-=20 %1/%3@R-01=10 %2/%3@-=10 %2/%3@IN-MILL=2")
                 .arg(a, b)
                 .arg(millSeq));
    QCOMPARE(mill.constFirst().partNo, QStringLiteral("FL-1"));
    QCOMPARE(mill.constFirst().operationId, shop.step(1));
    // The lathe's first steps wait for material, not for pieces.
    QVERIFY(shop.ws->places()->waitingAt(shop.lathe).value().isEmpty());

    QHash<QString, double> byMachine = shop.ws->places()->waitingByMachine().value();
    QCOMPARE(byMachine.value(shop.mill), 42.0);
    QVERIFY(!byMachine.contains(shop.lathe));

    // What lies in the lathe's input buffer waits there, whatever step it comes from.
    shop.moved("IN-LATHE", 3, 0);
    byMachine = shop.ws->places()->waitingByMachine().value();
    QCOMPARE(byMachine.value(shop.mill), 39.0);
    QCOMPARE(byMachine.value(shop.lathe), 3.0);

    // The mill takes pieces: fewer wait.
    shop.made(1, 25);
    QCOMPARE(shop.ws->places()->waitingByMachine().value().value(shop.mill), 14.0);
    // An order no longer running has no step queued: only what lies in the buffer still waits.
    QSqlQuery done(shop.ws->database().connection());
    QVERIFY(done.exec(
        QStringLiteral("UPDATE work_orders SET state = 'completed' WHERE id = '%1'").arg(other)));
    QCOMPARE(shop.ws->places()->waitingByMachine().value().value(shop.mill), 4.0);
    QCOMPARE(shop.ws->places()->waitingAt(shop.mill).value().constLast().placeCode,
             QStringLiteral("IN-MILL"));
}

void TstPlaceService::lotMovesAndFeedsFromTheInputBuffer()
{
    PlaceShop shop;
    QSqlQuery lot(shop.ws->database().connection());
    QVERIFY(lot.exec(
        QStringLiteral("SELECT id FROM material_lots WHERE lot_no = '%1'").arg(shop.steelLot)));
    QVERIFY(lot.next());
    const QString lotId = lot.value(0).toString();
    // A lot never moved is not placed.
    QList<PlacedPieces> places = shop.ws->places()->lotPlaces(lotId).value();
    QCOMPARE(places.size(), 1);
    QVERIFY(places.constFirst().placeId.isEmpty());
    QCOMPARE(places.constFirst().quantity, 100.0);

    MoveInput input;
    input.toPlaceCode = QStringLiteral("IN-LATHE");
    input.lotNo = shop.steelLot;
    input.quantity = 60;
    QVERIFY(shop.ws->places()->move(input));
    input.toPlaceCode = QStringLiteral("R-01");
    input.quantity = 10;
    QVERIFY(shop.ws->places()->move(input));
    // More than is left where it comes from.
    input.quantity = 31;
    const QString before = shop.fingerprint();
    QVERIFY(!shop.ws->places()->move(input));
    QCOMPARE(shop.fingerprint(), before);

    // The lathe feeds 40 kg: from its buffer.
    shop.advance(1min);
    ReportRequest feed = shop.request(0, 50);
    feed.feeds = {{shop.steelLot, 0.8}};
    shop.report(feed);
    places = shop.ws->places()->lotPlaces(lotId).value();
    QStringList seen;
    for (const PlacedPieces &p : places)
        seen << QStringLiteral("%1=%2")
                    .arg(p.placeCode.isEmpty() ? QStringLiteral("-") : p.placeCode)
                    .arg(p.quantity);
    QCOMPARE(seen.join(QLatin1Char(' ')), QStringLiteral("-=30 IN-LATHE=20 R-01=10"));
}

void TstPlaceService::serialMovesAreInItsGenealogy()
{
    PlaceShop shop;
    const Result<QStringList> serials =
        shop.ws->serials()->generate(shop.order, QStringLiteral("FL{seq:4}"), 2);
    QVERIFY2(serials, qPrintable(serials.error()));
    const QString sn = serials.value().constFirst();
    MoveInput input;
    input.serial = sn;
    input.employeeId = shop.li;
    input.toPlaceCode = QStringLiteral("R-01");
    shop.advance(1min);
    QVERIFY(shop.ws->places()->move(input));
    const qint64 firstAt = shop.nowMs();
    // Already there: refused, nothing written.
    const QString before = shop.fingerprint();
    const Result<QString> again = shop.ws->places()->move(input);
    QVERIFY(!again);
    QVERIFY(again.error().contains(sn));
    QCOMPARE(shop.fingerprint(), before);
    // To R-02, from where it is, whatever the dialog said.
    input.toPlaceCode = QStringLiteral("R-02");
    input.fromPlaceCode = QStringLiteral("IN-MILL");
    shop.advance(1min);
    QVERIFY(shop.ws->places()->move(input));
    // A piece in one place: it left R-01 and may go back there.
    input.toPlaceCode = QStringLiteral("R-01");
    shop.advance(1min);
    QVERIFY(shop.ws->places()->move(input));

    const QString serialId = shop.ws->serials()->find(sn).value().id;
    const QList<SerialMove> moves = shop.ws->places()->serialMoves(serialId).value();
    QCOMPARE(moves.size(), 3);
    QCOMPARE(moves.at(0).atMs, firstAt);
    QVERIFY(moves.at(0).fromPlaceCode.isEmpty());
    QCOMPARE(moves.at(1).fromPlaceCode, QStringLiteral("R-01"));
    QCOMPARE(moves.at(1).toPlaceCode, QStringLiteral("R-02"));
    QCOMPARE(moves.at(2).fromPlaceCode, QStringLiteral("R-02"));
    QCOMPARE(moves.at(2).toPlaceName, QStringLiteral("货架一"));
    QCOMPARE(moves.at(2).employeeName, QStringLiteral("李志强"));
    // A serial's move is not a step's pieces.
    QCOMPARE(shop.pieces(0), 0.0);

    const Result<TraceNode> tree = shop.ws->serials()->backward(sn);
    QVERIFY2(tree, qPrintable(tree.error()));
    const QList<const TraceNode *> nodes = Fixture::nodes(tree.value(), TraceNode::Kind::Move);
    QCOMPARE(nodes.size(), 3);
    QCOMPARE(nodes.at(1)->code, QStringLiteral("R-02"));
    QCOMPARE(nodes.at(1)->details.value(QStringLiteral("from")).toString(), QStringLiteral("R-01"));
    QVERIFY(nodes.at(1)->title.contains(QStringLiteral("R-02")));
    QCOMPARE(nodes.at(0)->atMs, firstAt);
    QCOMPARE(TraceNode::kindKey(TraceNode::Kind::Move), QStringLiteral("move"));
    // The other serial never moved.
    const QString other = shop.ws->serials()->find(serials.value().at(1)).value().id;
    QVERIFY(shop.ws->places()->serialMoves(other).value().isEmpty());

    // Shipped, it is no longer in the factory: it moves no more.
    shop.made(0, 2);
    shop.made(1, 2);
    QVERIFY(
        shop.ws->shipments()->receiveFinished(shop.order, 2, QStringLiteral("成品库"), shop.wang));
    ShipmentRequest shipment;
    shipment.customer = QStringLiteral("华东机电有限公司");
    shipment.lines = {{serials.value().at(1), 1}};
    const Result<QString> shipped = shop.ws->shipments()->createShipment(shipment);
    QVERIFY2(shipped, qPrintable(shipped.error()));
    input.serial = serials.value().at(1);
    const QString beforeShipped = shop.fingerprint();
    const Result<QString> gone = shop.ws->places()->move(input);
    QVERIFY(!gone);
    QVERIFY2(gone.error().contains(serials.value().at(1)), qPrintable(gone.error()));
    QCOMPARE(shop.fingerprint(), beforeShipped);
}

void TstPlaceService::badMovesWriteNothing_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("what"); // WO, OP, LOT or SN
    QTest::addColumn<double>("quantity");
    QTest::addColumn<QString>("orderState"); // empty: the shop's order as it is

    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("unknown place") << "R-77"
                                   << ""
                                   << "WO" << 1.0 << "";
    QTest::newRow("deleted place") << "R-99"
                                   << ""
                                   << "WO" << 1.0 << "";
    QTest::newRow("no place") << ""
                              << ""
                              << "WO" << 1.0 << "";
    QTest::newRow("unknown source") << "R-02"
                                    << "R-77"
                                    << "WO" << 1.0 << "";
    QTest::newRow("where they are") << "R-01"
                                    << "R-01"
                                    << "WO" << 1.0 << "";
    QTest::newRow("zero") << "R-02"
                          << ""
                          << "WO" << 0.0 << "";
    QTest::newRow("negative") << "R-02"
                              << ""
                              << "OP" << -3.0 << "";
    QTest::newRow("not a number") << "R-02"
                                  << ""
                                  << "WO" << nan << "";
    QTest::newRow("absurd") << "R-02"
                            << ""
                            << "WO" << 1000001.0 << "";
    QTest::newRow("infinite") << "R-02"
                              << ""
                              << "LOT" << std::numeric_limits<double>::infinity() << "";
    QTest::newRow("more than the step has") << "R-02"
                                            << ""
                                            << "OP" << 21.0 << "";
    QTest::newRow("more than the lot has") << "R-02"
                                           << ""
                                           << "LOT" << 100.5 << "";
    QTest::newRow("closed order") << "R-02"
                                  << ""
                                  << "WO" << 1.0 << "closed";
    QTest::newRow("cancelled order") << "R-02"
                                     << ""
                                     << "WO" << 1.0 << "cancelled";
    QTest::newRow("no finished pieces") << "R-02"
                                        << ""
                                        << "NEW" << 1.0 << "";
    QTest::newRow("unknown order") << "R-02"
                                   << ""
                                   << "WO?" << 1.0 << "";
    QTest::newRow("unknown serial") << "R-02"
                                    << ""
                                    << "SN?" << 1.0 << "";
    QTest::newRow("departed mover") << "R-02"
                                    << ""
                                    << "WO-LEFT" << 1.0 << "";
    QTest::newRow("two things at once") << "R-02"
                                        << ""
                                        << "WO+LOT" << 1.0 << "";
    QTest::newRow("nothing scanned") << "R-02"
                                     << ""
                                     << "" << 1.0 << "";
}

void TstPlaceService::badMovesWriteNothing()
{
    QFETCH(QString, to);
    QFETCH(QString, from);
    QFETCH(QString, what);
    QFETCH(double, quantity);
    QFETCH(QString, orderState);

    PlaceShop shop;
    shop.made(0, 30);
    shop.moved("R-01", 10, 0);
    const QString fresh = shop.releasedOrder(shop.flange, 10, TestShop::day(6));
    if (!orderState.isEmpty()) {
        // Closed and cancelled as the database knows them (the state machine's path is long).
        QSqlQuery q(shop.ws->database().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE work_orders SET state = '%1' WHERE id = '%2'")
                           .arg(orderState, shop.order)));
    }
    MoveInput input;
    input.toPlaceCode = to;
    input.fromPlaceCode = from;
    input.quantity = quantity;
    if (what == QLatin1String("WO") || what == QLatin1String("OP"))
        input.workOrderNumber = shop.number();
    if (what == QLatin1String("OP"))
        input.seq = shop.seq(0);
    if (what == QLatin1String("NEW"))
        input.workOrderNumber = shop.number(fresh);
    if (what == QLatin1String("WO?"))
        input.workOrderNumber = QStringLiteral("WO-19990101-0001");
    if (what == QLatin1String("LOT"))
        input.lotNo = shop.steelLot;
    if (what == QLatin1String("WO-LEFT")) {
        input.workOrderNumber = shop.number();
        input.employeeId = shop.leaver;
    }
    if (what == QLatin1String("WO+LOT")) {
        input.workOrderNumber = shop.number();
        input.lotNo = shop.steelLot;
    }
    if (what == QLatin1String("SN?"))
        input.serial = QStringLiteral("NO-SUCH-SERIAL");
    QSignalSpy moved(shop.ws->places(), &PlaceService::piecesMoved);
    const QString before = shop.fingerprint();

    const Result<QString> refused = shop.ws->places()->move(input);
    QVERIFY(!refused);
    QVERIFY(!refused.error().isEmpty());
    QVERIFY2(!refused.error().contains(QStringLiteral("CHECK")), qPrintable(refused.error()));
    QCOMPARE(shop.fingerprint(), before);
    QCOMPARE(moved.count(), 0);
}

void TstPlaceService::movesNeedStationOrMaterialRights()
{
    PlaceShop shop;
    shop.made(0, 30);
    shop.signIn(Role::Operator);
    QVERIFY(shop.move("R-01", 1, 0));
    shop.signIn(Role::Supervisor);
    QVERIFY(shop.move("R-01", 1, 0));
    shop.ws->access()->signOut();
    const QString before = shop.fingerprint();
    const Result<QString> refused = shop.move("R-01", 1, 0);
    QVERIFY(!refused);
    QCOMPARE(shop.fingerprint(), before);
    // Reading needs no right a station lacks.
    QCOMPARE(shop.pieces(0), 30.0);
}

QTEST_GUILESS_MAIN(TstPlaceService)
#include "tst_placeservice.moc"
