// The main window warns, on every page, when the factory's hash chain is broken (issue 12 item
// 3): the check runs in the background on its own read-only connection and names the fact.
#include "common/languagemanager.h"
#include "common/messagebanner.h"
#include "services/chain/chaincheck.h"
#include "shell/mainwindow.h"
#include "sqlinspection.h"
#include "storage/chain/chainhash.h"
#include "sync/syncfunctions.h"
#include "testshop.h"

#include <QApplication>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Taktline;

class TstChainWarning : public QObject
{
    Q_OBJECT
private slots:
    void soundChainShowsNoWarning();
    void replacedReportShowsAWarningOnEveryPage();
};

namespace {

// Runs the window's chain check now and waits for its answer.
void checkNow(MainWindow &window)
{
    QSignalSpy checked(window.chainCheck(), &ChainCheck::checked);
    window.chainCheck()->checkNow();
    QVERIFY(checked.wait(60000));
}

} // namespace

void TstChainWarning::soundChainShowsNoWarning()
{
    TestShop shop;
    shop.report(shop.request(0, 40));
    LanguageManager language;
    MainWindow window(shop.ws.get(), &language);
    window.show();
    checkNow(window);
    QVERIFY(window.chainBanner()->isHidden());
}

void TstChainWarning::replacedReportShowsAWarningOnEveryPage()
{
    TestShop shop;
    const QString report = shop.report(shop.request(0, 40));
    {
        SqlInspection::RawConnection other(shop.ws.path());
        QVERIFY(ChainHash::install(other.db()));
        QVERIFY(SyncFunctions::install(other.db()));
        QSqlQuery query(other.db());
        QVERIFY(
            query.exec(QStringLiteral("INSERT OR REPLACE INTO production_reports SELECT id, "
                                      "work_order_id, operation_id, machine_id, employee_id, "
                                      "99999, defective, rework, defect_reason_id, material_lot, "
                                      "voids_report_id, reason, reported_at, device_id, user_id "
                                      "FROM production_reports WHERE id = '%1'")
                           .arg(report)));
    }
    LanguageManager language;
    MainWindow window(shop.ws.get(), &language);
    window.show();
    checkNow(window);
    QVERIFY(window.chainBanner()->isVisible());
    QVERIFY2(window.chainBanner()->text().contains(report),
             qPrintable(window.chainBanner()->text()));
    // Another page: the page's own banner goes, the warning stays.
    const QList<Page> pages = window.visiblePages();
    window.setCurrentPage(pages.constLast());
    QVERIFY(window.chainBanner()->isVisible());
}

QTEST_MAIN(TstChainWarning)
#include "tst_chainwarning.moc"
