#pragma once

#include "domain/outcome.h"
#include "domain/trace/trace.h"
#include "storage/trace/serialrepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Taktline {

// Builds a serial's genealogy trees (追溯): backward to its steps, the lots fed to its work
// order and the serials fitted into it; forward up the serials it went into, to the customer.
class SerialGenealogy final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::SerialGenealogy)

public:
    explicit SerialGenealogy(const QSqlDatabase &db);

    // Backward (反向追溯): SERIAL, its work order and steps, its components, recursively, and
    // the shipment that took it.
    Result<TraceNode> backward(const SerialNumber &serial) const;
    // Forward (正向追溯): the serial SERIAL was fitted into, and that one's parent, up the
    // chain to the unit that shipped and its shipment.
    Result<TraceNode> forward(const SerialNumber &serial) const;

private:
    QSqlDatabase m_db;
};

} // namespace Taktline
