#include "common/fields/scaninputguard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QGuiApplication>
#include <QInputMethod>
#include <QInputMethodQueryEvent>
#include <QLineEdit>
#include <QWidget>

namespace Taktline {

namespace {

const char ProtectedProperty[] = "taktlineNoInputMethod";

} // namespace

ScanInputGuard::ScanInputGuard(QWidget *field)
    : QObject(field)
{
}

void ScanInputGuard::protect(QWidget *field)
{
    if (!field || isProtected(field))
        return;
    auto *guard = new ScanInputGuard(field);
    // A spin box or an editable combo box edits in a line edit of its own, which answers the
    // input method's questions (or holds the focus) in its place.
    QList<QWidget *> widgets{field};
    if (qobject_cast<QAbstractSpinBox *>(field)) {
        for (QLineEdit *edit : field->findChildren<QLineEdit *>(Qt::FindDirectChildrenOnly))
            widgets += edit;
    } else if (auto *combo = qobject_cast<QComboBox *>(field); combo && combo->lineEdit())
        widgets += combo->lineEdit();
    for (QWidget *widget : std::as_const(widgets)) {
        widget->setProperty(ProtectedProperty, true);
        widget->setAttribute(Qt::WA_InputMethodEnabled, false);
        widget->setInputMethodHints(widget->inputMethodHints() | Qt::ImhLatinOnly |
                                    Qt::ImhNoPredictiveText);
        widget->installEventFilter(guard);
    }
    if (widgets.contains(QApplication::focusWidget()))
        QGuiApplication::inputMethod()->update(Qt::ImEnabled | Qt::ImHints);
}

bool ScanInputGuard::isProtected(const QWidget *field)
{
    return field && field->property(ProtectedProperty).toBool();
}

bool ScanInputGuard::eventFilter(QObject *watched, QEvent *event)
{
    // The platform (fcitx, IBus, Windows IMM) attaches its input method to the focused widget
    // when it answers Qt::ImEnabled with true. A QLineEdit answers true whenever it is editable,
    // whatever its WA_InputMethodEnabled says, so the answer is given here.
    if (event->type() != QEvent::InputMethodQuery)
        return false;
    auto *query = static_cast<QInputMethodQueryEvent *>(event);
    if (!query->queries().testFlag(Qt::ImEnabled))
        return false;
    watched->event(query); // the widget answers everything else as it always does
    query->setValue(Qt::ImEnabled, false);
    return true;
}

} // namespace Taktline
