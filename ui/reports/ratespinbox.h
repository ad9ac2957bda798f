#pragma once

#include <QDoubleSpinBox>

namespace Taktline {

// The rate field of the piece-rate dialog: shows two to four decimals (0.85, 0.125) and keeps
// what was typed beyond its range ("-0.5", "250000", nothing) instead of quietly turning it
// into another number, so that saving says why it is refused.
class RateSpinBox final : public QDoubleSpinBox
{
    Q_OBJECT
public:
    explicit RateSpinBox(QWidget *parent = nullptr);

    // The number as typed (NaN when it is none), whether or not it is in range.
    double typedValue() const;

    QString textFromValue(double value) const override;
    QValidator::State validate(QString &input, int &pos) const override;

protected:
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString numberText(const QString &input) const;
};

} // namespace Taktline
