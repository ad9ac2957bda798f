#pragma once

#include "domain/quality/inspectionplan.h"
#include "services/import/importhandler.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace Taktline {

// Reads one row of an inspection plan import into the plan it names: the plan's settings (a
// setting given on two rows of one plan must agree) and its characteristic, matched by name,
// counted as added, changed or unchanged.
class InspectionPlanRowReader final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::InspectionPlanRowReader)

public:
    struct Group
    {
        InspectionPlan plan;       // as it will be saved
        QList<int> records;        // the file's rows of this plan
        QHash<QString, int> given; // setting column → the record that gave it
        QHash<QString, int> names; // characteristic name (case-folded) → record
        bool changed = false;
    };

    explicit InspectionPlanRowReader(ImportCounts &counts) : m_counts(counts) {}

    static const QList<CharacteristicKind> &kinds();
    static const QList<InspectionLevel> &levels();

    void readSettings(QList<ImportRecord> &records, int index, Group &group) const;
    void readCharacteristic(QList<ImportRecord> &records, int index, Group &group);

private:
    ImportCounts &m_counts;
};

} // namespace Taktline
