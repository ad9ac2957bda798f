// Work orders ▸ Capacity: the heat map and table of the capacity shop's loads, the bottleneck
// named, days/weeks and machines/workshops, a what-if tried (nothing written) and accepted by
// the owner only, and the export to Excel.
#include "../../models/capacity/capacityshop.h"
#include "capacity/capacityheatmap.h"
#include "capacity/capacityview.h"
#include "capacity/capacitywhatifpanel.h"
#include "item/capacity/capacitytablemodel.h"
#include "reports/reportcentreexport.h"
#include "services/access/accesscontrol.h"

#include <QAbstractItemModelTester>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Taktline;

namespace {

void click(CapacityView &view, const char *name)
{
    auto *button = view.findChild<QPushButton *>(QLatin1String(name));
    QVERIFY2(button, name);
    QVERIFY2(button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

int rowOf(const CapacityTableModel &model, const QString &label)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, CapacityTableModel::Name).data().toString() == label)
            return row;
    }
    return -1;
}

} // namespace

class TstCapacityView : public QObject
{
    Q_OBJECT
private slots:
    void showsTheLoadsAndTheBottleneck();
    void daysWeeksMachinesAndWorkshops();
    void whatIfIsShownAndAcceptedByTheOwnerOnly();
    void exportsTheCapacityReport();
};

void TstCapacityView::showsTheLoadsAndTheBottleneck()
{
    CapacityShop f;
    CapacityView view(f.shop.ws.get());
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.resize(1280, 760);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    CapacityHeatMap *map = view.heatMap();
    QCOMPARE(map->rowCount(), 4);     // the active machines
    QCOMPARE(map->columnCount(), 28); // four weeks of days
    QVERIFY(!map->chart()->series().isEmpty());
    const CapacityTableModel &model = *view.model();
    const int lathe = rowOf(model, QStringLiteral("LATHE-1 数控车床"));
    QVERIFY(lathe >= 0);
    QCOMPARE(map->bandAt(lathe, 0), CapacityBand::Full); // Monday booked full
    QCOMPARE(map->bandAt(lathe, 2), CapacityBand::None); // the Wednesday holiday
    QCOMPARE(map->bandAt(lathe, 3), CapacityBand::Low);  // 3 of 8.5 h on Thursday
    QVERIFY(map->cellText(lathe, 3).contains(QStringLiteral("3.0")));
    QVERIFY(map->cellText(lathe, 3).contains(QStringLiteral("8.5")));
    QCOMPARE(model.index(lathe, CapacityTableModel::Load).data(Qt::UserRole).toDouble(), 20.0);
    QCOMPARE(model.index(lathe, CapacityTableModel::Capacity).data(Qt::UserRole).toDouble(), 195.5);
    QCOMPARE(model.index(lathe, CapacityTableModel::FullDays).data().toString(),
             QStringLiteral("11/23–11/24"));
    QVERIFY(view.bottleneckText().contains(QStringLiteral("LATHE-1 数控车床")));
    QVERIFY(view.bottleneckText().contains(QStringLiteral("11/23–11/24")));
}

void TstCapacityView::daysWeeksMachinesAndWorkshops()
{
    CapacityShop f;
    CapacityView view(f.shop.ws.get());
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.show();
    click(view, "capacityWeeksButton");
    QCOMPARE(view.heatMap()->columnCount(), 4);
    QCOMPARE(view.heatMap()->columnLabel(1), CapacityHeatMap::tr("W%1 %2").arg(49).arg(QStringLiteral("11/30")));
    click(view, "capacityWorkshopsButton");
    QCOMPARE(view.heatMap()->rowCount(), 2);
    const int first = rowOf(*view.model(), QStringLiteral("一车间"));
    QVERIFY(first >= 0);
    QCOMPARE(view.model()->index(first, CapacityTableModel::Machines).data().toInt(), 3);
    click(view, "capacityLinesButton");
    QCOMPARE(view.heatMap()->rowCount(), 3);
}

void TstCapacityView::whatIfIsShownAndAcceptedByTheOwnerOnly()
{
    CapacityShop f;
    f.shop.signIn(Role::Supervisor);
    CapacityView view(f.shop.ws.get());
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.show();
    const QString before = f.fingerprint();
    CapacityWhatIfPanel *panel = view.whatIfPanel();
    QVERIFY(!panel->acceptButton()->isEnabled());
    panel->overtime()->setValue(2);
    click(view, "tryWhatIfButton");
    QVERIFY2(view.bannerText().isEmpty(), qPrintable(view.bannerText()));
    QVERIFY(view.model()->showsWhatIf());
    const int lathe = rowOf(*view.model(), QStringLiteral("LATHE-1 数控车床"));
    QCOMPARE(view.model()->index(lathe, CapacityTableModel::WhatIf).data(Qt::UserRole).toDouble(),
             20 / 241.5);
    QVERIFY(panel->resultText().contains(QStringLiteral("17:30–19:30")));
    // The heat map shows the what-if: Thursday free, 0 of 10.5 h.
    QVERIFY(view.heatMap()->cellText(lathe, 3).contains(QStringLiteral("0.0 h")));
    QVERIFY(view.heatMap()->cellText(lathe, 3).contains(QStringLiteral("10.5 h")));
    QCOMPARE(f.fingerprint(), before); // tried, not written

    click(view, "acceptWhatIfButton"); // a supervisor may not change the calendar
    QCOMPARE(view.bannerText(), f.shop.ws->access()->require(Permission::EditSettings).error());
    QCOMPARE(f.fingerprint(), before);

    f.shop.signIn(Role::Owner);
    click(view, "acceptWhatIfButton");
    QCOMPARE(f.shop.ws->schedule()->calendar().shifts().constLast(),
             (Shift{QTime(17, 30), QTime(19, 30)}));
    QVERIFY(!view.model()->showsWhatIf()); // the plan now is the what-if
    QCOMPARE(view.model()->index(lathe, CapacityTableModel::Capacity).data(Qt::UserRole).toDouble(),
             241.5);
    QVERIFY(!panel->acceptButton()->isEnabled());
}

void TstCapacityView::exportsTheCapacityReport()
{
    CapacityShop f;
    CapacityView view(f.shop.ws.get());
    view.show();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("capacity.xlsx"));
    QSignalSpy finished(view.exporter(), &ReportCentreExport::finished);
    QVERIFY(view.exportTo(path));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toString(), QString());
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(view.bannerText().contains(QStringLiteral("capacity.xlsx")));
}

QTEST_MAIN(TstCapacityView)
#include "tst_capacityview.moc"
