#include "masterdata/productpicker.h"

#include "common/lists/tableviews.h"
#include "item/masterdata/masterdatafilterproxy.h"
#include "item/masterdata/masterdatatablemodel.h"
#include "services/workspace.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace Taktline {

ProductPicker::ProductPicker(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_products(new MasterDataTableModel(MasterDataKind::Product, workspace->masterData(),
                                          workspace->undoStack(), workspace->undoFeedback(), this))
    , m_proxy(new MasterDataFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_list(new QTableView(this))
{
    m_proxy->setSourceModel(m_products);
    m_proxy->setSortRole(Qt::DisplayRole);
    m_proxy->sort(0);
    m_search->setObjectName(QStringLiteral("productSearch"));
    m_search->setPlaceholderText(tr("Search products…"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("productList"));
    m_list->setModel(m_proxy);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->setVisible(false);
    setRowHeight(m_list, TableRows::Compact);
    m_list->horizontalHeader()->setStretchLastSection(true);
    // Part number and name are enough to pick a product; the other columns stay searchable.
    for (int column = 2; column < m_products->columnCount(); ++column)
        m_list->hideColumn(column);
    m_list->setColumnWidth(0, 90);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &MasterDataFilterProxy::setSearchText);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProductPicker::currentChanged);
}

std::optional<MasterRecord> ProductPicker::current() const
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return m_products->recordAt(m_proxy->mapToSource(index).row());
}

void ProductPicker::select(const QString &productId)
{
    const int row = m_products->rowOfId(productId);
    if (row >= 0)
        m_list->setCurrentIndex(m_proxy->mapFromSource(m_products->index(row, 1)));
}

void ProductPicker::selectFirst()
{
    if (m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(0, 1));
}

} // namespace Taktline
