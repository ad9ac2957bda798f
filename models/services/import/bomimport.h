#pragma once

#include "domain/masterdata/bom.h"
#include "services/import/importhandler.h"
#include "services/import/planningreferences.h"

#include <QCoreApplication>
#include <QHash>

namespace Taktline {

// Imports bills of materials (物料清单), one row per line: product, component, quantity per
// piece, the step it is fed at, a note. A product and component already on a BOM change that
// line; lines the file does not name stay.
class BomImport final : public ImportHandler
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::BomImport)

public:
    explicit BomImport(Workspace &workspace);

    ImportKind kind() const override { return ImportKind::Boms; }
    QList<ImportColumn> columns() const override;
    QStringList exampleRow() const override;
    void check(QList<ImportRecord> &records) override;
    ImportCounts counts() const override { return m_counts; }
    Outcome apply() override;
    Outcome permitted() const override;
    Outcome revert() override;
    Result<QList<QStringList>> currentRows() const override;

private:
    // The product's stored lines and routing length, read once per product.
    struct ProductBom
    {
        QList<BomLine> lines;
        int steps = 0;
    };
    const ProductBom *productOf(const QString &productId, ImportRecord &record);

    PlanningReferences m_references;
    QHash<QString, ProductBom> m_products;
    QList<BomLine> m_toAdd;
    QList<BomLine> m_toChange;
    QStringList m_added;              // line ids apply() created
    QHash<QString, BomLine> m_before; // line id → as stored before apply()
    ImportCounts m_counts;
};

} // namespace Taktline
