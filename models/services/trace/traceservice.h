#pragma once

#include "domain/masterdata/bom.h"
#include "domain/outcome.h"
#include "domain/trace/trace.h"

#include <QObject>

#include <memory>

namespace Taktline {

class AccessControl;
class AuditRepository;
class Clock;
class Database;
class FeedCheck;
class LotGenealogy;
class MasterDataService;
class TraceRepository;

// A material lot as the warehouse receives it (来料); an empty lot number gets the next one.
struct LotReceipt
{
    QString lotNo;
    QString productId;
    QString supplier;
    QString supplierLot;
    double quantity = 0;
    QDate receivedOn;            // invalid: today
    std::optional<QDate> expiry; // none: does not expire
};

// Part traceability (追溯): receives material lots, feeds them to operations (投料) as
// insert-only movements, blocks and releases lots, and answers genealogy questions — what went
// into a work order (backward) and where a lot went (forward).
class TraceService final : public QObject
{
    Q_OBJECT
public:
    TraceService(std::shared_ptr<Database> db, const Clock &clock, AccessControl *access,
                 AuditRepository *audit, const MasterDataService *masterData,
                 QObject *parent = nullptr);
    ~TraceService() override;

    // Needs ManageMaterial (a warehouse or supervisor act). Returns the lot number.
    Result<QString> receiveLot(const LotReceipt &receipt);
    // Takes back the receipt of lot LOTID when nothing was fed from it or corrected since: an
    // adjustment of the whole quantity, and the lot removed; RESTORE brings such a lot back the
    // same way. How an import's undo and redo handle opening stock. Needs ManageMaterial.
    Outcome takeBackReceipt(const QString &lotId, bool restore = false);
    Outcome blockLot(const QString &lotCode, const QString &reason);   // needs ManageMaterial
    Outcome unblockLot(const QString &lotCode, const QString &reason); // needs ManageMaterial
    // Feeds QUANTITY of a lot to an operation (needs UseStation). Refused, with nothing written,
    // for an unknown, blocked or expired lot, more than is left, a quantity that is not a positive
    // number, an operation of a work order that is not released or in progress, or a lot of the
    // wrong material: not on the bill of materials of the order's product, or fed at another step
    // (a product without a BOM takes any lot).
    Result<QString> consume(const QString &lotCode, const QString &operationId, double quantity,
                            const QString &employeeId, const QString &machineId,
                            const QString &reportId = {});
    // Every check consume() makes before the quantity, writing nothing, plus "nothing left": the
    // lot, what is left of it and how much of it one piece takes by the BOM. The station asks
    // this when an operator scans a lot, then feeds per unit × the pieces reported.
    Result<FeedPlan> planFeed(const QString &lotCode, const QString &operationId) const;

    Result<MaterialLot> lot(const QString &lotCode) const; // "LOT:L2611-0001" or "L2611-0001"
    Result<LotStock> stock(const QString &lotCode) const;
    Result<QList<MaterialLot>> lotsOf(const QString &productId) const;
    // Every lot (of PRODUCT_ID; empty: of all materials) with its stock, in receiving order.
    Result<QList<LotWithStock>> lotsWithStock(const QString &productId = {}) const;

    // Backward trace (反向追溯) of a work order (number, `WO:` code) or its production lot,
    // built by LotGenealogy.
    Result<TraceNode> backward(const QString &code) const;
    // Forward trace (正向追溯) of a material lot (lot number or `LOT:` code), by LotGenealogy.
    Result<TraceNode> forward(const QString &code) const;

signals:
    void lotReceived(const QString &lotId);
    void lotChanged(const QString &lotId);
    void lotConsumed(const QString &lotId, const QString &workOrderId);

private:
    Outcome setBlocked(const QString &lotCode, bool blocked, const QString &reason);

    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
    std::unique_ptr<TraceRepository> m_repository;
    std::unique_ptr<FeedCheck> m_feedCheck;
    std::unique_ptr<LotGenealogy> m_genealogy;
    AccessControl *m_access;
    AuditRepository *m_audit;
    const MasterDataService *m_masterData;
};

} // namespace Taktline
