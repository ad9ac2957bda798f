#pragma once

#include "domain/outcome.h"
#include "services/quality/inspectionservice.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Taktline {

struct DueStep;

// Builds the due list (待检) from the facts at one moment: first articles asked for or not yet
// passed on running steps, patrols whose interval in pieces or minutes has run out since the
// step's last first article or patrol, final inspections of completed orders and incoming
// inspections of received lots that have none. Nothing of it is stored.
class DueInspections final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::InspectionService)

public:
    DueInspections(QSqlDatabase db, qint64 nowMs);

    // Oldest first; of one machine when MACHINE_ID is set (no final or incoming then).
    Result<QList<DueInspection>> build(const QString &machineId = {}) const;

private:
    Outcome addSteps(const QString &machineId, QList<DueInspection> &due) const;
    Outcome addFinals(QList<DueInspection> &due) const;
    Outcome addIncoming(QList<DueInspection> &due) const;
    // The step's latest moments: its open request, first-article pass, set-up, inspection.
    Outcome readMoments(DueStep &step) const;
    Outcome addPatrol(const DueStep &step, QList<DueInspection> &due) const;

    QSqlDatabase m_db;
    qint64 m_nowMs;
};

} // namespace Taktline
