#include "reports/ratespinbox.h"

#include <QKeyEvent>

#include <limits>

namespace Taktline {

RateSpinBox::RateSpinBox(QWidget *parent)
    : QDoubleSpinBox(parent)
{
}

QString RateSpinBox::numberText(const QString &input) const
{
    QString text = input;
    if (text.startsWith(prefix()))
        text.remove(0, prefix().size());
    return text.trimmed();
}

double RateSpinBox::typedValue() const
{
    if (hasAcceptableInput())
        return value();
    bool ok = false;
    const double typed = locale().toDouble(numberText(text()), &ok);
    return ok ? typed : std::numeric_limits<double>::quiet_NaN();
}

QString RateSpinBox::textFromValue(double value) const
{
    QString text = locale().toString(value, 'f', decimals());
    const QString point = locale().decimalPoint();
    const qsizetype dot = text.lastIndexOf(point);
    while (dot >= 0 && text.size() > dot + point.size() + 2 && text.endsWith(QLatin1Char('0')))
        text.chop(1);
    return text;
}

QValidator::State RateSpinBox::validate(QString &input, int &pos) const
{
    const QValidator::State state = QDoubleSpinBox::validate(input, pos);
    const QString typed = numberText(input);
    const QString minus = locale().negativeSign();
    // Qt takes "-0." for zero and refuses the "5" after it; here a sign or too many digits stay
    // as typed, not acceptable, and the rate service says what is wrong with them.
    if (state != QValidator::Invalid && !typed.startsWith(minus))
        return state;
    if (typed == minus)
        return QValidator::Intermediate;
    for (const QChar ch : typed) {
        if (!ch.isDigit() && QString(ch) != minus && QString(ch) != locale().decimalPoint() &&
            QString(ch) != locale().groupSeparator())
            return QValidator::Invalid;
    }
    bool ok = false;
    locale().toDouble(typed, &ok);
    return ok ? QValidator::Intermediate : QValidator::Invalid;
}

void RateSpinBox::focusOutEvent(QFocusEvent *event)
{
    // The base class would put the previous value back over text it cannot accept; pressing
    // Save moves the focus, and what was typed must reach the check, not a stale number.
    if (hasAcceptableInput())
        QDoubleSpinBox::focusOutEvent(event);
    else
        QWidget::focusOutEvent(event);
}

void RateSpinBox::keyPressEvent(QKeyEvent *event)
{
    // Enter saves (the dialog's default button) without the base class correcting the text first.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        !hasAcceptableInput()) {
        event->ignore();
        return;
    }
    QDoubleSpinBox::keyPressEvent(event);
}

} // namespace Taktline
