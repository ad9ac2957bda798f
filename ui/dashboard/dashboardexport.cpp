#include "dashboard/dashboardexport.h"

#include <QBuffer>
#include <QDir>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPixmap>
#include <QSaveFile>
#include <QWidget>

namespace Taktline {

Outcome DashboardExport::write(QWidget *content, const QString &path)
{
    const bool pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    if (!pdf && !path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        return Outcome::failure(tr("The dashboard is exported as .png or .pdf."));
    QBuffer bytes;
    bytes.open(QIODevice::WriteOnly);
    if (pdf) {
        QPdfWriter writer(&bytes);
        writer.setTitle(tr("Dashboard"));
        writer.setResolution(300);
        const QPageLayout::Orientation orientation =
            content->height() > content->width() ? QPageLayout::Portrait : QPageLayout::Landscape;
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation,
                                         QMarginsF(8, 8, 8, 8), QPageLayout::Millimeter));
        const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
        const double scale = std::min(page.width() / double(content->width()),
                                      page.height() / double(content->height()));
        QPainter painter(&writer);
        painter.scale(scale, scale);
        content->render(&painter, QPoint(), QRegion(),
                        QWidget::DrawChildren | QWidget::DrawWindowBackground);
        painter.end();
    } else if (!content->grab().save(&bytes, "PNG")) {
        return Outcome::failure(tr("The dashboard could not be drawn as an image."));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.data()) != bytes.data().size() ||
        !file.commit())
        return Outcome::failure(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return Outcome::success();
}

} // namespace Taktline
