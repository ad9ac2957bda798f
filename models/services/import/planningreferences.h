#pragma once

#include "domain/outcome.h"
#include "services/import/importrecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace Taktline {

class Workspace;

// What the planning imports look up while they check a file: the factory's products by part
// number and machines by code, read once, and the shared checks on them — an unknown or
// deactivated reference, the same key on two rows of one file. Read-only.
class PlanningReferences final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::PlanningReferences)

public:
    struct Entry
    {
        QString id;
        QString code; // part no. or machine code
        bool active = true;
    };

    explicit PlanningReferences(const Workspace &workspace);
    Outcome load(); // both lists; call before the lookups

    // The product with part no. PARTNO; a problem on KEY's cell naming it when there is none or
    // (unless INACTIVEOK) it is deactivated. Empty PARTNO: no lookup, no problem.
    const Entry *product(ImportRecord &record, const QString &key, const QString &partNo,
                         bool inactiveOk = false) const;
    const Entry *machine(ImportRecord &record, const QString &key, const QString &code,
                         bool inactiveOk = false) const;
    QString partNo(const QString &productId) const { return m_partNoOf.value(productId); }
    QString machineCode(const QString &machineId) const { return m_machineCodeOf.value(machineId); }
    // Every product, by part no.
    QList<Entry> products() const;

    // Puts REASON on KEYCOLUMN of every record whose key (KEYOF; empty: no key) appears on more
    // than one row; REASON gets the other rows' numbers.
    static void markDuplicates(QList<ImportRecord> &records, const QString &keyColumn,
                               const std::function<QString(int)> &keyOf,
                               const std::function<QString(const QString &rows)> &reason);
    // A number as a cell shows it: no trailing zeros, no exponent for plausible values.
    static QString numberText(double value);

private:
    const Workspace &m_workspace;
    QHash<QString, Entry> m_products; // part no. → product
    QHash<QString, Entry> m_machines; // code → machine
    QHash<QString, QString> m_partNoOf;
    QHash<QString, QString> m_machineCodeOf;
};

} // namespace Taktline
