#pragma once

#include "domain/planning/routingoperation.h"
#include "domain/station/production.h"
#include "services/import/importhandler.h"
#include "services/import/planningreferences.h"

#include <QCoreApplication>
#include <QHash>

namespace Taktline {

// Imports piece rates (计件单价): product, operation of its routing, rate per good piece and the
// date it applies from. The same product, operation and date change that rate.
class PieceRateImport final : public ImportHandler
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::PieceRateImport)

public:
    explicit PieceRateImport(Workspace &workspace);

    ImportKind kind() const override { return ImportKind::PieceRates; }
    QList<ImportColumn> columns() const override;
    QStringList exampleRow() const override;
    void check(QList<ImportRecord> &records) override;
    ImportCounts counts() const override { return m_counts; }
    Outcome apply() override;
    Outcome permitted() const override;
    Outcome revert() override;
    Result<QList<QStringList>> currentRows() const override;

private:
    static QString keyOf(const PieceRate &rate);
    const QStringList *operationsOf(const QString &productId, ImportRecord &record);

    PlanningReferences m_references;
    QHash<QString, QStringList> m_operations; // product id → its routing's operation names
    QList<PieceRate> m_toSave;
    QStringList m_added;                // rate ids apply() created
    QHash<QString, PieceRate> m_before; // rate id → as stored before apply()
    ImportCounts m_counts;
};

} // namespace Taktline
