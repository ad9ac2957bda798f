#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QUuid>

#include "pgtestserver.h"

namespace Taktline::PgTest {

// A device talking to the sync server by SQL, the way the sync engine does (docs/sync.md
// "Operations"): hello, push, pull, with the answer as JSON and the refusal's SQLSTATE.
struct WireDevice
{
    QSqlDatabase db;
    QString deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;    // the last refusal's message ("" after a success)
    QString sqlState; // … and its SQLSTATE (TL001…)

    // A clock of this device: 13-digit ms, 4-hex counter, the device's uuid.
    QString hlc(qint64 ms, int counter = 0) const
    {
        return QStringLiteral("%1-%2-%3")
            .arg(ms, 13, 10, QLatin1Char('0'))
            .arg(counter, 4, 16, QLatin1Char('0'))
            .arg(deviceId);
    }

    static QJsonObject mutableOp(const QString &table, const QString &row, const QString &hlc,
                                 const QJsonObject &columns)
    {
        return {{QStringLiteral("t"), table},
                {QStringLiteral("r"), row},
                {QStringLiteral("k"), QStringLiteral("m")},
                {QStringLiteral("h"), hlc},
                {QStringLiteral("c"), columns}};
    }
    static QJsonObject factOp(const QString &table, const QString &row, const QString &hlc,
                              const QJsonObject &columns, const QString &chain = {})
    {
        QJsonObject op{{QStringLiteral("t"), table},
                       {QStringLiteral("r"), row},
                       {QStringLiteral("k"), QStringLiteral("f")},
                       {QStringLiteral("h"), hlc},
                       {QStringLiteral("c"), columns}};
        if (!chain.isEmpty())
            op.insert(QStringLiteral("x"), chain);
        return op;
    }

    QJsonObject answer(const QVariant &value)
    {
        return value.isValid() ? QJsonDocument::fromJson(value.toString().toUtf8()).object()
                               : QJsonObject();
    }

    QJsonObject hello()
    {
        return answer(call(db, QStringLiteral("SELECT sync.hello(?::uuid)::text"), {deviceId},
                           &error, &sqlState));
    }
    QJsonObject push(const QJsonArray &ops, const QString &batch = {})
    {
        const QString id =
            batch.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : batch;
        return pushText(QString::fromUtf8(QJsonDocument(ops).toJson(QJsonDocument::Compact)), id);
    }
    // The same with the operations already as JSON text (the benchmark builds them beforehand).
    QJsonObject pushText(const QString &json, const QString &batch)
    {
        return answer(call(db, QStringLiteral("SELECT sync.push(?::uuid, ?::jsonb)::text"),
                           {batch, json}, &error, &sqlState));
    }
    QJsonObject pull(qint64 cursor, int limit = 1000)
    {
        return answer(call(db, QStringLiteral("SELECT sync.pull(?::bigint, ?::int)::text"),
                           {cursor, limit}, &error, &sqlState));
    }
};

} // namespace Taktline::PgTest
