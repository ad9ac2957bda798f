#pragma once

#include <QString>

class QWidget;

namespace Taktline {

class MainWindow;
class Workspace;

// What `taktline screenshot station/andon`, `machines/andon` and `timeline` show on the demo.
// Andon calls the way a shift has them: one waiting past the escalation time (at
// STATION_MACHINE_ID when given), one just made, one being answered.
void showcaseAndonCalls(Workspace &workspace, const QString &stationMachineId);
// The timeline of the machine with the most stops and reports on a day of the past week, opened
// over the Machines page WIDTH pixels wide, an unclassified stop chosen; null without machines.
QWidget *openShowcaseTimeline(MainWindow &window, Workspace &workspace, int width);

} // namespace Taktline
