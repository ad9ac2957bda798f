#include "storage/backup/backupmanifest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Taktline {

namespace {

QJsonObject toJson(const BackupEntry &entry)
{
    QJsonObject contents{{QStringLiteral("factoryName"), entry.contents.factoryName},
                         {QStringLiteral("schemaVersion"), entry.contents.schemaVersion},
                         {QStringLiteral("workOrders"), entry.contents.workOrders},
                         {QStringLiteral("reports"), entry.contents.reports}};
    if (entry.contents.lastReportAt) {
        contents.insert(QStringLiteral("lastReportAt"),
                        entry.contents.lastReportAt->toUTC().toString(Qt::ISODateWithMs));
    }
    return {{QStringLiteral("file"), QFileInfo(entry.filePath).fileName()},
            {QStringLiteral("sha256"), entry.sha256},
            {QStringLiteral("size"), double(entry.sizeBytes)},
            {QStringLiteral("kind"), backupKindKey(entry.kind)},
            {QStringLiteral("takenAt"), entry.takenAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("encrypted"), entry.encrypted},
            {QStringLiteral("contents"), contents}};
}

BackupEntry fromJson(const QJsonObject &json, const QString &folder)
{
    BackupEntry entry;
    entry.filePath = QDir(folder).filePath(json.value(QStringLiteral("file")).toString());
    entry.sha256 = json.value(QStringLiteral("sha256")).toString();
    entry.sizeBytes = qint64(json.value(QStringLiteral("size")).toDouble());
    entry.kind = backupKindFromKey(json.value(QStringLiteral("kind")).toString())
                     .value_or(BackupKind::Manual);
    entry.takenAt =
        QDateTime::fromString(json.value(QStringLiteral("takenAt")).toString(), Qt::ISODateWithMs)
            .toUTC();
    entry.encrypted = json.value(QStringLiteral("encrypted")).toBool();
    const QJsonObject contents = json.value(QStringLiteral("contents")).toObject();
    entry.contents.factoryName = contents.value(QStringLiteral("factoryName")).toString();
    entry.contents.schemaVersion = contents.value(QStringLiteral("schemaVersion")).toInt();
    entry.contents.workOrders = contents.value(QStringLiteral("workOrders")).toInt();
    entry.contents.reports = contents.value(QStringLiteral("reports")).toInt();
    const QString last = contents.value(QStringLiteral("lastReportAt")).toString();
    if (!last.isEmpty())
        entry.contents.lastReportAt = QDateTime::fromString(last, Qt::ISODateWithMs).toUTC();
    return entry;
}

} // namespace

QString BackupManifest::fileName()
{
    return QStringLiteral("taktline-backups.json");
}

BackupManifest BackupManifest::load(const QString &folder)
{
    BackupManifest manifest;
    manifest.m_folder = folder;
    QFile file(QDir(folder).filePath(fileName()));
    if (!file.open(QIODevice::ReadOnly))
        return manifest;
    manifest.m_exists = true;
    const QJsonArray backups =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("backups")).toArray();
    for (const QJsonValue &value : backups) {
        const BackupEntry entry = fromJson(value.toObject(), folder);
        manifest.m_entries.insert(QFileInfo(entry.filePath).fileName(), entry);
    }
    return manifest;
}

Outcome BackupManifest::save() const
{
    QList<BackupEntry> sorted = entries();
    std::sort(sorted.begin(), sorted.end(),
              [](const BackupEntry &a, const BackupEntry &b) { return a.takenAt < b.takenAt; });
    QJsonArray backups;
    for (const BackupEntry &entry : std::as_const(sorted))
        backups.append(toJson(entry));
    const QJsonObject root{{QStringLiteral("format"), 1}, {QStringLiteral("backups"), backups}};
    QSaveFile file(QDir(m_folder).filePath(fileName()));
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        return Outcome::failure(
            tr("Cannot write the backup manifest %1: %2")
                .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    }
    return Outcome::success();
}

std::optional<BackupEntry> BackupManifest::find(const QString &name) const
{
    const auto found = m_entries.constFind(name);
    if (found == m_entries.constEnd())
        return std::nullopt;
    return *found;
}

QList<BackupEntry> BackupManifest::entries() const
{
    return m_entries.values();
}

void BackupManifest::put(const BackupEntry &entry)
{
    m_entries.insert(QFileInfo(entry.filePath).fileName(), entry);
}

void BackupManifest::remove(const QString &name)
{
    m_entries.remove(name);
}

QString BackupManifest::sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace Taktline
