#include "domain/planning/workcalendar.h"

#include <type_traits>

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Taktline {

namespace {

constexpr qint64 DayMs = 24 * 3600 * 1000;
constexpr qint64 EpochJulianDay = 2440588; // 1970-01-01

constexpr quint8 AllWeekOff = 0xFE; // bits 1 (Monday) to 7 (Sunday)

// What the planner reads when a calendar is refused.
const char *const NoWorkingTime = QT_TRANSLATE_NOOP(
    "Taktline::WorkCalendar",
    "The calendar has no working time: it needs at least one shift and one working weekday.");
const char *const InvalidShift =
    QT_TRANSLATE_NOOP("Taktline::WorkCalendar", "A shift needs a valid start and end time.");
const char *const EmptyShift =
    QT_TRANSLATE_NOOP("Taktline::WorkCalendar", "The shift %1 has no length.");
const char *const OverlappingShifts =
    QT_TRANSLATE_NOOP("Taktline::WorkCalendar", "The shifts %1 and %2 overlap.");
const char *const DayOffAndWorking = QT_TRANSLATE_NOOP(
    "Taktline::WorkCalendar", "%1 cannot be both a day off and an extra working day.");
const char *const Damaged =
    QT_TRANSLATE_NOOP("Taktline::WorkCalendar", "The stored working calendar is not valid: %1.");
const char *const UnknownZone = QT_TRANSLATE_NOOP(
    "Taktline::WorkCalendar", "The stored working calendar uses the time zone \"%1\", which this "
                              "computer does not know.");

QString text(const char *message)
{
    return QCoreApplication::translate("Taktline::WorkCalendar", message);
}

QString timeText(QTime time)
{
    return time.toString(time.second() == 0 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
}

QString shiftText(const Shift &shift)
{
    return timeText(shift.start) + QChar(0x2013) + timeText(shift.end);
}

bool startsEarlier(const Shift &a, const Shift &b)
{
    return a.start < b.start;
}

// The JSON keys of the specific days off and the extra working dates.
const QString *dateKeys()
{
    static const QString keys[2] = {QStringLiteral("datesOff"),
                                    QStringLiteral("extraWorkingDates")};
    return keys;
}

quint8 weekMask(const QList<Qt::DayOfWeek> &days)
{
    quint8 mask = 0;
    for (Qt::DayOfWeek day : days)
        mask |= quint8(1u << day) & AllWeekOff;
    return mask;
}

} // namespace

// The zone's UTC offset changes from 1990 to 2100, so converting a shift boundary is a binary
// search rather than a QDateTime round trip; outside that range QTimeZone answers directly.
// Built once per zone and shared read-only by every calendar in that zone.
struct WorkCalendar::ZoneOffsets
{
    static std::shared_ptr<const ZoneOffsets> of(const QTimeZone &zone)
    {
        static QMutex mutex;
        static QHash<QByteArray, std::shared_ptr<const ZoneOffsets>> cache;
        const QMutexLocker lock(&mutex);
        std::shared_ptr<const ZoneOffsets> &slot = cache[zone.isValid() ? zone.id() : QByteArray()];
        if (!slot) {
            auto offsets = std::make_shared<ZoneOffsets>();
            const QDateTime from = QDateTime::fromMSecsSinceEpoch(FromMs, QTimeZone::utc());
            const QDateTime to = QDateTime::fromMSecsSinceEpoch(ToMs, QTimeZone::utc());
            offsets->initialOffsetMs = zone.isValid() ? zone.offsetFromUtc(from) * 1000 : 0;
            const auto changes = zone.isValid() && zone.hasTransitions()
                                     ? zone.transitions(from, to)
                                     : QTimeZone::OffsetDataList();
            for (const QTimeZone::OffsetData &change : changes) {
                offsets->atUtcMs.push_back(change.atUtc.toMSecsSinceEpoch());
                offsets->offsetMs.push_back(change.offsetFromUtc * 1000);
            }
            slot = std::move(offsets);
        }
        return slot;
    }

    static constexpr qint64 FromMs = 631152000000; // 1990-01-01T00:00Z
    static constexpr qint64 ToMs = 4102444800000;  // 2100-01-01T00:00Z
    int initialOffsetMs = 0;
    std::vector<qint64> atUtcMs;
    std::vector<int> offsetMs;
};

WorkCalendar WorkCalendar::defaultCalendar(const QTimeZone &zone)
{
    return WorkCalendar(defaultShifts(), quint8(1u << Qt::Sunday), {}, {}, zone);
}

WorkCalendar::WorkCalendar(QList<Shift> shifts, quint8 weeklyOffMask, QSet<QDate> datesOff,
                           QSet<QDate> extraWorkingDates, const QTimeZone &zone)
    : m_shifts(std::move(shifts))
    , m_weeklyOffMask(weeklyOffMask)
    , m_datesOff(std::move(datesOff))
    , m_extraWorkingDates(std::move(extraWorkingDates))
    , m_zone(zone)
    , m_offsets(ZoneOffsets::of(zone))
{
    std::sort(m_shifts.begin(), m_shifts.end(), startsEarlier);
}

Outcome WorkCalendar::validateShifts(const QList<Shift> &shifts)
{
    if (shifts.isEmpty())
        return Outcome::failure(text(NoWorkingTime));
    for (const Shift &shift : shifts) {
        if (!shift.start.isValid() || !shift.end.isValid())
            return Outcome::failure(text(InvalidShift));
        if (shift.start == shift.end)
            return Outcome::failure(text(EmptyShift).arg(shiftText(shift)));
    }
    QList<Shift> sorted = shifts;
    std::sort(sorted.begin(), sorted.end(), startsEarlier);
    // On the 24-hour circle each shift must end before the next one starts; the last one is
    // compared with the first of the next day, which catches a night shift eating the morning.
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const bool wraps = i + 1 == sorted.size();
        const Shift &shift = sorted.at(i);
        const Shift &next = sorted.at(wraps ? 0 : i + 1);
        const int end = shift.start.msecsSinceStartOfDay() + shift.lengthSeconds() * 1000;
        if (end > next.start.msecsSinceStartOfDay() + (wraps ? int(DayMs) : 0))
            return Outcome::failure(text(OverlappingShifts).arg(shiftText(shift), shiftText(next)));
    }
    return Outcome::success();
}

Outcome WorkCalendar::validate(const QList<Shift> &shifts,
                               const QList<Qt::DayOfWeek> &weeklyDaysOff,
                               const QSet<QDate> &datesOff, const QSet<QDate> &extraWorkingDates)
{
    if (const Outcome outcome = validateShifts(shifts); !outcome)
        return outcome;
    if (weekMask(weeklyDaysOff) == AllWeekOff)
        return Outcome::failure(text(NoWorkingTime));
    for (const QDate &date : datesOff) {
        if (extraWorkingDates.contains(date))
            return Outcome::failure(text(DayOffAndWorking).arg(date.toString(Qt::ISODate)));
    }
    return Outcome::success();
}

Result<WorkCalendar> WorkCalendar::create(QList<Shift> shifts, QList<Qt::DayOfWeek> weeklyDaysOff,
                                          QSet<QDate> datesOff, QSet<QDate> extraWorkingDates,
                                          const QTimeZone &zone)
{
    if (Outcome outcome = validate(shifts, weeklyDaysOff, datesOff, extraWorkingDates); !outcome)
        return outcome;
    // An invalid date can never be a working day or a day off; dropping it keeps toJson() exact.
    datesOff.remove(QDate());
    extraWorkingDates.remove(QDate());
    return WorkCalendar(std::move(shifts), weekMask(weeklyDaysOff), std::move(datesOff),
                        std::move(extraWorkingDates), zone);
}

int WorkCalendar::offsetMsAt(qint64 utcMs) const
{
    const ZoneOffsets &z = *m_offsets;
    if (utcMs < ZoneOffsets::FromMs || utcMs >= ZoneOffsets::ToMs) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc());
        return m_zone.isValid() ? m_zone.offsetFromUtc(at) * 1000 : 0;
    }
    const auto next = std::upper_bound(z.atUtcMs.begin(), z.atUtcMs.end(), utcMs);
    return next == z.atUtcMs.begin() ? z.initialOffsetMs
                                     : z.offsetMs[size_t(next - z.atUtcMs.begin() - 1)];
}

// Local wall-clock milliseconds (days since 1970 × 86,400,000 + time of day) to UTC. A local
// time skipped by a DST jump maps to the same reading after the jump, as QDateTime does.
qint64 WorkCalendar::localToUtc(qint64 localMs) const
{
    const int guess = offsetMsAt(localMs - offsetMsAt(localMs));
    const qint64 first = localMs - guess;
    const int actual = offsetMsAt(first);
    if (actual == guess)
        return first;
    const qint64 second = localMs - actual;
    if (offsetMsAt(second) == actual)
        return second;
    return std::max(first, second);
}

QDate WorkCalendar::localDate(qint64 utcMs) const
{
    const qint64 localMs = utcMs + offsetMsAt(utcMs);
    return QDate::fromJulianDay(EpochJulianDay + localMs / DayMs - (localMs % DayMs < 0 ? 1 : 0));
}

qint64 WorkCalendar::startOfDayUtcMs(QDate date) const
{
    return localToUtc((date.toJulianDay() - EpochJulianDay) * DayMs);
}

double WorkCalendar::workingSecondsPerDay(QDate date) const
{
    if (!isWorkingDay(date))
        return 0;
    const qint64 midnight = (date.toJulianDay() - EpochJulianDay) * DayMs;
    qint64 total = 0;
    for (const Shift &shift : m_shifts) {
        const qint64 start = midnight + shift.start.msecsSinceStartOfDay();
        total += localToUtc(start + shift.lengthSeconds() * 1000LL) - localToUtc(start);
    }
    return double(total) / 1000.0;
}

// Visits the working intervals that end after fromUtcMs, in order, one local day at a time
// (starting the day before, whose night shift may still run), until visit returns false.
// Returns false only if no working time turns up for longer than the calendar allows.
template<typename Visit> bool WorkCalendar::walk(qint64 fromUtcMs, Visit visit) const
{
    if (fromUtcMs == Never)
        return false;
    // A built calendar works on at least one weekday, so only specific days off can make a
    // longer idle stretch than a week; past that the calendar has no more working time.
    const qint64 maxIdleDays = qint64(m_datesOff.size()) + 9;
    qint64 idleDays = 0;
    qint64 lastEnd = std::numeric_limits<qint64>::min();
    for (qint64 jd = localDate(fromUtcMs).toJulianDay() - 1; idleDays <= maxIdleDays; ++jd) {
        bool worked = false;
        if (isWorkingDay(QDate::fromJulianDay(jd))) {
            const qint64 midnight = (jd - EpochJulianDay) * DayMs;
            for (qsizetype index = 0; index < m_shifts.size(); ++index) {
                const Shift &shift = m_shifts.at(index);
                const qint64 startLocal = midnight + shift.start.msecsSinceStartOfDay();
                const qint64 start = std::max(localToUtc(startLocal), lastEnd);
                const qint64 end = localToUtc(startLocal + shift.lengthSeconds() * 1000LL);
                if (end <= start)
                    continue;
                lastEnd = end;
                if (end <= fromUtcMs)
                    continue;
                worked = true;
                bool more = true;
                if constexpr (std::is_invocable_v<Visit, WorkingInterval, int, QDate>)
                    more = visit(WorkingInterval{start, end}, int(index), QDate::fromJulianDay(jd));
                else
                    more = visit(WorkingInterval{start, end});
                if (!more)
                    return true;
            }
        }
        idleDays = worked ? 0 : idleDays + 1;
    }
    return false;
}

qint64 WorkCalendar::nextWorkingMoment(qint64 utcMs) const
{
    qint64 moment = Never;
    walk(utcMs, [&](const WorkingInterval &interval) {
        moment = std::max(utcMs, interval.startMs);
        return false;
    });
    return moment;
}

qint64 WorkCalendar::addWorkingSeconds(qint64 startUtcMs, double seconds) const
{
    if (!(seconds >= 0.0005)) // also NaN; less than half a millisecond is no work at all
        return startUtcMs;
    if (seconds > 1e12) // over 30,000 years of work: not a plan, and would overflow below
        return Never;
    qint64 remaining = std::llround(seconds * 1000.0);
    qint64 end = Never;
    walk(startUtcMs, [&](const WorkingInterval &interval) {
        const qint64 from = std::max(startUtcMs, interval.startMs);
        const qint64 available = interval.endMs - from;
        if (remaining <= available) {
            end = from + remaining;
            return false;
        }
        remaining -= available;
        return true;
    });
    return end;
}

double WorkCalendar::workingSecondsBetween(qint64 fromUtcMs, qint64 toUtcMs) const
{
    qint64 total = 0;
    for (const WorkingInterval &interval : workingIntervals(fromUtcMs, toUtcMs))
        total += interval.endMs - interval.startMs;
    return double(total) / 1000.0;
}

QList<WorkingInterval> WorkCalendar::workingIntervals(qint64 fromUtcMs, qint64 toUtcMs) const
{
    QList<WorkingInterval> intervals;
    if (toUtcMs <= fromUtcMs)
        return intervals;
    walk(fromUtcMs, [&](const WorkingInterval &interval) {
        if (interval.startMs >= toUtcMs)
            return false;
        intervals.append(
            {std::max(fromUtcMs, interval.startMs), std::min(toUtcMs, interval.endMs)});
        return true;
    });
    return intervals;
}

QList<ShiftInterval> WorkCalendar::shiftIntervals(qint64 fromUtcMs, qint64 toUtcMs) const
{
    QList<ShiftInterval> intervals;
    if (toUtcMs <= fromUtcMs)
        return intervals;
    walk(fromUtcMs, [&](const WorkingInterval &interval, int shift, QDate day) {
        if (interval.startMs >= toUtcMs)
            return false;
        intervals.append({{std::max(fromUtcMs, interval.startMs), std::min(toUtcMs, interval.endMs)},
                          shift,
                          day});
        return true;
    });
    return intervals;
}

QTimeZone WorkCalendar::zoneFromId(const QString &id)
{
    // Not isTimeZoneIdAvailable(): Qt 6.4 lists only zone.tab's zones there, without aliases
    // such as "Etc/UTC", "Etc/GMT" or "PRC" that the system itself reports and QTimeZone
    // loads. An empty id would construct the system zone, so it is refused like a wrong one.
    const bool ascii = std::all_of(id.cbegin(), id.cend(), [](QChar ch) {
        return ch.unicode() > 0x20 && ch.unicode() < 0x7F;
    });
    if (id.isEmpty() || !ascii)
        return {};
    return QTimeZone(id.toLatin1());
}

// {"shifts":[["08:00","12:00"],…],"weeklyDaysOff":[7],"datesOff":[…],"extraWorkingDates":[…],
//  "timeZone":"Asia/Shanghai"}; weekdays are Qt::DayOfWeek numbers (Monday = 1).
QString WorkCalendar::toJson() const
{
    QJsonArray shifts;
    for (const Shift &shift : m_shifts)
        shifts.append(QJsonArray{timeText(shift.start), timeText(shift.end)});
    QJsonArray daysOff;
    for (Qt::DayOfWeek day : weeklyDaysOff())
        daysOff.append(int(day));
    QJsonObject object{{QStringLiteral("shifts"), shifts},
                       {QStringLiteral("weeklyDaysOff"), daysOff}};
    for (int i : {0, 1}) {
        const QSet<QDate> &dates = i == 0 ? m_datesOff : m_extraWorkingDates;
        QList<QDate> sorted(dates.begin(), dates.end());
        std::sort(sorted.begin(), sorted.end());
        QJsonArray array;
        for (const QDate &date : sorted)
            array.append(date.toString(Qt::ISODate));
        if (!array.isEmpty())
            object.insert(dateKeys()[i], array);
    }
    if (m_zone.isValid())
        object.insert(QStringLiteral("timeZone"), QString::fromLatin1(m_zone.id()));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<WorkCalendar> WorkCalendar::fromJson(const QString &json)
{
    const auto damaged = [](const QString &detail) {
        return Outcome::failure(text(Damaged).arg(detail));
    };
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return damaged(error.errorString());
    const QJsonObject object = document.object();
    const QJsonValue shiftsValue = object.value(QStringLiteral("shifts"));
    if (!document.isObject() || !shiftsValue.isArray())
        return damaged(QStringLiteral("shifts"));
    QList<Shift> shifts;
    for (const QJsonValue &item : shiftsValue.toArray()) {
        const QJsonArray pair = item.toArray();
        const Shift shift{QTime::fromString(pair.at(0).toString(), Qt::ISODate),
                          QTime::fromString(pair.at(1).toString(), Qt::ISODate)};
        if (pair.size() != 2 || !shift.start.isValid() || !shift.end.isValid())
            return damaged(QStringLiteral("shifts"));
        shifts.append(shift);
    }
    const QJsonValue daysValue = object.value(QStringLiteral("weeklyDaysOff"));
    QList<Qt::DayOfWeek> weeklyDaysOff;
    for (const QJsonValue &item : daysValue.toArray()) {
        const int day = item.toInt(0);
        if (day < Qt::Monday || day > Qt::Sunday)
            return damaged(QStringLiteral("weeklyDaysOff"));
        weeklyDaysOff.append(Qt::DayOfWeek(day));
    }
    if (!daysValue.isArray())
        return damaged(QStringLiteral("weeklyDaysOff"));
    QSet<QDate> dates[2];
    for (int i : {0, 1}) {
        const QJsonValue value = object.value(dateKeys()[i]);
        for (const QJsonValue &item : value.toArray())
            dates[i].insert(QDate::fromString(item.toString(), Qt::ISODate));
        if (!(value.isArray() || value.isUndefined()) || dates[i].contains(QDate()))
            return damaged(dateKeys()[i]);
    }
    QTimeZone zone = QTimeZone::systemTimeZone();
    if (const QJsonValue value = object.value(QStringLiteral("timeZone")); !value.isUndefined()) {
        if (!value.isString())
            return damaged(QStringLiteral("timeZone"));
        zone = zoneFromId(value.toString());
        if (!zone.isValid())
            return Outcome::failure(text(UnknownZone).arg(value.toString()));
    }
    return create(std::move(shifts), std::move(weeklyDaysOff), std::move(dates[0]),
                  std::move(dates[1]), zone);
}

} // namespace Taktline
