#pragma once

#include "domain/outcome.h"
#include "services/subcontract/subcontractservice.h"
#include "storage/numberseries.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Taktline {

// An outsourced step of a work order as sending needs it: its order, its supplier and how many
// of its pieces are at the supplier or can go there.
struct SubcontractStep
{
    QString operationId;
    QString workOrderId;
    QString workOrderNumber;
    QString workOrderState; // the state's key
    int seq = 0;
    QString name;
    bool outsourced = false;
    QString supplierId;      // empty: none chosen
    bool supplierUsable = false; // exists, not removed, not deactivated
    int leadDays = 0;
    double unitPrice = 0;
    double available = 0;    // the previous step's good pieces, the order's quantity for a first step
    double sent = 0;         // on every subcontract order of the step
    double writtenOff = 0;   // written off short
};

// One subcontract order row to insert (发外单).
struct SubcontractOrderRow
{
    QString id;
    QString number;
    QString workOrderId;
    QString operationId;
    QString supplierId;
    double quantity = 0;
    double unitPrice = 0;
    QDate dueDate;
    QString note;
    QString employeeId;
    qint64 atMs = 0;
    QString deviceId;
    QString userId;
};

// One receipt row to insert (回厂).
struct SubcontractReceiptRow
{
    QString id;
    QString orderId;
    double good = 0;
    double defective = 0;
    double shortQuantity = 0;
    QString reportId; // the production report written with it; empty when nothing came back
    QString note;
    QString employeeId;
    qint64 atMs = 0;
    QString deviceId;
    QString userId;
};

// Reads and appends the facts of subcontracted steps: subcontract orders and their receipts,
// with the step and supplier they belong to. Knows SQL, nothing about the rules.
class SubcontractRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::SubcontractRepository)

public:
    explicit SubcontractRepository(QSqlDatabase db);

    // Empty when the operation does not exist (or was removed).
    Result<std::optional<SubcontractStep>> step(const QString &operationId) const;
    // Every order with what came back, newest first; only those of OPERATION_ID when given,
    // only the one with ID_OR_NUMBER when given.
    Result<QList<SubcontractOrder>> orders(const QString &operationId = {},
                                           const QString &idOrNumber = {}) const;
    Result<QString> nextNumber(const QDate &day, const QString &deviceCode);
    Outcome insertOrder(const SubcontractOrderRow &row);
    Outcome insertReceipt(const SubcontractReceiptRow &row);

private:
    QSqlDatabase m_db;
    NumberSeries m_numbers;
};

} // namespace Taktline
