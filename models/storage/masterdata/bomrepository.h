#pragma once

#include "domain/masterdata/bom.h"
#include "domain/outcome.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QMultiHash>
#include <QSqlDatabase>

namespace Taktline {

// A product as a bill of materials names it: part number, names, unit, still choosable or not.
struct BomProduct
{
    QString id;
    QString partNo;
    QString name;
    QString nameEn;
    QString unit;
    bool active = true;
};

// Reads and writes bill-of-materials lines (mutable, tombstoned), and reads what a work order's
// material requirements are derived from: material fed into it and usable lot stock.
class BomRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::BomRepository)

public:
    explicit BomRepository(QSqlDatabase db);

    // The live lines of PRODUCTID, by step and then by the component's part number.
    Result<QList<BomLine>> lines(const QString &productId) const;
    Result<std::optional<BomLine>> find(const QString &lineId) const;          // a live line
    Result<std::optional<BomLine>> findRemoved(const QString &lineId) const;   // a tombstoned one
    Result<std::optional<BomProduct>> product(const QString &productId) const; // not deleted
    // Every live line as product → component, but for line EXCEPTLINEID: what a cycle check walks.
    Result<QMultiHash<QString, QString>> componentGraph(const QString &exceptLineId) const;

    Outcome insert(const BomLine &line, qint64 atMs);
    Outcome update(const BomLine &line, qint64 atMs);
    Outcome setDeleted(const QString &lineId, bool deleted, qint64 atMs);

    // What was fed (consumed) into WORKORDERID, per material.
    Result<QHash<QString, double>> fedByMaterial(const QString &workOrderId) const;
    // What is left, per component of PRODUCTID, in lots that are neither blocked nor expired
    // on TODAY.
    Result<QHash<QString, double>> usableStockOfComponents(const QString &productId,
                                                           const QDate &today) const;

private:
    Result<std::optional<BomLine>> findWhere(const QString &lineId, bool deleted) const;

    QSqlDatabase m_db;
};

} // namespace Taktline
