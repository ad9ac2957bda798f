#include "subcontract/subcontractstyle.h"

#include "common/theme.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>

namespace Taktline {

QDialogButtonBox *subcontractDialogButtons(QDialog *dialog, const QString &acceptText,
                                           const QString &objectName)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *accept = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    accept->setObjectName(objectName);
    accept->setProperty("primary", true);
    accept->setDefault(true);
    for (QPushButton *button : buttons->findChildren<QPushButton *>())
        button->setMinimumSize(120, SubcontractTouchHeight);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QString subcontractStyleSheet()
{
    return themed(uR"(
#subcontractView QPushButton[segment="true"] { border-radius: 0; margin: 0; min-width: 96px;
    min-height: 36px; }
#subcontractView QPushButton[segment="true"]:checked { background: @accent; color: @white;
    border-color: @accent; }
#subcontractView #filterOpen { border-top-left-radius: 6px; border-bottom-left-radius: 6px; }
#subcontractView #filterAll { border-top-right-radius: 6px; border-bottom-right-radius: 6px; }
#subcontractView #subcontractScanField { font-size: 16px; min-height: 40px; padding: 0 10px; }
#subcontractSendDialog, #subcontractReceiveDialog { font-size: 16px; }
#subcontractSendDialog QLineEdit, #subcontractSendDialog QAbstractSpinBox,
#subcontractReceiveDialog QLineEdit, #subcontractReceiveDialog QAbstractSpinBox,
#subcontractReceiveDialog QComboBox { font-size: 20px; min-height: 44px; }
#subcontractSendDialog #stepSummary, #subcontractReceiveDialog #stepSummary {
    font-size: 18px; font-weight: 600; color: @ink; }
#subcontractReceiveDialog #openSummary { font-size: 18px; color: @accentText; }
)");
}

} // namespace Taktline
