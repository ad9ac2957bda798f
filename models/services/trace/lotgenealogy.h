#pragma once

#include "domain/outcome.h"
#include "domain/trace/trace.h"
#include "storage/trace/tracerepository.h"

#include <QCoreApplication>

namespace Taktline {

class Clock;
class MasterDataService;

// Builds the lot genealogy trees (追溯): backward from a work order to the lots fed at its
// steps, forward from a material lot to the orders it went into and on to the customer.
class LotGenealogy final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::LotGenealogy)

public:
    // CLOCK says which lots have expired (the factory's today, not the wall clock's).
    LotGenealogy(const QSqlDatabase &db, const MasterDataService *masterData, const Clock &clock);

    // Backward trace (反向追溯) of a work order (number, `WO:` code) or its production lot.
    Result<TraceNode> backward(const QString &code) const;
    // Forward trace (正向追溯) of LOT.
    Result<TraceNode> forward(const MaterialLot &lot) const;

private:
    // The one work order CODE names by number or production lot, as typed or in capitals.
    Result<TraceOrderRow> findOrder(const QString &code) const;

    QSqlDatabase m_db;
    TraceRepository m_repository;
    const MasterDataService *m_masterData;
    const Clock &m_clock;
};

} // namespace Taktline
