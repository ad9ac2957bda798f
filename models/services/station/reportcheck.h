#pragma once

#include "domain/outcome.h"
#include "domain/planning/workorder.h"
#include "domain/station/production.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace Taktline {

class MasterDataService;
class ProductionRepository;
class TraceService;
class WorkOrderRepository;

// An operation with its work order and the step before it, as one report needs them.
struct ReportContext
{
    WorkOrder order;
    WorkOrderOperation operation;
    std::optional<WorkOrderOperation> previous; // none on the first step
};

// The shop-floor rules a production report (报工) must pass, each refusal in words the operator
// understands: plausible quantities, an open order, an active operator and machine, a defect
// reason, not more good pieces than the step before made, enough left in every lot fed — and
// whether it is a double scan of the last report. It writes nothing.
class ReportCheck final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::ReportCheck)

public:
    ReportCheck(const QSqlDatabase &db, const MasterDataService *masterData, TraceService *trace);
    ~ReportCheck();

    Result<ReportContext> context(const QString &operationId) const;
    static Outcome checkQuantities(const ReportRequest &request);
    static Outcome checkOrderOpen(const ReportContext &context);
    Outcome checkPeople(const ReportRequest &request, const QString &machineId) const;
    Outcome checkFeeds(const ReportRequest &request) const;
    Outcome checkGood(const ReportRequest &request, const ReportContext &context,
                      const StationRules &rules) const;
    // How many good pieces the step may still report: what the step before made (or the
    // order's quantity on the first step), with the tolerance, minus what it reported.
    Result<double> reportableGood(const ReportContext &context, const StationRules &rules) const;
    // The rule: the same operator reports the very same quantities on the same step again no
    // more than the double-scan window after the last report (the edge itself included). A
    // scanned serial is one identified piece and never a double scan.
    static bool isDoubleScan(const ReportRequest &request, const ProductionReport &previous,
                             qint64 nowMs, const StationRules &rules);

private:
    std::unique_ptr<ProductionRepository> m_reports;
    std::unique_ptr<WorkOrderRepository> m_workOrders;
    const MasterDataService *m_masterData;
    TraceService *m_trace;
};

} // namespace Taktline
