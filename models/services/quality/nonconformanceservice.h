#pragma once

#include "domain/outcome.h"
#include "domain/quality/disposition.h"
#include "domain/quality/nonconformance.h"

#include <QList>
#include <QObject>

#include <memory>

namespace Taktline {

class AccessControl;
class AuditRepository;
class Clock;
class Database;
class MasterDataService;
class NonconformanceRepository;
class NonconformanceSubjects;
class TraceRepository;
class TraceService;
class WorkOrderService;

// Pieces found nonconforming, from an inspection or on their own.
struct NonconformanceInput
{
    QString inspectionId; // when found by an inspection: subject taken from it
    QString workOrderId;
    QString operationId;
    QString lotCode; // a material lot (incoming) or an order's lot
    QString serial;
    QString machineId;
    QString employeeId;
    double quantity = 0;
    QString defectReasonId;
    QString description;
};

// A decision on QUANTITY of a nonconformance's open pieces.
struct DispositionInput
{
    QString nonconformanceId;
    Disposition disposition = Disposition::Scrap;
    double quantity = 0;
    QString approverUserId; // concession / return to supplier: a user holding ApproveConcession
    bool deductWages = false; // the pieces come off the operator's piece-rate wages
    QString note;
};

// Someone who may approve a concession or a return to supplier (holds ApproveConcession).
struct ApproverChoice
{
    QString userId;
    QString name; // display name, else user name
};

// Nonconformance and its disposition (不合格品处理): records nonconforming pieces as facts and
// what is done with them — rework (a rework work order with the product's routing), repair,
// scrap, concession with an approver, return to supplier (the lot is blocked). Scrap and rework
// count in the OEE quality figure; deducted pieces come off piece-rate wages.
class NonconformanceService final : public QObject
{
    Q_OBJECT
public:
    NonconformanceService(std::shared_ptr<Database> db, const Clock &clock, AccessControl *access,
                          AuditRepository *audit, const MasterDataService *masterData,
                          WorkOrderService *workOrders, TraceService *trace,
                          QObject *parent = nullptr);
    ~NonconformanceService() override;

    // Needs Inspect (or UseStation at a station). Refused, nothing written, for: no subject, a
    // quantity that is zero, negative or more than the subject holds, an unknown reason, lot or
    // serial. Answers the new nonconformance's id.
    Result<QString> open(const NonconformanceInput &input);
    // Needs DisposeNonconformance; concession and return to supplier also an approver holding
    // ApproveConcession. Refused, nothing written, for: more than the open quantity, a
    // concession or return without an approver, an approver without the right, a return to
    // supplier of pieces that came from no supplier's lot. Rework creates a released rework
    // order in the same transaction. Answers the disposition's id.
    Result<QString> dispose(const DispositionInput &input);

    using Filter = NonconformanceFilter;
    Result<QList<NonconformanceRecord>> nonconformances(const Filter &filter) const;
    Result<NonconformanceRecord> find(const QString &idOrNumber) const;
    // The active users who may approve a concession or a return, for the approver picker.
    Result<QList<ApproverChoice>> approvers() const;

signals:
    void nonconformancesChanged();

private:
    Outcome checkDisposition(const DispositionInput &input, const NonconformanceRecord &nc) const;
    // Blocks the lot of a return, or releases the lot of an incoming inspection's NC that a
    // concession settled; inside dispose()'s transaction.
    Outcome settleLot(const DispositionInput &input, const NonconformanceRecord &nc);

    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
    AccessControl *m_access;
    AuditRepository *m_audit;
    const MasterDataService *m_masterData;
    WorkOrderService *m_workOrders;
    TraceService *m_trace;
    std::unique_ptr<NonconformanceRepository> m_repository;
    std::unique_ptr<NonconformanceSubjects> m_subjects;
    std::unique_ptr<TraceRepository> m_lots;
};

} // namespace Taktline
