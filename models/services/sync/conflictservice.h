#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

#include "domain/outcome.h"
#include "domain/sync/syncconflict.h"

namespace Taktline {

class AccessControl;
class AuditRepository;
class Clock;
class Database;

// The Conflicts view's use cases (冲突): lists what merging could not settle, marks the records
// concerned, and resolves a conflict with one of its actions in one transaction (audited; the
// resolution syncs like any other change).
class ConflictService : public QObject
{
    Q_OBJECT

public:
    ConflictService(std::shared_ptr<Database> db, const Clock &clock, AccessControl *access,
                    AuditRepository *audit, QObject *parent = nullptr);

    Result<QList<SyncConflict>> conflicts(bool includeResolved = false) const;
    int openCount() const;
    // True when the record (work order, lot, serial, …) has an open conflict: pages show a mark.
    bool isMarked(const QString &table, const QString &rowId) const;
    Outcome resolve(const QString &conflictId, const QString &actionKey,
                    const QString &targetId = {});

signals:
    void conflictsChanged();
};

} // namespace Taktline
