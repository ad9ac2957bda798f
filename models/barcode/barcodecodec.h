#pragma once

#include "domain/outcome.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

namespace Taktline {

enum class ScanKind {
    WorkOrder,
    Operation,
    Lot,
    Serial,
    Employee,
    Machine,
    Location,
    Gs1,
    IndustrialId
};

// What one scan said, typed: the fields that apply to its kind are set, the others are empty.
struct ScanResult
{
    ScanKind kind = ScanKind::WorkOrder;
    // The payload after its prefix, so that encode(kind, value) gives the canonical code:
    // the WO number, "WO-…/20" for an operation, the lot, serial, badge, machine or location
    // code, "(01)…(10)…" for GS1, "88.118.8/ABC" for an identifier.
    QString value;
    QString workOrderNumber;            // WorkOrder and Operation
    int seq = 0;                        // Operation
    QList<QPair<QString, QString>> gs1; // (AI, data) in scanned order
    // An identifier's prefix and suffix: "88.118.8" and "ABC123". An identifier whose suffix is
    // a Taktline code ("88.118.8/LOT:L1") is read as that code (kind Lot, value "L1") and keeps
    // these two as well.
    QString idPrefix;
    QString idSuffix;
    QString raw; // the text exactly as the scanner sent it

    // The data of GS1 application identifier AI, or an empty string.
    QString gs1Value(const QString &ai) const;
    QString gtin() const { return gs1Value(QStringLiteral("01")); }
    QString lot() const { return gs1Value(QStringLiteral("10")); }
    QString serial() const { return gs1Value(QStringLiteral("21")); }
    QString additionalProductId() const { return gs1Value(QStringLiteral("240")); }
    // Dates of AI 11 and 17; day 00 means the last day of the month. Invalid when absent.
    QDate productionDate() const;
    QDate expiryDate() const;
};

// The one place that reads what a scanner or camera sent (Taktline's typed payloads, GS1
// element strings, industrial internet identifiers) and builds the payloads labels carry.
class BarcodeCodec final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::BarcodeCodec)

public:
    // Longest value after a typed prefix, and longest identifier suffix.
    static constexpr int MaxValueLength = 64;
    static constexpr int MaxSuffixLength = 128;

    // One typed result, or a message naming what was scanned and what is wrong with it.
    // Tolerates scanner noise (surrounding whitespace, CR/LF/TAB, a trailing GS), fullwidth
    // characters from a Chinese input method, an AIM symbology identifier such as "]Q1" and
    // the GS substitutes "<GS>" and "^]".
    static Result<ScanResult> parse(const QString &scanned);

    // The canonical code for VALUE as ScanResult::value holds it, or an empty string when
    // VALUE cannot make a valid code of that kind. GS1 comes out in the human-readable form.
    static QString encode(ScanKind kind, const QString &value);
    static QString encodeOperation(const QString &workOrderNumber, int seq);
    // HUMAN_READABLE gives "(01)…(10)…"; otherwise the raw element string with a GS after
    // every variable-length field but the last. Empty when an element is not valid.
    static QString encodeGs1(const QList<QPair<QString, QString>> &elements, bool humanReadable);
    static QString encodeIndustrialId(const QString &prefix, const QString &suffix);

    // "Work order", "Lot", … (工单, 批次, …) for labels and lists.
    static QString kindDisplayName(ScanKind kind);
    // Success when SCANNED is of an EXPECTED kind; otherwise a message for the operator such
    // as "This is a lot (LOT:L1), but a work order or an operation is expected here."
    static Outcome expect(const ScanResult &scanned, ScanKind expected);
    static Outcome expect(const ScanResult &scanned, const QList<ScanKind> &expected);

private:
    static QString kindPhrase(ScanKind kind);
    static Result<ScanResult> parseTyped(const QString &text, const QString &prefix,
                                         const QString &shownText);
    static Result<ScanResult> parseIndustrialId(const QString &text, const QString &shownText);
    static Outcome checkValue(const QString &value, const QString &prefix, const QString &shownText,
                              int maxLength);
};

} // namespace Taktline
