#include "item/sync/conflictlistmodel.h"

#include "item/palette.h"
#include "item/sync/synctext.h"
#include "services/sync/conflictservice.h"

#include <QLocale>

#include <algorithm>

namespace Taktline {

ConflictListModel::ConflictListModel(ConflictService *service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    connect(m_service, &ConflictService::conflictsChanged, this, [this] { reload(); });
}

void ConflictListModel::setIncludeResolved(bool include)
{
    if (m_includeResolved == include)
        return;
    m_includeResolved = include;
    reload();
}

Outcome ConflictListModel::reload()
{
    Result<QList<SyncConflict>> listed = m_service->conflicts(m_includeResolved);
    beginResetModel();
    m_rows = listed ? listed.value() : QList<SyncConflict>();
    // Open ones first, the newest on top.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const SyncConflict &a, const SyncConflict &b) {
        if (a.resolvedAt.isValid() != b.resolvedAt.isValid())
            return !a.resolvedAt.isValid();
        return a.foundAt > b.foundAt;
    });
    endResetModel();
    return listed.outcome();
}

const SyncConflict *ConflictListModel::conflictAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ConflictListModel::rowOfId(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int ConflictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    const SyncConflict *conflict = conflictAt(index.row());
    if (!conflict)
        return {};
    const bool open = !conflict->resolvedAt.isValid();
    if (role == IdRole)
        return conflict->id;
    if (role == OpenRole)
        return open;
    if (role == Qt::ForegroundRole && !open)
        return Palette::Disabled;
    if (role == Qt::ForegroundRole && index.column() == StateColumn)
        return Palette::UrgentText;
    if (role == Qt::ToolTipRole && index.column() == DevicesColumn)
        return conflict->details.join(QLatin1Char('\n'));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case KindColumn:
        return SyncText::kindName(conflict->kind);
    case SubjectColumn:
        return conflict->subject;
    case FoundColumn:
        return QLocale().toString(conflict->foundAt.toLocalTime(), QLocale::ShortFormat);
    case DevicesColumn:
        return conflict->details.join(QStringLiteral("; "));
    case StateColumn:
        return open ? tr("Open") : tr("Resolved");
    }
    return {};
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn: return tr("Conflict");
    case SubjectColumn: return tr("Record");
    case FoundColumn: return tr("Found");
    case DevicesColumn: return tr("What each device did");
    case StateColumn: return tr("State");
    }
    return {};
}

} // namespace Taktline
