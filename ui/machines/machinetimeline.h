#pragma once

#include "domain/oee/statusspan.h"
#include "services/station/machinereports.h"

#include <QColor>
#include <QList>
#include <QTimeZone>
#include <QWidget>

namespace Taktline {

// One machine's day drawn as coloured bands by where its time went (running, set-up, planned
// down, failure, unclassified …) with the production reports as ticks above them; a click on a
// band selects it.
class MachineTimeline final : public QWidget
{
    Q_OBJECT
public:
    explicit MachineTimeline(QWidget *parent = nullptr);

    // Shows [FROM_MS, TO_MS) in ZONE (the factory calendar's).
    void setDay(const QList<StatusSpan> &spans, const QList<MachineReportMark> &reports,
                qint64 fromMs, qint64 toMs, const QTimeZone &zone);
    const QList<StatusSpan> &spans() const { return m_spans; }
    const QList<MachineReportMark> &reports() const { return m_reports; }
    int selectedIndex() const { return m_selected; }
    void setSelectedIndex(int index);
    // Where band INDEX is drawn (tests click there), and which band is at POINT (-1: none).
    QRect bandRect(int index) const;
    int spanAt(const QPoint &point) const;
    // How many bands and report ticks the last paint drew (tests check a day was painted).
    int paintedBands() const { return m_paintedBands; }
    int paintedTicks() const { return m_paintedTicks; }

    static QColor colour(TimeUse use);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void spanClicked(int index);
    void selectionChanged(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect bandArea() const;
    double xOf(qint64 ms) const;

    QList<StatusSpan> m_spans;
    QList<MachineReportMark> m_reports;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    QTimeZone m_zone;
    int m_selected = -1;
    int m_paintedBands = 0;
    int m_paintedTicks = 0;
};

} // namespace Taktline
