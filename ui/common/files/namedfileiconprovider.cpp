#include "common/files/namedfileiconprovider.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeDatabase>

namespace Taktline {

namespace {

Q_GLOBAL_STATIC(NamedFileIconProvider, sharedProvider)

bool isDriveOrRoot(const QFileInfo &info)
{
    return info.isRoot() || QDir(info.absoluteFilePath()).isRoot();
}

// MatchExtension: the type comes from the name; the content is never read.
QMimeType typeByName(const QFileInfo &info)
{
    return QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchExtension);
}

} // namespace

QIcon NamedFileIconProvider::icon(const QFileInfo &info) const
{
    if (isDriveOrRoot(info))
        return icon(Drive);
    if (info.isDir())
        return icon(Folder);
    const QMimeType mime = typeByName(info);
    if (!mime.isDefault()) {
        QIcon themed = QIcon::fromTheme(mime.iconName(), QIcon::fromTheme(mime.genericIconName()));
        if (!themed.isNull())
            return themed;
    }
    return icon(File);
}

QString NamedFileIconProvider::type(const QFileInfo &info) const
{
    if (!info.isFile())
        return QFileIconProvider::type(info); // drive, folder or link: named without reading
    const QMimeType mime = typeByName(info);
    if (!mime.isDefault() && !mime.comment().isEmpty())
        return mime.comment();
    return info.suffix().isEmpty() ? tr("File") : tr("%1 file").arg(info.suffix().toUpper());
}

void NamedFileIconProvider::protect(QFileDialog &dialog)
{
#ifndef Q_OS_WIN
    dialog.setOption(QFileDialog::DontUseNativeDialog);
#endif
    dialog.setIconProvider(sharedProvider());
}

} // namespace Taktline
