#include "domain/station/production.h"

#include <QCoreApplication>
#include <QList>

namespace Taktline {

QString machineStatusKey(MachineStatus status)
{
    switch (status) {
    case MachineStatus::Running: return QStringLiteral("running");
    case MachineStatus::Idle: return QStringLiteral("idle");
    case MachineStatus::Setup: return QStringLiteral("setup");
    case MachineStatus::Down: return QStringLiteral("down");
    case MachineStatus::Maintenance: return QStringLiteral("maintenance");
    }
    return QStringLiteral("idle");
}

std::optional<MachineStatus> machineStatusFromKey(const QString &key)
{
    for (MachineStatus status : allMachineStatuses()) {
        if (machineStatusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QString machineStatusDisplayName(MachineStatus status)
{
    switch (status) {
    case MachineStatus::Running: return QCoreApplication::translate("Taktline::MachineStatus", "Running");
    case MachineStatus::Idle: return QCoreApplication::translate("Taktline::MachineStatus", "Idle");
    case MachineStatus::Setup: return QCoreApplication::translate("Taktline::MachineStatus", "Set-up");
    case MachineStatus::Down: return QCoreApplication::translate("Taktline::MachineStatus", "Down");
    case MachineStatus::Maintenance:
        return QCoreApplication::translate("Taktline::MachineStatus", "Maintenance");
    }
    return {};
}

QList<MachineStatus> allMachineStatuses()
{
    return {MachineStatus::Running, MachineStatus::Idle, MachineStatus::Setup, MachineStatus::Down,
            MachineStatus::Maintenance};
}

} // namespace Taktline
