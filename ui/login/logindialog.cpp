#include "login/logindialog.h"

#include "common/messagebanner.h"
#include "demo/demofactory.h"
#include "services/access/authservice.h"
#include "services/masterdata/settingsservice.h"
#include "services/workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Taktline {

namespace {
const QString LastUserKey = QStringLiteral("login/lastUser");
}

LoginDialog::LoginDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_banner(new MessageBanner(this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in to Taktline"));
    setMinimumWidth(400);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_username->setText(QSettings().value(LastUserKey).toString());
    const bool demo = workspace->settings()->isDemo();
    if (demo && m_username->text().isEmpty())
        m_username->setText(QStringLiteral("owner")); // the demo factory is tried as its owner

    auto *title = new QLabel(workspace->settings()->factoryName().isEmpty()
                                 ? QStringLiteral("Taktline")
                                 : workspace->settings()->factoryName(),
                             this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto *form = new QFormLayout;
    form->addRow(tr("User name:"), m_username);
    form->addRow(tr("Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("signInButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    if (demo) {
        auto *hint = new QLabel(tr("Demo factory: every account's password is %1.")
                                    .arg(DemoFactory::password()),
                                this);
        hint->setObjectName(QStringLiteral("demoPasswordHint"));
        layout->addWidget(hint);
    }
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(buttons);
    (m_username->text().isEmpty() ? m_username : m_password)->setFocus();
}

QString LoginDialog::errorText() const
{
    return m_banner->text();
}

void LoginDialog::accept()
{
    const Outcome signedIn = m_workspace->auth()->signIn(m_username->text(), m_password->text());
    if (!signedIn) {
        m_banner->showMessage(signedIn.error());
        m_password->clear();
        m_password->setFocus();
        return;
    }
    QSettings().setValue(LastUserKey, m_username->text().trimmed());
    QDialog::accept();
}

} // namespace Taktline
