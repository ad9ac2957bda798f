#pragma once

#include <QCoreApplication>

#include "domain/planning/routingoperation.h"

#include <QSqlDatabase>

namespace Taktline {

// Reads and replaces the ordered operations of a product's routing.
class RoutingRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::RoutingRepository)

public:
    explicit RoutingRepository(QSqlDatabase db);

    Result<Routing> operations(const QString &productId) const;
    // Makes the stored routing equal to ROUTING: updates operations by id, adds the new ones
    // (their ids must be set), tombstones the ones that are gone. Call inside a transaction.
    Outcome replace(const QString &productId, const Routing &routing);
    Result<int> countProductsWithRouting() const;
    // Whether SUPPLIER_ID names a supplier that is neither removed nor deactivated.
    Result<bool> isUsableSupplier(const QString &supplierId) const;

private:
    QSqlDatabase m_db;
};

} // namespace Taktline
