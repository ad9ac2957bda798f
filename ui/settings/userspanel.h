#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Taktline {

class MessageBanner;
class Workspace;

// The owner's list of user accounts: add an account with a role, deactivate or activate one,
// see which account is locked after wrong passwords and unlock it.
class UsersPanel final : public QWidget
{
    Q_OBJECT
public:
    UsersPanel(Workspace *workspace, MessageBanner *banner, QWidget *parent = nullptr);

private:
    void reload();
    void addUser();
    void toggleSelected();
    void unlockSelected();

    Workspace *m_workspace;
    MessageBanner *m_banner;
    QTableWidget *m_table;
    QLineEdit *m_username;
    QLineEdit *m_displayName;
    QComboBox *m_role;
    QLineEdit *m_password;
    QPushButton *m_toggle;
    QPushButton *m_unlock;
};

} // namespace Taktline
