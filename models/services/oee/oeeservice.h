#pragma once

#include "domain/oee/oeeelements.h"
#include "domain/oee/statusspan.h"
#include "domain/outcome.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Taktline {

class Database;
class ScheduleService;

// How OEE rows are grouped. Line and workshop come from the machine; Product splits time by the
// operation of each status event and pieces by report; Shift and Day split by the calendar.
enum class OeeGrouping { Total, Machine, Line, Workshop, Product, Shift, Day };

struct OeeQuery
{
    qint64 fromMs = 0; // [fromMs, toMs), UTC ms; clipped to now when it reaches the future
    qint64 toMs = 0;
    QStringList machineIds; // empty: every active machine
    QString workshop;       // empty: every workshop
    OeeGrouping grouping = OeeGrouping::Machine;
};

// Why a row's figures are (partly) missing, for a clear statement instead of a number.
enum class OeeNotice {
    NoCalendarTime,     // the period has no working time in the calendar (and no overtime)
    NoStatusEvents,     // the machine never reported a status: its time is unknown
    NoProduction,       // nothing produced: effectiveness and quality cannot be told
    FuturePeriod,       // the period has not begun
    ReasonsWithoutClass, // some stop time has a reason the owner has not classed
    StandardTimeBasis,  // some pieces have no ideal cycle time: the standard time stood in
};

struct OeeRow
{
    QString key;   // machine id, line, workshop, product id, "HH:MM-HH:MM" shift, "yyyy-MM-dd"
    QString label; // as shown: machine code and name, product part no and name, …
    OeeElements elements;
    OeeFigures figures;
    QList<OeeNotice> notices;
};

struct OeeResult
{
    qint64 fromMs = 0;
    qint64 toMs = 0; // after clipping to now
    QList<OeeRow> rows;
    OeeRow total; // from the summed elements of the rows
};

// A stop behind a figure (drill-down from a Pareto bar or a machine's availability).
struct OeeStop
{
    QString machineId;
    QString machineCode;
    StatusSpan span; // clipped to the query's window and to working time
};

// OEE by ISO 22400-2 over the factory's facts: the calendar, machine status events (with the
// reasons given later), production reports and the ideal cycle times (docs/oee.md). Read-only.
class OeeService final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::OeeService)

public:
    // The calendar is the schedule's (ScheduleService::calendar()), read on every call.
    OeeService(std::shared_ptr<Database> db, const ScheduleService *schedule);
    ~OeeService();

    Result<OeeResult> compute(const OeeQuery &query, qint64 nowMs) const;
    // A machine's spans over [fromMs, toMs) (off-shift spans included), for the timeline.
    Result<QList<StatusSpan>> timeline(const QString &machineId, qint64 fromMs, qint64 toMs,
                                       qint64 nowMs) const;
    // The stops in the query's window whose use is one of USES (and, when REASON_ID is not
    // empty, with that reason), longest first; equally long ones in the order of USES. One pass
    // over the facts for all of them.
    Result<QList<OeeStop>> stops(const OeeQuery &query, const QList<TimeUse> &uses,
                                 const QString &reasonId, qint64 nowMs) const;

    static QString noticeText(OeeNotice notice); // translated sentence
    static QString timeUseDisplayName(TimeUse use); // translated: 运行, 换型, 未分类 …

private:
    std::shared_ptr<Database> m_db;
    const ScheduleService *m_schedule;
};

} // namespace Taktline
