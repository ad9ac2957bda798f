// Rescheduling at scale: 50 machines with 2,000 queued operations each (20,000 released work
// orders of 5 steps). Prints the scheduler alone against a plain pass over the same jobs, the
// whole reschedule (read, plan, store) against raw SQLite reading and writing the same rows,
// and a dispatch move and a rush preview, which each plan the whole factory.
#include "benchreport.h"
#include "domain/planning/scheduler.h"
#include "services/planning/dispatchservice.h"
#include "services/planning/scheduleservice.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "storage/planning/schedulerepository.h"
#include "storage/uuid.h"
#include "testworkspace.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Taktline;

namespace {

constexpr int MachineCount = 50;
constexpr int OrderCount = 20000;
constexpr int StepsPerOrder = 5;

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void execOrDie(QSqlQuery &query)
{
    if (!query.exec())
        qFatal("fill: %s", qPrintable(query.lastError().text()));
}

// Bulk load with plain SQL: generating data is set-up, not what is measured.
QStringList fill(Workspace &workspace)
{
    QSqlDatabase db = workspace.database().connection();
    db.transaction();
    QStringList machines;
    QSqlQuery machine(db);
    machine.prepare(QStringLiteral("INSERT INTO machines (id, code, name, capacity, created_at, updated_at) "
                                   "VALUES (?, ?, ?, ?, 0, 0)"));
    for (int m = 0; m < MachineCount; ++m) {
        machines.append(newUuidV7());
        machine.addBindValue(machines.last());
        machine.addBindValue(QStringLiteral("M-%1").arg(m, 2, 10, QLatin1Char('0')));
        machine.addBindValue(QStringLiteral("设备 %1").arg(m));
        machine.addBindValue(1 + m % 3);
        execOrDie(machine);
    }
    const QString product = newUuidV7();
    QSqlQuery insertProduct(db);
    insertProduct.prepare(QStringLiteral("INSERT INTO products (id, part_no, name, created_at, updated_at) "
                                         "VALUES (?, 'P-1', '法兰', 0, 0)"));
    insertProduct.addBindValue(product);
    execOrDie(insertProduct);
    QSqlQuery order(db);
    order.prepare(QStringLiteral("INSERT INTO work_orders (id, number, product_id, quantity, due_date, state, "
                                 "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'released', 0, 0)"));
    QSqlQuery op(db);
    op.prepare(QStringLiteral("INSERT INTO work_order_operations (id, work_order_id, seq, name, "
                              "standard_seconds, machine_id, queue_rank, created_at, updated_at) "
                              "VALUES (?, ?, ?, '工序', ?, ?, ?, 0, 0)"));
    const QDate today = QDate::currentDate();
    for (int i = 0; i < OrderCount; ++i) {
        const QString id = newUuidV7();
        order.addBindValue(id);
        order.addBindValue(QStringLiteral("WO-BENCH-%1").arg(i, 6, 10, QLatin1Char('0')));
        order.addBindValue(product);
        order.addBindValue(10 + i % 90);
        order.addBindValue(today.addDays(i / 200).toString(Qt::ISODate));
        execOrDie(order);
        for (int s = 0; s < StepsPerOrder; ++s) {
            op.addBindValue(newUuidV7());
            op.addBindValue(id);
            op.addBindValue((s + 1) * 10);
            op.addBindValue(20.0 + (i + s) % 40);
            op.addBindValue(machines.at((i * StepsPerOrder + s) % MachineCount));
            op.addBindValue(double(i));
            execOrDie(op);
        }
    }
    db.commit();
    return machines;
}

// The floor for any scheduler: one pass over the jobs in queue order adding up durations.
double plainPassMs(const QList<ScheduleJob> &jobs, qint64 startMs)
{
    QElapsedTimer timer;
    timer.start();
    QHash<QString, qint64> machineFree;
    qint64 checksum = 0;
    for (const ScheduleJob &job : jobs) {
        qint64 &free = machineFree[job.machineId];
        free = std::max(free, startMs) + qint64(job.workSeconds * 1000);
        checksum += free;
    }
    const double ms = msSince(timer);
    static volatile qint64 sink = 0; // keeps the pass from being optimised away
    sink = sink + checksum;
    return ms;
}

// What a reschedule does to the file, done with the raw engine: read the queues with the same
// query, then write planned times for every operation in one transaction.
double rawReadWriteMs(sqlite3 *db)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3_stmt *read = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT o.id, o.work_order_id, o.seq, o.name, o.standard_seconds, "
                       "COALESCE(o.machine_id, ''), o.queue_rank, o.planned_start, o.planned_end, w.number, "
                       "w.state, w.priority, w.quantity, w.due_date, (SELECT COALESCE(sum(r.good), 0) FROM "
                       "production_reports r WHERE r.operation_id = o.id AND r.voids_report_id IS NULL AND NOT "
                       "EXISTS (SELECT 1 FROM production_reports v WHERE v.voids_report_id = r.id)) "
                       "FROM work_orders w JOIN work_order_operations o ON o.work_order_id = w.id AND o.deleted = 0 "
                       "WHERE w.deleted = 0 AND w.state IN "
                       "('released', 'in_progress', 'on_hold') ORDER BY o.machine_id, o.queue_rank, o.seq",
                       -1, &read, nullptr);
    std::vector<std::string> ids;
    while (sqlite3_step(read) == SQLITE_ROW)
        ids.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(read, 0)));
    sqlite3_finalize(read);
    std::printf("# raw read of %zu queued operations: %.0f ms\n", ids.size(), msSince(timer));
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt *write = nullptr;
    sqlite3_prepare_v2(db, "UPDATE work_order_operations SET planned_start = ?, planned_end = ? WHERE id = ?",
                       -1, &write, nullptr);
    qint64 t = 1;
    for (const std::string &id : ids) {
        sqlite3_bind_int64(write, 1, t);
        sqlite3_bind_int64(write, 2, t + 1);
        sqlite3_bind_text(write, 3, id.c_str(), -1, SQLITE_STATIC);
        sqlite3_step(write);
        sqlite3_reset(write);
        t += 2;
    }
    sqlite3_finalize(write);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    return msSince(timer);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestWorkspace workspace(TestWorkspace::SignIn::Owner);
    QElapsedTimer timer;
    timer.start();
    const QStringList machineIds = fill(*workspace);
    std::printf("# filled %d machines, %d released work orders, %d queued operations in %.0f ms\n",
                MachineCount, OrderCount, OrderCount * StepsPerOrder, msSince(timer));
    ScheduleService *schedule = workspace->schedule();
    const qint64 now = QDateTime(QDate::currentDate(), QTime(8, 0)).toMSecsSinceEpoch();
    workspace->setClock(Clock::fixedAt(now));

    // The scheduler alone, on jobs built like the service builds them.
    QList<ScheduleMachine> machines;
    for (int m = 0; m < MachineCount; ++m)
        machines.append({machineIds.at(m), 1 + m % 3, true});
    QList<ScheduleJob> jobs;
    QSqlQuery read(workspace->database().connection());
    read.exec(QStringLiteral("SELECT o.id, o.work_order_id, o.seq, o.machine_id, o.queue_rank, "
                             "o.standard_seconds * w.quantity FROM work_order_operations o JOIN work_orders w "
                             "ON w.id = o.work_order_id ORDER BY o.machine_id, o.queue_rank"));
    while (read.next()) {
        jobs.append({read.value(0).toString(), read.value(1).toString(), read.value(2).toInt(),
                     read.value(3).toString(), read.value(4).toDouble(), read.value(5).toDouble(), false});
    }
    std::vector<double> runs;
    QList<ScheduledSlot> plan;
    for (int i = 0; i < 5; ++i) {
        timer.restart();
        plan = Scheduler::run(schedule->calendar(), machines, jobs, now);
        runs.push_back(msSince(timer));
    }
    std::vector<double> floors;
    for (int i = 0; i < 5; ++i)
        floors.push_back(plainPassMs(jobs, now));
    Bench::report("schedule_compute_50x2000", Bench::percentile(runs, 0.5), "ms",
                  Bench::percentile(floors, 0.5));
    qint64 lastEnd = 0;
    for (const ScheduledSlot &slot : plan)
        lastEnd = std::max(lastEnd, slot.endMs);
    std::printf("# plan reaches %s\n", qPrintable(QDateTime::fromMSecsSinceEpoch(lastEnd).toString(Qt::ISODate)));

    // The whole reschedule: read the queues, plan, store every planned time (first run) …
    sqlite3 *raw = nullptr;
    sqlite3_open(workspace.path().toUtf8().constData(), &raw);
    {
        ScheduleRepository repository(workspace->database().connection());
        timer.restart();
        const qsizetype rows = repository.queuedOperations(false).value().size();
        const double ours = msSince(timer);
        timer.restart();
        sqlite3_stmt *read = nullptr;
        sqlite3_prepare_v2(raw,
                           "SELECT o.id, o.work_order_id, o.seq, o.name, o.standard_seconds, "
                           "COALESCE(o.machine_id, ''), o.queue_rank, o.planned_start, o.planned_end, w.number, "
                           "w.state, w.priority, w.quantity, w.due_date, (SELECT COALESCE(sum(r.good), 0) FROM "
                           "production_reports r WHERE r.operation_id = o.id AND r.voids_report_id IS NULL AND NOT "
                           "EXISTS (SELECT 1 FROM production_reports v WHERE v.voids_report_id = r.id)) "
                           "FROM work_orders w JOIN work_order_operations o "
                           "ON o.work_order_id = w.id AND o.deleted = 0 WHERE w.deleted = 0 AND w.state IN "
                           "('released', 'in_progress', 'on_hold') ORDER BY o.machine_id, o.queue_rank, o.seq",
                           -1, &read, nullptr);
        qint64 bytes = 0;
        while (sqlite3_step(read) == SQLITE_ROW) {
            for (int c = 0; c < 15; ++c)
                bytes += sqlite3_column_bytes(read, c);
        }
        sqlite3_finalize(read);
        Bench::report("queue_read_100k", ours, "ms", msSince(timer));
        std::printf("# %lld queued operations read, %lld bytes\n", static_cast<long long>(rows),
                    static_cast<long long>(bytes));
    }
    const double rawMs = rawReadWriteMs(raw);
    timer.restart();
    if (const Outcome done = schedule->reschedule(); !done)
        qFatal("reschedule: %s", qPrintable(done.error()));
    Bench::report("reschedule_full_50x2000", msSince(timer), "ms", rawMs);
    // … and again after a change, when most planned times stay as stored.
    const QString firstOp = jobs.first().operationId;
    timer.restart();
    if (const Outcome done = workspace->dispatch()->moveOperation(firstOp, jobs.first().machineId, 1000); !done)
        qFatal("move: %s", qPrintable(done.error()));
    Bench::report("dispatch_move_and_reschedule_50x2000", msSince(timer), "ms", rawMs);
    timer.restart();
    const Result<RushPreview> preview = workspace->dispatch()->previewRush(jobs.at(jobs.size() / 2).workOrderId);
    if (!preview)
        qFatal("rush: %s", qPrintable(preview.error()));
    Bench::report("rush_preview_50x2000", msSince(timer), "ms", rawMs);
    std::printf("# rush preview: %lld orders newly late, %lld later still\n",
                static_cast<long long>(preview.value().newlyLate.size()),
                static_cast<long long>(preview.value().furtherDelayed.size()));
    sqlite3_close(raw);
    return 0;
}
