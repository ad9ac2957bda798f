#pragma once

#include "services/places/pieceledger.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Taktline {

struct WaitingPieces;

// Which pieces wait in front of which machine: the finished pieces of the step before an
// operation queued on the machine (not completed), and whatever lies in the machine's input
// buffer. Each piece counts for one machine: pieces in some machine's input buffer wait there.
class WaitingPiecesFinder final
{
public:
    WaitingPiecesFinder(const StepPieceLedgers &ledgers, const QHash<QString, PlaceRow> &places);

    // In front of MACHINE_ID, by order number, step and place code.
    QList<WaitingPieces> at(const QString &machineId) const;
    // Machine id → pieces waiting in front of it, for every machine with some.
    QHash<QString, double> byMachine() const;

private:
    // Calls VISIT(machine id, the step holding the pieces, the step to take them or null, share).
    template<typename Visit> void forEach(Visit visit) const;

    const StepPieceLedgers &m_ledgers;
    const QHash<QString, PlaceRow> &m_places;
};

} // namespace Taktline
