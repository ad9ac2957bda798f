#pragma once

// An in-memory stand-in for the sync server, for the replica tests: it keeps a change log and
// merges the way sync.push does (a mutable field only where the incoming clock is larger, a
// fact once by its id), and hands each device the others' changes after its cursor, through
// the same JSON the engine reads (SyncOpCodec::readPullAnswer).
#include "services/workspace.h"
#include "sqlinspection.h"
#include "sync/syncallowlist.h"
#include "sync/syncapplier.h"
#include "sync/syncopcodec.h"
#include "sync/syncoutbox.h"
#include "testshop.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

namespace Taktline {

class SyncRelay
{
public:
    // Pushes everything WS has queued (its first push queues the whole file first).
    void push(Workspace &ws, int batch = 50)
    {
        const QSqlDatabase db = ws.database().connection();
        SyncOutbox outbox(db);
        if (!outbox.hasEnqueuedEverything() && !require(outbox.enqueueEverything(), "enqueue"))
            return;
        const QString device = ws.database().deviceId();
        for (;;) {
            const Result<QList<SyncOp>> ops = outbox.next(batch);
            if (!require(ops, "read outbox") || ops.value().isEmpty())
                return;
            for (SyncOp op : ops.value())
                take(op, device);
            if (!outbox.remove(ops.value().constFirst().seq, ops.value().constLast().seq))
                qFatal("relay: remove");
        }
    }

    // The others' changes after WS's cursor, in batches of BATCH, each applied in one go.
    SyncApplier::Report pull(Workspace &ws, int batch = 50)
    {
        const QSqlDatabase db = ws.database().connection();
        const QString device = ws.database().deviceId();
        SyncApplier::Report total;
        for (;;) {
            const QByteArray answer = answerFor(SyncApplier::cursor(db), device, batch);
            const Result<SyncOpCodec::PullAnswer> read = SyncOpCodec::readPullAnswer(answer);
            if (!read)
                qFatal("relay: pull answer refused: %s", qPrintable(read.error()));
            if (read.value().ops.isEmpty() && read.value().cursor == SyncApplier::cursor(db))
                return total;
            const Result<SyncApplier::Report> applied = SyncApplier(db).apply(read.value().ops, read.value().cursor);
            if (!applied)
                qFatal("relay: apply: %s", qPrintable(applied.error()));
            total.applied += applied.value().applied;
            total.unchanged += applied.value().unchanged;
            total.chainMismatches += applied.value().chainMismatches;
            if (!read.value().more)
                return total;
        }
    }

    void sync(Workspace &ws)
    {
        push(ws);
        pull(ws);
    }

    // The JSON sync.pull would answer: ops after CURSOR by other devices.
    QByteArray answerFor(qint64 cursor, const QString &device, int limit) const
    {
        QJsonArray ops;
        qint64 last = cursor;
        bool more = false;
        for (const Entry &entry : m_log) {
            if (entry.seq <= cursor)
                continue;
            if (ops.size() >= limit) {
                more = true;
                break;
            }
            last = entry.seq;
            if (entry.device == device)
                continue;
            QJsonObject object = SyncOpCodec::toJson(entry.op);
            object.insert(QStringLiteral("s"), double(entry.seq));
            object.insert(QStringLiteral("d"), entry.device);
            ops.append(object);
        }
        const QJsonObject answer{{QStringLiteral("ops"), ops},
                                 {QStringLiteral("cursor"), double(last)},
                                 {QStringLiteral("more"), more},
                                 {QStringLiteral("server_ms"), double(QDateTime::currentMSecsSinceEpoch())}};
        return QJsonDocument(answer).toJson(QJsonDocument::Compact);
    }

    int logSize() const { return int(m_log.size()); }

    // Every synced table of WS, row by row in key order (for comparing replicas).
    static QStringList dump(Workspace &ws)
    {
        QStringList all;
        const QSqlDatabase db = ws.database().connection();
        for (const SyncAllowList::Table &table : SyncAllowList::tables()) {
            QString where;
            if (table.name == QLatin1String("settings"))
                where = QStringLiteral(" WHERE NOT ") + SyncAllowList::perDeviceSettingSql(QStringLiteral("key"));
            all << table.name;
            all += SqlInspection::rows(db, QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4")
                                               .arg(table.columns.join(QStringLiteral(", ")), table.name,
                                                    where, table.key));
        }
        all << QStringLiteral("fact_chain");
        all += SqlInspection::rows(db, QStringLiteral("SELECT device, seq, tbl, row_key, hash FROM "
                                                      "fact_chain ORDER BY device, seq"));
        return all;
    }

private:
    struct Entry
    {
        qint64 seq;
        SyncOp op;
        QString device;
    };

    template<typename R>
    static bool require(const R &result, const char *what)
    {
        if (!result)
            qFatal("relay: %s: %s", what, qPrintable(result.error()));
        return true;
    }

    void take(SyncOp op, const QString &device)
    {
        // The server checks what a device pushes as strictly as a device checks what it pulls.
        const Result<SyncOp> checked = SyncOpCodec::fromJson(SyncOpCodec::toJson(op), false);
        if (!checked)
            qFatal("relay: pushed op refused: %s", qPrintable(checked.error()));
        if (op.kind == SyncOp::Kind::Fact) {
            const QString key = op.table + QLatin1Char('/') + op.rowId;
            if (m_facts.contains(key))
                return;
            m_facts.insert(key);
        } else {
            QJsonObject winners;
            for (auto it = op.columns.constBegin(); it != op.columns.constEnd(); ++it) {
                QString &clock = m_fields[op.table + QLatin1Char('/') + op.rowId + QLatin1Char('/') + it.key()];
                if (op.hlc > clock) {
                    clock = op.hlc;
                    winners.insert(it.key(), it.value());
                }
            }
            if (winners.isEmpty())
                return;
            op.columns = winners;
        }
        op.seq = ++m_seq;
        op.device.clear();
        m_log.append({m_seq, op, device});
    }

    qint64 m_seq = 0;
    QList<Entry> m_log;
    QHash<QString, QString> m_fields;
    QSet<QString> m_facts;
};

// A shop on device A and two more devices that joined it.
struct ThreeReplicas
{
    TestShop shop;
    TestWorkspace b{TestWorkspace::SignIn::Owner};
    TestWorkspace c{TestWorkspace::SignIn::Owner};
    SyncRelay relay;

    ThreeReplicas()
    {
        for (auto [ws, code] : {std::pair{&b, "B"}, std::pair{&c, "C"}}) {
            (*ws)->setClock(shop.ws->clock());
            QSqlQuery query((*ws)->database().connection());
            if (!query.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'device_code'")
                                .arg(QLatin1String(code))))
                qFatal("device code");
        }
        relay.sync(*shop.ws);
        relay.sync(*b);
        relay.sync(*c);
        settle();
    }
    // Rounds until nobody has anything to send or receive.
    void settle()
    {
        for (int round = 0; round < 3; ++round) {
            for (Workspace *ws : {shop.ws.get(), b.get(), c.get()})
                relay.sync(*ws);
        }
    }
    QString value(Workspace &ws, const QString &sql) const
    {
        return SqlInspection::value(ws.database().connection(), sql);
    }
};

} // namespace Taktline
