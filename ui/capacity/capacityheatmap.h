#pragma once

#include "services/capacity/capacityanalyser.h"

#include <QChartView>
#include <QColor>
#include <QList>

class QGraphicsSimpleTextItem;

namespace Taktline {

// The capacity heat map (产能热力图) with Qt Charts: one row per machine, line or workshop, one
// column per day or week, each cell coloured by its utilisation band and its figures in a
// tooltip (and in the cell when there is room). Each row's cells of one band are one area
// series, so a cell is an exact rectangle; white lines on top part the cells.
class CapacityHeatMap final : public QChartView
{
    Q_OBJECT
public:
    explicit CapacityHeatMap(QWidget *parent = nullptr);

    void setAnalysis(const CapacityAnalysis &analysis, CapacityBucketing bucketing);
    static QColor bandColour(CapacityBand band);
    static QString bandName(CapacityBand band);

    // What the tooltip of cell (ROW, COLUMN) says; empty outside.
    QString cellText(int row, int column) const;
    int rowCount() const { return int(m_rows.size()); }
    int columnCount() const { return int(m_buckets.size()); }
    CapacityBand bandAt(int row, int column) const;
    QString columnLabel(int column) const;

private:
    void rebuild();
    void placeValues();
    void showTip(const QPointF &point, bool state);

    QList<CapacityRow> m_rows;
    QList<CapacityBucket> m_buckets;
    CapacityBucketing m_bucketing = CapacityBucketing::Day;
    QList<QGraphicsSimpleTextItem *> m_values;
};

} // namespace Taktline
