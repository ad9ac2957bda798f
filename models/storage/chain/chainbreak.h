#pragma once

#include <QCoreApplication>
#include <QString>

namespace Taktline {

// One place where the hash chain does not hold, as the verifier found it, and how to say it to
// the user (table, row, time, what is wrong).
struct ChainBreak
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::ChainBreak)

public:
    enum class Kind {
        TriggerMissing, // a protecting or chain trigger dropped or altered
        ContentChanged, // the row no longer holds what its link recorded (REPLACE, edit)
        RowMissing,     // a link whose row is gone (deleted)
        LinkMissing,    // a fact with no link (inserted with the chain trigger dropped)
        SeqGap,         // links of a device's chain missing between two seq numbers
        LinkAltered,    // a link whose hash does not follow from the link before it
    };

    Kind kind = Kind::LinkAltered;
    QString table;   // the fact table
    QString trigger; // the trigger's name, for TriggerMissing
    QString rowKey;  // the fact's id
    qint64 atMs = 0; // when the fact happened; 0 when not known
    QString device;
    qint64 seq = 0; // the link's place in its device's chain; 0 for a fact with no link

    // "production_reports" → "production report" (报工记录), in the user's language.
    static QString tableName(const QString &table);
    static QString kindKey(Kind kind); // "content-changed", … for --json
    // A full sentence for the user: what is wrong, where and when.
    QString describe() const;
};

} // namespace Taktline
