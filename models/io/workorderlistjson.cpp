#include "io/workorderlistjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Taktline {

QByteArray WorkOrderListJson::write(const QList<WorkOrderListRow> &rows)
{
    QJsonArray array;
    for (const WorkOrderListRow &row : rows) {
        array.append(QJsonObject{{QStringLiteral("number"), row.number},
                                 {QStringLiteral("part_no"), row.partNo},
                                 {QStringLiteral("product"), row.productName},
                                 {QStringLiteral("quantity"), row.quantity},
                                 {QStringLiteral("due_date"), row.dueDate.toString(Qt::ISODate)},
                                 {QStringLiteral("customer"), row.customer},
                                 {QStringLiteral("priority"), priorityKey(row.priority)},
                                 {QStringLiteral("state"), workOrderStateKey(row.state)}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace Taktline
