#include "services/masterdata/bomservice.h"

#include "domain/clock.h"
#include "domain/masterdata/masterrecord.h"
#include "services/access/accesscontrol.h"
#include "services/planning/routingservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/masterdata/bomrepository.h"
#include "storage/planning/workorderrepository.h"
#include "storage/uuid.h"

#include <QDateTime>
#include <QQueue>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Taktline {

namespace {

constexpr double MaxQuantityPerUnit = 1e6;
constexpr int MaxNoteLength = 200;

// "FL-DN25 法兰盘 DN25": how a product is named in a message.
QString label(const BomProduct &product)
{
    return product.partNo + QLatin1Char(' ') + localizedName(product.name, product.nameEn);
}

} // namespace

BomService::BomService(std::shared_ptr<Database> db, const Clock &clock, AccessControl *access,
                       AuditRepository *audit, const RoutingService *routing, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_repository(std::make_unique<BomRepository>(m_db->connection()))
    , m_workOrders(std::make_unique<WorkOrderRepository>(m_db->connection()))
    , m_access(access)
    , m_audit(audit)
    , m_routing(routing)
{
}

BomService::~BomService() = default;

Result<QList<BomLine>> BomService::lines(const QString &productId) const
{
    return m_repository->lines(productId);
}

Result<BomLine> BomService::line(const QString &lineId) const
{
    const Result<std::optional<BomLine>> found = m_repository->find(lineId);
    if (!found)
        return found.outcome();
    if (!found.value())
        return Outcome::failure(tr("This bill-of-materials line no longer exists."));
    return *found.value();
}

Outcome BomService::check(const BomLine &line, const BomLine *before) const
{
    if (Outcome allowed = m_access->require(Permission::EditMasterData); !allowed)
        return allowed;
    const Result<std::optional<BomProduct>> product = m_repository->product(line.productId);
    if (!product)
        return product.outcome();
    if (!product.value())
        return Outcome::failure(
            tr("Choose the product the bill of materials is for: that product does not exist."));
    const BomProduct &p = *product.value();
    const Result<std::optional<BomProduct>> component = m_repository->product(line.componentId);
    if (!component)
        return component.outcome();
    if (!component.value())
        return Outcome::failure(
            tr("Choose a component from the products list: the one given does not exist."));
    const BomProduct &c = *component.value();
    if (c.id == p.id)
        return Outcome::failure(
            tr("%1 cannot be a component of itself. Choose another component.").arg(label(p)));
    // A component deactivated later does not block other edits of its line.
    if (!c.active && (!before || before->componentId != c.id))
        return Outcome::failure(tr("%1 is deactivated: choose an active component.").arg(label(c)));
    if (!std::isfinite(line.quantityPerUnit) || line.quantityPerUnit <= 0)
        return Outcome::failure(
            tr("The quantity of %1 per %2 must be a number greater than zero.")
                .arg(label(c), p.unit.isEmpty() ? QStringLiteral("PCS") : p.unit));
    if (line.quantityPerUnit > MaxQuantityPerUnit)
        return Outcome::failure(tr("%1 %2 of %3 in one piece is not plausible. Check the number.")
                                    .arg(quantityText(line.quantityPerUnit, 3), c.unit, label(c)));
    if (line.note.trimmed().size() > MaxNoteLength)
        return Outcome::failure(tr("The note may have at most %1 characters.").arg(MaxNoteLength));
    if (Outcome step = checkStep(line, p); !step)
        return step;
    const Result<QList<BomLine>> existing = m_repository->lines(p.id);
    if (!existing)
        return existing.outcome();
    for (const BomLine &other : existing.value()) {
        if (other.componentId == c.id && other.id != line.id)
            return Outcome::failure(
                tr("%1 is already on the bill of materials of %2. Change that line instead.")
                    .arg(label(c), label(p)));
    }
    return checkNoCycle(line, p, c);
}

Outcome BomService::checkStep(const BomLine &line, const BomProduct &product) const
{
    if (line.operationSeq == 0)
        return Outcome::success();
    const Result<Routing> routing = m_routing->operations(product.id);
    if (!routing)
        return routing.outcome();
    const int steps = static_cast<int>(routing.value().size());
    if (steps == 0)
        return Outcome::failure(
            tr("%1 has no routing yet, so it has no step %2. Use step 0 (the order's first step) "
               "or add the routing first.")
                .arg(label(product))
                .arg(line.operationSeq));
    // A routing's steps are numbered 10, 20, 30 … (see RoutingRepository::replace).
    if (line.operationSeq < 0 || line.operationSeq % 10 != 0 || line.operationSeq > steps * 10) {
        QStringList numbers;
        for (int i = 1; i <= steps; ++i)
            numbers << QString::number(i * 10);
        return Outcome::failure(tr("The routing of %1 has no step %2. Its steps are %3; use 0 for "
                                   "the order's first step.")
                                    .arg(label(product))
                                    .arg(line.operationSeq)
                                    .arg(numbers.join(QStringLiteral(", "))));
    }
    return Outcome::success();
}

Outcome BomService::checkNoCycle(const BomLine &line, const BomProduct &product,
                                 const BomProduct &component) const
{
    const Result<QMultiHash<QString, QString>> graph = m_repository->componentGraph(line.id);
    if (!graph)
        return graph.outcome();
    // Walk down from the component; reaching the product means it would contain itself.
    QHash<QString, QString> reachedFrom = {{component.id, QString()}};
    QQueue<QString> queue;
    queue.enqueue(component.id);
    while (!queue.isEmpty() && !reachedFrom.contains(product.id)) {
        const QString node = queue.dequeue();
        for (auto it = graph.value().constFind(node);
             it != graph.value().cend() && it.key() == node; ++it) {
            if (!reachedFrom.contains(it.value())) {
                reachedFrom.insert(it.value(), node);
                queue.enqueue(it.value());
            }
        }
    }
    if (!reachedFrom.contains(product.id))
        return Outcome::success();
    QStringList path;
    for (QString node = product.id; !node.isEmpty(); node = reachedFrom.value(node)) {
        const Result<std::optional<BomProduct>> step = m_repository->product(node);
        path.prepend(step && step.value() ? step.value()->partNo : node);
    }
    return Outcome::failure(
        tr("%1 cannot go into %2: %1 is itself made with %2 (%3). A bill of "
           "materials must not go round in a circle.")
            .arg(label(component), label(product), path.join(QStringLiteral(" → "))));
}

QString BomService::describe(const BomLine &line) const
{
    const Result<std::optional<BomProduct>> component = m_repository->product(line.componentId);
    const QString partNo =
        component && component.value() ? component.value()->partNo : line.componentId;
    return QStringLiteral("%1 x %2 @%3")
        .arg(partNo)
        .arg(line.quantityPerUnit)
        .arg(line.operationSeq);
}

Outcome BomService::save(const BomLine &line, const QString &action,
                         const std::function<Outcome()> &write)
{
    const Outcome saved = m_db->inTransaction([&]() -> Outcome {
        if (Outcome done = write(); !done)
            return done;
        return m_audit->append(m_access->userId(), QStringLiteral("bom_lines"), line.id, action,
                               describe(line));
    });
    if (saved)
        emit bomChanged(line.productId);
    return saved;
}

Result<QString> BomService::addLine(BomLine line)
{
    line.id.clear();
    line.note = line.note.trimmed();
    if (Outcome valid = check(line, nullptr); !valid)
        return valid;
    line.id = newUuidV7();
    const Outcome saved = save(line, QStringLiteral("create"),
                               [&] { return m_repository->insert(line, m_clock.nowMs()); });
    if (!saved)
        return saved;
    return line.id;
}

Outcome BomService::updateLine(const BomLine &edited)
{
    if (Outcome allowed = m_access->require(Permission::EditMasterData); !allowed)
        return allowed;
    const Result<BomLine> before = line(edited.id);
    if (!before)
        return before.outcome();
    BomLine line = edited;
    line.productId = before.value().productId; // a line stays on its product's BOM
    line.note = line.note.trimmed();
    if (line == before.value())
        return Outcome::success();
    if (Outcome valid = check(line, &before.value()); !valid)
        return valid;
    return save(line, QStringLiteral("update"),
                [&] { return m_repository->update(line, m_clock.nowMs()); });
}

Outcome BomService::removeLine(const QString &lineId)
{
    if (Outcome allowed = m_access->require(Permission::EditMasterData); !allowed)
        return allowed;
    const Result<BomLine> found = line(lineId);
    if (!found)
        return found.outcome();
    return save(found.value(), QStringLiteral("remove"),
                [&] { return m_repository->setDeleted(lineId, true, m_clock.nowMs()); });
}

Outcome BomService::restoreLine(const QString &lineId)
{
    if (Outcome allowed = m_access->require(Permission::EditMasterData); !allowed)
        return allowed;
    const Result<std::optional<BomLine>> removed = m_repository->findRemoved(lineId);
    if (!removed)
        return removed.outcome();
    if (!removed.value())
        return Outcome::failure(tr("This bill-of-materials line is not removed."));
    const BomLine &line = *removed.value();
    // Meanwhile the component may have been added again, or made a circle: checked as an add.
    if (Outcome valid = check(line, &line); !valid)
        return valid;
    return save(line, QStringLiteral("restore"),
                [&] { return m_repository->setDeleted(lineId, false, m_clock.nowMs()); });
}

Result<QList<MaterialRequirement>> BomService::requirements(const QString &workOrderId) const
{
    const Result<WorkOrder> order = m_workOrders->find(workOrderId);
    if (!order)
        return order.outcome();
    return requirementsOf(order.value(), [](const BomLine &) { return true; });
}

Result<QList<MaterialRequirement>> BomService::suggestedFeed(const QString &operationId) const
{
    const Result<WorkOrderOperation> operation = m_workOrders->operation(operationId);
    if (!operation)
        return operation.outcome();
    const Result<WorkOrder> order = m_workOrders->find(operation.value().workOrderId);
    if (!order)
        return order.outcome();
    const Result<QList<WorkOrderOperation>> ops = m_workOrders->operations(order.value().id);
    if (!ops)
        return ops.outcome();
    int firstSeq = operation.value().seq;
    for (const WorkOrderOperation &op : ops.value())
        firstSeq = std::min(firstSeq, op.seq);
    const int seq = operation.value().seq;
    return requirementsOf(order.value(), [firstSeq, seq](const BomLine &line) {
        return feedStepOf(line, firstSeq) == seq;
    });
}

Result<QList<MaterialRequirement>>
BomService::requirementsOf(const WorkOrder &order,
                           const std::function<bool(const BomLine &)> &keep) const
{
    const Result<QList<BomLine>> bom = m_repository->lines(order.productId);
    if (!bom)
        return bom.outcome();
    QList<MaterialRequirement> rows;
    if (bom.value().isEmpty())
        return rows;
    const Result<QHash<QString, double>> fed = m_repository->fedByMaterial(order.id);
    if (!fed)
        return fed.outcome();
    const Result<QHash<QString, double>> stock =
        m_repository->usableStockOfComponents(order.productId, m_clock.today());
    if (!stock)
        return stock.outcome();
    for (const BomLine &line : bom.value()) {
        if (!keep(line))
            continue;
        const Result<std::optional<BomProduct>> component = m_repository->product(line.componentId);
        if (!component)
            return component.outcome();
        MaterialRequirement row;
        row.line = line;
        if (component.value()) {
            row.componentPartNo = component.value()->partNo;
            row.componentName = component.value()->name;
            row.componentNameEn = component.value()->nameEn;
            row.unit = component.value()->unit;
        }
        row.perUnit = line.quantityPerUnit;
        row.required = line.quantityPerUnit * order.quantity;
        row.fed = fed.value().value(line.componentId);
        row.usableStock = stock.value().value(line.componentId);
        row.shortage = materialShortage(row.required, row.fed, row.usableStock);
        rows.append(row);
    }
    return rows;
}

} // namespace Taktline
