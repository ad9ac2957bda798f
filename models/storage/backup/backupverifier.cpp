#include "storage/backup/backupverifier.h"

#include "storage/backup/backupcipher.h"
#include "storage/backup/backupinspector.h"
#include "storage/backup/backupwriter.h"
#include "storage/uuid.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Taktline {

namespace {

BackupEntry refused(BackupEntry entry, BackupEntry::State state, const QString &problem)
{
    entry.state = state;
    entry.problem = problem;
    return entry;
}

QString modifiedMessage(const QString &file)
{
    return BackupVerifier::tr("The backup %1 is not the file that was written: its SHA-256 "
                              "differs from the one recorded when it was made. It was modified "
                              "(perhaps by ransomware) or damaged, and will not be restored.")
        .arg(QDir::toNativeSeparators(file));
}

} // namespace

BackupEntry BackupVerifier::check(const QString &file, const BackupManifest &manifest,
                                  const QString &recordedSha256)
{
    const QFileInfo info(file);
    BackupEntry entry;
    if (const std::optional<BackupEntry> listed = manifest.find(info.fileName())) {
        entry = *listed;
    } else {
        entry.state = BackupEntry::State::Unlisted;
        entry.problem = tr("The manifest of its folder does not list this backup; verify it "
                           "before trusting it.");
        if (const auto named = BackupWriter::parseFileName(info.fileName())) {
            entry.takenAt = named->first.toUTC();
            entry.kind = named->second;
        } else {
            entry.takenAt = info.lastModified().toUTC();
        }
    }
    entry.filePath = info.absoluteFilePath();
    if (!info.isFile())
        return refused(entry, BackupEntry::State::Unreadable,
                       tr("There is no file %1.").arg(QDir::toNativeSeparators(file)));
    const QString listedSha =
        entry.state == BackupEntry::State::Unlisted ? QString() : entry.sha256;
    entry.sizeBytes = info.size();
    entry.encrypted = BackupCipher::isEncrypted(file);
    entry.sha256 = BackupManifest::sha256(file);
    if (entry.sha256.isEmpty())
        return refused(entry, BackupEntry::State::Unreadable,
                       tr("Cannot read %1.").arg(QDir::toNativeSeparators(file)));
    if ((!listedSha.isEmpty() && listedSha != entry.sha256) ||
        (!recordedSha256.isEmpty() && recordedSha256 != entry.sha256))
        return refused(entry, BackupEntry::State::Modified, modifiedMessage(file));
    return entry;
}

BackupEntry BackupVerifier::verify(const QString &file, const QString &passphrase,
                                   const QString &recordedSha256)
{
    const QFileInfo info(file);
    const QString folder =
        QFileInfo(info.absolutePath()).isWritable() ? info.absolutePath() : QDir::tempPath();
    const QString plain = QDir(folder).filePath(QStringLiteral(".taktline-verify-") + newUuidV7());
    const BackupEntry entry = verifyInto(file, passphrase, plain, recordedSha256);
    QFile::remove(plain);
    return entry;
}

BackupEntry BackupVerifier::verifyInto(const QString &file, const QString &passphrase,
                                       const QString &plainOut, const QString &recordedSha256)
{
    const QFileInfo info(file);
    BackupEntry entry = check(file, BackupManifest::load(info.absolutePath()), recordedSha256);
    if (entry.state == BackupEntry::State::Modified ||
        entry.state == BackupEntry::State::Unreadable)
        return entry;
    if (entry.encrypted) {
        if (passphrase.isEmpty()) {
            return refused(entry, BackupEntry::State::Unreadable,
                           tr("The backup %1 is encrypted: its passphrase is needed to check or "
                              "restore it.")
                               .arg(QDir::toNativeSeparators(file)));
        }
        BackupCipher::Failure failure = BackupCipher::Failure::None;
        if (Outcome opened = BackupCipher::decrypt(file, plainOut, passphrase, &failure); !opened) {
            return refused(entry,
                           failure == BackupCipher::Failure::Modified
                               ? BackupEntry::State::Modified
                               : BackupEntry::State::Unreadable,
                           opened.error());
        }
    } else {
        QFile::remove(plainOut);
        if (!QFile::copy(file, plainOut)) {
            return refused(entry, BackupEntry::State::Unreadable,
                           tr("Cannot read %1.").arg(QDir::toNativeSeparators(file)));
        }
        // The copy is what gets checked and restored: it must be the file whose hash was checked.
        if (BackupManifest::sha256(plainOut) != entry.sha256) {
            QFile::remove(plainOut);
            return refused(entry, BackupEntry::State::Modified, modifiedMessage(file));
        }
    }
    const Result<BackupContents> contents = BackupInspector::inspect(plainOut);
    if (!contents) {
        QFile::remove(plainOut);
        return refused(entry, BackupEntry::State::Unreadable, contents.error());
    }
    entry.contents = contents.value();
    return entry;
}

} // namespace Taktline
