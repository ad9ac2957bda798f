#include "machines/statuspill.h"

#include "item/palette.h"

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
        return Palette::Good;
    case MachineStatus::Idle:
        return Palette::IdleFill;
    case MachineStatus::Setup:
        return Palette::Accent;
    case MachineStatus::Down:
        return Palette::Red;
    case MachineStatus::Maintenance:
        return Palette::Amber;
    }
    return {};
}

QColor StatusPill::foreground(MachineStatus status)
{
    switch (status) {
    case MachineStatus::Idle:
        return Palette::IdleText;
    case MachineStatus::Maintenance:
        return Palette::Ink; // dark on amber reads better
    default:
        return Palette::White;
    }
}

} // namespace Taktline
