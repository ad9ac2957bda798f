#pragma once

#include "services/backup/backupservice.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace Taktline {

// The backups in the folder as the Settings ▸ Backup list shows them: newest first, one row each
// with its date, kind, size, encryption, state (coloured) and what it holds.
class BackupListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TakenColumn,
        KindColumn,
        SizeColumn,
        EncryptedColumn,
        StateColumn,
        ContentsColumn,
        ColumnCount
    };

    explicit BackupListModel(QObject *parent = nullptr);

    void setEntries(const QList<BackupEntry> &entries, const QDateTime &now);
    const BackupEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<BackupEntry> m_entries;
    QDateTime m_now;
};

} // namespace Taktline
