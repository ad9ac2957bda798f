#pragma once

#include "domain/outcome.h"
#include "domain/trace/trace.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Taktline {

// The moves of a genealogy (追溯): where a serial was taken, oldest first, as trace nodes to hang
// under the serial.
class PlaceTrace final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::PlaceTrace)

public:
    explicit PlaceTrace(QSqlDatabase db);

    Result<QList<TraceNode>> ofSerial(const QString &serialId) const;

private:
    QSqlDatabase m_db;
};

} // namespace Taktline
