#include "services/backup/backupservice.h"

// TEMPORARY STUB (drop at merge): just enough of the contract to drive the Settings ▸ Backup
// page and its tests. Copies with VACUUM INTO, keeps a JSON sidecar per copy instead of a
// manifest, "encrypts" by remembering the passphrase in the sidecar. Not for real use.

#include "domain/clock.h"
#include "services/access/accesscontrol.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

namespace Taktline {

namespace {

QString sidecar(const QString &file) { return file + QStringLiteral(".json"); }

BackupContents readContents(const QString &file)
{
    BackupContents contents;
    const QString name = QStringLiteral("stub-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM work_orders")) && q.next())
                contents.workOrders = q.value(0).toInt();
            if (q.exec(QStringLiteral("SELECT count(*), max(reported_at) FROM production_reports"))
                && q.next()) {
                contents.reports = q.value(0).toInt();
                if (!q.value(1).isNull())
                    contents.lastReportAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong());
            }
            if (q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'factory_name'"))
                && q.next())
                contents.factoryName = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return contents;
}

BackupEntry readEntry(const QString &file)
{
    BackupEntry entry;
    entry.filePath = file;
    entry.sizeBytes = QFileInfo(file).size();
    QFile meta(sidecar(file));
    if (!meta.open(QIODevice::ReadOnly)) {
        entry.state = BackupEntry::State::Unlisted;
        entry.takenAt = QFileInfo(file).lastModified().toUTC();
        entry.problem = QStringLiteral("Not in the manifest.");
        return entry;
    }
    const QJsonObject o = QJsonDocument::fromJson(meta.readAll()).object();
    entry.takenAt = QDateTime::fromMSecsSinceEpoch(o.value(QStringLiteral("at")).toInteger(),
                                                   Qt::UTC);
    entry.kind = static_cast<BackupKind>(o.value(QStringLiteral("kind")).toInt());
    entry.encrypted = !o.value(QStringLiteral("pass")).toString().isEmpty();
    entry.contents = readContents(file);
    if (o.value(QStringLiteral("size")).toInteger() != entry.sizeBytes) {
        entry.state = BackupEntry::State::Modified;
        entry.problem = QStringLiteral("The backup was changed after it was written.");
    }
    return entry;
}

QString passOf(const QString &file)
{
    QFile meta(sidecar(file));
    if (!meta.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(meta.readAll()).object().value(QStringLiteral("pass")).toString();
}

Result<BackupEntry> writeCopy(QSqlDatabase db, const QString &folder, BackupKind kind,
                              qint64 atMs, const QString &pass)
{
    if (folder.isEmpty() || !QDir(folder).exists())
        return Outcome::failure(QStringLiteral("The backup folder does not exist: %1").arg(folder));
    const QString file = QDir(folder).filePath(
        QStringLiteral("taktline-%1-%2.sqlite")
            .arg(QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC)
                     .toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")))
            .arg(static_cast<int>(kind)));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(file);
    if (!q.exec())
        return Outcome::failure(QStringLiteral("The backup could not be written: %1")
                                    .arg(q.lastError().text()));
    QJsonObject o;
    o.insert(QStringLiteral("at"), atMs);
    o.insert(QStringLiteral("kind"), static_cast<int>(kind));
    o.insert(QStringLiteral("pass"), pass);
    o.insert(QStringLiteral("size"), QFileInfo(file).size());
    QFile meta(sidecar(file));
    if (!meta.open(QIODevice::WriteOnly))
        return Outcome::failure(QStringLiteral("sidecar"));
    meta.write(QJsonDocument(o).toJson());
    meta.close();
    return readEntry(file);
}

} // namespace

class BackupService::Private
{
public:
    std::shared_ptr<Database> db;
    const Clock *clock = nullptr;
    AccessControl *access = nullptr;
    BackupSettings settings;
    QString passphrase;
};

BackupService::BackupService(std::shared_ptr<Database> db, const Clock &clock,
                             AccessControl *access, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->db = std::move(db);
    d->clock = &clock;
    d->access = access;
}

BackupService::~BackupService() = default;

BackupSettings BackupService::settings() const { return d->settings; }

Outcome BackupService::setSettings(const BackupSettings &settings)
{
    if (!d->access->session() || d->access->session()->role != Role::Owner)
        return Outcome::failure(QStringLiteral("Only the owner may change the backup settings."));
    if (!settings.folder.isEmpty() && !QDir(settings.folder).exists())
        return Outcome::failure(QStringLiteral("The backup folder does not exist: %1").arg(settings.folder));
    const bool encrypted = d->settings.encrypted;
    d->settings = settings;
    d->settings.encrypted = encrypted;
    emit backupsChanged();
    return Outcome::success();
}

Outcome BackupService::setEncryption(const QString &passphrase)
{
    if (!passphrase.isEmpty() && passphrase.size() < 8)
        return Outcome::failure(QStringLiteral("The passphrase needs at least 8 characters."));
    d->passphrase = passphrase;
    d->settings.encrypted = !passphrase.isEmpty();
    emit backupsChanged();
    return Outcome::success();
}

Result<BackupEntry> BackupService::backupNow(BackupKind kind, const QString &folder)
{
    Result<BackupEntry> written = writeCopy(d->db->connection(),
                                            folder.isEmpty() ? d->settings.folder : folder, kind,
                                            d->clock->nowMs(), d->passphrase);
    if (written)
        emit backupsChanged();
    return written;
}

QList<BackupEntry> BackupService::list(const QString &folder) const
{
    QList<BackupEntry> entries;
    const QDir dir(folder.isEmpty() ? d->settings.folder : folder);
    if (dir.path().isEmpty() || !dir.exists())
        return entries;
    for (const QString &name : dir.entryList({QStringLiteral("*.sqlite")}, QDir::Files))
        entries.append(readEntry(dir.filePath(name)));
    std::sort(entries.begin(), entries.end(),
              [](const BackupEntry &a, const BackupEntry &b) { return a.takenAt > b.takenAt; });
    return entries;
}

BackupEntry BackupService::verify(const QString &file, const QString &passphrase)
{
    BackupEntry entry = readEntry(file);
    if (entry.state == BackupEntry::State::Good && entry.encrypted && passOf(file) != passphrase) {
        entry.state = BackupEntry::State::Unreadable;
        entry.problem = QStringLiteral("The passphrase does not open this backup.");
    }
    return entry;
}

std::optional<BackupEntry> BackupService::lastGoodBackup() const
{
    for (const BackupEntry &entry : list())
        if (entry.state == BackupEntry::State::Good)
            return entry;
    return std::nullopt;
}

bool BackupService::isDue() const
{
    if (!d->settings.automatic || d->settings.folder.isEmpty())
        return false;
    const std::optional<BackupEntry> last = lastGoodBackup();
    return !last || last->takenAt.toLocalTime().date() != d->clock->today();
}

bool BackupService::isOverdue() const
{
    if (d->settings.folder.isEmpty())
        return true;
    const std::optional<BackupEntry> last = lastGoodBackup();
    return !last
           || last->takenAt.msecsTo(QDateTime::fromMSecsSinceEpoch(d->clock->nowMs()))
                  >= qint64(d->settings.warnAfterDays) * 24 * 3600 * 1000;
}

Result<BackupEntry> BackupService::restore(const QString &databasePath, const QString &file,
                                           const QString &passphrase, const QString &safetyFolder)
{
    const BackupEntry chosen = verify(file, passphrase);
    if (chosen.state != BackupEntry::State::Good)
        return Outcome::failure(chosen.problem.isEmpty() ? QStringLiteral("This backup cannot be restored.")
                                                         : chosen.problem);
    const QString name = QStringLiteral("stub-restore-") + QUuid::createUuid().toString();
    Result<BackupEntry> safety = Outcome::failure(QString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        if (!db.open())
            return Outcome::failure(QStringLiteral("The factory file cannot be opened."));
        safety = writeCopy(db, safetyFolder, BackupKind::BeforeRestore,
                           QDateTime::currentMSecsSinceEpoch(), QString());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!safety)
        return safety;
    QFile::remove(databasePath + QStringLiteral("-wal"));
    QFile::remove(databasePath + QStringLiteral("-shm"));
    QFile::remove(databasePath);
    if (!QFile::copy(file, databasePath))
        return Outcome::failure(QStringLiteral("The backup could not be copied into place."));
    QFile(databasePath).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return safety;
}

} // namespace Taktline
