#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace Taktline {

class LanguageManager;
class MessageBanner;
class Workspace;

// Settings: the interface language (per user), the factory's name, one's own password and,
// for the owner, the user accounts. Each part shows only what the role may change.
class SettingsPage final : public QWidget
{
    Q_OBJECT
public:
    SettingsPage(Workspace *workspace, LanguageManager *language, QWidget *parent = nullptr);

    QComboBox *languageCombo() const { return m_languageCombo; }

private:
    QWidget *createLanguageBox();
    QWidget *createFactoryBox();
    QWidget *createPasswordBox();
    void saveFactoryName();
    void changePassword();

    Workspace *m_workspace;
    LanguageManager *m_language;
    MessageBanner *m_banner;
    QComboBox *m_languageCombo = nullptr;
    QLineEdit *m_factoryName = nullptr;
    QLineEdit *m_oldPassword = nullptr;
    QLineEdit *m_newPassword = nullptr;
    QLineEdit *m_confirmPassword = nullptr;
};

} // namespace Taktline
