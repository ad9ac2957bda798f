#include "shell/setupchecklistpage.h"

#include "services/backup/backupservice.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/routingservice.h"
#include "services/planning/workorderservice.h"
#include "services/workspace.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace Taktline {

QString setupStepKey(SetupStep step)
{
    switch (step) {
    case SetupStep::Machines:
        return QStringLiteral("machines");
    case SetupStep::Products:
        return QStringLiteral("products");
    case SetupStep::Routings:
        return QStringLiteral("routings");
    case SetupStep::Employees:
        return QStringLiteral("employees");
    case SetupStep::Badges:
        return QStringLiteral("badges");
    case SetupStep::FirstWorkOrder:
        return QStringLiteral("firstWorkOrder");
    case SetupStep::Backups:
        return QStringLiteral("backups");
    }
    return {};
}

SetupChecklistPage::SetupChecklistPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_title(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("setupChecklistPage"));
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("placeholderCard"));
    card->setFixedWidth(720);
    m_title->setParent(card);
    m_title->setObjectName(QStringLiteral("placeholderTitle"));
    m_error->setParent(card);
    m_error->setObjectName(QStringLiteral("placeholderNote"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(1, 1);
    int line = 0;
    for (SetupStep step : SetupChecklist::allSteps()) {
        Row row;
        row.tick = new QLabel(card);
        row.tick->setObjectName(QStringLiteral("tick_") + setupStepKey(step));
        row.tick->setFixedWidth(28);
        row.tick->setAlignment(Qt::AlignCenter);
        row.link = new QPushButton(SetupChecklist::title(step), card);
        row.link->setObjectName(QStringLiteral("step_") + setupStepKey(step));
        row.link->setProperty("link", true);
        row.link->setFlat(true);
        row.link->setCursor(Qt::PointingHandCursor);
        auto *hint = new QLabel(SetupChecklist::hint(step), card);
        hint->setObjectName(QStringLiteral("placeholderNote"));
        hint->setWordWrap(true);
        auto *linkRow = new QHBoxLayout;
        linkRow->addWidget(row.link);
        linkRow->addStretch(1);
        grid->addWidget(row.tick, line, 0);
        grid->addLayout(linkRow, line, 1);
        grid->addWidget(hint, line + 1, 1);
        grid->setRowMinimumHeight(line + 2, 10);
        line += 3;
        connect(row.link, &QPushButton::clicked, this, [this, step] { emit stepChosen(step); });
        m_rows.insert(step, row);
    }
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(28, 20, 28, 16);
    cardLayout->setSpacing(12);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_error);
    cardLayout->addLayout(grid);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(32, 12, 32, 0);
    contentLayout->setSpacing(0);
    auto *row = new QHBoxLayout; // no alignment flags: they would defeat height-for-width
    row->addStretch(1);
    row->addWidget(card);
    row->addStretch(1);
    contentLayout->addLayout(row);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    scroll->viewport()->setAutoFillBackground(false); // the window's own background
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    // The ticks follow the data as it is added, wherever it is added.
    MasterDataService *masterData = workspace->masterData();
    for (auto signal : {&MasterDataService::recordAdded, &MasterDataService::recordRemoved,
                        &MasterDataService::recordChanged})
        connect(masterData, signal, this, &SetupChecklistPage::refresh);
    connect(masterData, &MasterDataService::badgesPrinted, this, &SetupChecklistPage::refresh);
    connect(workspace->routing(), &RoutingService::routingChanged, this,
            &SetupChecklistPage::refresh);
    connect(workspace->workOrders(), &WorkOrderService::workOrderAdded, this,
            &SetupChecklistPage::refresh);
    connect(workspace->workOrders(), &WorkOrderService::workOrdersAdded, this,
            &SetupChecklistPage::refresh);
    connect(workspace->backups(), &BackupService::backupsChanged, this,
            &SetupChecklistPage::refresh);
    refresh();
}

void SetupChecklistPage::refresh()
{
    const Result<QList<SetupStepState>> states = SetupChecklist::read(*m_workspace);
    m_error->setVisible(!states);
    if (!states) {
        m_error->setText(states.error());
        return;
    }
    int done = 0;
    for (const SetupStepState &state : states.value()) {
        m_done.insert(state.step, state.done);
        done += state.done ? 1 : 0;
        const Row &row = m_rows.value(state.step);
        row.tick->setText(state.done ? QStringLiteral("✔") : QStringLiteral("○"));
        row.tick->setProperty("done", state.done);
        row.tick->setAccessibleName(state.done ? tr("Done") : tr("To do"));
        row.tick->style()->unpolish(row.tick);
        row.tick->style()->polish(row.tick);
    }
    m_title->setText(
        done == states.value().size()
            ? tr("Your factory is set up")
            : tr("Getting started: %1 of %2 done").arg(done).arg(states.value().size()));
}

void SetupChecklistPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

} // namespace Taktline
