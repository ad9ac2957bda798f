// A product's routing (工艺路线) as the planner edits it: operations kept in order with stable
// ids, implausible times and inactive machines refused, the saved routing untouched on refusal.
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/routingservice.h"
#include "storage/database.h"
#include "testshop.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Taktline;

class TstRoutingService : public QObject
{
    Q_OBJECT
private slots:
    void savesOperationsInOrderWithIds();
    void reorderKeepsIds();
    void removedOperationIsTombstoned();
    void implausibleOperationRefusedRoutingUnchanged_data();
    void implausibleOperationRefusedRoutingUnchanged();
    void sevenDaysIsStillAccepted();
    void idealCycleTimeSavedAndEmptyWhenNotSet();
    void implausibleIdealTimeRefused_data();
    void implausibleIdealTimeRefused();
    void deactivatedMachineRefusedForNewChoice();
    void laterDeactivatedMachineDoesNotBlockOtherEdits();
    void operatorRefused();
    void unknownProductRefused();
};

namespace {

// The shop with a product (FL-DN25 法兰盘) that has no routing yet, to be made on the lathe (M1),
// the mill (M2) and at an inspection bench.
struct Fixture : TestShop
{
    QString productId, m1, m2;

    Fixture()
        : productId(product("FL-DN25", "法兰盘"))
        , m1(lathe)
        , m2(mill)
    {
    }
    QString machine(const QString &code) const
    {
        return TestShop::machine(code.toUtf8().constData(), code.toUtf8().constData(),
                                 "机加工车间");
    }
    Routing threeSteps() const
    {
        return {{QString(), QStringLiteral("车削"), 95, m1},
                {QString(), QStringLiteral("钻孔"), 40.5, m2},
                {QString(), QStringLiteral("检验"), 20, QString()}};
    }
    Routing stored() const
    {
        const Result<Routing> ops = ws->routing()->operations(productId);
        return ops ? ops.value() : Routing{{QStringLiteral("error"), ops.error(), -1, {}}};
    }
    Routing saveThreeSteps() const
    {
        const Outcome saved = ws->routing()->setOperations(productId, threeSteps());
        if (!saved)
            qFatal("fixture: %s", qPrintable(saved.error()));
        return stored();
    }
    int auditRows() const // of this product's routing
    {
        QSqlQuery query(ws->database().connection());
        return query.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'routing' "
                                         "AND entity_id = '%1'")
                              .arg(productId)) &&
                       query.next()
                   ? query.value(0).toInt()
                   : -1;
    }
};

QStringList names(const Routing &routing)
{
    QStringList list;
    for (const RoutingOperation &op : routing)
        list << op.name;
    return list;
}

QStringList ids(const Routing &routing)
{
    QStringList list;
    for (const RoutingOperation &op : routing)
        list << op.id;
    return list;
}

} // namespace

void TstRoutingService::savesOperationsInOrderWithIds()
{
    Fixture f;
    QSignalSpy changed(f.ws->routing(), &RoutingService::routingChanged);
    const Outcome saved = f.ws->routing()->setOperations(f.productId, f.threeSteps());
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), f.productId);

    const Routing ops = f.stored();
    QCOMPARE(names(ops),
             (QStringList{QStringLiteral("车削"), QStringLiteral("钻孔"), QStringLiteral("检验")}));
    QCOMPARE(ops.at(1).standardSeconds, 40.5);
    QCOMPARE(ops.at(0).machineId, f.m1);
    QCOMPARE(ops.at(1).machineId, f.m2);
    QVERIFY(ops.at(2).machineId.isEmpty());
    const QStringList opIds = ids(ops);
    QCOMPARE(QSet<QString>(opIds.cbegin(), opIds.cend()).size(), 3);
    for (const QString &id : opIds)
        QCOMPARE(id.size(), 36);
    QCOMPARE(f.auditRows(), 1);

    f.ws.reopen();
    QCOMPARE(f.stored(), ops);
}

void TstRoutingService::reorderKeepsIds()
{
    Fixture f;
    const Routing before = f.saveThreeSteps();
    Routing edited = before;
    edited.move(2, 0); // inspection first
    QVERIFY(f.ws->routing()->setOperations(f.productId, edited).ok());

    const Routing after = f.stored();
    QCOMPARE(after, edited);
    QCOMPARE(ids(after), (QStringList{before.at(2).id, before.at(0).id, before.at(1).id}));
}

void TstRoutingService::removedOperationIsTombstoned()
{
    Fixture f;
    const Routing before = f.saveThreeSteps();
    Routing edited = before;
    edited.removeAt(1);
    QVERIFY(f.ws->routing()->setOperations(f.productId, edited).ok());
    QCOMPARE(f.stored(), edited);

    // Kept for history (reports may name it), only marked deleted.
    QSqlQuery query(f.ws->database().connection());
    query.prepare(QStringLiteral("SELECT deleted, name FROM routing_operations WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), before.at(1).id);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QCOMPARE(query.value(1).toString(), QStringLiteral("钻孔"));
}

void TstRoutingService::implausibleOperationRefusedRoutingUnchanged_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("mention");
    QTest::newRow("negative time") << QStringLiteral("钻孔") << -5.0 << QStringLiteral("钻孔");
    QTest::newRow("zero time") << QStringLiteral("钻孔") << 0.0 << QStringLiteral("钻孔");
    QTest::newRow("more than 7 days")
        << QStringLiteral("钻孔") << 7 * 24 * 3600.0 + 1 << QStringLiteral("seven days");
    QTest::newRow("empty name") << QString() << 40.0 << QStringLiteral("name");
    QTest::newRow("blank name") << QStringLiteral("   ") << 40.0 << QStringLiteral("name");
}

void TstRoutingService::implausibleOperationRefusedRoutingUnchanged()
{
    QFETCH(QString, name);
    QFETCH(double, seconds);
    QFETCH(QString, mention);
    Fixture f;
    const Routing before = f.saveThreeSteps();
    QSignalSpy changed(f.ws->routing(), &RoutingService::routingChanged);

    Routing edited = before;
    edited[1].name = name;
    edited[1].standardSeconds = seconds;
    edited.append({QString(), QStringLiteral("包装"), 10, QString()});
    const Outcome saved = f.ws->routing()->setOperations(f.productId, edited);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(mention), qPrintable(saved.error()));
    QVERIFY2(saved.error().contains(QStringLiteral("20")), qPrintable(saved.error())); // step 20
    QCOMPARE(f.stored(), before);
    QCOMPARE(f.auditRows(), 1);
    QCOMPARE(changed.count(), 0);
}

void TstRoutingService::sevenDaysIsStillAccepted()
{
    Fixture f;
    Routing ops = f.threeSteps();
    ops[2].standardSeconds = 7 * 24 * 3600.0; // a long soak or cure is possible
    const Outcome saved = f.ws->routing()->setOperations(f.productId, ops);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QCOMPARE(f.stored().at(2).standardSeconds, 7 * 24 * 3600.0);
}

// The ideal cycle time (for OEE) is kept apart from the standard time; not set stays NULL.
void TstRoutingService::idealCycleTimeSavedAndEmptyWhenNotSet()
{
    Fixture f;
    Routing ops = f.threeSteps();
    ops[0].idealSeconds = 80;
    ops[1].idealSeconds = 36.5;
    const Outcome saved = f.ws->routing()->setOperations(f.productId, ops);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    f.ws.reopen();
    const Routing stored = f.stored();
    QCOMPARE(stored.at(0).idealSeconds, std::optional<double>(80));
    QCOMPARE(stored.at(0).standardSeconds, 95.0);
    QCOMPARE(stored.at(1).idealSeconds, std::optional<double>(36.5));
    QVERIFY(!stored.at(2).idealSeconds);
    QSqlQuery query(f.ws->database().connection());
    query.prepare(QStringLiteral("SELECT ideal_seconds FROM routing_operations WHERE id = ?"));
    query.addBindValue(stored.at(2).id);
    QVERIFY(query.exec() && query.next());
    QVERIFY(query.value(0).isNull());

    // Cleared again: NULL, the standard time stands in.
    f.signIn(Role::Owner);
    Routing cleared = stored;
    cleared[0].idealSeconds.reset();
    QVERIFY(f.ws->routing()->setOperations(f.productId, cleared).ok());
    QVERIFY(!f.stored().at(0).idealSeconds);
}

void TstRoutingService::implausibleIdealTimeRefused_data()
{
    QTest::addColumn<double>("standard");
    QTest::addColumn<double>("ideal");
    QTest::addColumn<QString>("mention");
    QTest::newRow("zero") << 40.5 << 0.0 << QStringLiteral("greater than zero");
    QTest::newRow("negative") << 40.5 << -3.0 << QStringLiteral("greater than zero");
    QTest::newRow("ten times the standard") << 40.5 << 406.0 << QStringLiteral("ten times");
    QTest::newRow("more than a day") << 5 * 24 * 3600.0 << 24 * 3600.0 + 1
                                     << QStringLiteral("more than a day");
}

void TstRoutingService::implausibleIdealTimeRefused()
{
    QFETCH(double, standard);
    QFETCH(double, ideal);
    QFETCH(QString, mention);
    Fixture f;
    const Routing before = f.saveThreeSteps();
    Routing edited = before;
    edited[1].standardSeconds = standard;
    edited[1].idealSeconds = ideal;
    const Outcome saved = f.ws->routing()->setOperations(f.productId, edited);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(mention), qPrintable(saved.error()));
    QVERIFY2(saved.error().contains(QStringLiteral("钻孔")), qPrintable(saved.error()));
    QVERIFY2(saved.error().contains(QStringLiteral("ideal cycle time")), qPrintable(saved.error()));
    QCOMPARE(f.stored(), before);
    QCOMPARE(f.auditRows(), 1);
}

void TstRoutingService::deactivatedMachineRefusedForNewChoice()
{
    Fixture f;
    const Routing before = f.saveThreeSteps();
    const QString parked = f.machine(QStringLiteral("MC-09"));
    QVERIFY(f.ws->masterData()->setActive(MasterDataKind::Machine, parked, false).ok());

    Routing edited = before;
    edited[2].machineId = parked;
    const Outcome saved = f.ws->routing()->setOperations(f.productId, edited);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(QStringLiteral("MC-09")), qPrintable(saved.error()));
    QCOMPARE(f.stored(), before);

    edited = before; // a new operation on it is refused just the same
    edited.append({QString(), QStringLiteral("包装"), 10, parked});
    QVERIFY(!f.ws->routing()->setOperations(f.productId, edited).ok());
    QCOMPARE(f.stored(), before);

    edited = before; // and a machine that does not exist at all
    edited[2].machineId = QStringLiteral("no-such-machine");
    QVERIFY(!f.ws->routing()->setOperations(f.productId, edited).ok());
    QCOMPARE(f.stored(), before);
}

void TstRoutingService::laterDeactivatedMachineDoesNotBlockOtherEdits()
{
    Fixture f;
    const Routing before = f.saveThreeSteps();
    QVERIFY(f.ws->masterData()->setActive(MasterDataKind::Machine, f.m2, false).ok());

    Routing edited = before;
    edited[0].name = QStringLiteral("精车");
    edited[0].standardSeconds = 100;
    const Outcome saved = f.ws->routing()->setOperations(f.productId, edited);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QCOMPARE(f.stored(), edited);
    QCOMPARE(f.stored().at(1).machineId, f.m2); // still on the machine chosen before
}

void TstRoutingService::operatorRefused()
{
    Fixture f;
    const Routing before = f.saveThreeSteps();
    f.ws->access()->signIn(
        {QStringLiteral("op"), QStringLiteral("op"), QStringLiteral("陈师傅"), Role::Operator});
    Routing edited = before;
    edited.removeLast();
    const Outcome saved = f.ws->routing()->setOperations(f.productId, edited);
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(roleDisplayName(Role::Operator)), qPrintable(saved.error()));
    QCOMPARE(f.stored(), before);
    QCOMPARE(f.auditRows(), 1);
}

void TstRoutingService::unknownProductRefused()
{
    Fixture f;
    const int operations = f.rows("routing_operations"); // the shop's own routings
    const Outcome saved =
        f.ws->routing()->setOperations(QStringLiteral("no-such-product"), f.threeSteps());
    QVERIFY(!saved.ok());
    QVERIFY(!saved.error().isEmpty());
    QCOMPARE(f.rows("routing_operations"), operations);
}

QTEST_GUILESS_MAIN(TstRoutingService)
#include "tst_routingservice.moc"
