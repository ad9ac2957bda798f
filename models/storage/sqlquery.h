#pragma once

#include "domain/outcome.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace Taktline {

// Helpers that run SQL and turn every failure into a message naming what was being done.
namespace Sql {

QString failureMessage(const QString &purpose, const QSqlError &error);
Outcome exec(QSqlQuery &query, const QString &purpose);
Outcome exec(const QSqlDatabase &db, const QString &statement, const QString &purpose);
Outcome prepare(QSqlQuery &query, const QString &statement, const QString &purpose);
bool isUniqueViolation(const QSqlError &error);
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

} // namespace Sql
} // namespace Taktline
