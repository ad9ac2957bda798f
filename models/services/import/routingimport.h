#pragma once

#include "domain/planning/routingoperation.h"
#include "services/import/importhandler.h"
#include "services/import/planningreferences.h"

#include <QCoreApplication>
#include <QHash>

namespace Taktline {

// Imports routings (工艺路线), one row per step: product, step no. (10, 20, 30 …), operation,
// machine, standard and ideal time per piece. A step the file names is added or changed; steps
// it does not name stay as they are.
class RoutingImport final : public ImportHandler
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::RoutingImport)

public:
    explicit RoutingImport(Workspace &workspace);

    ImportKind kind() const override { return ImportKind::Routings; }
    QList<ImportColumn> columns() const override;
    QStringList exampleRow() const override;
    void check(QList<ImportRecord> &records) override;
    ImportCounts counts() const override { return m_counts; }
    Outcome apply() override;
    Outcome permitted() const override;
    Outcome revert() override;
    Result<QList<QStringList>> currentRows() const override;

private:
    struct Step
    {
        int record = 0;
        int seq = 0;
        RoutingOperation operation;
    };
    void checkProduct(QList<ImportRecord> &records, const QString &productId, QList<Step> steps);

    PlanningReferences m_references;
    QHash<QString, Routing> m_toSave; // product id → routing to save
    QHash<QString, Routing> m_before; // product id → routing before apply()
    ImportCounts m_counts;
};

} // namespace Taktline
