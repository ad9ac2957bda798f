#pragma once

#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QToolButton;

namespace Taktline {

class BackupListModel;
class BackupService;
class MessageBanner;
class Workspace;
struct BackupEntry;

// Settings ▸ Backup (备份) for the owner: the last good backup in words, the folder, automatic
// backups, the warning's days, rotation, encryption, Backup now, and the list of backups with
// Verify and Restore… on the chosen one. Every change is saved at once through BackupService.
class BackupPanel final : public QWidget
{
    Q_OBJECT
public:
    BackupPanel(Workspace *workspace, MessageBanner *banner, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    BackupListModel *model() const { return m_model; }
    QLabel *lastBackupLabel() const { return m_lastBackup; }
    void reload(); // the settings and the list again, as the service has them

    // Asks for a folder with the platform's dialog; tests replace it.
    void setFolderChooser(std::function<QString(QWidget *, const QString &)> chooser);
    void backupNow();
    void verifySelected();
    void restoreSelected();

signals:
    // The owner confirmed restoring FILE (with PASSPHRASE when it is encrypted): the window
    // closes the factory file, restores and reopens it.
    void restoreRequested(const QString &file, const QString &passphrase);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createSummary();
    QWidget *createSettingsBox();
    QWidget *createListBox();
    void chooseFolder();
    void saveSettings();
    void toggleEncryption(bool on);
    void updateButtons();
    const BackupEntry *selectedEntry() const;
    bool askPassphrase(const BackupEntry &entry, QString *passphrase);

    Workspace *m_workspace;
    BackupService *m_service;
    MessageBanner *m_banner;
    BackupListModel *m_model;
    std::function<QString(QWidget *, const QString &)> m_chooseFolder;
    QLabel *m_lastBackup = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_backupNow = nullptr;
    QLineEdit *m_folder = nullptr;
    QCheckBox *m_automatic = nullptr;
    QSpinBox *m_warnDays = nullptr;
    QToolButton *m_advanced = nullptr;
    QWidget *m_advancedBox = nullptr;
    QSpinBox *m_keepDaily = nullptr;
    QSpinBox *m_keepWeekly = nullptr;
    QSpinBox *m_keepMonthly = nullptr;
    QCheckBox *m_encrypted = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_restore = nullptr;
    bool m_loading = false;
};

} // namespace Taktline
