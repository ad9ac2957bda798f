#include "services/backup/backuprestorer.h"

#include "domain/clock.h"
#include "storage/backup/backupinspector.h"
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

// A factory as a restore's refusal names it: its name, or "no name" before the set-up.
QString factoryLabel(const BackupContents &contents)
{
    return contents.factoryName.isEmpty()
               ? QCoreApplication::translate("Taktline::BackupRestorer", "no name")
               : contents.factoryName;
}

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

    if (!QFileInfo(target.absolutePath()).isDir()) {
        return Outcome::failure(tr("The folder %1 does not exist. Nothing was restored.")
                                    .arg(QDir::toNativeSeparators(target.absolutePath())));
    }
    // The current file, opened (and so checked) by the usual rules. None yet (restoring on a new
    // PC): it is created only once the backup has passed its check.
    const bool existing = target.exists() && target.size() > 0;
    std::shared_ptr<Database> current;
    QString recordedSha256;
    if (existing) {
        Result<std::shared_ptr<Database>> opened =
            Database::open(databasePath, Database::IfMissing::Refuse);
        if (!opened) {
            return Outcome::failure(opened.error() + QLatin1Char(' ') +
                                    tr("To restore anyway, restore into a new file (--db with "
                                       "a new name) and open that one."));
        }
        current = opened.value();
        recordedSha256 = BackupSettingsStore(current->connection(), current->deviceId())
                             .recordedHashes()
                             .value(QFileInfo(file).fileName());
    }

    const BackupEntry chosen =
        BackupVerifier::verifyInto(file, passphrase, plain.path, recordedSha256);
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
    if (existing) {
        // Another factory's backup over a file that holds work: almost always the wrong
        // folder or the wrong file. A new, still empty factory (the first run on a new PC) may
        // take it.
        const BackupContents here = BackupInspector::contentsOf(current->connection());
        const bool otherFactory = !chosen.contents.factoryId.isEmpty() &&
                                  !here.factoryId.isEmpty() &&
                                  chosen.contents.factoryId != here.factoryId;
        if (otherFactory && (here.workOrders > 0 || here.reports > 0)) {
            return Outcome::failure(
                tr("The backup %1 is of another factory (%2), not of the one in %3 (%4, %n work "
                   "order(s)). Nothing was changed. To open it, restore it into a new file "
                   "(--db with a new name).",
                   nullptr, here.workOrders)
                    .arg(QDir::toNativeSeparators(file), factoryLabel(chosen.contents),
                         QDir::toNativeSeparators(databasePath), factoryLabel(here)));
        }
    }
    if (!existing) {
        Result<std::shared_ptr<Database>> created = Database::open(databasePath);
        if (!created)
            return created.outcome();
        current = created.value();
    }
    Database &db = *current;

    // The current state first, so a wrong choice can be undone; a new file has none.
    BackupEntry before;
    before.kind = BackupKind::BeforeRestore;
    if (existing) {
        Result<BackupEntry> safety = BackupWriter::write(
            db.connection(), safetyFolder, BackupKind::BeforeRestore, Clock().now(),
            BackupSettingsStore(db.connection(), db.deviceId()).keys());
        if (!safety) {
            return Outcome::failure(
                tr("The current file could not be backed up before the restore, so "
                   "nothing was restored: %1")
                    .arg(safety.error()));
        }
        before = safety.value();
        BackupManifest manifest = BackupManifest::load(safetyFolder);
        manifest.put(before);
        if (Outcome saved = manifest.save(); !saved)
            return saved;
    }

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
                                         QDir::toNativeSeparators(before.filePath)));
    }
    return before;
}

} // namespace Taktline
