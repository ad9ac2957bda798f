#include "common/lists/wrappedtextdelegate.h"

#include <QHeaderView>
#include <QTreeView>

#include <algorithm>

namespace Taktline {

WrappedTextDelegate::WrappedTextDelegate(QTreeView *view, int maxLines)
    : QStyledItemDelegate(view)
    , m_view(view)
    , m_maxLines(maxLines)
{
}

WrappedTextDelegate *WrappedTextDelegate::install(QTreeView *view, int column, int maxLines)
{
    auto *delegate = new WrappedTextDelegate(view, maxLines);
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    view->setItemDelegateForColumn(column, delegate);
    // Row heights are kept until the items are laid out again; a new width needs new heights.
    connect(view->header(), &QHeaderView::sectionResized, view, [view, column](int section) {
        if (section == column)
            view->doItemsLayout();
    });
    return delegate;
}

QSize WrappedTextDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const QSize oneLine = QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem measured = option;
    // A valid rectangle (any height) is what makes the style wrap at its width.
    measured.rect = QRect(0, 0, m_view->columnWidth(index.column()), QWIDGETSIZE_MAX);
    measured.features |= QStyleOptionViewItem::WrapText;
    QSize wrapped = QStyledItemDelegate::sizeHint(measured, index);
    const int lineSpacing = option.fontMetrics.lineSpacing();
    wrapped.setHeight(std::clamp(wrapped.height(), oneLine.height(),
                                 oneLine.height() + (m_maxLines - 1) * lineSpacing));
    return wrapped;
}

} // namespace Taktline
