#include "demo/quality/demoqualityactor.h"

#include "domain/role.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/quality/inspectionservice.h"
#include "services/quality/nonconformanceservice.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace Taktline {

namespace {

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

DemoQualityActor::DemoQualityActor(Workspace &ws, const DemoQualityPlans &plans, int days)
    : m_ws(ws), m_plans(plans), m_now(ws.clock().nowMs()), m_from(m_now - qint64(days) * Day)
{
}

Outcome DemoQualityActor::readUsers()
{
    QSqlQuery query(m_ws.database().connection());
    query.prepare(QStringLiteral(
        "SELECT id, username, display_name, role FROM users WHERE deleted = 0"));
    if (Outcome done = Sql::exec(query, QStringLiteral("read the demo's accounts")); !done)
        return done;
    while (query.next()) {
        m_users.insert(query.value(1).toString(),
                       {query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toString(),
                        roleFromKey(query.value(3).toString()).value_or(Role::Operator)});
    }
    return m_users.contains(QStringLiteral("operator")) &&
                   m_users.contains(QStringLiteral("supervisor")) &&
                   m_users.contains(QStringLiteral("owner"))
               ? Outcome::success()
               : Outcome::failure(QStringLiteral("the demo lacks an account"));
}

void DemoQualityActor::as(const char *username, qint64 atMs)
{
    m_ws.access()->signIn(m_users.value(QString::fromLatin1(username)));
    m_ws.setClock(Clock::fixedAt(atMs));
}

// A reading of C scattering normally around its nominal (σ: an eighth of the tolerance), on
// the drifting product's first figure moving up over the second half of its patrols.
double DemoQualityActor::reading(const Characteristic &c, qint64 atMs, bool drifting)
{
    const double nominal = c.nominal.value_or(0);
    const double upper = c.upper.value_or(nominal + (nominal - c.lower.value_or(nominal)));
    const double lower = c.lower.value_or(std::max(0.0, 2 * nominal - upper));
    const double sigma = std::max(1e-6, (upper - lower) / 8.0);
    const double u1 = std::max(1e-9, m_random.generateDouble());
    const double u2 = m_random.generateDouble();
    double mean = nominal;
    if (drifting && atMs > m_driftFromMs)
        mean += 0.6 * (upper - nominal) * double(atMs - m_driftFromMs) /
                double(std::max<qint64>(1, m_driftToMs - m_driftFromMs));
    double value = mean + sigma * std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2);
    const double step = sigma >= 1 ? 1 : sigma >= 0.1 ? 0.01 : 0.001;
    return std::round(std::max(0.0, value) / step) * step;
}

// SAMPLES pieces of PLAN's characteristics (measured ones not required: the first five
// pieces); BAD: the pieces found not ok (the first characteristic out of its limits).
QList<InspectionEntry> DemoQualityActor::entries(const InspectionPlan &plan, int samples,
                                                 qint64 atMs, bool drifting, int bad)
{
    QList<InspectionEntry> list;
    for (int s = 1; s <= samples; ++s) {
        for (const Characteristic &c : plan.characteristics) {
            InspectionEntry entry{c.id, s, std::nullopt, QString()};
            const bool outside = c.seq == 1 && s > samples - bad;
            if (c.kind == CharacteristicKind::PassFail) {
                entry.text = outside ? QStringLiteral("fail") : QStringLiteral("pass");
            } else if (c.kind == CharacteristicKind::Measured) {
                if (!c.required && s > 5)
                    continue;
                entry.value = outside ? *c.upper + (*c.upper - c.nominal.value_or(0)) * 0.4
                                      : reading(c, atMs, drifting && c.seq == 1);
                entry.value = std::round(*entry.value * 1000) / 1000;
            } else {
                continue;
            }
            list.append(entry);
        }
    }
    return list;
}

// The product whose first step gets the most patrols in the month drifts (its tool wears)
// over the second half of that time: its chart is the fullest and shows the signal.
void DemoQualityActor::chooseDrift(const QList<StepReport> &reports)
{
    QHash<QString, double> patrols;
    QHash<QString, QPair<qint64, qint64>> span;
    for (const StepReport &r : reports) {
        const int every = m_plans.firstStep.value(r.productId).patrolPieces;
        if (r.atMs < m_now - PatrolDays * Day || every <= 0)
            continue;
        auto &[from, to] = span[r.productId];
        from = from == 0 ? r.atMs : std::min(from, r.atMs);
        to = std::max(to, r.atMs);
        patrols[r.productId] += std::min(double(PatrolsPerReport), r.good / every);
        if (m_drifting.isEmpty() || patrols.value(r.productId) > patrols.value(m_drifting))
            m_drifting = r.productId;
    }
    const auto [from, to] = span.value(m_drifting);
    m_driftFromMs = from + (to - from) / 2;
    m_driftToMs = to + PatrolsPerReport * 6 * Minute;
}

Result<InspectionVerdict> DemoQualityActor::inspect(InspectionInput input, qint64 atMs)
{
    as("supervisor", atMs);
    return m_ws.inspections()->record(input);
}

// A nonconformance of QUANTITY pieces found by INSPECTION_ID, and what is done with them.
Outcome DemoQualityActor::nonconformance(const QString &inspectionId, double quantity,
                                         const char *reason, const char *description, qint64 atMs,
                                         const QList<QPair<Disposition, double>> &dispositions)
{
    as("supervisor", atMs);
    NonconformanceInput input;
    input.inspectionId = inspectionId;
    input.quantity = quantity;
    const Result<QString> reasonId =
        m_ws.masterData()->idForCode(MasterDataKind::DefectReason, u(reason));
    input.defectReasonId = reasonId ? reasonId.value() : QString();
    input.description = u(description);
    const Result<QString> nc = m_ws.nonconformances()->open(input);
    if (!nc)
        return nc.outcome();
    for (qsizetype i = 0; i < dispositions.size(); ++i) {
        as("supervisor", atMs + (i + 1) * 40 * Minute);
        DispositionInput decision;
        decision.nonconformanceId = nc.value();
        decision.disposition = dispositions.at(i).first;
        decision.quantity = dispositions.at(i).second;
        if (dispositionNeedsApproval(decision.disposition))
            decision.approverUserId = m_users.value(QStringLiteral("owner")).userId;
        decision.deductWages = decision.disposition == Disposition::Scrap && i == 0 &&
                               m_deducted++ == 0;
        if (const Result<QString> done = m_ws.nonconformances()->dispose(decision); !done)
            return done.outcome();
    }
    return Outcome::success();
}

} // namespace Taktline
