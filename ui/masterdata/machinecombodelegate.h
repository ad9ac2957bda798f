#pragma once

#include <QStyledItemDelegate>

namespace Taktline {

class RoutingOperationsModel;

// Edits an operation's default machine with a drop-down of the active machines.
class MachineComboDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    MachineComboDelegate(const RoutingOperationsModel *model, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    const RoutingOperationsModel *m_model;
};

} // namespace Taktline
