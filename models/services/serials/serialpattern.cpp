#include "services/serials/serialpattern.h"

#include "barcode/barcodecodec.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace Taktline {

namespace {

// A piece of a serial number pattern: fixed text, or the sequence when WIDTH > 0.
struct PatternPart
{
    QString text;
    int width = 0;
};

Result<QList<PatternPart>> parsePattern(const QString &pattern, const QString &orderNumber,
                                        const QDate &day)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]*)\\}"));
    static const QRegularExpression seq(QStringLiteral("^seq:([1-9])$"));
    if (pattern.isEmpty())
        return Outcome::failure(
            SerialPattern::tr("Enter a serial number pattern, for example {WO}-{seq:4}."));
    QList<PatternPart> parts;
    qsizetype from = 0;
    bool hasSeq = false;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(pattern)) {
        parts.append({pattern.mid(from, match.capturedStart() - from)});
        from = match.capturedEnd();
        const QString name = match.captured(1);
        if (name == QLatin1String("WO")) {
            parts.append({orderNumber});
        } else if (name == QLatin1String("yyMMdd")) {
            parts.append({day.toString(QStringLiteral("yyMMdd"))});
        } else if (const QRegularExpressionMatch width = seq.match(name); width.hasMatch()) {
            parts.append({{}, width.captured(1).toInt()});
            hasSeq = true;
        } else {
            return Outcome::failure(
                SerialPattern::tr("The pattern has an unknown placeholder %1: use {WO}, {yyMMdd} "
                                  "and {seq:N}.")
                    .arg(match.captured(0)));
        }
    }
    parts.append({pattern.mid(from)});
    if (!hasSeq)
        return Outcome::failure(
            SerialPattern::tr("The pattern %1 has no {seq:N}: every serial number needs its own "
                              "piece number, for example {WO}-{seq:5}.")
                .arg(pattern));
    return parts;
}

QString render(const QList<PatternPart> &parts, int seq)
{
    QString serial;
    for (const PatternPart &part : parts)
        serial += part.width > 0 ? QStringLiteral("%1").arg(seq, part.width, 10, QLatin1Char('0'))
                                 : part.text;
    return serial;
}

int seqCapacity(const QList<PatternPart> &parts)
{
    int capacity = 1000000000;
    for (const PatternPart &part : parts) {
        int room = 1;
        for (int i = 0; part.width > 0 && i < part.width; ++i)
            room *= 10;
        if (part.width > 0)
            capacity = std::min(capacity, room - 1);
    }
    return capacity;
}

} // namespace

Result<QStringList> SerialPattern::serials(const QString &pattern, const QString &orderNumber,
                                           int firstSeq, int count, const QDate &today)
{
    if (count <= 0 || count > MaxBatch)
        return Outcome::failure(tr("Generate between 1 and %1 serial numbers at a time, not %2.")
                                    .arg(QLocale().toString(MaxBatch), QLocale().toString(count)));
    const QString trimmed = pattern.trimmed();
    const Result<QList<PatternPart>> parts = parsePattern(trimmed, orderNumber, today);
    if (!parts)
        return parts.outcome();
    const int first = std::max(1, firstSeq);
    if (qint64(first) + count - 1 > seqCapacity(parts.value()))
        return Outcome::failure(
            tr("The pattern %1 has no room for %2 more serial numbers after the %3 this work "
               "order has: give {seq:N} more digits.")
                .arg(trimmed)
                .arg(count)
                .arg(first - 1));
    const QString sample = render(parts.value(), first);
    if (BarcodeCodec::encode(ScanKind::Serial, sample).isEmpty())
        return Outcome::failure(tr("Serial number %1 cannot be printed as a barcode: use letters, "
                                   "digits and dashes only.")
                                    .arg(sample));
    QStringList made;
    made.reserve(count);
    for (int seq = first; seq < first + count; ++seq)
        made.append(render(parts.value(), seq));
    return made;
}

Outcome SerialPattern::check(const QString &pattern, const QDate &today)
{
    // A real order's number, so a pattern is refused in Settings exactly when it would be
    // refused for the first serial of an order made today.
    const QString sampleOrder =
        QStringLiteral("WO-%1-0001").arg(today.toString(QStringLiteral("yyyyMMdd")));
    return serials(pattern, sampleOrder, 1, 1, today).outcome();
}

} // namespace Taktline
