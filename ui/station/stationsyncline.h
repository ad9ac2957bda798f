#pragma once

#include "domain/sync/syncstatus.h"

#include <QLabel>

namespace Taktline {

class SyncController;

// The station's line while reports cannot reach the server: "Offline, 3 reports waiting to
// sync". Only words: it takes no focus and asks nothing, so scanning goes on as before.
class StationSyncLine final : public QLabel
{
    Q_OBJECT
public:
    explicit StationSyncLine(SyncController *sync, QWidget *parent = nullptr);

    void showStatus(const SyncStatus &status);
};

} // namespace Taktline
