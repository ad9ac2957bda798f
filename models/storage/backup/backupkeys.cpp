#include "storage/backup/backupkeys.h"

#include <QStringList>

namespace Taktline {

bool BackupKeys::isValid() const
{
    return publicKey.size() == 32 && lockedSecretKey.size() == 24 + 48 && salt.size() == 16 &&
           opsLimit > 0 && memLimit > 0;
}

QString BackupKeys::toText() const
{
    return QStringList{
        QString::fromLatin1(publicKey.toBase64()), QString::fromLatin1(lockedSecretKey.toBase64()),
        QString::fromLatin1(salt.toBase64()), QString::number(opsLimit), QString::number(memLimit)}
        .join(QLatin1Char(' '));
}

std::optional<BackupKeys> BackupKeys::fromText(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() != 5)
        return std::nullopt;
    BackupKeys keys;
    keys.publicKey = QByteArray::fromBase64(parts.at(0).toLatin1());
    keys.lockedSecretKey = QByteArray::fromBase64(parts.at(1).toLatin1());
    keys.salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    keys.opsLimit = parts.at(3).toULongLong();
    keys.memLimit = parts.at(4).toULongLong();
    if (!keys.isValid())
        return std::nullopt;
    return keys;
}

} // namespace Taktline
