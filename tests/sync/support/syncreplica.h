#pragma once

// One device of a synced factory in a sync test: its own factory file (a Workspace, signed in
// as the owner), its device login on the test server and a SyncEngine running rounds on the
// test's thread; plus the table dumps the convergence tests compare.

#include "pgtestserver.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "sync/syncallowlist.h"
#include "sync/syncengine.h"
#include "sync/syncopcodec.h"
#include "testshop.h"
#include "testworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>
#include <QSqlError>
#include <QSqlRecord>
#include <QUuid>

#include <memory>
#include <optional>

namespace Taktline::SyncTest {

// table -> row id -> column -> value, in the wire's JSON types (numbers as doubles).
using Dump = QMap<QString, QMap<QString, QJsonObject>>;

inline QJsonValue normalised(const QJsonValue &value)
{
    if (value.isDouble())
        return QJsonValue(value.toDouble());
    return value;
}

// Every synced table of the file at DB, as the allow-list says it travels.
inline Dump dumpReplica(const QSqlDatabase &db)
{
    Dump dump;
    for (const SyncAllowList::Table &table : SyncAllowList::tables()) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT %1 FROM %2")
                            .arg(table.columns.join(QLatin1String(", ")), table.name)))
            qFatal("dump %s: %s", qPrintable(table.name), qPrintable(query.lastError().text()));
        while (query.next()) {
            const QString row = query.value(0).toString();
            if (table.name == QLatin1String("settings") && SyncAllowList::isPerDeviceSetting(row))
                continue;
            QJsonObject columns;
            for (int c = 1; c < table.columns.size(); ++c)
                columns.insert(table.columns.at(c), normalised(SyncOpCodec::fromSql(query.value(c))));
            dump[table.name].insert(row, columns);
        }
    }
    return dump;
}

// The server's merged state of TENANT (as its admin): mutable rows from sync.fields, facts
// from sync.facts, in the same form.
inline Dump dumpServer(const QSqlDatabase &admin, const QString &tenant)
{
    Dump dump;
    QSqlQuery fields(admin);
    fields.prepare(QStringLiteral("SELECT tbl, row_id, col, value::text FROM sync.fields "
                                  "WHERE tenant = CAST(? AS uuid)"));
    fields.addBindValue(tenant);
    if (!fields.exec())
        qFatal("dump server fields: %s", qPrintable(fields.lastError().text()));
    while (fields.next()) {
        const QJsonValue value =
            QJsonDocument::fromJson("[" + fields.value(3).toString().toUtf8() + "]").array().at(0);
        QJsonObject &row = dump[fields.value(0).toString()][fields.value(1).toString()];
        const SyncAllowList::Table *table = SyncAllowList::find(fields.value(0).toString());
        const QString col = fields.value(2).toString();
        if (table && col != table->key)
            row.insert(col, normalised(value));
    }
    QSqlQuery facts(admin);
    facts.prepare(QStringLiteral("SELECT tbl, row_id, content::text FROM sync.facts "
                                 "WHERE tenant = CAST(? AS uuid)"));
    facts.addBindValue(tenant);
    if (!facts.exec())
        qFatal("dump server facts: %s", qPrintable(facts.lastError().text()));
    while (facts.next()) {
        const QJsonObject content =
            QJsonDocument::fromJson(facts.value(2).toString().toUtf8()).object();
        const SyncAllowList::Table *table = SyncAllowList::find(facts.value(0).toString());
        QJsonObject row;
        for (auto it = content.begin(); it != content.end(); ++it) {
            if (!table || it.key() != table->key)
                row.insert(it.key(), normalised(it.value()));
        }
        dump[facts.value(0).toString()].insert(facts.value(1).toString(), row);
    }
    return dump;
}

// The first difference between two dumps, or "" when they are the same.
inline QString firstDifference(const Dump &a, const Dump &b, const char *aName, const char *bName)
{
    QStringList tables = a.keys() + b.keys();
    tables.removeDuplicates();
    for (const QString &table : std::as_const(tables)) {
        const QMap<QString, QJsonObject> rowsA = a.value(table);
        const QMap<QString, QJsonObject> rowsB = b.value(table);
        QStringList rows = rowsA.keys() + rowsB.keys();
        rows.removeDuplicates();
        for (const QString &row : std::as_const(rows)) {
            if (!rowsA.contains(row) || !rowsB.contains(row)) {
                return QStringLiteral("%1 %2: only in %3")
                    .arg(table, row, QLatin1String(rowsA.contains(row) ? aName : bName));
            }
            if (rowsA.value(row) != rowsB.value(row)) {
                return QStringLiteral("%1 %2: %3 has %4, %5 has %6")
                    .arg(table, row, QLatin1String(aName),
                         QString::fromUtf8(QJsonDocument(rowsA.value(row)).toJson(QJsonDocument::Compact)),
                         QLatin1String(bName),
                         QString::fromUtf8(QJsonDocument(rowsB.value(row)).toJson(QJsonDocument::Compact)));
            }
        }
    }
    return {};
}

struct Replica
{
    // A device with the standard shop in its file (the first device of a factory).
    Replica(PgTest::PgTestDatabase &pg, const QString &tenant, const QString &name,
            std::unique_ptr<TestShop> withShop, SyncEngine::Options options = {})
        : shop(std::move(withShop))
        , workspace(&shop->ws)
        , login(pg.addDevice(tenant, name))
        , connection(pg.connection(login))
    {
        makeEngine(std::move(options));
    }
    // A device with a new, empty factory file (a new tablet), signed in as the owner.
    Replica(PgTest::PgTestDatabase &pg, const QString &tenant, const QString &name,
            SyncEngine::Options options = {})
        : own(std::make_unique<TestWorkspace>(TestWorkspace::SignIn::Owner))
        , workspace(own.get())
        , login(pg.addDevice(tenant, name))
        , connection(pg.connection(login))
    {
        makeEngine(std::move(options));
    }

    // The engine; a round is cut where FAULT says (once), as if the connection dropped there.
    void makeEngine(SyncEngine::Options options = {})
    {
        if (!options.cutAt) {
            options.cutAt = [fault = fault](SyncEngine::Options::Stage stage) {
                if (!fault->has_value() || **fault != stage)
                    return false;
                fault->reset();
                return true;
            };
        }
        engine = std::make_unique<SyncEngine>(workspace->path(), connection, login.password,
                                              options);
    }

    Workspace &ws() const { return **workspace; }
    QString path() const { return workspace->path(); }
    QSqlDatabase db() const { return ws().database().connection(); }
    Outcome sync() const { return engine->syncOnce(); }
    int queued() const
    {
        QSqlQuery query(db());
        return query.exec(QStringLiteral("SELECT count(*) FROM sync_outbox")) && query.next()
            ? query.value(0).toInt()
            : -1;
    }
    QString outboxSeqs() const
    {
        QSqlQuery query(db());
        QStringList seqs;
        if (query.exec(QStringLiteral("SELECT seq FROM sync_outbox ORDER BY seq"))) {
            while (query.next())
                seqs << query.value(0).toString();
        }
        return seqs.join(QLatin1Char(','));
    }

    std::unique_ptr<TestShop> shop;
    std::unique_ptr<TestWorkspace> own;
    TestWorkspace *workspace;
    PgTest::DeviceLogin login;
    SyncConnection connection;
    std::shared_ptr<std::optional<SyncEngine::Options::Stage>> fault =
        std::make_shared<std::optional<SyncEngine::Options::Stage>>();
    std::unique_ptr<SyncEngine> engine;
};

inline QString newTenant()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace Taktline::SyncTest
