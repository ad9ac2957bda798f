#include "item/backup/backuplistmodel.h"

#include "item/palette.h"
#include "item/backup/backuptext.h"

#include <QBrush>
#include <QLocale>

namespace Taktline {

BackupListModel::BackupListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BackupListModel::setEntries(const QList<BackupEntry> &entries, const QDateTime &now)
{
    beginResetModel();
    m_entries = entries;
    m_now = now;
    endResetModel();
}

int BackupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BackupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const BackupEntry &e = m_entries.at(index.row());
    const bool good = e.state == BackupEntry::State::Good;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TakenColumn:
            return BackupText::when(e.takenAt, m_now);
        case KindColumn:
            return backupKindDisplayName(e.kind);
        case SizeColumn:
            return BackupText::size(e.sizeBytes);
        case EncryptedColumn:
            return e.encrypted ? tr("Encrypted") : tr("No");
        case StateColumn:
            return backupStateDisplayName(e.state);
        case ContentsColumn:
            return good || e.contents.workOrders > 0 ? BackupText::contents(e.contents) : e.problem;
        }
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == TakenColumn)
            return QLocale().toString(e.takenAt.toLocalTime(), QLocale::LongFormat);
        if (!e.problem.isEmpty())
            return e.problem;
        return e.filePath;
    } else if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        switch (e.state) {
        case BackupEntry::State::Good:
            return QBrush(Palette::GoodText);
        case BackupEntry::State::Modified:
        case BackupEntry::State::Unreadable:
            return QBrush(Palette::Red);
        case BackupEntry::State::Unlisted:
            return QBrush(Palette::AmberText);
        }
    } else if (role == Qt::TextAlignmentRole && index.column() == SizeColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TakenColumn:
        return tr("Taken");
    case KindColumn:
        return tr("Kind");
    case SizeColumn:
        return tr("Size");
    case EncryptedColumn:
        return tr("Encryption");
    case StateColumn:
        return tr("State");
    case ContentsColumn:
        return tr("Holds");
    }
    return {};
}

} // namespace Taktline
