#include "settings/restoredialog.h"

#include "services/planning/workorderservice.h"
#include "services/workspace.h"
#include "item/backup/backuptext.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Taktline {

namespace {

QLabel *cell(const QString &text, QWidget *parent, bool header = false)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    if (header)
        label->setStyleSheet(QStringLiteral("font-weight: 600;"));
    return label;
}

// When the file in use was last written: the database or its write-ahead log, whichever is newer.
QDateTime lastWritten(const QString &path)
{
    QDateTime newest = QFileInfo(path).lastModified();
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.exists() && wal.lastModified() > newest)
        newest = wal.lastModified();
    return newest;
}

} // namespace

RestoreDialog::RestoreDialog(const BackupEntry &entry, Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_entry(entry)
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore a backup"));
    const QString folder = workspace->backups()->settings().folder;
    auto *question = cell(tr("Replace the factory file in use with this backup?"), this, true);
    auto *safety = cell(
        tr("Nothing is lost: the file in use is first saved as a backup of kind “Before restore” "
           "in %1. Taktline then closes the file, restores the backup and opens it again; everyone "
           "signs in again. Work entered after the backup was taken is only in that saved copy.")
            .arg(QDir::toNativeSeparators(folder)),
        this);
    safety->setObjectName(QStringLiteral("restoreSafetyNote"));
    m_problem = cell(QString(), this);
    m_problem->setObjectName(QStringLiteral("dialogError"));
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("confirmRestoreButton"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(question);
    layout->addWidget(createComparison(workspace));
    layout->addWidget(safety);
    if (entry.encrypted) {
        m_passphrase = new QLineEdit(this);
        m_passphrase->setObjectName(QStringLiteral("restorePassphraseEdit"));
        m_passphrase->setEchoMode(QLineEdit::Password);
        auto *form = new QFormLayout;
        form->addRow(tr("This backup is encrypted. Passphrase:"), m_passphrase);
        layout->addLayout(form);
        m_passphrase->setFocus();
    }
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(600);
}

QWidget *RestoreDialog::createComparison(Workspace *workspace)
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(24);
    const QLocale locale;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(workspace->clock().nowMs());
    const BackupContents &held = m_entry.contents;
    WorkOrderFilter all;
    const Result<int> orders = workspace->workOrders()->count(all);
    grid->addWidget(cell(tr("The backup"), box, true), 0, 1);
    grid->addWidget(cell(tr("The file in use"), box, true), 0, 2);
    grid->addWidget(cell(tr("Taken / last written:"), box), 1, 0);
    grid->addWidget(cell(BackupText::when(m_entry.takenAt, now), box), 1, 1);
    grid->addWidget(cell(BackupText::when(lastWritten(workspace->database().path()), now), box), 1,
                    2);
    grid->addWidget(cell(tr("Work orders:"), box), 2, 0);
    grid->addWidget(cell(locale.toString(held.workOrders), box), 2, 1);
    grid->addWidget(cell(orders ? locale.toString(orders.value()) : orders.error(), box), 2, 2);
    grid->addWidget(cell(tr("Reports:"), box), 3, 0);
    grid->addWidget(cell(locale.toString(held.reports), box), 3, 1);
    grid->addWidget(cell(tr("Last report:"), box), 4, 0);
    grid->addWidget(
        cell(held.lastReportAt ? BackupText::when(*held.lastReportAt, now) : tr("none"), box), 4,
        1);
    grid->addWidget(cell(tr("Kind:"), box), 5, 0);
    grid->addWidget(cell(backupKindDisplayName(m_entry.kind) + QStringLiteral(", ") +
                             BackupText::size(m_entry.sizeBytes),
                         box),
                    5, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    return box;
}

QString RestoreDialog::passphrase() const
{
    return m_passphrase ? m_passphrase->text() : QString();
}

void RestoreDialog::accept()
{
    if (m_passphrase && m_passphrase->text().isEmpty()) {
        m_problem->setText(tr("Enter the passphrase this backup was encrypted with."));
        m_problem->show();
        return;
    }
    // The full check before anything is closed: a backup that fails it changes nothing.
    const BackupEntry checked = BackupService::verify(m_entry.filePath, passphrase());
    if (checked.state != BackupEntry::State::Good) {
        m_problem->setText(checked.problem.isEmpty() ? backupStateDisplayName(checked.state)
                                                     : checked.problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace Taktline
