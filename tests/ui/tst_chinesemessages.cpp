// Bad input gets its message in the user's language: with 中文 chosen, every refusal a user
// can meet in this version reads in Chinese, and nothing already saved is touched.
#include "common/languagemanager.h"
#include "services/access/authservice.h"
#include "services/masterdata/masterdataservice.h"
#include "services/places/placeservice.h"
#include "services/planning/routingservice.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "testshop.h"
#include "testworkspace.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Taktline;

class TstChineseMessages : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void damagedFile();
    void readOnlyFile();
    void newerSchema();
    void duplicateCode();
    void emptyRequiredField();
    void negativeStandardTime();
    void wrongPassword();
    void operatorMayNotEditMasterData();
    void refusedMovesAndPlaces();

private:
    static bool isChinese(const QString &text)
    {
        static const QRegularExpression han(QStringLiteral("\\p{Han}"));
        return text.contains(han);
    }
    LanguageManager m_language;
};

#define QVERIFY_CHINESE(text) QVERIFY2(isChinese(text), qPrintable(text))

void TstChineseMessages::initTestCase()
{
    QVERIFY(m_language.apply(QStringLiteral("zh_CN")));
}

void TstChineseMessages::cleanupTestCase()
{
    m_language.apply(QStringLiteral("en"));
}

void TstChineseMessages::damagedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is an Excel sheet, not a factory");
    file.close();
    const auto opened = Database::open(path);
    QVERIFY(!opened);
    QVERIFY_CHINESE(opened.error());
    QVERIFY(opened.error().contains(QStringLiteral("broken.sqlite")));
}

void TstChineseMessages::readOnlyFile()
{
    TestWorkspace ws(TestWorkspace::SignIn::None);
    const QString path = ws.path();
    ws.reopen();
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const auto opened = Database::open(path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(!opened);
    QVERIFY_CHINESE(opened.error());
}

void TstChineseMessages::newerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    QVERIFY(Database::open(path));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'")
                                .arg(Migrations::latestVersion() + 1));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const auto opened = Database::open(path);
    QVERIFY(!opened);
    QVERIFY_CHINESE(opened.error());
}

void TstChineseMessages::duplicateCode()
{
    TestWorkspace ws(TestWorkspace::SignIn::Owner, true);
    MasterRecord machine;
    machine.values = {{QStringLiteral("code"), QStringLiteral("CNC-01")},
                      {QStringLiteral("name"), QStringLiteral("重复")},
                      {QStringLiteral("workshop"), QStringLiteral("机加工车间")}};
    const auto created = ws->masterData()->create(MasterDataKind::Machine, machine);
    QVERIFY(!created);
    QVERIFY_CHINESE(created.error());
    QVERIFY(created.error().contains(QStringLiteral("CNC-01")));
}

void TstChineseMessages::emptyRequiredField()
{
    TestWorkspace ws(TestWorkspace::SignIn::Owner);
    MasterRecord product;
    product.values = {{QStringLiteral("part_no"), QStringLiteral("   ")}, {QStringLiteral("name"), QStringLiteral("轴")}};
    const auto created = ws->masterData()->create(MasterDataKind::Product, product);
    QVERIFY(!created);
    QVERIFY_CHINESE(created.error());
    QVERIFY(created.error().contains(QStringLiteral("料号")));
}

void TstChineseMessages::negativeStandardTime()
{
    TestWorkspace ws(TestWorkspace::SignIn::Owner, true);
    const QString product = ws->masterData()->idForCode(MasterDataKind::Product, QStringLiteral("BS-20")).value();
    Routing routing = ws->routing()->operations(product).value();
    routing[0].standardSeconds = -5;
    const Outcome saved = ws->routing()->setOperations(product, routing);
    QVERIFY(!saved);
    QVERIFY_CHINESE(saved.error());
    QCOMPARE(ws->routing()->operations(product).value().at(0).standardSeconds, 70.0);
}

void TstChineseMessages::wrongPassword()
{
    TestWorkspace ws(TestWorkspace::SignIn::None, true);
    const Outcome signedIn = ws->auth()->signIn(QStringLiteral("owner"), QStringLiteral("wrong"));
    QCOMPARE(signedIn.error(), QStringLiteral("用户名或密码错误。"));
}

void TstChineseMessages::operatorMayNotEditMasterData()
{
    TestWorkspace ws(TestWorkspace::SignIn::Operator, true);
    const QString id = ws->masterData()->idForCode(MasterDataKind::Machine, QStringLiteral("PR-01")).value();
    const Outcome changed = ws->masterData()->setActive(MasterDataKind::Machine, id, false);
    QVERIFY(!changed);
    QVERIFY_CHINESE(changed.error());
    QVERIFY(ws->masterData()->find(MasterDataKind::Machine, id).value().active);
}

void TstChineseMessages::refusedMovesAndPlaces()
{
    TestShop shop;
    shop.create(MasterDataKind::Place, {{"code", "R-01"}, {"name", "货架一"}});
    shop.report(shop.request(0, 10));
    MoveInput move;
    move.workOrderNumber = shop.number();
    move.quantity = 11;
    move.toPlaceCode = QStringLiteral("R-77");
    const Result<QString> unknown = shop.ws->places()->move(move);
    QVERIFY(!unknown);
    QVERIFY_CHINESE(unknown.error());
    move.toPlaceCode = QStringLiteral("R-01");
    const Result<QString> tooMany = shop.ws->places()->move(move);
    QVERIFY(!tooMany);
    // It names the step 车削 in any language: the Chinese is in the sentence around it.
    QVERIFY2(tooMany.error().contains(QStringLiteral("超过")), qPrintable(tooMany.error()));
    move.quantity = 0;
    const Result<QString> zero = shop.ws->places()->move(move);
    QVERIFY(!zero);
    QVERIFY_CHINESE(zero.error());
    QCOMPARE(shop.rows("piece_moves"), 0);

    MasterRecord buffer;
    buffer.values = {{QStringLiteral("code"), QStringLiteral("IN-1")},
                     {QStringLiteral("name"), QStringLiteral("线边")},
                     {QStringLiteral("kind"), QStringLiteral("input")}};
    const Result<QString> noMachine = shop.ws->masterData()->create(MasterDataKind::Place, buffer);
    QVERIFY(!noMachine);
    QVERIFY_CHINESE(noMachine.error());
    QCOMPARE(shop.rows("places"), 1);
}

QTEST_MAIN(TstChineseMessages)
#include "tst_chinesemessages.moc"
