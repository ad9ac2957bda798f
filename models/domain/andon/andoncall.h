#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Taktline {

// What an andon call (安灯) asks for.
enum class AndonKind { Material, Quality, Maintenance, Supervisor };

QString andonKindKey(AndonKind kind); // stored: "material"
std::optional<AndonKind> andonKindFromKey(const QString &key);
QString andonKindDisplayName(AndonKind kind); // translated: 缺料, 质量, 设备维修, 叫班长
QList<AndonKind> allAndonKinds();

enum class AndonState { Open, Acknowledged, Closed };

// An andon call with the answers it has had (the earliest acknowledgement and close count).
struct AndonCall
{
    QString id;
    QString machineId;
    QString machineCode;
    QString machineName; // in the current language
    QString workshop;
    AndonKind kind = AndonKind::Supervisor;
    QString note;
    QString employeeId;
    QString employeeName;
    qint64 calledAtMs = 0;
    qint64 acknowledgedAtMs = 0; // 0: not yet
    QString acknowledgedBy;      // display name of the user
    qint64 closedAtMs = 0;       // 0: not yet
    QString closedBy;
    QString closeNote;

    AndonState state() const
    {
        return closedAtMs ? AndonState::Closed
                          : (acknowledgedAtMs ? AndonState::Acknowledged : AndonState::Open);
    }
    // Not acknowledged ESCALATE_AFTER_MS after the call: shown louder, to the owner as well.
    bool escalated(qint64 nowMs, qint64 escalateAfterMs) const
    {
        return !acknowledgedAtMs && !closedAtMs && nowMs - calledAtMs >= escalateAfterMs;
    }
    qint64 responseMs() const { return acknowledgedAtMs ? acknowledgedAtMs - calledAtMs : 0; }
    // From the acknowledgement (or the call, if closed unacknowledged) to the close.
    qint64 repairMs() const
    {
        return closedAtMs ? closedAtMs - (acknowledgedAtMs ? acknowledgedAtMs : calledAtMs) : 0;
    }
};

} // namespace Taktline
