// The owner's audit log on the Settings page: only the owner sees its tab, the search and the
// filters narrow the list, the Excel file holds what the list shows, and it speaks Chinese.
#include "common/languagemanager.h"
#include "common/lists/listexport.h"
#include "fixturehelpers.h"
#include "item/audit/auditlogmodel.h"
#include "services/access/accesscontrol.h"
#include "services/access/authservice.h"
#include "settings/auditlogpanel.h"
#include "settings/settingspage.h"
#include "testshop.h"
#include "xlsxsheet.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Taktline;

class TstAuditLogUi : public QObject
{
    Q_OBJECT
private slots:
    void ownerSeesTheTabPlannerDoesNot();
    void searchAndKindFilterTheList();
    void exportHoldsWhatTheListShows();
    void chineseAuditLogIsInChinese();
};

namespace {

// The shop with a second order made on Tuesday and a user account.
struct Shop : TestShop
{
    Shop()
    {
        Fixture::require(ws->auth()->createUser(QStringLiteral("zhangli"), QStringLiteral("张丽"),
                                                Role::Planner, QStringLiteral("planner-123")),
                         "user");
        setNow(at(1, 10));
        secondOrder = releasedOrder(flange, 50);
    }
    QString secondOrder;
};

AuditLogPanel *openAuditLog(SettingsPage &page, const TestShop &shop)
{
    page.showTab(QStringLiteral("audit"));
    AuditLogPanel *panel = page.auditLog();
    if (panel) // the whole week, whatever the time zone of the test machine
        panel->setPeriod(TestShop::day(-1), TestShop::day(7));
    Q_UNUSED(shop);
    return panel;
}

QStringList column(const QAbstractItemModel *model, int column)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, column).data().toString();
    return texts;
}

} // namespace

void TstAuditLogUi::ownerSeesTheTabPlannerDoesNot()
{
    Shop shop;
    LanguageManager language;
    {
        SettingsPage page(shop.ws.get(), &language);
        auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 3); // general, audit log, backup
        QCOMPARE(tabs->tabText(1), QStringLiteral("Audit log"));
        QVERIFY(page.auditLog());
    }
    shop.signIn(Role::Planner);
    SettingsPage page(shop.ws.get(), &language);
    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
    QCOMPARE(tabs->count(), 1);
    QVERIFY(!page.auditLog());
    QVERIFY(!page.findChild<QTableView *>(QStringLiteral("auditLogView")));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!tabs->tabBar()->isVisible()); // one tab: no tab bar at all
}

void TstAuditLogUi::searchAndKindFilterTheList()
{
    Shop shop;
    LanguageManager language;
    SettingsPage page(shop.ws.get(), &language);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    AuditLogPanel *panel = openAuditLog(page, shop);
    QVERIFY(panel);
    QAbstractItemModel *model = panel->view()->model();
    const int all = model->rowCount();
    QVERIFY(all > 3);
    QVERIFY(column(model, AuditLogModel::KindColumn).contains(QStringLiteral("User account")));

    auto *search = panel->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    const QString number = shop.number(shop.secondOrder);
    QTest::keyClicks(search, number);
    QTRY_VERIFY(model->rowCount() > 0 && model->rowCount() < all);
    for (const QString &record : column(model, AuditLogModel::RecordColumn))
        QCOMPARE(record, number);
    search->clear();
    QTRY_COMPARE(model->rowCount(), all);

    auto *kind = panel->findChild<QComboBox *>(QStringLiteral("auditKindCombo"));
    kind->setCurrentIndex(kind->findText(QStringLiteral("User account")));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, AuditLogModel::RecordColumn).data().toString(),
             QStringLiteral("zhangli"));
    QCOMPARE(model->index(0, AuditLogModel::ActionColumn).data().toString(),
             QStringLiteral("Created"));

    panel->setPeriod(TestShop::day(20), TestShop::day(21)); // nothing then
    QCOMPARE(model->rowCount(), 0);
}

void TstAuditLogUi::exportHoldsWhatTheListShows()
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        QSKIP("the unzip tool is not installed");
    Shop shop;
    LanguageManager language;
    SettingsPage page(shop.ws.get(), &language);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    AuditLogPanel *panel = openAuditLog(page, shop);
    QVERIFY(panel);
    auto *exporter = panel->findChild<ListExport *>();
    QVERIFY(exporter);
    QCOMPARE(exporter->button()->objectName(), QStringLiteral("exportButton"));
    QVERIFY(exporter->button()->isVisible());
    panel->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->setText(shop.number());
    panel->reload();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.xlsx"));
    QVERIFY(exporter->exportTo(path));
    const QString sheet = XlsxSheet::unzipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    const QAbstractItemModel *model = panel->view()->model();
    QVERIFY(model->rowCount() > 0);
    for (int c = 0; c < AuditLogModel::ColumnCount; ++c)
        QCOMPARE(XlsxSheet::cellText(sheet, 0, c), model->headerData(c, Qt::Horizontal).toString());
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int c = 0; c < AuditLogModel::ColumnCount; ++c)
            QCOMPARE(XlsxSheet::cellText(sheet, r + 1, c), model->index(r, c).data().toString());
    }
    QVERIFY(XlsxSheet::cellText(sheet, model->rowCount() + 1, 0).isEmpty());
}

void TstAuditLogUi::chineseAuditLogIsInChinese()
{
    Shop shop;
    LanguageManager language;
    QVERIFY(language.apply(QStringLiteral("zh_CN")));
    {
        SettingsPage page(shop.ws.get(), &language);
        auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("settingsTabs"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("审计日志"));
        AuditLogPanel *panel = openAuditLog(page, shop);
        const QAbstractItemModel *model = panel->view()->model();
        QCOMPARE(model->headerData(AuditLogModel::TimeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("时间"));
        QVERIFY(column(model, AuditLogModel::KindColumn).contains(QStringLiteral("工单")));
        QVERIFY(column(model, AuditLogModel::ActionColumn).contains(QStringLiteral("已创建")));
        QVERIFY(column(model, AuditLogModel::DeviceColumn).contains(QStringLiteral("本机 (A)")));
        // The search finds a kind by its Chinese name.
        panel->findChild<QLineEdit *>(QStringLiteral("searchEdit"))->setText(QStringLiteral("用户账号"));
        panel->reload();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, AuditLogModel::RecordColumn).data().toString(),
                 QStringLiteral("zhangli"));
    }
    language.apply(QStringLiteral("en"));
}

QTEST_MAIN(TstAuditLogUi)
#include "tst_auditlogui.moc"
