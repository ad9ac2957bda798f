#include "services/planning/routingservice.h"

#include "services/access/accesscontrol.h"
#include "services/masterdata/masterdataservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/uuid.h"

#include <QCoreApplication>

namespace Taktline {

RoutingService::RoutingService(std::shared_ptr<Database> db, AccessControl *access,
                               AuditRepository *audit, const MasterDataService *masterData,
                               QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_repository(m_db->connection())
    , m_access(access)
    , m_audit(audit)
    , m_masterData(masterData)
{}

Result<Routing> RoutingService::operations(const QString &productId) const
{
    return m_repository.operations(productId);
}

Outcome RoutingService::checkMachines(const Routing &current, const Routing &edited) const
{
    for (const RoutingOperation &op : edited) {
        if (op.outsourced) {
            // 外协: the supplier does the step; a machine left in the row is not used.
            const Result<bool> usable = m_repository.isUsableSupplier(op.supplierId);
            if (!usable)
                return usable.outcome();
            if (!usable.value())
                return Outcome::failure(tr("Operation “%1”: the chosen supplier does not exist or "
                                           "is deactivated. Choose a supplier from the list.")
                                            .arg(op.name));
            continue;
        }
        if (op.machineId.isEmpty())
            continue;
        const auto before = std::find_if(current.cbegin(), current.cend(),
                                         [&](const RoutingOperation &c) { return c.id == op.id; });
        if (before != current.cend() && before->machineId == op.machineId)
            continue; // unchanged: a machine deactivated later does not block other edits
        const Result<MasterRecord> machine = m_masterData->find(MasterDataKind::Machine, op.machineId);
        if (!machine)
            return Outcome::failure(tr("Operation “%1”: the chosen machine does not exist. Choose a machine from the list.").arg(op.name));
        if (!machine.value().active) {
            return Outcome::failure(tr("Operation “%1”: machine %2 is deactivated. Choose an active "
                                       "machine.")
                                        .arg(op.name, machine.value().text(QStringLiteral("code"))));
        }
    }
    return Outcome::success();
}

Outcome RoutingService::setOperations(const QString &productId, Routing routing)
{
    if (Outcome allowed = m_access->require(Permission::EditMasterData); !allowed)
        return allowed;
    const Result<MasterRecord> product = m_masterData->find(MasterDataKind::Product, productId);
    if (!product)
        return product.outcome();
    if (Outcome valid = validateRouting(routing); !valid)
        return valid;
    const Result<Routing> current = m_repository.operations(productId);
    if (!current)
        return current.outcome();
    if (Outcome machines = checkMachines(current.value(), routing); !machines)
        return machines;
    for (RoutingOperation &op : routing) {
        if (op.id.isEmpty())
            op.id = newUuidV7();
    }
    Outcome saved = m_db->inTransaction([&] {
        if (Outcome replaced = m_repository.replace(productId, routing); !replaced)
            return replaced;
        return m_audit->append(m_access->userId(), QStringLiteral("routing"), productId,
                               QStringLiteral("update"),
                               QString::number(routing.size()) + QStringLiteral(" operations"));
    });
    if (saved)
        emit routingChanged(productId);
    return saved;
}

} // namespace Taktline
