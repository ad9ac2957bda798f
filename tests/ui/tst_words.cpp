// The words a new user reads first: every page title in Chinese in the Chinese UI, no English
// header cut at office size, menu items shown whole, and voiding an order says so.
#include "common/languagemanager.h"
#include "common/theme.h"
#include "demo/demofactory.h"
#include "domain/planning/workorderstatemachine.h"
#include "item/planning/workorderlistmodel.h"
#include "masterdata/bomeditor.h"
#include "masterdata/masterdatapage.h"
#include "services/planning/workorderservice.h"
#include "shell/mainwindow.h"
#include "testworkspace.h"
#include "workorders/workorderdetail.h"
#include "workorders/workorderspage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace Taktline;

namespace {

bool hasChinese(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return han.match(text).hasMatch();
}

void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

// Every tab of every page, as MainWindow::showPageTab names them.
const QList<QPair<Page, QString>> &pageTabs()
{
    static const QList<QPair<Page, QString>> tabs = {
        {Page::Dashboard, {}},
        {Page::WorkOrders, QStringLiteral("list")},
        {Page::WorkOrders, QStringLiteral("dispatch")},
        {Page::WorkOrders, QStringLiteral("gantt")},
        {Page::Machines, {}},
        {Page::Traceability, QStringLiteral("genealogy")},
        {Page::Traceability, QStringLiteral("lots")},
        {Page::Traceability, QStringLiteral("shipments")},
        {Page::Reports, QStringLiteral("centre")},
        {Page::Reports, QStringLiteral("wages")},
        {Page::Reports, QStringLiteral("rates")},
        {Page::MasterData, QStringLiteral("products")},
        {Page::MasterData, QStringLiteral("routings")},
        {Page::MasterData, QStringLiteral("boms")},
        {Page::MasterData, QStringLiteral("machines")},
        {Page::MasterData, QStringLiteral("employees")},
        {Page::MasterData, QStringLiteral("downtime_reasons")},
        {Page::MasterData, QStringLiteral("defect_reasons")},
        {Page::Settings, {}},
    };
    return tabs;
}

} // namespace

class TstWords : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void everyPageAndTabTitleIsChineseInChinese();
    void noHeaderIsCutAtOfficeSizeInEnglish();
    void menuItemsShowTheirWholeText();
    void voidingAnOrderSaysVoidAndAsksFirst();

private:
    LanguageManager m_language;
};

void TstWords::initTestCase()
{
    applyTheme(*qApp);
}

void TstWords::cleanup()
{
    m_language.apply(QStringLiteral("en"));
}

void TstWords::everyPageAndTabTitleIsChineseInChinese()
{
    // Switched at run time, as in Settings: the pages are made again in the new language.
    m_language.apply(QStringLiteral("en"));
    TestWorkspace ws(TestWorkspace::SignIn::Owner, true);
    MainWindow window(ws.get(), &m_language);
    window.resize(1280, 800);
    window.show();
    window.showPageTab(Page::MasterData, QStringLiteral("boms"));
    m_language.apply(QStringLiteral("zh_CN"));
    settle();
    for (const auto &[page, tab] : pageTabs()) {
        window.showPageTab(page, tab);
        settle();
        const QString where = pageKey(page) + QLatin1Char('/') + tab;
        const QString title = window.findChild<QLabel *>(QStringLiteral("pageTitle"))->text();
        QVERIFY2(hasChinese(title), qPrintable(where + QStringLiteral(": ") + title));
        for (QTabBar *bar : window.pageWidget(page)->findChildren<QTabBar *>()) {
            for (int i = 0; i < bar->count(); ++i)
                QVERIFY2(hasChinese(bar->tabText(i)),
                         qPrintable(where + QStringLiteral(": ") + bar->tabText(i)));
        }
        // The heading of a page part (a bill of materials, a routing) too.
        for (QLabel *heading :
             window.pageWidget(page)->findChildren<QLabel *>(QStringLiteral("placeholderTitle"))) {
            static const QRegularExpression englishWord(QStringLiteral("[a-z]{3,}"));
            if (heading->isVisible() && englishWord.match(heading->text()).hasMatch())
                QVERIFY2(hasChinese(heading->text()),
                         qPrintable(where + QStringLiteral(": ") + heading->text()));
        }
    }
}

void TstWords::noHeaderIsCutAtOfficeSizeInEnglish()
{
    m_language.apply(QStringLiteral("en"));
    TestWorkspace ws(TestWorkspace::SignIn::Owner, true);
    MainWindow window(ws.get(), &m_language);
    window.resize(1920, 1080);
    window.show();
    for (const auto &[page, tab] : pageTabs()) {
        window.showPageTab(page, tab);
        settle();
        for (QHeaderView *header : window.pageWidget(page)->findChildren<QHeaderView *>()) {
            if (header->orientation() != Qt::Horizontal || !header->isVisible())
                continue;
            for (int i = 0; i < header->count(); ++i) {
                if (header->isSectionHidden(i) || header->sectionSize(i) == 0)
                    continue;
                const QString text = header->model()->headerData(i, Qt::Horizontal).toString();
                QVERIFY2(header->sectionSize(i) >= header->sectionSizeHint(i),
                         qPrintable(QStringLiteral("%1/%2 %3: \"%4\" %5 < %6")
                                        .arg(pageKey(page), tab,
                                             header->parentWidget()->objectName(), text)
                                        .arg(header->sectionSize(i))
                                        .arg(header->sectionSizeHint(i))));
            }
        }
    }
}

void TstWords::menuItemsShowTheirWholeText()
{
    // "退出登…O)": the style elided an item the menu had not made wide enough. The text as
    // drawn is as wide as the whole text, measured on the menu's own picture.
    for (const QString &language : LanguageManager::availableLanguages()) {
        m_language.apply(language);
        TestWorkspace ws(TestWorkspace::SignIn::Owner, true);
        MainWindow window(ws.get(), &m_language);
        window.show();
        for (QAction *menuAction : window.menuBar()->actions()) {
            QMenu *menu = menuAction->menu();
            menu->popup(window.mapToGlobal(QPoint(0, 0)));
            settle();
            const QImage picture = menu->grab().toImage();
            for (QAction *action : menu->actions()) {
                if (action->isSeparator() || !action->shortcut().isEmpty())
                    continue; // a shortcut's own ink would count as text
                const QRect row = menu->actionGeometry(action);
                int left = row.right();
                int right = row.left();
                for (int y = row.top(); y <= row.bottom(); ++y) {
                    for (int x = row.left(); x <= row.right(); ++x) {
                        if (picture.pixelColor(x, y).lightness() < 110) {
                            left = std::min(left, x);
                            right = std::max(right, x);
                        }
                    }
                }
                QString text = action->text();
                text.remove(QLatin1Char('&'));
                const int whole = menu->fontMetrics().horizontalAdvance(text);
                QVERIFY2(right - left + 1 >= whole - 6,
                         qPrintable(QStringLiteral("%1: \"%2\" drawn %3 px wide, whole %4 px")
                                        .arg(language, text)
                                        .arg(right - left + 1)
                                        .arg(whole)));
            }
            menu->hide();
        }
    }
}

void TstWords::voidingAnOrderSaysVoidAndAsksFirst()
{
    m_language.apply(QStringLiteral("en"));
    TestWorkspace ws(TestWorkspace::SignIn::Owner, true);
    MainWindow window(ws.get(), &m_language);
    window.show();
    window.showPageTab(Page::WorkOrders, QStringLiteral("list"));
    auto *page = qobject_cast<WorkOrdersPage *>(window.pageWidget(Page::WorkOrders));
    QString id;
    for (int row = 0; row < page->model()->rowCount() && id.isEmpty(); ++row) {
        const auto state = static_cast<WorkOrderState>(
            page->model()->index(row, 0).data(WorkOrderListModel::StateRole).toInt());
        if (state == WorkOrderState::Released)
            id = page->model()->idAt(row);
    }
    QVERIFY(!id.isEmpty());
    page->openWorkOrder(id);
    settle();
    auto *voidButton = page->findChild<QPushButton *>(
        QStringLiteral("action_%1").arg(int(WorkOrderAction::Cancel)));
    QVERIFY(voidButton);
    QCOMPARE(voidButton->text(), QStringLiteral("Void order…"));

    // Asked first: No keeps the order as it was.
    QString question;
    QTimer::singleShot(0, qApp, [&question] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            question = box->text();
            box->button(QMessageBox::No)->click();
        }
    });
    voidButton->click();
    QVERIFY2(question.contains(QStringLiteral("Void work order")), qPrintable(question));
    QCOMPARE(ws->workOrders()->find(id).value().state, WorkOrderState::Released);
}

QTEST_MAIN(TstWords)
#include "tst_words.moc"
