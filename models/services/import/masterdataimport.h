#pragma once

#include "domain/masterdata/masterrecord.h"
#include "services/import/importhandler.h"

namespace Taktline {

// Imports one master-data kind (products, machines, employees, downtime and defect reasons),
// its columns taken from the kind's EntitySpec: values checked by MasterDataService as a hand
// edit would be, upsert by the code field, rows equal to what is stored left alone.
class MasterDataImport final : public ImportHandler
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::MasterDataImport)

public:
    MasterDataImport(ImportKind kind, MasterDataKind dataKind, Workspace &workspace);

    ImportKind kind() const override { return m_kind; }
    QList<ImportColumn> columns() const override { return m_columns; }
    QStringList exampleRow() const override;
    Outcome permitted() const override;
    void check(QList<ImportRecord> &records) override;
    ImportCounts counts() const override { return m_counts; }
    Outcome apply() override;
    Outcome revert() override;
    Result<QList<QStringList>> currentRows() const override;

private:
    // One field's change on a known record: its value before and after.
    struct Change
    {
        QString column;
        QVariant before;
        QVariant after;
    };
    // One checked row: a new record, or the changes to a known one.
    struct Planned
    {
        QString id; // known record; after apply() also the added one's
        QString code;
        bool added = false;
        MasterRecord record; // added: the values to create
        QList<Change> changes;
    };

    // The cell of FIELD in RECORD read by its type; nullopt when blank or refused.
    std::optional<QVariant> read(ImportRecord &record, const FieldSpec &field) const;
    QString columnKey(const FieldSpec &field) const;
    double maximum(const FieldSpec &field) const;

    ImportKind m_kind;
    MasterDataKind m_dataKind;
    QList<ImportColumn> m_columns;
    QList<Planned> m_planned;
    ImportCounts m_counts;
    bool m_reverted = false;
};

} // namespace Taktline
