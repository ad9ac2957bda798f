#pragma once

#include "barcode/labelrenderer.h"
#include "item/trace/lottablemodel.h"

#include <QCoreApplication>

namespace Taktline {

// The label stuck on a received lot: its LOT: code as a QR code, the lot number, the material,
// the quantity and the supplier's lot; saved as PDF here, printed through LabelPrintDialog.
class LotLabel final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::LotLabel)

public:
    static constexpr int Dpi = 300;

    // With IDENTIFIER_PREFIX (Settings: the enterprise prefix, when labels carry it), the code
    // is the industrial-internet identifier PREFIX/LOT:….
    static Result<Label> build(const LotRow &row, const QString &identifierPrefix);
    static Outcome savePdf(const LotRow &row, const QString &identifierPrefix, const QString &path);
};

} // namespace Taktline
