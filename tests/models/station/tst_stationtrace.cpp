// Traceability at the station, as an assembly line uses it: a scanned material lot is checked
// against the bill of materials and fed per piece with each report, never beyond what it has;
// scanning a piece's serial picks its operation, records the step and counts the piece once; a
// failed piece needs a defect reason and counts defective; a sub-assembly scanned right after a
// piece is fitted into it.
#include "fixturehelpers.h"
#include "services/masterdata/bomservice.h"
#include "services/planning/routingservice.h"
#include "services/planning/workorderservice.h"
#include "services/serials/serialservice.h"
#include "services/station/reportingservice.h"
#include "services/station/stationsession.h"
#include "services/trace/traceservice.h"
#include "storage/database.h"
#include "testshop.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Taktline;

class TstStationTrace : public QObject
{
    Q_OBJECT
private slots:
    void serialScanPicksOperationRecordsStepAndCountsOnePiece();
    void twoPiecesInQuickSuccessionAreTwoPieces();
    void sameSerialAgainIsNotCountedTwice();
    void failedPieceNeedsReasonCountsDefectiveAndRetestPasses();
    void subAssemblyScannedAfterPieceIsFittedOnce();
    void unknownSerialChangesNothing();
    void lotIsFedPerPieceWithEachReport();
    void lotOfTheWrongMaterialIsRefusedAtTheScan();
    void reportNeedingMoreThanTheLotHasIsRefused();
    void blockedLotIsRefusedAtTheScan();
    void failingLotFeedSavesNoReport();
    void failingSerialStepSavesNoReport();
};

namespace {

// An assembly line in the shop: motors are built on MOT-1 and fitted into drives on the
// shop's assembly station, where Wang is signed in at the station. A drive takes 2.5 kg of the
// shop's steel sheet, of which a lot of 10 kg is received; copper wire is not on its BOM.
struct Line : TestShop
{
    QString motorOrder, driveOrder, copper, steelLot, copperLot;
    QStringList motors, drives;
    std::unique_ptr<StationSession> station;

    Line()
        : TestShop(Options{.lot = false})
    {
        motorOrder = order("MT-1", "电机", machine("MOT-1", "工位"));
        driveOrder = order("DR-1", "驱动器", assembly);
        copper = product("CU-1", "铜线");
        const QString drive = ws->workOrders()->find(driveOrder).value().productId;
        addBomLine(drive, steel, 2.5);
        steelLot = receive(steel, 10);
        copperLot = receive(copper, 100);
        motors = ws->serials()->generate(motorOrder, QStringLiteral("M{seq:3}"), 5).value();
        drives = ws->serials()->generate(driveOrder, QStringLiteral("D{seq:3}"), 5).value();
        station = std::make_unique<StationSession>(ws.get());
        for (const QString &scan : {QStringLiteral("EMP:E001"), QStringLiteral("MC:ASM-1")})
            Fixture::require(station->handleScan(scan) ? Outcome::success()
                                                       : Outcome::failure(station->lastMessage()),
                             "station");
    }
    QString order(const char *partNo, const char *name, const QString &machine) const
    {
        return releasedOrder(product(partNo, name, {{{}, QStringLiteral("装配"), 30, machine}}), 5);
    }
    double remaining(const QString &lot) const { return ws->trace()->stock(lot).value().remaining; }
    bool submit(double good) const { return station->submit(good, 0, 0, {}); }
    OperationProgress progress(const QString &orderId) const
    {
        return ws->reporting()->progress(step(0, orderId)).value();
    }
    // Makes every insert into TABLE fail from now on, as a full disk or a damaged page would.
    void failInserts(const char *table) const
    {
        QSqlQuery query(ws->database().connection());
        Fixture::require(query.exec(QStringLiteral("CREATE TEMP TRIGGER fail_%1 BEFORE INSERT ON %1 BEGIN "
                                                   "SELECT RAISE(ABORT, 'disk I/O error'); END")
                                        .arg(QLatin1String(table)))
                             ? Outcome::success()
                             : Outcome::failure(query.lastError().text()),
                         "injected failure");
    }
};

} // namespace

void TstStationTrace::serialScanPicksOperationRecordsStepAndCountsOnePiece()
{
    Line line;
    QVERIFY2(line.station->handleScan(QStringLiteral("SN:") + line.drives[0]), qPrintable(line.station->lastMessage()));
    QVERIFY(line.station->operation());
    QCOMPARE(line.station->operation()->workOrderId, line.driveOrder);
    QCOMPARE(line.progress(line.driveOrder).good, 1.0);
    QCOMPARE(line.rows("serial_events"), 1);
    QCOMPARE(line.station->currentPiece(), line.drives[0]);
    QVERIFY(line.station->lastMessage().contains(line.drives[0]));
}

void TstStationTrace::twoPiecesInQuickSuccessionAreTwoPieces()
{
    Line line;
    QVERIFY(line.station->handleScan(QStringLiteral("SN:") + line.drives[0]));
    QVERIFY(line.station->handleScan(QStringLiteral("SN:") + line.drives[1]));
    QCOMPARE(line.progress(line.driveOrder).good, 2.0);
    QCOMPARE(line.rows("production_reports"), 2);
}

void TstStationTrace::sameSerialAgainIsNotCountedTwice()
{
    Line line;
    QVERIFY(line.station->handleScan(QStringLiteral("SN:") + line.drives[0]));
    QSignalSpy messages(line.station.get(), &StationSession::message);
    QVERIFY(line.station->handleScan(QStringLiteral("SN:") + line.drives[0]));
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.constFirst().at(1).value<StationSession::MessageKind>(), StationSession::MessageKind::Warning);
    QCOMPARE(line.progress(line.driveOrder).good, 1.0);
    QCOMPARE(line.rows("production_reports"), 1);
    QCOMPARE(line.rows("serial_events"), 1);
}

void TstStationTrace::failedPieceNeedsReasonCountsDefectiveAndRetestPasses()
{
    Line line;
    line.station->setNextPieceFails(true);
    QVERIFY(!line.station->handleScan(QStringLiteral("SN:") + line.drives[2]));
    QVERIFY(line.station->lastMessage().contains(QStringLiteral("defect reason")));
    QCOMPARE(line.rows("production_reports"), 0);
    QCOMPARE(line.rows("serial_events"), 0);

    line.station->setNextPieceFails(true, line.scratch);
    QVERIFY(line.station->handleScan(QStringLiteral("SN:") + line.drives[2]));
    QCOMPARE(line.progress(line.driveOrder).defective, 1.0);
    QVERIFY(!line.station->nextPieceFails()); // one failed piece at a time
    QVERIFY(line.station->currentPiece().isEmpty());

    // Re-tested after repair: the step passes, the piece is not counted a second time.
    QVERIFY(line.station->handleScan(QStringLiteral("SN:") + line.drives[2]));
    QVERIFY(line.station->lastMessage().contains(QStringLiteral("re-test")));
    QCOMPARE(line.progress(line.driveOrder).good, 0.0);
    QCOMPARE(line.rows("production_reports"), 1);
    QCOMPARE(line.rows("serial_events"), 2);
}

void TstStationTrace::subAssemblyScannedAfterPieceIsFittedOnce()
{
    Line line;
    QVERIFY(line.station->handleScan(QStringLiteral("SN:") + line.drives[0]));
    QVERIFY2(line.station->handleScan(QStringLiteral("SN:") + line.motors[0]), qPrintable(line.station->lastMessage()));
    QVERIFY(line.station->lastMessage().contains(line.drives[0]));
    const TraceNode tree = line.ws->serials()->backward(line.drives[0]).value();
    bool found = false;
    for (const TraceNode *node : tree.flatten())
        found = found || (node->kind == TraceNode::Kind::Serial && node->code.contains(line.motors[0]));
    QVERIFY(found);

    // The same motor into the next drive: refused, nothing written.
    QVERIFY(line.station->handleScan(QStringLiteral("SN:") + line.drives[1]));
    const int events = line.rows("serial_events");
    QVERIFY(!line.station->handleScan(QStringLiteral("SN:") + line.motors[0]));
    QCOMPARE(line.rows("serial_events"), events);
    // Reporting stayed with the drive order: no motor piece was counted at the drive station.
    QCOMPARE(line.progress(line.motorOrder).good, 0.0);
}

void TstStationTrace::unknownSerialChangesNothing()
{
    Line line;
    QVERIFY(!line.station->handleScan(QStringLiteral("SN:NOPE-1")));
    QVERIFY(line.station->lastMessage().contains(QStringLiteral("NOPE-1")));
    QVERIFY(!line.station->operation());
    QCOMPARE(line.rows("production_reports"), 0);
}

void TstStationTrace::lotIsFedPerPieceWithEachReport()
{
    Line line;
    QVERIFY(line.station->handleScan(QStringLiteral("SN:") + line.drives[0])); // picks the step
    // The step says what to feed, from the bill of materials.
    QCOMPARE(line.station->operation()->materials.size(), 1);
    QVERIFY2(line.station->operation()->materials.constFirst().contains(QStringLiteral("SP-1")),
             qPrintable(line.station->operation()->materials.constFirst()));
    QVERIFY(line.station->operation()->materials.constFirst().contains(QStringLiteral("2.5")));
    QVERIFY2(line.station->handleScan(QStringLiteral("LOT:") + line.steelLot), qPrintable(line.station->lastMessage()));
    QVERIFY(line.station->lastMessage().contains(QStringLiteral("2.5")));
    QCOMPARE(line.station->materialLot(), line.steelLot);
    QVERIFY(line.submit(2));
    QCOMPARE(line.remaining(line.steelLot), 5.0);
    // A serial piece feeds its share too.
    QVERIFY(line.station->handleScan(QStringLiteral("SN:") + line.drives[1]));
    QCOMPARE(line.remaining(line.steelLot), 2.5);
    // The lot's forward trace reaches the drive order.
    const TraceNode tree = line.ws->trace()->forward(line.steelLot).value();
    bool reached = false;
    for (const TraceNode *node : tree.flatten())
        reached = reached || node->code.contains(line.ws->workOrders()->find(line.driveOrder).value().number);
    QVERIFY(reached);
}

void TstStationTrace::lotOfTheWrongMaterialIsRefusedAtTheScan()
{
    Line line;
    QVERIFY(line.station->handleScan(QStringLiteral("SN:") + line.drives[0]));
    QVERIFY(!line.station->handleScan(QStringLiteral("LOT:") + line.copperLot));
    QVERIFY2(line.station->lastMessage().contains(QStringLiteral("CU-1")), qPrintable(line.station->lastMessage()));
    QVERIFY(line.station->materialLot().isEmpty());
    QVERIFY(line.submit(1));
    QCOMPARE(line.remaining(line.copperLot), 100.0);
    QCOMPARE(line.rows("lot_movements"), 2); // the two receipts only
}

void TstStationTrace::reportNeedingMoreThanTheLotHasIsRefused()
{
    Line line;
    QVERIFY(line.station->handleScan(QStringLiteral("SN:") + line.drives[0])); // 2.5 fed? no lot yet
    QVERIFY(line.station->handleScan(QStringLiteral("LOT:") + line.steelLot));
    const int reports = line.rows("production_reports");
    QVERIFY(!line.submit(5)); // 12.5 kg needed, 10 left
    QVERIFY2(line.station->lastMessage().contains(QStringLiteral("Scan the next lot")), qPrintable(line.station->lastMessage()));
    QCOMPARE(line.rows("production_reports"), reports);
    QCOMPARE(line.remaining(line.steelLot), 10.0);
}

void TstStationTrace::blockedLotIsRefusedAtTheScan()
{
    Line line;
    QVERIFY(line.ws->trace()->blockLot(line.steelLot, QStringLiteral("来料检验不合格")));
    QVERIFY(line.station->handleScan(QStringLiteral("SN:") + line.drives[0]));
    QVERIFY(!line.station->handleScan(QStringLiteral("LOT:") + line.steelLot));
    QVERIFY(line.station->materialLot().isEmpty());
    QCOMPARE(line.remaining(line.steelLot), 10.0);
}

void TstStationTrace::failingLotFeedSavesNoReport()
{
    Line line;
    QVERIFY(line.station->handleScan(QStringLiteral("SN:") + line.drives[0])); // picks the step
    QVERIFY(line.station->handleScan(QStringLiteral("LOT:") + line.steelLot));
    const int reports = line.rows("production_reports");
    const int events = line.rows("serial_events");
    const OperationProgress before = line.progress(line.driveOrder);
    line.failInserts("lot_movements");
    // A counted batch: the report and its material are one fact, so neither is saved.
    QVERIFY(!line.submit(2));
    QVERIFY2(line.station->lastMessage().contains(QStringLiteral("disk I/O error")),
             qPrintable(line.station->lastMessage()));
    QVERIFY(!line.station->lastMessage().contains(QStringLiteral("is saved")));
    QCOMPARE(line.rows("production_reports"), reports);
    QCOMPARE(line.progress(line.driveOrder).good, before.good);
    QCOMPARE(line.remaining(line.steelLot), 10.0);
    // A serial piece: its report, its share of the lot and its step, or none of them.
    QVERIFY(!line.station->handleScan(QStringLiteral("SN:") + line.drives[1]));
    QCOMPARE(line.rows("production_reports"), reports);
    QCOMPARE(line.rows("serial_events"), events);
    QVERIFY(!line.ws->serials()->lastStepResult(line.ws->serials()->find(line.drives[1]).value().id,
                                                line.station->operation()->operationId)
                 .value()
                 .has_value());
}

void TstStationTrace::failingSerialStepSavesNoReport()
{
    Line line;
    line.failInserts("serial_events");
    QVERIFY(!line.station->handleScan(QStringLiteral("SN:") + line.drives[0]));
    QCOMPARE(line.rows("production_reports"), 0);
    QCOMPARE(line.rows("serial_events"), 0);
    // Nor did the order start: the start belongs to the report that was not saved.
    QCOMPARE(line.ws->workOrders()->find(line.driveOrder).value().state, WorkOrderState::Released);
}

QTEST_GUILESS_MAIN(TstStationTrace)
#include "tst_stationtrace.moc"
