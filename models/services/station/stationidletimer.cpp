#include "services/station/stationidletimer.h"

#include "services/station/reportingservice.h"
#include "services/workspace.h"

#include <algorithm>

namespace Taktline {

StationIdleTimer::StationIdleTimer(Workspace *workspace)
    : m_workspace(workspace)
{
    m_timer.setSingleShot(true);
}

void StationIdleTimer::restart()
{
    m_timer.start(timeoutMs());
}

void StationIdleTimer::setTimeoutMs(int ms)
{
    m_overrideMs = std::max(0, ms);
    if (m_timer.isActive())
        restart();
}

int StationIdleTimer::timeoutMs() const
{
    if (m_overrideMs > 0)
        return m_overrideMs;
    return m_workspace->reporting()->rules().idleSignOutMinutes * 60 * 1000;
}

} // namespace Taktline
