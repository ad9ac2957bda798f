#pragma once

#include "domain/outcome.h"
#include "domain/station/production.h"

#include <QObject>

#include <memory>

namespace Taktline {

class AccessControl;
class Clock;
class Database;
class MasterDataService;
class ProductionRepository;

// A machine's state now, derived from its latest status event (Idle when it has none).
struct MachineState
{
    QString machineId;
    MachineStatus status = MachineStatus::Idle;
    qint64 sinceMs = 0;           // 0: never reported
    QString downtimeReasonId;
    QString operationId;
    QString employeeId;
};

// Machine status (设备状态): Running / Idle / Set-up / Down (with a reason) / Maintenance, kept
// as insert-only events; the current state and downtime are derived from them.
class MachineStatusService final : public QObject
{
    Q_OBJECT
public:
    MachineStatusService(std::shared_ptr<Database> db, const Clock &clock, AccessControl *access,
                         const MasterDataService *masterData, QObject *parent = nullptr);
    ~MachineStatusService() override;

    // Needs UseStation. Down needs a downtime reason; the same state again writes nothing.
    Outcome setStatus(const QString &machineId, MachineStatus status,
                      const QString &downtimeReasonId = {}, const QString &employeeId = {},
                      const QString &operationId = {});
    Result<MachineState> current(const QString &machineId) const;
    // Needs CorrectReports. Gives the stop that status event EVENT_ID began a reason after the
    // fact (a status_event_reasons fact; the event stays as it was, the newest reason counts).
    // Refused, with nothing written, for an unknown event, a running or set-up event and a
    // reason that is not active.
    Outcome giveReason(const QString &eventId, const QString &downtimeReasonId,
                       const QString &note = {});
    // Seconds the machine spent Down or in Maintenance in [fromMs, toMs).
    Result<double> downtimeSeconds(const QString &machineId, qint64 fromMs, qint64 toMs) const;

signals:
    void statusChanged(const QString &machineId);

private:
    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
    std::unique_ptr<ProductionRepository> m_events;
    AccessControl *m_access;
    const MasterDataService *m_masterData;
};

} // namespace Taktline
