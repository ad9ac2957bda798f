#include "settings/cloudadmindialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Taktline {

CloudAdminDialog::CloudAdminDialog(const CloudAdmin::Server &start, QWidget *parent)
    : QDialog(parent)
    , m_start(start)
    , m_host(new QLineEdit(start.host, this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(start.database, this))
    , m_user(new QLineEdit(start.user, this))
    , m_password(new QLineEdit(this))
{
    setWindowTitle(tr("The server's admin"));
    setObjectName(QStringLiteral("cloudAdminDialog"));
    m_port->setRange(1, 65535);
    m_port->setValue(start.port);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("adminPasswordEdit"));
    auto *note = new QLabel(tr("The account that set up the sync server (often postgres). Its "
                               "password is used for this one step and not kept."),
                            this);
    note->setObjectName(QStringLiteral("placeholderNote"));
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Server:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Database:"), m_database);
    form->addRow(tr("Admin login:"), m_user);
    form->addRow(tr("Admin password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_password->setFocus();
    resize(460, sizeHint().height());
}

CloudAdmin::Server CloudAdminDialog::server() const
{
    CloudAdmin::Server server = m_start;
    server.host = m_host->text().trimmed();
    server.port = m_port->value();
    server.database = m_database->text().trimmed();
    server.user = m_user->text().trimmed();
    server.password = m_password->text();
    return server;
}

std::optional<CloudAdmin::Server> CloudAdminDialog::ask(QWidget *parent,
                                                        const CloudAdmin::Server &start)
{
    CloudAdminDialog dialog(start, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.server();
}

} // namespace Taktline
