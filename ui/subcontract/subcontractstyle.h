#pragma once

#include <QString>

class QDialog;
class QDialogButtonBox;

namespace Taktline {

// The least height of a field or button on the Subcontracting tab's dialogs: hit at the
// receiving gate with gloves on, like the station's buttons.
constexpr int SubcontractTouchHeight = 52;

// Cancel and ACCEPT_TEXT buttons for DIALOG, touch-sized and wired to reject() and the dialog's
// own accept(); the accept button is named OBJECT_NAME.
QDialogButtonBox *subcontractDialogButtons(QDialog *dialog, const QString &acceptText,
                                           const QString &objectName);

// The look of the Subcontracting tab (#subcontractView) and its send and receive dialogs:
// large type in the dialogs' fields, a segmented filter, a big scan field.
QString subcontractStyleSheet();

} // namespace Taktline
