#include "outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Taktline {

namespace {

bool samePath(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    const QFileInfo first(a);
    const QFileInfo second(b);
    const Qt::CaseSensitivity cs =
#ifdef Q_OS_WIN
        Qt::CaseInsensitive;
#else
        Qt::CaseSensitive;
#endif
    if (QDir::cleanPath(first.absoluteFilePath()).compare(QDir::cleanPath(second.absoluteFilePath()), cs) == 0)
        return true;
    // A link or another spelling of the same file.
    return first.exists() && second.exists()
        && first.canonicalFilePath().compare(second.canonicalFilePath(), cs) == 0;
}

} // namespace

bool OutputFile::isDatabase(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    static const QByteArray header("SQLite format 3\0", 16);
    return file.read(header.size()) == header;
}

Outcome OutputFile::check(const QString &path, const QStringList &suffixes,
                          const QString &databasePath)
{
    QStringList endings;
    for (const QString &suffix : suffixes)
        endings.append(u'.' + suffix);
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return Outcome::failure(tr("Give --out FILE ending in %1.").arg(endings.join(QStringLiteral(", "))));
    if (samePath(path, databasePath)) {
        return Outcome::failure(
            tr("Refused --out %1: it is the factory database given with --db; nothing was written.")
                .arg(shown));
    }
    if (isDatabase(path)) {
        return Outcome::failure(tr("Refused --out %1: it is a database file, and writing there would "
                                   "destroy it; nothing was written. Choose another file name.")
                                    .arg(shown));
    }
    if (!suffixes.contains(QFileInfo(path).suffix().toLower())) {
        return Outcome::failure(tr("Refused --out %1: the file must end in %2, the kind of file "
                                   "this command writes.")
                                    .arg(shown, endings.join(QStringLiteral(", "))));
    }
    return Outcome::success();
}

Outcome OutputFile::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Outcome::failure(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason));
    }
    return Outcome::success();
}

} // namespace Taktline
