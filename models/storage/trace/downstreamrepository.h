#pragma once

#include "domain/outcome.h"
#include "storage/trace/serialrepository.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>

namespace Taktline {

// Reads what a genealogy shows downstream of a work order beyond its own receipts and
// shipments: its serials fitted into other serials, and which orders have anything after them.
class DownstreamRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::DownstreamRepository)

public:
    explicit DownstreamRepository(QSqlDatabase db);

    // The serials of a work order that were fitted into another serial, in serial order.
    Result<QList<SerialNumber>> fittedSerialsOf(const QString &workOrderId) const;
    // Which of WORK_ORDER_IDS have anything downstream (a receipt, a shipped line, a serial
    // fitted elsewhere), in one query: a lot fed into hundreds of orders asks once, not 3× each.
    Result<QSet<QString>> ordersWithDownstream(const QStringList &workOrderIds) const;

private:
    QSqlDatabase m_db;
};

} // namespace Taktline
