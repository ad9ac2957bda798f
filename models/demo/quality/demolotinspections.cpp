#include "demo/quality/demolotinspections.h"

#include "demo/quality/demoqualityactor.h"
#include "services/quality/inspectionservice.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QSqlQuery>
#include <QVariantList>

#include <algorithm>

namespace Taktline {

namespace {

constexpr qint64 Minute = DemoQualityActor::Minute;
constexpr qint64 Day = DemoQualityActor::Day;
// However large the factory, the quality history stays a demo's: the latest finished orders and
// received lots only, so the demo's time grows with the orders no more than before.
constexpr int MaxFinals = 150;
constexpr int MaxLots = 80;

} // namespace

// Each finished order's lot sampled at AQL 1.0 level II; the third fails on its looks and is
// partly repaired, partly accepted on concession.
Outcome DemoLotInspections::finalInspections()
{
    QSqlQuery query(m_q.ws().database().connection());
    query.prepare(QStringLiteral(
        "SELECT w.id, w.product_id, (SELECT sum(r.good) FROM production_reports r JOIN "
        "work_order_operations o ON o.id = r.operation_id WHERE o.work_order_id = w.id AND "
        "o.seq = (SELECT max(x.seq) FROM work_order_operations x WHERE x.work_order_id = w.id "
        "AND x.deleted = 0)) AS lot, (SELECT max(r.reported_at) FROM production_reports r WHERE "
        "r.work_order_id = w.id) AS last FROM work_orders w WHERE w.state = 'completed' AND "
        "w.deleted = 0 AND last >= :from AND lot >= 2 ORDER BY last DESC LIMIT :finals"));
    query.bindValue(QStringLiteral(":finals"), MaxFinals);
    query.bindValue(QStringLiteral(":from"), m_q.from());
    if (Outcome done = Sql::exec(query, QStringLiteral("read the demo's finished orders")); !done)
        return done;
    QList<QVariantList> orders; // newest first: inspected oldest first
    while (query.next())
        orders.prepend({query.value(0), query.value(1), query.value(2), query.value(3)});
    int made = 0;
    for (const QVariantList &order : std::as_const(orders)) {
        const InspectionPlan plan = m_q.plans().finished.value(order.at(1).toString());
        const qint64 at = std::min(m_q.now() - 5 * Minute, order.at(3).toLongLong() + 40 * Minute);
        m_q.ws().setClock(Clock::fixedAt(at));
        const Result<SamplingPlan> sampling =
            m_q.ws().inspections()->samplingFor(plan.id, order.at(2).toDouble());
        if (plan.id.isEmpty() || !sampling || sampling.value().sampleSize > 80)
            continue;
        const bool fails = ++made == 3;
        InspectionInput input;
        input.kind = InspectionKind::Final;
        input.workOrderId = order.at(0).toString();
        input.lotSize = order.at(2).toDouble();
        const int bad = fails ? std::min(sampling.value().sampleSize,
                                         std::max(2, sampling.value().reject))
                              : 0;
        input.entries = m_q.entries(plan, sampling.value().sampleSize, at, false, bad);
        const Result<InspectionVerdict> final = m_q.inspect(input, at);
        if (!final)
            return final.outcome();
        if (bad >= 2 && !final.value().passed) {
            if (Outcome done = m_q.nonconformance(
                    final.value().inspectionId, bad, "Q02", "成品外观划伤", at + Minute,
                    {{Disposition::Repair, bad - 1}, {Disposition::Concession, 1}});
                !done)
                return done;
        }
    }
    return Outcome::success();
}

// Purchased castings, gears and seals checked on arrival (AQL 2.5); one casting lot is bad and
// goes back to the supplier.
Outcome DemoLotInspections::incomingInspections()
{
    QSqlQuery query(m_q.ws().database().connection());
    query.prepare(QStringLiteral("SELECT lot_no, product_id, received_qty, created_at FROM "
                                 "material_lots WHERE deleted = 0 AND product_id IN (SELECT product_id "
                                 "FROM inspection_plans WHERE incoming = 1 AND deleted = 0) "
                                 "ORDER BY created_at DESC, "
                                 "lot_no DESC LIMIT :lots"));
    query.bindValue(QStringLiteral(":lots"), MaxLots);
    if (Outcome done = Sql::exec(query, QStringLiteral("read the demo's lots")); !done)
        return done;
    QList<QVariantList> lots; // newest first: inspected oldest first
    while (query.next())
        lots.prepend({query.value(0), query.value(1), query.value(2), query.value(3)});
    int made = 0;
    for (const QVariantList &lot : std::as_const(lots)) {
        const InspectionPlan plan = m_q.plans().incoming.value(lot.at(1).toString());
        const qint64 at = std::min(m_q.now() - 5 * Minute, lot.at(3).toLongLong() + 90 * Minute);
        m_q.ws().setClock(Clock::fixedAt(at));
        // Lots received in the last two days still wait for the inspector (待检).
        if (plan.id.isEmpty() || lot.at(3).toLongLong() > m_q.now() - 2 * Day)
            continue;
        const Result<SamplingPlan> sampling =
            m_q.ws().inspections()->samplingFor(plan.id, lot.at(2).toDouble());
        if (!sampling || sampling.value().sampleSize > 200)
            continue;
        const bool fails = ++made == 4;
        InspectionInput input;
        input.kind = InspectionKind::Incoming;
        input.lotCode = lot.at(0).toString();
        input.lotSize = lot.at(2).toDouble();
        const int bad = fails ? sampling.value().reject : 0;
        input.entries = m_q.entries(plan, sampling.value().sampleSize, at, false, bad);
        const Result<InspectionVerdict> incoming = m_q.inspect(input, at);
        if (!incoming)
            return incoming.outcome();
        if (fails && !incoming.value().passed) {
            if (Outcome done = m_q.nonconformance(incoming.value().inspectionId, bad, "Q06",
                                              "铸件砂眼、裂纹", at + Minute,
                                              {{Disposition::ReturnToSupplier, bad}});
                !done)
                return done;
        }
    }
    return Outcome::success();
}

} // namespace Taktline
