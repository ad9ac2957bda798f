#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace Taktline {

// Finished pieces of a work order put into the finished-goods store (成品入库). Insert-only.
struct FinishedGoodsReceipt
{
    QString id;
    QString workOrderId;
    double quantity = 0;
    QString location;   // where in the store, as the warehouse names it; may be empty
    QString employeeId; // who put them away; may be empty
    qint64 atMs = 0;
    QString deviceId;
    QString userId;
};

// One delivery to a customer (发货): a numbered header over shipped lines. Insert-only.
struct Shipment
{
    QString id;
    QString shipmentNo; // SH2611-0001 (device "A") or SH2611-B0001; unique, never a key
    QString customer;
    QString customerOrder;
    QDate shippedOn;
    QString note;
    qint64 atMs = 0;
    QString deviceId;
    QString userId;
};

// Part of a work order's production lot, or one serial of it (quantity 1), in a shipment.
struct ShipmentLine
{
    QString id;
    QString shipmentId;
    QString workOrderId;
    QString serialId; // empty for a lot line
    double quantity = 0;
    qint64 atMs = 0;
    QString deviceId;
    QString userId;
};

// One line as a user scans or types it: a work order (number or `WO:` code) or production lot
// with a quantity, or a serial (`SN:` code or as typed), which is always one piece.
struct ShipmentRequestLine
{
    QString code;
    double quantity = 1;
};

// A shipment as the dispatcher asks for it; an invalid date means today.
struct ShipmentRequest
{
    QString customer;
    QString customerOrder;
    QDate shippedOn;
    QString note;
    QList<ShipmentRequestLine> lines;
};

// A work order's finished stock, derived from receipts and shipped lines.
struct FinishedStock
{
    double received = 0;
    double shipped = 0;
    double inStock() const { return received - shipped; }
};

// The prefix a shipment's barcode carries: "SHP:SH2611-0001".
inline constexpr char ShipmentCodePrefix[] = "SHP:";

// The shipment number in CODE: "SHP:SH2611-0001" (any case of the prefix) or as typed.
QString shipmentNumberOf(const QString &code);
// True when CODE carries the shipment prefix.
bool isShipmentCode(const QString &code);
// "SHP:" + NUMBER, what a delivery note's barcode carries.
QString shipmentCode(const QString &shipmentNo);

} // namespace Taktline
