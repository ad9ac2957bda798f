#pragma once

#include <QStyledItemDelegate>
#include <QTimeZone>

namespace Taktline {

struct QueuedOperation;

// Paints one queued operation as a card: work order, step, part, quantity, plan and due date,
// with urgent orders, late operations and unplaced ones marked so they stand out in a column.
class OperationCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit OperationCardDelegate(QObject *parent = nullptr);

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QStringList detailLines(const QueuedOperation &op) const;

    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace Taktline
