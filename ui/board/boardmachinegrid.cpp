#include "board/boardmachinegrid.h"

#include "board/boardtilewidget.h"

#include <QGridLayout>
#include <QLabel>
#include <QStackedWidget>

#include <cmath>

namespace Taktline {

BoardMachineGrid::BoardMachineGrid(QWidget *parent)
    : QWidget(parent)
    , m_screens(new QStackedWidget(this))
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
    layout->addWidget(m_screens, 1);
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
    m_tiles.clear();
    while (m_screens->count() > 0) {
        QWidget *screen = m_screens->widget(0);
        m_screens->removeWidget(screen);
        delete screen;
    }
    const int count = int(snapshot.tiles.size());
    m_empty->setVisible(count == 0);
    m_screens->setVisible(count > 0);
    if (count == 0)
        return;
    // Columns for tiles about twice as wide as high on a 16:9 screen.
    const int perScreen = std::min(count, TilesPerScreen);
    const int columns = std::clamp(int(std::ceil(std::sqrt(perScreen * 16.0 / 9.0 / 2.0))), 1, 6);
    const int rows = (perScreen + columns - 1) / columns;
    for (int first = 0; first < count; first += TilesPerScreen) {
        auto *screen = new QWidget(m_screens);
        auto *grid = new QGridLayout(screen);
        grid->setContentsMargins(0, 0, 0, 0);
        grid->setSpacing(12);
        for (int i = first; i < std::min(count, first + TilesPerScreen); ++i) {
            auto *tile = new BoardTileWidget(screen);
            m_tiles.insert(snapshot.tiles.at(i).machineId, tile);
            grid->addWidget(tile, (i - first) / columns, (i - first) % columns);
            refreshOne(snapshot, tile, snapshot.tiles.at(i));
        }
        // Every screen keeps the first one's cells, so a last, shorter screen has tiles of the
        // same size.
        for (int c = 0; c < columns; ++c)
            grid->setColumnStretch(c, 1);
        for (int r = 0; r < rows; ++r)
            grid->setRowStretch(r, 1);
        m_screens->addWidget(screen);
    }
}

int BoardMachineGrid::screenCount() const
{
    return m_screens->count();
}

int BoardMachineGrid::currentScreen() const
{
    return std::max(0, m_screens->currentIndex());
}

void BoardMachineGrid::showScreen(int index)
{
    if (index >= 0 && index < m_screens->count())
        m_screens->setCurrentIndex(index);
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
