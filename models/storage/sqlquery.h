#pragma once

#include "domain/outcome.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <optional>

struct sqlite3;

namespace Taktline {

// Helpers that run SQL and turn every failure into a message naming what was being done.
namespace Sql {

QString failureMessage(const QString &purpose, const QSqlError &error);
Outcome exec(QSqlQuery &query, const QString &purpose);
Outcome exec(const QSqlDatabase &db, const QString &statement, const QString &purpose);
Outcome prepare(QSqlQuery &query, const QString &statement, const QString &purpose);
bool isUniqueViolation(const QSqlError &error);
// The SQLite connection behind DB (Qt's SQLite driver links the same library), for what Qt does
// not offer: SQL functions, the backup API, limits. Null when DB is not an open SQLite database.
sqlite3 *handle(const QSqlDatabase &db);

// One statement prepared once on a connection and run many times, so SQLite compiles it — and
// the triggers it fires, the hash chain's among them — once rather than on every run. For the
// inserts that record facts, the most frequent writes there are.
class Statement final
{
public:
    Statement(QSqlDatabase db, QString sql)
        : m_db(std::move(db))
        , m_sql(std::move(sql))
    {}
    // The query, prepared at the first call, ready for bindValue() and exec(); or why it cannot
    // be prepared, as a message about PURPOSE. Call finish() on it after exec().
    Result<QSqlQuery *> query(const QString &purpose);

private:
    QSqlDatabase m_db;
    QString m_sql;
    std::optional<QSqlQuery> m_query;
};
// A null QString binds as SQL NULL; text columns are NOT NULL, so bind "" for it instead.
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}
// An optional reference: an empty id binds as SQL NULL.
inline QVariant nullable(const QString &id)
{
    return id.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(id);
}

// Reads the current row of one statement's query by column name (its alias, or its column's name;
// matched exactly). The names are looked up once, at the first read, in a hash of the statement's
// columns: QSqlQuery::value(QString) scans them on every read, several times the cost of reading
// by position. A name the statement does not select, or selects twice, is a bug in the statement:
// it is reported with the statement (qCritical, which the tests make fatal with
// QT_FATAL_CRITICALS=1) and reads as an invalid QVariant, never silently as another column.
class Row final
{
public:
    explicit Row(const QSqlQuery &query);

    QVariant value(const QString &name) const;

private:
    const QSqlQuery &m_query;
    mutable QHash<QString, int> m_columns; // name → position, or Ambiguous
    mutable bool m_indexed = false;
};

// The value of column NAME in QUERY's current row, for a statement whose one row is read once
// (a count, a setting); rows read in a loop or by a shared reader go through a Row.
QVariant column(const QSqlQuery &query, const QString &name);

} // namespace Sql
} // namespace Taktline
