#pragma once

#include "services/places/placeservice.h"

#include <QLabel>

class QTimeZone;

namespace Taktline {

class Workspace;

// Under a serial's genealogy: where the piece was moved, in time order (移库记录), and where it
// is now. Hidden for anything else and for a piece never moved.
class SerialMovesLine final : public QLabel
{
    Q_OBJECT
public:
    SerialMovesLine(Workspace *workspace, QWidget *parent = nullptr);

    // Shows the moves of the serial SERIAL_CODE; hides itself when there are none.
    void showSerial(const QString &serialCode);
    void clearMoves();
    // "Moves: 12-07 09:10 → A-01 货架 (王建国) · …", in ZONE.
    static QString movesText(const QList<SerialMove> &moves, const QTimeZone &zone);

private:
    Workspace *m_workspace;
};

} // namespace Taktline
