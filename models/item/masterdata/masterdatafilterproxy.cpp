#include "item/masterdata/masterdatafilterproxy.h"

#include "item/masterdata/masterdatatablemodel.h"

namespace Taktline {

MasterDataFilterProxy::MasterDataFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void MasterDataFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
}

void MasterDataFilterProxy::setShowInactive(bool show)
{
    if (show == m_showInactive)
        return;
    m_showInactive = show;
    invalidateFilter();
}

bool MasterDataFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (!m_showInactive && !first.data(MasterDataTableModel::ActiveRole).toBool())
        return false;
    if (m_search.isEmpty())
        return true;
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        const QString text = model->index(sourceRow, column, sourceParent).data().toString();
        if (text.contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace Taktline
