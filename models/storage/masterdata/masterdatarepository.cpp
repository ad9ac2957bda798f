#include "storage/masterdata/masterdatarepository.h"

#include "storage/sqlquery.h"
#include "storage/uuid.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Taktline {

namespace {

QVariant toStorage(const FieldSpec &field, const QVariant &value)
{
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Choice: {
        // A null QString binds as SQL NULL, but text columns are NOT NULL (DEFAULT ''); an
        // optional reference left empty (a place without a machine) is NULL for its foreign key.
        const QString text = value.toString();
        if (!field.reference.isEmpty() && !field.required && text.trimmed().isEmpty())
            return QVariant(QMetaType::fromType<QString>());
        return text.isNull() ? QStringLiteral("") : text;
    }
    case FieldType::Boolean:
        return value.toBool() ? 1 : 0;
    case FieldType::Integer:
    case FieldType::Decimal:
        return value;
    }
    return value;
}

QVariant fromStorage(const FieldSpec &field, const QVariant &value)
{
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Choice:
        return value.toString();
    case FieldType::Boolean:
        return value.toInt() != 0;
    case FieldType::Integer:
        return value.isNull() ? QVariant() : QVariant(value.toLongLong());
    case FieldType::Decimal:
        return value.isNull() ? QVariant() : QVariant(value.toDouble());
    }
    return value;
}

// Runs an UPDATE of one record by id; a record that is not there is an error, not a no-op.
Outcome execOnOneRow(QSqlQuery &query, const EntitySpec &spec)
{
    if (Outcome done = Sql::exec(query, MasterDataRepository::tr("save the %1").arg(spec.displaySingular())); !done)
        return done;
    if (query.numRowsAffected() != 1)
        return Outcome::failure(MasterDataRepository::tr("The %1 no longer exists.").arg(spec.displaySingular()));
    return Outcome::success();
}

} // namespace

MasterDataRepository::MasterDataRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString MasterDataRepository::selectColumns(const EntitySpec &spec) const
{
    QStringList columns = {QStringLiteral("id"), QStringLiteral("active")};
    for (const FieldSpec &field : spec.fields)
        columns << field.column;
    // Then the name and English name of each referenced row (a product's unit).
    for (const FieldSpec &field : spec.fields) {
        if (field.reference.isEmpty())
            continue;
        for (const char *name : {"name", "name_en"}) {
            columns << QStringLiteral("(SELECT r.%1 FROM %2 r WHERE r.id = %3.%4)")
                           .arg(QString::fromLatin1(name), field.reference, spec.table,
                                field.column);
        }
    }
    for (const auto &[column, expression] : spec.derivedColumns)
        columns << column;
    return columns.join(QStringLiteral(", "));
}

MasterRecord MasterDataRepository::readRecord(const EntitySpec &spec, const QSqlQuery &query) const
{
    MasterRecord record;
    record.id = query.value(0).toString();
    record.active = query.value(1).toInt() != 0;
    for (int i = 0; i < spec.fields.size(); ++i)
        record.values.insert(spec.fields.at(i).column, fromStorage(spec.fields.at(i), query.value(i + 2)));
    int next = static_cast<int>(spec.fields.size()) + 2;
    for (const FieldSpec &field : spec.fields) {
        if (field.reference.isEmpty())
            continue;
        record.values.insert(
            field.displayColumn(),
            localizedName(query.value(next).toString(), query.value(next + 1).toString()));
        next += 2;
    }
    for (const auto &[column, expression] : spec.derivedColumns)
        record.values.insert(column, query.value(next++));
    return record;
}

Result<QList<MasterRecord>> MasterDataRepository::list(const EntitySpec &spec,
                                                       bool includeInactive) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE deleted = 0 %3 ORDER BY %4")
                            .arg(selectColumns(spec), spec.table,
                                 includeInactive ? QString() : QStringLiteral("AND active = 1"),
                                 spec.codeField().column);
    if (!query.exec(sql))
        return Outcome::failure(Sql::failureMessage(tr("read the %1 list").arg(spec.displayPlural()),
                                                    query.lastError()));
    QList<MasterRecord> records;
    while (query.next())
        records.append(readRecord(spec, query));
    return records;
}

Result<MasterRecord> MasterDataRepository::find(const EntitySpec &spec, const QString &id) const
{
    auto statement = m_finds.find(spec.table);
    if (statement == m_finds.end()) {
        statement = m_finds
                        .try_emplace(spec.table, m_db,
                                     QStringLiteral("SELECT %1 FROM %2 WHERE id = :id")
                                         .arg(selectColumns(spec), spec.table))
                        .first;
    }
    const QString purpose = tr("read a %1").arg(spec.displaySingular());
    const Result<QSqlQuery *> prepared = statement->second.query(purpose);
    if (!prepared)
        return prepared.outcome();
    QSqlQuery &query = *prepared.value();
    query.bindValue(QStringLiteral(":id"), id);
    if (Outcome done = Sql::exec(query, purpose); !done)
        return done;
    Result<MasterRecord> found =
        query.next() ? readRecord(spec, query)
                     : Result<MasterRecord>(Outcome::failure(
                           tr("The %1 no longer exists.").arg(spec.displaySingular())));
    query.finish();
    return found;
}

Result<QString> MasterDataRepository::idWhere(const EntitySpec &spec, const QString &column,
                                              const QVariant &value) const
{
    QSqlQuery query(m_db);
    const FieldSpec *field = spec.field(column);
    const bool text = field && field->type == FieldType::Text;
    query.prepare(
        QStringLiteral("SELECT id FROM %1 WHERE deleted = 0 AND %2 = :value%3")
            .arg(spec.table, column, text ? QStringLiteral(" COLLATE NOCASE") : QString()));
    query.bindValue(QStringLiteral(":value"), value);
    if (Outcome done = Sql::exec(query, tr("look up a %1").arg(spec.displaySingular())); !done)
        return done;
    return query.next() ? query.value(0).toString() : QString();
}

Result<QString> MasterDataRepository::referenceId(const FieldSpec &field, const QString &text) const
{
    QSqlQuery query(m_db);
    // An id or code first, then a name: "m" is the unit whose code is M before any named "m".
    query.prepare(
        QStringLiteral("SELECT id, CASE WHEN id = :id OR code = :code COLLATE NOCASE THEN 0 "
                       "ELSE 1 END AS rank FROM %1 WHERE deleted = 0 AND (id = :id2 OR "
                       "code = :code2 COLLATE NOCASE OR name = :name OR name_en = :nameEn "
                       "COLLATE NOCASE) ORDER BY rank, active DESC LIMIT 1")
            .arg(field.reference));
    for (const char *name : {":id", ":code", ":id2", ":code2", ":name", ":nameEn"})
        query.bindValue(QString::fromLatin1(name), text);
    if (Outcome done = Sql::exec(query, tr("look up the %1").arg(field.displayLabel())); !done)
        return done;
    return query.next() ? query.value(QStringLiteral("id")).toString() : QString();
}

Outcome MasterDataRepository::insert(const EntitySpec &spec, const MasterRecord &record)
{
    QStringList columns = {QStringLiteral("id"), QStringLiteral("active"),
                           QStringLiteral("created_at"), QStringLiteral("updated_at")};
    QStringList placeholders = {QStringLiteral(":id"), QStringLiteral(":active"),
                                QStringLiteral(":now"), QStringLiteral(":now")};
    for (const FieldSpec &field : spec.fields) {
        columns << field.column;
        placeholders << QLatin1Char(':') + field.column;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(spec.table, columns.join(QStringLiteral(", ")),
                           placeholders.join(QStringLiteral(", "))));
    query.bindValue(QStringLiteral(":id"), record.id);
    query.bindValue(QStringLiteral(":active"), record.active ? 1 : 0);
    query.bindValue(QStringLiteral(":now"), nowUtcMs());
    for (const FieldSpec &field : spec.fields)
        query.bindValue(QLatin1Char(':') + field.column, toStorage(field, record.values.value(field.column)));
    if (Outcome done = Sql::exec(query, tr("save the %1").arg(spec.displaySingular())); !done)
        return done;
    return writeDerived(spec, record.id);
}

Outcome MasterDataRepository::writeDerived(const EntitySpec &spec, const QString &id)
{
    if (spec.derivedColumns.isEmpty())
        return Outcome::success();
    QStringList assignments;
    QStringList same; // no write (and nothing to sync) when they already agree
    for (const auto &[column, expression] : spec.derivedColumns) {
        assignments << column + QStringLiteral(" = (") + expression + QLatin1Char(')');
        same << column + QStringLiteral(" IS (") + expression + QLatin1Char(')');
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = :id AND NOT (%3)")
                      .arg(spec.table, assignments.join(QStringLiteral(", ")),
                           same.join(QStringLiteral(" AND "))));
    query.bindValue(QStringLiteral(":id"), id);
    return Sql::exec(query, tr("save the %1").arg(spec.displaySingular()));
}

Outcome MasterDataRepository::update(const EntitySpec &spec, const QString &id,
                                     const QString &column, const QVariant &value)
{
    const FieldSpec *field = spec.field(column);
    if (!field)
        return Outcome::failure(tr("Unknown field %1.").arg(column));
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE %1 SET %2 = :value, updated_at = :now WHERE id = :id")
                      .arg(spec.table, column));
    query.bindValue(QStringLiteral(":value"), toStorage(*field, value));
    query.bindValue(QStringLiteral(":now"), nowUtcMs());
    query.bindValue(QStringLiteral(":id"), id);
    if (Outcome done = execOnOneRow(query, spec); !done)
        return done;
    return writeDerived(spec, id);
}

Outcome MasterDataRepository::setFlag(const EntitySpec &spec, const QString &id, const char *flag,
                                      bool value)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE %1 SET %2 = :value, updated_at = :now WHERE id = :id")
                      .arg(spec.table, QString::fromLatin1(flag)));
    query.bindValue(QStringLiteral(":value"), value ? 1 : 0);
    query.bindValue(QStringLiteral(":now"), nowUtcMs());
    query.bindValue(QStringLiteral(":id"), id);
    return execOnOneRow(query, spec);
}

Outcome MasterDataRepository::setActive(const EntitySpec &spec, const QString &id, bool active)
{
    return setFlag(spec, id, "active", active);
}

Outcome MasterDataRepository::setDeleted(const EntitySpec &spec, const QString &id, bool deleted)
{
    return setFlag(spec, id, "deleted", deleted);
}

} // namespace Taktline
