#include "sync/synctriggers.h"

#include "sync/syncfunctions.h"

namespace Taktline {

namespace {

QString quoted(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) +
           QLatin1Char('\'');
}

QStringList valueColumns(const SyncAllowList::Table &table)
{
    QStringList columns = table.columns;
    columns.removeAll(table.key);
    return columns;
}

// Whether column COLUMN changed in an update, byte for byte (a case-blind column's "Wang" →
// "wang" is a change too).
QString changed(const QString &column)
{
    return QStringLiteral("NEW.%1 IS NOT OLD.%1 COLLATE BINARY").arg(column);
}

// Until a file first syncs, nothing is queued: its first sync queues the whole file anyway
// (SyncOutbox::enqueueEverything), so a factory without a server pays nothing for sync.
const QString SyncStarted =
    QStringLiteral("EXISTS (SELECT 1 FROM sync_state WHERE key = 'enqueued_everything')");

QString quietWhen(const SyncAllowList::Table &table)
{
    QString when =
        QStringLiteral("%1() = 0 AND ").arg(QString::fromLatin1(SyncFunctions::ApplyingName)) +
        SyncStarted;
    if (table.name == QLatin1String("settings"))
        when += QStringLiteral(" AND NOT ") +
                SyncAllowList::perDeviceSettingSql(QStringLiteral("NEW.key"));
    return when;
}

// The clock of the outbox row just queued: the largest seq is the one this trigger inserted.
const QString QueuedHlc = QStringLiteral("(SELECT hlc FROM sync_outbox ORDER BY seq DESC LIMIT 1)");

QString recordClocks(const SyncAllowList::Table &table, const QString &columnsQuery)
{
    return QStringLiteral(
               "INSERT INTO sync_clock (tbl, row_id, col, hlc) SELECT %1, NEW.%2, c.col, "
               "%3 FROM (%4) c WHERE true ON CONFLICT (tbl, row_id, col) DO UPDATE SET "
               "hlc = excluded.hlc;")
        .arg(quoted(table.name), table.key, QueuedHlc, columnsQuery);
}

QString insertTrigger(const SyncAllowList::Table &table)
{
    QStringList pairs;
    for (const QString &column : valueColumns(table))
        pairs << quoted(column) + QStringLiteral(", NEW.") + column;
    QString body =
        QStringLiteral("INSERT INTO sync_outbox (tbl, row_id, kind, hlc, cols) VALUES "
                       "(%1, NEW.%2, '%3', %4(), json_object(%5));")
            .arg(quoted(table.name), table.key,
                 table.fact ? QStringLiteral("f") : QStringLiteral("m"),
                 QString::fromLatin1(SyncFunctions::HlcName), pairs.join(QStringLiteral(", ")));
    // One clock for the whole new row (column '*'): a field without a clock of its own has it.
    if (!table.fact)
        body += QLatin1Char(' ') + recordClocks(table, QStringLiteral("SELECT '*' AS col"));
    return QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1_sync_insert AFTER INSERT ON %1 WHEN %2 "
                          "BEGIN %3 END")
        .arg(table.name, quietWhen(table), body);
}

QString updateTrigger(const SyncAllowList::Table &table)
{
    QStringList anyChange;
    QStringList values;
    QStringList names;
    for (const QString &column : valueColumns(table)) {
        anyChange << changed(column);
        values << QStringLiteral("SELECT %1 AS col, NEW.%2 AS val WHERE %3")
                      .arg(quoted(column), column, changed(column));
        names << QStringLiteral("SELECT %1 AS col WHERE %2").arg(quoted(column), changed(column));
    }
    const QString body =
        QStringLiteral("INSERT INTO sync_outbox (tbl, row_id, kind, hlc, cols) SELECT %1, NEW.%2, "
                       "'m', %3(), json_group_object(col, val) FROM (%4); ")
            .arg(quoted(table.name), table.key, QString::fromLatin1(SyncFunctions::HlcName),
                 values.join(QStringLiteral(" UNION ALL "))) +
        recordClocks(table, names.join(QStringLiteral(" UNION ALL ")));
    return QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1_sync_update AFTER UPDATE ON %1 WHEN %2 "
                          "AND (%3) BEGIN %4 END")
        .arg(table.name, quietWhen(table), anyChange.join(QStringLiteral(" OR ")), body);
}

} // namespace

QStringList SyncTriggers::outbox(const SyncAllowList::Table &table)
{
    if (table.fact)
        return {};
    return {insertTrigger(table), updateTrigger(table)};
}

QString SyncTriggers::factOutbox(const SyncAllowList::Table &table)
{
    QStringList pairs;
    for (const QString &column : valueColumns(table))
        pairs << quoted(column) + QStringLiteral(", NEW.") + column;
    return QStringLiteral(
               "INSERT INTO sync_outbox (tbl, row_id, kind, hlc, cols, chain) SELECT %1, "
               "NEW.id, 'f', %2(), json_object(%3), coalesce((SELECT c.hash FROM "
               "fact_chain c WHERE c.device = NEW.device_id ORDER BY c.seq DESC LIMIT 1), "
               "'') WHERE %4() = 0 AND %5;")
        .arg(quoted(table.name), QString::fromLatin1(SyncFunctions::HlcName),
             pairs.join(QStringLiteral(", ")), QString::fromLatin1(SyncFunctions::ApplyingName),
             SyncStarted);
}

QStringList SyncTriggers::all()
{
    return all(SyncAllowList::tables());
}

QStringList SyncTriggers::all(const QList<SyncAllowList::Table> &tables)
{
    QStringList sql;
    for (const SyncAllowList::Table &table : tables)
        sql += outbox(table);
    return sql;
}

QStringList SyncTriggers::names()
{
    QStringList names;
    for (const SyncAllowList::Table &table : SyncAllowList::tables()) {
        if (!table.fact)
            names << table.name + QStringLiteral("_sync_insert")
                  << table.name + QStringLiteral("_sync_update");
    }
    return names;
}

} // namespace Taktline
