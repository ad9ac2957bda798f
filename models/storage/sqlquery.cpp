#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>

namespace Taktline::Sql {

QString failureMessage(const QString &purpose, const QSqlError &error)
{
    QString detail = error.databaseText();
    if (detail.isEmpty())
        detail = error.text();
    return QCoreApplication::translate("Taktline::Database", "Could not %1: %2").arg(purpose, detail);
}

Outcome exec(QSqlQuery &query, const QString &purpose)
{
    if (query.exec())
        return Outcome::success();
    return Outcome::failure(failureMessage(purpose, query.lastError()));
}

Outcome exec(const QSqlDatabase &db, const QString &statement, const QString &purpose)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return Outcome::success();
    return Outcome::failure(failureMessage(purpose, query.lastError()));
}

Outcome prepare(QSqlQuery &query, const QString &statement, const QString &purpose)
{
    if (query.prepare(statement))
        return Outcome::success();
    return Outcome::failure(failureMessage(purpose, query.lastError()));
}

Result<QSqlQuery *> Statement::query(const QString &purpose)
{
    if (!m_query) {
        QSqlQuery query(m_db);
        if (!query.prepare(m_sql))
            return Outcome::failure(failureMessage(purpose, query.lastError()));
        m_query = std::move(query);
    }
    return &*m_query;
}

sqlite3 *handle(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool isUniqueViolation(const QSqlError &error)
{
    // SQLite extended codes 2067 (SQLITE_CONSTRAINT_UNIQUE) and 1555 (PRIMARYKEY).
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("2067") || code == QLatin1String("1555")
        || error.databaseText().contains(QLatin1String("UNIQUE constraint failed"));
}

namespace {

constexpr int Missing = -1;
constexpr int Ambiguous = -2;

} // namespace

Row::Row(const QSqlQuery &query)
    : m_query(query)
{
}

QVariant Row::value(const QString &name) const
{
    if (!m_indexed) {
        const QSqlRecord record = m_query.record();
        m_columns.reserve(record.count());
        for (int i = 0; i < record.count(); ++i) {
            const QString field = record.fieldName(i);
            const auto it = m_columns.constFind(field);
            m_columns.insert(field, it == m_columns.constEnd() ? i : Ambiguous);
        }
        m_indexed = true;
    }
    const int index = m_columns.value(name, Missing);
    if (index >= 0)
        return m_query.value(index);
    qCritical(
        "Taktline::Sql::Row: the statement selects %s column named '%s' (alias it with AS): %s",
        index == Ambiguous ? "more than one" : "no", qPrintable(name),
        qPrintable(m_query.lastQuery()));
    return {};
}

QVariant column(const QSqlQuery &query, const QString &name)
{
    return Row(query).value(name);
}

} // namespace Taktline::Sql
