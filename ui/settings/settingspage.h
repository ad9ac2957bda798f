#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace Taktline {

class AuditLogPanel;
class BackupPanel;
class LanguageManager;
class MessageBanner;
class SyncController;
class SyncPanel;
class Workspace;

// Settings: the interface language (per user), the factory's name, one's own password and,
// for the owner, the user accounts and two more tabs: backups and the audit log; with a sync
// controller, the Sync tab. Each part
// shows only what the role may see or change.
class SettingsPage final : public QWidget
{
    Q_OBJECT
public:
    SettingsPage(Workspace *workspace, LanguageManager *language, QWidget *parent = nullptr);

    QComboBox *languageCombo() const { return m_languageCombo; }
    AuditLogPanel *auditLog() const { return m_auditLog; } // null unless the role may read it
    BackupPanel *backups() const { return m_backups; }     // null unless the owner
    SyncPanel *syncPanel() const { return m_sync; }        // null until addSyncTab()
    // Settings ▸ Sync, for everyone: the status, and the server for whoever may edit settings.
    void addSyncTab(SyncController *sync);
    void showTab(const QString &tab); // "general", "sync", "backup" or "audit"

signals:
    void restoreRequested(const QString &file, const QString &passphrase);
    void conflictsRequested();

private:
    QWidget *createLanguageBox();
    QWidget *createFactoryBox();
    QWidget *createPasswordBox();
    void saveFactoryName();
    void changePassword();

    Workspace *m_workspace;
    LanguageManager *m_language;
    MessageBanner *m_banner;
    QTabWidget *m_tabs = nullptr;
    AuditLogPanel *m_auditLog = nullptr;
    BackupPanel *m_backups = nullptr;
    SyncPanel *m_sync = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QLineEdit *m_factoryName = nullptr;
    QLineEdit *m_oldPassword = nullptr;
    QLineEdit *m_newPassword = nullptr;
    QLineEdit *m_confirmPassword = nullptr;
};

} // namespace Taktline
