#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Taktline {

// A clash that per-field merging cannot settle, found after another device's changes arrived.
// The facts behind it are kept; a person resolves it with one of its actions.
struct SyncConflict
{
    enum class Kind {
        DuplicateCode,       // two devices created the same code (part no, machine, badge, user…)
        OverReported,        // a step reported past its order quantity by two devices
        LotOverFed,          // a lot fed past its stock by two devices
        SerialShippedTwice,  // one serial on two shipments
        CancelledWhileReported, // an order cancelled on one device, reported on another
        ChainMismatch        // a fact arrived whose hash-chain link differs from its device's
    };

    // One way to settle it; the Conflicts view shows one button per action.
    struct Action
    {
        QString key;      // "merge", "void_report", "accept", "reopen", …
        QString label;    // in the user's language
        QString targetId; // the record the action works on (a report to void, the record kept)
    };

    QString id;              // deterministic from kind and subject: every replica finds the same
    Kind kind = Kind::DuplicateCode;
    QString table;           // the table of the record marked (work_orders, material_lots, serials…)
    QString rowId;           // the record marked until settled
    QString subject;         // what a person recognises: "FL-100", "WO-20261206-0003 / 20 车削"
    QStringList details;     // one line per device: what it did, in the user's language
    QDateTime foundAt;
    QDateTime resolvedAt;    // invalid while open
    QString resolution;      // the action key taken, and by whom, once resolved
    QList<Action> actions;
};

} // namespace Taktline
