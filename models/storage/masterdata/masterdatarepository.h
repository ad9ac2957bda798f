#pragma once

#include <QCoreApplication>

#include "domain/masterdata/masterrecord.h"
#include "domain/outcome.h"

#include "storage/sqlquery.h"

#include <QSqlDatabase>

#include <map>

namespace Taktline {

// Reads and writes every master-data kind through its EntitySpec; no validation here.
class MasterDataRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::MasterDataRepository)

public:
    explicit MasterDataRepository(QSqlDatabase db);

    Result<QList<MasterRecord>> list(const EntitySpec &spec, bool includeInactive) const;
    // Finds a record by id, also a tombstoned one (undo of an undo needs it).
    Result<MasterRecord> find(const EntitySpec &spec, const QString &id) const;
    // The id of the live record whose COLUMN equals VALUE, or an empty string. Text is compared
    // whatever its letter case, like the unique indexes of codes ("cnc-01" finds "CNC-01").
    Result<QString> idWhere(const EntitySpec &spec, const QString &column, const QVariant &value) const;
    // The live row of FIELD's reference table that TEXT names by id, code, name or English name;
    // an empty string when none does.
    Result<QString> referenceId(const FieldSpec &field, const QString &text) const;

    Outcome insert(const EntitySpec &spec, const MasterRecord &record);
    Outcome update(const EntitySpec &spec, const QString &id, const QString &column,
                   const QVariant &value);
    Outcome setActive(const EntitySpec &spec, const QString &id, bool active);
    Outcome setDeleted(const EntitySpec &spec, const QString &id, bool deleted);

private:
    // Rewrites the spec's derived columns of row ID from its fields.
    Outcome writeDerived(const EntitySpec &spec, const QString &id);
    MasterRecord readRecord(const EntitySpec &spec, const class QSqlQuery &query) const;
    QString selectColumns(const EntitySpec &spec) const;
    Outcome setFlag(const EntitySpec &spec, const QString &id, const char *flag, bool value);

    QSqlDatabase m_db;
    // find() per table, prepared once: an import checks a reference on every row.
    mutable std::map<QString, Sql::Statement> m_finds;
};

} // namespace Taktline
