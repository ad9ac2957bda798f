#pragma once

#include "labelrenderer.h"
#include "lottablemodel.h"

#include <QCoreApplication>

class QWidget;

namespace Taktline {

// The label stuck on a received lot: its LOT: code as a QR code, the lot number, the material,
// the quantity and the supplier's lot; printed on a label printer or saved as PDF.
class LotLabel final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::LotLabel)

public:
    static constexpr int Dpi = 300;

    // With IDENTIFIER_PREFIX (Settings: the enterprise prefix, when labels carry it), the code
    // is the industrial-internet identifier PREFIX/LOT:….
    static Result<Label> build(const LotRow &row, const QString &identifierPrefix);
    static Outcome savePdf(const LotRow &row, const QString &identifierPrefix, const QString &path);
    // Asks for a printer and prints one label; a cancelled dialog is no failure.
    static Outcome print(const LotRow &row, const QString &identifierPrefix, QWidget *parent,
                         bool *printed = nullptr);
};

} // namespace Taktline
