#include "bomcombodelegate.h"

#include "bomlinesmodel.h"

#include <QComboBox>

namespace Taktline {

BomComboDelegate::BomComboDelegate(const BomLinesModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{
}

QWidget *BomComboDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                        const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    if (index.column() == BomLinesModel::StepColumn) {
        for (const auto &[seq, label] : m_model->stepChoices())
            combo->addItem(label, seq);
    } else {
        // The line's own component stays choosable even when it has been deactivated since.
        const QString current = index.data(Qt::EditRole).toString();
        bool listed = false;
        for (const auto &[id, label] : m_model->componentChoices()) {
            combo->addItem(label, id);
            listed = listed || id == current;
        }
        if (!listed)
            combo->insertItem(0, m_model->componentLabel(current), current);
    }
    combo->setMaxVisibleItems(15);
    return combo;
}

void BomComboDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int found = combo->findData(index.data(Qt::EditRole));
    combo->setCurrentIndex(found >= 0 ? found : 0);
}

void BomComboDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace Taktline
