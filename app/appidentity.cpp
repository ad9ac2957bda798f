#include "appidentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace Taktline {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Taktline"));
    QCoreApplication::setApplicationName(QStringLiteral("Taktline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TAKTLINE_VERSION));
}

QString dataDirectory()
{
    // GenericDataLocation keeps the path short and predictable for scripts and backups.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("Taktline"));
}

QString defaultDatabasePath()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("factory.sqlite"));
}

QString demoDatabasePath()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("demo-factory.sqlite"));
}

} // namespace Taktline
