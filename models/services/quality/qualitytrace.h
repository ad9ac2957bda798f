#pragma once

#include "domain/outcome.h"
#include "domain/quality/nonconformance.h"
#include "domain/trace/trace.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Taktline {

// The quality facts of a genealogy (追溯): the inspections of a lot, a serial or a work order and
// its nonconformances with what was decided on them, as trace nodes to hang under the subject.
class QualityTrace final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::QualityTrace)

public:
    explicit QualityTrace(QSqlDatabase db);

    Result<QList<TraceNode>> ofLot(const QString &lotId) const;
    Result<QList<TraceNode>> ofSerial(const QString &serialId, const QString &serial) const;
    Result<QList<TraceNode>> ofWorkOrder(const QString &workOrderId) const;

    static TraceNode nonconformanceNode(const NonconformanceRecord &nc);

private:
    // Inspections whose COLUMN is ID and that no later one voided, oldest first.
    Result<QList<TraceNode>> inspections(const QString &column, const QString &id) const;
    Result<QList<TraceNode>> nonconformances(const NonconformanceFilter &filter) const;

    QSqlDatabase m_db;
};

} // namespace Taktline
