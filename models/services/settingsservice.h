#pragma once

#include "settingsrepository.h"

#include <QObject>

#include <memory>

namespace Taktline {

class AccessControl;
class Database;

// Factory-wide settings that every device shares (not per-user preferences like language).
class SettingsService final : public QObject
{
    Q_OBJECT
public:
    SettingsService(std::shared_ptr<Database> db, AccessControl *access, QObject *parent = nullptr);

    QString factoryName() const;
    Outcome setFactoryName(const QString &name);
    bool isDemo() const;
    Outcome markAsDemo(); // only the demo builder calls this

signals:
    void settingsChanged();

private:
    std::shared_ptr<Database> m_db;
    SettingsRepository m_repository;
    AccessControl *m_access;
};

} // namespace Taktline
