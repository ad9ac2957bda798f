#include "shell/syncindicator.h"

#include "item/sync/synctext.h"
#include "services/sync/synccontroller.h"
#include "services/workspace.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QStyle>

namespace Taktline {

namespace {

QString stateKey(SyncStatus::State state)
{
    switch (state) {
    case SyncStatus::State::NotConfigured: return QStringLiteral("local");
    case SyncStatus::State::Synced: return QStringLiteral("good");
    case SyncStatus::State::Syncing: return QStringLiteral("busy");
    case SyncStatus::State::Waiting: return QStringLiteral("waiting");
    case SyncStatus::State::Offline: return QStringLiteral("offline");
    case SyncStatus::State::Error: return QStringLiteral("error");
    }
    return {};
}

} // namespace

SyncIndicator::SyncIndicator(Workspace *workspace, SyncController *sync, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_status(new QPushButton(this))
    , m_conflicts(new QPushButton(this))
{
    setObjectName(QStringLiteral("syncIndicator"));
    m_status->setObjectName(QStringLiteral("syncIndicatorButton"));
    m_conflicts->setObjectName(QStringLiteral("syncConflictsButton"));
    for (QPushButton *button : {m_status, m_conflicts}) {
        button->setMinimumHeight(36); // about 1 cm: a gloved finger
        button->setCursor(Qt::PointingHandCursor);
        button->setFocusPolicy(Qt::NoFocus); // a scan must never land here
    }
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(8);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_status);
    connect(m_status, &QPushButton::clicked, this, &SyncIndicator::settingsRequested);
    connect(m_conflicts, &QPushButton::clicked, this, &SyncIndicator::conflictsRequested);
    connect(sync, &SyncController::statusChanged, this, &SyncIndicator::showStatus);
    showStatus(sync->status());
}

QString SyncIndicator::text() const
{
    return m_status->text();
}

void SyncIndicator::showStatus(const SyncStatus &status)
{
    m_status->setText(QStringLiteral("● ") + SyncText::indicator(status));
    m_status->setToolTip(SyncText::summary(status, m_workspace->clock().now()));
    m_status->setProperty("kind", stateKey(status.state));
    m_status->style()->polish(m_status);
    m_conflicts->setText(tr("⚠ %n conflict(s)", nullptr, status.openConflicts));
    m_conflicts->setToolTip(SyncText::conflicts(status));
    m_conflicts->setVisible(status.openConflicts > 0);
}

} // namespace Taktline
