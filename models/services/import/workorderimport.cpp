#include "services/import/workorderimport.h"

#include "barcode/barcodecodec.h"
#include "domain/planning/workorderstatemachine.h"
#include "services/access/accesscontrol.h"
#include "services/planning/workorderservice.h"
#include "services/workspace.h"
#include "storage/sqlquery.h"

#include <QSqlQuery>

#include <algorithm>

namespace Taktline {

namespace {

constexpr double MaxQuantity = 10'000'000; // as WorkOrderService allows

const QString Number = QStringLiteral("number");
const QString Product = QStringLiteral("product");
const QString Quantity = QStringLiteral("quantity");
const QString Due = QStringLiteral("due_date");
const QString Priority = QStringLiteral("priority");
const QString Customer = QStringLiteral("customer");
const QString Notes = QStringLiteral("notes");

// Whether the fields an import sets are the same.
bool sameImported(const WorkOrder &a, const WorkOrder &b)
{
    return a.productId == b.productId && a.quantity == b.quantity && a.dueDate == b.dueDate &&
           a.priority == b.priority && a.customer == b.customer && a.notes == b.notes;
}

void copyImported(const WorkOrder &from, WorkOrder &to)
{
    to.productId = from.productId;
    to.quantity = from.quantity;
    to.dueDate = from.dueDate;
    to.priority = from.priority;
    to.customer = from.customer;
    to.notes = from.notes;
}

} // namespace

WorkOrderImport::WorkOrderImport(Workspace &workspace)
    : ImportHandler(workspace)
    , m_references(workspace)
{
}

QStringList WorkOrderImport::priorityChoices() const
{
    return {priorityDisplayName(WorkOrderPriority::Normal),
            priorityDisplayName(WorkOrderPriority::Urgent)};
}

// The priority in either language (加急 / Urgent, 普通 / Normal); blank: Normal.
WorkOrderPriority WorkOrderImport::priorityOf(ImportRecord &record) const
{
    const QString value = record.text(Priority);
    const auto matches = [&](const QStringList &names) {
        return std::any_of(names.cbegin(), names.cend(), [&](const QString &name) {
            return name.compare(value, Qt::CaseInsensitive) == 0;
        });
    };
    const QStringList choices = priorityChoices();
    if (value.isEmpty() ||
        matches({choices.at(0), QStringLiteral("Normal"), QStringLiteral("普通")}))
        return WorkOrderPriority::Normal;
    if (matches({choices.at(1), QStringLiteral("Urgent"), QStringLiteral("加急")}))
        return WorkOrderPriority::Urgent;
    record.problem(Priority,
                   tr("Not one of the choices: %1.").arg(choices.join(QStringLiteral(", "))));
    return WorkOrderPriority::Normal;
}

QList<ImportColumn> WorkOrderImport::columns() const
{
    return {
        {Number,
         QT_TRANSLATE_NOOP("Taktline::Import", "WO No."),
         true,
         {},
         QT_TRANSLATE_NOOP("Taktline::Import",
                           "The work order's number: letters, digits and dashes.")},
        {Product,
         QT_TRANSLATE_NOOP("Taktline::Import", "Part No."),
         true,
         {},
         QT_TRANSLATE_NOOP("Taktline::Import", "The part no. of the product to make.")},
        {Quantity,
         QT_TRANSLATE_NOOP("Taktline::Import", "Planned qty"),
         true,
         {},
         QT_TRANSLATE_NOOP("Taktline::Import", "How many pieces to make.")},
        {Due,
         QT_TRANSLATE_NOOP("Taktline::Import", "Due date"),
         true,
         {},
         QT_TRANSLATE_NOOP("Taktline::Import", "A date, such as 2026-12-31.")},
        {Priority, QT_TRANSLATE_NOOP("Taktline::Import", "Priority"), false, priorityChoices(),
         QT_TRANSLATE_NOOP("Taktline::Import", "Normal or Urgent; empty: Normal.")},
        {Customer, QT_TRANSLATE_NOOP("Taktline::Import", "Customer"), false, {}, ""},
        {Notes, QT_TRANSLATE_NOOP("Taktline::Import", "Notes"), false, {}, ""},
    };
}

QStringList WorkOrderImport::exampleRow() const
{
    return {QStringLiteral("WO-0001"),
            QStringLiteral("FL-1"),
            QStringLiteral("100"),
            QDate(2026, 12, 31).toString(Qt::ISODate),
            priorityChoices().constFirst(),
            tr("Example customer"),
            QString()};
}

Result<QHash<QString, WorkOrderImport::Stored>> WorkOrderImport::stored() const
{
    QSqlQuery query(m_workspace.database().connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, number, product_id, quantity, due_date, customer, "
                                 "priority, notes, state, version, deleted FROM work_orders"));
    if (Outcome done = Sql::exec(query, tr("read the work orders")); !done)
        return done;
    QHash<QString, Stored> byNumber;
    while (query.next()) {
        Stored s;
        s.order.id = query.value(QStringLiteral("id")).toString();
        s.order.number = query.value(QStringLiteral("number")).toString();
        s.order.productId = query.value(QStringLiteral("product_id")).toString();
        s.order.quantity = query.value(QStringLiteral("quantity")).toDouble();
        s.order.dueDate =
            QDate::fromString(query.value(QStringLiteral("due_date")).toString(), Qt::ISODate);
        s.order.customer = query.value(QStringLiteral("customer")).toString();
        s.order.priority = priorityFromKey(query.value(QStringLiteral("priority")).toString());
        s.order.notes = query.value(QStringLiteral("notes")).toString();
        s.order.state = workOrderStateFromKey(query.value(QStringLiteral("state")).toString())
                            .value_or(WorkOrderState::Draft);
        s.order.version = query.value(QStringLiteral("version")).toInt();
        s.deleted = query.value(QStringLiteral("deleted")).toInt() != 0;
        byNumber.insert(s.order.number, s);
    }
    return byNumber;
}

void WorkOrderImport::check(QList<ImportRecord> &records)
{
    m_toAdd.clear();
    m_toChange.clear();
    m_counts = {};
    if (Outcome loaded = m_references.load(); !loaded) {
        if (!records.isEmpty())
            records.first().rowProblem(loaded.error());
        return;
    }
    const Result<QHash<QString, Stored>> known = stored();
    if (!known) {
        if (!records.isEmpty())
            records.first().rowProblem(known.error());
        return;
    }
    QStringList numbers(records.size());
    QList<WorkOrder> read(records.size());
    for (int i = 0; i < records.size(); ++i) {
        ImportRecord &r = records[i];
        WorkOrder order;
        order.number = r.text(Number, 40);
        if (!order.number.isEmpty() &&
            BarcodeCodec::encode(ScanKind::WorkOrder, order.number).isEmpty()) {
            r.problem(Number, tr("A work order number may hold letters, digits and dashes only."));
        }
        numbers[i] = order.number;
        if (const auto *product = m_references.product(r, Product, r.text(Product)))
            order.productId = product->id;
        if (const std::optional<double> quantity = r.number(Quantity, 0, MaxQuantity)) {
            if (*quantity <= 0)
                r.problem(Quantity, tr("The planned quantity must be greater than zero."));
            order.quantity = *quantity;
        }
        order.dueDate = r.date(Due).value_or(QDate());
        order.priority = priorityOf(r);
        order.customer = r.text(Customer, 80).simplified();
        order.notes = r.text(Notes, 2000).trimmed();
        read[i] = order;
    }
    PlanningReferences::markDuplicates(
        records, Number, [&](int i) { return numbers.at(i); },
        [](const QString &rows) {
            return tr("The same work order number is also on row %1.").arg(rows);
        });
    for (int i = 0; i < records.size(); ++i) {
        ImportRecord &r = records[i];
        if (r.hasProblems())
            continue;
        const WorkOrder &order = read.at(i);
        const auto found = known.value().constFind(order.number);
        if (found == known.value().cend()) {
            m_toAdd.append(order);
            continue;
        }
        if (found->deleted) {
            r.problem(
                Number,
                tr("Work order %1 was removed. Give the order a new number.").arg(order.number));
            continue;
        }
        if (sameImported(found->order, order)) {
            ++m_counts.unchanged;
            continue;
        }
        if (!WorkOrderStateMachine::operationsEditable(found->order.state)) {
            r.problem(Number,
                      tr("Work order %1 is already %2: change it in the app.")
                          .arg(order.number, workOrderStateDisplayName(found->order.state)));
            continue;
        }
        WorkOrder changed = found->order;
        copyImported(order, changed);
        m_toChange.append(changed);
    }
    m_counts.added = static_cast<int>(m_toAdd.size());
    m_counts.changed = static_cast<int>(m_toChange.size());
}

Outcome WorkOrderImport::apply()
{
    WorkOrderService *service = m_workspace.workOrders();
    m_before.clear();
    if (m_reverted) { // made again after an undo: the removed drafts come back
        for (const QString &id : std::as_const(m_added)) {
            if (Outcome restored = service->setDraftRemoved(id, false); !restored)
                return restored;
        }
    } else {
        // All at once: each checked as by hand, announced once when the import commits.
        const Result<QStringList> ids = service->createNumbered(m_toAdd);
        if (!ids)
            return ids.outcome();
        m_added = ids.value();
    }
    m_reverted = false;
    for (const WorkOrder &order : std::as_const(m_toChange)) {
        const Result<WorkOrder> before = service->find(order.id);
        if (!before)
            return before.outcome();
        m_before.insert(order.id, before.value());
        WorkOrder edited = before.value();
        copyImported(order, edited);
        if (Outcome done = service->update(edited); !done)
            return Outcome::failure(tr("Work order %1: %2").arg(order.number, done.error()));
    }
    return Outcome::success();
}

Outcome WorkOrderImport::revert()
{
    WorkOrderService *service = m_workspace.workOrders();
    for (const QString &id : std::as_const(m_added)) {
        const Result<WorkOrder> order = service->find(id);
        if (!order)
            return order.outcome();
        if (order.value().state != WorkOrderState::Draft) {
            return Outcome::failure(
                tr("Work order %1 is already %2, so the import can no longer be "
                   "taken back. Change the order in the app.")
                    .arg(order.value().number, workOrderStateDisplayName(order.value().state)));
        }
        if (Outcome removed = service->setDraftRemoved(id, true); !removed)
            return removed;
    }
    for (auto it = m_before.cbegin(); it != m_before.cend(); ++it) {
        const Result<WorkOrder> now = service->find(it.key());
        if (!now)
            return now.outcome();
        if (!WorkOrderStateMachine::operationsEditable(now.value().state)) {
            return Outcome::failure(
                tr("Work order %1 is already %2, so the import can no longer be "
                   "taken back. Change the order in the app.")
                    .arg(now.value().number, workOrderStateDisplayName(now.value().state)));
        }
        WorkOrder restored = now.value();
        copyImported(it.value(), restored);
        if (Outcome done = service->update(restored); !done)
            return done;
    }
    m_reverted = true;
    return Outcome::success();
}

Outcome WorkOrderImport::permitted() const
{
    if (m_workspace.access()->require(Permission::EditWorkOrders))
        return Outcome::success();
    return Outcome::failure(tr("You may not edit work orders, so you cannot import them. Ask the "
                               "owner or a planner for the right to edit work orders."));
}

Result<QList<QStringList>> WorkOrderImport::currentRows() const
{
    PlanningReferences references(m_workspace);
    if (Outcome loaded = references.load(); !loaded)
        return loaded;
    const Result<QHash<QString, Stored>> known = stored();
    if (!known)
        return known.outcome();
    QStringList numbers;
    for (auto it = known.value().cbegin(); it != known.value().cend(); ++it) {
        if (!it->deleted)
            numbers.append(it.key());
    }
    std::sort(numbers.begin(), numbers.end());
    const QStringList choices = priorityChoices();
    QList<QStringList> rows;
    rows.reserve(numbers.size());
    for (const QString &number : std::as_const(numbers)) {
        const WorkOrder &o = known.value().value(number).order;
        rows.append({o.number, references.partNo(o.productId),
                     PlanningReferences::numberText(o.quantity), o.dueDate.toString(Qt::ISODate),
                     choices.at(o.priority == WorkOrderPriority::Urgent ? 1 : 0), o.customer,
                     o.notes});
    }
    return rows;
}

} // namespace Taktline
