#include "common/fields/timeedit.h"

#include <QKeyEvent>

namespace Taktline {

TimeEdit::TimeEdit(const QTime &time, QWidget *parent)
    : QTimeEdit(time, parent)
{
}

bool TimeEdit::event(QEvent *event)
{
    // QDateTimeEdit takes Tab for its sections before any key handler sees it; here Tab leaves
    // the field. (A typed ":" still moves from the hour to the minutes.)
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
        if (plain && (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)) {
            QWidget::focusNextPrevChild(key->key() == Qt::Key_Tab &&
                                        !(key->modifiers() & Qt::ShiftModifier));
            return true;
        }
    }
    return QTimeEdit::event(event);
}

} // namespace Taktline
