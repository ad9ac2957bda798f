#pragma once

#include "domain/planning/workorder.h"
#include "services/import/importhandler.h"
#include "services/import/planningreferences.h"

#include <QCoreApplication>
#include <QHash>

namespace Taktline {

// Imports work orders (工单): number, product, quantity, due date, priority, customer, notes.
// A new number becomes a draft with that number; a known number with other values changes the
// order while it has not started; an order that has is left to the app.
class WorkOrderImport final : public ImportHandler
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::WorkOrderImport)

public:
    explicit WorkOrderImport(Workspace &workspace);

    ImportKind kind() const override { return ImportKind::WorkOrders; }
    QList<ImportColumn> columns() const override;
    QStringList exampleRow() const override;
    void check(QList<ImportRecord> &records) override;
    ImportCounts counts() const override { return m_counts; }
    Outcome apply() override;
    Outcome permitted() const override;
    Outcome revert() override;
    Result<QList<QStringList>> currentRows() const override;

private:
    struct Stored
    {
        WorkOrder order;
        bool deleted = false;
    };
    Result<QHash<QString, Stored>> stored() const;
    QStringList priorityChoices() const;
    WorkOrderPriority priorityOf(ImportRecord &record) const;

    PlanningReferences m_references;
    QList<WorkOrder> m_toAdd;
    QList<WorkOrder> m_toChange;        // the new values, id and version of the stored order
    QHash<QString, WorkOrder> m_before; // id → as stored before apply()
    QStringList m_added;                // ids apply() created
    bool m_reverted = false;            // revert() removed them: apply() brings them back
    ImportCounts m_counts;
};

} // namespace Taktline
