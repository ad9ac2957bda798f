#pragma once

#include <QHash>
#include <QWidget>

class QPushButton;

namespace Taktline {

class MasterDataService;
class ReasonButtons;
class StationSession;

// The station's machine-status row: start, pause, finish, down (with the reason why), set-up
// and maintenance, each pressed into the station session.
class MachineStatusButtons final : public QWidget
{
    Q_OBJECT
public:
    MachineStatusButtons(StationSession *session, MasterDataService *masterData,
                         QWidget *parent = nullptr);

    // NAME: start, pause, finish, down, setup or maintenance.
    QPushButton *button(const QString &name) const { return m_buttons.value(name); }
    ReasonButtons *downtimeReasons() const { return m_downtimeReasons; }

private:
    QHash<QString, QPushButton *> m_buttons;
    ReasonButtons *m_downtimeReasons;
};

} // namespace Taktline
