#pragma once

#include "domain/outcome.h"
#include "domain/station/production.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Taktline {

class Workspace;

// A stop the demo's status history made, for the andon calls that go with it.
struct DemoStop
{
    QString machineId;
    QString eventId;
    MachineStatus status = MachineStatus::Down;
    QString reasonCode; // "" for an idle stop with no reason
    qint64 startMs = 0;
    qint64 endMs = 0; // the next event; 0 while it goes on
};

// Fills the demo factory's machine status history over the last DAYS days, realistic for OEE:
// a set-up at the start of each working day, running with the job of the day (JOBOF:
// "machine id|yyyy-MM-dd" → operation id), failures with their reasons, planned stops
// (maintenance, breaks), small stops and quality stops, idle stops nobody gave a reason for
// (unclassified), one breakdown that lasts through the night, idle after the last shift.
// Deterministic (fixed seed). Answers the stops it made, oldest first.
Result<QList<DemoStop>> buildDemoStatusHistory(Workspace &workspace, int days,
                                               const QHash<QString, QString> &jobOf);

} // namespace Taktline
