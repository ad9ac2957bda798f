#include "storage/backup/backupsettingsstore.h"

#include "storage/settingsrepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Taktline {

BackupSettingsStore::BackupSettingsStore(QSqlDatabase db, QString deviceId)
    : m_db(std::move(db))
    , m_prefix(QStringLiteral("backup.") + deviceId + QLatin1Char('.'))
{
}

QString BackupSettingsStore::key(const char *name) const
{
    return m_prefix + QLatin1String(name);
}

QString BackupSettingsStore::value(const char *name, const QString &fallback) const
{
    return SettingsRepository(m_db).value(key(name), fallback);
}

Outcome BackupSettingsStore::setValue(const char *name, const QString &value)
{
    // The settings table's value is NOT NULL: an unset folder or key is the empty text.
    return SettingsRepository(m_db).setValue(key(name),
                                             value.isNull() ? QStringLiteral("") : value);
}

BackupSettings BackupSettingsStore::settings() const
{
    const BackupSettings defaults;
    BackupSettings settings;
    settings.folder = value("folder");
    settings.automatic = value("automatic", QStringLiteral("1")) == QLatin1String("1");
    settings.warnAfterDays = value("warnAfterDays").toInt();
    settings.keepDaily = value("keepDaily").toInt();
    settings.keepWeekly = value("keepWeekly").toInt();
    settings.keepMonthly = value("keepMonthly").toInt();
    if (settings.warnAfterDays <= 0)
        settings.warnAfterDays = defaults.warnAfterDays;
    if (settings.keepDaily <= 0)
        settings.keepDaily = defaults.keepDaily;
    if (settings.keepWeekly < 0 || value("keepWeekly").isEmpty())
        settings.keepWeekly = defaults.keepWeekly;
    if (settings.keepMonthly < 0 || value("keepMonthly").isEmpty())
        settings.keepMonthly = defaults.keepMonthly;
    settings.encrypted = keys().has_value();
    return settings;
}

Outcome BackupSettingsStore::setSettings(const BackupSettings &settings)
{
    for (const auto &[name, text] :
         {std::pair{"folder", settings.folder},
          std::pair{"automatic", QString::number(settings.automatic ? 1 : 0)},
          std::pair{"warnAfterDays", QString::number(settings.warnAfterDays)},
          std::pair{"keepDaily", QString::number(settings.keepDaily)},
          std::pair{"keepWeekly", QString::number(settings.keepWeekly)},
          std::pair{"keepMonthly", QString::number(settings.keepMonthly)}}) {
        if (Outcome saved = setValue(name, text); !saved)
            return saved;
    }
    return Outcome::success();
}

std::optional<BackupKeys> BackupSettingsStore::keys() const
{
    return BackupKeys::fromText(value("keys"));
}

Outcome BackupSettingsStore::setKeys(const std::optional<BackupKeys> &keys)
{
    return setValue("keys", keys ? keys->toText() : QString());
}

std::optional<QDateTime> BackupSettingsStore::lastGoodAt() const
{
    const QString ms = value("lastGoodAt");
    if (ms.isEmpty())
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

QString BackupSettingsStore::lastGoodFile() const
{
    return value("lastGoodFile");
}

Outcome BackupSettingsStore::setLastGood(const QString &file, const QDateTime &at)
{
    if (Outcome saved = setValue("lastGoodFile", file); !saved)
        return saved;
    return setValue("lastGoodAt", QString::number(at.toMSecsSinceEpoch()));
}

QHash<QString, QString> BackupSettingsStore::recordedHashes() const
{
    QHash<QString, QString> hashes;
    const QJsonObject json = QJsonDocument::fromJson(value("hashes").toUtf8()).object();
    for (auto it = json.begin(); it != json.end(); ++it)
        hashes.insert(it.key(), it.value().toString());
    return hashes;
}

Outcome BackupSettingsStore::setRecordedHashes(const QHash<QString, QString> &hashes)
{
    QJsonObject json;
    for (auto it = hashes.begin(); it != hashes.end(); ++it)
        json.insert(it.key(), it.value());
    return setValue("hashes",
                    QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}

} // namespace Taktline
