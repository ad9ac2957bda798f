#pragma once

#include "domain/outcome.h"
#include "domain/planning/workorder.h"
#include "domain/trace/trace.h"
#include "storage/masterdata/bomrepository.h"
#include "storage/planning/workorderrepository.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace Taktline {

// Where a checked feed goes, and how much of the lot one piece takes by the BOM.
struct FeedTarget
{
    WorkOrderOperation operation;
    WorkOrder order;
    std::optional<double> quantityPerUnit; // none when the product has no BOM
};

// Whether a material lot may be fed (投料) to an operation, whatever the quantity: lot usable,
// order running, and the lot's material on the order's bill of materials at this step.
class FeedCheck final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::FeedCheck)

public:
    explicit FeedCheck(const QSqlDatabase &db);

    // Why LOT must not be fed to OPERATION_ID on TODAY, or where it goes. Reads, never writes.
    Result<FeedTarget> check(const MaterialLot &lot, const QString &operationId,
                             const QDate &today) const;

private:
    // The BOM quantity per unit when LOT's material is fed at OPERATION's step; none when the
    // product has no BOM.
    Result<std::optional<double>> checkMaterial(const MaterialLot &lot,
                                                const WorkOrderOperation &operation,
                                                const WorkOrder &order) const;

    WorkOrderRepository m_workOrders;
    BomRepository m_bom;
};

} // namespace Taktline
