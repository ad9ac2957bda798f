#include "storage/backup/backupwriter.h"

#include "storage/backup/backupcipher.h"
#include "storage/backup/backupinspector.h"
#include "storage/backup/backupmanifest.h"
#include "storage/backup/sqlitecopy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Taktline {

namespace {

// Removes the temporary files of one write, whatever happened.
struct TemporaryFiles
{
    QStringList paths;
    ~TemporaryFiles()
    {
        for (const QString &path : std::as_const(paths)) {
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-journal"));
        }
    }
};

} // namespace

QString BackupWriter::suffix()
{
    return QStringLiteral("tlbak");
}

QString BackupWriter::fileName(const QDateTime &at, BackupKind kind)
{
    return QStringLiteral("taktline-%1-%2.%3")
        .arg(at.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")), backupKindKey(kind),
             suffix());
}

std::optional<std::pair<QDateTime, BackupKind>> BackupWriter::parseFileName(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^taktline-(\\d{8}-\\d{6})(?:-\\d+)?-([a-z-]+)\\.tlbak$"));
    const QRegularExpressionMatch match = pattern.match(name);
    if (!match.hasMatch())
        return std::nullopt;
    const std::optional<BackupKind> kind = backupKindFromKey(match.captured(2));
    const QDateTime at =
        QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
    if (!kind || !at.isValid())
        return std::nullopt;
    return std::pair{at, *kind};
}

Outcome BackupWriter::checkFolder(const QString &folder)
{
    const QFileInfo info(folder);
    if (folder.trimmed().isEmpty())
        return Outcome::failure(tr("No backup folder is set. Choose one in Settings ▸ Backup, or "
                                   "give one with --out."));
    if (!info.isDir()) {
        return Outcome::failure(tr("The backup folder %1 does not exist. Is the USB drive or the "
                                   "network share connected?")
                                    .arg(QDir::toNativeSeparators(folder)));
    }
    if (!info.isWritable()) {
        return Outcome::failure(
            tr("The backup folder %1 cannot be written.").arg(QDir::toNativeSeparators(folder)));
    }
    return Outcome::success();
}

Result<BackupEntry> BackupWriter::write(const QSqlDatabase &source, const QString &folder,
                                        BackupKind kind, const QDateTime &at,
                                        const std::optional<BackupKeys> &keys)
{
    if (Outcome usable = checkFolder(folder); !usable)
        return usable;
    const QDir dir(QFileInfo(folder).absoluteFilePath());
    QString name = fileName(at, kind);
    for (int n = 2; QFileInfo::exists(dir.filePath(name)); ++n) {
        name = fileName(at, kind).replace(QStringLiteral("-") + backupKindKey(kind),
                                          QStringLiteral("-%1-%2").arg(n).arg(backupKindKey(kind)));
    }
    const QString finalPath = dir.filePath(name);
    TemporaryFiles temporary;
    // Dot-names with another suffix: never listed as backups, removed if anything fails.
    const QString copyPath = dir.filePath(QStringLiteral(".") + name + QStringLiteral(".copy"));
    const QString sealedPath =
        dir.filePath(QStringLiteral(".") + name + QStringLiteral(".partial"));
    temporary.paths << copyPath << sealedPath;
    QFile::remove(copyPath);
    QFile::remove(sealedPath);

    if (Outcome copied = SqliteCopy::vacuumInto(source, copyPath); !copied)
        return copied;
    if (Outcome contained = BackupInspector::makeSelfContained(copyPath); !contained)
        return contained;
    const Result<BackupContents> contents = BackupInspector::inspect(copyPath);
    if (!contents) {
        return Outcome::failure(tr("The backup could not be verified after writing, so it was "
                                   "removed: %1")
                                    .arg(contents.error()));
    }
    QString ready = copyPath;
    if (keys) {
        if (Outcome sealed = BackupCipher::encrypt(copyPath, sealedPath, *keys); !sealed)
            return sealed;
        QFile::remove(copyPath); // the clear copy goes as soon as the encrypted one is proven
        ready = sealedPath;
    }
    if (!QFile::rename(ready, finalPath)) {
        return Outcome::failure(
            tr("Cannot name the backup %1.").arg(QDir::toNativeSeparators(finalPath)));
    }
    BackupEntry entry;
    entry.filePath = finalPath;
    entry.takenAt = at.toUTC();
    entry.kind = kind;
    entry.encrypted = keys.has_value();
    entry.contents = contents.value();
    entry.sizeBytes = QFileInfo(finalPath).size();
    entry.sha256 = BackupManifest::sha256(finalPath);
    entry.state = BackupEntry::State::Good;
    return entry;
}

} // namespace Taktline
