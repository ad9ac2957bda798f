#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QTimer;
class QVBoxLayout;

namespace Taktline {

class AndonAnswerDialog;
class MachineCard;
class MachineTimelineDialog;
class MachineOverview;
class MessageBanner;
class Workspace;

// The Machines page: a card per active machine, grouped by workshop, with its live status, job
// progress, today's downtime and output, its queue and its load for the next seven days.
// Follows status events, reports and the plan as they change; a minute timer moves the clock.
class MachinesPage final : public QWidget
{
    Q_OBJECT
public:
    explicit MachinesPage(Workspace *workspace, QWidget *parent = nullptr);
    ~MachinesPage() override;

    QList<MachineCard *> cards() const { return m_cards; }
    MachineCard *card(const QString &machineId) const;
    Q_INVOKABLE void reload();
    // The open andon calls as the page lists them, one line each, for tests.
    QStringList andonListTexts() const;
    // Asks to acknowledge or close one andon call (a window-modal dialog; the answer is saved
    // when it is accepted, a refusal shows in the banner).
    AndonAnswerDialog *answerCall(const QString &callId, bool close);
    // The machine's day as coloured bands, in a window of its own.
    MachineTimelineDialog *openTimeline(const QString &machineId);
    MessageBanner *banner() const { return m_banner; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *createLegend();
    void showAndon(qint64 nowMs);
    void showWaiting(); // pieces waiting in front of each machine (待加工)
    void scheduleReload();
    void arrangeCards();
    int columnCount() const;

    Workspace *m_workspace;
    std::unique_ptr<MachineOverview> m_overview;
    MessageBanner *m_banner;
    QLabel *m_empty;
    QWidget *m_content;
    QVBoxLayout *m_groups;
    QTimer *m_reloadTimer; // coalesces a burst of change signals into one reload
    QTimer *m_clockTimer;  // "since" and the estimated finish move with the clock
    QWidget *m_andonList;
    QVBoxLayout *m_andonLines;
    QTimer *m_pulseTimer; // the frame of a card with an open call breathes
    bool m_pulse = true;
    QList<MachineCard *> m_cards;
    QStringList m_workshopOfCard; // aligned with m_cards
    int m_arrangedColumns = 0;
    bool m_stale = true;
};

} // namespace Taktline
