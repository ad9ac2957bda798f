#pragma once

#include "storage/uuid.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace Taktline::SqlInspection {

// Looks at a database file through a plain SQLite connection of its own, without any Taktline
// code: what a test sees is what is in the file.
template<typename T>
T inspect(const QString &path, const std::function<T(const QSqlDatabase &)> &look)
{
    const QString name = QStringLiteral("inspect-") + newUuidV7();
    T result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("inspect %s: cannot open", qPrintable(path));
        result = look(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// Every row SQL returns, its cells joined by '|'; a failing statement is one "error: …" row.
inline QStringList rows(const QSqlDatabase &db, const QString &sql)
{
    QStringList found;
    QSqlQuery query(db);
    if (!query.exec(sql))
        return {QStringLiteral("error: ") + sql};
    while (query.next()) {
        QStringList cells;
        for (int i = 0; i < query.record().count(); ++i)
            cells << query.value(i).toString();
        found << cells.join(QLatin1Char('|'));
    }
    return found;
}

// The first row SQL returns, or an empty string.
inline QString value(const QSqlDatabase &db, const QString &sql)
{
    const QStringList found = rows(db, sql);
    return found.isEmpty() ? QString() : found.constFirst();
}

// meta.KEY of the file at PATH (schema_version, device_id, …).
inline QString meta(const QString &path, const char *key)
{
    return inspect<QString>(path, [key](const QSqlDatabase &db) {
        return value(db, QStringLiteral("SELECT value FROM meta WHERE key = '%1'").arg(QLatin1String(key)));
    });
}

// The first value SQL returns, or "<failed: …>" with SQLite's reason.
inline QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return QVariant(QStringLiteral("<failed: %1>").arg(query.lastError().text()));
    return query.value(0);
}

// A connection that bypasses Database, the way another program would touch the file; closed
// when it goes.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-") + newUuidV7())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

} // namespace Taktline::SqlInspection
