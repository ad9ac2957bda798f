#pragma once

#include "domain/masterdata/masterrecord.h"
#include "domain/planning/workorder.h"
#include "domain/planning/workorderstatemachine.h"
#include "storage/planning/workorderrepository.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace Taktline {

class AccessControl;
class AuditRepository;
class Clock;
class Database;
class MasterDataService;
class RoutingService;
class WorkOrderRules;

// Use cases on work orders: create with a number, edit with a guard against edits from two
// windows, change state through the state machine (release copies the routing), edit the
// operations until production starts.
class WorkOrderService final : public QObject
{
    Q_OBJECT
public:
    WorkOrderService(std::shared_ptr<Database> db, const Clock &clock, AccessControl *access,
                     AuditRepository *audit, const MasterDataService *masterData,
                     const RoutingService *routing, QObject *parent = nullptr);
    ~WorkOrderService() override;

    Result<WorkOrder> find(const QString &id) const;
    Result<QString> idForNumber(const QString &number) const;
    // A filter without a day of its own counts as overdue what is due before today.
    Result<QList<WorkOrderListRow>> page(const WorkOrderFilter &filter, int offset, int limit) const;
    Result<int> count(const WorkOrderFilter &filter) const;
    Result<QList<WorkOrderOperation>> operations(const QString &workOrderId) const;

    // The factory's day by the workspace's clock: orders are numbered by it, late after it.
    QDate today() const;
    // Things the user should confirm but may do (a due date before today).
    QStringList warnings(const WorkOrder &order) const;

    // Creates a draft and gives it its number; returns the new id.
    Result<QString> create(WorkOrder order);
    // Creates a draft that keeps ORDER.number (an import): checked like create(), and the
    // number must be printable as a barcode and not taken (removed orders keep theirs).
    Result<QString> createNumbered(WorkOrder order);
    // Creates drafts that keep their numbers (an import), each checked like createNumbered(), in
    // one transaction, announced once after it commits (workOrdersAdded): a list or the schedule
    // refreshes once for 100,000 orders, not once per order. Returns the new ids in order.
    Result<QStringList> createNumbered(const QList<WorkOrder> &orders);
    // Removes a draft (a tombstone), or brings a removed one back: how an import's undo and
    // redo take back and make again an order it added. Refused once the order was released.
    Outcome setDraftRemoved(const QString &id, bool removed);
    // Saves the edited header fields; ORDER.version must be the version the user started from.
    Outcome update(const WorkOrder &order);
    Outcome apply(const QString &id, WorkOrderAction action, int expectedVersion);
    // The first report on a released order starts production (Start): the same rule, version
    // and audit fact as apply(), for whoever may report (UseStation). Joins the caller's
    // transaction; workOrderChanged follows its commit.
    Outcome startFromReport(const WorkOrder &order);
    // Replaces the operations while the order is a draft or released and nothing is produced.
    Outcome setOperations(const QString &id, QList<WorkOrderOperation> ops, int expectedVersion);
    // Creates ORDER numbered and released at once, with the operations of its product's routing,
    // inside the caller's transaction (joins it): a rework disposition makes its rework order
    // this way. The caller has checked who may (DisposeNonconformance); checked like create().
    // workOrderAdded follows the commit. Answers the order as stored (id, number, state).
    Result<WorkOrder> createReleased(WorkOrder order);

signals:
    void workOrderAdded(const QString &id);
    void workOrdersAdded(const QStringList &ids); // many at once: an import
    void workOrderChanged(const QString &id);

private:
    WorkOrderFilter withToday(WorkOrderFilter filter) const;
    Result<QString> insertDraft(WorkOrder order, bool announce = true,
                                QHash<QString, MasterRecord> *products = nullptr);
    Result<QString> insertNumbered(WorkOrder order, bool announce,
                                   QHash<QString, MasterRecord> *products = nullptr);
    Outcome bumpVersion(const WorkOrder &order, int expectedVersion);
    // Moves STORED to the state ACTION leads to, inside the caller's transaction.
    Outcome transition(const WorkOrder &stored, WorkOrderAction action, int expectedVersion);

    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
    WorkOrderRepository m_repository;
    AccessControl *m_access;
    AuditRepository *m_audit;
    const MasterDataService *m_masterData;
    const RoutingService *m_routing;
    std::unique_ptr<WorkOrderRules> m_rules; // checks, operations from the routing, queue places
};

} // namespace Taktline
