#include "settingsservice.h"

#include "accesscontrol.h"
#include "database.h"

#include <QCoreApplication>

namespace Taktline {

namespace {
const QString FactoryNameKey = QStringLiteral("factory_name");
const QString DemoKey = QStringLiteral("demo");
} // namespace

SettingsService::SettingsService(std::shared_ptr<Database> db, AccessControl *access,
                                 QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_repository(m_db->connection())
    , m_access(access)
{}

QString SettingsService::factoryName() const
{
    return m_repository.value(FactoryNameKey);
}

Outcome SettingsService::setFactoryName(const QString &name)
{
    if (Outcome allowed = m_access->require(Permission::EditSettings); !allowed)
        return allowed;
    const QString trimmed = name.simplified();
    if (trimmed.size() > 80)
        return Outcome::failure(QCoreApplication::translate(
            "Taktline::SettingsService", "The factory name can have at most 80 characters."));
    Outcome saved = m_repository.setValue(FactoryNameKey, trimmed);
    if (saved)
        emit settingsChanged();
    return saved;
}

bool SettingsService::isDemo() const
{
    return m_repository.value(DemoKey) == QLatin1String("1");
}

Outcome SettingsService::markAsDemo()
{
    if (Outcome allowed = m_access->require(Permission::EditSettings); !allowed)
        return allowed;
    return m_repository.setValue(DemoKey, QStringLiteral("1"));
}

} // namespace Taktline
