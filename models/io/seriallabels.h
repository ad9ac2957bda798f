#pragma once

#include "barcode/labelrenderer.h"

#include <QCoreApplication>

namespace Taktline {

class Workspace;

// The labels stuck on serialised pieces: one 50×30 mm QR label per serial number (序列号)
// carrying SN:… (or PREFIX/SN:… when Settings say labels carry the identifier), with the
// serial, the product and the work order; saved as one PDF here, printed through
// LabelPrintDialog.
class SerialLabels final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::SerialLabels)

public:
    static constexpr int Dpi = 300;

    // One label per serial of WORK_ORDER_ID, in the order given.
    static Result<QList<Label>> build(Workspace *workspace, const QString &workOrderId,
                                      const QStringList &serials);
    // All the labels in one PDF at PATH, one label per page.
    static Outcome savePdf(Workspace *workspace, const QString &workOrderId,
                           const QStringList &serials, const QString &path);
};

} // namespace Taktline
