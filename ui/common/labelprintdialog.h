#pragma once

#include "barcode/labelrenderer.h"

#include <QCoreApplication>

class QWidget;

namespace Taktline {

// Prints labels on the printer the user picks in Qt's print dialog: the one way the pages print
// lot and serial labels. A cancelled dialog is no failure.
class LabelPrintDialog final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::LabelPrintDialog)

public:
    // JOB_NAME names the print job ("Lot label L2611-0042"); WHAT says which labels in a
    // sentence ("the label of lot L2611-0042"), for the dialog's title and a refusal.
    // PRINTED tells whether the labels went to the printer.
    static Outcome print(const QList<Label> &labels, const QString &jobName, const QString &what,
                         QWidget *parent, bool *printed = nullptr);
};

} // namespace Taktline
