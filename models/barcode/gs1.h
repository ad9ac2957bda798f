#pragma once

#include "domain/outcome.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

namespace Taktline {

// Reads and writes GS1 element strings such as (01)09501101530003(17)270630(10)L2611-42 for
// the application identifiers (AIs) a small factory meets on its goods and supplies.
class Gs1 final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::Gs1)

public:
    using Elements = QList<QPair<QString, QString>>;
    static constexpr char16_t GroupSeparator = 0x1d;

    // "(01)…(10)…"; spaces are ignored. SHOWN names the scan in messages.
    static Result<Elements> parseHumanReadable(const QString &text, const QString &shown);
    // AIs and data with GS after variable-length fields (a leading GS is ignored; "<GS>" and
    // "^]" count as GS). Without any GS, a variable-length field that runs into what looks
    // like another field is refused rather than read as one long value.
    static Result<Elements> parseRaw(const QString &text, const QString &shown);
    // Empty when an element is unknown or not valid. The elements come in printOrder().
    static QString encode(const Elements &elements, bool humanReadable);
    // ELEMENTS in the order a symbol reads back safely: as given, unless the last one is
    // variable-length and its tail looks like further fields; then a fixed-length one moves
    // behind it. Unchanged when there is none to move (such a raw symbol is refused on reading).
    static Elements printOrder(const Elements &elements);

    // Whether AI is one this class knows with data of one fixed length, such as (01) or (17).
    static bool isFixedLength(const QString &ai);
    // Whether TEXT begins with an AI this class reads and room for its data, so that a
    // plain number such as "1234" is not taken for a short due date (12).
    static bool startsWithElement(const QString &text);
    // The GS1 mod-10 check over DIGITS, whose last digit is the check digit.
    static bool hasValidCheckDigit(const QString &digits);
    // YYMMDD with the GS1 century rule relative to REFERENCE_YEAR; DD 00 means the last day
    // of the month. Invalid when YYMMDD is not a date.
    static QDate date(const QString &yymmdd, int referenceYear = QDate::currentDate().year());

private:
    static QString encodeInOrder(const Elements &elements, bool humanReadable);
    static Outcome checkElement(const QString &ai, const QString &data, const QString &shown);
    static Result<Elements> parseSeparated(const QString &text, const QString &shown,
                                           bool separatorsSeen);
    static Outcome add(Elements &elements, const QString &ai, const QString &data,
                       const QString &shown);
};

} // namespace Taktline
