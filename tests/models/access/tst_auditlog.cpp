// The audit log as the owner reads it: only the owner may, filters by user, kind of record and
// period run in SQL, and a long log is read page by page, newest first, without gaps.
#include "domain/clock.h"
#include "fixturehelpers.h"
#include "item/audit/auditlogmodel.h"
#include "item/audit/audittext.h"
#include "services/access/accesscontrol.h"
#include "services/access/auditlogservice.h"
#include "services/access/authservice.h"
#include "services/planning/workorderservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "testshop.h"

#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Taktline;

class TstAuditLog : public QObject
{
    Q_OBJECT
private slots:
    void plannerIsRefused();
    void filtersByUserKindAndPeriod();
    void searchFindsTheRecordCode();
    void pagesThroughALongLogNewestFirst();
    void showsReadableTexts();
};

namespace {

// The shop, plus 张丽 (a planner) who makes a second order on Wednesday.
struct Shop : TestShop
{
    Shop()
    {
        Fixture::require(ws->auth()->createUser(QStringLiteral("zhangli"), QStringLiteral("张丽"),
                                                Role::Planner, QStringLiteral("planner-123")),
                         "user");
        QSqlQuery query(ws->database().connection());
        if (!query.exec(QStringLiteral("SELECT id FROM users WHERE username = 'zhangli'"))
            || !query.next())
            qFatal("fixture: no user zhangli");
        plannerId = query.value(0).toString();
        setNow(at(2, 10));
        ws->access()->signIn({plannerId, QStringLiteral("zhangli"), QStringLiteral("张丽"),
                              Role::Planner});
        secondOrder = releasedOrder(flange, 50);
        signIn(Role::Owner);
    }

    QString plannerId;
    QString secondOrder;
};

QStringList column(const AuditLogModel &model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts << model.index(row, column).data().toString();
    return texts;
}

} // namespace

void TstAuditLog::plannerIsRefused()
{
    Shop shop;
    shop.signIn(Role::Planner);
    AuditLogService service(shop.ws->database(), shop.ws->access());
    QVERIFY(!service.count({}));
    QVERIFY(!service.page({}, 0, 10));
    QVERIFY(!service.users());
    AuditLogModel model(&service);
    QSignalSpy refused(&model, &AuditLogModel::errorOccurred);
    model.refresh();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(refused.size(), 1);
    shop.signIn(Role::Supervisor);
    QVERIFY(!service.count({}));
    shop.signIn(Role::Owner);
    QVERIFY(service.count({}).value() > 0);
}

void TstAuditLog::filtersByUserKindAndPeriod()
{
    Shop shop;
    AuditLogService service(shop.ws->database(), shop.ws->access());
    AuditLogModel model(&service);

    AuditFilter byPlanner;
    byPlanner.userId = shop.plannerId;
    model.setFilter(byPlanner);
    QVERIFY(model.rowCount() >= 1); // the order she made (and released)
    for (const QString &user : column(model, AuditLogModel::UserColumn))
        QCOMPARE(user, QStringLiteral("张丽"));
    QVERIFY(column(model, AuditLogModel::RecordColumn)
                .contains(shop.number(shop.secondOrder)));

    AuditFilter users;
    users.entities = AuditText::kindEntities(AuditKind::User);
    model.setFilter(users);
    QCOMPARE(model.rowCount(), 1); // 张丽's account
    QCOMPARE(model.index(0, AuditLogModel::RecordColumn).data().toString(),
             QStringLiteral("zhangli"));

    AuditFilter orders;
    orders.entities = AuditText::kindEntities(AuditKind::WorkOrder);
    model.setFilter(orders);
    const QStringList records = column(model, AuditLogModel::RecordColumn);
    QVERIFY(records.contains(shop.number()));
    QVERIFY(records.contains(shop.number(shop.secondOrder)));

    AuditFilter wednesday = orders; // Wednesday only: the second order, not the first
    wednesday.fromMs = TestShop::at(2, 0);
    wednesday.beforeMs = TestShop::at(3, 0);
    model.setFilter(wednesday);
    QVERIFY(model.rowCount() >= 1);
    QVERIFY(column(model, AuditLogModel::RecordColumn).contains(shop.number(shop.secondOrder)));
    QVERIFY(!column(model, AuditLogModel::RecordColumn).contains(shop.number()));
    QCOMPARE(service.count(wednesday).value(), model.rowCount());

    const Result<QList<QPair<QString, QString>>> people = service.users();
    QVERIFY(people);
    QVERIFY(people.value().contains(qMakePair(shop.plannerId, QStringLiteral("张丽"))));
}

void TstAuditLog::searchFindsTheRecordCode()
{
    Shop shop;
    AuditLogService service(shop.ws->database(), shop.ws->access());
    AuditLogModel model(&service);
    AuditFilter search;
    search.search = shop.number(shop.secondOrder);
    model.setFilter(search);
    QVERIFY(model.rowCount() >= 1);
    for (const QString &record : column(model, AuditLogModel::RecordColumn))
        QCOMPARE(record, shop.number(shop.secondOrder));
    search.search = QStringLiteral("rush order"); // the name the list shows, not the key
    model.setFilter(search);
    QCOMPARE(model.rowCount(), 0);
    search.search = QStringLiteral("account");
    model.setFilter(search);
    QCOMPARE(model.rowCount(), 1); // 张丽's: the kind User account
    QCOMPARE(model.index(0, AuditLogModel::RecordColumn).data().toString(),
             QStringLiteral("zhangli"));
    search.search = QStringLiteral("100%_nothing");
    model.setFilter(search);
    QCOMPARE(model.rowCount(), 0); // % and _ are plain characters, not wildcards
}

void TstAuditLog::pagesThroughALongLogNewestFirst()
{
    Shop shop;
    Database &db = shop.ws->database();
    const Clock clock = Clock::fixedAt(TestShop::at(3, 9));
    AuditRepository audit(db.connection(), db.deviceId(), clock);
    constexpr int Added = 1200;
    Fixture::require(db.inTransaction([&] {
                         for (int i = 0; i < Added; ++i) {
                             if (Outcome done = audit.append(
                                     shop.plannerId, QStringLiteral("settings"),
                                     QStringLiteral("key-%1").arg(i), QStringLiteral("update"));
                                 !done)
                                 return done;
                         }
                         return Outcome::success();
                     }),
                     "facts");
    AuditLogService service(db, shop.ws->access());
    AuditLogModel model(&service);
    model.setFilter({});
    const int total = service.count({}).value();
    QVERIFY(total > Added);
    QCOMPARE(model.rowCount(), AuditLogModel::PageSize);
    int fetches = 0;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        ++fetches;
    }
    QCOMPARE(model.rowCount(), total);
    QCOMPARE(fetches, (total - 1) / AuditLogModel::PageSize);
    QStringList times = column(model, AuditLogModel::TimeColumn);
    QStringList sorted = times;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    QCOMPARE(times, sorted); // newest first
    QSet<QString> records;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, AuditLogModel::KindColumn).data().toString() == QStringLiteral("Settings"))
            records.insert(model.index(row, AuditLogModel::RecordColumn).data().toString());
    }
    QVERIFY(records.size() >= Added); // every fact once: no page read twice, none skipped
}

void TstAuditLog::showsReadableTexts()
{
    QCOMPARE(AuditText::actionName(QStringLiteral("material_lots"), QStringLiteral("block")),
             QStringLiteral("Blocked"));
    QCOMPARE(AuditText::actionName(QStringLiteral("work_order"), QStringLiteral("released")),
             QStringLiteral("State changed to Released"));
    QCOMPARE(AuditText::actionName(QStringLiteral("sign-in"), QStringLiteral("failure")),
             QStringLiteral("Sign-in failure"));
    QCOMPARE(AuditText::entityName(QStringLiteral("work_orders")), QStringLiteral("Work order"));
    QCOMPARE(AuditText::shortDetail(QStringLiteral("a\n  b")), QStringLiteral("a b"));
    Shop shop; // the flange's line of steel is shown by the flange's code
    AuditLogService service(shop.ws->database(), shop.ws->access());
    AuditLogModel model(&service);
    AuditFilter bom;
    bom.entities = AuditText::kindEntities(AuditKind::Bom);
    model.setFilter(bom);
    QVERIFY(model.rowCount() >= 1);
    QCOMPARE(model.index(0, AuditLogModel::RecordColumn).data().toString(), QStringLiteral("FL-1"));
    QCOMPARE(AuditText::shortDetail(QString(300, QLatin1Char('x'))).size(), 100);
}

QTEST_GUILESS_MAIN(TstAuditLog)
#include "tst_auditlog.moc"
