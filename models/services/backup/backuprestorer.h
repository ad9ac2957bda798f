#pragma once

#include <QCoreApplication>

#include "domain/backup/backupentry.h"
#include "domain/outcome.h"

#include <QString>

namespace Taktline {

// Puts a verified backup's content into a factory file through SQLite (the backup API), after
// saving the file's current state as a before-restore backup. Nothing but SQLite opens the
// factory file.
class BackupRestorer final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::BackupRestorer)

public:
    static Result<BackupEntry> restore(const QString &databasePath, const QString &file,
                                       const QString &passphrase, const QString &safetyFolder);
};

} // namespace Taktline
