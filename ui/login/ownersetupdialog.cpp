#include "login/ownersetupdialog.h"

#include "common/messagebanner.h"
#include "services/access/authservice.h"
#include "services/masterdata/settingsservice.h"
#include "services/workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Taktline {

OwnerSetupDialog::OwnerSetupDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_factoryName(new QLineEdit(this))
    , m_username(new QLineEdit(QStringLiteral("owner"), this))
    , m_displayName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_confirmation(new QLineEdit(this))
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("ownerSetupDialog"));
    setWindowTitle(tr("Set up your factory"));
    setMinimumWidth(460);
    m_factoryName->setObjectName(QStringLiteral("factoryNameEdit"));
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_confirmation->setObjectName(QStringLiteral("confirmationEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirmation->setEchoMode(QLineEdit::Password);

    auto *intro = new QLabel(tr("This is a new factory database. Create the owner's account: the "
                                "owner may do everything, including adding the other users."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Factory name:"), m_factoryName);
    form->addRow(tr("User name:"), m_username);
    form->addRow(tr("Your name:"), m_displayName);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Repeat password:"), m_confirmation);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create owner account"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createOwnerButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OwnerSetupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OwnerSetupDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_factoryName->setFocus();
}

QString OwnerSetupDialog::errorText() const
{
    return m_banner->text();
}

void OwnerSetupDialog::accept()
{
    const Outcome created = m_workspace->auth()->createOwner(
        m_username->text(), m_displayName->text(), m_password->text(), m_confirmation->text());
    if (!created) {
        m_banner->showMessage(created.error());
        return;
    }
    if (!m_factoryName->text().trimmed().isEmpty()) {
        if (Outcome named = m_workspace->settings()->setFactoryName(m_factoryName->text()); !named) {
            m_banner->showMessage(named.error());
            return;
        }
    }
    QDialog::accept();
}

} // namespace Taktline
