#pragma once

#include "domain/masterdata/bom.h"
#include "domain/outcome.h"

#include <QObject>

#include <functional>
#include <memory>

namespace Taktline {

class AccessControl;
class AuditRepository;
class BomRepository;
class Clock;
class Database;
class RoutingService;
class WorkOrderRepository;
struct BomProduct;
struct WorkOrder;

// Bills of materials (物料清单): edits a product's component lines (needs EditMasterData),
// refusing what cannot be built — unknown parts, a part in itself, twice on one BOM, a step the
// routing lacks, a circle at any depth — and derives what a work order needs, has been fed and
// is short of (缺料).
class BomService final : public QObject
{
    Q_OBJECT
public:
    BomService(std::shared_ptr<Database> db, const Clock &clock, AccessControl *access,
               AuditRepository *audit, const RoutingService *routing, QObject *parent = nullptr);
    ~BomService() override;

    Result<QList<BomLine>> lines(const QString &productId) const;
    Result<BomLine> line(const QString &lineId) const;
    // Adds a line to LINE.productId's BOM; returns its id.
    Result<QString> addLine(BomLine line);
    // Changes component, quantity, step or note of a saved line (its product stays).
    Outcome updateLine(const BomLine &line);
    Outcome removeLine(const QString &lineId);  // a tombstone
    Outcome restoreLine(const QString &lineId); // takes a removal back, checked like an add

    // Per line of the order's product's BOM: required, fed, usable stock and shortage.
    Result<QList<MaterialRequirement>> requirements(const QString &workOrderId) const;
    // The lines fed at OPERATIONID's step (step 0 lines at the order's first step).
    Result<QList<MaterialRequirement>> suggestedFeed(const QString &operationId) const;

signals:
    void bomChanged(const QString &productId);

private:
    Outcome check(const BomLine &line, const BomLine *before) const;
    Outcome checkStep(const BomLine &line, const BomProduct &product) const;
    Outcome checkNoCycle(const BomLine &line, const BomProduct &product,
                         const BomProduct &component) const;
    Result<QList<MaterialRequirement>>
    requirementsOf(const WorkOrder &order, const std::function<bool(const BomLine &)> &keep) const;
    Outcome save(const BomLine &line, const QString &action, const std::function<Outcome()> &write);
    QString describe(const BomLine &line) const;

    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
    std::unique_ptr<BomRepository> m_repository;
    std::unique_ptr<WorkOrderRepository> m_workOrders;
    AccessControl *m_access;
    AuditRepository *m_audit;
    const RoutingService *m_routing;
};

} // namespace Taktline
