#include "demo/demoproduction.h"

#include "services/masterdata/masterdataservice.h"
#include "services/planning/scheduleservice.h"
#include "services/planning/workorderservice.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "storage/planning/workorderrepository.h"
#include "storage/station/productionrepository.h"
#include "storage/uuid.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace Taktline {

namespace {

// One report to write: a batch of one step of one order.
struct Batch
{
    WorkOrderOperation op;
    int stepIndex = 0;   // position of the step in its order: batches of later steps come later
    double good = 0;
    double defective = 0;
    qint64 atMs = 0;
};

// The reports an order's steps get: finished orders all of their quantity (minus a little
// scrap per step), running ones a share that shrinks from step to step.
QList<Batch> batchesFor(const WorkOrder &order, const QList<WorkOrderOperation> &ops,
                        QRandomGenerator &random)
{
    QList<Batch> batches;
    const bool finished = order.state == WorkOrderState::Completed || order.state == WorkOrderState::Closed;
    double available = order.quantity;
    for (int s = 0; s < ops.size(); ++s) {
        // A running order's outsourced step comes back by the subcontract receipts
        // (demosubcontracting), and the steps after it wait for them.
        if (!finished && ops.at(s).outsourced)
            break;
        const double share = finished ? 1.0 : std::max(0.0, 0.95 - 0.3 * s - random.bounded(30) / 100.0);
        const double made = std::floor(available * share);
        if (made < 1)
            break;
        const double scrap = std::floor(made * random.bounded(3) / 100.0);
        const double good = made - scrap;
        const int pieces = 1 + random.bounded(3);
        double left = good;
        for (int p = 0; p < pieces && left > 0; ++p) {
            const double part = p + 1 == pieces ? left : std::floor(good / pieces);
            batches.append({ops.at(s), s, part, p == 0 ? scrap : 0, 0});
            left -= part;
        }
        available = good;
    }
    return batches;
}

// Makes exactly TARGET batches: splits the largest batch, or merges the smallest step's last
// two batches (and at the end drops the last steps' batches), keeping each step behind the one
// before it.
void fitCount(QList<Batch> &batches, int target)
{
    while (batches.size() < target) {
        const auto largest = std::max_element(batches.begin(), batches.end(),
                                              [](const Batch &a, const Batch &b) { return a.good < b.good; });
        if (largest == batches.end() || largest->good < 2)
            break;
        Batch half = *largest;
        half.good = std::floor(largest->good / 2);
        half.defective = 0;
        largest->good -= half.good;
        batches.insert(largest - batches.begin() + 1, half);
    }
    while (batches.size() > target && !batches.isEmpty()) {
        bool merged = false;
        for (qsizetype i = batches.size() - 1; i > 0 && !merged; --i) {
            if (batches.at(i).op.id == batches.at(i - 1).op.id) {
                batches[i - 1].good += batches.at(i).good;
                batches[i - 1].defective += batches.at(i).defective;
                batches.removeAt(i);
                merged = true;
            }
        }
        if (!merged)
            batches.removeLast(); // a last step's only batch: later steps go first
    }
}

} // namespace

Result<int> buildDemoProduction(Workspace &workspace, int days, int reports,
                                QHash<QString, DemoMachineDay> *work)
{
    QRandomGenerator random(20261129);
    ProductionRepository repository(workspace.database().connection());
    WorkOrderRepository orders(workspace.database().connection());
    const QList<MasterRecord> employees = workspace.masterData()->list(MasterDataKind::Employee, false).value();
    const QList<MasterRecord> defects = workspace.masterData()->list(MasterDataKind::DefectReason, false).value();
    if (employees.isEmpty() || defects.isEmpty())
        return 0;
    const WorkCalendar calendar = workspace.schedule()->calendar();
    const qint64 now = workspace.clock().nowMs();
    const QDate today = workspace.clock().today();
    const qint64 firstDay = calendar.startOfDayUtcMs(today.addDays(-days));

    // Started orders, oldest first, each with its batches spread over its working days.
    WorkOrderFilter filter;
    filter.states = {WorkOrderState::InProgress, WorkOrderState::OnHold, WorkOrderState::Completed,
                     WorkOrderState::Closed};
    const Result<QList<WorkOrderListRow>> started = orders.page(filter, 0, 1000000);
    if (!started)
        return started.outcome();
    QList<Batch> batches;
    for (const WorkOrderListRow &row : started.value()) {
        const Result<WorkOrder> order = orders.find(row.id);
        const Result<QList<WorkOrderOperation>> ops = orders.operations(row.id);
        if (!order || !ops || ops.value().isEmpty())
            continue;
        QList<Batch> mine = batchesFor(order.value(), ops.value(), random);
        // From the day it was made to its due date (or today), in working time.
        const qint64 from = std::max(firstDay, calendar.nextWorkingMoment(order.value().createdAtMs));
        const qint64 until = std::min(now - 3600 * 1000, calendar.startOfDayUtcMs(order.value().dueDate));
        const double span = std::max(3600.0, calendar.workingSecondsBetween(from, std::max(from, until)));
        for (qsizetype i = 0; i < mine.size(); ++i) {
            const double at = span * double(i + 1) / double(mine.size() + 1);
            mine[i].atMs = std::min(now - 60000, calendar.addWorkingSeconds(from, at));
        }
        batches += mine;
    }
    if (reports >= 0)
        fitCount(batches, reports);
    std::stable_sort(batches.begin(), batches.end(), [](const Batch &a, const Batch &b) { return a.atMs < b.atMs; });
    int written = 0;
    for (const Batch &batch : batches) {
        ProductionReport report;
        report.id = newUuidV7();
        report.workOrderId = batch.op.workOrderId;
        report.operationId = batch.op.id;
        report.machineId = batch.op.machineId;
        report.employeeId = employees.at(random.bounded(employees.size())).id;
        report.good = batch.good;
        report.defective = batch.defective;
        report.defectReasonId = batch.defective > 0 ? defects.at(random.bounded(defects.size())).id : QString();
        report.reportedAtMs = batch.atMs;
        report.deviceId = workspace.database().deviceId();
        if (Outcome done = repository.insertReport(report); !done)
            return done;
        ++written;
    }

    // The job each machine had on each day (the first step it reported that day) and the ideal
    // time of what it reported.
    if (work) {
        QHash<QString, double> capacity;
        for (const MasterRecord &machine :
             workspace.masterData()->list(MasterDataKind::Machine, false).value())
            capacity.insert(machine.id, std::max(1.0, machine.value(QStringLiteral("capacity")).toDouble()));
        for (const Batch &batch : std::as_const(batches)) {
            const QString key = batch.op.machineId + QLatin1Char('|')
                + calendar.localDate(batch.atMs).toString(Qt::ISODate);
            DemoMachineDay &day = (*work)[key];
            if (day.operationId.isEmpty())
                day.operationId = batch.op.id;
            day.idealSeconds += (batch.good + batch.defective)
                * batch.op.idealSeconds.value_or(batch.op.standardSeconds)
                / capacity.value(batch.op.machineId, 1.0);
        }
    }
    return written;
}

} // namespace Taktline
