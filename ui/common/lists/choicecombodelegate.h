#pragma once

#include "item/choice.h"

#include <QStyledItemDelegate>

#include <functional>

namespace Taktline {

// Edits a cell with a drop-down of the values it may take (a BOM line's component or step, an
// operation's machine). The cell's current value stays choosable, labelled as the cell shows it,
// even when it is offered no more (a deactivated machine), so opening and closing the editor
// never changes a value.
class ChoiceComboDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // What may be chosen for the cell at an index.
    using ChoicesOf = std::function<QList<Choice>(const QModelIndex &index)>;

    explicit ChoiceComboDelegate(ChoicesOf choices, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    ChoicesOf m_choices;
};

} // namespace Taktline
