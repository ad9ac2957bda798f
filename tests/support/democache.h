#pragma once

#include "demo/demofactory.h"
#include "domain/clock.h"
#include "domain/outcome.h"

#include <QString>

namespace Taktline {

// The demo factory for tests, built once and copied: CTest runs every test function as its own
// process, and building the demo takes seconds, so the first process that asks builds it into a
// cache file in the build folder (under a lock file) and every test gets a copy made by SQLite.
// A cache is keyed by the models library it was built with (its size and time), the options and
// the clock. Set TAKTLINE_NO_DEMO_CACHE=1 to build every demo for real.
class DemoCache final
{
public:
    // Writes the demo built with OPTIONS at CLOCK's time into the new file TARGET_PATH. Returns
    // the clock the copy must run on to look freshly built: CLOCK itself when it is fixed (the
    // cache is keyed by its instant); for the advancing wall clock, the wall clock shifted back
    // by the age of the cache, so the demo's history ("today", "2 hours ago", open calls) is
    // exactly where a fresh build would put it. A wall-clock cache older than 30 minutes is
    // built again, so the shift stays small.
    static Result<Clock> copyTo(const QString &targetPath, const DemoOptions &options,
                                const Clock &clock);
};

} // namespace Taktline
