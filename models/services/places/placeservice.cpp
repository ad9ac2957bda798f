#include "services/places/placeservice.h"

#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "storage/database.h"

#include <QHash>

namespace Taktline {

// Stub until the places branch lands: links, refuses, reads nothing.
PlaceService::PlaceService(std::shared_ptr<Database> db, const Clock &clock, AccessControl *access,
                           MasterDataService *masterData, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_access(access)
    , m_masterData(masterData)
{
}

PlaceService::~PlaceService() = default;

Result<QString> PlaceService::move(const MoveInput &)
{
    return Outcome::failure(tr("Moving pieces is not built yet."));
}

Result<QList<StepPieces>> PlaceService::piecesOf(const QString &) const
{
    return Outcome::failure(tr("Moving pieces is not built yet."));
}

Result<QList<WaitingPieces>> PlaceService::waitingAt(const QString &) const
{
    return Outcome::failure(tr("Moving pieces is not built yet."));
}

Result<QHash<QString, double>> PlaceService::waitingByMachine() const
{
    return Outcome::failure(tr("Moving pieces is not built yet."));
}

Result<QList<SerialMove>> PlaceService::serialMoves(const QString &) const
{
    return Outcome::failure(tr("Moving pieces is not built yet."));
}

Result<QList<PlacedPieces>> PlaceService::lotPlaces(const QString &) const
{
    return Outcome::failure(tr("Moving pieces is not built yet."));
}

} // namespace Taktline
