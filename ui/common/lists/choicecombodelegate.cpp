#include "common/lists/choicecombodelegate.h"

#include <QComboBox>

namespace Taktline {

ChoiceComboDelegate::ChoiceComboDelegate(ChoicesOf choices, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
{
}

QWidget *ChoiceComboDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                           const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    const QVariant current = index.data(Qt::EditRole);
    bool listed = false;
    for (const auto &[value, label] : m_choices(index)) {
        combo->addItem(label, value);
        listed = listed || value == current;
    }
    if (!listed)
        combo->insertItem(0, index.data(Qt::DisplayRole).toString(), current);
    combo->setMaxVisibleItems(15);
    return combo;
}

void ChoiceComboDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int found = combo->findData(index.data(Qt::EditRole));
    combo->setCurrentIndex(found >= 0 ? found : 0);
}

void ChoiceComboDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                       const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace Taktline
