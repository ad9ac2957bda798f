#pragma once

#include "domain/outcome.h"
#include "domain/sync/syncconflict.h"

#include <QAbstractTableModel>
#include <QList>

namespace Taktline {

class ConflictService;

// The Conflicts view's table (冲突): what clashed, about which record, when it was found and
// what each device did; open ones first, resolved ones only when asked for.
class ConflictListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, SubjectColumn, FoundColumn, StateColumn, DevicesColumn, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1, OpenRole };

    explicit ConflictListModel(ConflictService *service, QObject *parent = nullptr);

    bool includesResolved() const { return m_includeResolved; }
    void setIncludeResolved(bool include);
    Outcome reload(); // the list again, as the service has it
    const SyncConflict *conflictAt(int row) const;
    int rowOfId(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ConflictService *m_service;
    QList<SyncConflict> m_rows;
    bool m_includeResolved = false;
};

} // namespace Taktline
