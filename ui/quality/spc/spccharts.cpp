#include "quality/spc/spccharts.h"

#include "item/palette.h"

#include <QApplication>
#include <QChart>
#include <QDateTime>
#include <QGraphicsLayout>
#include <QHash>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Taktline {

namespace {

// One chart's content: the points (x = 1, 2, …), its lines and its signals.
struct Plot
{
    QString pointsName;
    QList<QPointF> points;
    QHash<int, QString> pointTips; // x → what the point is
    int count = 0;                 // readings on the X chart: both charts share its x axis
    double centre = 0, upper = 0, lower = 0;
    bool lowerShown = true; // an R chart with D3 = 0 has its lower limit on the axis
    bool ranges = false;    // never below 0
    std::optional<double> usl, lsl;
    QHash<int, QString> marks; // x → the rules, one line each
    const ControlChart *chart = nullptr;
};

int decimals(const ControlChart &chart)
{
    const double span = std::max(chart.upper - chart.lower, 1e-9);
    return std::clamp(int(std::ceil(-std::log10(span))) + 1, 0, 5);
}

QFont smallFont(double points)
{
    QFont font = QApplication::font();
    font.setPointSizeF(points);
    return font;
}

QLineSeries *level(QChart *chart, const QString &name, double y, double x0, double x1,
                   const QColor &colour, Qt::PenStyle style)
{
    auto *line = new QLineSeries(chart);
    line->setName(name);
    line->append({{x0, y}, {x1, y}});
    QPen pen(colour);
    pen.setWidthF(1.5);
    pen.setStyle(style);
    line->setPen(pen);
    chart->addSeries(line);
    return line;
}

void hideMarker(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

QChart *draw(const Plot &plot)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(smallFont(9));
    const ControlChart &c = *plot.chart;
    const double x0 = 0.5;
    const double x1 = double(plot.count) + 0.5;
    const auto n = [&c](double v) {
        return SpcCharts::number(v, c);
    };

    QList<QAbstractSeries *> all;
    auto *points = new QLineSeries(chart);
    points->setObjectName(QStringLiteral("points"));
    points->setName(plot.pointsName);
    points->append(plot.points);
    points->setPointsVisible(true);
    QPen pen(Palette::Planned);
    pen.setWidthF(1.5);
    points->setPen(pen);
    chart->addSeries(points);
    const QHash<int, QString> tips = plot.pointTips;
    QObject::connect(points, &QLineSeries::hovered, chart,
                     [tips](const QPointF &point, bool state) {
                         const QString tip = tips.value(int(std::lround(point.x())));
                         if (state && !tip.isEmpty())
                             QToolTip::showText(QCursor::pos(), tip);
                     });
    all << points;
    all << level(chart, SpcCharts::tr("CL %1").arg(n(plot.centre)), plot.centre, x0, x1,
                 Palette::GoodText, Qt::SolidLine);
    all << level(chart, SpcCharts::tr("UCL %1").arg(n(plot.upper)), plot.upper, x0, x1,
                 Palette::Red, Qt::DashLine);
    if (plot.lowerShown)
        all << level(chart, SpcCharts::tr("LCL %1").arg(n(plot.lower)), plot.lower, x0, x1,
                     Palette::Red, Qt::DashLine);
    if (plot.usl)
        all << level(chart, SpcCharts::tr("USL %1").arg(n(*plot.usl)), *plot.usl, x0, x1,
                     Palette::UrgentPriority, Qt::DashDotLine);
    if (plot.lsl)
        all << level(chart, SpcCharts::tr("LSL %1").arg(n(*plot.lsl)), *plot.lsl, x0, x1,
                     Palette::UrgentPriority, Qt::DashDotLine);

    auto *marks = new QScatterSeries(chart);
    marks->setObjectName(QStringLiteral("marks"));
    marks->setName(SpcCharts::tr("Signal"));
    marks->setColor(Palette::Red);
    marks->setBorderColor(Palette::Red);
    marks->setMarkerSize(11);
    QStringList markTips;
    QList<int> xs = plot.marks.keys();
    std::sort(xs.begin(), xs.end());
    for (int x : xs) {
        marks->append(plot.points.at(x - int(plot.points.constFirst().x())));
        markTips.append(plot.marks.value(x));
    }
    marks->setProperty("tips", markTips);
    chart->addSeries(marks);
    QObject::connect(marks, &QScatterSeries::hovered, chart,
                     [marks, markTips](const QPointF &point, bool state) {
                         const qsizetype index = marks->points().indexOf(point);
                         if (state && index >= 0)
                             QToolTip::showText(QCursor::pos(), markTips.at(index));
                     });
    all << marks;
    if (xs.isEmpty())
        hideMarker(chart, marks);

    double low = std::min(plot.lower, plot.centre), high = plot.upper;
    for (const QPointF &point : plot.points) {
        low = std::min(low, point.y());
        high = std::max(high, point.y());
    }
    for (const std::optional<double> &limit : {plot.usl, plot.lsl}) {
        if (limit) {
            low = std::min(low, *limit);
            high = std::max(high, *limit);
        }
    }
    const double pad = std::max((high - low) * 0.08, 1e-6);
    auto *y = new QValueAxis(chart);
    y->setRange(plot.ranges ? std::max(0.0, low - pad) : low - pad, high + pad);
    y->applyNiceNumbers();
    y->setLabelsFont(smallFont(8.5));
    y->setLabelFormat(QStringLiteral("%.") + QString::number(decimals(c)) + QStringLiteral("f"));
    y->setGridLineColor(Palette::GridLine);
    y->setTickCount(6);
    chart->addAxis(y, Qt::AlignLeft);
    auto *x = new QValueAxis(chart);
    x->setRange(x0, x1);
    x->setLabelsFont(smallFont(8.5));
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setGridLineVisible(false);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(1);
    x->setTickInterval(std::max(1.0, std::ceil((x1 - x0) / 15.0)));
    chart->addAxis(x, Qt::AlignBottom);
    for (QAbstractSeries *series : std::as_const(all)) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    return chart;
}

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

void addMarks(Plot &plot, const ControlChart &chart, SpcSignal::Chart which, int offset)
{
    for (const SpcSignal &signal : chart.marks) {
        if (signal.chart != which)
            continue;
        QString &text = plot.marks[signal.point + offset];
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += SpcCalculator::ruleText(signal.rule);
    }
}

} // namespace

QString SpcCharts::locationName(const ControlChart &chart)
{
    return chart.kind == ControlChart::Kind::XbarR ? QStringLiteral("X̄") : QStringLiteral("X");
}

QString SpcCharts::rangeName(const ControlChart &chart)
{
    return chart.kind == ControlChart::Kind::XbarR ? QStringLiteral("R") : QStringLiteral("MR");
}

QString SpcCharts::number(double value, const ControlChart &chart)
{
    return QLocale().toString(value, 'f', decimals(chart));
}

QChart *SpcCharts::location(const SpcSeries &series)
{
    const ControlChart &c = series.chart;
    Plot plot;
    plot.chart = &c;
    plot.pointsName = locationName(c);
    plot.count = int(c.location.size());
    for (qsizetype i = 0; i < c.location.size(); ++i) {
        plot.points.append({double(i + 1), c.location.at(i)});
        plot.pointTips.insert(int(i + 1), tr("#%1 %2\n%3 = %4 %5")
                                              .arg(i + 1)
                                              .arg(when(series.atMs.value(i)), plot.pointsName,
                                                   number(c.location.at(i), c), series.unit)
                                              .trimmed());
    }
    plot.centre = c.centre;
    plot.upper = c.upper;
    plot.lower = c.lower;
    plot.usl = series.upper;
    plot.lsl = series.lower;
    addMarks(plot, c, SpcSignal::Chart::Location, 1);
    return draw(plot);
}

QChart *SpcCharts::range(const SpcSeries &series)
{
    const ControlChart &c = series.chart;
    // A moving range belongs to the reading it ends at: the first reading has none.
    const int offset = c.kind == ControlChart::Kind::XbarR ? 1 : 2;
    Plot plot;
    plot.chart = &c;
    plot.pointsName = rangeName(c);
    plot.count = int(c.location.size());
    for (qsizetype i = 0; i < c.range.size(); ++i) {
        plot.points.append({double(i + offset), c.range.at(i)});
        plot.pointTips.insert(int(i + offset),
                              tr("#%1 %2\n%3 = %4 %5")
                                  .arg(i + offset)
                                  .arg(when(series.atMs.value(i + offset - 1)), plot.pointsName,
                                       number(c.range.at(i), c), series.unit)
                                  .trimmed());
    }
    plot.centre = c.rangeCentre;
    plot.upper = c.rangeUpper;
    plot.lower = c.rangeLower;
    plot.lowerShown = c.rangeLower > 0;
    plot.ranges = true;
    addMarks(plot, c, SpcSignal::Chart::Range, offset);
    return draw(plot);
}

} // namespace Taktline
