#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace Taktline {

// A material lot (批次) as received from a supplier; blocked lots may not be fed.
struct MaterialLot
{
    QString id;
    QString lotNo;     // L2611-0042 (device "A") or L2611-B0042; unique, never a key
    QString productId; // the material: any product may be one
    QString supplier;
    QString supplierLot;
    double receivedQty = 0;
    QDate receivedOn;
    std::optional<QDate> expiry;
    bool blocked = false;
    QString blockReason;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
};

// What a lot movement records: stock in (+), material fed to an operation (−), a correction (±).
enum class LotMovementKind { Receipt, Consumption, Adjustment };

QString lotMovementKindKey(LotMovementKind kind); // stored: "consumption"
std::optional<LotMovementKind> lotMovementKindFromKey(const QString &key);

// One insert-only fact about a lot's quantity.
struct LotMovement
{
    QString id;
    QString lotId;
    LotMovementKind kind = LotMovementKind::Receipt;
    double quantity = 0; // signed: receipt +, consumption −
    QString workOrderId;
    QString operationId;
    QString reportId;
    QString employeeId;
    QString machineId;
    qint64 atMs = 0;
    QString deviceId;
    QString userId;
};

// A lot's stock, derived from its movements.
struct LotStock
{
    double received = 0;
    double consumed = 0; // positive: what was fed
    double adjusted = 0;
    double remaining = 0;
};

// A lot with its stock, as a list of lots shows it.
struct LotWithStock
{
    MaterialLot lot;
    LotStock stock;
};

// One node of a genealogy tree (追溯): a work order, an operation, a report, a lot, a feed, a
// serial number, one step a serial went through, a finished-goods receipt (成品入库), a
// shipment to a customer (发货), an inspection (检验), a nonconformance (不合格品) or its disposition.
struct TraceNode
{
    enum class Kind {
        WorkOrder,
        Operation,
        Report,
        Lot,
        Consumption,
        Serial,
        SerialStep,
        FinishedGoods,
        Shipment,
        Inspection,     // 检验: one verdict on the lot, serial or order
        Nonconformance, // 不合格品, with its dispositions under it
        Disposition,    // 不合格品处理: what was done with (part of) it
        Move            // 移库: a piece taken to a place
    };

    Kind kind = Kind::WorkOrder;
    QString code;  // what a user would scan or type: WO number, "WO-…/10", lot, serial
    QString title; // one translated line for a tree view
    // Stable English keys: employee, machine, good, quantity, supplier, customer, …
    QVariantMap details;
    qint64 atMs = 0; // when it happened (UTC ms); 0 when not one moment
    QList<TraceNode> children;

    static QString kindKey(Kind kind); // "work_order", "lot", "finished_goods", "shipment", …
    QJsonObject toJson() const;
    // Every node of the tree, depth first, this one first.
    QList<const TraceNode *> flatten() const;
};

} // namespace Taktline
