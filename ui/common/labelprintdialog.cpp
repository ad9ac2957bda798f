#include "common/labelprintdialog.h"

#include <QPrintDialog>
#include <QPrinter>

namespace Taktline {

Outcome LabelPrintDialog::print(const QList<Label> &labels, const QString &jobName,
                                const QString &what, QWidget *parent, bool *printed)
{
    if (printed)
        *printed = false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(jobName);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print %1").arg(what));
    if (dialog.exec() != QDialog::Accepted)
        return Outcome::success();
    if (Outcome done = LabelRenderer::print(printer, labels); !done)
        return done;
    if (printer.printerState() == QPrinter::Error)
        return Outcome::failure(
            tr("The printer refused %1. Check that it is on and connected, then try again.")
                .arg(what));
    if (printed)
        *printed = true;
    return Outcome::success();
}

} // namespace Taktline
