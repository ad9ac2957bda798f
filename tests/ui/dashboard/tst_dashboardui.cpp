// The dashboard page on the demo factory: it replaces the set-up checklist once orders exist,
// every chart is drawn with data, a click on a bar opens exactly the rows behind it, and the page
// exports as PNG and PDF.
#include "common/languagemanager.h"
#include "dashboard/chartcard.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/drilldowndialog.h"
#include "dashboard/kpitile.h"
#include "services/workspace.h"
#include "shell/mainwindow.h"
#include "shell/setupchecklistpage.h"
#include "storage/database.h"
#include "testshop.h"
#include "testworkspace.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QLocale>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QXYSeries>

#include <cmath>
#include <memory>

using namespace Taktline;

class TstDashboardUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void demoOpensOnTheDashboardAndANewFactoryOnItsChecklist();
    void everyChartIsDrawnWithData();
    void defectBarOpensItsReports();
    void outputBarOpensTheFinishedPiecesOfItsHour();
    void wipBarOpensTheOrdersWaiting();
    void downtimeBarOpensItsStops();
    void machineBarOpensThatMachinesStops();
    void futureDayShowsSentencesNotZeros();
    void exportsPngAndPdf();
    void aReportSavedHereShowsWithoutReload();

private:
    DrillDownDialog *clickBar(DashboardPage &page, const QString &key, int index, int set = 0);

    LanguageManager m_language;
    std::unique_ptr<TestWorkspace> m_demo;
};

namespace {

int rowsOf(const Workspace &ws, const QString &sql, const QVariantMap &bind)
{
    QSqlQuery query(ws.database().connection());
    query.prepare(sql);
    for (auto it = bind.cbegin(); it != bind.cend(); ++it)
        query.bindValue(it.key(), it.value());
    if (!query.exec() || !query.next())
        qFatal("exec: %s", qPrintable(query.lastError().text()));
    return query.value(0).toInt();
}

const QString Counting = QStringLiteral(
    "(SELECT * FROM production_reports WHERE voids_report_id IS NULL AND id NOT IN "
    "(SELECT voids_report_id FROM production_reports WHERE voids_report_id IS NOT NULL))");

double columnSum(const QStandardItemModel *model, const QString &header)
{
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->headerData(column, Qt::Horizontal).toString() != header)
            continue;
        double sum = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            sum += model->index(row, column).data(Qt::UserRole).toDouble();
        return sum;
    }
    return -1;
}

} // namespace

void TstDashboardUi::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TaktlineTests"));
    QSettings().clear();
    m_language.apply(QStringLiteral("en"));
    m_demo = std::make_unique<TestWorkspace>(TestWorkspace::SignIn::Owner, true,
                                             Clock::fixedAt(TestShop::at(2, 10, 30)));
}

void TstDashboardUi::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<DrillDownDialog *>(widget))
            delete widget;
    }
}

DrillDownDialog *TstDashboardUi::clickBar(DashboardPage &page, const QString &key, int index,
                                          int set)
{
    QChart *chart = page.card(key)->chart();
    if (!chart)
        return nullptr;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            const QList<QBarSet *> sets = bars->barSets();
            if (set >= sets.size())
                return nullptr;
            const QList<DrillDownDialog *> before = page.findChildren<DrillDownDialog *>();
            emit sets.at(set)->clicked(index); // what a click on the bar sends
            for (DrillDownDialog *dialog : page.findChildren<DrillDownDialog *>()) {
                if (!before.contains(dialog))
                    return dialog;
            }
            return nullptr;
        }
    }
    return nullptr;
}

void TstDashboardUi::demoOpensOnTheDashboardAndANewFactoryOnItsChecklist()
{
    MainWindow window(m_demo->get(), &m_language);
    window.show();
    QCOMPARE(window.currentPage(), Page::Dashboard);
    QVERIFY2(qobject_cast<DashboardPage *>(window.pageWidget(Page::Dashboard)),
             "a factory with work orders opens on its dashboard");

    TestWorkspace fresh;
    MainWindow first(fresh.get(), &m_language);
    first.show();
    QVERIFY2(qobject_cast<SetupChecklistPage *>(first.pageWidget(Page::Dashboard)),
             "a factory without orders opens on its set-up checklist");
}

void TstDashboardUi::everyChartIsDrawnWithData()
{
    DashboardPage page(m_demo->get());
    page.resize(1280, 800);
    page.show();
    page.setRange(DashboardRange::Month);
    for (const char *key : {"oee", "losses", "downtime", "defects", "output", "wip", "yield"}) {
        ChartCard *card = page.card(QString::fromLatin1(key));
        QVERIFY2(card, key);
        QVERIFY2(card->chart(), qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(key),
                                                                        card->notice())));
        int bars = 0;
        double total = 0;
        for (QAbstractSeries *series : card->chart()->series()) {
            if (auto *barSeries = qobject_cast<QAbstractBarSeries *>(series)) {
                for (QBarSet *set : barSeries->barSets()) {
                    bars += set->count();
                    for (int i = 0; i < set->count(); ++i)
                        total += set->at(i);
                }
            }
        }
        QVERIFY2(bars > 0 && total > 0, key);
        QVERIFY2(!card->chart()->axes().isEmpty(), key);
    }
    // A/E/Q and OEE, one bar of each per machine.
    const auto *oee = qobject_cast<QAbstractBarSeries *>(
        page.card(QStringLiteral("oee"))->chart()->series().last());
    QVERIFY(oee);
    QCOMPARE(oee->barSets().size(), 4);
    QCOMPARE(oee->barSets().first()->count(), int(page.figures().oee->rows.size()));
    QCOMPARE(page.lateOrders()->model()->rowCount(), int(page.figures().lateOrders.size()));
    QVERIFY(page.lateOrders()->model()->rowCount() > 0);
    for (const char *tile : {"attainment", "onTime", "oee", "firstPass"})
        QVERIFY2(page.tile(QString::fromLatin1(tile))->valueText().contains(QLatin1Char('%')),
                 tile);
}

void TstDashboardUi::defectBarOpensItsReports()
{
    DashboardPage page(m_demo->get());
    page.show();
    page.setRange(DashboardRange::Month);
    QVERIFY(!page.figures().defects.isEmpty());
    const DefectCount top = page.figures().defects.first();
    // Horizontal bars: the top one, the most defects, is Qt's last index.
    const int topBar = int(page.figures().defects.size()) - 1;
    DrillDownDialog *dialog = clickBar(page, QStringLiteral("defects"), topBar);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const int expected = rowsOf(**m_demo,
                                QStringLiteral("SELECT count(*) FROM %1 WHERE defective > 0 AND "
                                               "ifnull(defect_reason_id, '') = :reason AND "
                                               "reported_at >= :from AND reported_at < :to")
                                    .arg(Counting),
                                {{QStringLiteral(":reason"), top.reasonId},
                                 {QStringLiteral(":from"), page.period().fromMs},
                                 {QStringLiteral(":to"), page.period().toMs}});
    QCOMPARE(dialog->model()->rowCount(), expected);
    QCOMPARE(columnSum(dialog->model(), QStringLiteral("Defective")), top.pieces);
}

void TstDashboardUi::outputBarOpensTheFinishedPiecesOfItsHour()
{
    DashboardPage page(m_demo->get());
    page.show();
    page.setRange(DashboardRange::Week); // one bar a day
    int busiest = 0;
    for (int i = 0; i < page.figures().output.size(); ++i) {
        if (page.figures().output.at(i).good > page.figures().output.at(busiest).good)
            busiest = i;
    }
    QVERIFY(page.figures().output.at(busiest).good > 0);
    DrillDownDialog *dialog = clickBar(page, QStringLiteral("output"), busiest);
    QVERIFY(dialog);
    QCOMPARE(columnSum(dialog->model(), QStringLiteral("Good")),
             page.figures().output.at(busiest).good);
}

void TstDashboardUi::wipBarOpensTheOrdersWaiting()
{
    DashboardPage page(m_demo->get());
    page.show();
    QVERIFY(!page.figures().wip.isEmpty());
    const WipStep step = page.figures().wip.first();
    DrillDownDialog *dialog = clickBar(page, QStringLiteral("wip"), 0);
    QVERIFY(dialog);
    QCOMPARE(dialog->model()->rowCount(), step.orders);
    QCOMPARE(columnSum(dialog->model(), QStringLiteral("Pieces waiting")), step.pieces);
}

void TstDashboardUi::downtimeBarOpensItsStops()
{
    DashboardPage page(m_demo->get());
    page.show();
    page.setRange(DashboardRange::Month);
    QVERIFY(!page.figures().downtime.isEmpty());
    const DowntimeCount bar = page.figures().downtime.first();
    DrillDownDialog *dialog =
        clickBar(page, QStringLiteral("downtime"), int(page.figures().downtime.size()) - 1);
    QVERIFY(dialog);
    QCOMPARE(dialog->model()->rowCount(), bar.stops);
}

void TstDashboardUi::machineBarOpensThatMachinesStops()
{
    DashboardPage page(m_demo->get());
    page.show();
    page.setRange(DashboardRange::Month);
    QVERIFY(page.figures().oee);
    const QList<OeeRow> &rows = page.figures().oee->rows;
    // The last machine that stopped at all in the month (one whose work went to a subcontractor
    // may not have).
    const auto stopSeconds = [](const OeeElements &e) {
        return e.availabilitySeconds + e.unclassifiedSeconds + e.performanceStopSeconds +
               e.qualityStopSeconds + e.plannedDownSeconds;
    };
    int last = int(rows.size()) - 1;
    while (last > 0 && stopSeconds(rows.at(last).elements) <= 0)
        --last;
    DrillDownDialog *dialog = clickBar(page, QStringLiteral("oee"), last, 3); // the OEE bar
    QVERIFY(dialog);
    QVERIFY(dialog->model()->rowCount() > 0);
    const QString code = rows.at(last).label.section(QLatin1Char(' '), 0, 0);
    for (int row = 0; row < dialog->model()->rowCount(); ++row)
        QCOMPARE(dialog->model()->index(row, 0).data().toString(), code);
    // The stops behind the bar are the machine's stop time: failures, unclassified, small and
    // quality stops and planned downtime.
    double minutes = 0;
    for (int row = 0; row < dialog->model()->rowCount(); ++row)
        minutes += QLocale().toDouble(dialog->model()->index(row, 3).data().toString());
    const OeeElements &e = rows.at(last).elements;
    const double expected =
        (e.availabilitySeconds + e.unclassifiedSeconds + e.performanceStopSeconds +
         e.qualityStopSeconds + e.plannedDownSeconds) /
        60.0;
    QVERIFY2(std::abs(minutes - expected) < 0.05 * dialog->model()->rowCount() + 0.01,
             qPrintable(QStringLiteral("%1 against %2").arg(minutes).arg(expected)));
}

void TstDashboardUi::futureDayShowsSentencesNotZeros()
{
    DashboardPage page(m_demo->get());
    page.show();
    page.setRange(DashboardRange::Day, TestShop::day(9));
    QCOMPARE(page.tile(QStringLiteral("attainment"))->valueText(), QStringLiteral("—"));
    QVERIFY(!page.tile(QStringLiteral("attainment"))->detailText().isEmpty());
    QCOMPARE(page.tile(QStringLiteral("firstPass"))->valueText(), QStringLiteral("—"));
    QVERIFY(!page.card(QStringLiteral("defects"))->chart());
    QVERIFY(!page.card(QStringLiteral("defects"))->notice().isEmpty());
}

void TstDashboardUi::exportsPngAndPdf()
{
    DashboardPage page(m_demo->get());
    page.resize(1280, 800);
    page.show();
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("dashboard.png"));
    const QString pdf = dir.filePath(QStringLiteral("dashboard.pdf"));
    QVERIFY(page.exportTo(png));
    QVERIFY(page.exportTo(pdf));
    QVERIFY(!page.exportTo(dir.filePath(QStringLiteral("dashboard.sqlite"))));
    QFile pngFile(png);
    QVERIFY(pngFile.open(QIODevice::ReadOnly));
    QVERIFY(pngFile.read(4) == QByteArray("\x89PNG"));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == QByteArray("%PDF-"));
    QVERIFY(pdfFile.size() > 10000);
}

void TstDashboardUi::aReportSavedHereShowsWithoutReload()
{
    TestShop shop;
    DashboardPage page(shop.ws.get());
    page.show();
    QCOMPARE(page.figures().doneQty, 0.0);
    shop.report(shop.request(0, 30));
    shop.report(shop.request(1, 12));
    // The page reads again once the saves settle; no one pressed anything.
    QTRY_COMPARE(page.figures().doneQty, 12.0);
    QCOMPARE(page.figures().wip.size(), 1);
    QCOMPARE(page.figures().wip.first().pieces, 18.0);
}

QTEST_MAIN(TstDashboardUi)
#include "tst_dashboardui.moc"
