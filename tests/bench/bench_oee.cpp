// OEE of a month for 100 machines, grouped by machine, over 2,000,000 production reports and
// their machine status events (two months of history): OeeService::compute against a raw SQL
// aggregate of the same figures in the same run — the pieces (good, scrap, rework) and ideal
// time per machine, and the status durations per machine via a window function. Aim: under
// 300 ms and within 2× of raw. The history is bulk-loaded with plain SQL in one transaction;
// the fact tables' chain triggers (a hash and an outbox row per fact) are set aside while it
// loads and put back after, as OEE only reads.
#include "benchreport.h"
#include "domain/planning/workcalendar.h"
#include "services/masterdata/masterdataservice.h"
#include "services/oee/oeeservice.h"
#include "services/planning/scheduleservice.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "storage/uuid.h"
#include "testworkspace.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Taktline;

namespace {

constexpr int MachineCount = 100;
constexpr int ReportCount = 2000000;
constexpr int OrderCount = 1000;
constexpr int StepsPerOrder = 2;
constexpr int HistoryDays = 60;
constexpr int Runs = 5;
constexpr qint64 Minute = 60 * 1000;

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void execOrDie(QSqlQuery &query, const char *what)
{
    if (!query.exec())
        qFatal("fill %s: %s", what, qPrintable(query.lastError().text()));
}

void execOrDie(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        qFatal("fill: %s\n%s", qPrintable(query.lastError().text()), qPrintable(sql));
}

QString must(const Result<QString> &id, const char *what)
{
    if (!id)
        qFatal("fill %s: %s", what, qPrintable(id.error()));
    return id.value();
}

QString add(Workspace &ws, MasterDataKind kind, const QVariantMap &values)
{
    MasterRecord record;
    record.values = values;
    return must(ws.masterData()->create(kind, record), "master data");
}

// Master data through the services; orders, steps, reports and status events with plain SQL.
void fill(Workspace &ws)
{
    const Result<WorkCalendar> calendar =
        WorkCalendar::create(WorkCalendar::defaultShifts(), {Qt::Sunday}, {});
    if (!calendar || !ws.schedule()->setCalendar(calendar.value()))
        qFatal("fill: calendar");
    QStringList machines;
    for (int m = 0; m < MachineCount; ++m) {
        machines << add(ws, MasterDataKind::Machine,
                        {{QStringLiteral("code"), QStringLiteral("M%1").arg(m, 3, 10, QLatin1Char('0'))},
                         {QStringLiteral("name"), QStringLiteral("机台 %1").arg(m)},
                         {QStringLiteral("workshop"), QStringLiteral("车间 %1").arg(m / 25)},
                         {QStringLiteral("line"), QStringLiteral("线 %1").arg(m / 10)},
                         {QStringLiteral("capacity"), 1 + m % 3 / 2}});
    }
    const QString employee = add(ws, MasterDataKind::Employee,
                                 {{QStringLiteral("badge"), QStringLiteral("E001")},
                                  {QStringLiteral("name"), QStringLiteral("王建国")}});
    const char *classes[] = {"availability", "planned", "performance", "quality", ""};
    QStringList reasons;
    for (int r = 0; r < 5; ++r) {
        reasons << add(ws, MasterDataKind::DowntimeReason,
                       {{QStringLiteral("code"), QStringLiteral("D%1").arg(r)},
                        {QStringLiteral("name"), QStringLiteral("原因 %1").arg(r)},
                        {QStringLiteral("oee_class"), QString::fromLatin1(classes[r])}});
    }
    QStringList products;
    for (int p = 0; p < 10; ++p) {
        products << add(ws, MasterDataKind::Product,
                        {{QStringLiteral("part_no"), QStringLiteral("P-%1").arg(p)},
                         {QStringLiteral("name"), QStringLiteral("零件 %1").arg(p)}});
    }

    QSqlDatabase db = ws.database().connection();
    // The chain triggers of the two fact tables, set aside while the history loads.
    QStringList triggers;
    {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                  "AND tbl_name IN ('production_reports', 'machine_status_events') "
                                  "AND name NOT LIKE '%_no_update' AND name NOT LIKE '%_no_delete'"));
        QStringList names;
        while (query.next()) {
            names << query.value(0).toString();
            triggers << query.value(1).toString();
        }
        for (const QString &name : names)
            execOrDie(db, QStringLiteral("DROP TRIGGER %1").arg(name));
    }
    // A page cache big enough that the load does not spill pages into the WAL again and again.
    execOrDie(db, QStringLiteral("PRAGMA cache_size = -262144"));
    db.transaction();
    execOrDie(db, QStringLiteral("CREATE TEMP TABLE bench_ops (n INTEGER PRIMARY KEY, id TEXT, "
                                 "work_order_id TEXT, machine_id TEXT)"));
    QSqlQuery order(db);
    order.prepare(QStringLiteral(
        "INSERT INTO work_orders (id, number, product_id, quantity, due_date, state, created_at, "
        "updated_at) VALUES (?, ?, ?, 1000000, ?, 'in_progress', 0, 0)"));
    QSqlQuery op(db);
    op.prepare(QStringLiteral(
        "INSERT INTO work_order_operations (id, work_order_id, seq, name, standard_seconds, "
        "ideal_seconds, machine_id, queue_rank, created_at, updated_at) "
        "VALUES (?, ?, ?, '工序', ?, ?, ?, ?, 0, 0)"));
    QSqlQuery numbered(db);
    numbered.prepare(QStringLiteral("INSERT INTO bench_ops VALUES (?, ?, ?, ?)"));
    const QString due = QDate::currentDate().addDays(30).toString(Qt::ISODate);
    int n = 0;
    for (int i = 0; i < OrderCount; ++i) {
        const QString orderId = newUuidV7();
        order.addBindValue(orderId);
        order.addBindValue(QStringLiteral("WO-BENCH-%1").arg(i, 6, 10, QLatin1Char('0')));
        order.addBindValue(products.at(i % products.size()));
        order.addBindValue(due);
        execOrDie(order, "order");
        for (int s = 0; s < StepsPerOrder; ++s, ++n) {
            const QString opId = newUuidV7();
            const QString machine = machines.at(n % MachineCount);
            op.addBindValue(opId);
            op.addBindValue(orderId);
            op.addBindValue((s + 1) * 10);
            op.addBindValue(2.0 + n % 5);
            // One step in five has no ideal cycle time: its standard time stands in.
            op.addBindValue(n % 5 == 4 ? QVariant(QMetaType(QMetaType::Double))
                                       : QVariant(1.5 + n % 5));
            op.addBindValue(machine);
            op.addBindValue(double(n));
            execOrDie(op, "operation");
            numbered.addBindValue(n);
            numbered.addBindValue(opId);
            numbered.addBindValue(orderId);
            numbered.addBindValue(machine);
            execOrDie(numbered, "numbered operation");
        }
    }
    // Two million reports, evenly over the history up to an hour ago.
    const qint64 now = ws.clock().nowMs();
    const qint64 start = now - qint64(HistoryDays) * 24 * 60 * Minute;
    QSqlQuery reports(db);
    reports.prepare(QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
        "INSERT INTO production_reports (id, work_order_id, operation_id, machine_id, "
        "employee_id, good, defective, rework, reported_at, device_id) "
        "SELECT printf('bench-r-%08d', i), o.work_order_id, o.id, o.machine_id, :employee, "
        "10 - (i % 50 = 0) - (i % 97 = 0), i % 50 = 0, i % 97 = 0, :start + i * :step, 'bench' "
        "FROM n JOIN bench_ops o ON o.n = i % %2")
                        .arg(ReportCount - 1)
                        .arg(OrderCount * StepsPerOrder));
    reports.bindValue(QStringLiteral(":employee"), employee);
    reports.bindValue(QStringLiteral(":start"), start);
    reports.bindValue(QStringLiteral(":step"), (now - 60 * Minute - start) / ReportCount);
    execOrDie(reports, "reports");

    // Each working day: set-up, running, a stop with a reason (one of each class, or none),
    // an idle stop nobody explained, idle after the last shift.
    QSqlQuery event(db);
    event.prepare(QStringLiteral(
        "INSERT INTO machine_status_events (id, machine_id, status, downtime_reason_id, at, "
        "device_id) VALUES (?, ?, ?, ?, ?, 'bench')"));
    const QDate today = ws.clock().today();
    int events = 0;
    for (int m = 0; m < MachineCount; ++m) {
        for (QDate day = today.addDays(-HistoryDays); day < today; day = day.addDays(1)) {
            if (!calendar.value().isWorkingDay(day))
                continue;
            const qint64 midnight = calendar.value().startOfDayUtcMs(day);
            const int d = int(day.toJulianDay());
            const QList<std::tuple<int, const char *, QString>> plan = {
                {8 * 60, "setup", QString()},
                {8 * 60 + 20, "running", QString()},
                {10 * 60 + (m + d) % 60, "down", reasons.at((m + d) % 5)},
                {10 * 60 + 80, "running", QString()},
                {14 * 60, "idle", QString()},
                {14 * 60 + 5 + m % 10, "running", QString()},
                {17 * 60 + 30, "idle", QString()}};
            for (const auto &[minute, status, reason] : plan) {
                event.addBindValue(newUuidV7());
                event.addBindValue(machines.at(m));
                event.addBindValue(QString::fromLatin1(status));
                event.addBindValue(reason.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                    : QVariant(reason));
                event.addBindValue(midnight + minute * Minute);
                execOrDie(event, "status event");
                ++events;
            }
        }
    }
    execOrDie(db, QStringLiteral("DROP TABLE bench_ops"));
    if (!db.commit())
        qFatal("fill: commit: %s", qPrintable(db.lastError().text()));
    for (const QString &sql : std::as_const(triggers))
        execOrDie(db, sql);
    execOrDie(db, QStringLiteral("ANALYZE"));
    std::printf("# %d production reports, %d status events, %d machines\n", ReportCount, events,
                MachineCount);
}

struct Raw
{
    double produced = 0;
    double statusSeconds = 0;
};

// The same figures with plain SQL: pieces and ideal time per machine, and the status durations
// per machine, status and reason (a reason given later wins) via LEAD over each machine's events.
Raw rawAggregate(const QSqlDatabase &db, qint64 fromMs, qint64 toMs)
{
    Raw raw;
    QSqlQuery pieces(db);
    pieces.setForwardOnly(true);
    pieces.prepare(QStringLiteral(
        "SELECT COALESCE(r.machine_id, o.machine_id) AS machine, sum(r.good) AS good, "
        "sum(r.defective) AS scrap, sum(r.rework) AS rework, "
        "sum(COALESCE(o.ideal_seconds, o.standard_seconds) * (r.good + r.defective + r.rework)) "
        "/ max(m.capacity) AS ideal "
        "FROM production_reports r JOIN work_order_operations o ON o.id = r.operation_id "
        "JOIN machines m ON m.id = COALESCE(r.machine_id, o.machine_id) "
        "WHERE r.reported_at >= :from AND r.reported_at < :to AND r.voids_report_id IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM production_reports v WHERE v.voids_report_id = r.id) "
        "GROUP BY machine"));
    pieces.bindValue(QStringLiteral(":from"), fromMs);
    pieces.bindValue(QStringLiteral(":to"), toMs);
    execOrDie(pieces, "raw pieces");
    while (pieces.next()) {
        raw.produced += pieces.value(QStringLiteral("good")).toDouble()
            + pieces.value(QStringLiteral("scrap")).toDouble()
            + pieces.value(QStringLiteral("rework")).toDouble();
    }
    QSqlQuery spans(db);
    spans.setForwardOnly(true);
    spans.prepare(QStringLiteral(
        "SELECT machine_id, status, reason, sum(min(next_at, :to1) - max(at, :from1)) AS ms FROM ("
        "SELECT e.machine_id, e.status, COALESCE((SELECT s.downtime_reason_id FROM "
        "status_event_reasons s WHERE s.event_id = e.id ORDER BY s.at DESC LIMIT 1), "
        "e.downtime_reason_id) AS reason, e.at, "
        "LEAD(e.at, 1, :to2) OVER (PARTITION BY e.machine_id ORDER BY e.at) AS next_at "
        "FROM machine_status_events e WHERE e.at < :to3) "
        "WHERE next_at > :from2 GROUP BY machine_id, status, reason"));
    for (const char *name : {":from1", ":from2"})
        spans.bindValue(QString::fromLatin1(name), fromMs);
    for (const char *name : {":to1", ":to2", ":to3"})
        spans.bindValue(QString::fromLatin1(name), toMs);
    execOrDie(spans, "raw spans");
    while (spans.next())
        raw.statusSeconds += spans.value(QStringLiteral("ms")).toDouble() / 1000.0;
    return raw;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestWorkspace workspace(TestWorkspace::SignIn::Owner, false);
    QElapsedTimer timer;
    timer.start();
    fill(*workspace);
    std::printf("# filled in %.0f ms\n", msSince(timer));

    const WorkCalendar calendar = workspace->schedule()->calendar();
    const QDate today = workspace->clock().today();
    OeeQuery query;
    query.fromMs = calendar.startOfDayUtcMs(today.addDays(-30));
    query.toMs = calendar.startOfDayUtcMs(today);
    query.grouping = OeeGrouping::Machine;
    const qint64 now = workspace->clock().nowMs();

    std::vector<double> ours, raw;
    OeeResult result;
    Raw rawResult;
    for (int run = 0; run < Runs; ++run) {
        timer.restart();
        const Result<OeeResult> computed = workspace->oee()->compute(query, now);
        ours.push_back(msSince(timer));
        if (!computed)
            qFatal("compute: %s", qPrintable(computed.error()));
        result = computed.value();
        timer.restart();
        rawResult = rawAggregate(workspace->database().connection(), query.fromMs, query.toMs);
        raw.push_back(msSince(timer));
    }
    // Where the time goes: the floor of reading the month's reports at all, then with the join
    // to their operations (for the ideal time) and the check that they were not voided.
    const qint64 fromMs = query.fromMs, toMs = query.toMs;
    const auto timed = [&](const char *sql) {
        std::vector<double> samples;
        for (int run = 0; run < Runs; ++run) {
            QSqlQuery query(workspace->database().connection());
            query.setForwardOnly(true);
            query.prepare(QString::fromLatin1(sql));
            query.bindValue(QStringLiteral(":from"), fromMs);
            query.bindValue(QStringLiteral(":to"), toMs);
            timer.restart();
            execOrDie(query, "floor");
            while (query.next()) {
            }
            samples.push_back(msSince(timer));
        }
        return Bench::percentile(samples, 0.5);
    };
    std::printf("# %lld rows; produced: service %.0f, raw %.0f; OEE of the total %.4f\n",
                static_cast<long long>(result.rows.size()), result.total.elements.producedQty,
                rawResult.produced, result.total.figures.oee.value_or(-1));
    std::printf("# the month's reports: summed alone %.0f ms; joined to their operations %.0f ms; "
                "and checked for voids %.0f ms\n",
                timed("SELECT sum(good) FROM production_reports WHERE reported_at >= :from AND "
                      "reported_at < :to"),
                timed("SELECT sum(r.good * o.standard_seconds) FROM production_reports r JOIN "
                      "work_order_operations o ON o.id = r.operation_id WHERE r.reported_at >= :from "
                      "AND r.reported_at < :to"),
                timed("SELECT sum(r.good * o.standard_seconds) FROM production_reports r JOIN "
                      "work_order_operations o ON o.id = r.operation_id WHERE r.reported_at >= :from "
                      "AND r.reported_at < :to AND r.voids_report_id IS NULL AND NOT EXISTS (SELECT "
                      "1 FROM production_reports v WHERE v.voids_report_id = r.id)"));
    Bench::report("oee_month_100_machines_by_machine_median", Bench::percentile(ours, 0.5), "ms",
                  Bench::percentile(raw, 0.5));
    Bench::report("oee_month_100_machines_by_machine_first", ours.front(), "ms", raw.front());
    return 0;
}
