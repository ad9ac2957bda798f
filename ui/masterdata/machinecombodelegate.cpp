#include "machinecombodelegate.h"

#include "routingoperationsmodel.h"

#include <QComboBox>

namespace Taktline {

MachineComboDelegate::MachineComboDelegate(const RoutingOperationsModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{}

QWidget *MachineComboDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                            const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->addItem(tr("(any machine)"), QString());
    for (const auto &[id, label] : m_model->machineChoices())
        combo->addItem(label, id);
    return combo;
}

void MachineComboDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int found = combo->findData(index.data(Qt::EditRole).toString());
    combo->setCurrentIndex(found >= 0 ? found : 0);
}

void MachineComboDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                        const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace Taktline
