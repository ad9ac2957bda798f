#include "dispatch/operationcarddelegate.h"

#include "item/palette.h"
#include "item/planning/dispatchqueuemodel.h"
#include "item/planning/scheduletext.h"

#include <QAbstractScrollArea>
#include <QPainter>
#include <QPainterPath>

namespace Taktline {

namespace {

constexpr int Margin = 5;      // around a card, so cards read as separate
constexpr int Padding = 10;    // inside a card
constexpr int StripeWidth = 5; // the coloured left edge

const QueuedOperation &operationOf(const QModelIndex &index)
{
    return static_cast<const DispatchQueueModel *>(index.model())->operationAt(index.row());
}

// The width text has inside a card of the view the option belongs to.
int textWidth(const QStyleOptionViewItem &option)
{
    int width = option.rect.width();
    if (const auto *view = qobject_cast<const QAbstractScrollArea *>(option.widget))
        width = view->viewport()->width();
    return std::max(80, width - 2 * Margin - StripeWidth - 2 * Padding);
}

// Lines the reason an operation is not planned takes: it wraps rather than being cut off.
int reasonLineCount(const QStyleOptionViewItem &option, const QString &reason)
{
    const QRect bounds = option.fontMetrics.boundingRect(QRect(0, 0, textWidth(option), 1000),
                                                         Qt::TextWordWrap, reason);
    return std::max(1, (bounds.height() + option.fontMetrics.lineSpacing() - 1) /
                           option.fontMetrics.lineSpacing());
}

QFont boldFont(QFont font)
{
    font.setBold(true);
    return font;
}

} // namespace

OperationCardDelegate::OperationCardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QStringList OperationCardDelegate::detailLines(const QueuedOperation &op) const
{
    QStringList lines;
    lines << QStringLiteral("%1 %2  ·  %3").arg(op.seq).arg(op.name, op.partNo);
    lines << tr("Qty %1  ·  Due %2")
                 .arg(ScheduleText::quantity(op.quantity), ScheduleText::shortDate(op.dueDate));
    if (op.status == ScheduleStatus::Scheduled)
        lines << ScheduleText::span(op.plannedStartMs, op.plannedEndMs, m_zone);
    else
        lines << ScheduleText::statusText(op.status);
    return lines;
}

QSize OperationCardDelegate::sizeHint(const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const QueuedOperation &op = operationOf(index);
    int lines = 4 + (op.late ? 1 : 0);
    if (op.status != ScheduleStatus::Scheduled)
        lines += reasonLineCount(option, ScheduleText::statusText(op.status)) - 1;
    const int lineHeight = option.fontMetrics.lineSpacing() + 2;
    return {option.rect.width() > 0 ? option.rect.width() : 240,
            2 * Margin + 2 * Padding + lines * lineHeight};
}

void OperationCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const QueuedOperation &op = operationOf(index);
    const bool placed = op.status == ScheduleStatus::Scheduled;
    const bool urgent = op.priority == WorkOrderPriority::Urgent;
    const bool selected = option.state & QStyle::State_Selected;
    const QRectF card = QRectF(option.rect).adjusted(Margin, Margin, -Margin, -Margin);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath outline;
    outline.addRoundedRect(card, 6, 6);
    painter->fillPath(outline, placed ? Palette::White : Palette::Window);
    const QColor stripe = op.late  ? Palette::Red
                          : urgent ? Palette::Urgent
                          : placed ? Palette::Accent
                                   : Palette::Muted;
    painter->save();
    painter->setClipPath(outline);
    painter->fillRect(QRectF(card.left(), card.top(), StripeWidth, card.height()), stripe);
    painter->restore();
    QPen border(selected  ? Palette::Accent
                : op.late ? Palette::Red
                          : Palette::Border,
                selected || op.late ? 2 : 1);
    if (!placed)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->drawPath(outline);

    const int lineHeight = option.fontMetrics.lineSpacing() + 2;
    QRectF line(card.left() + StripeWidth + Padding, card.top() + Padding,
                card.width() - StripeWidth - 2 * Padding, lineHeight);
    // First line: the work order number, and the urgent tag at the right.
    const QFont bold = boldFont(option.font);
    painter->setFont(bold);
    QRectF numberRect = line;
    if (urgent) {
        const QString tag = tr("Urgent");
        const QFontMetrics metrics(bold);
        const qreal tagWidth = metrics.horizontalAdvance(tag) + 12;
        const QRectF tagRect(line.right() - tagWidth, line.top(), tagWidth, lineHeight - 2);
        QPainterPath pill;
        pill.addRoundedRect(tagRect, 4, 4);
        painter->fillPath(pill, Palette::UrgentFill);
        painter->setPen(Palette::UrgentText);
        painter->drawText(tagRect, Qt::AlignCenter, tag);
        numberRect.setRight(tagRect.left() - 6);
    }
    painter->setPen(Palette::Ink);
    painter->drawText(
        numberRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(op.workOrderNumber, Qt::ElideLeft, int(numberRect.width())));
    painter->setFont(option.font);
    const QStringList lines = detailLines(op);
    for (int i = 0; i < lines.size(); ++i) {
        line.translate(0, lineHeight);
        const bool reason = i == lines.size() - 1 && !placed;
        painter->setPen(reason ? Palette::Waiting : i == 0 ? Palette::Ink : Palette::Muted);
        if (reason) {
            const int count = reasonLineCount(option, lines.at(i));
            const QRectF wrapped(line.left(), line.top(), line.width(), count * lineHeight);
            painter->drawText(wrapped, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                              lines.at(i));
            line.translate(0, (count - 1) * lineHeight);
            continue;
        }
        painter->drawText(
            line, Qt::AlignLeft | Qt::AlignVCenter,
            option.fontMetrics.elidedText(lines.at(i), Qt::ElideRight, int(line.width())));
    }
    if (op.late) {
        line.translate(0, lineHeight);
        painter->setFont(bold);
        painter->setPen(Palette::Red);
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                          QStringLiteral("⚠ ") + ScheduleText::lateBy(op.lateByMs));
    }
    painter->restore();
}

} // namespace Taktline
