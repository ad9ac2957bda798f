#include "storage/trace/downstreamrepository.h"

#include "storage/sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace Taktline {

namespace {

// Serial s was fitted into another serial.
const QString IsFitted = QStringLiteral("EXISTS (SELECT 1 FROM serial_events ev WHERE "
                                        "ev.component_serial_id = s.id AND ev.kind = 'component')");

} // namespace

DownstreamRepository::DownstreamRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<SerialNumber>> DownstreamRepository::fittedSerialsOf(const QString &workOrderId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM serials s WHERE s.work_order_id = :order AND %2 "
                                 "ORDER BY s.serial")
                      .arg(SerialNumber::sqlColumns(), IsFitted));
    query.bindValue(QStringLiteral(":order"), workOrderId);
    if (Outcome done = Sql::exec(query, tr("read the serial numbers fitted elsewhere")); !done)
        return done;
    QList<SerialNumber> serials;
    const Sql::Row row(query);
    while (query.next())
        serials.append(SerialNumber::read(row));
    return serials;
}

Result<QSet<QString>>
DownstreamRepository::ordersWithDownstream(const QStringList &workOrderIds) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral(
            "SELECT j.value AS work_order_id FROM json_each(:ids) j WHERE "
            "EXISTS (SELECT 1 FROM finished_goods_receipts f WHERE f.work_order_id = j.value) OR "
            "EXISTS (SELECT 1 FROM shipment_lines l WHERE l.work_order_id = j.value) OR "
            "EXISTS (SELECT 1 FROM serials s WHERE s.work_order_id = j.value AND %1)")
            .arg(IsFitted));
    query.bindValue(QStringLiteral(":ids"),
                    QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(workOrderIds))
                                          .toJson(QJsonDocument::Compact)));
    if (Outcome done = Sql::exec(query, tr("read what became of the work orders")); !done)
        return done;
    QSet<QString> ids;
    const Sql::Row row(query);
    while (query.next())
        ids.insert(row.value(QStringLiteral("work_order_id")).toString());
    return ids;
}

} // namespace Taktline
