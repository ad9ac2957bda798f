#pragma once

#include <QSortFilterProxyModel>

namespace Taktline {

// Search and "show inactive" for a master-data table; sorts numbers as numbers.
class MasterDataFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit MasterDataFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setShowInactive(bool show);
    bool showInactive() const { return m_showInactive; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    bool m_showInactive = false;
};

} // namespace Taktline
