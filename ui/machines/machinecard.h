#pragma once

#include <QFrame>

class QLabel;

namespace Taktline {

class LoadBar;
struct MachineLoad;
struct MachineQueue;

// One machine on the Machines page: code and name, workshop, status, the operation planned
// to run now, its queue and its load for the next seven days against its capacity.
class MachineCard final : public QFrame
{
    Q_OBJECT
public:
    explicit MachineCard(QWidget *parent = nullptr);

    void setMachine(const MachineQueue &machine, const MachineLoad &load);
    QString machineId() const { return m_machineId; }
    int queueLength() const { return m_queueLength; }
    QString text() const; // everything the card says, for tests and accessibility
    LoadBar *loadBar() const { return m_loadBar; }

private:
    QString m_machineId;
    int m_queueLength = 0;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_workshop;
    QLabel *m_current;
    QLabel *m_queue;
    QLabel *m_load;
    LoadBar *m_loadBar;
};

} // namespace Taktline
