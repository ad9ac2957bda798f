#pragma once

#include "domain/andon/andoncall.h"

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;
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

    // Andon (安灯): the machine's open calls, with Acknowledge / Close buttons for someone who
    // may answer; the card's frame pulses while any is open, red once one is escalated.
    enum class AndonLevel { None, Open, Escalated };
    void setAndon(const QList<AndonCall> &calls, qint64 nowMs, qint64 escalateAfterMs,
                  bool canAnswer);
    AndonLevel andonLevel() const { return m_andonLevel; }
    QStringList andonTexts() const;
    // The button that acknowledges (or closes) call CALL_ID, or null.
    QPushButton *andonButton(const QString &callId, bool close) const;
    void setPulse(bool on);
    QPushButton *timelineButton() const { return m_timelineButton; }
    // The finished pieces of earlier steps waiting in front of the machine (待加工); 0 hides it.
    void setWaiting(double pieces);
    double waiting() const { return m_waitingPieces; }

signals:
    void answerRequested(const QString &callId, bool close);
    void timelineRequested(const QString &machineId);

protected:
    void paintEvent(QPaintEvent *event) override;

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
    QLabel *m_waiting;
    double m_waitingPieces = 0;
    QLabel *m_load;
    LoadBar *m_loadBar;
    QPushButton *m_timelineButton;
    QWidget *m_andonBox;
    QVBoxLayout *m_andonRows;
    QList<QLabel *> m_andonLabels;
    AndonLevel m_andonLevel = AndonLevel::None;
    bool m_pulse = true;
};

} // namespace Taktline
