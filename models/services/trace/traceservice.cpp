#include "services/trace/traceservice.h"

#include "barcode/barcodecodec.h"
#include "domain/clock.h"
#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "services/trace/feedcheck.h"
#include "services/trace/lotgenealogy.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/trace/tracerepository.h"
#include "storage/uuid.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace Taktline {

namespace {

constexpr double MaxQuantity = 1e9;

// The lot number in a scan ("LOT:L2611-0001") or as typed ("L2611-0001").
QString lotNumberOf(const QString &code)
{
    const Result<ScanResult> scan = BarcodeCodec::parse(code);
    if (scan && scan.value().kind == ScanKind::Lot)
        return scan.value().value;
    return code.trimmed();
}

} // namespace

TraceService::TraceService(std::shared_ptr<Database> db, const Clock &clock, AccessControl *access,
                           AuditRepository *audit, const MasterDataService *masterData,
                           QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_repository(std::make_unique<TraceRepository>(m_db->connection()))
    , m_feedCheck(std::make_unique<FeedCheck>(m_db->connection()))
    , m_genealogy(std::make_unique<LotGenealogy>(m_db->connection(), masterData, m_clock))
    , m_access(access)
    , m_audit(audit)
    , m_masterData(masterData)
{
}

TraceService::~TraceService() = default;

Result<MaterialLot> TraceService::lot(const QString &lotCode) const
{
    const QString lotNo = lotNumberOf(lotCode);
    if (lotNo.isEmpty())
        return Outcome::failure(tr("Scan or type a lot number."));
    Result<std::optional<MaterialLot>> found = m_repository->findLotByNo(lotNo);
    // Numbers are made in capitals; a scanner with caps lock on sends them in small letters.
    if (found && !found.value() && lotNo != lotNo.toUpper())
        found = m_repository->findLotByNo(lotNo.toUpper());
    if (!found)
        return found.outcome();
    if (!found.value())
        return Outcome::failure(tr("No material lot %1 exists in this factory.").arg(lotNo));
    return *found.value();
}

Result<QString> TraceService::receiveLot(const LotReceipt &receipt)
{
    if (Outcome allowed = m_access->require(Permission::ManageMaterial); !allowed)
        return allowed;
    const Result<MasterRecord> material =
        m_masterData->find(MasterDataKind::Product, receipt.productId);
    if (!material)
        return Outcome::failure(tr("Choose the material of the lot: the product does not exist."));
    if (!material.value().active)
        return Outcome::failure(tr("Material %1 is deactivated: no lot of it can be received.")
                                    .arg(material.value().text(QStringLiteral("part_no"))));
    if (!std::isfinite(receipt.quantity) || receipt.quantity <= 0)
        return Outcome::failure(tr("The received quantity must be a number greater than zero."));
    if (receipt.quantity > MaxQuantity)
        return Outcome::failure(
            tr("%1 in one lot is not plausible. Check the number.").arg(quantityText(receipt.quantity, 3)));
    const QDate receivedOn = receipt.receivedOn.isValid() ? receipt.receivedOn : m_clock.today();
    if (receipt.expiry && !receipt.expiry->isValid())
        return Outcome::failure(tr("The expiry date is not a valid date."));
    if (receipt.expiry && *receipt.expiry < receivedOn)
        return Outcome::failure(
            tr("The lot expires on %1, before it was received on %2. Check the dates.")
                .arg(receipt.expiry->toString(Qt::ISODate), receivedOn.toString(Qt::ISODate)));
    const QString given = receipt.lotNo.trimmed().toUpper();
    if (!given.isEmpty() && BarcodeCodec::encode(ScanKind::Lot, given).isEmpty())
        return Outcome::failure(
            tr("Lot number %1 cannot be printed as a barcode: use letters, digits and "
               "dashes only.")
                .arg(receipt.lotNo));
    if (!given.isEmpty()) {
        const Result<QList<TraceOrderRow>> orders = m_repository->ordersByLot(given);
        if (!orders)
            return orders.outcome();
        if (!orders.value().isEmpty())
            return Outcome::failure(tr("%1 is already the production lot of work order %2. Give "
                                       "the material lot a number of its own.")
                                        .arg(given, orders.value().constFirst().number));
    }

    const qint64 now = m_clock.nowMs();
    MaterialLot lot;
    lot.id = newUuidV7();
    lot.productId = receipt.productId;
    lot.supplier = receipt.supplier.trimmed();
    lot.supplierLot = receipt.supplierLot.trimmed();
    lot.receivedQty = receipt.quantity;
    lot.receivedOn = receivedOn;
    lot.expiry = receipt.expiry;
    lot.createdAtMs = lot.updatedAtMs = now;
    const Outcome saved = m_db->inTransaction([&]() -> Outcome {
        if (given.isEmpty()) {
            const Result<QString> next =
                m_repository->nextLotNumber(receivedOn, m_db->deviceCode());
            if (!next)
                return next.outcome();
            lot.lotNo = next.value();
        } else {
            lot.lotNo = given;
        }
        if (Outcome done = m_repository->insertLot(lot); !done)
            return done;
        const LotMovement receiptMovement{
            newUuidV7(), lot.id, LotMovementKind::Receipt, lot.receivedQty,   {}, {}, {}, {},
            {},          now,    m_db->deviceId(),         m_access->userId()};
        if (Outcome done = m_repository->insertMovement(receiptMovement); !done)
            return done;
        return m_audit->append(m_access->userId(), QStringLiteral("material_lots"), lot.id,
                               QStringLiteral("receive"), lot.lotNo);
    });
    if (!saved)
        return saved;
    emit lotReceived(lot.id);
    return lot.lotNo;
}

Outcome TraceService::takeBackReceipt(const QString &lotId, bool restore)
{
    if (Outcome allowed = m_access->require(Permission::ManageMaterial); !allowed)
        return allowed;
    const Result<LotStock> stock = m_repository->stock(lotId);
    if (!stock)
        return stock.outcome();
    const LotStock &s = stock.value();
    if (s.consumed != 0 || s.adjusted != (restore ? -s.received : 0) || !(s.received > 0))
        return Outcome::failure(tr("The lot has been fed or corrected since it was received, so "
                                   "its receipt cannot be taken back."));
    const qint64 now = m_clock.nowMs();
    const Outcome saved = m_db->inTransaction([&]() -> Outcome {
        const LotMovement offset{newUuidV7(),
                                 lotId,
                                 LotMovementKind::Adjustment,
                                 restore ? s.received : -s.received,
                                 {},
                                 {},
                                 {},
                                 {},
                                 {},
                                 now,
                                 m_db->deviceId(),
                                 m_access->userId()};
        if (Outcome done = m_repository->insertMovement(offset); !done)
            return done;
        if (Outcome done = m_repository->setLotRemoved(lotId, !restore, now); !done)
            return done;
        return m_audit->append(m_access->userId(), QStringLiteral("material_lots"), lotId,
                               restore ? QStringLiteral("restore") : QStringLiteral("remove"));
    });
    if (saved)
        emit lotChanged(lotId);
    return saved;
}

Outcome TraceService::blockLot(const QString &lotCode, const QString &reason)
{
    return setBlocked(lotCode, true, reason);
}

Outcome TraceService::unblockLot(const QString &lotCode, const QString &reason)
{
    return setBlocked(lotCode, false, reason);
}

Outcome TraceService::setBlocked(const QString &lotCode, bool blocked, const QString &reason)
{
    if (Outcome allowed = m_access->require(Permission::ManageMaterial); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return blocked
                   ? Outcome::failure(
                         tr("Say why the lot is blocked: the reason is shown to whoever scans it."))
                   : Outcome::failure(tr("Say why the lot is released again: the reason is kept."));
    const Result<MaterialLot> found = lot(lotCode);
    if (!found)
        return found.outcome();
    if (found.value().blocked == blocked)
        return Outcome::failure(blocked ? tr("Lot %1 is already blocked.").arg(found.value().lotNo)
                                        : tr("Lot %1 is not blocked.").arg(found.value().lotNo));
    const QString id = found.value().id;
    const Outcome saved = m_db->inTransaction([&]() -> Outcome {
        if (Outcome done = m_repository->setBlocked(
                id, blocked, blocked ? reason.trimmed() : QString(), m_clock.nowMs());
            !done)
            return done;
        return m_audit->append(m_access->userId(), QStringLiteral("material_lots"), id,
                               blocked ? QStringLiteral("block") : QStringLiteral("unblock"),
                               reason.trimmed());
    });
    if (saved)
        emit lotChanged(id);
    return saved;
}

Result<QString> TraceService::consume(const QString &lotCode, const QString &operationId,
                                      double quantity, const QString &employeeId,
                                      const QString &machineId, const QString &reportId)
{
    if (Outcome allowed = m_access->require(Permission::UseStation); !allowed)
        return allowed;
    const Result<MaterialLot> found = lot(lotCode);
    if (!found)
        return found.outcome();
    const MaterialLot &l = found.value();
    if (!std::isfinite(quantity) || quantity <= 0 || quantity > MaxQuantity)
        return Outcome::failure(
            tr("Enter how much of lot %1 was fed: a number greater than zero.").arg(l.lotNo));
    const Result<FeedTarget> target = m_feedCheck->check(l, operationId, m_clock.today());
    if (!target)
        return target.outcome();
    const WorkOrderOperation &operation = target.value().operation;
    const WorkOrder &order = target.value().order;
    if (employeeId.isEmpty() || !m_masterData->find(MasterDataKind::Employee, employeeId))
        return Outcome::failure(
            tr("Scan your badge first: feeding lot %1 needs the operator.").arg(l.lotNo));
    const QString machine = machineId.isEmpty() ? operation.machineId : machineId;
    if (!machine.isEmpty() && !m_masterData->find(MasterDataKind::Machine, machine))
        return Outcome::failure(
            tr("Lot %1 cannot be fed: the machine does not exist.").arg(l.lotNo));

    LotMovement movement{newUuidV7(),
                         l.id,
                         LotMovementKind::Consumption,
                         -quantity,
                         order.id,
                         operationId,
                         reportId,
                         employeeId,
                         machine,
                         m_clock.nowMs(),
                         m_db->deviceId(),
                         m_access->userId()};
    const Outcome saved = m_db->inTransaction([&]() -> Outcome {
        // Read the stock inside the transaction that writes, so two feeds cannot both take the
        // rest.
        const Result<LotStock> stock = m_repository->stock(l.id);
        if (!stock)
            return stock.outcome();
        if (quantity > stock.value().remaining + 1e-9)
            return Outcome::failure(tr("Only %1 of lot %2 is left; %3 cannot be fed.")
                                        .arg(quantityText(std::max(0.0, stock.value().remaining), 3),
                                             l.lotNo, quantityText(quantity, 3)));
        return m_repository->insertMovement(movement);
    });
    if (!saved)
        return saved;
    m_db->afterCommit([this, lotId = l.id, orderId = order.id] { emit lotConsumed(lotId, orderId); });
    return movement.id;
}

Result<FeedPlan> TraceService::planFeed(const QString &lotCode, const QString &operationId) const
{
    if (Outcome allowed = m_access->require(Permission::UseStation); !allowed)
        return allowed;
    const Result<MaterialLot> found = lot(lotCode);
    if (!found)
        return found.outcome();
    const Result<FeedTarget> target =
        m_feedCheck->check(found.value(), operationId, m_clock.today());
    if (!target)
        return target.outcome();
    const Result<LotStock> stock = m_repository->stock(found.value().id);
    if (!stock)
        return stock.outcome();
    if (stock.value().remaining <= 1e-9)
        return Outcome::failure(
            tr("Lot %1 is used up: nothing of it is left to feed.").arg(found.value().lotNo));
    return FeedPlan{found.value(), stock.value().remaining, target.value().quantityPerUnit};
}

Result<LotStock> TraceService::stock(const QString &lotCode) const
{
    const Result<MaterialLot> found = lot(lotCode);
    if (!found)
        return found.outcome();
    return m_repository->stock(found.value().id);
}

Result<QList<LotWithStock>> TraceService::lotsWithStock(const QString &productId) const
{
    return m_repository->lotsWithStock(productId);
}

Result<QList<MaterialLot>> TraceService::lotsOf(const QString &productId) const
{
    return m_repository->lotsOf(productId);
}

Result<TraceNode> TraceService::backward(const QString &code) const
{
    return m_genealogy->backward(code);
}

Result<TraceNode> TraceService::forward(const QString &code) const
{
    const Result<MaterialLot> found = lot(code);
    if (!found)
        return found.outcome();
    return m_genealogy->forward(found.value());
}

} // namespace Taktline
