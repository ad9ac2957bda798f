#include "storage/station/stationpinrepository.h"

#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Taktline {

namespace {

QString purpose(const char *text)
{
    return QCoreApplication::translate("Taktline::Database", text);
}

} // namespace

StationPinRepository::StationPinRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QString> StationPinRepository::hashFor(const QString &employeeId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT pin_hash FROM employee_pins WHERE employee_id = :id"));
    query.bindValue(QStringLiteral(":id"), employeeId);
    if (Outcome done = Sql::exec(
            query, purpose(QT_TRANSLATE_NOOP("Taktline::Database", "read a station PIN")));
        !done)
        return done;
    return query.next() ? query.value(0).toString() : QString();
}

Outcome StationPinRepository::setHash(const QString &employeeId, const QString &hash, qint64 nowMs)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO employee_pins (employee_id, pin_hash, updated_at) VALUES (:id, :hash, :now) "
        "ON CONFLICT(employee_id) DO UPDATE SET pin_hash = excluded.pin_hash, "
        "updated_at = excluded.updated_at"));
    query.bindValue(QStringLiteral(":id"), employeeId);
    query.bindValue(QStringLiteral(":hash"), Sql::text(hash));
    query.bindValue(QStringLiteral(":now"), nowMs);
    return Sql::exec(query, purpose(QT_TRANSLATE_NOOP("Taktline::Database", "save a station PIN")));
}

Result<int> StationPinRepository::activeWithoutPin() const
{
    const QString what =
        purpose(QT_TRANSLATE_NOOP("Taktline::Database", "count employees without a PIN"));
    QSqlQuery query(m_db);
    if (Outcome ready = Sql::prepare(
            query,
            QStringLiteral("SELECT count(*) FROM employees e WHERE e.deleted = 0 AND e.active = 1 "
                           "AND NOT EXISTS (SELECT 1 FROM employee_pins p WHERE p.employee_id = "
                           "e.id AND p.pin_hash <> '')"),
            what);
        !ready)
        return ready;
    if (Outcome done = Sql::exec(query, what); !done)
        return done;
    return query.next() ? query.value(0).toInt() : 0;
}

} // namespace Taktline
