#include "io/pdffile.h"

#include <QBuffer>
#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>

namespace Taktline {

QStringList PdfFile::fontFamilies()
{
    return {QStringLiteral("Segoe UI"),          QStringLiteral("Arial"),
            QStringLiteral("DejaVu Sans Condensed"), QStringLiteral("DejaVu Sans"),
            QStringLiteral("Noto Sans CJK SC"),  QStringLiteral("Source Han Sans SC"),
            QStringLiteral("Microsoft YaHei"),   QStringLiteral("PingFang SC"),
            QStringLiteral("WenQuanYi Micro Hei")};
}

Outcome PdfFile::write(const QString &path, const QString &title, const Painter &paint)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Outcome::failure(tr("Could not create %1: %2").arg(shown, file.errorString()));
    // Made in memory and written in one piece: QPdfWriter does not notice a short write (a full
    // disk), and Qt 6.4's commit() ignores a failure of its own final flush.
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Taktline"));
        if (Outcome painted = paint(writer); !painted)
            return Outcome::failure(tr("Could not save %1: %2").arg(shown, painted.error()));
    }
    if (file.write(pdf) != pdf.size() || !file.flush() || !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Outcome::failure(tr("Could not save %1: %2. Check that the disk has room; if the "
                                   "file is open in a PDF viewer, close it and try again.")
                                    .arg(shown, reason));
    }
    return Outcome::success();
}

} // namespace Taktline
