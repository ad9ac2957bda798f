#include "common/tableviews.h"

#include <QHeaderView>
#include <QTableView>

namespace Taktline {

void setRowHeight(QTableView *view, TableRows rows)
{
    view->verticalHeader()->setDefaultSectionSize(static_cast<int>(rows));
}

void setUpListView(QTableView *view, TableRows rows)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setVisible(false);
    setRowHeight(view, rows);
}

QTableView *makeListView(QAbstractItemModel *model, const QString &objectName, QWidget *parent,
                         TableRows rows)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    setUpListView(view, rows);
    return view;
}

} // namespace Taktline
