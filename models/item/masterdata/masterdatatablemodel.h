#pragma once

#include "domain/masterdata/masterrecord.h"
#include "domain/outcome.h"

#include <QAbstractTableModel>

class QUndoStack;

namespace Taktline {

class MasterDataService;
class UndoFeedback;

// A table of one master-data kind (all fields plus the Active column). Edits go through the
// service and onto the undo stack; the model itself changes only when the service says so.
class MasterDataTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles { IdRole = Qt::UserRole + 1, ActiveRole };

    MasterDataTableModel(MasterDataKind kind, MasterDataService *service, QUndoStack *undoStack,
                         UndoFeedback *feedback, QObject *parent = nullptr);

    MasterDataKind kind() const { return m_kind; }
    int activeColumn() const;
    int rowOfId(const QString &id) const;
    const MasterRecord &recordAt(int row) const { return m_records.at(row); }

    Outcome reload();
    Result<QString> addRecord(const MasterRecord &record);
    Outcome setRecordActive(int row, bool active);
    // Writes several fields of one record as one undo step (the edit dialog's OK).
    Outcome updateRecord(int row, const QVariantMap &values);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void errorOccurred(const QString &message);

private:
    Outcome changeField(int row, const QString &column, const QVariant &value);
    void onRecordAdded(MasterDataKind kind, const QString &id);
    void onRecordChanged(MasterDataKind kind, const QString &id);
    void onRecordRemoved(MasterDataKind kind, const QString &id);

    MasterDataKind m_kind;
    MasterDataService *m_service;
    QUndoStack *m_undoStack;
    UndoFeedback *m_feedback;
    QList<MasterRecord> m_records;
};

} // namespace Taktline
