#include "services/import/piecerateimport.h"

#include "services/access/accesscontrol.h"
#include "services/planning/routingservice.h"
#include "services/station/wageservice.h"
#include "services/workspace.h"

#include <algorithm>

namespace Taktline {

namespace {

constexpr double MaxRate = 100000; // as WageService allows

const QString Product = QStringLiteral("product");
const QString Operation = QStringLiteral("operation");
const QString Rate = QStringLiteral("rate");
const QString ValidFrom = QStringLiteral("valid_from");

} // namespace

PieceRateImport::PieceRateImport(Workspace &workspace)
    : ImportHandler(workspace)
    , m_references(workspace)
{
}

QList<ImportColumn> PieceRateImport::columns() const
{
    return {
        {Product,
         QT_TRANSLATE_NOOP("Taktline::Import", "Part No."),
         true,
         {},
         QT_TRANSLATE_NOOP("Taktline::Import", "The part no. of the product.")},
        {Operation,
         QT_TRANSLATE_NOOP("Taktline::Import", "Operation"),
         true,
         {},
         QT_TRANSLATE_NOOP("Taktline::Import",
                           "An operation of the product's routing, such as 车削.")},
        {Rate,
         QT_TRANSLATE_NOOP("Taktline::Import", "Piece rate"),
         true,
         {},
         QT_TRANSLATE_NOOP("Taktline::Import", "What one good piece earns, in yuan.")},
        {ValidFrom,
         QT_TRANSLATE_NOOP("Taktline::Import", "Valid from"),
         true,
         {},
         QT_TRANSLATE_NOOP("Taktline::Import",
                           "The first day the rate applies, such as 2026-12-01.")},
    };
}

QStringList PieceRateImport::exampleRow() const
{
    return {QStringLiteral("FL-1"), tr("Turning"), QStringLiteral("0.35"),
            QDate(2026, 12, 1).toString(Qt::ISODate)};
}

QString PieceRateImport::keyOf(const PieceRate &rate)
{
    return rate.productId + QLatin1Char('\x1f') + rate.operationName + QLatin1Char('\x1f') +
           rate.validFrom.toString(Qt::ISODate);
}

const QStringList *PieceRateImport::operationsOf(const QString &productId, ImportRecord &record)
{
    if (const auto found = m_operations.constFind(productId); found != m_operations.cend())
        return &*found;
    const Result<Routing> routing = m_workspace.routing()->operations(productId);
    if (!routing) {
        record.rowProblem(routing.error());
        return nullptr;
    }
    QStringList names;
    for (const RoutingOperation &op : routing.value())
        names.append(op.name);
    return &*m_operations.insert(productId, names);
}

void PieceRateImport::check(QList<ImportRecord> &records)
{
    m_toSave.clear();
    m_operations.clear();
    m_counts = {};
    const Result<QList<PieceRate>> stored = m_workspace.wages()->rates();
    Outcome loaded = stored ? m_references.load() : stored.outcome();
    if (!loaded) {
        if (!records.isEmpty())
            records.first().rowProblem(loaded.error());
        return;
    }
    QHash<QString, PieceRate> storedByKey;
    for (const PieceRate &rate : stored.value())
        storedByKey.insert(keyOf(rate), rate);
    QStringList keys(records.size());
    QList<PieceRate> read(records.size());
    for (int i = 0; i < records.size(); ++i) {
        ImportRecord &r = records[i];
        PieceRate rate;
        const QString partNo = r.text(Product);
        if (const auto *product = m_references.product(r, Product, partNo, true))
            rate.productId = product->id;
        rate.operationName = r.text(Operation, 40).simplified();
        rate.rate = r.number(Rate, 0, MaxRate).value_or(-1);
        rate.validFrom = r.date(ValidFrom).value_or(QDate());
        if (!partNo.isEmpty() && !rate.operationName.isEmpty() && rate.validFrom.isValid())
            keys[i] = partNo + QLatin1Char('\x1f') + rate.operationName + QLatin1Char('\x1f') +
                      rate.validFrom.toString(Qt::ISODate);
        if (!rate.productId.isEmpty() && !rate.operationName.isEmpty()) {
            const QStringList *names = operationsOf(rate.productId, r);
            if (names && !names->contains(rate.operationName)) {
                r.problem(
                    Operation,
                    names->isEmpty()
                        ? tr("%1 has no routing yet: import its routing first.").arg(partNo)
                        : tr("The routing of %1 has no operation “%2”. Its operations "
                             "are: %3.")
                              .arg(partNo, rate.operationName, names->join(QStringLiteral(", "))));
            }
        }
        read[i] = rate;
    }
    PlanningReferences::markDuplicates(
        records, Operation, [&](int i) { return keys.at(i); },
        [](const QString &rows) {
            return tr("The same product, operation and date are also on row %1.").arg(rows);
        });
    for (int i = 0; i < records.size(); ++i) {
        if (records.at(i).hasProblems())
            continue;
        PieceRate rate = read.at(i);
        const auto found = storedByKey.constFind(keyOf(rate));
        if (found == storedByKey.cend()) {
            ++m_counts.added;
        } else if (found->rate == rate.rate) {
            ++m_counts.unchanged;
            continue;
        } else {
            rate.id = found->id;
            ++m_counts.changed;
        }
        m_toSave.append(rate);
    }
}

Outcome PieceRateImport::apply()
{
    WageService *service = m_workspace.wages();
    m_added.clear();
    m_before.clear();
    const Result<QList<PieceRate>> stored = service->rates();
    if (!stored)
        return stored.outcome();
    for (const PieceRate &rate : stored.value())
        m_before.insert(rate.id, rate);
    for (const PieceRate &rate : std::as_const(m_toSave)) {
        const Result<QString> id = service->setRate(rate);
        if (!id)
            return Outcome::failure(
                tr("Piece rate of %1 %2: %3")
                    .arg(m_references.partNo(rate.productId), rate.operationName, id.error()));
        if (rate.id.isEmpty())
            m_added.append(id.value());
    }
    // Keep only the rates apply() changed.
    for (auto it = m_before.begin(); it != m_before.end();) {
        const bool changed = std::any_of(m_toSave.cbegin(), m_toSave.cend(),
                                         [&](const PieceRate &r) { return r.id == it.key(); });
        it = changed ? std::next(it) : m_before.erase(it);
    }
    return Outcome::success();
}

Outcome PieceRateImport::revert()
{
    WageService *service = m_workspace.wages();
    for (const QString &id : std::as_const(m_added)) {
        if (Outcome removed = service->removeRate(id); !removed)
            return removed;
    }
    for (const PieceRate &rate : std::as_const(m_before)) {
        if (const Result<QString> saved = service->setRate(rate); !saved)
            return saved.outcome();
    }
    return Outcome::success();
}

Outcome PieceRateImport::permitted() const
{
    if (m_workspace.access()->require(Permission::EditMasterData))
        return Outcome::success();
    return Outcome::failure(
        tr("You may not change master data, so you cannot import piece rates. Ask "
           "the owner or a planner for the right to edit master data."));
}

Result<QList<QStringList>> PieceRateImport::currentRows() const
{
    PlanningReferences references(m_workspace);
    if (Outcome loaded = references.load(); !loaded)
        return loaded;
    const Result<QList<PieceRate>> rates = m_workspace.wages()->rates();
    if (!rates)
        return rates.outcome();
    QList<QStringList> rows;
    for (const PieceRate &rate : rates.value()) {
        rows.append({references.partNo(rate.productId), rate.operationName,
                     PlanningReferences::numberText(rate.rate),
                     rate.validFrom.toString(Qt::ISODate)});
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace Taktline
