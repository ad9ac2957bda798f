#pragma once

#include "domain/outcome.h"

#include <QSqlDatabase>
#include <QString>

namespace Taktline {

// Factory-wide settings as key/value text (factory name, demo flag, later calendar …).
class SettingsRepository final
{
public:
    explicit SettingsRepository(QSqlDatabase db);

    QString value(const QString &key, const QString &fallback = {}) const;
    Outcome setValue(const QString &key, const QString &value);

private:
    QSqlDatabase m_db;
};

} // namespace Taktline
