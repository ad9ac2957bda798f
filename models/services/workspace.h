#pragma once

#include "domain/clock.h"
#include "domain/outcome.h"
#include "storage/database.h"

#include <QObject>

#include <memory>

class QUndoStack;

namespace Taktline {

class AccessControl;
class AndonService;
class AuditRepository;
class AuthService;
class BackupService;
class BomService;
class CapacityService;
class ConflictService;
class DispatchService;
class InspectionPlanService;
class InspectionService;
class MachineStatusService;
class MasterDataService;
class NonconformanceService;
class OeeService;
class PlaceService;
class PromiseService;
class ReportingService;
class RoutingService;
class ScheduleService;
class SerialService;
class SettingsService;
class SpcService;
class StationPinService;
class SubcontractService;
class SyncController;
class ShipmentService;
class TraceService;
class UndoFeedback;
class WageService;
class WorkOrderService;

// One open factory: its clock, the database, the signed-in session, every service and the undo
// stack. The GUI, the command line and the tests all start here.
class Workspace final : public QObject
{
    Q_OBJECT
public:
    // IF_MISSING: whether a missing or 0-byte file may become a new factory (see Database).
    static Result<std::unique_ptr<Workspace>> open(
        const QString &path, Database::IfMissing ifMissing = Database::IfMissing::Create);
    ~Workspace() override;

    // What time it is for every service of this factory: the wall clock unless set.
    const Clock &clock() const { return m_clock; }
    // Moves the whole factory's time at once (tests, the demo's back-dated history).
    void setClock(const Clock &clock) { m_clock = clock; }
    Database &database() const { return *m_db; }
    AccessControl *access() const { return m_access; }
    AuthService *auth() const { return m_auth; }
    MasterDataService *masterData() const { return m_masterData; }
    RoutingService *routing() const { return m_routing; }
    BomService *bom() const { return m_bom; }
    SettingsService *settings() const { return m_settings; }
    WorkOrderService *workOrders() const { return m_workOrders; }
    ScheduleService *schedule() const { return m_schedule; }
    DispatchService *dispatch() const { return m_dispatch; }
    ReportingService *reporting() const { return m_reporting; }
    StationPinService *stationPins() const { return m_stationPins; }
    MachineStatusService *machineStatus() const { return m_machineStatus; }
    AndonService *andon() const { return m_andon; }
    const OeeService *oee() const { return m_oee.get(); }
    WageService *wages() const { return m_wages.get(); }
    TraceService *trace() const { return m_trace; }
    SerialService *serials() const { return m_serials; }
    ShipmentService *shipments() const { return m_shipments; }
    BackupService *backups() const { return m_backups; }
    ConflictService *conflicts() const { return m_conflicts; }
    // Quality (质检): plans, inspections, nonconformances, SPC.
    InspectionPlanService *inspectionPlans() const { return m_inspectionPlans; }
    InspectionService *inspections() const { return m_inspections; }
    NonconformanceService *nonconformances() const { return m_nonconformances; }
    const SpcService *spc() const { return m_spc.get(); }
    // Capacity, places and subcontracting (docs/capacity.md).
    CapacityService *capacity() const { return m_capacity; }
    PromiseService *promises() const { return m_promises; }
    PlaceService *places() const { return m_places; }
    SubcontractService *subcontracts() const { return m_subcontracts; }
    // Sync with the factory's server (optional): settings, status, the engine thread.
    SyncController *sync() const { return m_sync; }
    QUndoStack *undoStack() const { return m_undoStack; }
    UndoFeedback *undoFeedback() const { return m_undoFeedback; }

private:
    explicit Workspace(std::shared_ptr<Database> db);

    Clock m_clock; // first: the audit log and every service read it
    std::shared_ptr<Database> m_db;
    std::unique_ptr<AuditRepository> m_audit;
    AccessControl *m_access;
    AuthService *m_auth;
    MasterDataService *m_masterData;
    RoutingService *m_routing;
    BomService *m_bom;
    SettingsService *m_settings;
    WorkOrderService *m_workOrders;
    TraceService *m_trace;
    SerialService *m_serials;
    StationPinService *m_stationPins;
    ReportingService *m_reporting;
    MachineStatusService *m_machineStatus;
    AndonService *m_andon;
    std::unique_ptr<WageService> m_wages;
    ScheduleService *m_schedule;
    std::unique_ptr<OeeService> m_oee;
    DispatchService *m_dispatch;
    ShipmentService *m_shipments;
    BackupService *m_backups;
    ConflictService *m_conflicts;
    InspectionPlanService *m_inspectionPlans;
    InspectionService *m_inspections;
    NonconformanceService *m_nonconformances;
    std::unique_ptr<SpcService> m_spc;
    CapacityService *m_capacity;
    PromiseService *m_promises;
    PlaceService *m_places;
    SubcontractService *m_subcontracts;
    SyncController *m_sync;
    QUndoStack *m_undoStack;
    UndoFeedback *m_undoFeedback;
};

} // namespace Taktline
