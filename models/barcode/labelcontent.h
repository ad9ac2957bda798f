#pragma once

#include "barcode/barcodecodec.h"
#include "domain/outcome.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Taktline {

enum class LabelSymbology { Qr, DataMatrix, Code128 };
enum class LabelSize { Mm50x30, Mm60x40, Mm100x50 };

// One label: what the operator reads (title and up to three lines) and the code scanners read.
struct Label
{
    ScanKind kind = ScanKind::Lot;
    QString title;
    QStringList lines;
    // The payload as BarcodeCodec::parse reads it; GS1 in the "(01)…(10)…" form.
    QString code;
    LabelSymbology symbology = LabelSymbology::Qr;
    LabelSize size = LabelSize::Mm50x30;
};

// What a label of each kind says and carries: its title and lines for the operator, and the
// code in its symbol (a GS1 element string, an industrial-internet identifier or a prefixed code).
class LabelContent final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::LabelContent)

public:
    static constexpr int MaxLines = 3;

    // A label for CODE with the kind's title and the value as its line; CODE must parse.
    // With IDENTIFIER_PREFIX (an enterprise prefix such as 88.118.8), a lot or serial label
    // carries the industrial-internet identifier PREFIX/LOT:… or PREFIX/SN:… in its symbol and
    // prints it in full under the symbol; GS1 codes keep their GS1 element string, which an
    // identifier cannot be part of. A CODE that already is such an identifier keeps it.
    static Result<Label> forCode(const QString &code, LabelSymbology symbology, LabelSize size,
                                 const QString &identifierPrefix = {});

    // Why LABEL cannot be drawn as it is (too many lines, a code that does not parse or is not
    // of the label's kind), or success.
    static Outcome check(const Label &label);
    // Whether LABEL's code is a GS1 element string, carried with FNC1 in Code128/DataMatrix.
    static bool isGs1(const Label &label) { return label.kind == ScanKind::Gs1; }
    // Whether LABEL's code is an industrial-internet identifier, printed in full as text.
    static bool carriesIdentifier(const Label &label);
    // The text a decoder gives back: the code, or for GS1 the raw element string with GS.
    static QString symbolText(const Label &label);
};

} // namespace Taktline
