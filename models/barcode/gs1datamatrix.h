#pragma once

#include "domain/outcome.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace Taktline {

// Encodes a GS1 element string as a square GS1 DataMatrix (ECC 200, ASCII encodation, FNC1
// codeword 232 first and as separator), because ZXing-C++ 1.4's writer cannot emit FNC1.
class Gs1DataMatrix final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::Gs1DataMatrix)

public:
    // Largest square symbol this encoder makes (48×48, 174 data codewords, one RS block).
    static constexpr int MaxDataCodewords = 174;

    // RAW is the element string with GS (0x1d) after variable-length fields, as
    // Gs1::encode(elements, false) gives it. One pixel per module, black (0) on white (255),
    // no quiet zone.
    static Result<QImage> encode(const QString &raw);
};

} // namespace Taktline
