#pragma once

#include "domain/station/production.h"

#include <QColor>
#include <QLabel>

namespace Taktline {

// A rounded label in the colour of a machine status (Running green, Idle grey, Set-up blue,
// Down red, Maintenance amber), used on the machine cards and in the page's legend.
class StatusPill final : public QLabel
{
    Q_OBJECT
public:
    explicit StatusPill(QWidget *parent = nullptr);

    // TEXT defaults to the status's display name.
    void setStatus(MachineStatus status, const QString &text = {});
    MachineStatus status() const { return m_status; }

    static QColor background(MachineStatus status);
    static QColor foreground(MachineStatus status);

private:
    MachineStatus m_status = MachineStatus::Idle;
};

} // namespace Taktline
