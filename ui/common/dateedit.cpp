#include "common/dateedit.h"

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

bool DateEdit::focusNextPrevChild(bool next)
{
    // QDateTimeEdit moves between its sections here; the field as a whole is one tab stop.
    return QWidget::focusNextPrevChild(next);
}

void DateEdit::keyPressEvent(QKeyEvent *event)
{
    const QString typed = event->text();
    if (typed.size() != 1 || !QStringLiteral("-/.").contains(typed)) {
        QDateEdit::keyPressEvent(event);
        return;
    }
    // A typed separator ends the section, so "2027-03-09" and "2027-3-9" are typed whole. Right
    // after a section filled up the cursor has already moved on: nothing more to do then.
    event->accept();
    const QString text = lineEdit()->text();
    const int cursor = lineEdit()->cursorPosition();
    const bool justEntered = cursor > 0 && !text.at(cursor - 1).isDigit();
    if (!justEntered && currentSectionIndex() + 1 < sectionCount())
        setCurrentSectionIndex(currentSectionIndex() + 1);
}

} // namespace Taktline
