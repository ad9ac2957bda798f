#pragma once

#include "domain/outcome.h"
#include "services/board/boardreader.h"
#include "services/board/boardsnapshot.h"

#include <QObject>
#include <QSet>

class QTimer;

namespace Taktline {

class FactFeed;
struct FactBatch;
class Workspace;

// The wall board's state: built once when the board opens, then patched with each new fact the
// FactFeed brings — a report changes one tile's count and one hour of one line, a status event
// one tile, an andon call or answer the open calls — and says what changed, so the board
// repaints only that. Reads only; the workspace it reads needs no session.
class BoardService final : public QObject
{
    Q_OBJECT
public:
    static constexpr int PollMs = 1000;
    static constexpr qint64 PlanRefreshMs = 5 * 60 * 1000; // late orders come from the plan

    BoardService(Workspace *workspace, const QString &workshop, QObject *parent = nullptr);
    ~BoardService() override;

    // Makes the workspace's connection refuse every write (SQLite's query_only), for a board
    // process that must only show: even a bug cannot change the factory from the wall.
    Outcome lockReadOnly();
    // Builds the snapshot; the feed starts from the facts in the file now.
    Outcome load();
    // Polls for new facts every PollMs (and at once when sync says it applied changes).
    void start();
    const BoardSnapshot &snapshot() const { return m_snapshot; }
    FactFeed *feed() const { return m_feed; }
    Workspace *workspace() const { return m_workspace; }
    QString lastError() const { return m_lastError; }

    // Applies BATCH to the snapshot (the feed calls it; public for the benchmark).
    void apply(const FactBatch &batch);
    // What time alone changes, looked at every minute: a new day is a new board, and the plan's
    // late orders are read again every PlanRefreshMs.
    void checkTime();

signals:
    void loaded();
    void tilesChanged(const QSet<QString> &machineIds);
    void linesChanged();
    void ordersChanged();
    void callsChanged();
    void failed(const QString &message);

private:
    Outcome applyReports(const FactBatch &batch, QSet<QString> &tiles, bool &lines, bool &orders);
    Outcome applyStatuses(const FactBatch &batch, QSet<QString> &tiles, bool &lines);
    Outcome refreshCalls(QSet<QString> &tiles);
    Outcome refreshFirstArticles(QSet<QString> &tiles);
    Outcome refreshOrders();
    void fail(const QString &message);

    Workspace *m_workspace;
    QString m_workshop;
    BoardReader m_reader;
    BoardSnapshot m_snapshot;
    FactFeed *m_feed;
    QTimer *m_minute;
    qint64 m_ordersReadMs = 0;
    QString m_lastError;
};

} // namespace Taktline
