#pragma once

#include "domain/outcome.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Taktline {

// The file a command writes with --out: checked before the command opens any database (never
// a factory file, never the --db file, always the extension of what is written) and written
// through QSaveFile, so a failed write leaves the earlier file as it was.
class OutputFile final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::OutputFile)

public:
    // Refuses PATH when it is empty, does not end in one of SUFFIXES (lower case, no dot), is
    // DATABASE_PATH itself or is an SQLite database. Call it before any database is opened.
    static Outcome check(const QString &path, const QStringList &suffixes,
                         const QString &databasePath);
    // Replaces PATH with BYTES in one step.
    static Outcome write(const QString &path, const QByteArray &bytes);
    // True when PATH starts with the SQLite header "SQLite format 3\0".
    static bool isDatabase(const QString &path);
};

} // namespace Taktline
