#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;
class QTimeZone;

namespace Taktline {

class LoadBar;
class StatusPill;
struct MachineLiveState;

// One machine on the Machines page: code and name, live status with since when (and
// the reason when down), the job with its progress, rate and estimated finish, today's
// downtime and output, its queue and its load for the next seven days against capacity.
class MachineCard final : public QFrame
{
    Q_OBJECT
public:
    explicit MachineCard(QWidget *parent = nullptr);

    // Times show in ZONE (the factory calendar's); NOW_MS moves "since".
    void setState(const MachineLiveState &state, qint64 nowMs, const QTimeZone &zone);
    QString machineId() const { return m_machineId; }
    int queueLength() const { return m_queueLength; }
    QString text() const; // everything the card says, for tests and accessibility
    StatusPill *statusPill() const { return m_status; }
    QProgressBar *progressBar() const { return m_progress; }
    LoadBar *loadBar() const { return m_loadBar; }

private:
    QLabel *addFigure(int index, const QString &caption);

    QString m_machineId;
    int m_queueLength = 0;
    QLabel *m_title;
    StatusPill *m_status;
    QLabel *m_capacity;
    QLabel *m_since;
    QLabel *m_job;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QWidget *m_figures;
    QLabel *m_rate;
    QLabel *m_eta;
    QLabel *m_downtime;
    QLabel *m_output;
    QLabel *m_queue;
    QLabel *m_load;
    LoadBar *m_loadBar;
};

} // namespace Taktline
