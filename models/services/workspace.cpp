#include "services/workspace.h"

#include "services/access/accesscontrol.h"
#include "services/access/authservice.h"
#include "services/andon/andonservice.h"
#include "services/backup/backupservice.h"
#include "services/masterdata/bomservice.h"
#include "services/masterdata/masterdataservice.h"
#include "services/masterdata/settingsservice.h"
#include "services/oee/oeeservice.h"
#include "services/planning/dispatchservice.h"
#include "services/planning/routingservice.h"
#include "services/planning/scheduleservice.h"
#include "services/planning/workorderservice.h"
#include "services/quality/inspectionplanservice.h"
#include "services/quality/inspectionservice.h"
#include "services/quality/nonconformanceservice.h"
#include "services/quality/spcservice.h"
#include "services/capacity/capacityservice.h"
#include "services/places/placeservice.h"
#include "services/planning/promiseservice.h"
#include "services/subcontract/subcontractservice.h"
#include "services/serials/serialservice.h"
#include "services/station/machinestatusservice.h"
#include "services/station/reportingservice.h"
#include "services/station/stationpinservice.h"
#include "services/station/wageservice.h"
#include "services/sync/conflictservice.h"
#include "services/sync/synccontroller.h"
#include "services/trace/shipmentservice.h"
#include "services/trace/traceservice.h"
#include "services/undofeedback.h"
#include "storage/auditrepository.h"
#include "storage/database.h"

#include <QUndoStack>

namespace Taktline {

Workspace::Workspace(std::shared_ptr<Database> db)
    : m_db(std::move(db))
    , m_audit(std::make_unique<AuditRepository>(m_db->connection(), m_db->deviceId(), m_clock))
    , m_access(new AccessControl(this))
    , m_auth(new AuthService(m_db, m_clock, m_access, m_audit.get(), this))
    , m_masterData(new MasterDataService(m_db, m_access, m_audit.get(), this))
    , m_routing(new RoutingService(m_db, m_access, m_audit.get(), m_masterData, this))
    , m_bom(new BomService(m_db, m_clock, m_access, m_audit.get(), m_routing, this))
    , m_settings(new SettingsService(m_db, m_clock, m_access, this))
    , m_workOrders(new WorkOrderService(m_db, m_clock, m_access, m_audit.get(), m_masterData,
                                        m_routing, this))
    , m_trace(new TraceService(m_db, m_clock, m_access, m_audit.get(), m_masterData, this))
    , m_serials(new SerialService(m_db, m_clock, m_access, m_audit.get(), m_masterData, this))
    , m_stationPins(new StationPinService(m_db, m_clock, m_access, m_audit.get(), m_masterData, this))
    , m_reporting(new ReportingService(m_db, m_clock, m_access, m_masterData, m_workOrders, m_trace,
                                       m_serials, m_stationPins, this))
    , m_machineStatus(new MachineStatusService(m_db, m_clock, m_access, m_masterData, this))
    , m_andon(new AndonService(m_db, m_clock, m_access, this))
    , m_wages(std::make_unique<WageService>(m_db, m_clock, m_access, m_reporting))
    , m_schedule(new ScheduleService(m_db, m_clock, m_access, m_audit.get(), m_workOrders,
                                     m_masterData, m_reporting, this))
    , m_oee(std::make_unique<OeeService>(m_db, m_schedule))
    , m_dispatch(new DispatchService(m_db, m_access, m_audit.get(), m_schedule, this))
    , m_shipments(new ShipmentService(m_db, m_clock, m_access, m_audit.get(), m_masterData, this))
    , m_backups(new BackupService(m_db, m_clock, m_access, this))
    , m_conflicts(new ConflictService(m_db, m_clock, m_access, m_audit.get(), m_reporting, this))
    , m_inspectionPlans(new InspectionPlanService(m_db, m_access, m_audit.get(), m_masterData, this))
    , m_inspections(new InspectionService(m_db, m_clock, m_access, m_masterData,
                                          m_inspectionPlans, m_stationPins, this))
    , m_nonconformances(new NonconformanceService(m_db, m_clock, m_access, m_audit.get(),
                                                  m_masterData, m_workOrders, m_trace, this))
    , m_spc(std::make_unique<SpcService>(m_db))
    , m_capacity(new CapacityService(m_db, m_clock, m_access, m_schedule, this))
    , m_promises(new PromiseService(m_db, m_clock, m_access, m_masterData, m_bom, m_schedule, this))
    , m_places(new PlaceService(m_db, m_clock, m_access, m_masterData, this))
    , m_subcontracts(new SubcontractService(m_db, m_clock, m_access, m_audit.get(), m_masterData,
                                            m_workOrders, m_reporting, this))
    , m_sync(new SyncController(m_db, this))
    , m_undoStack(new QUndoStack(this))
    , m_undoFeedback(new UndoFeedback(this))
{
    // A different user must not undo what the previous one did.
    connect(m_access, &AccessControl::sessionChanged, m_undoStack, &QUndoStack::clear);
    // A batch sent to or back from a supplier moves the plan of its step (外协).
    connect(m_subcontracts, &SubcontractService::subcontractChanged, m_schedule,
            &ScheduleService::rescheduleLater);
    // A change that syncs is pushed right after its transaction (the engine debounces).
    m_db->setCommitListener([sync = m_sync] { sync->localChangeCommitted(); });
}

Workspace::~Workspace()
{
    // Children (services, undo commands) go before the database they use.
    m_db->setCommitListener({});
    delete m_undoStack;
    qDeleteAll(children());
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path,
                                                  Database::IfMissing ifMissing)
{
    Result<std::shared_ptr<Database>> db = Database::open(path, ifMissing);
    if (!db)
        return db.outcome();
    return std::unique_ptr<Workspace>(new Workspace(std::move(db.value())));
}

} // namespace Taktline
