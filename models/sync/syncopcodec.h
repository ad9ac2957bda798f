#pragma once

#include "domain/outcome.h"
#include "domain/sync/syncop.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QVariant>

namespace Taktline {

// SyncOp to and from the wire format of docs/sync.md ("Operations"), and the strict reader of a
// pull answer: what another device or a server sent is checked against the allow-list (table,
// kind, every column), its clock and its types before anything is applied. Anything else — an
// unknown table or column, a wrong type, a bad clock, a huge or odd input — is a clear error,
// never a crash.
class SyncOpCodec final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::SyncOpCodec)

public:
    struct PullAnswer
    {
        QList<SyncOp> ops;
        qint64 cursor = 0;
        bool more = false;
        qint64 serverMs = 0;
        qint64 total = -1; // changes still to fetch, when the server says (-1: unknown)
    };

    static constexpr qsizetype MaxAnswerBytes = 256 * 1024 * 1024;
    static constexpr qsizetype MaxValueChars = 1024 * 1024;
    static constexpr qsizetype MaxRowIdChars = 256;

    // The push form: t, r, k, h, c and, for a fact, x.
    static QJsonObject toJson(const SyncOp &op);
    static QJsonArray toJson(const QList<SyncOp> &ops);
    // One operation as pushed (PULLED = false) or as pulled (true: s and d are required).
    static Result<SyncOp> fromJson(const QJsonValue &value, bool pulled);
    // The answer of sync.pull(): {ops, cursor, more, server_ms}.
    static Result<PullAnswer> readPullAnswer(const QByteArray &json);

    // A column's JSON value as SQLite takes it (integers as qint64, reals, text, NULL) and back.
    static QVariant toSql(const QJsonValue &value);
    static QJsonValue fromSql(const QVariant &value);
};

} // namespace Taktline
