#include "trace/quantityspinbox.h"

#include "common/fields/scaninputguard.h"

#include <QLocale>

#include <cmath>

namespace Taktline {

namespace {

// Above what the services accept, so a mistyped huge number is refused in words, not clipped.
constexpr double QuantityLimit = 1e10;

} // namespace

QuantitySpinBox::QuantitySpinBox(QWidget *parent)
    : QDoubleSpinBox(parent)
{
    setRange(0, QuantityLimit);
    setDecimals(3);
    setGroupSeparatorShown(false);
    setButtonSymbols(QAbstractSpinBox::NoButtons);
    ScanInputGuard::protect(this);
}

QString QuantitySpinBox::textFromValue(double value) const
{
    QLocale shown = locale();
    shown.setNumberOptions(QLocale::OmitGroupSeparator);
    const double scale = std::pow(10.0, decimals());
    return shown.toString(std::round(value * scale) / scale, 'f', QLocale::FloatingPointShortest);
}

} // namespace Taktline
