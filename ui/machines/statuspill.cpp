#include "statuspill.h"

namespace Taktline {

StatusPill::StatusPill(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("machineStatus"));
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    setStatus(MachineStatus::Idle);
}

void StatusPill::setStatus(MachineStatus status, const QString &text)
{
    m_status = status;
    setText(text.isEmpty() ? machineStatusDisplayName(status) : text);
    setStyleSheet(QStringLiteral("#machineStatus { background: %1; color: %2; border-radius: 10px;"
                                 " padding: 2px 10px; font-weight: 600; }")
                      .arg(background(status).name(), foreground(status).name()));
}

QColor StatusPill::background(MachineStatus status)
{
    switch (status) {
    case MachineStatus::Running:
        return QColor(0x2e, 0x8b, 0x47);
    case MachineStatus::Idle:
        return QColor(0xe3, 0xe8, 0xee);
    case MachineStatus::Setup:
        return QColor(0x2f, 0x7d, 0xd1);
    case MachineStatus::Down:
        return QColor(0xd3, 0x2f, 0x2f);
    case MachineStatus::Maintenance:
        return QColor(0xf0, 0xa2, 0x02);
    }
    return {};
}

QColor StatusPill::foreground(MachineStatus status)
{
    switch (status) {
    case MachineStatus::Idle:
        return QColor(0x4a, 0x59, 0x6a);
    case MachineStatus::Maintenance:
        return QColor(0x1d, 0x2a, 0x38); // dark on amber reads better
    default:
        return QColor(0xff, 0xff, 0xff);
    }
}

} // namespace Taktline
