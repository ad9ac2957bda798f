#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace Taktline {

class AuditLogPanel;
class LanguageManager;
class MessageBanner;
class Workspace;

// Settings: the interface language (per user), the factory's name, one's own password and,
// for the owner, the user accounts and a second tab with the audit log. Each part shows only
// what the role may see or change.
class SettingsPage final : public QWidget
{
    Q_OBJECT
public:
    SettingsPage(Workspace *workspace, LanguageManager *language, QWidget *parent = nullptr);

    QComboBox *languageCombo() const { return m_languageCombo; }
    AuditLogPanel *auditLog() const { return m_auditLog; } // null unless the role may read it
    void showTab(const QString &tab); // "general" or "audit"

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
    QComboBox *m_languageCombo = nullptr;
    QLineEdit *m_factoryName = nullptr;
    QLineEdit *m_oldPassword = nullptr;
    QLineEdit *m_newPassword = nullptr;
    QLineEdit *m_confirmPassword = nullptr;
};

} // namespace Taktline
