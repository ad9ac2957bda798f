#include "station/stationsyncline.h"

#include "item/sync/synctext.h"
#include "services/sync/synccontroller.h"

namespace Taktline {

StationSyncLine::StationSyncLine(SyncController *sync, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("stationSyncLine"));
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setMinimumHeight(52); // as tall as the message beside it
    setMaximumWidth(420);
    setWordWrap(true);
    connect(sync, &SyncController::statusChanged, this, &StationSyncLine::showStatus);
    showStatus(sync->status());
}

void StationSyncLine::showStatus(const SyncStatus &status)
{
    const QString line = SyncText::station(status);
    setText(line);
    setVisible(!line.isEmpty());
}

} // namespace Taktline
