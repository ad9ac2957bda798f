#pragma once

#include "demo/demostatushistory.h"
#include "domain/outcome.h"

namespace Taktline {

class Workspace;

// The demo's andon calls (安灯) and the reasons given to stops after the fact: a maintenance call
// for each breakdown of the last two weeks, material and quality calls for those stops, a few
// calls from operators at unexplained stops, each acknowledged and closed by a supervisor at its
// time; now one call still open, one acknowledged, one nobody answered (escalated). One idle stop
// nobody explained gets its reason later. Through AndonService, with the workspace's clock set to
// each moment; the reason given later is written as a status_event_reasons fact.
Outcome buildDemoAndon(Workspace &workspace, const QList<DemoStop> &stops);

} // namespace Taktline
