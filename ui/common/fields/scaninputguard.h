#pragma once

#include <QObject>

class QWidget;

namespace Taktline {

// Keeps input methods out of a field that takes scans, codes or quantities: a keyboard-mode
// scanner's keys arrive as keys even while a Chinese input method (pinyin) is switched on.
class ScanInputGuard final : public QObject
{
    Q_OBJECT
public:
    // FIELD (a line edit, spin box or editable combo box) refuses input-method composition
    // from now on, whatever is later changed on it (setReadOnly(), setEchoMode()).
    static void protect(QWidget *field);
    static bool isProtected(const QWidget *field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ScanInputGuard(QWidget *field);
};

} // namespace Taktline
