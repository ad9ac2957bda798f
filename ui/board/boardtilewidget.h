#pragma once

#include "services/board/boardsnapshot.h"

#include <QWidget>

namespace Taktline {

// One machine's tile on the wall board: a band in its status colour (the Machines page's), the
// job, done / planned in the largest type, how long it has been in its status, and a frame that
// flashes while it has an open andon call (red once the call has escalated); while its first
// article waits for the inspector, "等待首检 N 分钟" in amber instead of the time in status.
class BoardTileWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit BoardTileWidget(QWidget *parent = nullptr);

    void setTile(const BoardTile &tile);
    // CALL: the kind of its oldest open call (empty: none); ESCALATED: one waited too long.
    void setCall(const QString &call, bool escalated);
    void setEscalated(bool escalated);
    // Moves the time in status and the flash on (every second or so).
    void tick(qint64 nowMs, bool flashOn);

    const BoardTile &tile() const { return m_tile; }
    QString doneText() const;
    QString timeInStatusText() const;
    QString firstArticleText() const; // "Waiting for first article 17 min"; empty: not waiting
    bool hasCall() const { return !m_call.isEmpty(); }
    bool isEscalated() const { return m_escalated; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    BoardTile m_tile;
    QString m_call;
    bool m_escalated = false;
    bool m_flashOn = false;
    qint64 m_nowMs = 0;
};

} // namespace Taktline
