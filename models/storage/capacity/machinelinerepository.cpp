#include "storage/capacity/machinelinerepository.h"

#include "storage/sqlquery.h"

#include <QSqlQuery>

namespace Taktline {

MachineLineRepository::MachineLineRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QHash<QString, QString>> MachineLineRepository::lines() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (Outcome prepared = Sql::prepare(query, QStringLiteral("SELECT id, line FROM machines WHERE deleted = 0"),
                                        tr("read the machines' lines"));
        !prepared)
        return prepared;
    if (Outcome done = Sql::exec(query, tr("read the machines' lines")); !done)
        return done;
    QHash<QString, QString> lines;
    while (query.next())
        lines.insert(query.value(QStringLiteral("id")).toString(),
                     query.value(QStringLiteral("line")).toString().trimmed());
    return lines;
}

} // namespace Taktline
