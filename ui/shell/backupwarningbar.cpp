#include "shell/backupwarningbar.h"

#include "services/access/accesscontrol.h"
#include "services/backup/backupservice.h"
#include "services/workspace.h"
#include "item/backup/backuptext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace Taktline {

BackupWarningBar::BackupWarningBar(Workspace *workspace, QWidget *parent)
    : QFrame(parent)
    , m_workspace(workspace)
    , m_label(new QLabel(this))
    , m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("backupWarning"));
    m_label->setObjectName(QStringLiteral("backupWarningText"));
    m_label->setWordWrap(true);
    m_button->setObjectName(QStringLiteral("backupWarningButton"));
    m_button->setMinimumHeight(40);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, &BackupWarningBar::setUpRequested);
    connect(workspace->backups(), &BackupService::backupsChanged, this, &BackupWarningBar::refresh);
    connect(workspace->access(), &AccessControl::sessionChanged, this, &BackupWarningBar::refresh);
    // Days pass while the app runs: a backup that was recent this morning may not be tonight.
    auto *clock = new QTimer(this);
    clock->setInterval(std::chrono::minutes(15));
    connect(clock, &QTimer::timeout, this, &BackupWarningBar::refresh);
    clock->start();
    refresh();
}

QString BackupWarningBar::text() const
{
    return isVisibleTo(parentWidget()) ? m_label->text() : QString();
}

void BackupWarningBar::refresh()
{
    const auto &session = m_workspace->access()->session();
    BackupService *backups = m_workspace->backups();
    if (!session || session->role != Role::Owner || !backups->isOverdue()) {
        hide();
        return;
    }
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_workspace->clock().nowMs());
    // The time the factory file recorded, as isOverdue() decided by: no backup file is read.
    m_label->setText(BackupText::overdue(backups->settings(), backups->lastGoodAt(), now));
    m_button->setText(tr("Set up backups"));
    show();
}

} // namespace Taktline
