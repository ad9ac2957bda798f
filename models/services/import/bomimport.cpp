#include "services/import/bomimport.h"

#include "services/access/accesscontrol.h"
#include "services/masterdata/bomservice.h"
#include "services/planning/routingservice.h"
#include "services/workspace.h"

#include <algorithm>

namespace Taktline {

namespace {

constexpr double MaxQuantityPerUnit = 1e6; // as BomService allows
constexpr int MaxStep = 9990;

const QString Product = QStringLiteral("product");
const QString Component = QStringLiteral("component");
const QString Quantity = QStringLiteral("quantity");
const QString Seq = QStringLiteral("step");
const QString Note = QStringLiteral("note");

} // namespace

BomImport::BomImport(Workspace &workspace)
    : ImportHandler(workspace)
    , m_references(workspace)
{
}

QList<ImportColumn> BomImport::columns() const
{
    return {
        {Product,
         QT_TRANSLATE_NOOP("Taktline::Import", "Part No."),
         true,
         {},
         QT_TRANSLATE_NOOP("Taktline::Import", "The part no. of the product made.")},
        {Component,
         QT_TRANSLATE_NOOP("Taktline::Import", "Component part No."),
         true,
         {},
         QT_TRANSLATE_NOOP("Taktline::Import",
                           "The part no. of the material or part that goes in.")},
        {Quantity,
         QT_TRANSLATE_NOOP("Taktline::Import", "Qty per piece"),
         true,
         {},
         QT_TRANSLATE_NOOP("Taktline::Import",
                           "How much of the component one piece takes, in its unit.")},
        {Seq,
         QT_TRANSLATE_NOOP("Taktline::Import", "Step No."),
         false,
         {},
         QT_TRANSLATE_NOOP("Taktline::Import",
                           "The routing step it is fed at; 0 or empty: the first step.")},
        {Note, QT_TRANSLATE_NOOP("Taktline::Import", "Note"), false, {}, ""},
    };
}

QStringList BomImport::exampleRow() const
{
    return {QStringLiteral("FL-1"), QStringLiteral("SP-1"), QStringLiteral("0.8"),
            QStringLiteral("10"), QString()};
}

const BomImport::ProductBom *BomImport::productOf(const QString &productId, ImportRecord &record)
{
    if (const auto found = m_products.constFind(productId); found != m_products.cend())
        return &*found;
    const Result<QList<BomLine>> lines = m_workspace.bom()->lines(productId);
    const Result<Routing> routing = m_workspace.routing()->operations(productId);
    if (!lines || !routing) {
        record.rowProblem(!lines ? lines.error() : routing.error());
        return nullptr;
    }
    return &*m_products.insert(productId,
                               {lines.value(), static_cast<int>(routing.value().size())});
}

void BomImport::check(QList<ImportRecord> &records)
{
    m_toAdd.clear();
    m_toChange.clear();
    m_products.clear();
    m_counts = {};
    if (Outcome loaded = m_references.load(); !loaded) {
        if (!records.isEmpty())
            records.first().rowProblem(loaded.error());
        return;
    }
    QStringList keys(records.size());
    QList<BomLine> read(records.size());
    for (int i = 0; i < records.size(); ++i) {
        ImportRecord &r = records[i];
        BomLine line;
        const QString partNo = r.text(Product);
        const QString componentNo = r.text(Component);
        if (const auto *product = m_references.product(r, Product, partNo, true))
            line.productId = product->id;
        // A deactivated component may stay on a line that has it; checked below.
        if (const auto *component = m_references.product(r, Component, componentNo, true))
            line.componentId = component->id;
        if (!partNo.isEmpty() && partNo == componentNo)
            r.problem(Component, tr("%1 cannot be a component of itself.").arg(partNo));
        keys[i] = partNo.isEmpty() || componentNo.isEmpty()
                      ? QString()
                      : partNo + QLatin1Char('\x1f') + componentNo;
        if (const std::optional<double> quantity = r.number(Quantity, 0, MaxQuantityPerUnit)) {
            if (*quantity <= 0)
                r.problem(Quantity, tr("The quantity per piece must be greater than zero."));
            line.quantityPerUnit = *quantity;
        }
        line.operationSeq = static_cast<int>(r.number(Seq, 0, MaxStep, true).value_or(0));
        line.note = r.text(Note, 200).trimmed();
        read[i] = line;
    }
    PlanningReferences::markDuplicates(
        records, Component, [&](int i) { return keys.at(i); },
        [](const QString &rows) {
            return tr("The same product and component are also on row %1.").arg(rows);
        });
    for (int i = 0; i < records.size(); ++i) {
        ImportRecord &r = records[i];
        if (r.hasProblems())
            continue;
        BomLine line = read.at(i);
        const ProductBom *product = productOf(line.productId, r);
        if (!product)
            continue;
        if (line.operationSeq != 0 &&
            (line.operationSeq % 10 != 0 || line.operationSeq > product->steps * 10)) {
            r.problem(Seq, product->steps == 0
                               ? tr("%1 has no routing yet: use step 0 (the order's first step) or "
                                    "import the routing first.")
                                     .arg(m_references.partNo(line.productId))
                               : tr("The routing of %1 has steps 10 to %2: use one of them, or 0 "
                                    "for the order's first step.")
                                     .arg(m_references.partNo(line.productId))
                                     .arg(product->steps * 10));
            continue;
        }
        const auto stored =
            std::find_if(product->lines.cbegin(), product->lines.cend(),
                         [&](const BomLine &l) { return l.componentId == line.componentId; });
        if (stored == product->lines.cend()) {
            // A new line needs an active component (BomService's rule).
            if (m_references.product(r, Component, m_references.partNo(line.componentId)))
                m_toAdd.append(line);
            continue;
        }
        line.id = stored->id;
        if (line == *stored) {
            ++m_counts.unchanged;
        } else {
            m_toChange.append(line);
        }
    }
    m_counts.added = static_cast<int>(m_toAdd.size());
    m_counts.changed = static_cast<int>(m_toChange.size());
}

Outcome BomImport::apply()
{
    BomService *service = m_workspace.bom();
    m_added.clear();
    m_before.clear();
    for (const BomLine &line : std::as_const(m_toAdd)) {
        const Result<QString> id = service->addLine(line);
        if (!id)
            return Outcome::failure(
                tr("BOM of %1: %2").arg(m_references.partNo(line.productId), id.error()));
        m_added.append(id.value());
    }
    for (const BomLine &line : std::as_const(m_toChange)) {
        const Result<BomLine> before = service->line(line.id);
        if (!before)
            return before.outcome();
        m_before.insert(line.id, before.value());
        if (Outcome done = service->updateLine(line); !done)
            return Outcome::failure(
                tr("BOM of %1: %2").arg(m_references.partNo(line.productId), done.error()));
    }
    return Outcome::success();
}

Outcome BomImport::revert()
{
    BomService *service = m_workspace.bom();
    for (const QString &id : std::as_const(m_added)) {
        if (Outcome removed = service->removeLine(id); !removed)
            return removed;
    }
    for (const BomLine &line : std::as_const(m_before)) {
        if (Outcome done = service->updateLine(line); !done)
            return done;
    }
    return Outcome::success();
}

Outcome BomImport::permitted() const
{
    if (m_workspace.access()->require(Permission::EditMasterData))
        return Outcome::success();
    return Outcome::failure(
        tr("You may not change master data, so you cannot import bills of materials. Ask "
           "the owner or a planner for the right to edit master data."));
}

Result<QList<QStringList>> BomImport::currentRows() const
{
    PlanningReferences references(m_workspace);
    if (Outcome loaded = references.load(); !loaded)
        return loaded;
    QList<QStringList> rows;
    for (const PlanningReferences::Entry &product : references.products()) {
        const Result<QList<BomLine>> lines = m_workspace.bom()->lines(product.id);
        if (!lines)
            return lines.outcome();
        QList<QStringList> productRows;
        for (const BomLine &line : lines.value()) {
            productRows.append({product.code, references.partNo(line.componentId),
                                PlanningReferences::numberText(line.quantityPerUnit),
                                QString::number(line.operationSeq), line.note});
        }
        std::sort(productRows.begin(), productRows.end(),
                  [](const QStringList &a, const QStringList &b) { return a.at(1) < b.at(1); });
        rows += productRows;
    }
    return rows;
}

} // namespace Taktline
