#pragma once

#include <QDialog>

class QLineEdit;

namespace Taktline {

class MessageBanner;
class Workspace;

// The first start of a new factory database: name the factory and create the owner account.
class OwnerSetupDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit OwnerSetupDialog(Workspace *workspace, QWidget *parent = nullptr);

    QString errorText() const;
    void accept() override;

private:
    Workspace *m_workspace;
    QLineEdit *m_factoryName;
    QLineEdit *m_username;
    QLineEdit *m_displayName;
    QLineEdit *m_password;
    QLineEdit *m_confirmation;
    MessageBanner *m_banner;
};

} // namespace Taktline
