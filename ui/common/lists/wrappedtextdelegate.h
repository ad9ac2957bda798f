#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace Taktline {

// Lets a tree view's cell wrap its text onto a few lines in a narrow column instead of cutting
// it after a few words; past the last line it elides (the tooltip keeps the whole). The row's
// height is measured at the column's width, which QTreeView alone does not do.
class WrappedTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // Wraps COLUMN of VIEW onto at most MAX_LINES lines and measures its rows again whenever
    // the column changes width.
    static WrappedTextDelegate *install(QTreeView *view, int column, int maxLines);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    WrappedTextDelegate(QTreeView *view, int maxLines);

    QTreeView *m_view;
    int m_maxLines;
};

} // namespace Taktline
