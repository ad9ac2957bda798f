#include "reports/formatteddelegate.h"

#include <QLocale>

namespace Taktline {

namespace {

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

} // namespace

FormattedDelegate::FormattedDelegate(Formatter formatter, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_formatter(std::move(formatter))
{
}

QString FormattedDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    // Item views drop the group separator; money reads better with it (¥12,480.50).
    QLocale grouped = locale;
    grouped.setNumberOptions(QLocale::DefaultNumberOptions);
    return m_formatter(value, grouped);
}

FormattedDelegate::Formatter FormattedDelegate::number(int decimals, const QString &prefix)
{
    return [decimals, prefix](const QVariant &value, const QLocale &locale) -> QString {
        return isNumber(value) ? prefix + locale.toString(value.toDouble(), 'f', decimals)
                               : value.toString();
    };
}

FormattedDelegate::Formatter FormattedDelegate::quantity()
{
    return [](const QVariant &value, const QLocale &locale) -> QString {
        return isNumber(value) ? locale.toString(value.toDouble(), 'g', 12) : value.toString();
    };
}

FormattedDelegate::Formatter FormattedDelegate::warningCount()
{
    return [](const QVariant &value, const QLocale &locale) -> QString {
        return value.toInt() > 0 ? QStringLiteral("⚠ ") + locale.toString(value.toInt())
                                 : QString();
    };
}

FormattedDelegate::Formatter FormattedDelegate::rate(const QString &prefix)
{
    return [prefix](const QVariant &value, const QLocale &locale) -> QString {
        if (!isNumber(value))
            return value.toString();
        QString text = locale.toString(value.toDouble(), 'f', 4);
        // Trailing zeros beyond the cents say nothing: 0.8500 → 0.85, 0.1250 → 0.125.
        const QString point = locale.decimalPoint();
        const qsizetype dot = text.lastIndexOf(point);
        while (dot >= 0 && text.size() > dot + point.size() + 2 && text.endsWith(QLatin1Char('0')))
            text.chop(1);
        return prefix + text;
    };
}

} // namespace Taktline
