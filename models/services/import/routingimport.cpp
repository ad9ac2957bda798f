#include "services/import/routingimport.h"

#include "services/access/accesscontrol.h"
#include "services/planning/routingservice.h"
#include "services/workspace.h"

#include <algorithm>

namespace Taktline {

namespace {

constexpr double MaxSeconds = 24 * 3600.0; // per piece: more is a typing slip
constexpr int MaxStep = 9990;

const QString Product = QStringLiteral("product");
const QString Seq = QStringLiteral("step");
const QString Name = QStringLiteral("operation");
const QString Machine = QStringLiteral("machine");
const QString Standard = QStringLiteral("standard_seconds");
const QString Ideal = QStringLiteral("ideal_seconds");

} // namespace

RoutingImport::RoutingImport(Workspace &workspace)
    : ImportHandler(workspace)
    , m_references(workspace)
{
}

QList<ImportColumn> RoutingImport::columns() const
{
    return {
        {Product,
         QT_TRANSLATE_NOOP("Taktline::Import", "Part No."),
         true,
         {},
         QT_TRANSLATE_NOOP("Taktline::Import", "The part no. of the product the routing is for.")},
        {Seq,
         QT_TRANSLATE_NOOP("Taktline::Import", "Step No."),
         true,
         {},
         QT_TRANSLATE_NOOP("Taktline::Import", "10, 20, 30 … in the order the steps are done.")},
        {Name,
         QT_TRANSLATE_NOOP("Taktline::Import", "Operation"),
         true,
         {},
         QT_TRANSLATE_NOOP("Taktline::Import", "What is done at this step, such as 车削.")},
        // Not required as a column value: a blank gets the step's own message below.
        {Machine,
         QT_TRANSLATE_NOOP("Taktline::Import", "Machine code"),
         false,
         {},
         QT_TRANSLATE_NOOP("Taktline::Import", "The code of the machine the step runs on.")},
        {Standard,
         QT_TRANSLATE_NOOP("Taktline::Import", "Standard time (s/piece)"),
         true,
         {},
         QT_TRANSLATE_NOOP("Taktline::Import", "Seconds per piece, for wages and scheduling.")},
        {Ideal,
         QT_TRANSLATE_NOOP("Taktline::Import", "Ideal cycle time (s/piece)"),
         false,
         {},
         QT_TRANSLATE_NOOP("Taktline::Import",
                           "The fastest the step can run, for OEE; may be empty.")},
    };
}

QStringList RoutingImport::exampleRow() const
{
    return {QStringLiteral("FL-1"),    QStringLiteral("10"), tr("Turning"),
            QStringLiteral("LATHE-1"), QStringLiteral("60"), QStringLiteral("50")};
}

void RoutingImport::check(QList<ImportRecord> &records)
{
    m_toSave.clear();
    m_counts = {};
    if (Outcome loaded = m_references.load(); !loaded) {
        if (!records.isEmpty())
            records.first().rowProblem(loaded.error());
        return;
    }
    QStringList keys(records.size());
    QHash<QString, QList<Step>> byProduct;
    QStringList productOrder;
    for (int i = 0; i < records.size(); ++i) {
        ImportRecord &r = records[i];
        const QString partNo = r.text(Product);
        const PlanningReferences::Entry *product = m_references.product(r, Product, partNo);
        Step step;
        step.record = i;
        if (const std::optional<double> seq = r.number(Seq, 1, MaxStep, true)) {
            step.seq = static_cast<int>(*seq);
            if (step.seq % 10 != 0)
                r.problem(Seq, tr("Steps are numbered 10, 20, 30 …: use a multiple of 10."));
            keys[i] = partNo + QLatin1Char('\x1f') + QString::number(step.seq);
        }
        step.operation.name = r.text(Name, 40).simplified();
        const QString code = r.text(Machine);
        // A deactivated machine may stay on a step that has it; check it against the stored step
        // below.
        if (const auto *machine = m_references.machine(r, Machine, code, true))
            step.operation.machineId = machine->id;
        if (const std::optional<double> standard = r.number(Standard, 0, MaxSeconds)) {
            if (*standard <= 0)
                r.problem(Standard,
                          tr("The standard time must be greater than zero seconds per piece."));
            step.operation.standardSeconds = *standard;
        }
        if (const std::optional<double> ideal = r.number(Ideal, 0, MaxSeconds)) {
            if (*ideal <= 0)
                r.problem(Ideal,
                          tr("The ideal cycle time must be greater than zero; leave it empty "
                             "when it is not known."));
            else if (step.operation.standardSeconds > 0 &&
                     *ideal > step.operation.standardSeconds * 10)
                r.problem(Ideal,
                          tr("An ideal cycle time of more than ten times the standard time is "
                             "not plausible: the ideal time is the fastest the step can run."));
            step.operation.idealSeconds = *ideal;
        }
        if (product) {
            if (!byProduct.contains(product->id))
                productOrder.append(product->id);
            byProduct[product->id].append(step);
        }
    }
    PlanningReferences::markDuplicates(
        records, Seq, [&](int i) { return keys.at(i); },
        [](const QString &rows) {
            return tr("The same product and step are also on row %1.").arg(rows);
        });
    for (const QString &productId : std::as_const(productOrder))
        checkProduct(records, productId, byProduct.value(productId));
}

// Checks the steps of one product against its stored routing and keeps what changes.
void RoutingImport::checkProduct(QList<ImportRecord> &records, const QString &productId,
                                 QList<Step> steps)
{
    const Result<Routing> stored = m_workspace.routing()->operations(productId);
    if (!stored) {
        records[steps.first().record].rowProblem(stored.error());
        return;
    }
    Routing routing = stored.value();
    std::sort(steps.begin(), steps.end(),
              [](const Step &a, const Step &b) { return a.seq < b.seq; });
    int expected = static_cast<int>(routing.size()) + 1; // the next new step, in tens
    const QString partNo = m_references.partNo(productId);
    bool ok = true;
    for (const Step &step : std::as_const(steps)) {
        ImportRecord &r = records[step.record];
        if (step.seq <= 0 || step.seq % 10 != 0 || r.hasProblems()) {
            ok = false;
            continue;
        }
        const int index = step.seq / 10 - 1;
        // The file has no subcontract columns: a step outsourced in the app stays outsourced,
        // with its supplier and price, and needs no machine.
        const bool outsourced = index < routing.size() && routing.at(index).outsourced;
        if (outsourced && step.operation.machineId.isEmpty()) {
            RoutingOperation edited = step.operation;
            edited.id = routing.at(index).id;
            edited.outsourced = true;
            edited.supplierId = routing.at(index).supplierId;
            edited.subcontractPrice = routing.at(index).subcontractPrice;
            edited.machineId = routing.at(index).machineId;
            if (edited == routing.at(index)) {
                ++m_counts.unchanged;
            } else {
                routing[index] = edited;
                ++m_counts.changed;
            }
            continue;
        }
        if (step.operation.machineId.isEmpty()) {
            r.problem(Machine,
                      tr("Step %1 needs a machine: give the code of the machine it runs on.")
                          .arg(step.seq));
            ok = false;
            continue;
        }
        const bool sameMachine =
            index < routing.size() && routing.at(index).machineId == step.operation.machineId;
        if (!sameMachine) {
            // A newly chosen machine must be active (RoutingService's rule).
            if (!m_references.machine(r, Machine,
                                      m_references.machineCode(step.operation.machineId))) {
                ok = false;
                continue;
            }
        }
        if (index < routing.size()) {
            RoutingOperation edited = step.operation;
            edited.id = routing.at(index).id;
            if (edited == routing.at(index)) {
                ++m_counts.unchanged;
            } else {
                routing[index] = edited;
                ++m_counts.changed;
            }
            continue;
        }
        if (index + 1 != expected) {
            r.problem(Seq,
                      tr("%1 has no step %2 before step %3: steps go 10, 20, 30 … without gaps.")
                          .arg(partNo)
                          .arg(expected * 10)
                          .arg(step.seq));
            ok = false;
            continue;
        }
        routing.append(step.operation);
        ++expected;
        ++m_counts.added;
    }
    if (ok && routing != stored.value())
        m_toSave.insert(productId, routing);
}

Outcome RoutingImport::apply()
{
    m_before.clear();
    RoutingService *service = m_workspace.routing();
    for (auto it = m_toSave.cbegin(); it != m_toSave.cend(); ++it) {
        const Result<Routing> before = service->operations(it.key());
        if (!before)
            return before.outcome();
        m_before.insert(it.key(), before.value());
        if (Outcome saved = service->setOperations(it.key(), it.value()); !saved)
            return Outcome::failure(
                tr("Routing of %1: %2").arg(m_references.partNo(it.key()), saved.error()));
    }
    return Outcome::success();
}

Outcome RoutingImport::revert()
{
    for (auto it = m_before.cbegin(); it != m_before.cend(); ++it) {
        if (Outcome saved = m_workspace.routing()->setOperations(it.key(), it.value()); !saved)
            return Outcome::failure(
                tr("Routing of %1: %2").arg(m_references.partNo(it.key()), saved.error()));
    }
    return Outcome::success();
}

Outcome RoutingImport::permitted() const
{
    if (m_workspace.access()->require(Permission::EditMasterData))
        return Outcome::success();
    return Outcome::failure(tr("You may not change master data, so you cannot import routings. Ask "
                               "the owner or a planner for the right to edit master data."));
}

Result<QList<QStringList>> RoutingImport::currentRows() const
{
    PlanningReferences references(m_workspace);
    if (Outcome loaded = references.load(); !loaded)
        return loaded;
    QList<QStringList> rows;
    for (const PlanningReferences::Entry &product : references.products()) {
        const Result<Routing> routing = m_workspace.routing()->operations(product.id);
        if (!routing)
            return routing.outcome();
        for (int i = 0; i < routing.value().size(); ++i) {
            const RoutingOperation &op = routing.value().at(i);
            rows.append(
                {product.code, QString::number((i + 1) * 10), op.name,
                 references.machineCode(op.machineId),
                 PlanningReferences::numberText(op.standardSeconds),
                 op.idealSeconds ? PlanningReferences::numberText(*op.idealSeconds) : QString()});
        }
    }
    return rows;
}

} // namespace Taktline
