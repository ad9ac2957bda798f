#pragma once

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace Taktline {

class MessageBanner;
class Workspace;

// The Station group of Settings: the factory's shop-floor rules (over-report tolerance,
// double-scan window, idle sign-out, wages only for approved reports, a PIN after the badge) and
// the machine this tablet is fixed to (per device).
class StationSettingsBox final : public QGroupBox
{
    Q_OBJECT
public:
    StationSettingsBox(Workspace *workspace, MessageBanner *banner, QWidget *parent = nullptr);

    static QString fixedMachineKey(); // QSettings key "station/machine"

private:
    void save();

    Workspace *m_workspace;
    MessageBanner *m_banner;
    QDoubleSpinBox *m_tolerance;
    QSpinBox *m_doubleScan;
    QSpinBox *m_idle;
    QComboBox *m_machine;
    QCheckBox *m_approval;
    QCheckBox *m_pin;
    QSpinBox *m_escalate; // andon: minutes before an unanswered call escalates
};

} // namespace Taktline
