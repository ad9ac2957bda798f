#pragma once

#include <QCoreApplication>

#include "domain/outcome.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace Taktline {

// One open factory database file: checked, configured for durability and migrated to the
// current schema. One instance per thread; the connection closes with the object.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::Database)

public:
    // Whether open() may start a new factory where there is none: a missing file, a missing
    // folder or a 0-byte file. Refuse is for a path the user typed to an existing factory.
    enum class IfMissing { Create, Refuse };
    // Opens PATH, creating it when it does not exist and IF_MISSING allows it. A damaged,
    // locked, read-only, newer or tampered file (an append-only trigger dropped) is refused
    // with a message for the user and is left exactly as it was.
    static Result<std::shared_ptr<Database>> open(const QString &path,
                                                  IfMissing ifMissing = IfMissing::Create);
    ~Database();
    // Whether PATH is the file of a database open in this process, or its -wal, -shm or
    // -journal: only SQLite may open those, because closing any other descriptor of them drops
    // the POSIX locks SQLite holds for the whole process.
    static bool isOpenHere(const QString &path);

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }
    int schemaVersion() const;
    QString deviceId() const;
    QString deviceCode() const; // "A" for the first device; prefixes number series
    bool isNew() const { return m_created; }

    // Runs WORK inside one transaction: committed when it succeeds, rolled back otherwise.
    // Called inside another transaction, WORK joins it and is committed or rolled back with it.
    Outcome inTransaction(const std::function<Outcome()> &work);
    // Runs NOTIFY once the transaction in progress is committed, or at once outside one; a
    // rollback drops it. Services announce their changes this way, so no listener reads a fact
    // that a failing outer use case is about to take back.
    void afterCommit(std::function<void()> notify);
    // Called after every transaction inTransaction() commits on this connection: the sync
    // controller pushes the change soon after. Empty to stop.
    void setCommitListener(std::function<void()> listener) { m_commitListener = std::move(listener); }

private:
    Database(QString path, QString connectionName, bool created);
    Outcome configure();
    Outcome checkStructure();
    Outcome checkProtectingTriggers();

    QString m_path;
    QString m_canonicalPath; // as registered while open, for isOpenHere()
    QString m_connectionName;
    bool m_created = false;
    int m_transactionDepth = 0;
    std::vector<std::function<void()>> m_afterCommit;
    std::function<void()> m_commitListener;
};

} // namespace Taktline
