#include "common/fields/dateedit.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace Taktline {

DateEdit::DateEdit(QWidget *parent)
    : DateEdit(QDate::currentDate(), parent)
{
}

DateEdit::DateEdit(const QDate &date, QWidget *parent)
    : QDateEdit(date, parent)
{
    setCalendarPopup(true);
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
}

bool DateEdit::event(QEvent *event)
{
    // QDateTimeEdit walks its year, month and day on Tab; here Tab leaves the field, like any
    // other. (A typed "-" still moves to the next section: QDateTimeEdit does that itself.)
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
        if (plain && (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)) {
            const bool forward =
                key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
            QWidget::focusNextPrevChild(forward);
            return true;
        }
    }
    return QDateEdit::event(event);
}

void DateEdit::keyPressEvent(QKeyEvent *event)
{
    // A separator typed right after a section filled up (the cursor has already moved on to the
    // next one) is what the person meant by it: swallowed, so "2027-03-09" typed after Tab lands
    // in year, month and day. Anywhere else Qt's own typing takes it to the next section.
    const QString typed = event->text();
    const QString text = lineEdit()->text();
    if (typed.size() == 1 && QStringLiteral("-/.").contains(typed) &&
        text.size() == displayFormat().size()) {
        const int at = lineEdit()->hasSelectedText() ? lineEdit()->selectionStart()
                                                     : lineEdit()->cursorPosition();
        if (at > 0 && at <= text.size() && !text.at(at - 1).isDigit()) {
            event->accept();
            return;
        }
    }
    QDateEdit::keyPressEvent(event);
}

} // namespace Taktline
