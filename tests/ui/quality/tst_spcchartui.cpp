// The SPC chart as a person reads it: the points and limits of the characteristic picked, a
// signalled point in red with its rule as the tooltip, the capability box's figures and colours,
// the first-pass yield table, and a sentence instead of an empty chart.
#include "dashboard/chartcard.h"
#include "item/palette.h"
#include "quality/spc/spccapabilitybox.h"
#include "quality/spc/spcchartview.h"
#include "quality/spc/spcyieldtable.h"
#include "services/quality/spcservice.h"
#include "spcfacts.h"
#include "testshop.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTableView>
#include <QTest>

using namespace Taktline;

namespace {

template<typename Series> Series *named(QChart *chart, const QString &objectName)
{
    for (QAbstractSeries *series : chart->series()) {
        if (series->objectName() == objectName)
            return qobject_cast<Series *>(series);
    }
    return nullptr;
}

// The horizontal line whose legend name starts with PREFIX ("UCL 10.029"), or null.
QLineSeries *line(QChart *chart, const QString &prefix)
{
    for (QAbstractSeries *series : chart->series()) {
        auto *found = qobject_cast<QLineSeries *>(series);
        if (found && found->objectName().isEmpty() && found->name().startsWith(prefix))
            return found;
    }
    return nullptr;
}

QString text(const QWidget *parent, const char *name)
{
    auto *label = parent->findChild<QLabel *>(QString::fromLatin1(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QString::fromLatin1(name));
}

} // namespace

class TstSpcChartUi : public QObject
{
    Q_OBJECT

private slots:
    void chartsThePointsLimitsAndSignals();
    void saysWhyThereIsNoChart();
};

void TstSpcChartUi::chartsThePointsLimitsAndSignals()
{
    TestShop shop(TestShop::Options{TestWorkspace::SignIn::Owner, false, false, true});
    SpcFacts facts(shop);
    const QString plan = facts.plan(shop.flange, facts.operationSeq(0));
    const QString diameter = facts.characteristic(plan, 1, "外径", "measured", 9.7, 10.9);
    // The subgroups of two from tst_spccalculator: 9.8 ×4, 10.1 ×8, 10.8 (R = 0.2 each):
    // X̄̄ = 10.0615, UCL 10.4375, LCL 9.6855; point 13 beyond the UCL (rule 1 and 4).
    const QList<double> means{9.8,  9.8,  9.8,  9.8,  10.1, 10.1, 10.1,
                              10.1, 10.1, 10.1, 10.1, 10.1, 10.8};
    for (int i = 0; i < means.size(); ++i)
        facts.inspection(TestShop::at(0, 8) + i * 600000, diameter,
                         {means.at(i) - 0.1, means.at(i) + 0.1});
    shop.reportAt(TestShop::at(0, 9), shop.request(0, 90, 10));

    SpcChartView view(shop.ws.get());
    view.resize(1280, 800);
    view.setPeriod(TestShop::day(0), TestShop::day(0));
    view.show();
    QVERIFY(view.selectCharacteristic(diameter));
    QCOMPARE(view.findChild<QComboBox *>(QStringLiteral("spcProduct"))->currentText(),
             QStringLiteral("FL-1 法兰"));

    QChart *location = view.locationCard()->chart();
    QVERIFY2(location, qPrintable(view.locationCard()->notice()));
    auto *points = named<QLineSeries>(location, QStringLiteral("points"));
    QVERIFY(points);
    QCOMPARE(points->count(), 13);
    QCOMPARE(points->at(0), QPointF(1, 9.8));
    QVERIFY(qAbs(points->at(12).y() - 10.8) < 1e-9);
    QVERIFY2(line(location, QStringLiteral("UCL 10.44")), "the UCL is drawn and named");
    QVERIFY(qAbs(line(location, QStringLiteral("UCL"))->at(0).y() - 10.4375385) < 1e-6);
    QCOMPARE(line(location, QStringLiteral("UCL"))->pen().style(), Qt::DashLine);
    QVERIFY(qAbs(line(location, QStringLiteral("LCL"))->at(0).y() - 9.6855385) < 1e-6);
    QVERIFY(qAbs(line(location, QStringLiteral("CL"))->at(0).y() - 10.0615385) < 1e-6);
    QCOMPARE(line(location, QStringLiteral("USL"))->at(0).y(), 10.9);
    QCOMPARE(line(location, QStringLiteral("LSL"))->at(0).y(), 9.7);
    QVERIFY(line(location, QStringLiteral("USL"))->pen().color() !=
            line(location, QStringLiteral("UCL"))->pen().color());

    auto *marks = named<QScatterSeries>(location, QStringLiteral("marks"));
    QVERIFY(marks);
    QCOMPARE(marks->color(), Palette::Red);
    QVERIFY(marks->points().contains(QPointF(13, points->at(12).y())));
    const QStringList tips = marks->property("tips").toStringList();
    const qsizetype last = marks->points().indexOf(QPointF(13, points->at(12).y()));
    QVERIFY2(tips.value(last).contains(QStringLiteral("Rule 1")), qPrintable(tips.value(last)));
    QVERIFY2(tips.value(last).contains(QStringLiteral("Rule 4")), qPrintable(tips.value(last)));

    QChart *range = view.rangeCard()->chart();
    QVERIFY(range);
    QCOMPARE(named<QLineSeries>(range, QStringLiteral("points"))->count(), 13);
    // n = 2: D4 = 3.267 → UCL 0.6534; D3 = 0: no lower limit drawn.
    QVERIFY(qAbs(line(range, QStringLiteral("UCL"))->at(0).y() - 0.6534) < 1e-6);
    QVERIFY(!line(range, QStringLiteral("LCL")));

    // Subgroup i of the X̄ chart stands above its range: the plots start at the same x although
    // their axis labels differ in width (10.44 against 0.65).
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    QVERIFY2(qAbs(location->plotArea().left() - range->plotArea().left()) < 1,
             qPrintable(QStringLiteral("%1 %2")
                            .arg(location->plotArea().left())
                            .arg(range->plotArea().left())));

    // σ within = 0.2 / 1.128 = 0.177305; μ of the 26 readings = 10.0615385;
    // Cp = 1.2 / (6 · 0.177305) = 1.128, Cpk = (10.0615 − 9.7) / 0.531915 = 0.680: red.
    const QWidget *box = view.capabilityBox();
    QCOMPARE(text(box, "spcN"), QStringLiteral("26"));
    QCOMPARE(text(box, "spcCp"), QStringLiteral("1.13"));
    QCOMPARE(text(box, "spcCpk"), QStringLiteral("0.68"));
    QVERIFY(box->findChild<QLabel *>(QStringLiteral("spcCpk"))
                ->styleSheet()
                .contains(Palette::Red.name()));
    QVERIFY(box->findChild<QLabel *>(QStringLiteral("spcCp"))
                ->styleSheet()
                .contains(Palette::AmberText.name())); // amber: 1.0 ≤ Cp < 1.33
    QCOMPARE(text(box, "spcVerdict"), SpcCapabilityBox::verdictFor(0.68));
    QVERIFY(!text(box, "spcStability").isEmpty());

    // First-pass yield: 90 good of 100 at the first step, and the whole routing.
    const QAbstractItemModel *yields = view.yieldTable()->view()->model();
    QCOMPARE(yields->rowCount(), 2);
    QCOMPARE(yields->index(0, 3).data(Qt::UserRole).toDouble(), 0.9);
    QCOMPARE(yields->index(0, 2).data().toString(), QStringLiteral("90 / 100"));
    QCOMPARE(yields->index(1, 0).data().toString(), QStringLiteral("FL-1"));
}

void TstSpcChartUi::saysWhyThereIsNoChart()
{
    TestShop shop(TestShop::Options{TestWorkspace::SignIn::Owner, false, false, true});
    {
        SpcChartView empty(shop.ws.get());
        empty.show();
        QVERIFY(!empty.locationCard()->chart());
        QVERIFY(!empty.locationCard()->notice().isEmpty());
        QCOMPARE(text(empty.capabilityBox(), "spcCpk"), QStringLiteral("—"));
    }
    SpcFacts facts(shop);
    const QString plan = facts.plan(shop.flange, facts.operationSeq(0));
    const QString diameter = facts.characteristic(plan, 1, "外径", "measured", 9.7, 10.9);
    facts.inspection(TestShop::at(0, 8), diameter, {10.0, 10.1});
    SpcChartView view(shop.ws.get());
    view.setPeriod(TestShop::day(0), TestShop::day(0));
    view.show();
    QVERIFY(view.selectCharacteristic(diameter));
    QVERIFY(!view.locationCard()->chart());
    QVERIFY2(view.locationCard()->notice().contains(QStringLiteral("at least 2")),
             qPrintable(view.locationCard()->notice()));
}

QTEST_MAIN(TstSpcChartUi)
#include "tst_spcchartui.moc"
