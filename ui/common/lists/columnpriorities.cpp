#include "common/lists/columnpriorities.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>

namespace Taktline {

ColumnPriorities::ColumnPriorities(QTableView *view, QList<Column> columns, int stretch)
    : QObject(view)
    , m_view(view)
    , m_columns(std::move(columns))
    , m_stretch(stretch)
{
    std::stable_sort(m_columns.begin(), m_columns.end(),
                     [](const Column &a, const Column &b) { return a.priority < b.priority; });
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    view->viewport()->installEventFilter(this);
    fit();
}

ColumnPriorities *ColumnPriorities::install(QTableView *view, QList<Column> columns, int stretch)
{
    return new ColumnPriorities(view, std::move(columns), stretch);
}

void ColumnPriorities::fit()
{
    if (m_fitting)
        return;
    m_fitting = true;
    QHeaderView *header = m_view->horizontalHeader();
    header->ensurePolished();
    const int available = m_view->viewport()->width();
    int used = 0;
    QList<int> shown;
    for (const Column &column : std::as_const(m_columns)) {
        // A column never gets narrower than its header: a cut header is worse than none. (A
        // hidden section has no size hint, so the column is shown while it is measured.)
        m_view->setColumnHidden(column.column, false);
        if (column.width == FitContents)
            m_view->resizeColumnToContents(column.column); // its widest cell or header
        const int needed =
            column.width == FitContents ? m_view->columnWidth(column.column) : column.width;
        const int width = std::max(needed, header->sectionSizeHint(column.column));
        const bool fits = column.priority == 0 || used + width <= available;
        if (!fits) {
            m_view->setColumnHidden(column.column, true);
            continue;
        }
        m_view->setColumnWidth(column.column, width);
        used += width;
        shown.append(column.column);
    }
    if (shown.contains(m_stretch) && available > used)
        m_view->setColumnWidth(m_stretch, m_view->columnWidth(m_stretch) + available - used);
    m_fitting = false;
}

bool ColumnPriorities::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

} // namespace Taktline
