// The Quality page (质检) in the navigation rail: whoever inspects or reads the reports sees it,
// an operator does not; its tabs are 待检, 检验记录, 不合格品, SPC and 检验方案, and
// `showPageTab` opens the one asked for.
#include "common/languagemanager.h"
#include "quality/dueinspectionsview.h"
#include "quality/inspectionsview.h"
#include "quality/qualitypage.h"
#include "quality/spc/spcchartview.h"
#include "shell/mainwindow.h"
#include "shell/page.h"
#include "testshop.h"

#include <QTest>

using namespace Taktline;

class TstQualityPage : public QObject
{
    Q_OBJECT
private slots:
    void supervisorSeesItsTabsOperatorDoesNot();
    void visibleToInspectorsAndReportReaders();
};

void TstQualityPage::supervisorSeesItsTabsOperatorDoesNot()
{
    TestShop shop;
    LanguageManager language;
    shop.signIn(Role::Supervisor);
    {
        MainWindow window(shop.ws.get(), &language);
        QVERIFY(window.visiblePages().contains(Page::Quality));
        window.showPageTab(Page::Quality, QStringLiteral("inspections"));
        auto *page = qobject_cast<QualityPage *>(window.pageWidget(Page::Quality));
        QVERIFY(page);
        QCOMPARE(page->tabKeys(),
                 (QStringList{QStringLiteral("due"), QStringLiteral("inspections"),
                              QStringLiteral("nc"), QStringLiteral("spc"), QStringLiteral("plans")}));
        QCOMPARE(page->currentTab(), page->inspections());
        page->showTab(QStringLiteral("due"));
        QCOMPARE(page->currentTab(), page->due());
        page->showTab(QStringLiteral("spc"));
        QCOMPARE(page->currentTab(), page->spc());
        page->showTab(QStringLiteral("no such tab"));
        QCOMPARE(page->currentTab(), page->due());
    }
    shop.signIn(Role::Operator);
    MainWindow window(shop.ws.get(), &language);
    QVERIFY(!window.visiblePages().contains(Page::Quality));
    QVERIFY(!window.pageWidget(Page::Quality));
}

void TstQualityPage::visibleToInspectorsAndReportReaders()
{
    QCOMPARE(pageKey(Page::Quality), QStringLiteral("quality"));
    QCOMPARE(pageFromKey(QStringLiteral("quality")), Page::Quality);
    QVERIFY(pageVisible(Page::Quality, [](Permission p) { return p == Permission::Inspect; }));
    QVERIFY(pageVisible(Page::Quality, [](Permission p) { return p == Permission::ViewReports; }));
    QVERIFY(!pageVisible(Page::Quality, [](Permission p) { return p == Permission::UseStation; }));
    QVERIFY(!pageVisible(Page::Reports, [](Permission p) { return p == Permission::Inspect; }));
}

QTEST_MAIN(TstQualityPage)
#include "tst_qualitypage.moc"
