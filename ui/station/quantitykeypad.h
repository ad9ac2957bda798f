#pragma once

#include <QHash>
#include <QLineEdit>
#include <QPointer>
#include <QWidget>

class QPushButton;

namespace Taktline {

// A big on-screen number pad for gloved fingers: 0–9, decimal point, backspace and clear,
// typing into whichever quantity box is active. Its buttons never take the focus away.
class QuantityKeypad final : public QWidget
{
    Q_OBJECT
public:
    explicit QuantityKeypad(QWidget *parent = nullptr);

    void setTarget(QLineEdit *target);
    QLineEdit *target() const { return m_target; }
    // KEY is "0"…"9", ".", "back" or "clear".
    QPushButton *button(const QString &key) const { return m_buttons.value(key); }
    // What pressing KEY does to TEXT (pure, for the buttons and the tests).
    static QString applyKey(const QString &text, const QString &key);

signals:
    void keyPressed(const QString &key);

private:
    void press(const QString &key);

    QPointer<QLineEdit> m_target;
    QHash<QString, QPushButton *> m_buttons;
};

} // namespace Taktline
