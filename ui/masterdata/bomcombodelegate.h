#pragma once

#include <QStyledItemDelegate>

namespace Taktline {

class BomLinesModel;

// Edits a bill-of-materials line's component or step with a drop-down of what may be chosen.
class BomComboDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    BomComboDelegate(const BomLinesModel *model, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    const BomLinesModel *m_model;
};

} // namespace Taktline
