#pragma once

#include "domain/outcome.h"
#include "domain/quality/characteristicjudge.h"
#include "domain/quality/inspectionplan.h"
#include "domain/quality/samplingswitch.h"

#include <QList>
#include <QObject>

#include <memory>
#include <optional>

namespace Taktline {

class AccessControl;
class Clock;
class Database;
class InspectionPlanService;
class InspectionRecordReader;
class InspectionRepository;
class MasterDataService;
class SettingsRepository;
class StationPinService;
class TraceRepository;
struct SubjectRow;

// What an inspector hands in: the inspection's subject, who inspected, the readings.
struct InspectionInput
{
    InspectionKind kind = InspectionKind::FirstArticle;
    QString operationId; // first article and patrol: the step inspected
    QString workOrderId; // final: the order whose lot is inspected
    QString lotCode;     // incoming: the purchased material lot (L…)
    QString serial;      // optional: the serial of the piece inspected
    QString machineId;   // optional: where (the station's machine)
    QString employeeId;  // the inspector (质检员) at a station; empty at the office (the user)
    QString pinConfirmation; // the inspector's PIN when the factory asks for PINs
    double lotSize = 0;      // final / incoming: pieces in the lot (default: order good / lot qty)
    QList<InspectionEntry> entries;
    QString requestId; // the station's request this inspection answers, if any
    QString note;
};

// The verdict before or after saving: each entry judged, the sampling plan used, pass or fail.
struct InspectionVerdict
{
    QString inspectionId; // empty for a preview
    bool passed = false;
    int nonconforming = 0; // sample pieces with at least one entry not ok
    std::optional<SamplingPlan> sampling;
    Severity severity = Severity::Normal;
    QList<Judgement> judgements; // in the order of INPUT.entries
    QString summary;             // translated, one line for the station
};

// What an input inspects, as the form's header shows it, with the plan and the sampling the
// inspection gets (sampled for final and incoming inspections).
struct InspectionSubject
{
    InspectionKind kind = InspectionKind::FirstArticle;
    InspectionPlan plan;
    QString workOrderId, workOrderNumber;
    QString operationId;
    int seq = 0;
    QString operationName;
    QString machineId, machineCode;
    QString lotId, lotNo, supplier;
    QString productId, partNo, productName;
    double lotSize = 0;
    std::optional<SamplingPlan> sampling;
    Severity severity = Severity::Normal;
    int samples = 1; // pieces to inspect: the sample size, or the entries' highest sample number
};

// One inspection as the lists, the genealogy and the reports show it.
struct InspectionRecord
{
    QString id;
    InspectionKind kind = InspectionKind::FirstArticle;
    QString planId;
    QString workOrderId, workOrderNumber;
    QString operationId;
    int seq = 0;
    QString operationName;
    QString machineId, machineCode;
    QString lotId, lotNo, supplier;
    QString serial;
    QString productId, partNo, productName;
    double lotSize = 0;
    int sampleSize = 0;
    QString codeLetter;
    QString severity; // key, '' when not sampled
    std::optional<int> accept, reject;
    int nonconforming = 0;
    bool passed = false;
    bool voided = false;
    QString inspector; // employee name, else the user's display name
    qint64 atMs = 0;
    QString note;
    QList<InspectionEntry> entries; // filled by find()
};

// An inspection that is due now (待检): a first article asked for or not yet passed, a patrol
// whose interval has run out, a finished order's final inspection, a received lot's incoming.
struct DueInspection
{
    InspectionKind kind = InspectionKind::FirstArticle;
    QString planId;
    QString workOrderId, workOrderNumber;
    QString operationId;
    int seq = 0;
    QString operationName;
    QString machineId, machineCode;
    QString lotId, lotNo;
    QString partNo, productName;
    QString requestId;
    qint64 dueSinceMs = 0;
    bool blocking = false; // a first-article gate holds the step's good quantity
    QString why;           // translated: "首件已就绪，等待检验", "每200件巡检：已做230件"
};

// Inspections (质检): the station's request for a first article, the inspector's results as
// insert-only facts (inspection + one value per entry) with who, when, machine, lot and serial;
// corrections void an inspection. Sampled inspections take their plan from GB/T 2828.1 with the
// switching rules replayed per product (final) or per supplier (incoming).
class InspectionService final : public QObject
{
    Q_OBJECT
public:
    InspectionService(std::shared_ptr<Database> db, const Clock &clock, AccessControl *access,
                      const MasterDataService *masterData, const InspectionPlanService *plans,
                      const StationPinService *pins, QObject *parent = nullptr);
    ~InspectionService() override;

    // The station says the first article of OPERATION_ID is ready on MACHINE_ID (UseStation).
    // A second open request for the same step answers the first one's id.
    Result<QString> requestFirstArticle(const QString &operationId, const QString &machineId,
                                        const QString &employeeId);
    // What INPUT inspects: its plan, subject and sampling, or why it cannot be inspected (no
    // plan, a closed order, an unknown lot, a lot size outside the tables).
    Result<InspectionSubject> subject(const InspectionInput &input) const;
    // Judges INPUT as record() would, writing nothing (the form's live verdict).
    Result<InspectionVerdict> preview(const InspectionInput &input) const;
    // Saves the inspection and its values in one transaction. Needs Inspect, or at a station
    // (UseStation) an employee marked inspector (with the PIN when PINs are on) who is not the
    // operator who reported the step. Refused with a message and nothing written for: no plan
    // for the subject or the kind, a missing required characteristic, an entry the judge
    // refuses (implausible value, unknown choice), fewer samples than the sampling plan asks
    // for, a lot size outside the tables, an order that is closed or cancelled, an unknown lot.
    Result<InspectionVerdict> record(const InspectionInput &input);
    // Voids an inspection with a reason (needs Inspect); it stays, marked void.
    Result<QString> voidInspection(const QString &inspectionId, const QString &reason);

    // Due inspections now, oldest first; of one machine when MACHINE_ID is set.
    Result<QList<DueInspection>> due(const QString &machineId = {}) const;
    // Inspections in [fromMs, toMs) (any when both 0), of one order / lot / serial when set.
    struct Filter
    {
        qint64 fromMs = 0, toMs = 0;
        QString workOrderId, lotId, serial, productId;
        std::optional<InspectionKind> kind;
    };
    Result<QList<InspectionRecord>> inspections(const Filter &filter) const;
    Result<InspectionRecord> find(const QString &inspectionId) const;

    // Where the switching rules stand for a product's final inspection or a supplier's
    // incoming inspection (SUPPLIER set), replayed over the inspections so far.
    Result<SamplingSwitch> switching(const QString &planId, const QString &supplier = {}) const;
    // The sampling plan the next lot of LOT_SIZE would get.
    Result<SamplingPlan> samplingFor(const QString &planId, double lotSize,
                                     const QString &supplier = {}) const;

signals:
    void inspectionRecorded(const QString &inspectionId, const QString &operationId);
    void inspectionVoided(const QString &inspectionId);
    void requestsChanged();

private:
    Result<InspectionSubject> resolve(const InspectionInput &input, SubjectRow &row) const;
    Result<InspectionVerdict> judge(const InspectionInput &input,
                                    const InspectionSubject &subject) const;
    Result<SamplingSwitch> replay(InspectionKind kind, const InspectionPlan &plan,
                                  const QString &supplier) const;
    Outcome checkSigner(const InspectionInput &input) const;
    Outcome save(const InspectionInput &input, InspectionVerdict &verdict);

    std::shared_ptr<Database> m_db;
    std::unique_ptr<InspectionRepository> m_repository;
    std::unique_ptr<InspectionRecordReader> m_records;
    std::unique_ptr<SettingsRepository> m_settings;
    std::unique_ptr<TraceRepository> m_lots;
    const Clock &m_clock;
    AccessControl *m_access;
    const MasterDataService *m_masterData;
    const InspectionPlanService *m_plans;
    const StationPinService *m_pins;
};

} // namespace Taktline
