#include "services/station/machinestatusservice.h"

#include "domain/clock.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "storage/database.h"
#include "storage/station/productionrepository.h"
#include "storage/sqlquery.h"
#include "storage/uuid.h"

#include <algorithm>

namespace Taktline {

MachineStatusService::MachineStatusService(std::shared_ptr<Database> db, const Clock &clock,
                                           AccessControl *access,
                                           const MasterDataService *masterData, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_events(std::make_unique<ProductionRepository>(m_db->connection()))
    , m_access(access)
    , m_masterData(masterData)
{
}

MachineStatusService::~MachineStatusService() = default;

Outcome MachineStatusService::setStatus(const QString &machineId, MachineStatus status,
                                        const QString &downtimeReasonId, const QString &employeeId,
                                        const QString &operationId)
{
    if (Outcome allowed = m_access->require(Permission::UseStation); !allowed)
        return allowed;
    const Result<MasterRecord> machine = m_masterData->find(MasterDataKind::Machine, machineId);
    if (!machine)
        return Outcome::failure(tr("This machine does not exist."));
    if (!machine.value().active)
        return Outcome::failure(tr("Machine %1 is deactivated; its status cannot be set.")
                                    .arg(machine.value().text(QStringLiteral("code"))));
    const bool down = status == MachineStatus::Down;
    if (down && downtimeReasonId.isEmpty())
        return Outcome::failure(tr("Choose why machine %1 is down.").arg(machine.value().text(QStringLiteral("code"))));
    if (down) {
        const Result<MasterRecord> reason = m_masterData->find(MasterDataKind::DowntimeReason, downtimeReasonId);
        if (!reason || !reason.value().active)
            return Outcome::failure(tr("This downtime reason is not available; choose another."));
    }
    const Result<MachineState> now = current(machineId);
    if (!now)
        return now.outcome();
    const QString reason = down ? downtimeReasonId : QString();
    if (now.value().sinceMs > 0 && now.value().status == status && now.value().downtimeReasonId == reason
        && now.value().operationId == operationId) {
        return Outcome::success(); // nothing changed: no event
    }
    MachineStatusEvent event;
    event.id = newUuidV7();
    event.machineId = machineId;
    event.status = status;
    event.downtimeReasonId = reason;
    event.operationId = operationId;
    event.employeeId = employeeId;
    event.atMs = std::max(m_clock.nowMs(), now.value().sinceMs); // never before the state it ends
    event.deviceId = m_db->deviceId();
    event.userId = m_access->userId();
    if (Outcome saved = m_db->inTransaction([&] { return m_events->insertStatusEvent(event); }); !saved)
        return saved;
    emit statusChanged(machineId);
    return Outcome::success();
}

Result<MachineState> MachineStatusService::current(const QString &machineId) const
{
    const Result<std::optional<MachineStatusEvent>> latest = m_events->latestStatus(machineId);
    if (!latest)
        return latest.outcome();
    MachineState state;
    state.machineId = machineId;
    if (const auto &event = latest.value()) {
        state.status = event->status;
        state.sinceMs = event->atMs;
        state.downtimeReasonId = event->downtimeReasonId;
        state.operationId = event->operationId;
        state.employeeId = event->employeeId;
    }
    return state;
}

Outcome MachineStatusService::giveReason(const QString &eventId, const QString &downtimeReasonId,
                                         const QString &note)
{
    if (Outcome allowed = m_access->require(Permission::CorrectReports); !allowed)
        return allowed;
    const QSqlDatabase db = m_db->connection();
    QSqlQuery event(db);
    event.prepare(QStringLiteral("SELECT e.machine_id, e.status, m.code FROM machine_status_events e "
                                 "JOIN machines m ON m.id = e.machine_id WHERE e.id = :id"));
    event.bindValue(QStringLiteral(":id"), eventId);
    if (Outcome read = Sql::exec(event, tr("read the machine's status event")); !read)
        return read;
    if (!event.next())
        return Outcome::failure(tr("This stop is not in the records; nothing was saved."));
    const QString machineId = event.value(QStringLiteral("machine_id")).toString();
    const QString code = event.value(QStringLiteral("code")).toString();
    const std::optional<MachineStatus> status =
        machineStatusFromKey(event.value(QStringLiteral("status")).toString());
    if (status == MachineStatus::Running || status == MachineStatus::Setup)
        return Outcome::failure(tr("Machine %1 was %2 then, not stopped; only a stop takes a reason.")
                                    .arg(code, machineStatusDisplayName(*status)));
    const Result<MasterRecord> reason =
        m_masterData->find(MasterDataKind::DowntimeReason, downtimeReasonId);
    if (!reason || !reason.value().active)
        return Outcome::failure(tr("This downtime reason is not available; choose another."));
    const Outcome saved = m_db->inTransaction([&]() -> Outcome {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO status_event_reasons (id, event_id, downtime_reason_id, note, at, "
            "device_id, user_id) VALUES (:id, :event, :reason, :note, :at, :device, :user)"));
        insert.bindValue(QStringLiteral(":id"), newUuidV7());
        insert.bindValue(QStringLiteral(":event"), eventId);
        insert.bindValue(QStringLiteral(":reason"), downtimeReasonId);
        insert.bindValue(QStringLiteral(":note"), Sql::text(note.trimmed()));
        insert.bindValue(QStringLiteral(":at"), m_clock.nowMs());
        insert.bindValue(QStringLiteral(":device"), m_db->deviceId());
        insert.bindValue(QStringLiteral(":user"), Sql::text(m_access->userId()));
        if (Outcome inserted = Sql::exec(insert, tr("save the reason for the stop")); !inserted)
            return inserted;
        m_db->afterCommit([this, machineId] { emit statusChanged(machineId); });
        return Outcome::success();
    });
    return saved;
}

Result<double> MachineStatusService::downtimeSeconds(const QString &machineId, qint64 fromMs, qint64 toMs) const
{
    const Result<QList<MachineStatusEvent>> events = m_events->statusEvents(machineId, fromMs);
    if (!events)
        return events.outcome();
    qint64 total = 0;
    const QList<MachineStatusEvent> &list = events.value();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const MachineStatus status = list.at(i).status;
        if (status != MachineStatus::Down && status != MachineStatus::Maintenance)
            continue;
        const qint64 start = std::max(fromMs, list.at(i).atMs);
        const qint64 end = std::min(toMs, i + 1 < list.size() ? list.at(i + 1).atMs : toMs);
        total += std::max<qint64>(0, end - start);
    }
    return double(total) / 1000.0;
}

} // namespace Taktline
