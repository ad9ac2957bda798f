#include "settings/backuppanel.h"

#include "common/lists/emptystate.h"
#include "common/lists/tableviews.h"
#include "common/messagebanner.h"
#include "services/backup/backupservice.h"
#include "services/workspace.h"
#include "item/backup/backuplistmodel.h"
#include "item/backup/backuptext.h"
#include "settings/passphrasedialog.h"
#include "settings/restoredialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Taktline {

namespace {

QSpinBox *spin(int from, int to, const QString &objectName, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(from, to);
    box->setObjectName(objectName);
    box->setMinimumWidth(90);
    return box;
}

} // namespace

BackupPanel::BackupPanel(Workspace *workspace, MessageBanner *banner, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_service(workspace->backups())
    , m_banner(banner)
    , m_model(new BackupListModel(this))
    , m_chooseFolder([](QWidget *parent, const QString &start) {
        return QFileDialog::getExistingDirectory(parent, tr("Choose the backup folder"), start);
    })
{
    setObjectName(QStringLiteral("backupPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->setSpacing(12);
    layout->addWidget(createSummary());
    layout->addWidget(createSettingsBox());
    layout->addWidget(createListBox(), 1);
    connect(m_service, &BackupService::backupsChanged, this, &BackupPanel::reload);
    reload();
}

void BackupPanel::setFolderChooser(std::function<QString(QWidget *, const QString &)> chooser)
{
    m_chooseFolder = std::move(chooser);
}

QWidget *BackupPanel::createSummary()
{
    auto *box = new QWidget(this);
    m_lastBackup = new QLabel(box);
    m_lastBackup->setObjectName(QStringLiteral("lastBackupLabel"));
    m_lastBackup->setWordWrap(true);
    m_status = new QLabel(box);
    m_status->setObjectName(QStringLiteral("placeholderNote"));
    m_status->setWordWrap(true);
    m_backupNow = new QPushButton(tr("Back up now"), box);
    m_backupNow->setObjectName(QStringLiteral("backupNowButton"));
    m_backupNow->setMinimumHeight(44);
    m_backupNow->setDefault(true);
    connect(m_backupNow, &QPushButton::clicked, this, &BackupPanel::backupNow);
    auto *words = new QVBoxLayout;
    words->addWidget(m_lastBackup);
    words->addWidget(m_status);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addLayout(words, 1);
    row->addWidget(m_backupNow, 0, Qt::AlignTop);
    return box;
}

QWidget *BackupPanel::createSettingsBox()
{
    auto *box = new QGroupBox(tr("Where and when"), this);
    m_folder = new QLineEdit(box);
    m_folder->setObjectName(QStringLiteral("backupFolderEdit"));
    m_folder->setReadOnly(true);
    m_folder->setPlaceholderText(tr("No folder chosen yet — a USB drive or a network share"));
    auto *choose = new QPushButton(tr("Choose…"), box);
    choose->setObjectName(QStringLiteral("chooseBackupFolderButton"));
    m_automatic = new QCheckBox(tr("Back up automatically every day while Taktline runs, and "
                                   "when it closes"),
                                box);
    m_automatic->setObjectName(QStringLiteral("automaticBackupCheck"));
    m_warnDays = spin(1, 60, QStringLiteral("warnDaysSpin"), box);
    m_encrypted = new QCheckBox(tr("Encrypt backups with a passphrase"), box);
    m_encrypted->setObjectName(QStringLiteral("encryptBackupsCheck"));
    m_advanced = new QToolButton(box);
    m_advanced->setObjectName(QStringLiteral("advancedBackupButton"));
    m_advanced->setText(tr("How many to keep"));
    m_advanced->setCheckable(true);
    m_advanced->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advanced->setArrowType(Qt::RightArrow);
    m_advanced->setAutoRaise(true);
    m_advancedBox = new QWidget(box);
    m_keepDaily = spin(1, 90, QStringLiteral("keepDailySpin"), m_advancedBox);
    m_keepWeekly = spin(0, 52, QStringLiteral("keepWeeklySpin"), m_advancedBox);
    m_keepMonthly = spin(0, 120, QStringLiteral("keepMonthlySpin"), m_advancedBox);
    auto *keep = new QHBoxLayout(m_advancedBox);
    keep->setContentsMargins(24, 0, 0, 0);
    keep->addWidget(new QLabel(tr("Daily:"), m_advancedBox));
    keep->addWidget(m_keepDaily);
    keep->addSpacing(16);
    keep->addWidget(new QLabel(tr("Weekly:"), m_advancedBox));
    keep->addWidget(m_keepWeekly);
    keep->addSpacing(16);
    keep->addWidget(new QLabel(tr("Monthly:"), m_advancedBox));
    keep->addWidget(m_keepMonthly);
    keep->addStretch(1);
    auto *keepNote = new QLabel(tr("Manual backups and those taken before a restore are never "
                                   "removed."),
                                m_advancedBox);
    keepNote->setObjectName(QStringLiteral("placeholderNote"));
    m_advancedBox->hide();
    auto *warnRow = new QHBoxLayout;
    warnRow->addWidget(new QLabel(tr("Warn on the main window after"), box));
    warnRow->addWidget(m_warnDays);
    warnRow->addWidget(new QLabel(tr("days without a good backup"), box));
    warnRow->addStretch(1);

    auto *grid = new QGridLayout(box);
    grid->setVerticalSpacing(10);
    grid->addWidget(new QLabel(tr("Folder:"), box), 0, 0);
    grid->addWidget(m_folder, 0, 1);
    grid->addWidget(choose, 0, 2);
    grid->addWidget(m_automatic, 1, 0, 1, 3);
    grid->addLayout(warnRow, 2, 0, 1, 3);
    grid->addWidget(m_encrypted, 3, 0, 1, 3);
    grid->addWidget(m_advanced, 4, 0, 1, 3);
    grid->addWidget(m_advancedBox, 5, 0, 1, 3);
    grid->addWidget(keepNote, 6, 0, 1, 3);
    keepNote->setVisible(false);
    grid->setColumnStretch(1, 1);

    connect(choose, &QPushButton::clicked, this, &BackupPanel::chooseFolder);
    connect(m_automatic, &QCheckBox::toggled, this, &BackupPanel::saveSettings);
    for (QSpinBox *box : {m_warnDays, m_keepDaily, m_keepWeekly, m_keepMonthly})
        connect(box, &QSpinBox::editingFinished, this, &BackupPanel::saveSettings);
    connect(m_encrypted, &QCheckBox::clicked, this, &BackupPanel::toggleEncryption);
    connect(m_advanced, &QToolButton::toggled, this, [this, keepNote](bool open) {
        m_advanced->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_advancedBox->setVisible(open);
        keepNote->setVisible(open);
    });
    return box;
}

QWidget *BackupPanel::createListBox()
{
    auto *box = new QGroupBox(tr("Backups in the folder"), this);
    m_view = makeListView(m_model, QStringLiteral("backupListView"), box, TableRows::Touch);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(BackupListModel::TakenColumn, 170);
    m_view->setColumnWidth(BackupListModel::KindColumn, 110);
    m_view->setColumnWidth(BackupListModel::SizeColumn, 90);
    m_view->setColumnWidth(BackupListModel::EncryptedColumn, 90);
    m_view->setColumnWidth(BackupListModel::StateColumn, 170);
    fitColumnsToHeaders(m_view);
    EmptyState::install(m_view, [this] {
        const QString folder = m_service->settings().folder;
        if (folder.isEmpty())
            return tr("Choose a backup folder above, then press Back up now.");
        if (!QDir(folder).exists()) // a USB drive pulled out, a network share not connected
            return tr("The folder %1 cannot be reached. Plug in the backup drive or connect the "
                      "network share, then come back to this page.")
                .arg(QDir::toNativeSeparators(folder));
        return tr("No backups in this folder yet. Press Back up now.");
    });
    m_verify = new QPushButton(tr("Verify"), box);
    m_verify->setObjectName(QStringLiteral("verifyBackupButton"));
    m_restore = new QPushButton(tr("Restore…"), box);
    m_restore->setObjectName(QStringLiteral("restoreBackupButton"));
    for (QPushButton *button : {m_verify, m_restore})
        button->setMinimumHeight(40);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_verify);
    buttons->addWidget(m_restore);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BackupPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BackupPanel::updateButtons);
    connect(m_verify, &QPushButton::clicked, this, &BackupPanel::verifySelected);
    connect(m_restore, &QPushButton::clicked, this, &BackupPanel::restoreSelected);
    connect(m_view, &QTableView::doubleClicked, this, &BackupPanel::verifySelected);
    return box;
}

void BackupPanel::reload()
{
    const BackupSettings settings = m_service->settings();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_workspace->clock().nowMs());
    m_loading = true;
    m_folder->setText(QDir::toNativeSeparators(settings.folder));
    m_automatic->setChecked(settings.automatic);
    m_warnDays->setValue(settings.warnAfterDays);
    m_keepDaily->setValue(settings.keepDaily);
    m_keepWeekly->setValue(settings.keepWeekly);
    m_keepMonthly->setValue(settings.keepMonthly);
    m_encrypted->setChecked(settings.encrypted);
    m_loading = false;
    const QList<BackupEntry> listed = m_service->list(); // hashes every backup: once
    m_lastBackup->setText(BackupText::lastBackup(m_service->lastGoodBackup(listed), now));
    m_lastBackup->setProperty("overdue", m_service->isOverdue());
    m_lastBackup->style()->unpolish(m_lastBackup);
    m_lastBackup->style()->polish(m_lastBackup);
    m_status->setText(BackupText::status(settings));
    m_model->setEntries(listed, now);
    if (m_model->rowCount() > 0) // the newest, ready for Verify or Restore…
        m_view->selectRow(0);
    if (EmptyState *empty = EmptyState::of(m_view))
        empty->refresh();
}

void BackupPanel::showEvent(QShowEvent *event)
{
    reload(); // the drive may have been plugged in, or a backup taken, since
    QWidget::showEvent(event);
}

void BackupPanel::chooseFolder()
{
    const QString chosen = m_chooseFolder(this, m_service->settings().folder);
    if (chosen.isEmpty())
        return;
    BackupSettings settings = m_service->settings();
    settings.folder = QDir::cleanPath(chosen);
    if (const Outcome saved = m_service->setSettings(settings); !saved) {
        m_banner->showMessage(saved.error());
        return;
    }
    reload();
    m_banner->showMessage(tr("Backups go to %1.").arg(QDir::toNativeSeparators(settings.folder)),
                          MessageBanner::Kind::Success);
}

void BackupPanel::saveSettings()
{
    if (m_loading)
        return;
    BackupSettings settings = m_service->settings();
    settings.automatic = m_automatic->isChecked();
    settings.warnAfterDays = m_warnDays->value();
    settings.keepDaily = m_keepDaily->value();
    settings.keepWeekly = m_keepWeekly->value();
    settings.keepMonthly = m_keepMonthly->value();
    if (const Outcome saved = m_service->setSettings(settings); !saved)
        m_banner->showMessage(saved.error());
    reload(); // a refused change shows the settings as they still are
}

void BackupPanel::toggleEncryption(bool on)
{
    QString passphrase;
    if (on) {
        PassphraseDialog dialog(this);
        if (dialog.exec() != QDialog::Accepted) {
            reload();
            return;
        }
        passphrase = dialog.passphrase();
    }
    if (const Outcome set = m_service->setEncryption(passphrase); !set)
        m_banner->showMessage(set.error());
    else
        m_banner->showMessage(on ? tr("Backups from now on are encrypted.")
                                 : tr("Backups from now on are not encrypted. Those already "
                                      "written stay encrypted."),
                              MessageBanner::Kind::Success);
    reload();
}

void BackupPanel::backupNow()
{
    if (m_service->settings().folder.isEmpty()) {
        m_banner->showMessage(tr("Choose a backup folder first."));
        return;
    }
    const QString label = m_backupNow->text();
    m_backupNow->setEnabled(false);
    m_backupNow->setText(tr("Backing up…"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // The button shows its busy state before the copy holds the window for a moment.
    m_backupNow->repaint();
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    const Result<BackupEntry> written = m_service->backupNow(BackupKind::Manual);
    QApplication::restoreOverrideCursor();
    m_backupNow->setText(label);
    m_backupNow->setEnabled(true);
    reload();
    if (!written) {
        m_banner->showMessage(tr("The backup failed: %1").arg(written.error()));
        return;
    }
    m_banner->showMessage(tr("Backed up and verified: %1, %2.")
                              .arg(BackupText::size(written.value().sizeBytes),
                                   BackupText::contents(written.value().contents)),
                          MessageBanner::Kind::Success);
}

const BackupEntry *BackupPanel::selectedEntry() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.constFirst().row() >= m_model->rowCount())
        return nullptr;
    return &m_model->entry(rows.constFirst().row());
}

void BackupPanel::updateButtons()
{
    const BackupEntry *entry = selectedEntry();
    m_verify->setEnabled(entry);
    m_restore->setEnabled(entry && entry->state != BackupEntry::State::Modified);
}

bool BackupPanel::askPassphrase(const BackupEntry &entry, QString *passphrase)
{
    if (!entry.encrypted)
        return true;
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("passphrasePrompt"));
    dialog.setWindowTitle(tr("Encrypted backup"));
    dialog.setLabelText(tr("The passphrase of this backup:"));
    dialog.setTextEchoMode(QLineEdit::Password);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *passphrase = dialog.textValue();
    return true;
}

void BackupPanel::verifySelected()
{
    const BackupEntry *selected = selectedEntry();
    if (!selected)
        return;
    const BackupEntry entry = *selected;
    QString passphrase;
    if (!askPassphrase(entry, &passphrase))
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const BackupEntry checked = BackupService::verify(entry.filePath, passphrase);
    QApplication::restoreOverrideCursor();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_workspace->clock().nowMs());
    if (checked.state == BackupEntry::State::Good)
        m_banner->showMessage(
            tr("The backup of %1 is good: %2.")
                .arg(BackupText::when(entry.takenAt, now), BackupText::contents(checked.contents)),
            MessageBanner::Kind::Success);
    else
        m_banner->showMessage(tr("The backup of %1 cannot be used: %2")
                                  .arg(BackupText::when(entry.takenAt, now),
                                       checked.problem.isEmpty() ? backupStateDisplayName(checked.state)
                                                                 : checked.problem));
}

void BackupPanel::restoreSelected()
{
    const BackupEntry *selected = selectedEntry();
    if (!selected)
        return;
    const QString file = selected->filePath;
    RestoreDialog dialog(*selected, m_workspace, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit restoreRequested(file, dialog.passphrase());
}

} // namespace Taktline
