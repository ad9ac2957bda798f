#pragma once

#include <QDialog>

class QLineEdit;

namespace Taktline {

class MessageBanner;
class Workspace;

// Asks for user name and password on every start; a wrong password is said plainly and the
// user can try again at once.
class LoginDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(Workspace *workspace, QWidget *parent = nullptr);

    QString errorText() const;
    void accept() override;

private:
    Workspace *m_workspace;
    QLineEdit *m_username;
    QLineEdit *m_password;
    MessageBanner *m_banner;
};

} // namespace Taktline
