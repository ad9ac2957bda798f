// Capable-to-promise at scale (issue 17: "under a second for a factory with 50 machines and
// 2,000 queued operations"): PromiseService::promise — read the queues, plan today's, with the
// order appended and with it rushed, read the BOM's stock and open demand — against one
// Scheduler::run of the same queues. Then the same with 2,000 queued operations per machine.
#include "benchreport.h"
#include "domain/clock.h"
#include "domain/planning/scheduler.h"
#include "services/masterdata/bomservice.h"
#include "services/planning/promiseservice.h"
#include "services/planning/routingservice.h"
#include "services/planning/scheduleservice.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "storage/uuid.h"
#include "testworkspace.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <tuple>

using namespace Taktline;

namespace {

constexpr int MachineCount = 50;
constexpr int StepsPerOrder = 5;
constexpr int Runs = 9;

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void execOrDie(QSqlQuery &query)
{
    if (!query.exec())
        qFatal("fill: %s", qPrintable(query.lastError().text()));
}

// Bulk load with plain SQL (set-up, not measured): 50 machines, ORDERS released orders of five
// steps spread over them, a routed product with a BOM, its component's lots and their use.
void fill(Workspace &workspace, int orders)
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
    QSqlQuery product(db);
    product.prepare(QStringLiteral("INSERT INTO products (id, part_no, name, unit, created_at, updated_at) "
                                   "VALUES (?, ?, ?, ?, 0, 0)"));
    const QString flange = newUuidV7();
    const QString steel = newUuidV7();
    for (const auto &[id, partNo, unit] : {std::tuple{flange, "FL-1", "PCS"}, std::tuple{steel, "SP-1", "kg"}}) {
        product.addBindValue(id);
        product.addBindValue(QString::fromLatin1(partNo));
        product.addBindValue(QStringLiteral("零件"));
        product.addBindValue(QString::fromLatin1(unit));
        execOrDie(product);
    }
    QSqlQuery routing(db);
    routing.prepare(QStringLiteral("INSERT INTO routing_operations (id, product_id, seq, name, "
                                   "standard_seconds, machine_id, created_at, updated_at) "
                                   "VALUES (?, ?, ?, '工序', 45, ?, 0, 0)"));
    for (int s = 0; s < StepsPerOrder; ++s) {
        routing.addBindValue(newUuidV7());
        routing.addBindValue(flange);
        routing.addBindValue((s + 1) * 10);
        routing.addBindValue(machines.at((s * 11) % MachineCount));
        execOrDie(routing);
    }
    QSqlQuery bom(db);
    bom.prepare(QStringLiteral("INSERT INTO bom_lines (id, product_id, component_id, quantity_per_unit, "
                               "created_at, updated_at) VALUES (?, ?, ?, 0.8, 0, 0)"));
    bom.addBindValue(newUuidV7());
    bom.addBindValue(flange);
    bom.addBindValue(steel);
    execOrDie(bom);
    QSqlQuery order(db);
    order.prepare(QStringLiteral("INSERT INTO work_orders (id, number, product_id, quantity, due_date, state, "
                                 "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'released', 0, 0)"));
    QSqlQuery op(db);
    op.prepare(QStringLiteral("INSERT INTO work_order_operations (id, work_order_id, seq, name, "
                              "standard_seconds, machine_id, queue_rank, created_at, updated_at) "
                              "VALUES (?, ?, ?, '工序', ?, ?, ?, 0, 0)"));
    const QDate today = QDate::currentDate();
    for (int i = 0; i < orders; ++i) {
        const QString id = newUuidV7();
        order.addBindValue(id);
        order.addBindValue(QStringLiteral("WO-BENCH-%1").arg(i, 6, 10, QLatin1Char('0')));
        order.addBindValue(flange);
        order.addBindValue(10 + i % 90);
        order.addBindValue(today.addDays(1 + i * 60 / orders).toString(Qt::ISODate));
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
}

// One Scheduler::run of the queues as they are, jobs built like the ScheduleService builds them.
double schedulerRunMs(Workspace &workspace)
{
    const ScheduleService::Snapshot snapshot = workspace.schedule()->load().value();
    std::vector<double> runs;
    for (int i = 0; i < Runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const QList<ScheduledSlot> plan = workspace.schedule()->plan(snapshot);
        runs.push_back(msSince(timer));
        if (plan.size() != snapshot.rows.size())
            qFatal("plan: %lld slots", static_cast<long long>(plan.size()));
    }
    return Bench::percentile(runs, 0.5);
}

void measure(const char *name, int orders)
{
    TestWorkspace workspace(TestWorkspace::SignIn::Owner);
    const qint64 now = QDateTime(QDate::currentDate(), QTime(8, 0)).toMSecsSinceEpoch();
    workspace->setClock(Clock::fixedAt(now));
    QElapsedTimer timer;
    timer.start();
    fill(*workspace, orders);
    std::printf("# %s: %d machines, %d queued operations, filled in %.0f ms\n", name, MachineCount,
                orders * StepsPerOrder, msSince(timer));
    const double baseline = schedulerRunMs(*workspace);
    std::vector<double> runs;
    Promise answer;
    for (int i = 0; i < Runs; ++i) {
        timer.restart();
        const Result<Promise> promise =
            workspace->promises()->promise({QStringLiteral("FL-1"), 500, QDate::currentDate().addDays(20)});
        runs.push_back(msSince(timer));
        if (!promise)
            qFatal("promise: %s", qPrintable(promise.error()));
        answer = promise.value();
    }
    Bench::report(name, Bench::percentile(runs, 0.5), "ms", baseline);
    std::printf("# earliest %s, as rush %s, %lld orders a rush makes late, %lld later still, "
                "%lld shortages; slowest run %.1f ms\n",
                qPrintable(answer.earliest.toString(Qt::ISODate)),
                qPrintable(answer.earliestAsRush.toString(Qt::ISODate)),
                static_cast<long long>(answer.rush.newlyLate.size()),
                static_cast<long long>(answer.rush.furtherDelayed.size()),
                static_cast<long long>(answer.shortages.size()), Bench::percentile(runs, 1.0));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // The factory: 50 machines, 2,000 queued operations.
    measure("promise_50x2000", 2000 / StepsPerOrder);
    // And 2,000 queued operations on each machine, like bench_scheduler's.
    measure("promise_50x2000each", 2000 * MachineCount / StepsPerOrder);
    return 0;
}
