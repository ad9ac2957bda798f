#pragma once

#include "domain/outcome.h"
#include "domain/trace/trace.h"
#include "storage/numberseries.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Taktline {

namespace Sql {
class Row;
} // namespace Sql

// A work order's header as a genealogy shows it, joined with its product.
struct TraceOrderRow
{
    QString id;
    QString number;
    QString lotNo; // the production lot
    QString state;
    double quantity = 0;
    QString partNo;
    QString productName;
    qint64 createdAtMs = 0;

    // The eight columns a query selects for it from work_orders w joined with products p,
    // each named order_… so they never clash with the query's other columns.
    static QString sqlColumns();
    // Reads those columns from the query's current row.
    static TraceOrderRow read(const Sql::Row &row);
};

// One operation of a work order with its machine's code.
struct TraceOperationRow
{
    QString id;
    int seq = 0;
    QString name;
    QString machineCode;
};

// One production report with the names of who and where.
struct TraceReportRow
{
    QString id;
    QString operationId;
    QString employeeName;
    QString badge;
    QString machineCode;
    double good = 0;
    double defective = 0;
    double rework = 0;
    qint64 atMs = 0;
    bool voided = false;
};

// One consumption (投料) with its lot, material, order, operation, operator and machine.
struct TraceFeedRow
{
    LotMovement movement;
    QString lotNo;
    QString supplier;
    QString supplierLot;
    QString materialPartNo;
    QString materialName;
    QString employeeName;
    QString badge;
    QString machineCode;
    TraceOrderRow order;
    int seq = 0;
    QString operationName;
};

// Reads and writes material lots (mutable) and lot movements (insert-only), and reads the rows
// a genealogy is built from, each with one indexed query.
class TraceRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::TraceRepository)

public:
    explicit TraceRepository(QSqlDatabase db);

    Result<std::optional<MaterialLot>> findLotByNo(const QString &lotNo) const;
    Result<QList<MaterialLot>> lotsOf(const QString &productId) const;
    // Every lot (of PRODUCT_ID, when given) with its stock, in one query.
    Result<QList<LotWithStock>> lotsWithStock(const QString &productId) const;
    Outcome insertLot(const MaterialLot &lot);
    // Tombstones a lot (its number stays taken) or brings it back.
    Outcome setLotRemoved(const QString &lotId, bool removed, qint64 atMs);
    Outcome setBlocked(const QString &lotId, bool blocked, const QString &reason, qint64 atMs);
    // The next free lot number of the month for this device; call inside the inserting transaction.
    Result<QString> nextLotNumber(const QDate &day, const QString &deviceCode);

    Outcome insertMovement(const LotMovement &movement);
    Result<LotStock> stock(const QString &lotId) const;

    Result<std::optional<TraceOrderRow>> orderByNumber(const QString &number) const;
    // The work orders of a production lot (the lot number on their travellers), by number. The
    // one query for it: the genealogy and the shipment's scan both read lots of orders here.
    Result<QList<TraceOrderRow>> ordersByLot(const QString &productionLot) const;
    Result<QList<TraceOperationRow>> operations(const QString &workOrderId) const;
    // Original reports (voiding records folded in as `voided`), oldest first.
    Result<QList<TraceReportRow>> reports(const QString &workOrderId) const;
    // Consumptions, oldest first: of one work order, or of one lot.
    Result<QList<TraceFeedRow>> feedsOfOrder(const QString &workOrderId) const;
    Result<QList<TraceFeedRow>> feedsOfLot(const QString &lotId) const;

private:
    Result<QList<TraceFeedRow>> feeds(const QString &where, const QString &id) const;

    QSqlDatabase m_db;
    NumberSeries m_lotNumbers;
    Sql::Statement m_insertMovement; // every feed and receipt: prepared once
};

} // namespace Taktline
