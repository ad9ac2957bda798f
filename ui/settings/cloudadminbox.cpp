#include "settings/cloudadminbox.h"

#include "common/messagebanner.h"
#include "services/sync/synccontroller.h"
#include "services/workspace.h"
#include "settings/cloudadmindialog.h"
#include "settings/invitedialog.h"
#include "storage/backup/backupinspector.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Taktline {

CloudAdminBox::CloudAdminBox(Workspace *workspace, SyncController *sync, MessageBanner *banner,
                             QWidget *parent)
    : QGroupBox(tr("This factory's server"), parent)
    , m_workspace(workspace)
    , m_sync(sync)
    , m_banner(banner)
    , m_askServer([](QWidget *parent, const CloudAdmin::Server &start) {
        return CloudAdminDialog::ask(parent, start);
    })
{
    setObjectName(QStringLiteral("cloudAdminBox"));
    auto *note = new QLabel(tr("Each tablet or PC gets its own login on the server. Add one, then "
                               "scan its QR code on the device, or paste its invitation there. A "
                               "lost tablet is locked out here. The server's admin password is "
                               "asked each time and not kept."),
                            this);
    note->setObjectName(QStringLiteral("placeholderNote"));
    note->setWordWrap(true);
    auto *add = new QPushButton(tr("Add device…"), this);
    add->setObjectName(QStringLiteral("addDeviceButton"));
    auto *revoke = new QPushButton(tr("Lock out device…"), this);
    revoke->setObjectName(QStringLiteral("revokeDeviceButton"));
    for (QPushButton *button : {add, revoke})
        button->setMinimumHeight(40);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(revoke);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &CloudAdminBox::addDevice);
    connect(revoke, &QPushButton::clicked, this, &CloudAdminBox::revokeDevice);
}

std::optional<CloudAdmin::Server> CloudAdminBox::askServer()
{
    const SyncConnection connection = m_sync->connection();
    CloudAdmin::Server start;
    start.host = connection.host;
    start.port = connection.port;
    start.database = connection.database;
    start.tls = connection.tls;
    start.caFile = connection.caFile;
    start.user = QStringLiteral("postgres");
    return m_askServer(this, start);
}

void CloudAdminBox::addDevice()
{
    const std::optional<CloudAdmin::Server> server = askServer();
    if (!server)
        return;
    const QString name = QInputDialog::getText(this, tr("Add device"),
                                               tr("The device's name, such as \"Lathe tablet\":"))
                             .trimmed();
    if (name.isEmpty())
        return;
    // The factory joins the server under its own id, as `taktline cloud add-device` does.
    const BackupContents factory = BackupInspector::contentsOf(m_workspace->database().connection());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    CloudAdmin admin(*server);
    const Result<CloudAdmin::NewDevice> added = admin.addDevice(name, factory.factoryId,
                                                                factory.factoryName);
    QApplication::restoreOverrideCursor();
    if (!added) {
        m_banner->showMessage(added.error());
        return;
    }
    m_banner->showMessage(tr("\"%1\" is added as device %2. Its password is shown only now.")
                              .arg(name, added.value().code),
                          MessageBanner::Kind::Success);
    InviteDialog dialog(name, added.value().connection.toInvite(added.value().password), this);
    dialog.exec();
}

void CloudAdminBox::revokeDevice()
{
    const std::optional<CloudAdmin::Server> server = askServer();
    if (!server)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    CloudAdmin admin(*server);
    const Result<QList<CloudAdmin::Device>> devices = admin.devices();
    QApplication::restoreOverrideCursor();
    if (!devices) {
        m_banner->showMessage(devices.error());
        return;
    }
    const BackupContents factory = BackupInspector::contentsOf(m_workspace->database().connection());
    QStringList names;
    for (const CloudAdmin::Device &device : devices.value()) {
        if (device.tenant == factory.factoryId && !device.revokedAt.isValid())
            names << device.name;
    }
    if (names.isEmpty()) {
        m_banner->showMessage(tr("This factory has no active device on the server."),
                              MessageBanner::Kind::Info);
        return;
    }
    bool chosen = false;
    const QString name = QInputDialog::getItem(
        this, tr("Lock out device"),
        tr("The device to lock out. It keeps its own file but can no longer sync:"), names, 0,
        false, &chosen);
    if (!chosen || name.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Outcome revoked = admin.revokeDevice(name, factory.factoryId);
    QApplication::restoreOverrideCursor();
    if (!revoked) {
        m_banner->showMessage(revoked.error());
        return;
    }
    m_banner->showMessage(tr("\"%1\" is locked out: it can no longer sync with this factory.")
                              .arg(name),
                          MessageBanner::Kind::Success);
}

} // namespace Taktline
