#pragma once

#include <QList>
#include <QString>

#include <algorithm>
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
    // Never negative: answers synced from a device whose clock ran behind count as at once.
    qint64 responseMs() const
    {
        return acknowledgedAtMs ? std::max<qint64>(0, acknowledgedAtMs - calledAtMs) : 0;
    }
    // From the acknowledgement (or the call, if closed unacknowledged) to the close.
    qint64 repairMs() const
    {
        return closedAtMs ? std::max<qint64>(
                                0, closedAtMs - (acknowledgedAtMs ? acknowledgedAtMs : calledAtMs))
                          : 0;
    }
    // How long it has waited for an answer (until acknowledged, closed or NOW_MS).
    qint64 waitingMs(qint64 nowMs) const
    {
        const qint64 end = acknowledgedAtMs ? acknowledgedAtMs : (closedAtMs ? closedAtMs : nowMs);
        return std::max<qint64>(0, end - calledAtMs);
    }
};

} // namespace Taktline
