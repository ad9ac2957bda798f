// The demo factory a prospect explores first: believable, complete, bilingual, with one
// account per role, and never built over a factory that already holds data.
#include "demo/demofactory.h"
#include "services/access/accesscontrol.h"
#include "services/access/authservice.h"
#include "services/andon/andonservice.h"
#include "services/masterdata/bomservice.h"
#include "services/masterdata/masterdataservice.h"
#include "services/masterdata/settingsservice.h"
#include "services/planning/routingservice.h"
#include "services/subcontract/subcontractservice.h"
#include "storage/database.h"
#include "testshop.h"
#include "testworkspace.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Taktline;

class TstDemoFactory : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void hasTwelveMachinesInThreeWorkshops();
    void hasFortyProductsWithRoutings();
    void hasPeopleAndReasonCodes();
    void hasOneAccountPerRole();
    void isMarkedAsDemo();
    void namesAreChineseAndEnglish();
    void refusesToBuildTwice();
    void refusesToBuildOverAFactory();
    void shopFloorHistoryFollowsTheRules();
    void reportsOptionMakesExactlyThatMany();
    void historyIsRealisticForOee();
    void hasSubcontractorsPlacesAndMovedPieces();

private:
    QList<MasterRecord> records(MasterDataKind kind) const;

    std::unique_ptr<TestWorkspace> m_ws; // built once: it takes several password hashes
};

namespace {

bool hasChinese(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar ch) { return ch.unicode() >= 0x4E00 && ch.unicode() <= 0x9FFF; });
}

bool isPlainLatin(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar ch) { return ch.unicode() < 0x80; });
}

int rowsIn(Workspace *ws, const QString &table)
{
    QSqlQuery query(ws->database().connection());
    return query.exec(QStringLiteral("SELECT count(*) FROM ") + table) && query.next()
               ? query.value(0).toInt()
               : -1;
}

QList<int> everyTableCount(Workspace *ws)
{
    QList<int> counts;
    for (const char *table :
         {"products", "machines", "employees", "downtime_reasons", "defect_reasons",
          "routing_operations", "users", "settings", "audit_log"}) {
        counts << rowsIn(ws, QString::fromLatin1(table));
    }
    return counts;
}

} // namespace

void TstDemoFactory::initTestCase()
{
    // Built on the shop's Monday: a timestamp taken from the wall clock would lie in its future.
    // Built for real, not copied from the tests' demo cache: this test checks the building.
    m_ws = std::make_unique<TestWorkspace>(TestWorkspace::SignIn::None, false,
                                           Clock::fixedAt(TestShop::at(0, 8)));
    const Outcome built = DemoFactory::build(**m_ws, DemoOptions());
    QVERIFY2(built.ok(), qPrintable(built.error()));
    (*m_ws)->access()->signIn({QStringLiteral("test-user"), QStringLiteral("tester"),
                               QStringLiteral("Tester"), Role::Owner});
}

void TstDemoFactory::cleanupTestCase()
{
    m_ws.reset();
}

QList<MasterRecord> TstDemoFactory::records(MasterDataKind kind) const
{
    const Result<QList<MasterRecord>> list = (*m_ws)->masterData()->list(kind, false);
    return list ? list.value() : QList<MasterRecord>();
}

void TstDemoFactory::hasTwelveMachinesInThreeWorkshops()
{
    const QList<MasterRecord> machines = records(MasterDataKind::Machine);
    QCOMPARE(machines.size(), 12);
    QSet<QString> workshops;
    for (const MasterRecord &m : machines) {
        workshops.insert(m.text(QStringLiteral("workshop")));
        QVERIFY(m.value(QStringLiteral("capacity")).toInt() >= 1);
    }
    QCOMPARE(workshops.size(), 3);
    QVERIFY(!workshops.contains(QString()));
}

void TstDemoFactory::hasFortyProductsWithRoutings()
{
    // Forty made products, each routed over active machines; raw materials (RM-…) are bought,
    // not made: no routing, and each goes into some product's bill of materials.
    const QList<MasterRecord> products = records(MasterDataKind::Product);
    QSet<QString> used;
    for (const MasterRecord &product : products) {
        for (const BomLine &line : (*m_ws)->bom()->lines(product.id).value())
            used.insert(line.componentId);
    }
    int made = 0;
    int materials = 0;
    for (const MasterRecord &product : products) {
        const QString partNo = product.text(QStringLiteral("part_no"));
        const QByteArray name = partNo.toUtf8();
        const Result<Routing> routing = (*m_ws)->routing()->operations(product.id);
        QVERIFY2(routing.ok(), name);
        if (partNo.startsWith(QStringLiteral("RM-"))) {
            ++materials;
            QVERIFY2(routing.value().isEmpty(), name);
            QVERIFY2(used.contains(product.id), name);
            continue;
        }
        ++made;
        QVERIFY2(!routing.value().isEmpty(), name);
        for (const RoutingOperation &op : routing.value()) {
            QVERIFY2(op.standardSeconds > 0, name);
            if (op.outsourced) { // sent to a subcontractor (外协), priced, no machine
                QVERIFY2(op.machineId.isEmpty() && op.subcontractPrice > 0, name);
                const Result<MasterRecord> supplier =
                    (*m_ws)->masterData()->find(MasterDataKind::Supplier, op.supplierId);
                QVERIFY2(supplier.ok() && supplier.value().active, name);
                continue;
            }
            QVERIFY2(!op.machineId.isEmpty(), name);
            const Result<MasterRecord> machine =
                (*m_ws)->masterData()->find(MasterDataKind::Machine, op.machineId);
            QVERIFY2(machine.ok() && machine.value().active, name);
        }
    }
    QCOMPARE(made, 40);
    QVERIFY(materials >= 10);
}

void TstDemoFactory::hasPeopleAndReasonCodes()
{
    QCOMPARE(records(MasterDataKind::Employee).size(), 25);
    QVERIFY(records(MasterDataKind::DowntimeReason).size() >= 6);
    QVERIFY(records(MasterDataKind::DefectReason).size() >= 6);
    // Both kinds of stop, so planned and unplanned downtime can be told apart in reports.
    QSet<bool> planned;
    for (const MasterRecord &r : records(MasterDataKind::DowntimeReason))
        planned.insert(r.value(QStringLiteral("planned")).toBool());
    QCOMPARE(planned.size(), 2);
}

void TstDemoFactory::hasOneAccountPerRole()
{
    Workspace *ws = m_ws->get();
    QCOMPARE(rowsIn(ws, QStringLiteral("users")), 4);
    QSet<Role> roles;
    for (const QString &name : {QStringLiteral("owner"), QStringLiteral("planner"),
                                QStringLiteral("supervisor"), QStringLiteral("operator")}) {
        const Outcome signedIn = ws->auth()->signIn(name, DemoFactory::password());
        QVERIFY2(signedIn.ok(), qPrintable(name + QStringLiteral(": ") + signedIn.error()));
        QCOMPARE(ws->access()->session()->username, name);
        QCOMPARE(roleKey(ws->access()->session()->role), name);
        roles.insert(ws->access()->session()->role);
    }
    QCOMPARE(roles.size(), 4);
    QVERIFY(!ws->auth()->signIn(QStringLiteral("owner"), QStringLiteral("wrong-pass")).ok());
}

void TstDemoFactory::isMarkedAsDemo()
{
    QVERIFY((*m_ws)->settings()->isDemo());
    QVERIFY(!(*m_ws)->settings()->factoryName().trimmed().isEmpty());

    TestWorkspace plain; // a real factory is not a demo
    QVERIFY(!plain->settings()->isDemo());
}

void TstDemoFactory::namesAreChineseAndEnglish()
{
    for (MasterDataKind kind : {MasterDataKind::Machine, MasterDataKind::Product}) {
        for (const MasterRecord &r : records(kind)) {
            const QString name = r.text(QStringLiteral("name"));
            const QString english = r.text(QStringLiteral("name_en"));
            QVERIFY2(hasChinese(name), qPrintable(name));
            QVERIFY2(!english.trimmed().isEmpty() && isPlainLatin(english), qPrintable(name));
        }
    }
}

void TstDemoFactory::refusesToBuildTwice()
{
    Workspace *ws = m_ws->get();
    const QList<int> before = everyTableCount(ws);
    const Outcome again = DemoFactory::build(*ws, DemoOptions());
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QFileInfo(ws->database().path()).fileName()),
             qPrintable(again.error()));
    QCOMPARE(everyTableCount(ws), before);
    QVERIFY(ws->access()->isSignedIn()); // the session of whoever asked is kept
}

void TstDemoFactory::refusesToBuildOverAFactory()
{
    TestWorkspace ws(TestWorkspace::SignIn::None);
    QVERIFY(ws->auth()
                ->createOwner(QStringLiteral("wang"), {}, QStringLiteral("owner-123"),
                              QStringLiteral("owner-123"))
                .ok());
    const QList<int> before = everyTableCount(ws.get());
    const Outcome built = DemoFactory::build(*ws, DemoOptions());
    QVERIFY(!built.ok());
    QVERIFY(!built.error().isEmpty());
    QCOMPARE(everyTableCount(ws.get()), before);
    QVERIFY(!ws->settings()->isDemo());
}

void TstDemoFactory::shopFloorHistoryFollowsTheRules()
{
    QVERIFY(rowsIn(m_ws->get(), QStringLiteral("production_reports")) > 100);
    QVERIFY(rowsIn(m_ws->get(), QStringLiteral("machine_status_events")) > 12 * 30);
    QVERIFY(rowsIn(m_ws->get(), QStringLiteral("piece_rates")) >= 40 * 2);
    // No step has more good pieces than the step before it, nor the first more than planned.
    QSqlQuery query(m_ws->get()->database().connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT o.work_order_id, o.seq, COALESCE(p.good, 0), w.quantity FROM work_order_operations o "
        "JOIN work_orders w ON w.id = o.work_order_id LEFT JOIN operation_progress p ON p.operation_id = o.id "
        "WHERE o.deleted = 0 ORDER BY o.work_order_id, o.seq")));
    QString order;
    double previous = 0;
    int checked = 0;
    while (query.next()) {
        const double good = query.value(2).toDouble();
        if (query.value(0).toString() != order) {
            order = query.value(0).toString();
            previous = query.value(3).toDouble();
        }
        QVERIFY2(good <= previous, qPrintable(QStringLiteral("step %1 of %2 is ahead").arg(query.value(1).toInt()).arg(order)));
        previous = good;
        ++checked;
    }
    QVERIFY(checked > 300);
    // Nothing in the future.
    QVERIFY(query.exec(QStringLiteral("SELECT max(reported_at) FROM production_reports")) && query.next());
    QVERIFY(query.value(0).toLongLong() <= m_ws->get()->clock().nowMs());
}

// What OEE, the dashboard and the andon board need to show something true: every reason classed,
// ideal cycle times, stops of every kind (set-up, failures, planned, small and quality stops,
// idle with no reason, one through the night), andon calls in every state, a reason given later.
void TstDemoFactory::historyIsRealisticForOee()
{
    Workspace *ws = m_ws->get();
    const auto count = [ws](const char *sql) {
        QSqlQuery query(ws->database().connection());
        return query.exec(QString::fromUtf8(sql)) && query.next() ? query.value(0).toInt() : -1;
    };
    QCOMPARE(count("SELECT count(*) FROM downtime_reasons WHERE oee_class = ''"), 0);
    QCOMPARE(count("SELECT count(DISTINCT oee_class) FROM downtime_reasons"), 5);
    QCOMPARE(count("SELECT count(*) FROM downtime_reasons WHERE planned <> (oee_class = 'planned')"), 0);
    // A little faster than the standard time, on every step and on every order's operations.
    QCOMPARE(count("SELECT count(*) FROM routing_operations WHERE deleted = 0 AND "
                   "outsourced = 0 AND (ideal_seconds IS NULL OR ideal_seconds > standard_seconds)"),
             0);
    QVERIFY(count("SELECT count(*) FROM routing_operations WHERE ideal_seconds < standard_seconds") > 0);
    QCOMPARE(count("SELECT count(*) FROM work_order_operations WHERE deleted = 0 AND outsourced = 0 "
                   "AND ideal_seconds IS NULL"), 0);

    QVERIFY(count("SELECT count(*) FROM machine_status_events WHERE status = 'setup'") > 100);
    QVERIFY(count("SELECT count(*) FROM machine_status_events WHERE status = 'maintenance'") > 0);
    QVERIFY(count("SELECT count(*) FROM machine_status_events WHERE status = 'running' AND "
                  "operation_id IS NOT NULL") > 100);
    // Stops with reasons of every class: failures, planned, small and quality stops, and idle
    // for want of orders (excluded from the planned time).
    QCOMPARE(count("SELECT count(DISTINCT r.oee_class) FROM machine_status_events e JOIN "
                   "downtime_reasons r ON r.id = e.downtime_reason_id"),
             5);
    // Idle in the middle of a shift with no reason: unclassified.
    QVERIFY(count("SELECT count(*) FROM (SELECT status, downtime_reason_id, LEAD(status) OVER "
                  "(PARTITION BY machine_id ORDER BY at) AS next FROM machine_status_events) "
                  "WHERE status = 'idle' AND downtime_reason_id IS NULL AND next = 'running'") > 10);
    // A breakdown that lasts through the night.
    QCOMPARE(count("SELECT count(*) FROM (SELECT status, at, LEAD(at) OVER (PARTITION BY "
                   "machine_id ORDER BY at) AS next FROM machine_status_events) "
                   "WHERE status = 'down' AND next - at > 12 * 3600 * 1000"),
             1);

    // Andon calls: answered ones with their times, and now one open, one acknowledged, one
    // nobody answered for longer than the escalation time.
    QVERIFY(count("SELECT count(*) FROM andon_calls") > 5);
    QVERIFY(count("SELECT count(*) FROM andon_responses WHERE action = 'closed'") > 5);
    const qint64 now = ws->clock().nowMs();
    const QList<AndonCall> open = ws->andon()->openCalls().value();
    QCOMPARE(open.size(), 3);
    int acknowledged = 0, escalated = 0;
    for (const AndonCall &call : open) {
        acknowledged += call.state() == AndonState::Acknowledged;
        escalated += call.escalated(now, ws->andon()->escalateAfterMs());
        QVERIFY(call.calledAtMs < now);
    }
    QCOMPARE(acknowledged, 1);
    QCOMPARE(escalated, 1);
    for (const AndonCall &call : ws->andon()->calls(0, now).value()) {
        if (call.state() == AndonState::Closed)
            QVERIFY(call.calledAtMs < call.acknowledgedAtMs && call.acknowledgedAtMs < call.closedAtMs);
    }

    // One idle stop with no reason of its own got one later.
    QCOMPARE(count("SELECT count(*) FROM status_event_reasons s JOIN machine_status_events e "
                   "ON e.id = s.event_id WHERE e.status = 'idle' AND e.downtime_reason_id IS NULL "
                   "AND s.at >= e.at"),
             1);
}

void TstDemoFactory::reportsOptionMakesExactlyThatMany()
{
    for (const int wanted : {40, 5000}) {
        TestWorkspace ws(TestWorkspace::SignIn::None);
        DemoOptions options;
        options.reports = wanted;
        int made = -1;
        const Outcome built = DemoFactory::build(*ws, options, &made);
        QVERIFY2(built.ok(), qPrintable(built.error()));
        QCOMPARE(made, wanted);
        // Besides the history, the subcontract receipts write the reports of what came back.
        QCOMPARE(rowsIn(ws.get(), QStringLiteral("production_reports")),
                 wanted + rowsIn(ws.get(), QStringLiteral("subcontract_receipts")));
    }
}

// Issue 17: subcontractors with batches on time, late and short; pieces on racks and in front of
// machines.
void TstDemoFactory::hasSubcontractorsPlacesAndMovedPieces()
{
    Workspace *ws = m_ws->get();
    QVERIFY(rowsIn(ws, QStringLiteral("suppliers")) >= 3);
    QVERIFY(rowsIn(ws, QStringLiteral("places")) >= 10);
    QVERIFY(rowsIn(ws, QStringLiteral("piece_moves")) >= 10);
    const Result<QList<SubcontractOrder>> all = ws->subcontracts()->orders(SubcontractService::Filter::All);
    QVERIFY2(all.ok(), qPrintable(all.error()));
    const QDate today = ws->clock().today();
    QVERIFY(std::any_of(all.value().cbegin(), all.value().cend(),
                        [](const SubcontractOrder &o) { return !o.isOpen() && o.good > 0; }));
    QVERIFY(std::any_of(all.value().cbegin(), all.value().cend(),
                        [&](const SubcontractOrder &o) { return o.isLate(today); }));
    QVERIFY(std::any_of(all.value().cbegin(), all.value().cend(),
                        [](const SubcontractOrder &o) { return o.isShort(); }));
}

QTEST_GUILESS_MAIN(TstDemoFactory)
#include "tst_demofactory.moc"
