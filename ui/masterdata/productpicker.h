#pragma once

#include "domain/masterdata/masterrecord.h"

#include <QWidget>

#include <optional>

class QLineEdit;
class QTableView;

namespace Taktline {

class MasterDataFilterProxy;
class MasterDataTableModel;
class Workspace;

// The left side of the per-product editors (routings, bills of materials): a search field over
// the products and a list of part number and name to choose the product being edited.
class ProductPicker final : public QWidget
{
    Q_OBJECT
public:
    explicit ProductPicker(Workspace *workspace, QWidget *parent = nullptr);

    QTableView *list() const { return m_list; }
    // The chosen product, if any.
    std::optional<MasterRecord> current() const;
    void select(const QString &productId);
    void selectFirst();

signals:
    void currentChanged();

private:
    MasterDataTableModel *m_products;
    MasterDataFilterProxy *m_proxy;
    QLineEdit *m_search;
    QTableView *m_list;
};

} // namespace Taktline
