#pragma once

#include <QTimer>

namespace Taktline {

class Workspace;

// The station's idle sign-out clock: the delay from the reporting rules (or a test's override)
// and the single-shot timer that runs it down.
class StationIdleTimer final
{
public:
    explicit StationIdleTimer(Workspace *workspace);

    QTimer *timer() { return &m_timer; }
    bool isActive() const { return m_timer.isActive(); }
    void stop() { m_timer.stop(); }
    // Starts the delay anew.
    void restart();
    // The delay; 0 goes back to the rules' idleSignOutMinutes (tests set it tiny).
    void setTimeoutMs(int ms);
    int timeoutMs() const;

private:
    Workspace *m_workspace;
    QTimer m_timer;
    int m_overrideMs = 0;
};

} // namespace Taktline
