#pragma once

#include "domain/outcome.h"
#include "domain/station/production.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Taktline {

class Workspace;

// What a machine had to do on one day of the demo: the step it worked on and the ideal time of
// the pieces it reported (ideal cycle time × pieces ÷ capacity).
struct DemoMachineDay
{
    QString operationId;
    double idealSeconds = 0;
};

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
// a set-up at the start of each working day with work (DAYS: "machine id|yyyy-MM-dd"), running
// with the job of the day for about its ideal time ÷ 0.85, failures with their reasons, planned
// stops (maintenance, breaks), small stops and quality stops, idle stops nobody gave a reason
// for (unclassified), idle for want of orders (excluded) when the work is done or there is none,
// one breakdown that lasts through the night, idle after the last shift.
// Deterministic (fixed seed). Answers the stops it made, oldest first.
Result<QList<DemoStop>> buildDemoStatusHistory(Workspace &workspace, int days,
                                               const QHash<QString, DemoMachineDay> &work);

} // namespace Taktline
