#include "services/oee/oeeservice.h"

#include "domain/oee/oeecalculator.h"
#include "services/planning/scheduleservice.h"
#include "storage/database.h"
#include "storage/oee/oeerepository.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace Taktline {

namespace {

// One row being summed: its elements, and whether some of its stop time has a reason the owner
// has not classed.
struct Bucket
{
    QString label;
    int order = 0;
    OeeElements elements;
    bool unclassedReason = false;
};

QString shiftLabel(const WorkCalendar &calendar, int shift)
{
    if (shift < 0 || shift >= calendar.shifts().size())
        return OeeService::tr("Outside shifts");
    const Shift &s = calendar.shifts().at(shift);
    return s.start.toString(QStringLiteral("HH:mm")) + QStringLiteral("–") +
           s.end.toString(QStringLiteral("HH:mm"));
}

QList<OeeNotice> noticesOf(const Bucket &bucket, bool future)
{
    QList<OeeNotice> notices;
    const OeeElements &e = bucket.elements;
    if (future)
        notices << OeeNotice::FuturePeriod;
    else if (e.calendarSeconds + e.overtimeSeconds <= 0)
        notices << OeeNotice::NoCalendarTime;
    if (e.noStatusSeconds > 0)
        notices << OeeNotice::NoStatusEvents;
    if (!future && e.producedQty <= 0)
        notices << OeeNotice::NoProduction;
    if (bucket.unclassedReason)
        notices << OeeNotice::ReasonsWithoutClass;
    if (e.standardBasisQty > 0)
        notices << OeeNotice::StandardTimeBasis;
    return notices;
}

OeeRow rowOf(const QString &key, const Bucket &bucket, bool future)
{
    OeeRow row;
    row.key = key;
    row.label = bucket.label;
    row.elements = bucket.elements;
    row.figures = OeeFigures::of(bucket.elements);
    const OeeElements &e = bucket.elements;
    if (e.noStatusSeconds > 0 && e.noStatusSeconds >= e.calendarSeconds - 1e-3) {
        // Nothing is known about how the time went: no time figure at all, not a 0 %.
        OeeFigures unknown;
        unknown.quality = row.figures.quality;
        unknown.scrapRatio = row.figures.scrapRatio;
        unknown.reworkRatio = row.figures.reworkRatio;
        row.figures = unknown;
    }
    row.notices = noticesOf(bucket, future);
    return row;
}

} // namespace

OeeService::OeeService(std::shared_ptr<Database> db, const ScheduleService *schedule)
    : m_db(std::move(db))
    , m_schedule(schedule)
{
}

OeeService::~OeeService() = default;

Result<OeeResult> OeeService::compute(const OeeQuery &query, qint64 nowMs) const
{
    if (query.toMs <= query.fromMs)
        return Outcome::failure(tr("The period ends before it begins."));
    const bool future = query.fromMs >= nowMs;
    OeeResult result;
    result.fromMs = query.fromMs;
    result.toMs = future ? query.fromMs : std::min(query.toMs, nowMs);

    OeeRepository repository(m_db->connection());
    const Result<QList<OeeMachine>> machines = repository.machines(query.machineIds, query.workshop);
    if (!machines)
        return machines.outcome();
    const Result<QHash<QString, ReasonInfo>> reasons = repository.reasons();
    if (!reasons)
        return reasons.outcome();
    const QString onlyMachine = machines.value().size() == 1 ? machines.value().constFirst().id
                                                             : QString();
    const Result<QHash<QString, QList<StatusPoint>>> events =
        repository.events(result.fromMs, result.toMs, onlyMachine);
    if (!events)
        return events.outcome();
    const bool byTime = query.grouping == OeeGrouping::Shift || query.grouping == OeeGrouping::Day;
    const Result<QList<ReportedPieces>> reports =
        future ? Result<QList<ReportedPieces>>(QList<ReportedPieces>())
               : repository.reports(result.fromMs, result.toMs, byTime, onlyMachine);
    if (!reports)
        return reports.outcome();

    const WorkCalendar calendar = m_schedule->calendar();
    const OeeCalculator calculator(calendar, result.fromMs, result.toMs);
    QHash<QString, QString> products;  // operation → product, for Product grouping
    QHash<QString, QString> productLabels;
    if (query.grouping == OeeGrouping::Product) {
        QSet<QString> operations;
        for (const QList<StatusPoint> &list : events.value()) {
            for (const StatusPoint &point : list)
                operations.insert(point.operationId);
        }
        operations.remove(QString());
        const Result<QHash<QString, QString>> found = repository.productsOf(operations);
        const Result<QHash<QString, QString>> labels = repository.productLabels();
        if (!found || !labels)
            return !found ? found.outcome() : labels.outcome();
        products = found.value();
        productLabels = labels.value();
    }

    QHash<QString, Bucket> buckets;
    const auto bucket = [&](const OeeMachine &machine, const QString &operationId,
                            const QString &productId, const TimePiece &place) -> Bucket & {
        QString key;
        QString label;
        int order = 0;
        switch (query.grouping) {
        case OeeGrouping::Total: break;
        case OeeGrouping::Machine:
            key = machine.id;
            label = machine.code + QLatin1Char(' ') + machine.name;
            break;
        case OeeGrouping::Line:
            key = machine.line;
            label = key.isEmpty() ? tr("No line") : key;
            break;
        case OeeGrouping::Workshop:
            key = machine.workshop;
            label = key.isEmpty() ? tr("No workshop") : key;
            break;
        case OeeGrouping::Product:
            key = productId.isEmpty() ? products.value(operationId) : productId;
            label = key.isEmpty() ? tr("No job") : productLabels.value(key, key);
            break;
        case OeeGrouping::Shift:
            key = place.shift < 0 ? QString() : QString::number(place.shift);
            label = shiftLabel(calendar, place.shift);
            order = place.shift < 0 ? 1000 : place.shift;
            break;
        case OeeGrouping::Day:
            key = place.day.toString(Qt::ISODate);
            label = key;
            break;
        }
        auto it = buckets.find(key);
        if (it == buckets.end()) {
            it = buckets.insert(key, Bucket());
            it->label = label;
            it->order = order;
        }
        return *it;
    };

    // A stop is one delay event, in the row where it begins: rows then add up to the total.
    QSet<QString> counted;
    QHash<QString, const OeeMachine *> byId;
    for (const OeeMachine &machine : machines.value()) {
        byId.insert(machine.id, &machine);
        if (query.grouping == OeeGrouping::Machine)
            bucket(machine, {}, {}, {}); // every machine has a row, also in a future period
        const QList<TimePiece> pieces =
            calculator.pieces(events.value().value(machine.id), reasons.value());
        for (const TimePiece &piece : pieces) {
            Bucket &into = bucket(machine, piece.span.operationId, {}, piece);
            OeeCalculator::add(into.elements, piece, counted);
            if (piece.working && piece.span.use == TimeUse::Unclassified &&
                !piece.span.downtimeReasonId.isEmpty())
                into.unclassedReason = true;
        }
    }
    for (const ReportedPieces &report : reports.value()) {
        const OeeMachine *machine = byId.value(report.machineId);
        if (!machine)
            continue; // another workshop's, or a machine no longer active
        const TimePiece place = byTime ? calculator.placeOf(report.atMs) : TimePiece();
        OeeElements &e = bucket(*machine, report.operationId, report.productId, place).elements;
        const double produced = report.produced();
        e.producedQty += produced;
        e.goodQty += report.good;
        e.scrapQty += report.defective;
        e.reworkQty += report.rework;
        const bool ideal = report.idealSeconds > 0;
        e.idealSeconds += (ideal ? report.idealSeconds : report.standardSeconds) * produced /
                          machine->capacity;
        if (!ideal)
            e.standardBasisQty += produced;
    }

    QList<QString> keys = buckets.keys();
    if (query.grouping == OeeGrouping::Machine) {
        keys.clear();
        for (const OeeMachine &machine : machines.value())
            keys << machine.id;
    } else {
        std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
            const Bucket &x = buckets[a];
            const Bucket &y = buckets[b];
            return x.order != y.order ? x.order < y.order : x.label < y.label;
        });
    }
    Bucket all;
    all.label = tr("Total");
    for (const QString &key : keys) {
        const Bucket &one = buckets[key];
        result.rows.append(rowOf(key, one, future));
        all.elements += one.elements;
        all.unclassedReason = all.unclassedReason || one.unclassedReason;
    }
    result.total = rowOf(QString(), all, future);
    return result;
}

Result<QList<StatusSpan>> OeeService::timeline(const QString &machineId, qint64 fromMs,
                                               qint64 toMs, qint64 nowMs) const
{
    if (toMs <= fromMs)
        return Outcome::failure(tr("The period ends before it begins."));
    OeeRepository repository(m_db->connection());
    const qint64 end = std::clamp(nowMs, fromMs, toMs);
    const Result<QHash<QString, ReasonInfo>> reasons = repository.reasons();
    if (!reasons)
        return reasons.outcome();
    const Result<QHash<QString, QList<StatusPoint>>> events =
        repository.events(fromMs, end, machineId);
    if (!events)
        return events.outcome();
    const OeeCalculator calculator(m_schedule->calendar(), fromMs, end);
    QList<StatusSpan> spans;
    for (const TimePiece &piece : calculator.pieces(events.value().value(machineId), reasons.value()))
        spans.append(piece.span);
    return spans;
}

Result<QList<OeeStop>> OeeService::stops(const OeeQuery &query, const QList<TimeUse> &uses,
                                         const QString &reasonId, qint64 nowMs) const
{
    if (query.toMs <= query.fromMs)
        return Outcome::failure(tr("The period ends before it begins."));
    OeeRepository repository(m_db->connection());
    const Result<QList<OeeMachine>> machines = repository.machines(query.machineIds, query.workshop);
    if (!machines)
        return machines.outcome();
    const Result<QHash<QString, ReasonInfo>> reasons = repository.reasons();
    if (!reasons)
        return reasons.outcome();
    const qint64 end = std::clamp(nowMs, query.fromMs, query.toMs);
    const Result<QHash<QString, QList<StatusPoint>>> events =
        repository.events(query.fromMs, end,
                          machines.value().size() == 1 ? machines.value().constFirst().id : QString());
    if (!events)
        return events.outcome();
    const OeeCalculator calculator(m_schedule->calendar(), query.fromMs, end);
    QList<OeeStop> stops;
    for (const OeeMachine &machine : machines.value()) {
        for (const TimePiece &piece :
             calculator.pieces(events.value().value(machine.id), reasons.value())) {
            if (!piece.working || !uses.contains(piece.span.use))
                continue;
            if (!reasonId.isEmpty() && piece.span.downtimeReasonId != reasonId)
                continue;
            stops.append({machine.id, machine.code, piece.span});
        }
    }
    std::stable_sort(stops.begin(), stops.end(), [&uses](const OeeStop &a, const OeeStop &b) {
        if (a.span.durationMs() != b.span.durationMs())
            return a.span.durationMs() > b.span.durationMs();
        return uses.indexOf(a.span.use) < uses.indexOf(b.span.use);
    });
    return stops;
}

QString OeeService::noticeText(OeeNotice notice)
{
    switch (notice) {
    case OeeNotice::NoCalendarTime:
        return tr("No working time in the calendar for this period, so there is no planned time "
                  "to measure against.");
    case OeeNotice::NoStatusEvents:
        return tr("A machine had not reported any status yet; that time is counted as "
                  "unclassified, not as running.");
    case OeeNotice::NoProduction:
        return tr("Nothing was produced in this period: performance and quality cannot be told.");
    case OeeNotice::FuturePeriod:
        return tr("This period has not begun yet.");
    case OeeNotice::ReasonsWithoutClass:
        return tr("Some stops have a reason without an OEE class; they count as unclassified "
                  "until the reason is classed in Master data.");
    case OeeNotice::StandardTimeBasis:
        return tr("Some steps have no ideal cycle time: their standard time stands in, so "
                  "performance is on a standard-time basis.");
    }
    return {};
}

QString OeeService::timeUseDisplayName(TimeUse use)
{
    switch (use) {
    case TimeUse::Running: return tr("Running");
    case TimeUse::Setup: return tr("Set-up");
    case TimeUse::PlannedDown: return tr("Planned downtime");
    case TimeUse::Excluded: return tr("Excluded");
    case TimeUse::Availability: return tr("Failure");
    case TimeUse::Performance: return tr("Small stop");
    case TimeUse::Quality: return tr("Quality stop");
    case TimeUse::Unclassified: return tr("Unclassified");
    case TimeUse::NoStatus: return tr("No status");
    case TimeUse::OffShift: return tr("Off shift");
    }
    return {};
}

} // namespace Taktline
