#pragma once

#include <QFrame>
#include <QHash>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Taktline {

// The station's PIN pad after a badge scan: big keys 0–9 for gloved fingers, clear, back, OK and
// "Not me", and a masked field that also takes digits typed on a keyboard. It only collects the
// PIN; the StationSession checks it.
class PinPad final : public QFrame
{
    Q_OBJECT
public:
    explicit PinPad(QWidget *parent = nullptr);

    // Ready for NAME's (BADGE) PIN: empty, focused.
    void ask(const QString &name, const QString &badge);
    void clear();
    QLineEdit *field() const { return m_field; }
    // KEY is "0"…"9", "back", "clear", "ok" or "cancel".
    QPushButton *button(const QString &key) const { return m_buttons.value(key); }

signals:
    void submitted(const QString &pin);
    void cancelled();

private:
    void press(const QString &key);
    void submit();

    QLabel *m_who;
    QLineEdit *m_field;
    QHash<QString, QPushButton *> m_buttons;
};

} // namespace Taktline
