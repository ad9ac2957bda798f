#include "trace/tracestyle.h"

#include "common/theme.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>

namespace Taktline {

QDialogButtonBox *touchDialogButtons(QDialog *dialog, const QString &acceptText,
                                     const QString &objectName, bool enterAccepts)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *accept = buttons->addButton(acceptText, QDialogButtonBox::AcceptRole);
    accept->setObjectName(objectName);
    accept->setProperty("primary", true);
    accept->setDefault(enterAccepts);
    for (QPushButton *button : buttons->findChildren<QPushButton *>()) {
        button->setMinimumHeight(TraceTouchHeight);
        if (!enterAccepts)
            button->setAutoDefault(false);
    }
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QString traceStyleSheet()
{
    return themed(uR"(
#traceabilityPage QPushButton { min-height: 32px; padding: 6px 16px; font-size: 15px; }
#traceabilityPage QPushButton[primary="true"] { font-weight: 600; }
#traceabilityPage QPushButton[segment="true"] { border-radius: 0; margin: 0; min-width: 96px; }
#traceabilityPage QPushButton[segment="true"]:checked { background: @accent; color: @white;
    border-color: @accent; }
#traceabilityPage #directionAuto { border-top-left-radius: 6px; border-bottom-left-radius: 6px; }
#traceabilityPage #directionForward { border-top-right-radius: 6px;
    border-bottom-right-radius: 6px; }
#traceabilityPage #traceSearchField { font-size: 20px; min-height: 40px; padding: 2px 12px;
    border-radius: 8px; border-width: 2px; }
#traceabilityPage #traceSummary { font-size: 17px; font-weight: 600; color: @ink;
    background: @infoFill; border: 1px solid @infoBorder; border-radius: 6px; padding: 8px 12px; }
#traceabilityPage #emptyTrace { font-size: 16px; color: @muted; }
#traceabilityPage #selectedLot { font-size: 15px; font-weight: 600; color: @ink; }
#traceabilityPage #selectedLot[empty="true"] { font-weight: normal; color: @muted; }
#traceabilityPage QTreeView, #traceabilityPage QTableView { font-size: 14px;
    selection-background-color: @selection; selection-color: @ink; }
#traceabilityPage QTreeView::item { padding: 5px 2px; }
#traceabilityPage QTabBar::tab { padding: 10px 22px; font-size: 15px; min-width: 96px; }
#traceabilityPage QLineEdit, #traceabilityPage QComboBox { min-height: 30px; font-size: 15px; }
)");
}

} // namespace Taktline
