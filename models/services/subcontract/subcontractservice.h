#pragma once

#include "domain/outcome.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace Taktline {

class AccessControl;
class AuditRepository;
class Clock;
class Database;
class MasterDataService;
class ReportingService;
class SubcontractRepository;
class WorkOrderService;

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

// Subcontracted steps (外协): sends batches of a step's pieces to its supplier and receives
// them back as facts. A receipt also writes the production report of the step (good and
// defective, no machine) in the same transaction, so the step's progress, the next step and the
// plan follow the receipts. Lists open, late and short orders and the supplier cost per order.
class SubcontractService final : public QObject
{
    Q_OBJECT
public:
    enum class Filter { Open, Late, Short, All };

    SubcontractService(std::shared_ptr<Database> db, const Clock &clock, AccessControl *access,
                       AuditRepository *audit, MasterDataService *masterData,
                       WorkOrderService *workOrders, ReportingService *reporting,
                       QObject *parent = nullptr);
    ~SubcontractService() override;

    // Needs ManageMaterial. Refused, writing nothing: a step that is not outsourced or has no
    // supplier, a zero, negative or absurd quantity, more than the step can send, a due date in
    // the past, a negative price, an order that is not released or running.
    Result<QString> send(const SubcontractSend &input);
    // Needs ManageMaterial. Refused, writing nothing: more back (good + defective + short) than
    // is still open, nothing at all, negative quantities, an unknown order.
    Result<QString> receive(const SubcontractReceipt &input);

    // Pieces of the step that may be sent now: the previous step's good pieces (the order's
    // quantity for a first step) minus what was sent already and not written off short.
    Result<double> sendable(const QString &operationId) const;
    Result<QList<SubcontractOrder>> orders(Filter filter) const;
    Result<QList<SubcontractOrder>> ordersOfOperation(const QString &operationId) const;
    Result<SubcontractOrder> order(const QString &idOrNumber) const;

signals:
    void subcontractChanged();

private:
    Outcome checkSend(const SubcontractSend &input) const;

    std::shared_ptr<Database> m_db;
    std::unique_ptr<SubcontractRepository> m_repository;
    const Clock &m_clock;
    AccessControl *m_access;
    AuditRepository *m_audit;
    MasterDataService *m_masterData;
    WorkOrderService *m_workOrders;
    ReportingService *m_reporting;
};

} // namespace Taktline
