#pragma once

#include "domain/outcome.h"
#include "domain/trace/shipment.h"
#include "storage/trace/tracerepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Taktline {

// A finished-goods receipt with the name of who put the pieces away.
struct ReceiptRow
{
    FinishedGoodsReceipt receipt;
    QString employeeName;
    QString badge;
};

// What the last step of a work order has made: the good pieces that may go into the store.
struct LastStepOutput
{
    bool hasSteps = false;
    int seq = 0;
    QString name;
    double good = 0;
};

// A started work order with finished output not yet received, for the receiving dialog.
struct ReceivableOrderRow
{
    TraceOrderRow order;
    LastStepOutput lastStep;
    double received = 0;
    double receivable() const { return lastStep.good - received; }
};

// Reads and writes finished-goods receipts (成品入库, insert-only), and reads what a receipt is
// checked against: the good output of a work order's last step, and its stock less what shipped.
class FinishedGoodsRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::FinishedGoodsRepository)

public:
    explicit FinishedGoodsRepository(QSqlDatabase db);

    Outcome insertReceipt(const FinishedGoodsReceipt &receipt);
    Result<QList<ReceiptRow>> receipts(const QString &workOrderId) const;
    // Receipts less shipped lines (serial lines included).
    Result<FinishedStock> stock(const QString &workOrderId) const;
    Result<LastStepOutput> lastStepOutput(const QString &workOrderId) const;
    // Started orders whose last step made more good pieces than were received, newest first.
    Result<QList<ReceivableOrderRow>> receivableOrders() const;

private:
    QSqlDatabase m_db;
};

} // namespace Taktline
