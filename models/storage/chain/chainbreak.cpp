#include "storage/chain/chainbreak.h"

#include <QDateTime>

namespace Taktline {

QString ChainBreak::tableName(const QString &table)
{
    static const struct
    {
        const char *table;
        const char *name;
    } names[] = {
        {"production_reports", QT_TR_NOOP("production report")},
        {"report_approvals", QT_TR_NOOP("report approval")},
        {"machine_status_events", QT_TR_NOOP("machine status event")},
        {"lot_movements", QT_TR_NOOP("lot movement")},
        {"serials", QT_TR_NOOP("serial number")},
        {"serial_events", QT_TR_NOOP("serial event")},
        {"finished_goods_receipts", QT_TR_NOOP("finished-goods receipt")},
        {"shipments", QT_TR_NOOP("shipment")},
        {"shipment_lines", QT_TR_NOOP("shipment line")},
        {"audit_log", QT_TR_NOOP("audit log entry")},
        {"andon_calls", QT_TR_NOOP("andon call")},
        {"andon_responses", QT_TR_NOOP("andon response")},
        {"status_event_reasons", QT_TR_NOOP("reason given to a stop")},
    };
    for (const auto &entry : names) {
        if (table == QLatin1String(entry.table))
            return tr(entry.name);
    }
    return table;
}

QString ChainBreak::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::TriggerMissing:
        return QStringLiteral("trigger-missing");
    case Kind::ContentChanged:
        return QStringLiteral("content-changed");
    case Kind::RowMissing:
        return QStringLiteral("row-missing");
    case Kind::LinkMissing:
        return QStringLiteral("link-missing");
    case Kind::SeqGap:
        return QStringLiteral("seq-gap");
    case Kind::LinkAltered:
        return QStringLiteral("link-altered");
    }
    return QStringLiteral("link-altered");
}

QString ChainBreak::describe() const
{
    const QString when = atMs > 0 ? QDateTime::fromMSecsSinceEpoch(atMs).toLocalTime().toString(
                                        QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                  : tr("unknown time");
    const QString what = tableName(table);
    switch (kind) {
    case Kind::TriggerMissing:
        return tr("The trigger %1, which protects the recorded facts or chains them, is missing "
                  "or altered: someone changed the database outside Taktline.")
            .arg(trigger);
    case Kind::ContentChanged:
        return tr("The %1 %2 (recorded %3) was changed after it was recorded: it no longer matches "
                  "its link %4 in the hash chain.")
            .arg(what, rowKey, when, QString::number(seq));
    case Kind::RowMissing:
        return tr("The %1 %2 (recorded %3) is gone from the database: link %4 of the hash chain "
                  "still names it.")
            .arg(what, rowKey, when, QString::number(seq));
    case Kind::LinkMissing:
        return tr("The %1 %2 (%3) is not in the hash chain: it was added outside Taktline.")
            .arg(what, rowKey, when);
    case Kind::SeqGap:
        return tr("Links are missing from the hash chain of device %1 before link %2 (%3 %4, "
                  "recorded %5).")
            .arg(device, QString::number(seq), what, rowKey, when);
    case Kind::LinkAltered:
        return tr("Link %1 of the hash chain of device %2 (%3 %4, recorded %5) does not follow "
                  "from the link before it: the chain was edited.")
            .arg(QString::number(seq), device, what, rowKey, when);
    }
    return {};
}

} // namespace Taktline
