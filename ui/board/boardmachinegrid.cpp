#include "board/boardmachinegrid.h"

#include "board/boardtilewidget.h"

#include <QGridLayout>
#include <QLabel>

#include <cmath>

namespace Taktline {

BoardMachineGrid::BoardMachineGrid(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout)
    , m_empty(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_empty->setObjectName(QStringLiteral("boardEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No machines yet. Add them in Master data ▸ Machines, and they appear "
                        "here with their status and work."));
    m_empty->hide();
    m_grid->setSpacing(12);
    layout->addLayout(m_grid, 1);
    layout->addWidget(m_empty, 1);
}

QString BoardMachineGrid::emptyText() const
{
    return m_empty->text();
}

bool BoardMachineGrid::showsEmptyText() const
{
    return !m_empty->isHidden();
}

void BoardMachineGrid::rebuild(const BoardSnapshot &snapshot)
{
    qDeleteAll(m_tiles);
    m_tiles.clear();
    const int count = int(snapshot.tiles.size());
    m_empty->setVisible(count == 0);
    if (count == 0)
        return;
    // Columns for tiles about twice as wide as high on a 16:9 screen.
    const int columns = std::clamp(int(std::ceil(std::sqrt(count * 16.0 / 9.0 / 2.0) * 1.0)), 1, 10);
    const int rows = (count + columns - 1) / columns;
    for (int i = 0; i < count; ++i) {
        auto *tile = new BoardTileWidget(this);
        m_tiles.insert(snapshot.tiles.at(i).machineId, tile);
        m_grid->addWidget(tile, i / columns, i % columns);
        refreshOne(snapshot, tile, snapshot.tiles.at(i));
    }
    for (int c = 0; c < columns; ++c)
        m_grid->setColumnStretch(c, 1);
    for (int r = 0; r < rows; ++r)
        m_grid->setRowStretch(r, 1);
}

void BoardMachineGrid::refresh(const BoardSnapshot &snapshot, const QSet<QString> &machineIds)
{
    for (const QString &id : machineIds) {
        const int index = snapshot.tileOf(id);
        if (BoardTileWidget *tile = m_tiles.value(id); tile && index >= 0)
            refreshOne(snapshot, tile, snapshot.tiles.at(index));
    }
}

void BoardMachineGrid::refreshOne(const BoardSnapshot &snapshot, BoardTileWidget *tile,
                                  const BoardTile &data)
{
    tile->setTile(data);
    QString call;
    for (const AndonCall &open : snapshot.calls) {
        if (open.machineId == data.machineId) {
            call = andonKindDisplayName(open.kind);
            break;
        }
    }
    tile->setCall(call, tile->isEscalated() && !call.isEmpty());
}

void BoardMachineGrid::tick(const BoardSnapshot &snapshot, qint64 nowMs, bool flashOn)
{
    for (auto it = m_tiles.cbegin(); it != m_tiles.cend(); ++it) {
        BoardTileWidget *tile = it.value();
        // Escalation is a matter of time, not of a new fact: it is looked at on every tick.
        tile->setEscalated(tile->hasCall() && snapshot.hasEscalatedCall(it.key(), nowMs));
        tile->tick(nowMs, flashOn);
    }
}

} // namespace Taktline
