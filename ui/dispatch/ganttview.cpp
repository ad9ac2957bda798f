#include "dispatch/ganttview.h"

#include "common/messagebanner.h"
#include "common/theme.h"
#include "dispatch/ganttchart.h"
#include "services/planning/scheduleservice.h"
#include "services/workspace.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Taktline {

namespace {

// A small coloured square and its meaning, for the legend.
QWidget *legendItem(const QString &swatchStyle, const QString &text, QWidget *parent)
{
    auto *item = new QWidget(parent);
    auto *swatch = new QLabel(item);
    swatch->setFixedSize(14, 14);
    swatch->setStyleSheet(swatchStyle);
    auto *layout = new QHBoxLayout(item);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(5);
    layout->addWidget(swatch);
    layout->addWidget(new QLabel(text, item));
    return item;
}

} // namespace

GanttView::GanttView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_chart(new GanttChart(this))
    , m_zoom(new QButtonGroup(this))
    , m_empty(new QLabel(tr("Nothing is planned yet. Release a work order to see its operations "
                            "on the machines."),
                         this))
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("ganttView"));
    auto *day = new QPushButton(tr("Day"), this);
    auto *week = new QPushButton(tr("Week"), this);
    day->setObjectName(QStringLiteral("zoomDayButton"));
    week->setObjectName(QStringLiteral("zoomWeekButton"));
    for (QPushButton *button : {day, week}) {
        button->setCheckable(true);
        button->setMinimumWidth(72);
    }
    m_zoom->addButton(day, int(GanttChart::Zoom::Day));
    m_zoom->addButton(week, int(GanttChart::Zoom::Week));
    week->setChecked(true);
    auto *now = new QPushButton(tr("Now"), this);
    now->setObjectName(QStringLiteral("scrollToNowButton"));
    m_empty->setObjectName(QStringLiteral("placeholderNote"));
    m_empty->hide();

    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    bar->addWidget(new QLabel(tr("Zoom:"), this));
    bar->addWidget(day);
    bar->addWidget(week);
    bar->addSpacing(8);
    bar->addWidget(now);
    bar->addStretch(1);
    bar->addWidget(legendItem(themed(u"background:@planned"), tr("Planned"), this));
    bar->addSpacing(10);
    bar->addWidget(legendItem(themed(u"background:@urgent"), tr("Urgent"), this));
    bar->addSpacing(10);
    bar->addWidget(
        legendItem(themed(u"background:@planned; border:2px solid @red"), tr("Late"), this));
    bar->addSpacing(10);
    bar->addWidget(legendItem(themed(u"background:@offTime; border:1px solid @inputBorder"),
                              tr("Non-working time"), this));
    bar->addSpacing(10);
    bar->addWidget(legendItem(themed(u"background:@red; margin: 0 5px"), tr("Now"), this));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_empty);
    layout->addWidget(m_chart, 1);

    connect(m_zoom, &QButtonGroup::idClicked, this,
            [this](int id) { m_chart->setZoom(static_cast<GanttChart::Zoom>(id)); });
    connect(now, &QPushButton::clicked, m_chart, &GanttChart::scrollToNow);
    connect(m_chart, &GanttChart::workOrderActivated, this, &GanttView::workOrderActivated);
    connect(workspace->schedule(), &ScheduleService::scheduleChanged, this,
            &GanttView::scheduleReload);
}

void GanttView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
    if (!m_scrolledToNow) {
        m_scrolledToNow = true;
        m_chart->scrollToNow();
    }
}

void GanttView::scheduleReload()
{
    m_stale = true;
    if (isVisible())
        reload();
}

void GanttView::reload()
{
    m_stale = false;
    ScheduleService *schedule = m_workspace->schedule();
    const Result<QList<MachineQueue>> queues = schedule->machineQueues();
    if (!queues) {
        m_banner->showMessage(queues.error());
        return;
    }
    QList<GanttRow> rows = buildGanttRows(queues.value());
    const bool anyBar = std::any_of(rows.cbegin(), rows.cend(),
                                    [](const GanttRow &row) { return !row.bars.isEmpty(); });
    m_empty->setVisible(!anyBar);
    m_chart->setPlan(std::move(rows), schedule->calendar(), m_workspace->clock().nowMs());
}

} // namespace Taktline
