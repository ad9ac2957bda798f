#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Taktline {

// The one list of what syncs (docs/sync.md, "What syncs"): each synced table, its key column,
// whether it is mutable (merged per field, last writer by clock wins) or a fact (inserted once),
// and every column that travels. The outbox triggers, the applier and the payload reader all go
// by it; a test holds it to the schema so a new table or column cannot silently stay local.
class SyncAllowList final
{
public:
    struct Table
    {
        QString name;
        QString key;         // the key column ("id"; "key" for settings; "employee_id" for pins)
        bool fact = false;   // false: mutable
        QStringList columns; // every column, the key first
    };

    static const QList<Table> &tables();
    // The list as schema step VERSION (10 or later) knew it: tables and columns a later step
    // added left out, so an old file upgraded step by step gets triggers it can create.
    static QList<Table> asOf(int version);
    static const Table *find(const QString &name);
    // Tables that stay on this device on purpose (meta, number series, the chain, sync's own).
    static const QStringList &localOnly();
    // Settings keys kept per device: backups, sync, the device's own choices.
    static bool isPerDeviceSetting(const QString &key);
    // The same test as SQL over EXPR (a settings key), for the triggers.
    static QString perDeviceSettingSql(const QString &expr);
};

} // namespace Taktline
