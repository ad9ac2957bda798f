#pragma once

#include "domain/trace/trace.h"
#include "services/import/importhandler.h"
#include "services/import/planningreferences.h"

#include <QCoreApplication>
#include <QHash>

namespace Taktline {

// Imports opening stock as material lots (批次): lot no., material, quantity, supplier, the
// supplier's lot, received and expiry dates. Each new lot is received as the warehouse receives
// one; a lot already received is left alone when it matches and refused when it does not (a
// receipt is a fact: correct it in the app).
class MaterialLotImport final : public ImportHandler
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::MaterialLotImport)

public:
    explicit MaterialLotImport(Workspace &workspace);

    ImportKind kind() const override { return ImportKind::MaterialLots; }
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
        MaterialLot lot;
        bool deleted = false;
    };
    Result<QHash<QString, Stored>> stored() const;
    Result<QSet<QString>> productionLots() const;

    PlanningReferences m_references;
    QList<MaterialLot> m_toReceive;
    QStringList m_received;  // ids of the lots apply() received
    bool m_reverted = false; // revert() took them back: apply() brings them back
    ImportCounts m_counts;
};

} // namespace Taktline
