#pragma once

#include <QString>

class QDialog;
class QDialogButtonBox;

namespace Taktline {

// The least height of a field or button a gloved finger hits on the Traceability page's dialogs.
constexpr int TraceTouchHeight = 44;

// Cancel and ACCEPT_TEXT buttons for DIALOG, touch-sized and wired to accept() / reject(); the
// accept button is named OBJECT_NAME. With ENTER_ACCEPTS false, Enter presses no button (the
// dialog's scan field takes it).
QDialogButtonBox *touchDialogButtons(QDialog *dialog, const QString &acceptText,
                                     const QString &objectName, bool enterAccepts = true);

// The Traceability page's look, scoped to #traceabilityPage: a big search field and buttons of
// 44 px and more for gloved fingers, a segmented direction choice, tall tree and table rows.
QString traceStyleSheet();

} // namespace Taktline
