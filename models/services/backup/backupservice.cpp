#include "services/backup/backupservice.h"

#include "domain/backup/backuprotation.h"
#include "domain/clock.h"
#include "services/access/accesscontrol.h"
#include "services/backup/backuprestorer.h"
#include "storage/backup/backupcipher.h"
#include "storage/backup/backupmanifest.h"
#include "storage/backup/backupsettingsstore.h"
#include "storage/backup/backupverifier.h"
#include "storage/backup/backupwriter.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace Taktline {

class BackupService::Private
{
public:
    std::shared_ptr<Database> db;
    const Clock &clock;
    AccessControl *access;

    BackupSettingsStore store() const { return {db->connection(), db->deviceId()}; }
    QString folderOr(const QString &folder) const
    {
        return folder.isEmpty() ? store().settings().folder : folder;
    }
};

BackupService::BackupService(std::shared_ptr<Database> db, const Clock &clock,
                             AccessControl *access, QObject *parent)
    : QObject(parent)
    , d(new Private{std::move(db), clock, access})
{
}

BackupService::~BackupService() = default;

BackupSettings BackupService::settings() const
{
    return d->store().settings();
}

Outcome BackupService::setSettings(const BackupSettings &settings)
{
    if (Outcome allowed = d->access->require(Permission::EditSettings); !allowed)
        return allowed;
    if (!settings.folder.isEmpty()) {
        if (Outcome usable = BackupWriter::checkFolder(settings.folder); !usable)
            return usable;
        const QString own = QFileInfo(QFileInfo(d->db->path()).absolutePath()).canonicalFilePath();
        if (QFileInfo(settings.folder).canonicalFilePath() == own) {
            return Outcome::failure(tr("Backups must not go into the database's own folder: a "
                                       "broken disk or ransomware would take both. Choose a USB "
                                       "drive or a network share."));
        }
    }
    if (settings.keepDaily < 1 || settings.keepWeekly < 0 || settings.keepMonthly < 0 ||
        settings.warnAfterDays < 1) {
        return Outcome::failure(
            tr("Keep at least one daily backup, and warn after one day or more."));
    }
    BackupSettingsStore store = d->store();
    const Outcome saved = d->db->inTransaction([&] { return store.setSettings(settings); });
    if (saved)
        d->db->afterCommit([this] { emit backupsChanged(); });
    return saved;
}

Outcome BackupService::setEncryption(const QString &passphrase)
{
    if (Outcome allowed = d->access->require(Permission::EditSettings); !allowed)
        return allowed;
    std::optional<BackupKeys> keys;
    if (!passphrase.isEmpty()) {
        if (passphrase.size() < 8)
            return Outcome::failure(tr("The backup passphrase needs at least 8 characters."));
        Result<BackupKeys> made = BackupCipher::makeKeys(passphrase);
        if (!made)
            return made.outcome();
        keys = made.value();
    }
    BackupSettingsStore store = d->store();
    const Outcome saved = d->db->inTransaction([&] { return store.setKeys(keys); });
    if (saved)
        d->db->afterCommit([this] { emit backupsChanged(); });
    return saved;
}

Result<BackupEntry> BackupService::backupNow(BackupKind kind, const QString &folder)
{
    return backupNow(kind, folder, QString());
}

Result<BackupEntry> BackupService::backupNow(BackupKind kind, const QString &folder,
                                             const QString &passphrase)
{
    // A manual copy takes the whole factory out of the file: the owner's decision. The automatic
    // ones run for whoever is signed in.
    if (kind == BackupKind::Manual || kind == BackupKind::BeforeRestore) {
        if (Outcome allowed = d->access->require(Permission::EditSettings); !allowed)
            return allowed;
    }
    const BackupSettings settings = this->settings();
    const QString target = d->folderOr(folder);
    BackupSettingsStore store = d->store();
    std::optional<BackupKeys> keys = store.keys();
    if (!passphrase.isEmpty()) {
        Result<BackupKeys> made = BackupCipher::makeKeys(passphrase);
        if (!made)
            return made.outcome();
        keys = made.value();
    }
    Result<BackupEntry> written =
        BackupWriter::write(d->db->connection(), target, kind, d->clock.now(), keys);
    if (!written)
        return written;
    BackupEntry entry = written.value();
    BackupManifest manifest = BackupManifest::load(target);
    manifest.put(entry);
    QHash<QString, QString> hashes = store.recordedHashes();
    hashes.insert(QFileInfo(entry.filePath).fileName(), entry.sha256);
    if (isRotated(kind)) {
        QList<BackupRotation::Item> items;
        for (const BackupEntry &listed : manifest.entries())
            items.append({listed.filePath, listed.takenAt, listed.kind});
        const QStringList doomed =
            BackupRotation(settings.keepDaily, settings.keepWeekly, settings.keepMonthly)
                .toDelete(items);
        for (const QString &path : doomed) {
            if (QFile::remove(path) || !QFileInfo::exists(path)) {
                manifest.remove(QFileInfo(path).fileName());
                hashes.remove(QFileInfo(path).fileName());
            }
        }
    }
    if (Outcome saved = manifest.save(); !saved)
        return saved;
    const Outcome recorded = d->db->inTransaction([&] {
        if (Outcome kept = store.setRecordedHashes(hashes); !kept)
            return kept;
        return store.setLastGood(entry.filePath, entry.takenAt);
    });
    if (!recorded)
        return recorded;
    d->db->afterCommit([this] { emit backupsChanged(); });
    return entry;
}

QList<BackupEntry> BackupService::list(const QString &folder) const
{
    const QString target = d->folderOr(folder);
    if (target.isEmpty())
        return {};
    const BackupManifest manifest = BackupManifest::load(target);
    const QHash<QString, QString> recorded = d->store().recordedHashes();
    QList<BackupEntry> entries;
    const QStringList names = QDir(target).entryList(
        {QStringLiteral("*.") + BackupWriter::suffix()}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        entries.append(
            BackupVerifier::check(QDir(target).filePath(name), manifest, recorded.value(name)));
    }
    std::sort(entries.begin(), entries.end(),
              [](const BackupEntry &a, const BackupEntry &b) { return a.takenAt > b.takenAt; });
    return entries;
}

BackupEntry BackupService::verify(const QString &file, const QString &passphrase)
{
    return BackupVerifier::verify(file, passphrase);
}

std::optional<BackupEntry> BackupService::lastGoodBackup() const
{
    return lastGoodBackup(list());
}

std::optional<BackupEntry> BackupService::lastGoodBackup(const QList<BackupEntry> &listed) const
{
    const BackupSettingsStore store = d->store();
    const QString folder = store.settings().folder;
    if (!folder.isEmpty() && QFileInfo(folder).isDir()) {
        for (const BackupEntry &entry : listed) {
            if (entry.state == BackupEntry::State::Good)
                return entry;
        }
        return std::nullopt;
    }
    // The drive is not connected: what this file recorded when the backup was written.
    const std::optional<QDateTime> at = store.lastGoodAt();
    if (!at)
        return std::nullopt;
    BackupEntry entry;
    entry.filePath = store.lastGoodFile();
    entry.takenAt = *at;
    return entry;
}

std::optional<QDateTime> BackupService::lastGoodAt() const
{
    return d->store().lastGoodAt();
}

bool BackupService::isDue() const
{
    const BackupSettingsStore store = d->store();
    const BackupSettings settings = store.settings();
    if (!settings.automatic || settings.folder.isEmpty())
        return false;
    const std::optional<QDateTime> last = store.lastGoodAt();
    return !last || last->toLocalTime().date() < d->clock.today();
}

bool BackupService::isOverdue() const
{
    const BackupSettingsStore store = d->store();
    const BackupSettings settings = store.settings();
    if (settings.folder.isEmpty())
        return true;
    const std::optional<QDateTime> last = store.lastGoodAt();
    return !last ||
           d->clock.nowMs() - last->toMSecsSinceEpoch() > qint64(settings.warnAfterDays) * 86400000;
}

Result<BackupEntry> BackupService::restore(const QString &databasePath, const QString &file,
                                           const QString &passphrase, const QString &safetyFolder)
{
    return BackupRestorer::restore(databasePath, file, passphrase, safetyFolder);
}

} // namespace Taktline
