#pragma once

#include "barcode/labelrenderer.h"
#include "domain/outcome.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Taktline {

// Writes labels as ZPL II for Zebra-compatible thermal printers (same layout as
// LabelRenderer, in printer dots) and sends it to a printer's raw port.
class ZplWriter final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::ZplWriter)

public:
    static constexpr quint16 RawPort = 9100;
    static constexpr int DefaultTimeoutMs = 5000;

    // One ^XA … ^XZ format per label, UTF-8 (^CI28), for a printer of DPI (203, 300 or 600).
    static Result<QByteArray> write(const QList<Label> &labels, int dpi);
    // Sends ZPL to HOST:PORT over TCP and waits until it is handed over.
    static Outcome send(const QByteArray &zpl, const QString &host, quint16 port = RawPort,
                        int timeoutMs = DefaultTimeoutMs);

private:
    static Result<QByteArray> writeOne(const Label &label, int dpi);
    static Result<QByteArray> barcodeData(const Label &label);
};

} // namespace Taktline
