#include "services/import/planningreferences.h"

#include "services/masterdata/masterdataservice.h"
#include "services/workspace.h"

#include <algorithm>

namespace Taktline {

PlanningReferences::PlanningReferences(const Workspace &workspace)
    : m_workspace(workspace)
{
}

Outcome PlanningReferences::load()
{
    const Result<QList<MasterRecord>> products =
        m_workspace.masterData()->list(MasterDataKind::Product);
    if (!products)
        return products.outcome();
    const Result<QList<MasterRecord>> machines =
        m_workspace.masterData()->list(MasterDataKind::Machine);
    if (!machines)
        return machines.outcome();
    m_products.clear();
    m_machines.clear();
    for (const MasterRecord &record : products.value()) {
        const Entry entry{record.id, record.text(QStringLiteral("part_no")), record.active};
        m_products.insert(entry.code, entry);
        m_partNoOf.insert(entry.id, entry.code);
    }
    for (const MasterRecord &record : machines.value()) {
        const Entry entry{record.id, record.text(QStringLiteral("code")), record.active};
        m_machines.insert(entry.code, entry);
        m_machineCodeOf.insert(entry.id, entry.code);
    }
    return Outcome::success();
}

const PlanningReferences::Entry *PlanningReferences::product(ImportRecord &record,
                                                             const QString &key,
                                                             const QString &partNo,
                                                             bool inactiveOk) const
{
    if (partNo.isEmpty())
        return nullptr;
    const auto found = m_products.constFind(partNo);
    if (found == m_products.cend()) {
        record.problem(key, tr("There is no product with part no. %1. Add it under Products (or "
                               "import the products) first.")
                                .arg(partNo));
        return nullptr;
    }
    if (!found->active && !inactiveOk) {
        record.problem(key, tr("Product %1 is deactivated. Activate it first.").arg(partNo));
        return nullptr;
    }
    return &*found;
}

const PlanningReferences::Entry *PlanningReferences::machine(ImportRecord &record,
                                                             const QString &key,
                                                             const QString &code,
                                                             bool inactiveOk) const
{
    if (code.isEmpty())
        return nullptr;
    const auto found = m_machines.constFind(code);
    if (found == m_machines.cend()) {
        record.problem(key, tr("There is no machine with code %1. Add it under Machines (or "
                               "import the machines) first.")
                                .arg(code));
        return nullptr;
    }
    if (!found->active && !inactiveOk) {
        record.problem(key, tr("Machine %1 is deactivated. Choose an active machine.").arg(code));
        return nullptr;
    }
    return &*found;
}

QList<PlanningReferences::Entry> PlanningReferences::products() const
{
    QList<Entry> list = m_products.values();
    std::sort(list.begin(), list.end(),
              [](const Entry &a, const Entry &b) { return a.code < b.code; });
    return list;
}

void PlanningReferences::markDuplicates(QList<ImportRecord> &records, const QString &keyColumn,
                                        const std::function<QString(int)> &keyOf,
                                        const std::function<QString(const QString &)> &reason)
{
    QHash<QString, QList<int>> rowsOf;
    for (int i = 0; i < records.size(); ++i) {
        const QString key = keyOf(i);
        if (!key.isEmpty())
            rowsOf[key].append(i);
    }
    for (auto it = rowsOf.cbegin(); it != rowsOf.cend(); ++it) {
        if (it->size() < 2)
            continue;
        for (int i : *it) {
            QStringList others;
            for (int j : *it) {
                if (j != i)
                    others << QString::number(records.at(j).row());
            }
            records[i].problem(keyColumn, reason(others.join(QStringLiteral(", "))));
        }
    }
}

QString PlanningReferences::numberText(double value)
{
    return QString::number(value, 'g', 15);
}

} // namespace Taktline
