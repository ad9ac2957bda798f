#include "common/lists/tableviews.h"

#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace Taktline {

void setRowHeight(QTableView *view, TableRows rows)
{
    view->verticalHeader()->setDefaultSectionSize(static_cast<int>(rows));
}

void fitColumnsToHeaders(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    header->ensurePolished(); // the style sheet's bold header font and padding count
    for (int column = 0; column < header->count(); ++column) {
        if (!header->isSectionHidden(column))
            header->resizeSection(column, std::max(header->sectionSize(column),
                                                   header->sectionSizeHint(column)));
    }
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
