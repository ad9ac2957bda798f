#pragma once

#include "domain/outcome.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Taktline {

// The triggers the schema steps create (append-only protection, the hash chain …) and which of
// them a database file lacks or has altered: the check at open and the chain verifier's.
class SchemaTriggers final
{
public:
    // Every trigger by name, with its SQL: learned once from a database built in memory by the
    // same steps, so a new step's triggers are expected without a list. Empty if that fails.
    static QHash<QString, QString> expected();
    // The names of the expected triggers DB lacks or has with other SQL, sorted; an error
    // when DB cannot be read.
    static Result<QStringList> missingOrAltered(const QSqlDatabase &db);
};

} // namespace Taktline
