#pragma once

#include "domain/outcome.h"
#include "domain/subcontract/subcontractorder.h"

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
