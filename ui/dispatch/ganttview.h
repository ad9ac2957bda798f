#pragma once

#include <QWidget>

class QButtonGroup;
class QLabel;

namespace Taktline {

class GanttChart;
class MessageBanner;
class Workspace;

// The Gantt tab: the chart with its zoom (day / week), a button back to now and a legend;
// reloads when the plan changes and opens scrolled to now.
class GanttView final : public QWidget
{
    Q_OBJECT
public:
    explicit GanttView(Workspace *workspace, QWidget *parent = nullptr);

    GanttChart *chart() const { return m_chart; }
    void reload();

signals:
    void workOrderActivated(const QString &workOrderId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleReload();

    Workspace *m_workspace;
    GanttChart *m_chart;
    QButtonGroup *m_zoom;
    QLabel *m_empty;
    MessageBanner *m_banner;
    bool m_stale = true;
    bool m_scrolledToNow = false;
};

} // namespace Taktline
