#include "demo/demostatushistory.h"

#include "services/masterdata/masterdataservice.h"
#include "services/planning/scheduleservice.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "storage/station/productionrepository.h"
#include "storage/uuid.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Taktline {

namespace {

constexpr qint64 Minute = 60 * 1000;

// A stop of one kind: its status, the reason codes it draws from ("" none) and how long it lasts.
struct StopKind
{
    int chance; // per cent of the running stretches that end in it
    MachineStatus status;
    QList<const char *> reasons;
    int minMinutes, maxMinutes;
};

const QList<StopKind> &stopKinds()
{
    static const QList<StopKind> kinds = {
        {7, MachineStatus::Down, {"D05", "D05", "D04", "D07"}, 20, 90}, // failures
        {7, MachineStatus::Idle, {""}, 10, 40},                          // nobody said why
        {3, MachineStatus::Maintenance, {""}, 20, 45},                   // planned maintenance
        {3, MachineStatus::Down, {"D03", "D08", "D01"}, 20, 45},         // planned stops
        {6, MachineStatus::Down, {"D10"}, 3, 12},                        // small stops
        {2, MachineStatus::Down, {"D06"}, 15, 40},                       // quality problem
    };
    return kinds;
}

// The first day of the last week whose next day works too: the night of the breakdown.
QDate nightOfTheBreakdown(const WorkCalendar &calendar, const QDate &today)
{
    for (QDate day = today.addDays(-6); day < today.addDays(-1); day = day.addDays(1)) {
        if (calendar.isWorkingDay(day) && calendar.isWorkingDay(day.addDays(1)))
            return day;
    }
    return {};
}

} // namespace

Result<QList<DemoStop>> buildDemoStatusHistory(Workspace &workspace, int days,
                                               const QHash<QString, DemoMachineDay> &work)
{
    QRandomGenerator random(20261206);
    ProductionRepository repository(workspace.database().connection());
    const QList<MasterRecord> machines =
        workspace.masterData()->list(MasterDataKind::Machine, false).value();
    QHash<QString, QString> reasonId;
    for (const MasterRecord &reason :
         workspace.masterData()->list(MasterDataKind::DowntimeReason, false).value())
        reasonId.insert(reason.text(QStringLiteral("code")), reason.id);
    const WorkCalendar calendar = workspace.schedule()->calendar();
    const qint64 now = workspace.clock().nowMs();
    const QDate today = workspace.clock().today();
    const QDate breakdownNight = nightOfTheBreakdown(calendar, today);
    const QString noOrders = reasonId.value(QStringLiteral("D09"));

    QList<DemoStop> stops;
    for (qsizetype m = 0; m < machines.size(); ++m) {
        const QString machineId = machines.at(m).id;
        QList<MachineStatusEvent> events;
        QList<qsizetype> stopAt; // indexes into events of the stops
        const auto add = [&](MachineStatus status, qint64 atMs, const QString &reason,
                             const QString &operationId) {
            MachineStatusEvent e;
            e.id = newUuidV7();
            e.machineId = machineId;
            e.status = status;
            e.downtimeReasonId = reason;
            e.operationId = operationId;
            e.atMs = atMs;
            e.deviceId = workspace.database().deviceId();
            events.append(e);
        };
        for (QDate day = today.addDays(-days); day <= today; day = day.addDays(1)) {
            const QList<WorkingInterval> shifts = calendar.workingIntervals(
                calendar.startOfDayUtcMs(day), calendar.startOfDayUtcMs(day.addDays(1)));
            if (shifts.isEmpty())
                continue;
            const DemoMachineDay planned =
                work.value(machineId + QLatin1Char('|') + day.toString(Qt::ISODate));
            const QString &job = planned.operationId;
            const qint64 start = shifts.first().startMs;
            const qint64 end = shifts.last().endMs;
            // The second machine breaks down late on the night's day and stays down overnight.
            const bool overnight = m == 1 && day == breakdownNight;
            if (job.isEmpty() && !overnight) {
                add(MachineStatus::Idle, start, noOrders, {}); // nothing to do all day
                continue;
            }
            // Set-up at the start of the day, longer on a changeover day, short for a short job.
            add(MachineStatus::Setup, start, {}, job);
            const qint64 setupMinutes = 15 + (random.bounded(100) < 25 ? 15 + random.bounded(25) : 0);
            const qint64 shortJob = std::max<qint64>(5, qint64(planned.idealSeconds / 60 * 0.15));
            qint64 t = start + (overnight ? setupMinutes : std::min(setupMinutes, shortJob)) * Minute;
            add(MachineStatus::Running, t, {}, job);
            // Running for about the work's ideal time at 85 % speed, then idle for want of orders.
            qint64 runLeft = overnight ? end - start : qint64(planned.idealSeconds / 0.85 * 1000);
            const qint64 lastStop = overnight ? end - 45 * Minute : end - 20 * Minute;
            bool workDone = false;
            while (true) {
                const qint64 stretch = std::min<qint64>(runLeft, (50 + random.bounded(120)) * Minute);
                t += stretch;
                runLeft -= stretch;
                if (t + 10 * Minute >= lastStop)
                    break;
                if (runLeft <= 0) {
                    stopAt.append(events.size());
                    add(MachineStatus::Idle, t, noOrders, {});
                    workDone = true;
                    break;
                }
                int roll = random.bounded(100);
                const StopKind *kind = nullptr;
                for (const StopKind &k : stopKinds()) {
                    if (roll < k.chance) {
                        kind = &k;
                        break;
                    }
                    roll -= k.chance;
                }
                if (!kind)
                    continue;
                const char *code = kind->reasons.at(random.bounded(int(kind->reasons.size())));
                stopAt.append(events.size());
                add(kind->status, t, reasonId.value(QString::fromLatin1(code)), {});
                t += (kind->minMinutes + random.bounded(kind->maxMinutes - kind->minMinutes + 1))
                    * Minute;
                if (t >= lastStop)
                    break;
                add(MachineStatus::Running, t, {}, job);
            }
            if (overnight) {
                stopAt.append(events.size());
                add(MachineStatus::Down, lastStop, reasonId.value(QStringLiteral("D05")), {});
            } else if (!workDone) {
                // Work left at the end of the shift is finished in overtime, for at most 3 h.
                const qint64 overtime = std::clamp<qint64>(runLeft, 0, 3 * 60 * Minute);
                add(MachineStatus::Idle, end + overtime, {}, {}); // after the last shift
            }
        }
        for (const MachineStatusEvent &e : std::as_const(events)) {
            if (e.atMs > now)
                break; // today's shift goes on
            if (Outcome done = repository.insertStatusEvent(e); !done)
                return done;
        }
        for (qsizetype i : std::as_const(stopAt)) {
            const MachineStatusEvent &e = events.at(i);
            if (e.atMs > now)
                break;
            const qint64 next = i + 1 < events.size() ? events.at(i + 1).atMs : 0;
            QString code;
            for (auto it = reasonId.cbegin(); it != reasonId.cend(); ++it) {
                if (!e.downtimeReasonId.isEmpty() && it.value() == e.downtimeReasonId)
                    code = it.key();
            }
            stops.append({machineId, e.id, e.status, code, e.atMs, next <= now ? next : 0});
        }
    }
    std::stable_sort(stops.begin(), stops.end(),
                     [](const DemoStop &a, const DemoStop &b) { return a.startMs < b.startMs; });
    return stops;
}

} // namespace Taktline
