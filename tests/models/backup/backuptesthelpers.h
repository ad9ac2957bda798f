#pragma once

#include "sqlinspection.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QStringList>

// What the backup tests compare: every row of every table of a database file.
namespace BackupTestHelpers {

// Table name → its rows (cells joined by '|'), sorted, read through a connection of its own.
inline QMap<QString, QStringList> allRows(const QString &path)
{
    using namespace Taktline;
    return SqlInspection::inspect<QMap<QString, QStringList>>(path, [](const QSqlDatabase &db) {
        QMap<QString, QStringList> tables;
        const QStringList names = SqlInspection::rows(
            db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                               "LIKE 'sqlite_%' ORDER BY name"));
        for (const QString &name : names) {
            QStringList rows =
                SqlInspection::rows(db, QStringLiteral("SELECT * FROM \"%1\"").arg(name));
            rows.sort();
            tables.insert(name, rows);
        }
        return tables;
    });
}

// Flips one bit of the byte at OFFSET (from the end when negative) of the file at PATH.
inline bool flipByte(const QString &path, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const qint64 at = offset < 0 ? file.size() + offset : offset;
    file.seek(at);
    char byte = 0;
    file.getChar(&byte);
    file.seek(at);
    return file.putChar(char(byte ^ 0x10));
}

inline bool truncateBy(const QString &path, qint64 bytes)
{
    QFile file(path);
    return file.resize(file.size() - bytes);
}

} // namespace BackupTestHelpers
