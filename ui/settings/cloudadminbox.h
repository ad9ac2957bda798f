#pragma once

#include "sync/cloudadmin.h"

#include <QGroupBox>

#include <functional>
#include <optional>

namespace Taktline {

class MessageBanner;
class SyncController;
class Workspace;

// Settings ▸ Sync ▸ "This factory's server", for the owner: adds a device (a tablet, another
// PC) to the factory on the sync server and shows its invitation as text and QR code, or locks
// a lost device out. The server's admin login is asked each time and never kept.
class CloudAdminBox final : public QGroupBox
{
    Q_OBJECT
public:
    CloudAdminBox(Workspace *workspace, SyncController *sync, MessageBanner *banner,
                  QWidget *parent = nullptr);

    void addDevice();
    void revokeDevice();

    // Asks for the admin login (prefilled with this device's server); tests replace it.
    void setServerAsker(std::function<std::optional<CloudAdmin::Server>(QWidget *,
                                                                        const CloudAdmin::Server &)> ask)
    {
        m_askServer = std::move(ask);
    }

private:
    std::optional<CloudAdmin::Server> askServer();

    Workspace *m_workspace;
    SyncController *m_sync;
    MessageBanner *m_banner;
    std::function<std::optional<CloudAdmin::Server>(QWidget *, const CloudAdmin::Server &)> m_askServer;
};

} // namespace Taktline
