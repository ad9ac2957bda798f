#include "dashboard/dashboardcharts.h"

#include "item/palette.h"
#include "services/dashboard/dashboardservice.h"

#include <QApplication>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace Taktline {

namespace {

QString shortened(const QString &text, int length = 14)
{
    return text.size() <= length ? text : text.left(length - 1) + QChar(0x2026);
}

// A category name on up to two lines (broken at the middle space), so "Waiting for material"
// stays readable under a narrow bar instead of being cut to "Waiting…".
QString twoLines(const QString &text)
{
    const QString name = shortened(text, 24);
    const bool wide =
        std::any_of(name.cbegin(), name.cend(), [](QChar ch) { return ch.unicode() >= 0x2E80; });
    if (name.size() <= (wide ? 5 : 9))
        return name;
    if (!name.contains(QLatin1Char(' ')))
        return wide ? name.left((name.size() + 1) / 2) + QStringLiteral("<br>") +
                          name.mid((name.size() + 1) / 2)
                    : name;
    qsizetype best = -1;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name.at(i) == QLatin1Char(' ') &&
            (best < 0 || std::abs(i - name.size() / 2) < std::abs(best - name.size() / 2)))
            best = i;
    }
    return name.left(best) + QStringLiteral("<br>") + name.mid(best + 1);
}

// Horizontal bars draw their first item at the bottom; the lists come reversed so the first is on
// top, and a click is turned back into the index of the figures' list.
DashboardCharts::Click topDown(const DashboardCharts::Click &onClick, qsizetype count)
{
    return [onClick, count](int index) {
        onClick(int(count) - 1 - index);
    };
}

QChart *newChart(bool legend)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->setVisible(legend);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont font = QApplication::font();
    font.setPointSizeF(9);
    chart->legend()->setFont(font);
    return chart;
}

QBarCategoryAxis *categoryAxis(QChart *chart, const QStringList &categories,
                               Qt::Alignment side = Qt::AlignBottom)
{
    auto *axis = new QBarCategoryAxis(chart);
    axis->append(categories);
    QFont font = QApplication::font();
    font.setPointSizeF(categories.size() > 8 ? 8 : 9);
    axis->setLabelsFont(font);
    axis->setGridLineVisible(false);
    axis->setTruncateLabels(false); // names come in at most two short lines (twoLines)
    chart->addAxis(axis, side);
    return axis;
}

QValueAxis *valueAxis(QChart *chart, const QString &title, double max,
                      Qt::Alignment side = Qt::AlignLeft)
{
    auto *axis = new QValueAxis(chart);
    axis->setRange(0, max > 0 ? max : 1);
    axis->setTitleText(title);
    QFont font = QApplication::font();
    font.setPointSizeF(8.5);
    axis->setLabelsFont(font);
    axis->setTitleFont(font);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setGridLineColor(Palette::GridLine);
    if (max > 4)
        axis->applyNiceNumbers();
    chart->addAxis(axis, side);
    return axis;
}

QBarSet *barSet(const QString &label, const QColor &colour, const QList<qreal> &values,
                const DashboardCharts::Click &onClick, QChart *chart)
{
    auto *set = new QBarSet(label);
    set->setColor(colour);
    set->setBorderColor(colour);
    set->append(values);
    if (onClick)
        QObject::connect(set, &QBarSet::clicked, chart, [onClick](int index) { onClick(index); });
    return set;
}

// A translucent band across the chart from LOW to HIGH per cent, on its own hidden x axis.
void addBand(QChart *chart, QValueAxis *percent, double low, double high, const QColor &colour)
{
    auto *upper = new QLineSeries(chart);
    auto *lower = new QLineSeries(chart);
    upper->append({{0, high}, {1, high}});
    lower->append({{0, low}, {1, low}});
    auto *band = new QAreaSeries(upper, lower);
    QColor fill = colour;
    fill.setAlpha(70);
    band->setBrush(fill);
    band->setPen(Qt::NoPen);
    chart->addSeries(band);
    auto *x = new QValueAxis(chart);
    x->setRange(0, 1);
    x->setVisible(false);
    chart->addAxis(x, Qt::AlignTop);
    band->attachAxis(x);
    band->attachAxis(percent);
}

} // namespace

QColor DashboardCharts::bandColour(double rate)
{
    return rate < RedBelow ? Palette::Red : rate < YellowBelow ? Palette::Urgent : Palette::Good;
}

QChart *DashboardCharts::oee(const OeeResult &oee, const Click &onClick)
{
    QChart *chart = newChart(true);
    QStringList machines;
    QList<qreal> a, e, q, total;
    for (const OeeRow &row : oee.rows) {
        machines.append(shortened(row.label.section(QLatin1Char(' '), 0, 0), 10));
        a.append(row.figures.availability.value_or(0) * 100);
        e.append(row.figures.effectiveness.value_or(0) * 100);
        q.append(row.figures.quality.value_or(0) * 100);
        total.append(row.figures.oee.value_or(0) * 100);
    }
    double top = 100;
    for (const QList<qreal> *values : {&a, &e, &q, &total}) {
        for (qreal value : *values)
            top = std::max(top, value);
    }
    QValueAxis *percent = valueAxis(chart, QStringLiteral("%"), std::ceil(top / 10) * 10);
    percent->setTickCount(6);
    addBand(chart, percent, 0, RedBelow * 100, Palette::ErrorBorder);
    addBand(chart, percent, RedBelow * 100, YellowBelow * 100, Palette::UrgentFill.darker(108));
    addBand(chart, percent, YellowBelow * 100, std::ceil(top / 10) * 10, Palette::SuccessBorder);
    auto *series = new QBarSeries(chart);
    series->append(barSet(tr("Availability"), Palette::Planned, a, onClick, chart));
    series->append(barSet(tr("Effectiveness"), Palette::Urgent, e, onClick, chart));
    series->append(barSet(tr("Quality rate"), Palette::GoodText, q, onClick, chart));
    series->append(barSet(tr("OEE"), Palette::Ink, total, onClick, chart));
    series->setBarWidth(0.8);
    chart->addSeries(series);
    series->attachAxis(categoryAxis(chart, machines));
    series->attachAxis(percent);
    // The bands are context, not data: only the bar sets are named in the legend.
    for (QLegendMarker *marker : chart->legend()->markers()) {
        if (marker->series() != series)
            marker->setVisible(false);
    }
    return chart;
}

QChart *DashboardCharts::downtime(const QList<DowntimeCount> &bars, const Click &onClick)
{
    QChart *chart = newChart(false);
    QStringList reasons;
    QList<qreal> minutes;
    double total = 0;
    for (const DowntimeCount &bar : bars)
        total += bar.seconds;
    // Longest first from the top, each with its share of all stop time: the Pareto's few causes
    // that make most of the loss are read at once.
    for (const DowntimeCount &bar : bars) {
        const QString share = QLocale().toString(total > 0 ? bar.seconds / total * 100 : 0, 'f', 0);
        reasons.prepend(tr("%1 · %2 %").arg(shortened(bar.reason, 16), share));
        minutes.prepend(bar.seconds / 60.0);
    }
    auto *series = new QHorizontalBarSeries(chart);
    series->append(
        barSet(tr("Stop minutes"), Palette::Urgent, minutes, topDown(onClick, bars.size()), chart));
    series->setLabelsVisible(true);
    series->setLabelsPrecision(3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    series->attachAxis(categoryAxis(chart, reasons, Qt::AlignLeft));
    series->attachAxis(
        valueAxis(chart, tr("min"),
                  minutes.isEmpty() ? 1 : *std::max_element(minutes.cbegin(), minutes.cend()) * 1.1,
                  Qt::AlignBottom));
    return chart;
}

QChart *DashboardCharts::defects(const QList<DefectCount> &bars, const Click &onClick)
{
    QChart *chart = newChart(false);
    QStringList reasons;
    QList<qreal> pieces;
    for (const DefectCount &bar : bars) {
        reasons.prepend(shortened(bar.reason, 18)); // the most on top
        pieces.prepend(bar.pieces);
    }
    auto *series = new QHorizontalBarSeries(chart);
    series->append(
        barSet(tr("Defective pieces"), Palette::Red, pieces, topDown(onClick, bars.size()), chart));
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    series->attachAxis(categoryAxis(chart, reasons, Qt::AlignLeft));
    series->attachAxis(valueAxis(chart, tr("pcs"),
                                 *std::max_element(pieces.cbegin(), pieces.cend()) * 1.1,
                                 Qt::AlignBottom));
    return chart;
}

QChart *DashboardCharts::output(const QList<OutputSlot> &buckets, const QStringList &labels,
                                const Click &onClick)
{
    QChart *chart = newChart(true);
    QList<qreal> good;
    auto *target = new QLineSeries(chart);
    target->setName(tr("Target"));
    target->setColor(Palette::Red);
    target->setPointsVisible(true);
    double top = 1;
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        good.append(buckets.at(i).good);
        target->append(double(i), buckets.at(i).target);
        top = std::max({top, buckets.at(i).good, buckets.at(i).target});
    }
    auto *series = new QBarSeries(chart);
    series->append(barSet(tr("Finished good pieces"), Palette::Good, good, onClick, chart));
    chart->addSeries(series);
    chart->addSeries(target);
    QBarCategoryAxis *axis = categoryAxis(chart, labels);
    QValueAxis *value = valueAxis(chart, tr("pcs"), top * 1.1);
    series->attachAxis(axis);
    series->attachAxis(value);
    target->attachAxis(axis);
    target->attachAxis(value);
    return chart;
}

QChart *DashboardCharts::wip(const QList<WipStep> &steps, const Click &onClick)
{
    QChart *chart = newChart(false);
    QStringList names;
    QList<qreal> pieces;
    for (const WipStep &step : steps) {
        names.append(twoLines(step.step));
        pieces.append(step.pieces);
    }
    auto *series = new QBarSeries(chart);
    series->append(barSet(tr("Pieces waiting"), Palette::Planned, pieces, onClick, chart));
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    series->attachAxis(categoryAxis(chart, names));
    series->attachAxis(
        valueAxis(chart, tr("pcs"), *std::max_element(pieces.cbegin(), pieces.cend()) * 1.1));
    return chart;
}

QChart *DashboardCharts::losses(const QList<LossStep> &steps, const Click &onClick)
{
    QChart *chart = newChart(false);
    QStringList names;
    QList<qreal> base, loss, kept;
    double left = 0;
    // From the top down: planned time, each loss floating where the time left ends, then the
    // fully productive time.
    for (const LossStep &step : steps) {
        names.prepend(DashboardService::lossDisplayName(step.kind));
        const double hours = std::max(0.0, step.seconds) / 3600.0;
        if (step.kind == LossStep::Kind::Planned || step.kind == LossStep::Kind::FullyProductive) {
            base.prepend(0);
            loss.prepend(0);
            kept.prepend(hours);
            left = hours;
        } else {
            left = std::max(0.0, left - hours);
            base.prepend(left);
            loss.prepend(hours);
            kept.prepend(0);
        }
    }
    const Click click = topDown(onClick, steps.size());
    auto *series = new QHorizontalStackedBarSeries(chart);
    QBarSet *invisible = barSet(QString(), Qt::transparent, base, {}, chart);
    invisible->setBorderColor(Qt::transparent);
    series->append(invisible);
    series->append(barSet(tr("Time"), Palette::Good, kept, click, chart));
    series->append(barSet(tr("Loss"), Palette::Red, loss, click, chart));
    series->setBarWidth(0.7);
    chart->addSeries(series);
    series->attachAxis(categoryAxis(chart, names, Qt::AlignLeft));
    series->attachAxis(
        valueAxis(chart, tr("h"),
                  steps.isEmpty() ? 1 : std::max(0.0, steps.constFirst().seconds) / 3600.0 * 1.05,
                  Qt::AlignBottom));
    return chart;
}

QList<ProductYield> DashboardCharts::shownYields(const QList<ProductYield> &products)
{
    QList<ProductYield> shown;
    for (const ProductYield &product : products) {
        if (product.rolled && shown.size() < MaxYieldProducts)
            shown.append(product);
    }
    return shown;
}

QChart *DashboardCharts::yields(const QList<ProductYield> &products, const Click &onClick)
{
    QChart *chart = newChart(false);
    QStringList names;
    QList<qreal> rates;
    for (const ProductYield &product : products) {
        names.prepend(shortened(product.label.section(QLatin1Char(' '), 0, 0),
                                16)); // part no; most made on top
        rates.prepend(product.rolled.value_or(0) * 100);
    }
    const qsizetype count = products.size();
    const Click reversed = [onClick, count](int index) {
        onClick(int(count) - 1 - index);
    };
    auto *series = new QHorizontalBarSeries(chart);
    series->append(barSet(tr("First-pass yield (%)"), Palette::Good, rates, reversed, chart));
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    QBarCategoryAxis *partNos = categoryAxis(chart, names, Qt::AlignLeft);
    partNos->setTruncateLabels(false);
    series->attachAxis(partNos);
    QValueAxis *percent = valueAxis(chart, QStringLiteral("%"), 100, Qt::AlignBottom);
    double lowest = 100;
    for (qreal rate : rates)
        lowest = std::min(lowest, rate);
    percent->setRange(std::max(0.0, std::floor(lowest / 10) * 10 - 10), 100);
    series->attachAxis(percent);
    return chart;
}

} // namespace Taktline
