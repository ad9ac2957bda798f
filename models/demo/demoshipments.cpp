#include "demo/demoshipments.h"

#include "demo/demofactorydata.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/trace/shipmentservice.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "storage/planning/workorderrepository.h"
#include "storage/station/productionrepository.h"
#include "storage/trace/serialrepository.h"
#include "storage/uuid.h"

#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Taktline {

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;

// A finished order with what its reports say: per step, the reports that count, oldest first.
struct DoneOrder
{
    WorkOrder order;
    QString partNo;
    QList<WorkOrderOperation> ops;
    QList<QList<ProductionReport>> reports; // by step
    double good = 0;                        // of the last step
    qint64 startedAtMs = 0;
    qint64 finishedAtMs = 0;
    QList<SerialNumber> serials;
};

// A shipment to make once every receipt is in, in the order of their days.
struct PlannedShipment
{
    QDate day;
    QString customer;
    QString customerOrder;
    QList<ShipmentRequestLine> lines;
};

// The report of STEP that made good piece INDEX (counting from 0), or the last one.
const ProductionReport &reportOf(const QList<ProductionReport> &reports, int index)
{
    double made = 0;
    for (const ProductionReport &report : reports) {
        made += report.good;
        if (index < made)
            return report;
    }
    return reports.constLast();
}

Result<QList<DoneOrder>> doneOrders(Workspace &workspace)
{
    const QSqlDatabase db = workspace.database().connection();
    WorkOrderRepository orders(db);
    ProductionRepository production(db);
    const Result<QList<ReceivableOrderRow>> receivable = workspace.shipments()->receivableOrders();
    if (!receivable)
        return receivable.outcome();
    QList<DoneOrder> done;
    for (const ReceivableOrderRow &row : receivable.value()) {
        if (row.order.state != QLatin1String("completed") &&
            row.order.state != QLatin1String("closed"))
            continue;
        DoneOrder d;
        d.partNo = row.order.partNo;
        d.good = row.lastStep.good;
        const Result<WorkOrder> order = orders.find(row.order.id);
        const Result<QList<WorkOrderOperation>> ops = orders.operations(row.order.id);
        const Result<QList<ReportEntry>> entries = production.entries(row.order.id);
        if (!order || !ops || !entries)
            return !order ? order.outcome() : !ops ? ops.outcome() : entries.outcome();
        d.order = order.value();
        d.ops = ops.value();
        d.reports.resize(d.ops.size());
        for (auto entry = entries.value().crbegin(); entry != entries.value().crend(); ++entry) {
            if (entry->voided)
                continue;
            for (qsizetype s = 0; s < d.ops.size(); ++s) {
                if (d.ops.at(s).id == entry->report.operationId && entry->report.good > 0)
                    d.reports[s].append(entry->report);
            }
            const qint64 at = entry->report.reportedAtMs;
            d.startedAtMs = d.startedAtMs == 0 ? at : std::min(d.startedAtMs, at);
            d.finishedAtMs = std::max(d.finishedAtMs, at);
        }
        if (std::none_of(d.reports.cbegin(), d.reports.cend(),
                         [](const QList<ProductionReport> &step) { return step.isEmpty(); }))
            done.append(d);
    }
    std::sort(done.begin(), done.end(), [](const DoneOrder &a, const DoneOrder &b) {
        return a.finishedAtMs < b.finishedAtMs;
    });
    return done;
}

// A serial per good piece of ORDER's last step, with a passed step per operation at the time
// of the report that made the piece; now and then a failed last step, passed on re-test.
Outcome serialise(Workspace &workspace, DoneOrder &order, QHash<QString, int> &counters,
                  QRandomGenerator &random)
{
    SerialRepository repository(workspace.database().connection());
    const qint64 now = workspace.clock().nowMs();
    const QString device = workspace.database().deviceId();
    QList<SerialNumber> serials;
    for (int piece = 0; piece < int(order.good); ++piece) {
        const QString text = QStringLiteral("%1-%2")
                                 .arg(order.partNo)
                                 .arg(++counters[order.order.productId], 5, 10, QLatin1Char('0'));
        serials.append({newUuidV7(),
                        text,
                        order.order.id,
                        order.order.productId,
                        order.startedAtMs,
                        device,
                        {}});
    }
    order.serials = serials;
    if (Outcome done = repository.insertSerials(serials); !done)
        return done;
    const int retest = DemoData::serialAssembly().retestPerCent;
    for (int piece = 0; piece < serials.size(); ++piece) {
        for (qsizetype s = 0; s < order.ops.size(); ++s) {
            const ProductionReport &report = reportOf(order.reports.at(s), piece);
            SerialEvent event;
            event.serialId = serials.at(piece).id;
            event.operationId = order.ops.at(s).id;
            event.employeeId = report.employeeId;
            event.machineId = order.ops.at(s).machineId;
            event.atMs = std::min(now - Minute, report.reportedAtMs + piece * 1000);
            event.deviceId = device;
            const bool last = s + 1 == order.ops.size();
            if (last && random.bounded(100) < retest) {
                event.id = newUuidV7();
                event.pass = false;
                event.atMs -= 40 * Minute;
                if (Outcome done = repository.insertEvent(event); !done)
                    return done;
                event.atMs += 40 * Minute;
            }
            event.id = newUuidV7();
            event.pass = true;
            if (Outcome done = repository.insertEvent(event); !done)
                return done;
        }
    }
    return Outcome::success();
}

// Fits one component serial into each piece of FINAL, at its first step, by who built it.
Outcome fitComponents(Workspace &workspace, const DoneOrder &final, QList<SerialNumber> &components)
{
    SerialRepository repository(workspace.database().connection());
    for (int piece = 0; piece < final.serials.size() && !components.isEmpty(); ++piece) {
        const ProductionReport &built = reportOf(final.reports.constFirst(), piece);
        SerialEvent event;
        event.id = newUuidV7();
        event.serialId = final.serials.at(piece).id;
        event.kind = SerialEvent::Kind::Component;
        event.componentSerialId = components.takeFirst().id;
        event.employeeId = built.employeeId;
        event.atMs = built.reportedAtMs - 5 * Minute + piece * 1000;
        event.deviceId = workspace.database().deviceId();
        if (Outcome done = repository.insertEvent(event); !done)
            return done;
    }
    return Outcome::success();
}

// Serials for the newest finished orders of the final family, and for as many component
// orders (oldest first) as their pieces need. Returns the component orders serialised.
Result<QSet<QString>> buildSerialAssembly(Workspace &workspace, QList<DoneOrder> &orders,
                                          QRandomGenerator &random)
{
    const DemoData::SerialAssembly &assembly = DemoData::serialAssembly();
    const QString finalPrefix = QString::fromLatin1(assembly.finalFamily) + QLatin1Char('-');
    const QString componentPrefix =
        QString::fromLatin1(assembly.componentFamily) + QLatin1Char('-');
    QList<qsizetype> finals;
    QList<qsizetype> components;
    for (qsizetype i = orders.size() - 1; i >= 0; --i) {
        if (orders.at(i).partNo.startsWith(finalPrefix) && finals.size() < assembly.finalOrders)
            finals.prepend(i);
    }
    for (qsizetype i = 0; i < orders.size(); ++i) {
        if (orders.at(i).partNo.startsWith(componentPrefix))
            components.append(i);
    }
    QHash<QString, int> counters;
    QList<SerialNumber> pool;
    QSet<QString> used;
    for (const qsizetype f : finals) {
        // Shafts made before the pumps, as far as there are any.
        while (pool.size() < int(orders.at(f).good) && !components.isEmpty()) {
            DoneOrder &component = orders[components.takeFirst()];
            if (Outcome done = serialise(workspace, component, counters, random); !done)
                return done;
            pool += component.serials;
            used.insert(component.order.id);
        }
        if (Outcome done = serialise(workspace, orders[f], counters, random); !done)
            return done;
        if (Outcome done = fitComponents(workspace, orders.at(f), pool); !done)
            return done;
    }
    return used;
}

// The shipments of one received order: lots in one or two deliveries, serials in batches;
// closed orders ship in full, some completed ones in part, the rest stays in stock.
void planShipments(const DoneOrder &order, QRandomGenerator &random, const QDate &today,
                   QList<PlannedShipment> &planned)
{
    const bool closed = order.order.state == WorkOrderState::Closed;
    const QDate finished = QDateTime::fromMSecsSinceEpoch(order.finishedAtMs).date();
    const auto plan = [&](int afterDays, const QList<ShipmentRequestLine> &lines) {
        const QDate day = finished.addDays(afterDays);
        if (day <= today && !lines.isEmpty())
            planned.append({day, order.order.customer, order.order.salesOrder, lines});
    };
    if (!order.serials.isEmpty()) {
        QList<ShipmentRequestLine> first, second;
        const qsizetype split = closed ? order.serials.size() * 6 / 10 : order.serials.size() / 2;
        for (qsizetype i = 0; i < order.serials.size(); ++i)
            (i < split ? first : second).append({order.serials.at(i).serial, 1});
        plan(1 + random.bounded(3), first);
        if (closed)
            plan(5 + random.bounded(4), second);
        return;
    }
    const QString code = order.order.number;
    if (closed && order.good >= 2 && random.bounded(100) < 30) {
        const double part = std::floor(order.good * 0.6);
        plan(1 + random.bounded(2), {{code, part}});
        plan(4 + random.bounded(4), {{code, order.good - part}});
    } else if (closed) {
        plan(1 + random.bounded(4), {{code, order.good}});
    } else if (random.bounded(100) < 50) {
        plan(1 + random.bounded(3), {{code, std::max(1.0, std::floor(order.good / 2))}});
    }
}

} // namespace

Result<int> buildDemoShipments(Workspace &workspace)
{
    QRandomGenerator random(20261206);
    Result<QList<DoneOrder>> done = doneOrders(workspace);
    if (!done)
        return done.outcome();
    QList<DoneOrder> &orders = done.value();
    const Result<QSet<QString>> components = buildSerialAssembly(workspace, orders, random);
    if (!components)
        return components.outcome();

    const QList<MasterRecord> employees =
        workspace.masterData()->list(MasterDataKind::Employee, false).value();
    const QList<const char *> &locations = DemoData::finishedGoodsLocations();
    // Each receipt and shipment is made at its moment of the history; then the factory's own
    // time again.
    const Clock factoryClock = workspace.clock();
    const qint64 now = factoryClock.nowMs();
    const QDate today = factoryClock.today();
    ShipmentService *shipments = workspace.shipments();
    const auto restoreClock =
        qScopeGuard([&workspace, factoryClock] { workspace.setClock(factoryClock); });

    // Every done order into finished goods an hour after its last report, but the shafts
    // that went into pumps; then the shipments, day by day.
    QList<PlannedShipment> planned;
    for (const DoneOrder &order : orders) {
        if (components.value().contains(order.order.id))
            continue;
        workspace.setClock(Clock::fixedAt(std::min(now - Minute, order.finishedAtMs + Hour)));
        const QString employee =
            employees.isEmpty() ? QString() : employees.at(random.bounded(employees.size())).id;
        const QString location =
            QString::fromUtf8(locations.at(random.bounded(int(locations.size()))));
        if (Result<QString> received =
                shipments->receiveFinished(order.order.id, order.good, location, employee);
            !received)
            return received.outcome();
        planShipments(order, random, today, planned);
    }
    std::stable_sort(
        planned.begin(), planned.end(),
        [](const PlannedShipment &a, const PlannedShipment &b) { return a.day < b.day; });
    const QList<const char *> &carriers = DemoData::carriers();
    for (const PlannedShipment &p : planned) {
        workspace.setClock(Clock::fixedAt(std::min(
            now - Minute,
            QDateTime(p.day, QTime(9, 30).addSecs(random.bounded(7 * 3600))).toMSecsSinceEpoch())));
        ShipmentRequest request{
            p.customer, p.customerOrder, p.day,
            QString::fromUtf8(carriers.at(random.bounded(int(carriers.size())))), p.lines};
        if (Result<QString> shipped = shipments->createShipment(request); !shipped)
            return shipped.outcome();
    }
    return int(planned.size());
}

} // namespace Taktline
