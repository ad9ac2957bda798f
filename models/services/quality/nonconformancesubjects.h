#pragma once

#include "domain/outcome.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Taktline {

struct NonconformanceInput;

// What a nonconformance is about, resolved from what the user gave: the ids to store and how
// many pieces the subject holds at most.
struct NonconformanceSubject
{
    QString productId, inspectionId, inspectionKind, workOrderId, operationId, machineId, lotId,
        serialId;
    double most = 0;       // pieces the subject holds that no earlier NC took
    QString what;          // "WO-…/10", a lot or serial number, for messages
};

// Resolves and checks the subject of a new nonconformance (an inspection, a step of a work
// order, a work order, a material or production lot, a serial) and reads the facts a
// disposition depends on (who answers for the pieces, whether a lot is blocked).
class NonconformanceSubjects final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::NonconformanceSubjects)

public:
    explicit NonconformanceSubjects(QSqlDatabase db);

    Result<NonconformanceSubject> resolve(const NonconformanceInput &input) const;
    // The employee whose wages answer for an NC's pieces: its own employee, else the operator
    // of the newest counting report with good pieces on its step; empty when there is none.
    Result<QString> responsibleEmployee(const QString &nonconformanceId) const;
    Result<QString> inspectionKind(const QString &inspectionId) const;
    Result<bool> lotBlocked(const QString &lotId) const;
    // Whether a disposition of any NC of LOT_ID sent pieces back to the supplier.
    Result<bool> lotReturned(const QString &lotId) const;
    // An active user's role key, or empty when there is no such user.
    Result<QString> userRole(const QString &userId) const;

private:
    Outcome fromInspection(NonconformanceSubject &subject, const QString &inspectionId) const;
    Outcome fromOperation(NonconformanceSubject &subject) const;
    Outcome fromLot(NonconformanceSubject &subject, const QString &lotCode) const;
    Outcome fromSerial(NonconformanceSubject &subject, const QString &serial) const;
    Outcome fromWorkOrder(NonconformanceSubject &subject) const;
    Outcome exists(const QString &table, const QString &id, const QString &message) const;

    QSqlDatabase m_db;
};

} // namespace Taktline
