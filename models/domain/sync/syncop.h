#pragma once

#include <QJsonObject>
#include <QString>

namespace Taktline {

// One change travelling between a device and the server: a mutable row's changed fields (merged
// per field, last writer by hybrid logical clock wins) or a fact inserted once by its id.
// The wire format is in docs/sync.md ("Operations").
struct SyncOp
{
    enum class Kind { Mutable, Fact };

    qint64 seq = 0;      // server sequence (pulled ops), or the outbox row (ops to push)
    QString table;       // an allow-listed table
    QString rowId;       // the row's key (UUID; a settings key for settings)
    Kind kind = Kind::Mutable;
    QString hlc;         // "PPPPPPPPPPPPP-CCCC-<device uuid>"
    QJsonObject columns; // column -> value (JSON null, number or string)
    QString device;      // the device that made the change (from the server; empty when pushing)
    QString chainHash;   // facts: the row's link in its device's hash chain ("" if none)
};

} // namespace Taktline
