#include "capacity/capacityheatmap.h"

#include "item/palette.h"

#include <QApplication>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QFontMetrics>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace Taktline {

namespace {

constexpr CapacityBand Bands[] = {CapacityBand::None, CapacityBand::Low, CapacityBand::High,
                                  CapacityBand::Full, CapacityBand::Over};

QString hoursText(double seconds)
{
    return QLocale().toString(seconds / 3600.0, 'f', 1);
}

QString percentText(std::optional<double> utilisation)
{
    if (!utilisation)
        return QStringLiteral("–");
    if (std::isinf(*utilisation))
        return QStringLiteral(">100%");
    return QLocale().toString(*utilisation * 100, 'f', 0) + QLatin1Char('%');
}

} // namespace

CapacityHeatMap::CapacityHeatMap(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("capacityHeatMap"));
    setRenderHint(QPainter::Antialiasing, false); // crisp cell edges
    setMinimumHeight(180);
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 12, 4));
    chart->legend()->setVisible(false); // the view's own legend names the bands
    setChart(chart);
    connect(chart, &QChart::plotAreaChanged, this, &CapacityHeatMap::placeValues);
}

QColor CapacityHeatMap::bandColour(CapacityBand band)
{
    switch (band) {
    case CapacityBand::None:
        return Palette::OffTime;
    case CapacityBand::Low:
        return Palette::SuccessBorder;
    case CapacityBand::High:
        return Palette::Amber;
    case CapacityBand::Full:
        return Palette::UrgentPriority;
    case CapacityBand::Over:
        return Palette::Red;
    }
    return Palette::OffTime;
}

QString CapacityHeatMap::bandName(CapacityBand band)
{
    switch (band) {
    case CapacityBand::None:
        return tr("No working time");
    case CapacityBand::Low:
        return tr("Below 70%");
    case CapacityBand::High:
        return tr("70–90%");
    case CapacityBand::Full:
        return tr("90–100%");
    case CapacityBand::Over:
        return tr("Over 100%");
    }
    return {};
}

void CapacityHeatMap::setAnalysis(const CapacityAnalysis &analysis, CapacityBucketing bucketing)
{
    m_rows = analysis.rows;
    m_buckets = analysis.buckets;
    m_bucketing = bucketing;
    rebuild();
}

CapacityBand CapacityHeatMap::bandAt(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_buckets.size())
        return CapacityBand::None;
    return capacityBand(m_rows.at(row).utilisationAt(column));
}

QString CapacityHeatMap::columnLabel(int column) const
{
    const CapacityBucket &bucket = m_buckets.at(column);
    if (m_bucketing == CapacityBucketing::Week)
        //: A week column of the capacity heat map: its ISO week number and first day.
        return tr("W%1 %2").arg(bucket.first.weekNumber()).arg(bucket.first.toString(QStringLiteral("M/d")));
    // Days by their number, a month's first day with its month (the period is written above).
    if (bucket.first.day() == 1)
        return bucket.first.toString(QStringLiteral("M/d"));
    return QString::number(bucket.first.day());
}

QString CapacityHeatMap::cellText(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_buckets.size())
        return {};
    const CapacityRow &r = m_rows.at(row);
    const CapacityBucket &bucket = m_buckets.at(column);
    const QLocale locale;
    const QString when =
        bucket.first == bucket.last
            ? QStringLiteral("%1 %2").arg(bucket.first.toString(Qt::ISODate),
                                          locale.dayName(bucket.first.dayOfWeek(), QLocale::ShortFormat))
            : QStringLiteral("%1 – %2").arg(bucket.first.toString(Qt::ISODate),
                                            bucket.last.toString(Qt::ISODate));
    return tr("%1 · %2\nLoad %3 h of %4 h capacity: %5")
        .arg(r.label, when, hoursText(r.loadSeconds.value(column)),
             hoursText(r.capacitySeconds.value(column)), percentText(r.utilisationAt(column)));
}

void CapacityHeatMap::rebuild()
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    qDeleteAll(m_values);
    m_values.clear();
    const int rows = rowCount();
    const int columns = columnCount();
    // Every row's label must fit its row: a long list of machines asks for more height.
    setMinimumHeight(std::clamp(rows * 20 + 50, 180, 440));
    if (rows == 0 || columns == 0)
        return;

    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    x->setRange(0, columns);
    x->setGridLineVisible(false);
    x->setLabelsFont(font);
    for (int column = 0; column < columns; ++column)
        x->append(columnLabel(column), column + 1);
    // The rows' names are drawn beside the plot by placeValues(): Qt Charts shortens a category
    // axis's labels to "…" long before they run out of room.
    auto *y = new QCategoryAxis;
    y->setRange(0, rows);
    y->setGridLineVisible(false);
    y->setLabelsVisible(false);
    y->setLineVisible(false);
    const QFontMetrics metrics(font);
    int widest = 0;
    for (const CapacityRow &row : m_rows)
        widest = std::max(widest, metrics.horizontalAdvance(row.label));
    c->setMargins(QMargins(widest + 14, 4, 12, 4));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);

    const auto attach = [&](QAbstractSeries *series) {
        c->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    };
    for (int row = 0; row < rows; ++row) {
        const double bottom = rows - row - 1;
        const double top = bottom + 1;
        for (const CapacityBand band : Bands) {
            auto *upper = new QLineSeries;
            auto *lower = new QLineSeries;
            bool any = false;
            for (int column = 0; column < columns; ++column) {
                const double height = bandAt(row, column) == band ? top : bottom;
                any = any || height == top;
                upper->append(column, height);
                upper->append(column + 1, height);
                lower->append(column, bottom);
                lower->append(column + 1, bottom);
            }
            if (!any) {
                delete upper;
                delete lower;
                continue;
            }
            auto *area = new QAreaSeries(upper, lower);
            area->setColor(bandColour(band));
            area->setBorderColor(bandColour(band));
            connect(area, &QAreaSeries::hovered, this, &CapacityHeatMap::showTip);
            attach(area);
        }
    }
    // White lines between the cells, drawn over them: one zig-zag line per direction.
    QPen gap(Palette::White);
    gap.setWidth(2);
    auto *verticals = new QLineSeries;
    for (int column = 1; column < columns; ++column) {
        const bool up = column % 2 == 1;
        verticals->append(column, up ? 0 : rows);
        verticals->append(column, up ? rows : 0);
    }
    auto *horizontals = new QLineSeries;
    for (int row = 1; row < rows; ++row) {
        const bool right = row % 2 == 1;
        horizontals->append(right ? 0 : columns, row);
        horizontals->append(right ? columns : 0, row);
    }
    for (QLineSeries *lines : {verticals, horizontals}) {
        lines->setPen(gap);
        attach(lines);
    }
    placeValues();
}

void CapacityHeatMap::placeValues()
{
    qDeleteAll(m_values);
    m_values.clear();
    const int rows = rowCount();
    const int columns = columnCount();
    const QRectF plot = chart()->plotArea();
    if (rows == 0 || columns == 0 || plot.isEmpty())
        return;
    const double cellWidth = plot.width() / columns;
    const double cellHeight = plot.height() / rows;
    QFont labelFont = QApplication::font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.9);
    for (int row = 0; row < rows; ++row) {
        auto *label = new QGraphicsSimpleTextItem(m_rows.at(row).label, chart());
        label->setFont(labelFont);
        label->setBrush(Palette::Ink);
        const QRectF box = label->boundingRect();
        label->setPos(plot.left() - 8 - box.width(),
                      plot.top() + (row + 0.5) * cellHeight - box.height() / 2);
        m_values.append(label);
    }
    // Figures in the cells only where they fit; the tooltip always has them.
    if (cellWidth < 40 || cellHeight < 18)
        return;
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            const CapacityBand band = bandAt(row, column);
            const std::optional<double> u = m_rows.at(row).utilisationAt(column);
            if (!u || m_rows.at(row).loadSeconds.value(column) <= 0)
                continue; // an idle day stays a plain cell
            auto *text = new QGraphicsSimpleTextItem(percentText(u), chart());
            text->setFont(font);
            text->setZValue(1000); // over the cells' series
            text->setBrush(band == CapacityBand::Full || band == CapacityBand::Over ? Palette::White
                                                                                   : Palette::Ink);
            const QRectF box = text->boundingRect();
            text->setPos(plot.left() + (column + 0.5) * cellWidth - box.width() / 2,
                         plot.top() + (row + 0.5) * cellHeight - box.height() / 2);
            m_values.append(text);
        }
    }
}

void CapacityHeatMap::showTip(const QPointF &point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    const int column = int(std::floor(point.x()));
    const int row = rowCount() - 1 - int(std::floor(point.y()));
    QToolTip::showText(QCursor::pos(), cellText(row, column), this);
}

} // namespace Taktline
