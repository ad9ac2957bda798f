#pragma once

#include "domain/quality/inspectionplan.h"
#include "services/import/importhandler.h"
#include "services/import/inspectionplanrowreader.h"
#include "services/import/planningreferences.h"

#include <QCoreApplication>

#include <optional>

namespace Taktline {

// Imports inspection plans (检验方案), one row per characteristic: product, step (0: the product
// as a whole), the plan's settings (on any of its rows; blank keeps what is stored) and the
// characteristic. A plan the file names is created or changed; a characteristic is matched by
// its name within the plan — changed when known, added at the end when new; characteristics and
// plans the file does not name stay as they are.
class InspectionPlanImport final : public ImportHandler
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::InspectionPlanImport)

public:
    explicit InspectionPlanImport(Workspace &workspace);

    ImportKind kind() const override { return ImportKind::InspectionPlans; }
    QList<ImportColumn> columns() const override;
    QStringList exampleRow() const override;
    Outcome permitted() const override;
    void check(QList<ImportRecord> &records) override;
    ImportCounts counts() const override { return m_counts; }
    Outcome apply() override;
    Outcome revert() override;
    Result<QList<QStringList>> currentRows() const override;

private:
    using Group = InspectionPlanRowReader::Group;
    QString planLabel(const InspectionPlan &plan) const;

    PlanningReferences m_references;
    QList<InspectionPlan> m_toSave;
    // What apply() did, for revert(): the saved plan's id and the plan before (none: created).
    QList<std::pair<QString, std::optional<InspectionPlan>>> m_done;
    ImportCounts m_counts;
};

} // namespace Taktline
