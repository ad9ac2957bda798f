// Serial numbers (序列号) as a line making traceable products needs them: a batch of serials is
// generated in one transaction from a pattern, a reused serial is refused with nothing written,
// each piece's steps are recorded against its own work order, components are fitted into a
// parent once only, and the genealogy is traced backward to components and forward to parents.
#include "fixturehelpers.h"
#include "services/access/accesscontrol.h"
#include "services/planning/routingservice.h"
#include "services/planning/workorderservice.h"
#include "services/serials/serialpattern.h"
#include "services/serials/serialservice.h"
#include "storage/database.h"
#include "testshop.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace Taktline;
using namespace std::chrono_literals;

class TstSerialService : public QObject
{
    Q_OBJECT
private slots:
    void generatesTenThousandInOneTransaction();
    void reusedSerialIsRefusedWithNothingWritten();
    void badGenerationsAreRefused();
    void stepsAreRecordedAndForeignOperationsRefused();
    void genealogyBackwardAndForward();
    void componentGoesIntoOneParentOnly();
    void serialsAndEventsAreAppendOnly();
};

namespace {

// The shop with a line that winds coils, builds motors and boards and assembles them into
// drives (on the shop's assembly station): one machine and one step per product, one released
// order of ten of each.
struct Line : TestShop
{
    QString winder, coilOrder, motorOrder, boardOrder, driveOrder;

    Line()
    {
        winder = machine("WND-1", "绕线机");
        coilOrder = order("CO-1", "线圈", "绕线", winder);
        motorOrder = order("MT-1", "电机", "装配电机", machine("MOT-1", "工位"));
        boardOrder = order("PB-1", "控制板", "贴片", machine("SMT-1", "工位"));
        driveOrder = order("DR-1", "驱动器", "总装", assembly);
    }
    QString order(const char *partNo, const char *name, const char *step,
                  const QString &machine) const
    {
        const QString id = product(partNo, name, {{{}, QString::fromUtf8(step), 30, machine}});
        return releasedOrder(id, 10);
    }
    QString step(const QString &orderId) const { return TestShop::step(0, orderId); }
    QStringList generate(const QString &orderId, int count,
                         const QString &pattern = QStringLiteral("{WO}-{seq:4}")) const
    {
        const Result<QStringList> made = ws->serials()->generate(orderId, pattern, count);
        Fixture::require(made.outcome(), "serials");
        return made.value();
    }
    int scalar(const QString &sql) const
    {
        QSqlQuery query(ws->database().connection());
        query.exec(sql);
        query.next();
        return query.value(0).toInt();
    }
    int serialRows() const { return rows("serials"); }
    int eventRows() const { return rows("serial_events"); }
};

using Fixture::nodes;

const TraceNode *child(const TraceNode &node, const QString &code)
{
    for (const TraceNode &c : node.children) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

} // namespace

void TstSerialService::generatesTenThousandInOneTransaction()
{
    Line line;
    const QString wo = line.number(line.driveOrder);
    const Result<QStringList> made = line.ws->serials()->generate(
        line.driveOrder, QStringLiteral("{WO}-{yyMMdd}-{seq:5}"), 10000);
    QVERIFY2(made.ok(), qPrintable(made.error()));
    QCOMPARE(made.value().size(), 10000);
    QCOMPARE(line.serialRows(), 10000);
    QCOMPARE(line.scalar(QStringLiteral("SELECT count(DISTINCT serial) FROM serials")), 10000);
    QCOMPARE(QSet<QString>(made.value().cbegin(), made.value().cend()).size(), 10000);
    const QString today = line.today().toString(QStringLiteral("yyMMdd")); // {yyMMdd}
    QCOMPARE(made.value().constFirst(), wo + QStringLiteral("-%1-00001").arg(today));
    QCOMPARE(made.value().constLast(), wo + QStringLiteral("-%1-10000").arg(today));
    const QRegularExpression shape(
        QStringLiteral("^%1-%2-\\d{5}$").arg(QRegularExpression::escape(wo), today));
    for (const QString &serial : made.value())
        QVERIFY2(shape.match(serial).hasMatch(), qPrintable(serial));
    // One audit entry for the batch; every row of the order and its product.
    QCOMPARE(line.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                        "'generate_serials'")),
             1);
    QCOMPARE(line.scalar(QStringLiteral("SELECT count(*) FROM serials WHERE work_order_id = '%1'")
                             .arg(line.driveOrder)),
             10000);
    // A second batch continues the order's sequence.
    const QStringList more =
        line.generate(line.driveOrder, 2, QStringLiteral("{WO}-{yyMMdd}-{seq:5}"));
    QCOMPARE(more, QStringList({wo + QStringLiteral("-%1-10001").arg(today),
                                wo + QStringLiteral("-%1-10002").arg(today)}));
    QVERIFY(line.ws->serials()->find(QStringLiteral("SN:") + more.constLast()).ok());
}

void TstSerialService::reusedSerialIsRefusedWithNothingWritten()
{
    Line line;
    QCOMPARE(line.generate(line.motorOrder, 1, QStringLiteral("Q-1{seq:1}")),
             QStringList{QStringLiteral("Q-11")});
    // Q-01 … Q-10 would be new; Q-11, the last of the batch, is taken: the whole batch is refused.
    const Result<QStringList> again =
        line.ws->serials()->generate(line.boardOrder, QStringLiteral("Q-{seq:2}"), 11);
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QStringLiteral("Q-11")), qPrintable(again.error()));
    QCOMPARE(line.serialRows(), 1);
    QCOMPARE(line.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                        "'generate_serials'")),
             1);
    // Ten fit, and the next batch of the order starts where they ended.
    QCOMPARE(line.generate(line.boardOrder, 10, QStringLiteral("Q-{seq:2}")).constLast(),
             QStringLiteral("Q-10"));
    QVERIFY(!line.ws->serials()->generate(line.boardOrder, QStringLiteral("Q-{seq:2}"), 1).ok());
    QCOMPARE(line.serialRows(), 11);
}

void TstSerialService::badGenerationsAreRefused()
{
    Line line;
    SerialService *serials = line.ws->serials();
    const QString pattern = QStringLiteral("{WO}-{seq:6}");
    QVERIFY(!serials->generate(line.driveOrder, pattern, 0).ok());
    QVERIFY(!serials->generate(line.driveOrder, pattern, -5).ok());
    QVERIFY(!serials->generate(line.driveOrder, pattern, SerialPattern::MaxBatch + 1).ok());
    const Result<QStringList> noSeq =
        serials->generate(line.driveOrder, QStringLiteral("{WO}-{yyMMdd}"), 5);
    QVERIFY(!noSeq.ok());
    QVERIFY2(noSeq.error().contains(QStringLiteral("{seq:N}")), qPrintable(noSeq.error()));
    QVERIFY(!serials->generate(line.driveOrder, QStringLiteral("{WO}-{sequence}"), 5).ok());
    QVERIFY(!serials->generate(line.driveOrder, QStringLiteral("{seq:2}"), 100).ok()); // 99 fit
    // An order still in draft gets none.
    WorkOrder draft;
    draft.productId = line.ws->workOrders()->find(line.driveOrder).value().productId;
    draft.quantity = 5;
    draft.dueDate = TestShop::day(7);
    const QString draftId = line.ws->workOrders()->create(draft).value();
    const Result<QStringList> notReleased = serials->generate(draftId, pattern, 5);
    QVERIFY(!notReleased.ok());
    QVERIFY2(notReleased.error().contains(line.number(draftId)), qPrintable(notReleased.error()));
    // An operator may record steps, not make serial numbers.
    line.ws->access()->signIn(
        {QStringLiteral("u-op"), QStringLiteral("op"), QStringLiteral("op"), Role::Operator});
    QVERIFY(!serials->generate(line.driveOrder, pattern, 5).ok());
    QCOMPARE(line.serialRows(), 0);
}

void TstSerialService::stepsAreRecordedAndForeignOperationsRefused()
{
    Line line;
    SerialService *serials = line.ws->serials();
    const QStringList coils = line.generate(line.coilOrder, 2);
    const Result<QString> passed = serials->recordStep(
        QStringLiteral("SN:") + coils.at(0), line.step(line.coilOrder), line.wang, {}, true);
    QVERIFY2(passed.ok(), qPrintable(passed.error()));
    line.advance(1min);
    QVERIFY(serials->recordStep(coils.at(1), line.step(line.coilOrder), line.li, {}, false).ok());
    QCOMPARE(line.eventRows(), 2);

    // The step of another order, an unknown serial, no operator: refused, nothing written.
    const Result<QString> foreign =
        serials->recordStep(coils.at(0), line.step(line.motorOrder), line.wang, {}, true);
    QVERIFY(!foreign.ok());
    QVERIFY2(foreign.error().contains(coils.at(0)) &&
                 foreign.error().contains(line.number(line.motorOrder)),
             qPrintable(foreign.error()));
    const Result<QString> unknown = serials->recordStep(
        QStringLiteral("SN:NOPE-1"), line.step(line.coilOrder), line.wang, {}, true);
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.error().contains(QStringLiteral("NOPE-1")), qPrintable(unknown.error()));
    QVERIFY(!serials->recordStep(coils.at(0), line.step(line.coilOrder), {}, {}, true).ok());
    QCOMPARE(line.eventRows(), 2);

    // The machine comes from the operation; the result, who and when are kept.
    const TraceNode failed = serials->backward(coils.at(1)).value();
    const QList<const TraceNode *> steps = nodes(failed, TraceNode::Kind::SerialStep);
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps.at(0)->details.value(QStringLiteral("result")).toString(),
             QStringLiteral("fail"));
    QCOMPARE(steps.at(0)->details.value(QStringLiteral("employee")).toString(),
             QStringLiteral("李志强"));
    QCOMPARE(steps.at(0)->details.value(QStringLiteral("machine")).toString(),
             QStringLiteral("WND-1"));
    QCOMPARE(steps.at(0)->atMs, TestShop::at(0, 8, 1)); // a minute after the first
}

void TstSerialService::genealogyBackwardAndForward()
{
    Line line;
    SerialService *serials = line.ws->serials();
    const QString coil = line.generate(line.coilOrder, 1).constFirst();
    const QString motor = line.generate(line.motorOrder, 1).constFirst();
    const QString board = line.generate(line.boardOrder, 1).constFirst();
    const QString drive = line.generate(line.driveOrder, 1).constFirst();
    QVERIFY(serials->recordStep(coil, line.step(line.coilOrder), line.wang, {}, true).ok());
    QVERIFY(serials->recordStep(motor, line.step(line.motorOrder), line.wang, {}, true).ok());
    QVERIFY(serials->recordStep(board, line.step(line.boardOrder), line.li, {}, true).ok());
    QVERIFY(serials->recordStep(drive, line.step(line.driveOrder), line.li, {}, true).ok());
    QVERIFY(serials->consumeComponent(motor, QStringLiteral("SN:") + coil, line.wang).ok());
    QVERIFY(serials->consumeComponent(drive, motor, line.li).ok());
    QVERIFY(serials->consumeComponent(QStringLiteral("SN:") + drive, board, line.li).ok());

    const Result<TraceNode> back = serials->backward(QStringLiteral("SN:") + drive);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    const TraceNode &root = back.value();
    QCOMPARE(root.kind, TraceNode::Kind::Serial);
    QCOMPARE(root.code, drive);
    QCOMPARE(nodes(root, TraceNode::Kind::Serial).size(), 4);
    QCOMPARE(nodes(root, TraceNode::Kind::SerialStep).size(), 4);
    QVERIFY(child(root, line.number(line.driveOrder)));
    const TraceNode *motorNode = child(root, motor);
    const TraceNode *boardNode = child(root, board);
    QVERIFY(motorNode && boardNode);
    QCOMPARE(motorNode->details.value(QStringLiteral("employee")).toString(),
             QStringLiteral("李志强"));
    const QList<const TraceNode *> boardSteps = nodes(*boardNode, TraceNode::Kind::SerialStep);
    QCOMPARE(boardSteps.size(), 1);
    QCOMPARE(boardSteps.at(0)->code, line.number(line.boardOrder) + QStringLiteral("/10"));
    QCOMPARE(boardSteps.at(0)->details.value(QStringLiteral("employee")).toString(),
             QStringLiteral("李志强"));
    // The coil is inside the motor, with its own step.
    const TraceNode *coilNode = child(*motorNode, coil);
    QVERIFY(coilNode);
    const QList<const TraceNode *> coilSteps = nodes(*coilNode, TraceNode::Kind::SerialStep);
    QCOMPARE(coilSteps.size(), 1);
    QCOMPARE(coilSteps.at(0)->details.value(QStringLiteral("machine")).toString(),
             QStringLiteral("WND-1"));
    QVERIFY(root.toJson().contains(QStringLiteral("children")));

    // Forward from the coil: into the motor, the motor into the drive.
    const Result<TraceNode> forward = serials->forward(QStringLiteral("SN:") + coil);
    QVERIFY2(forward.ok(), qPrintable(forward.error()));
    QCOMPARE(forward.value().code, coil);
    QCOMPARE(forward.value().children.size(), 1);
    const TraceNode &intoMotor = forward.value().children.constFirst();
    QCOMPARE(intoMotor.code, motor);
    QCOMPARE(intoMotor.details.value(QStringLiteral("employee")).toString(),
             QStringLiteral("王建国"));
    QCOMPARE(intoMotor.children.size(), 1);
    QCOMPARE(intoMotor.children.constFirst().code, drive);
    QVERIFY(intoMotor.children.constFirst().children.isEmpty());
    // Forward from the board finds the drive; the drive itself goes nowhere.
    QCOMPARE(serials->forward(board).value().children.constFirst().code, drive);
    QVERIFY(serials->forward(drive).value().children.isEmpty());
}

void TstSerialService::componentGoesIntoOneParentOnly()
{
    Line line;
    SerialService *serials = line.ws->serials();
    const QString motor = line.generate(line.motorOrder, 1).constFirst();
    const QStringList drives = line.generate(line.driveOrder, 2);
    QVERIFY(serials->consumeComponent(drives.at(0), motor, line.wang).ok());
    const Result<QString> twice = serials->consumeComponent(drives.at(1), motor, line.wang);
    QVERIFY(!twice.ok());
    QVERIFY2(twice.error().contains(motor) && twice.error().contains(drives.at(0)),
             qPrintable(twice.error()));
    QVERIFY(!serials->consumeComponent(drives.at(1), drives.at(1), line.wang).ok());
    // A parent cannot go into what is inside it.
    QVERIFY(!serials->consumeComponent(motor, drives.at(0), line.wang).ok());
    QVERIFY(!serials->consumeComponent(drives.at(1), QStringLiteral("SN:NOPE"), line.wang).ok());
    QCOMPARE(line.eventRows(), 1);
    // The database refuses it too, whatever the service says.
    QSqlQuery query(line.ws->database().connection());
    QVERIFY(!query.exec(
        QStringLiteral(
            "INSERT INTO serial_events (id, serial_id, kind, component_serial_id, at, device_id) "
            "SELECT 'x', p.id, 'component', c.id, 0, 'd' FROM serials p, serials c "
            "WHERE p.serial = '%1' AND c.serial = '%2'")
            .arg(drives.at(1), motor)));
    QCOMPARE(line.eventRows(), 1);
}

void TstSerialService::serialsAndEventsAreAppendOnly()
{
    Line line;
    const QString coil = line.generate(line.coilOrder, 1).constFirst();
    QVERIFY(
        line.ws->serials()->recordStep(coil, line.step(line.coilOrder), line.wang, {}, true).ok());
    QSqlQuery query(line.ws->database().connection());
    QVERIFY(!query.exec(QStringLiteral("UPDATE serials SET serial = 'OTHER'")));
    QVERIFY(query.lastError().text().contains(QStringLiteral("append-only")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM serials")));
    QVERIFY(!query.exec(QStringLiteral("UPDATE serial_events SET result = 'fail'")));
    QVERIFY(query.lastError().text().contains(QStringLiteral("append-only")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM serial_events")));
    QCOMPARE(line.serialRows(), 1);
    QCOMPARE(line.eventRows(), 1);
    QCOMPARE(
        line.scalar(QStringLiteral("SELECT count(*) FROM serial_events WHERE result = 'pass'")), 1);
    // A step without its result cannot be stored.
    QVERIFY(!query.exec(QStringLiteral(
        "INSERT INTO serial_events (id, serial_id, kind, operation_id, at, device_id) "
        "SELECT 'y', s.id, 'step', o.id, 0, 'd' FROM serials s, work_order_operations o LIMIT 1")));
}

QTEST_GUILESS_MAIN(TstSerialService)
#include "tst_serialservice.moc"
