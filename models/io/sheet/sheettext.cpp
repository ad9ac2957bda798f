#include "io/sheet/sheettext.h"

#include <QRegularExpression>

#include <cmath>

namespace Taktline::SheetText {

namespace {

constexpr double lastSerial = 2958465; // 9999-12-31

QString numberText(double value)
{
    if (value == std::floor(value) && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

// "2026-12-06", "2026/12/6", "2026.12.6", "2026年12月6日", "20261206", each optionally followed
// by a time "8:30" or "08:30:15" after a space or 'T'.
std::optional<QDateTime> dateTimeFromText(const QString &raw)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4})(?:([-/.])(\\d{1,2})\\2(\\d{1,2})|年(\\d{1,2})月(\\d{1,2})日?|(\\d{2})(\\d{2}))"
        "(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"));
    const QRegularExpressionMatch match = pattern.match(normalized(raw));
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    const int month = QString(match.captured(3) + match.captured(5) + match.captured(7)).toInt();
    const int day = QString(match.captured(4) + match.captured(6) + match.captured(8)).toInt();
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1900)
        return std::nullopt;
    QTime time(0, 0);
    if (match.hasCaptured(9)) {
        time = QTime(match.captured(9).toInt(), match.captured(10).toInt(),
                     match.captured(11).toInt());
        if (!time.isValid())
            return std::nullopt;
    }
    return QDateTime(date, time);
}

std::optional<QDateTime> dateTimeFromSerial(double serial)
{
    if (!std::isfinite(serial) || serial < 1 || serial >= lastSerial + 1)
        return std::nullopt;
    const double day = std::floor(serial);
    const std::optional<QDate> date = dateFromSerial(day);
    if (!date)
        return std::nullopt;
    const qint64 seconds = std::llround((serial - day) * 86400.0);
    return QDateTime(*date, QTime(0, 0)).addSecs(seconds);
}

} // namespace

QString normalized(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000 || u == 0x00A0)
            c = QChar(u' ');
    }
    qsizetype from = 0;
    qsizetype to = out.size();
    auto blank = [](QChar c) {
        return c.isSpace() || c.unicode() == 0xFEFF || c.unicode() == 0x200B;
    };
    while (from < to && blank(out.at(from)))
        ++from;
    while (to > from && blank(out.at(to - 1)))
        --to;
    return out.mid(from, to - from);
}

QString display(const SheetCell &cell, const SheetBook &book)
{
    switch (cell.kind) {
    case SheetCell::Kind::Empty:
        return {};
    case SheetCell::Kind::Text:
    case SheetCell::Kind::Error:
        return cell.text;
    case SheetCell::Kind::Boolean:
        return cell.number != 0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case SheetCell::Kind::Number:
        break;
    }
    if (book.isDateStyle(cell.style)) {
        if (const std::optional<QDateTime> moment = dateTimeFromSerial(cell.number)) {
            const QTime time = moment->time();
            if (time == QTime(0, 0))
                return moment->date().toString(QStringLiteral("yyyy-MM-dd"));
            return moment->toString(time.second() ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                                  : QStringLiteral("yyyy-MM-dd HH:mm"));
        }
        if (cell.number >= 0 && cell.number < 1) { // a time of day alone
            const QTime time =
                QTime(0, 0).addSecs(int(std::llround(cell.number * 86400.0)) % 86400);
            return time.toString(time.second() ? QStringLiteral("HH:mm:ss")
                                               : QStringLiteral("HH:mm"));
        }
    }
    return numberText(cell.number);
}

std::optional<double> number(const SheetCell &cell)
{
    if (cell.kind == SheetCell::Kind::Number)
        return cell.number;
    if (cell.kind != SheetCell::Kind::Text)
        return std::nullopt;
    static const QRegularExpression plain(
        QStringLiteral("^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$"));
    static const QRegularExpression grouped(QStringLiteral("^[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?$"));
    QString text = normalized(cell.text);
    if (grouped.match(text).hasMatch())
        text.remove(u',');
    else if (!plain.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<QDate> date(const SheetCell &cell, const SheetBook &book)
{
    const std::optional<QDateTime> moment = dateTime(cell, book);
    if (!moment)
        return std::nullopt;
    return moment->date();
}

std::optional<QDateTime> dateTime(const SheetCell &cell, const SheetBook &)
{
    if (cell.kind == SheetCell::Kind::Number)
        return dateTimeFromSerial(cell.number);
    if (cell.kind == SheetCell::Kind::Text)
        return dateTimeFromText(cell.text);
    return std::nullopt;
}

std::optional<QDate> dateFromSerial(double serial)
{
    if (!std::isfinite(serial) || serial < 1 || serial > lastSerial)
        return std::nullopt;
    const qint64 day = qint64(std::floor(serial));
    if (day == 60)
        return std::nullopt; // Excel's 1900-02-29, a day that never was
    // Excel counts 1900 as a leap year: days before its false 29 February start a day later.
    return day < 60 ? QDate(1899, 12, 31).addDays(day) : QDate(1899, 12, 30).addDays(day);
}

} // namespace Taktline::SheetText
