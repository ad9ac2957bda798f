#include "machinespage.h"

#include "machinecard.h"
#include "messagebanner.h"
#include "scheduleservice.h"
#include "workspace.h"

#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Taktline {

namespace {
constexpr int CardMinimumWidth = 330;
constexpr qint64 WeekMs = 7LL * 24 * 3600 * 1000;
} // namespace

MachinesPage::MachinesPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_banner(new MessageBanner(this))
    , m_empty(new QLabel(tr("No active machines. Add machines under Master data."), this))
    , m_content(new QWidget)
    , m_groups(new QVBoxLayout(m_content))
{
    setObjectName(QStringLiteral("machinesPage"));
    auto *note = new QLabel(tr("Load is planned working hours in the next 7 days against the "
                               "working calendar × capacity. Live status (running, stopped, "
                               "set-up) comes from shop-floor reporting."),
                            this);
    note->setObjectName(QStringLiteral("placeholderNote"));
    note->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("placeholderNote"));
    m_empty->hide();
    m_groups->setContentsMargins(16, 4, 16, 16);
    m_groups->setSpacing(10);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    auto *top = new QVBoxLayout;
    top->setContentsMargins(16, 0, 16, 0);
    top->addWidget(note);
    top->addWidget(m_banner);
    top->addWidget(m_empty);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    connect(workspace->schedule(), &ScheduleService::scheduleChanged, this,
            &MachinesPage::scheduleReload);
}

MachineCard *MachinesPage::card(const QString &machineId) const
{
    for (MachineCard *card : m_cards) {
        if (card->machineId() == machineId)
            return card;
    }
    return nullptr;
}

void MachinesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void MachinesPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (columnCount() != m_arrangedColumns)
        arrangeCards();
}

void MachinesPage::scheduleReload()
{
    m_stale = true;
    if (isVisible())
        reload();
}

int MachinesPage::columnCount() const
{
    return std::max(1, (width() - 40) / CardMinimumWidth);
}

void MachinesPage::reload()
{
    m_stale = false;
    ScheduleService *schedule = m_workspace->schedule();
    const Result<QList<MachineQueue>> machines = schedule->machineQueues();
    const qint64 now = schedule->nowMs();
    const Result<QList<MachineLoad>> loads = schedule->machineLoads(now, now + WeekMs);
    if (!machines || !loads) {
        m_banner->showMessage(!machines ? machines.error() : loads.error());
        return;
    }
    QHash<QString, MachineLoad> loadOf;
    for (const MachineLoad &load : loads.value())
        loadOf.insert(load.machineId, load);
    qDeleteAll(m_cards);
    m_cards.clear();
    m_workshopOfCard.clear();
    for (const MachineQueue &machine : machines.value()) {
        if (!machine.active)
            continue;
        auto *card = new MachineCard(m_content);
        card->setMachine(machine, loadOf.value(machine.machineId));
        m_cards.append(card);
        m_workshopOfCard.append(machine.workshop);
    }
    m_empty->setVisible(m_cards.isEmpty());
    arrangeCards();
}

void MachinesPage::arrangeCards()
{
    // Cards are kept; only the workshop headings and grids around them are made again.
    while (QLayoutItem *item = m_groups->takeAt(0)) {
        if (item->layout()) {
            while (QLayoutItem *inner = item->layout()->takeAt(0))
                delete inner;
        }
        if (QWidget *heading = item->widget())
            heading->deleteLater();
        delete item;
    }
    const int columns = columnCount();
    m_arrangedColumns = columns;
    QGridLayout *grid = nullptr;
    QString workshop;
    int placed = 0;
    for (int i = 0; i < m_cards.size(); ++i) {
        if (!grid || m_workshopOfCard.at(i) != workshop) {
            workshop = m_workshopOfCard.at(i);
            int count = 0;
            for (int j = i; j < m_cards.size() && m_workshopOfCard.at(j) == workshop; ++j)
                ++count;
            auto *heading = new QLabel(tr("%1  (%n machine(s))", nullptr, count)
                                           .arg(workshop.isEmpty() ? tr("No workshop") : workshop),
                                       m_content);
            heading->setObjectName(QStringLiteral("placeholderTitle"));
            m_groups->addWidget(heading);
            grid = new QGridLayout;
            grid->setSpacing(12);
            for (int c = 0; c < columns; ++c)
                grid->setColumnStretch(c, 1);
            m_groups->addLayout(grid);
            placed = 0;
        }
        grid->addWidget(m_cards.at(i), placed / columns, placed % columns);
        ++placed;
    }
    m_groups->addStretch(1);
}

} // namespace Taktline
