#pragma once

#include <QDate>
#include <QString>

namespace Taktline {

// A batch to send to the supplier of a subcontracted step (发外).
struct SubcontractSend
{
    QString operationId;     // the outsourced step of a work order (OP: scan, or chosen)
    double quantity = 0;     // > 0 and ≤ what the step can send (sendable())
    QDate dueDate;           // invalid: today + the supplier's lead days
    double unitPrice = -1;   // < 0: the step's subcontract price
    QString note;
    QString employeeId;
};

// What came back of one subcontract order (回厂).
struct SubcontractReceipt
{
    QString orderId;
    double good = 0;
    double defective = 0;
    double shortQuantity = 0; // written off: never coming back; closes that part of the order
    QString note;
    QString employeeId;
};

// One subcontract order with what came back so far.
struct SubcontractOrder
{
    QString id;
    QString number; // OUT-20261207-0001
    QString workOrderId;
    QString workOrderNumber;
    QString partNo;
    QString productName; // in the current language
    QString operationId;
    int seq = 0;
    QString stepName;
    QString supplierId;
    QString supplierCode;
    QString supplierName;
    double quantity = 0; // sent
    double good = 0;
    double defective = 0;
    double shortQuantity = 0;
    double unitPrice = 0;
    QDate dueDate;
    qint64 sentAtMs = 0;
    qint64 lastReceiptAtMs = 0; // 0: nothing back yet

    double open() const { return quantity - good - defective - shortQuantity; }
    bool isOpen() const { return open() > 1e-9; }
    bool isLate(const QDate &today) const { return isOpen() && dueDate < today; }
    // Something came back, but less than was sent, and the rest is still awaited.
    bool isShort() const { return isOpen() && lastReceiptAtMs > 0; }
    double cost() const { return good * unitPrice; } // the supplier is paid for good pieces
};

} // namespace Taktline
