#pragma once

#include "storage/planning/workorderrepository.h"

#include <QByteArray>
#include <QList>

namespace Taktline {

// The work-order list as JSON, the form `taktline workorders --json` prints for scripts: one
// object per order with its number, product, quantity, due date, customer, priority and state.
class WorkOrderListJson final
{
public:
    static QByteArray write(const QList<WorkOrderListRow> &rows);
};

} // namespace Taktline
