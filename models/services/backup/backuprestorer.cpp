#include "services/backup/backuprestorer.h"

#include "domain/clock.h"
#include "storage/backup/backupmanifest.h"
#include "storage/backup/backupsettingsstore.h"
#include "storage/backup/backupverifier.h"
#include "storage/backup/backupwriter.h"
#include "storage/backup/sqlitecopy.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/uuid.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Taktline {

namespace {

// The decrypted or copied backup beside the factory file, gone when the restore ends.
struct PlainCopy
{
    QString path;
    ~PlainCopy()
    {
        for (const QLatin1String suffix : {QLatin1String(""), QLatin1String("-wal"),
                                           QLatin1String("-shm"), QLatin1String("-journal")})
            QFile::remove(path + suffix);
    }
};

} // namespace

Result<BackupEntry> BackupRestorer::restore(const QString &databasePath, const QString &file,
                                            const QString &passphrase, const QString &safetyFolder)
{
    if (Database::isOpenHere(databasePath)) {
        return Outcome::failure(tr("The factory file %1 is open; close it before restoring.")
                                    .arg(QDir::toNativeSeparators(databasePath)));
    }
    const QFileInfo target(databasePath);
    if (QFileInfo(file).canonicalFilePath() == target.canonicalFilePath())
        return Outcome::failure(tr("A file cannot be restored onto itself."));
    PlainCopy plain{QDir(target.absolutePath())
                        .filePath(QStringLiteral(".taktline-restore-") + newUuidV7() +
                                  QStringLiteral(".sqlite"))};

    // The current file: opened (and so checked) by the usual rules, created when there is none
    // yet (restoring on a new PC).
    Result<std::shared_ptr<Database>> current = Database::open(databasePath);
    if (!current)
        return current.outcome();
    Database &db = *current.value();
    BackupSettingsStore store(db.connection(), db.deviceId());

    const BackupEntry chosen = BackupVerifier::verifyInto(
        file, passphrase, plain.path, store.recordedHashes().value(QFileInfo(file).fileName()));
    if (chosen.state == BackupEntry::State::Modified ||
        chosen.state == BackupEntry::State::Unreadable)
        return Outcome::failure(chosen.problem + QLatin1Char(' ') + tr("Nothing was changed."));
    if (chosen.contents.schemaVersion > Migrations::latestVersion()) {
        return Outcome::failure(
            tr("The backup %1 was made by a newer Taktline (schema %2; this "
               "one reads up to %3). Update Taktline first. Nothing was changed.")
                .arg(QDir::toNativeSeparators(file))
                .arg(chosen.contents.schemaVersion)
                .arg(Migrations::latestVersion()));
    }

    // The current state first, so a wrong choice can be undone.
    Result<BackupEntry> safety = BackupWriter::write(
        db.connection(), safetyFolder, BackupKind::BeforeRestore, Clock().now(), store.keys());
    if (!safety) {
        return Outcome::failure(tr("The current file could not be backed up before the restore, so "
                                   "nothing was restored: %1")
                                    .arg(safety.error()));
    }
    BackupManifest manifest = BackupManifest::load(safetyFolder);
    manifest.put(safety.value());
    if (Outcome saved = manifest.save(); !saved)
        return saved;

    {
        // An older backup is brought up to this version's schema on its copy, not on the factory.
        Result<std::shared_ptr<Database>> source =
            Database::open(plain.path, Database::IfMissing::Refuse);
        if (!source) {
            return Outcome::failure(tr("The backup could not be opened for the restore: %1 "
                                       "Nothing was changed.")
                                        .arg(source.error()));
        }
        if (Outcome copied =
                SqliteCopy::replaceContent(source.value()->connection(), db.connection());
            !copied)
            return copied;
    }
    const QString check = SqliteCopy::integrityCheck(db.connection());
    if (check != QLatin1String("ok")) {
        return Outcome::failure(tr("After the restore SQLite's check of %1 found \"%2\". The file "
                                   "as it was before is in the backup %3.")
                                    .arg(QDir::toNativeSeparators(databasePath), check,
                                         QDir::toNativeSeparators(safety.value().filePath)));
    }
    return safety;
}

} // namespace Taktline
