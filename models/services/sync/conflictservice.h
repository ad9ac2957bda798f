#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

#include "domain/outcome.h"
#include "domain/sync/syncconflict.h"

class QSqlQuery;

namespace Taktline {

class AccessControl;
class AuditRepository;
class Clock;
class Database;
class ReportingService;

// The Conflicts view's use cases (冲突): lists what merging could not settle, marks the records
// concerned, and resolves a conflict with one of its actions in one transaction (audited; the
// resolution syncs like any other change).
class ConflictService : public QObject
{
    Q_OBJECT

public:
    ConflictService(std::shared_ptr<Database> db, const Clock &clock, AccessControl *access,
                    AuditRepository *audit, QObject *parent = nullptr);
    // With REPORTING, "void a report" voids through its correction path (needs CorrectReports).
    ConflictService(std::shared_ptr<Database> db, const Clock &clock, AccessControl *access,
                    AuditRepository *audit, ReportingService *reporting, QObject *parent = nullptr);

    Result<QList<SyncConflict>> conflicts(bool includeResolved = false) const;
    int openCount() const;
    // True when the record (work order, lot, serial, …) has an open conflict: pages show a mark.
    bool isMarked(const QString &table, const QString &rowId) const;
    // Takes ACTION_KEY (one of the conflict's actions) on TARGET_ID (the action's targetId when it
    // has one) and marks the conflict resolved, in one transaction; owner and planner only.
    Outcome resolve(const QString &conflictId, const QString &actionKey,
                    const QString &targetId = {});

signals:
    void conflictsChanged();

private:
    Result<SyncConflict> find(const QString &conflictId) const;
    using DeviceNames = QJsonObject; // device id -> {name, code}, as the server sent them
    DeviceNames deviceNames() const;
    SyncConflict fromRow(const QSqlQuery &query, const DeviceNames &names) const;
    QStringList detailLines(SyncConflict::Kind kind, const QString &detailsJson,
                            const DeviceNames &names) const;
    QList<SyncConflict::Action> actionsFor(const SyncConflict &conflict, const QString &detailsJson,
                                           const DeviceNames &names) const;
    QString deviceName(const DeviceNames &names, const QString &deviceId) const;
    Outcome merge(const SyncConflict &conflict, const QString &detailsJson);
    Outcome reopen(const SyncConflict &conflict);

    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
    AccessControl *m_access;
    AuditRepository *m_audit;
    ReportingService *m_reporting = nullptr;
    QString m_deviceId;
};

} // namespace Taktline
