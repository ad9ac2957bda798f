#pragma once

#include "domain/andon/andoncall.h"

#include <QHash>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTimer;

namespace Taktline {

class StationSession;
class Workspace;

// The station's andon (安灯): a big Call button that opens one big button per kind (material,
// quality, maintenance, supervisor) and calls for the station's machine and operator; beside it
// the machine's open calls with how long each has waited, an escalated one louder.
class AndonPanel final : public QWidget
{
    Q_OBJECT
public:
    AndonPanel(Workspace *workspace, StationSession *session, QWidget *parent = nullptr);

    QPushButton *callButton() const { return m_callButton; }
    QPushButton *kindButton(AndonKind kind) const { return m_kindButtons.value(int(kind)); }
    QWidget *kindRow() const { return m_kindRow; }
    // The open calls as shown, one line per call ("Material · waiting 12 min"), for tests.
    QStringList callTexts() const;
    // How many of them are shown as escalated.
    int escalatedCount() const;
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void call(AndonKind kind);

    Workspace *m_workspace;
    StationSession *m_session;
    QPushButton *m_callButton;
    QWidget *m_kindRow;
    QHash<int, QPushButton *> m_kindButtons;
    QHBoxLayout *m_calls;
    QList<QLabel *> m_callLabels;
    QTimer *m_tick; // the waiting time moves; answers given on other devices show
};

} // namespace Taktline
