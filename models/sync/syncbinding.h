#pragma once

#include <QCoreApplication>
#include <QString>

#include "domain/outcome.h"
#include "sync/syncserver.h"

namespace Taktline {

class Database;

// Which factory a file belongs to, settled at each hello: a new, empty file adopts the server's
// factory (tenant); a file with work of its own may only start an empty factory, whose first
// device it becomes (it uploads its whole history); a file bound to one factory refuses a login
// of another. The device code the server gave goes into the file's numbers while it has issued
// none.
class SyncBinding final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::SyncBinding)

public:
    static Outcome bind(Database &db, SyncServer &server, const SyncServer::Hello &hello,
                        const QString &login);
};

} // namespace Taktline
