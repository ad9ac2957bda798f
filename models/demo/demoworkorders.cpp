#include "demo/demoworkorders.h"

#include "services/masterdata/masterdataservice.h"
#include "services/planning/routingservice.h"
#include "services/planning/workorderservice.h"
#include "services/workspace.h"
#include "storage/numberseries.h"

#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace Taktline {

namespace {

const char *const Customers[] = {"华东机电有限公司", "苏州精密机械", "宁波海天泵业", "东莞宏达电器",
                                 "佛山顺成五金", "无锡新锐动力", "温州正泰配件", "天津北方重工"};

// The actions that take a new draft to STATE.
QList<WorkOrderAction> pathTo(WorkOrderState state)
{
    using A = WorkOrderAction;
    switch (state) {
    case WorkOrderState::Draft: return {};
    case WorkOrderState::Released: return {A::Release};
    case WorkOrderState::InProgress: return {A::Release, A::Start};
    case WorkOrderState::OnHold: return {A::Release, A::Start, A::Hold};
    case WorkOrderState::Completed: return {A::Release, A::Start, A::Complete};
    case WorkOrderState::Closed: return {A::Release, A::Start, A::Complete, A::Close};
    case WorkOrderState::Cancelled: return {A::Cancel};
    }
    return {};
}

// A believable state for an order due DAYSFROMNOW days from today.
WorkOrderState stateFor(int daysFromNow, QRandomGenerator &random)
{
    const int roll = random.bounded(100);
    if (daysFromNow < -14)
        return roll < 70 ? WorkOrderState::Closed : roll < 92 ? WorkOrderState::Completed : WorkOrderState::Cancelled;
    if (daysFromNow < 0)
        return roll < 55 ? WorkOrderState::Completed : roll < 85 ? WorkOrderState::InProgress : WorkOrderState::OnHold;
    if (daysFromNow < 7)
        return roll < 50 ? WorkOrderState::InProgress : roll < 85 ? WorkOrderState::Released : WorkOrderState::OnHold;
    return roll < 45 ? WorkOrderState::Released : roll < 90 ? WorkOrderState::Draft : WorkOrderState::Cancelled;
}

} // namespace

Outcome buildDemoWorkOrders(Workspace &workspace, int count, int days)
{
    const Result<QList<MasterRecord>> products = workspace.masterData()->list(MasterDataKind::Product, false);
    if (!products)
        return products.outcome();
    if (products.value().isEmpty() || count <= 0)
        return Outcome::success();
    QRandomGenerator random(20261122);
    const QDate today = workspace.clock().today();
    const int span = days + 30;
    QHash<QString, double> slowestStep; // product → standard seconds of its slowest operation
    QHash<QString, int> lotsOfMonth;    // production-lot prefix → its last number
    for (int i = 0; i < count; ++i) {
        const int dueOffset = -days + static_cast<int>(static_cast<qint64>(i) * span / count)
            + random.bounded(3);
        const int leadDays = 7 + random.bounded(14);
        WorkOrder order;
        order.productId = products.value().at(random.bounded(products.value().size())).id;
        // Sized like real orders: 2 to 12 working hours on the product's slowest step, so the
        // machines carry a week or two of work, not months.
        if (!slowestStep.contains(order.productId)) {
            const Result<Routing> routing = workspace.routing()->operations(order.productId);
            double slowest = 60;
            for (const RoutingOperation &op : routing ? routing.value() : Routing())
                slowest = std::max(slowest, op.standardSeconds);
            slowestStep.insert(order.productId, slowest);
        }
        const double hours = 2 + random.bounded(11);
        order.quantity = std::max(10.0, std::round(hours * 3600 / slowestStep.value(order.productId) / 10) * 10);
        order.dueDate = today.addDays(dueOffset);
        order.customer = QString::fromUtf8(Customers[random.bounded(int(std::size(Customers)))]);
        order.salesOrder = QStringLiteral("SO-%1").arg(2600 + i);
        order.priority = random.bounded(10) == 0 ? WorkOrderPriority::Urgent : WorkOrderPriority::Normal;
        // A production lot per order, numbered by its due month: P2611-0001. "P", never the
        // material lots' "L", so a trace never mistakes one kind of lot for the other.
        const QString lotPrefix =
            QStringLiteral("P") + order.dueDate.toString(QStringLiteral("yyMM")) + QLatin1Char('-');
        order.lotNo = NumberSeries::format(lotPrefix, ++lotsOfMonth[lotPrefix]);
        const QDate created = std::min(today, order.dueDate.addDays(-leadDays));
        order.createdAtMs = QDateTime(created, QTime(8, 30).addSecs(random.bounded(8 * 3600)))
                                .toMSecsSinceEpoch();
        const Result<QString> id = workspace.workOrders()->create(order);
        if (!id)
            return id.outcome();
        int version = 1;
        for (WorkOrderAction action : pathTo(stateFor(dueOffset, random))) {
            if (Outcome done = workspace.workOrders()->apply(id.value(), action, version); !done)
                return done;
            ++version;
        }
    }
    return Outcome::success();
}

} // namespace Taktline
