#pragma once

#include "domain/outcome.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Taktline {

// A product as a promise names it.
struct PromiseProduct
{
    QString id;
    QString partNo;
    QString name;
    QString nameEn;
    QString unit;
    bool active = true;
};

// One step of the product's routing, as a work order would copy it.
struct PromiseRoutingStep
{
    int seq = 0; // 10, 20 … like the work order's operations
    QString name;
    double standardSeconds = 0;
    QString machineId;
    bool outsourced = false;
    QString supplierId;
    QString supplierName; // in the current language
    bool supplierActive = true;
    int supplierLeadDays = -1; // -1: no supplier, or one that no longer exists
};

// One BOM line's component with what is left of it for a new order.
struct PromiseComponent
{
    QString componentId;
    QString partNo;
    QString name;
    QString nameEn;
    QString unit;
    double perUnit = 0;
    double usableStock = 0;  // in lots neither blocked nor expired
    double openDemand = 0;   // what released, running and held orders still need of it
};

// Reads what a capable-to-promise answer needs beyond the plan: the product, its routing and
// its components' stock and open demand. Reads only.
class PromiseRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::PromiseRepository)

public:
    explicit PromiseRepository(QSqlDatabase db);

    // By part number (any case) or by id; none when no live product has it.
    Result<std::optional<PromiseProduct>> product(const QString &partNoOrId) const;
    Result<QList<PromiseRoutingStep>> routing(const QString &productId) const;
    // The components of PRODUCTID's BOM, by part number, with stock usable on TODAY.
    Result<QList<PromiseComponent>> components(const QString &productId, const QDate &today) const;

private:
    QSqlDatabase m_db;
};

} // namespace Taktline
