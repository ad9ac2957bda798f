// English and 中文 switch at run time from Settings, including Qt's own strings.
#include "common/languagemanager.h"
#include "masterdata/masterdatalistwidget.h"
#include "masterdata/masterdatapage.h"
#include "settings/settingspage.h"
#include "shell/mainwindow.h"
#include "shell/navigationrail.h"
#include "testworkspace.h"

#include <QComboBox>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

using namespace Taktline;

class TstLanguageSwitch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void settingsComboSwitchesTheWholeWindowToChinese();
    void chineseTranslationLoadsQtStringsToo();
    void englishCountsReadAsEnglish();
    void unknownLanguageFallsBackToEnglish();
};

void TstLanguageSwitch::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TaktlineTests"));
}

void TstLanguageSwitch::settingsComboSwitchesTheWholeWindowToChinese()
{
    TestWorkspace ws(TestWorkspace::SignIn::Owner, true);
    LanguageManager language;
    language.apply(QStringLiteral("en"));
    MainWindow window(ws.get(), &language);
    window.show();
    auto *rail = window.findChild<NavigationRail *>();
    QCOMPARE(rail->button(Page::MasterData)->text(), QStringLiteral("Master data"));

    window.setCurrentPage(Page::Settings);
    auto *settings = qobject_cast<SettingsPage *>(window.pageWidget(Page::Settings));
    QComboBox *combo = settings->languageCombo();
    const int chinese = combo->findData(QStringLiteral("zh_CN"));
    QVERIFY(chinese >= 0);
    combo->setCurrentIndex(chinese);
    emit combo->activated(chinese);

    QCOMPARE(language.current(), QStringLiteral("zh_CN"));
    QTRY_COMPARE(rail->button(Page::MasterData)->text(), QStringLiteral("主数据"));
    QCOMPARE(window.currentPage(), Page::Settings);
    // Pages are rebuilt on the next turn of the event loop, in the new language.
    QTRY_VERIFY(window.pageWidget(Page::MasterData) != nullptr
                && window.pageWidget(Page::MasterData)->findChild<QPushButton *>(QStringLiteral("addButton"))
                && window.pageWidget(Page::MasterData)->findChild<QPushButton *>(QStringLiteral("addButton"))->text()
                       == QStringLiteral("新增…"));
    language.apply(QStringLiteral("en"));
}

void TstLanguageSwitch::chineseTranslationLoadsQtStringsToo()
{
    LanguageManager language;
    QVERIFY(language.apply(QStringLiteral("zh_CN")));
    // A string from qtbase's own catalogue: the Cancel button of a QDialogButtonBox.
    const QString cancel = QCoreApplication::translate("QPlatformTheme", "Cancel");
    QVERIFY2(cancel != QLatin1String("Cancel"), qPrintable(cancel));
    QCOMPARE(QCoreApplication::translate("Taktline::Page", "Settings"), QStringLiteral("设置"));
    language.apply(QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("Taktline::Page", "Settings"), QStringLiteral("Settings"));
}

void TstLanguageSwitch::englishCountsReadAsEnglish()
{
    LanguageManager language;
    QVERIFY(language.apply(QStringLiteral("en")));
    const auto count = [](int n) {
        return QCoreApplication::translate("Taktline::TraceText", "%n shipment(s)", nullptr, n);
    };
    QCOMPARE(count(1), QStringLiteral("1 shipment"));
    QCOMPARE(count(3), QStringLiteral("3 shipments"));
    // Untranslated sentences still read from the sources.
    QCOMPARE(QCoreApplication::translate("Taktline::Page", "Settings"), QStringLiteral("Settings"));
}

void TstLanguageSwitch::unknownLanguageFallsBackToEnglish()
{
    LanguageManager language;
    language.apply(QStringLiteral("xx_YY"));
    QCOMPARE(language.current(), QStringLiteral("en"));
}

QTEST_MAIN(TstLanguageSwitch)
#include "tst_languageswitch.moc"
