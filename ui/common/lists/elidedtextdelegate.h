#pragma once

#include <QStyledItemDelegate>

namespace Taktline {

// Draws cell text as the view elides it (in the middle for names, so both ends of "BR-D 安装支架
// D" stay) and shows the whole text as a tooltip over a cell that does not show all of it.
class ElidedTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Whether the text of INDEX, drawn in OPTION's rectangle, is cut.
    static bool isElided(const QStyleOptionViewItem &option, const QModelIndex &index);

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
};

} // namespace Taktline
