#pragma once

#include "demo/quality/demoqualityplans.h"
#include "domain/quality/disposition.h"
#include "services/access/accesscontrol.h"
#include "services/quality/inspectionservice.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QRandomGenerator>
#include <QString>

namespace Taktline {

class Workspace;

// One report of an order's first step, oldest first.
struct StepReport
{
    QString operationId, workOrderId, productId, machineId, machineCode, employeeId;
    qint64 atMs = 0;
    double good = 0;
};

// The hands behind the demo's quality history: signs in as whoever acts at each moment, makes up
// readings that scatter normally (one product's tool wearing), records inspections and the
// nonconformances they find. One random sequence for the whole history, so it is deterministic.
class DemoQualityActor
{
public:
    static constexpr qint64 Minute = 60 * 1000;
    static constexpr qint64 Day = 24 * 60 * Minute;
    static constexpr int PatrolDays = 30; // patrols over the last month only: enough for the charts
    static constexpr int PatrolsPerReport = 4;

    DemoQualityActor(Workspace &ws, const DemoQualityPlans &plans, int days);

    Workspace &ws() const { return m_ws; }
    const DemoQualityPlans &plans() const { return m_plans; }
    qint64 now() const { return m_now; }
    qint64 from() const { return m_from; }
    QRandomGenerator &random() { return m_random; }
    qint64 driftFromMs() const { return m_driftFromMs; }
    bool drifts(const QString &productId) const { return productId == m_drifting; }

    Outcome readUsers();
    void as(const char *username, qint64 atMs);
    // A reading of C scattering normally around its nominal (σ: an eighth of the tolerance), on
    // the drifting product's first figure moving up over the second half of its patrols.
    double reading(const Characteristic &c, qint64 atMs, bool drifting);
    // SAMPLES pieces of PLAN's characteristics (measured ones not required: the first five
    // pieces); BAD: the pieces found not ok (the first characteristic out of its limits).
    QList<InspectionEntry> entries(const InspectionPlan &plan, int samples, qint64 atMs,
                                   bool drifting, int bad = 0);
    // The product whose first step gets the most patrols in the month drifts (its tool wears)
    // over the second half of that time: its chart is the fullest and shows the signal.
    void chooseDrift(const QList<StepReport> &reports);
    Result<InspectionVerdict> inspect(InspectionInput input, qint64 atMs);
    // A nonconformance of QUANTITY pieces found by INSPECTION_ID, and what is done with them.
    Outcome nonconformance(const QString &inspectionId, double quantity, const char *reason,
                           const char *description, qint64 atMs,
                           const QList<QPair<Disposition, double>> &dispositions);

private:
    Workspace &m_ws;
    const DemoQualityPlans &m_plans;
    const qint64 m_now;
    const qint64 m_from;
    QRandomGenerator m_random{20261206};
    QHash<QString, UserSession> m_users;
    int m_deducted = 0;
    QString m_drifting; // product id
    qint64 m_driftFromMs = 0, m_driftToMs = 0;
};

} // namespace Taktline
