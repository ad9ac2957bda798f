#pragma once

#include "domain/outcome.h"
#include "domain/quality/characteristicjudge.h"
#include "services/quality/inspectionservice.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace Taktline {

// One row of `inspections` as it is written.
struct InspectionFact
{
    QString id;
    InspectionKind kind = InspectionKind::FirstArticle;
    QString planId, workOrderId, operationId, machineId, lotId, serialId, supplier;
    double lotSize = 0;
    std::optional<SamplingPlan> sampling;
    Severity severity = Severity::Normal;
    int nonconforming = 0;
    bool passed = false;
    QString requestId, voidsInspectionId, note, employeeId;
    qint64 atMs = 0;
    QString deviceId, userId;
};

// What is inspected, read from the database: the step with its order, product and machine, a
// finished order, or a purchased lot.
struct SubjectRow
{
    QString workOrderId, workOrderNumber, workOrderState;
    QString operationId;
    int seq = 0;
    int lastSeq = 0; // the order's last step
    QString operationName, machineId, machineCode;
    QString lotId, lotNo, supplier;
    QString productId, partNo, productName;
    QString serialId;
    double lotSize = 0; // final: the last step's good; incoming: the lot received
};

// One sampled lot of the switching history, oldest first.
struct SampledLot
{
    bool accepted = false;
    SamplingPlan plan;
    int nonconforming = 0;
};

// Reads and writes the inspection facts (requests, inspections, values; insert-only) and the
// rows an inspection's subject is read from.
class InspectionRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::InspectionRepository)

public:
    explicit InspectionRepository(QSqlDatabase db);

    Result<SubjectRow> operationSubject(const QString &operationId) const;
    Result<SubjectRow> orderSubject(const QString &workOrderId) const;
    Result<SubjectRow> lotSubject(const QString &lotNo) const;
    Result<QString> serialId(const QString &serial) const; // empty when unknown
    // EMPLOYEE_ID's name when active and an inspector; empty otherwise.
    Result<QString> inspectorName(const QString &employeeId) const;
    bool reportedStep(const QString &operationId, const QString &employeeId) const;

    // The open (unanswered) first-article request of OPERATION_ID, or empty.
    Result<QString> openRequest(const QString &operationId) const;
    Outcome insertRequest(const QString &id, const SubjectRow &step, const QString &machineId,
                          const QString &employeeId, qint64 atMs, const QString &deviceId,
                          const QString &userId);
    Outcome insertInspection(const InspectionFact &fact);
    Outcome insertValue(const QString &inspectionId, const InspectionEntry &entry, bool ok,
                        qint64 atMs, const QString &deviceId, const QString &userId);

    // A correction of ORIGINAL_ID: a copy of it that voids it, with REASON as its note.
    Outcome insertVoid(const QString &id, const QString &originalId, const QString &reason,
                       qint64 atMs, const QString &deviceId, const QString &userId);
    bool isVoided(const QString &inspectionId) const;
    Result<QList<InspectionEntry>> entries(const QString &inspectionId) const;
    // The sampled, not voided inspections of KIND of PRODUCT_ID (final) or of SUPPLIER
    // (incoming), in the order they were made.
    Result<QList<SampledLot>> sampledLots(InspectionKind kind, const QString &productId,
                                          const QString &supplier) const;

private:
    QSqlDatabase m_db;
};

} // namespace Taktline
