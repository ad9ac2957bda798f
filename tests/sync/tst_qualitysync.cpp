// Quality data of two devices of one factory merge through the real server: a planner changes an
// inspection plan at the office while the inspector records a first article on a shop-floor
// tablet, both offline; after syncing both devices hold the changed plan and the inspection with
// its values, and equal the server. Two devices changing the same field of a plan end with the
// later change (last writer wins, whichever syncs first); changes of different fields both stay.
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/workorderservice.h"
#include "services/quality/inspectionplanservice.h"
#include "services/quality/inspectionservice.h"
#include "syncreplica.h"

#include <QTest>

using namespace Taktline;
using namespace Taktline::SyncTest;
using namespace Qt::StringLiterals;

class TstQualitySync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_pg.reset(); }
    void officePlanEditAndTabletInspectionMerge();
    void sameFieldOfAPlanLastWriterWins();

private:
    std::unique_ptr<PgTest::PgTestDatabase> m_pg;
};

namespace {

// The office (the standard shop, its owner signed in) and a new tablet, synced once; Li (E002)
// is an inspector and the flange's turning step has a first-article plan measuring the outer
// diameter, made at the office and synced to the tablet.
struct Factory
{
    QString tenant = newTenant();
    Replica office;
    Replica tablet;
    QString planId;

    explicit Factory(PgTest::PgTestDatabase &pg)
        : office(pg, tenant, u"office"_s, std::make_unique<TestShop>())
        , tablet(pg, tenant, u"tablet"_s)
    {
        const TestShop &s = *office.shop;
        require(office.ws().masterData()->updateField(MasterDataKind::Employee, s.li,
                                                      u"inspector"_s, true),
                "inspector");
        InspectionPlan plan;
        plan.productId = s.flange;
        plan.operationSeq = 10;
        plan.name = u"车削首检"_s;
        plan.firstArticle = true;
        Characteristic diameter;
        diameter.name = u"外径"_s;
        diameter.nominal = 25;
        diameter.lower = 24.95;
        diameter.upper = 25.05;
        diameter.unit = u"mm"_s;
        plan.characteristics = {diameter};
        const Result<QString> saved = office.ws().inspectionPlans()->save(plan);
        require(saved.outcome(), "plan");
        planId = saved.value();
        syncBoth();
    }
    static void require(const Outcome &done, const char *what)
    {
        if (!done)
            qFatal("quality sync fixture %s: %s", what, qPrintable(done.error()));
    }
    void syncBoth()
    {
        for (Replica *r : {&office, &tablet, &office, &tablet})
            require(r->sync(), "sync");
    }
    InspectionPlan plan(const Replica &r) const
    {
        const Result<InspectionPlan> read = r.ws().inspectionPlans()->plan(planId);
        return read ? read.value() : InspectionPlan();
    }
    static void signIn(const Replica &r, Role role)
    {
        r.ws().access()->signIn({u"u-"_s + roleKey(role), roleKey(role), roleKey(role), role});
    }
    QString value(const Replica &r, const QString &sql) const
    {
        QSqlQuery query(r.db());
        return query.exec(sql) && query.next() ? query.value(0).toString() : u"none"_s;
    }
};

} // namespace

void TstQualitySync::initTestCase()
{
    m_pg = std::make_unique<PgTest::PgTestDatabase>();
    QVERIFY2(m_pg->isValid(), qPrintable(m_pg->error()));
}

void TstQualitySync::officePlanEditAndTabletInspectionMerge()
{
    Factory f(*m_pg);
    const TestShop &shop = *f.office.shop;
    // The tablet has the plan and knows Li is an inspector.
    QCOMPARE(f.plan(f.tablet).characteristics.size(), 1);
    QCOMPARE(f.value(f.tablet, u"SELECT inspector FROM employees WHERE id = '%1'"_s.arg(shop.li)),
             u"1"_s);

    // Offline, both: the planner widens the tolerance and adds a patrol every 50 pieces ...
    InspectionPlan edited = f.plan(f.office);
    edited.characteristics[0].upper = 25.10;
    edited.patrolPieces = 50;
    QVERIFY(f.office.ws().inspectionPlans()->save(edited).ok());
    // ... while Li signs the first article of the turning step at the lathe's tablet.
    Factory::signIn(f.tablet, Role::Operator);
    const QString turning =
        f.tablet.ws().workOrders()->operations(shop.order).value().constFirst().id;
    InspectionInput input;
    input.kind = InspectionKind::FirstArticle;
    input.operationId = turning;
    input.machineId = shop.lathe;
    input.employeeId = shop.li;
    input.entries = {{f.plan(f.tablet).characteristics.at(0).id, 1, 25.02, {}}};
    const Result<InspectionVerdict> recorded = f.tablet.ws().inspections()->record(input);
    QVERIFY2(recorded.ok(), qPrintable(recorded.error()));
    QVERIFY(recorded.value().passed);
    const QString inspectionId = recorded.value().inspectionId;

    f.syncBoth();
    for (const Replica *r : {&f.office, &f.tablet}) {
        const InspectionPlan plan = f.plan(*r);
        QCOMPARE(plan.characteristics.at(0).upper, std::optional<double>(25.10));
        QCOMPARE(plan.patrolPieces, 50);
        QCOMPARE(f.value(*r, u"SELECT result || '|' || employee_id || '|' || plan_id FROM "
                             "inspections WHERE id = '%1'"_s.arg(inspectionId)),
                 u"pass|%1|%2"_s.arg(shop.li, f.planId));
        QCOMPARE(f.value(*r, u"SELECT count(*) || '|' || max(value) FROM inspection_values "
                             "WHERE inspection_id = '%1'"_s.arg(inspectionId)),
                 u"1|25.02"_s);
    }
    // The office reads the inspection as the tablet recorded it.
    const Result<InspectionRecord> atOffice = f.office.ws().inspections()->find(inspectionId);
    QVERIFY2(atOffice.ok(), qPrintable(atOffice.error()));
    QVERIFY(atOffice.value().passed);
    QCOMPARE(atOffice.value().entries.size(), 1);
    const Dump office = dumpReplica(f.office.db());
    QCOMPARE(firstDifference(office, dumpReplica(f.tablet.db()), "office", "tablet"), QString());
    QCOMPARE(
        firstDifference(office, dumpServer(m_pg->connectAdmin(), f.tenant), "office", "server"),
        QString());
}

void TstQualitySync::sameFieldOfAPlanLastWriterWins()
{
    Factory f(*m_pg);
    Factory::signIn(f.tablet, Role::Planner);
    // Offline, both rename the plan; the tablet's rename is the later one. The office also
    // changes the patrol minutes, which nobody else touches.
    InspectionPlan atOffice = f.plan(f.office);
    atOffice.name = u"办公室改的"_s;
    atOffice.patrolMinutes = 120;
    QVERIFY(f.office.ws().inspectionPlans()->save(atOffice).ok());
    InspectionPlan atTablet = f.plan(f.tablet);
    atTablet.name = u"平板改的"_s;
    QVERIFY(f.tablet.ws().inspectionPlans()->save(atTablet).ok());
    // The later writer syncs first: the order of arrival does not decide, the clock does.
    for (Replica *r : {&f.tablet, &f.office, &f.tablet, &f.office})
        QVERIFY(r->sync().ok());
    for (const Replica *r : {&f.office, &f.tablet}) {
        QCOMPARE(f.plan(*r).name, u"平板改的"_s);
        QCOMPARE(f.plan(*r).patrolMinutes, 120);
        QCOMPARE(f.plan(*r).characteristics.size(), 1);
    }
    const Dump office = dumpReplica(f.office.db());
    QCOMPARE(firstDifference(office, dumpReplica(f.tablet.db()), "office", "tablet"), QString());
    QCOMPARE(
        firstDifference(office, dumpServer(m_pg->connectAdmin(), f.tenant), "office", "server"),
        QString());
}

QTEST_GUILESS_MAIN(TstQualitySync)
#include "tst_qualitysync.moc"
