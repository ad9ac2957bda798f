#pragma once

#include "domain/outcome.h"
#include "domain/trace/shipment.h"
#include "storage/numberseries.h"
#include "storage/trace/tracerepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace Taktline {

// A shipped line with the work order, product and serial it names.
struct ShipmentLineRow
{
    ShipmentLine line;
    TraceOrderRow order;
    QString serial; // empty for a lot line
};

// A shipment for a list: the header, how many lines and pieces.
struct ShipmentListRow
{
    Shipment shipment;
    int lineCount = 0;
    double quantity = 0;
};

// What one shipment took of one work order: the pieces and the serials among them.
struct OrderShipmentRow
{
    Shipment shipment;
    double quantity = 0;
    QStringList serials;
};

// Reads and writes shipments (发货) and their lines (both insert-only), and numbers them: by
// number, by day, by the work order or the serial they took.
class ShipmentRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::ShipmentRepository)

public:
    explicit ShipmentRepository(QSqlDatabase db);

    // The next free shipment number of the month for this device; call inside the inserting
    // transaction.
    Result<QString> nextShipmentNumber(const QDate &day, const QString &deviceCode);
    Outcome insertShipment(const Shipment &shipment);
    // One prepared statement for every line; a serial shipped already is refused naming it.
    Outcome insertLines(const QList<ShipmentLine> &lines,
                        const QHash<QString, QString> &serialTexts);

    Result<std::optional<Shipment>> findByNo(const QString &shipmentNo) const;
    Result<QList<ShipmentLineRow>> lines(const QString &shipmentId) const;
    // Shipments shipped on FROM … TO (both included), newest first.
    Result<QList<ShipmentListRow>> shipmentsBetween(const QDate &from, const QDate &to) const;
    // Each shipment that took pieces of the work order, oldest first.
    Result<QList<OrderShipmentRow>> shipmentsOfOrder(const QString &workOrderId) const;
    // The shipment that took the serial, if any.
    Result<std::optional<Shipment>> shipmentOfSerial(const QString &serialId) const;

private:
    QSqlDatabase m_db;
    NumberSeries m_shipmentNumbers;
};

} // namespace Taktline
