#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Taktline {

class QuantityKeypad;
class StationMove;

// The station's move entry (移库), shown instead of the report entry while a LOC: scan waits:
// where to and what, in large type; the quantity typed on the big keypad; Move and Cancel.
class MovePanel final : public QWidget
{
    Q_OBJECT
public:
    explicit MovePanel(StationMove *move, QWidget *parent = nullptr);

    QuantityKeypad *keypad() const { return m_keypad; }
    QLineEdit *quantityEdit() const { return m_quantity; }
    QPushButton *moveButton() const { return m_moveButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    void update();

signals:
    void refused(const QString &text);

private:
    void confirm();

    StationMove *m_move;
    QLabel *m_where;
    QLabel *m_what;
    QLabel *m_available;
    QLineEdit *m_quantity;
    QuantityKeypad *m_keypad;
    QPushButton *m_moveButton;
    QPushButton *m_cancelButton;
};

} // namespace Taktline
