#include "board/boardrows.h"

#include "item/palette.h"

#include <QLocale>

namespace Taktline {

namespace {

constexpr qint64 HourMs = 3600 * 1000;

QString pieces(double value)
{
    return QLocale().toString(value, 'f', 0);
}

// Output against target: green when met, red for an hour gone by without it.
QColor verdict(double actual, double target, bool over)
{
    if (target <= 0)
        return {};
    if (actual >= target)
        return Palette::BoardGoodText;
    return over ? QColor(Palette::BoardLateText) : QColor();
}

} // namespace

QString BoardRows::lateness(qint64 ms)
{
    const qint64 hours = std::max<qint64>(1, (ms + HourMs - 1) / HourMs);
    if (hours < 48)
        return tr("%n h", nullptr, int(hours));
    return tr("%n days", nullptr, int((hours + 23) / 24));
}

QString BoardRows::waited(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms / 1000);
    if (seconds < 3600)
        return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2").arg(seconds / 3600).arg(seconds % 3600 / 60, 2, 10, QLatin1Char('0'));
}

void BoardRows::showHourly(BoardTable &table, const BoardSnapshot &snapshot, qint64 nowMs)
{
    QStringList headers{tr("Hour")};
    QList<int> stretch{2};
    for (const BoardLine &line : snapshot.lines) {
        headers << (line.name.isEmpty() ? tr("No line") : line.name);
        stretch << 3;
    }
    table.setColumns(headers, stretch);
    if (snapshot.tiles.isEmpty()) {
        table.setEmptyText(
            tr("No machines yet, so no output to show. Add them in Master data ▸ Machines."));
        table.setRows({});
        return;
    }
    if (snapshot.hours.isEmpty()) {
        table.setEmptyText(
            tr("Today has no working hours in the factory calendar, so there is no "
               "hourly target. Set the working hours in Settings ▸ Working calendar."));
        table.setRows({});
        return;
    }
    table.setEmptyText(tr("Today's first working hour has not begun yet."));
    int last = -1; // the hours begun so far
    for (int h = 0; h < snapshot.hours.size(); ++h) {
        if (snapshot.hours.at(h) <= nowMs)
            last = h;
    }
    QList<BoardRow> rows;
    const int first = std::max(0, last - 8);
    for (int h = first; h <= last; ++h) {
        BoardRow row;
        // The calendar's local hour of the day (the hours start at its local midnight).
        const qint64 hour = (snapshot.hours.at(h) - snapshot.dayStartMs) / HourMs;
        row.cells << QStringLiteral("%1:00–%2:00")
                         .arg(hour, 2, 10, QLatin1Char('0'))
                         .arg(hour + 1, 2, 10, QLatin1Char('0'));
        row.cellText << QColor();
        const bool over = snapshot.hours.at(h) + HourMs <= nowMs;
        for (const BoardLine &line : snapshot.lines) {
            row.cells << QStringLiteral("%1 / %2").arg(pieces(line.actual.at(h)),
                                                       pieces(line.target.at(h)));
            row.cellText << verdict(line.actual.at(h), line.target.at(h), over);
        }
        if (!over)
            row.fill = Palette::BoardLine; // the hour in progress
        rows.append(row);
    }
    if (last >= 0) {
        BoardRow total;
        total.cells << tr("Today");
        total.cellText << QColor();
        for (const BoardLine &line : snapshot.lines) {
            double actual = 0;
            double target = 0;
            for (int h = 0; h <= last; ++h) {
                actual += line.actual.at(h);
                target += line.target.at(h);
            }
            total.cells << QStringLiteral("%1 / %2").arg(pieces(actual), pieces(target));
            total.cellText << verdict(actual, target, true);
        }
        rows.append(total);
    }
    table.setMaximumRows(10);
    table.setRows(rows);
}

void BoardRows::showOrders(BoardTable &table, const BoardSnapshot &snapshot)
{
    table.setColumns({tr("Order"), tr("Product"), tr("Due"), tr("Done"), tr("Status")},
                     {4, 3, 2, 3, 4});
    table.setEmptyText(tr("No orders are due today and none is late."));
    QList<BoardRow> rows;
    const QLocale locale;
    for (const BoardOrder &order : snapshot.orders) {
        BoardRow row;
        QString status;
        if (order.done()) {
            status = tr("Done");
            row.cellText = {QColor(), QColor(), QColor(), QColor(), QColor(Palette::BoardGoodText)};
        } else if (order.late) {
            status = tr("Late by %1").arg(lateness(order.lateByMs));
            row.cellText = {QColor(), QColor(), QColor(), QColor(), QColor(Palette::BoardLateText)};
        } else {
            status = tr("On time");
        }
        row.cells << order.number << order.product
                  << (order.due == snapshot.day ? tr("Today")
                                                : locale.toString(order.due, QStringLiteral("M/d")))
                  << QStringLiteral("%1 / %2").arg(pieces(order.good), pieces(order.quantity))
                  << status;
        rows.append(row);
    }
    table.setMaximumRows(9);
    table.setRows(rows);
}

void BoardRows::showCalls(BoardTable &table, const BoardSnapshot &snapshot, qint64 nowMs)
{
    table.setColumns({tr("Machine"), tr("Call"), tr("Called by"), tr("Waiting"), tr("State")},
                     {4, 3, 2, 2, 5});
    table.setEmptyText(tr("No open andon calls."));
    QList<BoardRow> rows;
    for (const AndonCall &call : snapshot.calls) {
        BoardRow row;
        QString state;
        if (call.escalated(nowMs, snapshot.escalateAfterMs)) {
            state = tr("Escalated: no answer yet");
            row.fill = Palette::Red;
            row.text = Palette::White;
        } else if (call.acknowledgedAtMs) {
            state = tr("On the way: %1").arg(call.acknowledgedBy);
            row.cellText = {QColor(), QColor(), QColor(), QColor(), QColor(Palette::BoardGoodText)};
        } else {
            state = tr("Waiting for an answer");
            row.cellText = {QColor(), QColor(Palette::Amber), QColor(), QColor(),
                            QColor(Palette::Amber)};
        }
        row.cells << call.machineCode + QLatin1Char(' ') + call.machineName
                  << andonKindDisplayName(call.kind) << call.employeeName
                  << waited(nowMs - call.calledAtMs) << state;
        rows.append(row);
    }
    table.setMaximumRows(9);
    table.setRows(rows);
}

} // namespace Taktline
