#pragma once

#include "services/board/boardsnapshot.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace Taktline {

class BoardTileWidget;

// The board's machine grid: one tile per machine, laid out to fill the screen, at most
// TilesPerScreen at a time (a larger factory's machines take turns, screen by screen); a
// sentence when the factory has no machines yet.
class BoardMachineGrid final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int TilesPerScreen = 24; // 6 × 4: readable from across the shop

    explicit BoardMachineGrid(QWidget *parent = nullptr);

    // Lays out a tile per machine of SNAPSHOT (when the board is built).
    void rebuild(const BoardSnapshot &snapshot);
    // Repaints the tiles of MACHINE_IDS from SNAPSHOT, and nothing else.
    void refresh(const BoardSnapshot &snapshot, const QSet<QString> &machineIds);
    void tick(const BoardSnapshot &snapshot, qint64 nowMs, bool flashOn);

    int screenCount() const;
    int currentScreen() const;
    void showScreen(int index);

    BoardTileWidget *tile(const QString &machineId) const { return m_tiles.value(machineId); }
    int tileCount() const { return int(m_tiles.size()); }
    QString emptyText() const;
    bool showsEmptyText() const;

private:
    void refreshOne(const BoardSnapshot &snapshot, BoardTileWidget *tile, const BoardTile &data);

    QStackedWidget *m_screens;
    QLabel *m_empty;
    QHash<QString, BoardTileWidget *> m_tiles;
};

} // namespace Taktline
