#pragma once

#include <QHash>
#include <QIdentityProxyModel>

#include <functional>

namespace Taktline {

class ConflictService;

// Puts the conflict mark (an icon and a tooltip) on the rows of a list whose record has an open
// conflict: the work-order list, lots, serials. Rows map one to one to the source.
class ConflictMarkModel final : public QIdentityProxyModel
{
    Q_OBJECT
public:
    enum Roles { MarkedRole = Qt::UserRole + 90 };
    using IdOf = std::function<QString(const QModelIndex &sourceIndex)>;

    // TABLE is the records' table ("work_orders"); the mark goes in COLUMN; ID_OF reads a row's
    // record id from the source.
    ConflictMarkModel(ConflictService *service, const QString &table, int column, IdOf idOf,
                      QObject *parent = nullptr);

    bool isMarked(const QModelIndex &index) const;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    ConflictService *m_service;
    QString m_table;
    int m_column;
    IdOf m_idOf;
    mutable QHash<QString, bool> m_marked; // asked once per record until conflicts change
};

} // namespace Taktline
