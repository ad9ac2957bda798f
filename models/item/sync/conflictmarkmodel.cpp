#include "item/sync/conflictmarkmodel.h"

#include "services/sync/conflictservice.h"

#include <QIcon>

namespace Taktline {

ConflictMarkModel::ConflictMarkModel(ConflictService *service, const QString &table, int column,
                                     IdOf idOf, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_service(service)
    , m_table(table)
    , m_column(column)
    , m_idOf(std::move(idOf))
{
    connect(m_service, &ConflictService::conflictsChanged, this, [this] {
        m_marked.clear();
        if (rowCount() > 0)
            emit dataChanged(index(0, m_column), index(rowCount() - 1, m_column),
                             {Qt::DecorationRole, Qt::ToolTipRole, MarkedRole});
    });
}

bool ConflictMarkModel::isMarked(const QModelIndex &index) const
{
    const QString id = m_idOf(mapToSource(index.siblingAtColumn(m_column)));
    if (id.isEmpty())
        return false;
    auto known = m_marked.constFind(id);
    if (known == m_marked.constEnd())
        known = m_marked.insert(id, m_service->isMarked(m_table, id));
    return known.value();
}

QVariant ConflictMarkModel::data(const QModelIndex &index, int role) const
{
    if (role == MarkedRole)
        return isMarked(index);
    if (index.column() == m_column && (role == Qt::DecorationRole || role == Qt::ToolTipRole)
        && isMarked(index)) {
        if (role == Qt::DecorationRole)
            return QIcon(QStringLiteral(":/icons/conflict.svg"));
        return tr("An open sync conflict concerns this record: see Conflicts.");
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace Taktline
