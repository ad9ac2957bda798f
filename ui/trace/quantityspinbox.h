#pragma once

#include <QDoubleSpinBox>

namespace Taktline {

// A quantity field for the warehouse: shows 12 or 2.5 as people write them, not 12.000, with
// room for three decimals (kg, m) and no arrows to miss with a gloved finger.
class QuantitySpinBox final : public QDoubleSpinBox
{
    Q_OBJECT
public:
    explicit QuantitySpinBox(QWidget *parent = nullptr);

    QString textFromValue(double value) const override;
};

} // namespace Taktline
