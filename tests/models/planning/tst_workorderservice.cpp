// Work orders (工单) as the planner makes and edits them: numbered by day, implausible input
// refused with a message naming the thing, release copying the routing into the machines'
// queues, edits from two windows caught, and the list filtered in SQL. After every refusal the
// saved work orders are exactly as they were.
#include "demo/demofactory.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/routingservice.h"
#include "services/planning/workorderservice.h"
#include "storage/database.h"
#include "testshop.h"
#include "testworkspace.h"

#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <cmath>
#include <limits>
#include <memory>

using namespace Taktline;

Q_DECLARE_METATYPE(Taktline::Role)
Q_DECLARE_METATYPE(Taktline::WorkOrderState)
Q_DECLARE_METATYPE(Taktline::WorkOrderFilter)

namespace {
struct ListFactory;
}

class TstWorkOrderService : public QObject
{
    Q_OBJECT
private slots:
    void numbersFollowTodayAndStayUnique();
    void implausibleHeaderRefused_data();
    void implausibleHeaderRefused();
    void unusableProductRefused_data();
    void unusableProductRefused();
    void pastDueDateWarnsButCreates();
    void savedOrderSurvivesReopen();
    void releaseCopiesRouting();
    void releaseCopiesIdealCycleTimes();
    void implausibleIdealTimeOfAnOperationRefused();
    void releaseQueuesBehindEarlierOrdersPerMachine();
    void releaseAfterEditingDraftOperationsQueuesAtBack();
    void releaseWithoutRoutingRefused();
    void releaseWithDeactivatedMachineRefused();
    void releasedOperationsCanBeEdited();
    void inProgressOperationsLocked();
    void invalidOperationEditRefused_data();
    void invalidOperationEditRefused();
    void editFromSecondWindowRefused();
    void stateActionFromStaleWindowRefused();
    void finishedOrderCannotBeEdited_data();
    void finishedOrderCannotBeEdited();
    void roleWithoutPermissionRefused_data();
    void roleWithoutPermissionRefused();
    void signalsFollowSavedChanges();
    void listFilters_data();
    void listFilters();
    void pagesAddUpToCount();

private:
    std::unique_ptr<ListFactory> m_list;
};

namespace {

using A = WorkOrderAction;
const QRegularExpression NumberPattern(QStringLiteral("^WO-(\\d{8})-(\\d{4})$"));

// The demo factory's master data (12 machines, 40 products with routings) without its work
// orders, signed in as the owner, so numbers and lists hold only what a test makes; its clock
// stands at the shop's Monday 08:00.
struct Factory
{
    TestWorkspace ws{TestWorkspace::SignIn::None, withoutOrders(), Clock::fixedAt(TestShop::at(0, 8))};

    Factory() { signIn(Role::Owner); }
    static DemoOptions withoutOrders()
    {
        DemoOptions options;
        options.workOrders = 0;
        return options;
    }
    void signIn(Role role) const
    {
        ws->access()->signIn({QStringLiteral("test-user"), QStringLiteral("tester"),
                              QStringLiteral("Tester"), role});
    }
    static QString must(const Result<QString> &id, const char *what)
    {
        if (!id || id.value().isEmpty())
            qFatal("fixture %s: %s", what, qPrintable(id.error()));
        return id.value();
    }
    QString product(const QString &partNo) const
    {
        return must(ws->masterData()->idForCode(MasterDataKind::Product, partNo), "product");
    }
    QString machine(const QString &code) const
    {
        return must(ws->masterData()->idForCode(MasterDataKind::Machine, code), "machine");
    }
    QString machineCode(const QString &id) const
    {
        return ws->masterData()->find(MasterDataKind::Machine, id).value().text(QStringLiteral("code"));
    }
    WorkOrder draft(const QString &partNo = QStringLiteral("FL-DN25")) const
    {
        WorkOrder order;
        order.productId = product(partNo);
        order.quantity = 120;
        order.dueDate = TestShop::day(14);
        order.customer = QStringLiteral("苏州精密机械");
        return order;
    }
    QString create(const WorkOrder &order) const
    {
        return must(ws->workOrders()->create(order), "create");
    }
    WorkOrder stored(const QString &id) const { return ws->workOrders()->find(id).value(); }
    QList<WorkOrderOperation> operations(const QString &id) const
    {
        return ws->workOrders()->operations(id).value();
    }
    // Takes order ID through ACTIONS, each from the version it has at that moment.
    void advance(const QString &id, const QList<WorkOrderAction> &actions) const
    {
        for (WorkOrderAction action : actions) {
            if (const Outcome done = ws->workOrders()->apply(id, action, stored(id).version); !done)
                qFatal("fixture advance: %s", qPrintable(done.error()));
        }
    }
    QString released(const QString &partNo = QStringLiteral("FL-DN25")) const
    {
        const QString id = create(draft(partNo));
        advance(id, {A::Release});
        return id;
    }
    // Every saved row a work-order change could touch, to prove a refusal touched none.
    QStringList dump() const
    {
        QStringList rows;
        for (const char *table : {"work_orders", "work_order_operations", "number_series", "audit_log"}) {
            QSqlQuery query(ws->database().connection());
            query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QLatin1String(table)));
            while (query.next()) {
                QStringList cells;
                for (int i = 0; i < query.record().count(); ++i)
                    cells << query.value(i).toString();
                rows << QLatin1String(table) + QStringLiteral(": ") + cells.join(QLatin1Char('|'));
            }
        }
        return rows;
    }
};

// The operations a planner would type in: the product's routing, not yet saved on the order.
QList<WorkOrderOperation> routingAsOperations(const Factory &f, const QString &partNo)
{
    QList<WorkOrderOperation> ops;
    for (const RoutingOperation &step : f.ws->routing()->operations(f.product(partNo)).value())
        ops.append({QString(), QString(), 0, step.name, step.standardSeconds, step.machineId});
    return ops;
}

void expectRefusal(const QString &error, const QStringList &mentions)
{
    QVERIFY2(!error.trimmed().isEmpty(), "a refusal needs a message");
    for (const QString &mention : mentions)
        QVERIFY2(error.contains(mention, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("«%1» should mention «%2»").arg(error, mention)));
}

// A small list with known answers, due in the weeks after the shop's Monday: day N of it is
// ListStart.addDays(N - 1), and "today" for it is its day 15.
const QDate ListStart = TestShop::day(7);
const QDate ListToday = ListStart.addDays(14);

struct Seed
{
    const char *key;
    const char *partNo;
    int dueDay; // of the list: 1 is ListStart
    const char *customer;
    const char *lotNo;
    bool urgent;
    QList<WorkOrderAction> path;
};

const QList<Seed> &seeds()
{
    static const QList<Seed> all = {
        {"a", "FL-DN25", 20, "Suzhou Precision", "L-1001", false, {}},
        {"b", "BS-20", 12, "SUZHOU PRECISION Works", "L-1002", true, {A::Release}},
        {"c", "BS-20", 5, "宁波海天泵业", "L-1003", false, {A::Release, A::Start, A::Complete}},
        {"d", "FL-DN25", 33, "Ningbo 100% Pumps", "LOT_A1", true, {A::Cancel}},
        {"e", "SH-L200", 14, "Acme_Tools", "L-1005", false, {A::Release, A::Start, A::Hold}},
        {"f", "SH-L200", 15, "Acme Tools", "LOTXA1", false, {A::Release, A::Start}},
    };
    return all;
}

// Factory with the seeds saved in order (numbers -0001 … -0006); keys map back from ids.
struct ListFactory : Factory
{
    QHash<QString, const Seed *> seedForId;

    ListFactory()
    {
        int n = 0;
        for (const Seed &seed : seeds()) {
            WorkOrder order = draft(QLatin1String(seed.partNo));
            order.dueDate = ListStart.addDays(seed.dueDay - 1);
            order.customer = QString::fromUtf8(seed.customer);
            order.lotNo = QLatin1String(seed.lotNo);
            order.salesOrder = QStringLiteral("SO-%1").arg(++n);
            order.priority = seed.urgent ? WorkOrderPriority::Urgent : WorkOrderPriority::Normal;
            const QString id = create(order);
            advance(id, seed.path);
            seedForId.insert(id, &seed);
        }
    }
};

} // namespace

void TstWorkOrderService::numbersFollowTodayAndStayUnique()
{
    Factory f;
    const QString today = TestShop::monday().toString(QStringLiteral("yyyyMMdd")); // the clock's
    QStringList numbers;
    for (int i = 0; i < 50; ++i) {
        const WorkOrder order = f.stored(f.create(f.draft(i % 2 ? QStringLiteral("BS-20") : QStringLiteral("FL-DN25"))));
        const QRegularExpressionMatch match = NumberPattern.match(order.number);
        QVERIFY2(match.hasMatch(), qPrintable(order.number));
        QCOMPARE(match.captured(1), today);
        QCOMPARE(order.state, WorkOrderState::Draft);
        QCOMPARE(order.version, 1);
        QCOMPARE(f.ws->workOrders()->idForNumber(order.number).value(), order.id);
        numbers << order.number;
    }
    QCOMPARE(numbers.first(), QStringLiteral("WO-%1-0001").arg(today));
    QCOMPARE(numbers.at(1), QStringLiteral("WO-%1-0002").arg(today));
    QCOMPARE(QSet<QString>(numbers.cbegin(), numbers.cend()).size(), 50);
    const WorkOrder second = f.stored(f.ws->workOrders()->idForNumber(numbers.at(1)).value());
    QCOMPARE(second.productId, f.product(QStringLiteral("BS-20")));
    QCOMPARE(second.quantity, 120.0);
    QCOMPARE(second.dueDate, TestShop::day(14));
    QCOMPARE(second.customer, QStringLiteral("苏州精密机械"));
}

void TstWorkOrderService::implausibleHeaderRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("mention");
    const QString quantity = QStringLiteral("quantity");
    QTest::newRow("quantity 0") << quantity << QVariant(0.0) << quantity;
    QTest::newRow("quantity -5") << quantity << QVariant(-5.0) << quantity;
    QTest::newRow("quantity NaN") << quantity << QVariant(std::nan("")) << quantity;
    QTest::newRow("quantity infinite") << quantity << QVariant(std::numeric_limits<double>::infinity()) << quantity;
    QTest::newRow("quantity 1e9") << quantity << QVariant(1e9) << quantity;
    QTest::newRow("no due date") << QStringLiteral("due") << QVariant(QDate()) << QStringLiteral("due date");
    QTest::newRow("customer of 81") << QStringLiteral("customer") << QVariant(QString(81, QLatin1Char('x')))
                                    << QStringLiteral("customer");
    QTest::newRow("notes of 2001") << QStringLiteral("notes") << QVariant(QString(2001, QLatin1Char('x')))
                                   << QStringLiteral("notes");
}

void TstWorkOrderService::implausibleHeaderRefused()
{
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    QFETCH(QString, mention);
    Factory f;
    const QString id = f.create(f.draft());
    const QStringList before = f.dump();
    QSignalSpy added(f.ws->workOrders(), &WorkOrderService::workOrderAdded);
    QSignalSpy changed(f.ws->workOrders(), &WorkOrderService::workOrderChanged);
    const auto edit = [&](WorkOrder order) {
        if (field == QLatin1String("quantity"))
            order.quantity = value.toDouble();
        else if (field == QLatin1String("due"))
            order.dueDate = value.toDate();
        else if (field == QLatin1String("customer"))
            order.customer = value.toString();
        else
            order.notes = value.toString();
        return order;
    };
    expectRefusal(f.ws->workOrders()->create(edit(f.draft())).error(), {mention});
    expectRefusal(f.ws->workOrders()->update(edit(f.stored(id))).error(), {mention});
    QCOMPARE(added.count() + changed.count(), 0);
    QCOMPARE(f.dump(), before);
}

void TstWorkOrderService::unusableProductRefused_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("mention");
    QTest::newRow("none chosen") << QStringLiteral("none") << QStringLiteral("product");
    QTest::newRow("unknown id") << QStringLiteral("unknown") << QStringLiteral("product");
    QTest::newRow("deactivated") << QStringLiteral("deactivated") << QStringLiteral("FL-DN25");
}

void TstWorkOrderService::unusableProductRefused()
{
    QFETCH(QString, problem);
    QFETCH(QString, mention);
    Factory f;
    WorkOrder order = f.draft();
    if (problem == QLatin1String("none"))
        order.productId.clear();
    else if (problem == QLatin1String("unknown"))
        order.productId = QStringLiteral("01930000-0000-7000-8000-000000000000");
    else
        QVERIFY(f.ws->masterData()->setActive(MasterDataKind::Product, order.productId, false).ok());
    const QStringList before = f.dump();
    QSignalSpy added(f.ws->workOrders(), &WorkOrderService::workOrderAdded);
    expectRefusal(f.ws->workOrders()->create(order).error(), {mention});
    QCOMPARE(added.count(), 0);
    QCOMPARE(f.dump(), before);
}

void TstWorkOrderService::pastDueDateWarnsButCreates()
{
    Factory f;
    WorkOrder order = f.draft();
    order.dueDate = TestShop::monday(); // the factory's clock stands at Monday 08:00
    QVERIFY(f.ws->workOrders()->warnings(order).isEmpty()); // due today is fine
    f.ws->setClock(Clock::fixedAt(TestShop::at(1, 8)));
    const QStringList late = f.ws->workOrders()->warnings(order);
    QCOMPARE(late.size(), 1);
    expectRefusal(late.first(), {QStringLiteral("due date"), QStringLiteral("past")});
    f.ws->setClock(Clock::fixedAt(TestShop::at(0, 8)));
    order.dueDate = TestShop::day(-3);
    QVERIFY(!f.ws->workOrders()->warnings(order).isEmpty());
    const Result<QString> id = f.ws->workOrders()->create(order);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(f.stored(id.value()).dueDate, order.dueDate);
}

void TstWorkOrderService::savedOrderSurvivesReopen()
{
    Factory f;
    WorkOrder order = f.draft(QStringLiteral("SH-L200"));
    order.customer = QStringLiteral("  宁波   海天泵业 ");
    order.salesOrder = QStringLiteral("SO-2611");
    order.lotNo = QStringLiteral("L2611-0042");
    order.notes = QStringLiteral("  首件送检  ");
    order.priority = WorkOrderPriority::Urgent;
    const QString id = f.create(order);
    f.advance(id, {A::Release});
    const WorkOrder saved = f.stored(id);
    const QList<WorkOrderOperation> ops = f.operations(id);
    QCOMPARE(saved.customer, QStringLiteral("宁波 海天泵业"));
    QCOMPARE(saved.notes, QStringLiteral("首件送检"));
    f.ws.reopen();
    const WorkOrder reopened = f.stored(id);
    QCOMPARE(reopened.number, saved.number);
    QCOMPARE(reopened.state, WorkOrderState::Released);
    QCOMPARE(reopened.version, 2);
    QCOMPARE(reopened.priority, WorkOrderPriority::Urgent);
    QCOMPARE(reopened.salesOrder, saved.salesOrder);
    QCOMPARE(reopened.lotNo, saved.lotNo);
    QCOMPARE(reopened.dueDate, saved.dueDate);
    QCOMPARE(f.operations(id), ops);
}

void TstWorkOrderService::releaseCopiesRouting()
{
    Factory f;
    const Routing routing = f.ws->routing()->operations(f.product(QStringLiteral("FL-DN25"))).value();
    QCOMPARE(routing.size(), 3);
    const QString id = f.released();
    QCOMPARE(f.stored(id).state, WorkOrderState::Released);
    const QList<WorkOrderOperation> ops = f.operations(id);
    QCOMPARE(ops.size(), routing.size());
    QStringList codes;
    for (int i = 0; i < ops.size(); ++i) {
        QCOMPARE(ops[i].seq, (i + 1) * 10);
        QCOMPARE(ops[i].name, routing[i].name);
        QCOMPARE(ops[i].standardSeconds, routing[i].standardSeconds);
        QCOMPARE(ops[i].machineId, routing[i].machineId);
        QCOMPARE(ops[i].workOrderId, id);
        QVERIFY(!ops[i].id.isEmpty() && ops[i].id != routing[i].id);
        codes << f.machineCode(ops[i].machineId);
    }
    QCOMPARE(codes, QStringList({QStringLiteral("CNC-01"), QStringLiteral("DR-01"), QStringLiteral("QC-01")}));
}

// The ideal cycle time (for OEE) goes with the order, and a step without one stays without.
void TstWorkOrderService::releaseCopiesIdealCycleTimes()
{
    Factory f;
    const QString productId = f.product(QStringLiteral("FL-DN25"));
    Routing routing = f.ws->routing()->operations(productId).value();
    routing[0].idealSeconds = routing[0].standardSeconds * 0.8;
    routing[1].idealSeconds = 30;
    routing[2].idealSeconds.reset();
    QVERIFY(f.ws->routing()->setOperations(productId, routing).ok());
    const QList<WorkOrderOperation> ops = f.operations(f.released());
    QCOMPARE(ops.size(), 3);
    QCOMPARE(ops[0].idealSeconds, routing[0].idealSeconds);
    QCOMPARE(ops[1].idealSeconds, std::optional<double>(30));
    QVERIFY(!ops[2].idealSeconds);
    QSqlQuery query(f.ws->database().connection());
    query.prepare(QStringLiteral("SELECT ideal_seconds FROM work_order_operations WHERE id = ?"));
    query.addBindValue(ops[2].id);
    QVERIFY(query.exec() && query.next());
    QVERIFY(query.value(0).isNull()); // not set: NULL, not 0
    query.addBindValue(ops[1].id);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toDouble(), 30.0);
}

void TstWorkOrderService::implausibleIdealTimeOfAnOperationRefused()
{
    Factory f;
    const QString id = f.released();
    QList<WorkOrderOperation> ops = f.operations(id);
    const QStringList before = f.dump();
    ops[1].idealSeconds = 0;
    Outcome saved = f.ws->workOrders()->setOperations(id, ops, 2);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(QStringLiteral("ideal cycle time")), qPrintable(saved.error()));
    ops[1].idealSeconds = ops[1].standardSeconds * 11;
    saved = f.ws->workOrders()->setOperations(id, ops, 2);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(QStringLiteral("ten times")), qPrintable(saved.error()));
    QCOMPARE(f.dump(), before);
}

void TstWorkOrderService::releaseQueuesBehindEarlierOrdersPerMachine()
{
    // BS-20 runs two of its operations (去毛刺, 检验) on the same inspection bench QC-01.
    Factory f;
    QHash<QString, QList<double>> ranks; // machine code → ranks in release order
    for (const char *partNo : {"FL-DN25", "BS-20", "BS-20", "FL-DN25"}) {
        for (const WorkOrderOperation &op : f.operations(f.released(QLatin1String(partNo))))
            ranks[f.machineCode(op.machineId)].append(op.queueRank);
    }
    QCOMPARE(ranks.value(QStringLiteral("QC-01")).size(), 6);
    for (auto it = ranks.cbegin(); it != ranks.cend(); ++it) {
        for (int i = 1; i < it.value().size(); ++i) {
            QVERIFY2(it.value()[i] > it.value()[i - 1],
                     qPrintable(QStringLiteral("%1 queue is not in release order: %2 after %3")
                                    .arg(it.key())
                                    .arg(it.value()[i])
                                    .arg(it.value()[i - 1])));
        }
    }
}

void TstWorkOrderService::releaseAfterEditingDraftOperationsQueuesAtBack()
{
    Factory f;
    const WorkOrderOperation earlier = f.operations(f.released()).first(); // on CNC-01
    const QString id = f.create(f.draft());
    QVERIFY(f.ws->workOrders()->setOperations(id, routingAsOperations(f, QStringLiteral("FL-DN25")), 1).ok());
    f.advance(id, {A::Release});
    const WorkOrderOperation later = f.operations(id).first();
    QCOMPARE(later.machineId, earlier.machineId);
    QVERIFY2(later.queueRank > earlier.queueRank,
             "an order released later must not jump ahead in the machine's queue");
}

void TstWorkOrderService::releaseWithoutRoutingRefused()
{
    Factory f;
    MasterRecord record;
    record.values = {{QStringLiteral("part_no"), QStringLiteral("NR-100")},
                     {QStringLiteral("name"), QStringLiteral("无工艺试制件")}};
    const QString productId = Factory::must(f.ws->masterData()->create(MasterDataKind::Product, record), "product");
    WorkOrder order = f.draft();
    order.productId = productId;
    const QString id = f.create(order);
    const QStringList before = f.dump();
    const Outcome refused = f.ws->workOrders()->apply(id, A::Release, 1);
    QVERIFY(!refused.ok());
    expectRefusal(refused.error(), {QStringLiteral("NR-100"), QStringLiteral("routing")});
    QCOMPARE(f.stored(id).state, WorkOrderState::Draft);
    QVERIFY(f.operations(id).isEmpty());
    QCOMPARE(f.dump(), before);
}

void TstWorkOrderService::releaseWithDeactivatedMachineRefused()
{
    Factory f;
    const QString id = f.create(f.draft());
    QVERIFY(f.ws->workOrders()->setOperations(id, routingAsOperations(f, QStringLiteral("FL-DN25")), 1).ok());
    QVERIFY(f.ws->masterData()->setActive(MasterDataKind::Machine, f.machine(QStringLiteral("DR-01")), false).ok());
    const QStringList before = f.dump();
    const Outcome refused = f.ws->workOrders()->apply(id, A::Release, 2);
    QVERIFY(!refused.ok());
    expectRefusal(refused.error(), {QStringLiteral("DR-01"), QStringLiteral("deactivated")});
    QCOMPARE(f.stored(id).state, WorkOrderState::Draft);
    QCOMPARE(f.dump(), before);
}

void TstWorkOrderService::releasedOperationsCanBeEdited()
{
    Factory f;
    const QString id = f.released();
    QList<WorkOrderOperation> ops = f.operations(id); // 车削 CNC-01, 钻孔 DR-01, 检验 QC-01
    ops.swapItemsAt(0, 1);
    ops[0].machineId = f.machine(QStringLiteral("MC-01"));
    ops[2].standardSeconds = 25.5;
    const Outcome saved = f.ws->workOrders()->setOperations(id, ops, 2);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    const QList<WorkOrderOperation> after = f.operations(id);
    QCOMPARE(after.size(), 3);
    QStringList names;
    for (int i = 0; i < after.size(); ++i) {
        names << after[i].name;
        QCOMPARE(after[i].seq, (i + 1) * 10);
        QCOMPARE(after[i].id, ops[i].id); // the same operations, so reports still find them
    }
    QCOMPARE(names, QStringList({QStringLiteral("钻孔"), QStringLiteral("车削"), QStringLiteral("检验")}));
    QCOMPARE(f.machineCode(after[0].machineId), QStringLiteral("MC-01"));
    QCOMPARE(after[2].standardSeconds, 25.5);
    QCOMPARE(f.stored(id).state, WorkOrderState::Released);
    QCOMPARE(f.stored(id).version, 3);
}

void TstWorkOrderService::inProgressOperationsLocked()
{
    Factory f;
    const QString id = f.released();
    f.advance(id, {A::Start});
    const QStringList before = f.dump();
    QList<WorkOrderOperation> ops = f.operations(id);
    ops.removeLast();
    const Outcome refused = f.ws->workOrders()->setOperations(id, ops, 3);
    expectRefusal(refused.error(), {f.stored(id).number, QStringLiteral("in progress")});
    QCOMPARE(f.dump(), before);
}

void TstWorkOrderService::invalidOperationEditRefused_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("mention");
    QTest::newRow("negative time") << QStringLiteral("seconds=-5") << QStringLiteral("standard time");
    QTest::newRow("zero time") << QStringLiteral("seconds=0") << QStringLiteral("standard time");
    QTest::newRow("time not a number") << QStringLiteral("seconds=nan") << QStringLiteral("standard time");
    QTest::newRow("blank name") << QStringLiteral("name") << QStringLiteral("name");
    QTest::newRow("no machine") << QStringLiteral("machine") << QStringLiteral("machine");
    QTest::newRow("deactivated machine") << QStringLiteral("inactive") << QStringLiteral("PR-01");
    QTest::newRow("nothing left") << QStringLiteral("empty") << QStringLiteral("at least one operation");
}

void TstWorkOrderService::invalidOperationEditRefused()
{
    QFETCH(QString, edit);
    QFETCH(QString, mention);
    Factory f;
    const QString id = f.released();
    QList<WorkOrderOperation> ops = f.operations(id);
    WorkOrderOperation &second = ops[1];
    if (edit.startsWith(QLatin1String("seconds=")))
        second.standardSeconds = edit == QLatin1String("seconds=nan") ? std::nan("") : edit.mid(8).toDouble();
    if (edit == QLatin1String("name"))
        second.name = QStringLiteral("   ");
    if (edit == QLatin1String("machine"))
        second.machineId.clear();
    if (edit == QLatin1String("inactive")) {
        second.machineId = f.machine(QStringLiteral("PR-01"));
        QVERIFY(f.ws->masterData()->setActive(MasterDataKind::Machine, second.machineId, false).ok());
    }
    if (edit == QLatin1String("empty"))
        ops.clear();
    const QStringList before = f.dump();
    const Outcome refused = f.ws->workOrders()->setOperations(id, ops, 2);
    expectRefusal(refused.error(), {mention});
    QCOMPARE(f.dump(), before);
}

void TstWorkOrderService::editFromSecondWindowRefused()
{
    Factory f;
    const QString id = f.create(f.draft());
    WorkOrder first = f.stored(id);
    WorkOrder second = f.stored(id);
    QCOMPARE(first.version, second.version);
    first.quantity = 200;
    first.customer = QStringLiteral("宁波海天泵业");
    QVERIFY(f.ws->workOrders()->update(first).ok());
    const QStringList afterFirst = f.dump();
    second.quantity = 300;
    second.notes = QStringLiteral("from the second window");
    const Outcome refused = f.ws->workOrders()->update(second);
    expectRefusal(refused.error(), {first.number, QStringLiteral("another window")});
    QCOMPARE(f.dump(), afterFirst);
    const WorkOrder saved = f.stored(id);
    QCOMPARE(saved.quantity, 200.0);
    QCOMPARE(saved.customer, QStringLiteral("宁波海天泵业"));
    QVERIFY(saved.notes.isEmpty());
    QCOMPARE(saved.version, 2);
    // Reloaded, the second window can save its change.
    WorkOrder retry = saved;
    retry.quantity = 300;
    QVERIFY(f.ws->workOrders()->update(retry).ok());
    QCOMPARE(f.stored(id).quantity, 300.0);
}

void TstWorkOrderService::stateActionFromStaleWindowRefused()
{
    Factory f;
    const QString id = f.create(f.draft());
    WorkOrder edited = f.stored(id);
    edited.dueDate = edited.dueDate.addDays(7);
    QVERIFY(f.ws->workOrders()->update(edited).ok()); // another window moved the due date
    const QStringList before = f.dump();
    for (WorkOrderAction action : {A::Release, A::Cancel}) {
        const Outcome refused = f.ws->workOrders()->apply(id, action, 1);
        expectRefusal(refused.error(), {edited.number, QStringLiteral("another window")});
    }
    QCOMPARE(f.dump(), before);
    QCOMPARE(f.stored(id).state, WorkOrderState::Draft);
    QVERIFY(f.operations(id).isEmpty());
}

void TstWorkOrderService::finishedOrderCannotBeEdited_data()
{
    QTest::addColumn<QList<WorkOrderAction>>("path");
    QTest::addColumn<WorkOrderState>("state");
    QTest::newRow("closed") << QList<A>{A::Release, A::Start, A::Complete, A::Close} << WorkOrderState::Closed;
    QTest::newRow("cancelled") << QList<A>{A::Release, A::Cancel} << WorkOrderState::Cancelled;
}

void TstWorkOrderService::finishedOrderCannotBeEdited()
{
    QFETCH(QList<WorkOrderAction>, path);
    QFETCH(WorkOrderState, state);
    Factory f;
    const QString id = f.create(f.draft());
    f.advance(id, path);
    WorkOrder order = f.stored(id);
    QCOMPARE(order.state, state);
    const QStringList before = f.dump();
    order.notes = QStringLiteral("too late");
    expectRefusal(f.ws->workOrders()->update(order).error(),
                  {order.number, workOrderStateDisplayName(state)});
    expectRefusal(f.ws->workOrders()->setOperations(id, f.operations(id), order.version).error(),
                  {order.number});
    for (WorkOrderAction action : WorkOrderStateMachine::allActions())
        QVERIFY(!f.ws->workOrders()->apply(id, action, order.version).ok());
    QCOMPARE(f.dump(), before);
}

void TstWorkOrderService::roleWithoutPermissionRefused_data()
{
    QTest::addColumn<Role>("role");
    QTest::newRow("operator") << Role::Operator;
    QTest::newRow("supervisor") << Role::Supervisor;
}

void TstWorkOrderService::roleWithoutPermissionRefused()
{
    QFETCH(Role, role);
    Factory f;
    const QString draftId = f.create(f.draft());
    const QString releasedId = f.released();
    const QStringList before = f.dump();
    f.signIn(role);
    QSignalSpy added(f.ws->workOrders(), &WorkOrderService::workOrderAdded);
    QSignalSpy changed(f.ws->workOrders(), &WorkOrderService::workOrderChanged);
    const QStringList mention = {roleDisplayName(role)};
    WorkOrder edited = f.stored(draftId);
    edited.quantity = 1;
    expectRefusal(f.ws->workOrders()->create(f.draft()).error(), mention);
    expectRefusal(f.ws->workOrders()->update(edited).error(), mention);
    expectRefusal(f.ws->workOrders()->apply(draftId, A::Release, 1).error(), mention);
    expectRefusal(f.ws->workOrders()->apply(releasedId, A::Start, 2).error(), mention);
    expectRefusal(f.ws->workOrders()->setOperations(releasedId, f.operations(releasedId), 2).error(), mention);
    QCOMPARE(added.count() + changed.count(), 0);
    QCOMPARE(f.dump(), before);
}

void TstWorkOrderService::signalsFollowSavedChanges()
{
    Factory f;
    QSignalSpy added(f.ws->workOrders(), &WorkOrderService::workOrderAdded);
    QSignalSpy changed(f.ws->workOrders(), &WorkOrderService::workOrderChanged);
    const QString id = f.create(f.draft());
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.first().first().toString(), id);
    QCOMPARE(changed.count(), 0);
    WorkOrder order = f.stored(id);
    order.lotNo = QStringLiteral("L-77");
    QVERIFY(f.ws->workOrders()->update(order).ok());
    QVERIFY(!f.ws->workOrders()->update(order).ok()); // stale: no signal
    f.advance(id, {A::Release});
    QVERIFY(f.ws->workOrders()->setOperations(id, f.operations(id), 3).ok());
    QVERIFY(!f.ws->workOrders()->apply(id, A::Close, 4).ok()); // refused: no signal
    QCOMPARE(changed.count(), 3);
    for (const QList<QVariant> &arguments : std::as_const(changed))
        QCOMPARE(arguments.first().toString(), id);
    QCOMPARE(added.count(), 1);
}

void TstWorkOrderService::listFilters_data()
{
    QTest::addColumn<WorkOrderFilter>("filter");
    QTest::addColumn<QString>("expected"); // seed keys in list order
    using S = WorkOrderState;
    const auto row = [](const char *name, const char *expected, const auto &edit) {
        WorkOrderFilter filter;
        filter.today = ListToday;
        edit(filter);
        QTest::newRow(name) << filter << QString::fromLatin1(expected);
    };
    const QString number4 =
        QStringLiteral("WO-%1-0004").arg(TestShop::monday().toString(QStringLiteral("yyyyMMdd")));
    row("all, by due date", "cbefad", [](WorkOrderFilter &) {});
    row("released or on hold", "be", [](WorkOrderFilter &f) { f.states = {S::Released, S::OnHold}; });
    row("closed: none", "", [](WorkOrderFilter &f) { f.states = {S::Closed}; });
    row("product BS-20", "cb", [](WorkOrderFilter &f) { f.productId = QStringLiteral("part:BS-20"); });
    row("customer, any case", "ba", [](WorkOrderFilter &f) { f.customer = QStringLiteral(" suzhou PRECISION "); });
    row("customer in Chinese", "c", [](WorkOrderFilter &f) { f.customer = QStringLiteral("海天"); });
    row("whole number", "d", [&](WorkOrderFilter &f) { f.numberSearch = number4; });
    row("end of number", "c", [](WorkOrderFilter &f) { f.numberSearch = QStringLiteral("-0003"); });
    row("lot, any case", "e", [](WorkOrderFilter &f) { f.numberSearch = QStringLiteral("l-1005"); });
    row("sales order", "f", [](WorkOrderFilter &f) { f.numberSearch = QStringLiteral("SO-6"); });
    row("literal % in customer", "d", [](WorkOrderFilter &f) { f.customer = QStringLiteral("%"); });
    row("literal _ in customer", "e", [](WorkOrderFilter &f) { f.customer = QStringLiteral("_"); });
    row("literal \\ in customer", "", [](WorkOrderFilter &f) { f.customer = QStringLiteral("\\"); });
    row("literal _ in lot", "d", [](WorkOrderFilter &f) { f.numberSearch = QStringLiteral("LOT_A"); });
    row("literal % in search", "", [](WorkOrderFilter &f) { f.numberSearch = QStringLiteral("%"); });
    row("due range, ends included", "bef", [](WorkOrderFilter &f) {
        f.dueFrom = ListStart.addDays(11);
        f.dueTo = ListStart.addDays(14);
    });
    row("due from", "befad", [](WorkOrderFilter &f) { f.dueFrom = ListStart.addDays(11); });
    row("due to", "c", [](WorkOrderFilter &f) { f.dueTo = ListStart.addDays(10); });
    row("overdue: not completed, not due today", "be", [](WorkOrderFilter &f) { f.overdueOnly = true; });
    row("overdue a week later", "befa", [](WorkOrderFilter &f) {
        f.overdueOnly = true;
        f.today = ListToday.addDays(6);
    });
    row("overdue: never cancelled", "befa", [](WorkOrderFilter &f) {
        f.overdueOnly = true;
        f.today = ListStart.addDays(60); // after every due date
    });
    row("urgent", "bd", [](WorkOrderFilter &f) { f.urgentOnly = true; });
    row("urgent and overdue", "b", [](WorkOrderFilter &f) { f.urgentOnly = f.overdueOnly = true; });
    row("state and customer", "ef", [](WorkOrderFilter &f) {
        f.states = {S::InProgress, S::OnHold};
        f.customer = QStringLiteral("acme");
    });
    row("due date descending", "dafebc", [](WorkOrderFilter &f) { f.descending = true; });
    row("number", "abcdef", [](WorkOrderFilter &f) { f.sort = WorkOrderFilter::Sort::Number; });
}

void TstWorkOrderService::listFilters()
{
    QFETCH(WorkOrderFilter, filter);
    QFETCH(QString, expected);
    if (!m_list)
        m_list = std::make_unique<ListFactory>(); // read-only: shared by every row
    if (filter.productId.startsWith(QLatin1String("part:")))
        filter.productId = m_list->product(filter.productId.mid(5));
    const QList<WorkOrderListRow> rows = m_list->ws->workOrders()->page(filter, 0, 100).value();
    QString keys;
    for (const WorkOrderListRow &row : rows) {
        const Seed *seed = m_list->seedForId.value(row.id);
        QVERIFY(seed);
        keys += QLatin1String(seed->key);
        const WorkOrder stored = m_list->stored(row.id); // the row shows the saved order
        QCOMPARE(row.number, stored.number);
        QCOMPARE(row.partNo, QLatin1String(seed->partNo));
        QCOMPARE(row.customer, stored.customer);
        QCOMPARE(row.dueDate, stored.dueDate);
        QCOMPARE(row.state, stored.state);
        QCOMPARE(row.priority, stored.priority);
    }
    QCOMPARE(keys, expected);
    QCOMPARE(m_list->ws->workOrders()->count(filter).value(), expected.size());
}

void TstWorkOrderService::pagesAddUpToCount()
{
    // The demo's 300 orders, read page by page as the list fetches them lazily.
    TestWorkspace ws(TestWorkspace::SignIn::Owner, /*demo=*/true);
    for (const QList<WorkOrderState> &states :
         {QList<WorkOrderState>{}, QList<WorkOrderState>{WorkOrderState::Released}}) {
        WorkOrderFilter filter;
        filter.states = states;
        const int total = ws->workOrders()->count(filter).value();
        QVERIFY(total > 0);
        QStringList paged;
        for (int offset = 0; offset < total + 7; offset += 7) {
            const QList<WorkOrderListRow> rows = ws->workOrders()->page(filter, offset, 7).value();
            QCOMPARE(rows.size(), qBound(0, total - offset, 7));
            for (const WorkOrderListRow &row : rows)
                paged << row.id;
        }
        QStringList all;
        for (const WorkOrderListRow &row : ws->workOrders()->page(filter, 0, total + 10).value())
            all << row.id;
        QCOMPARE(paged, all);
        QCOMPARE(QSet<QString>(paged.cbegin(), paged.cend()).size(), total);
    }
    // 300 orders and the rework orders the demo's nonconformances made.
    QSqlQuery rework(ws->database().connection());
    QVERIFY(rework.exec(QStringLiteral(
        "SELECT count(*) FROM nc_dispositions WHERE rework_work_order_id IS NOT NULL")));
    QVERIFY(rework.next()); // how many depends on the day the demo is built
    QCOMPARE(ws->workOrders()->count(WorkOrderFilter()).value(), 300 + rework.value(0).toInt());
}

QTEST_GUILESS_MAIN(TstWorkOrderService)
#include "tst_workorderservice.moc"
