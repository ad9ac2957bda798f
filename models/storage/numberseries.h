#pragma once

#include "domain/outcome.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace Taktline {

// A column that holds numbers of a series, so the series never hands out one already in use;
// CONDITION, if any, is the WHERE clause of the column's partial index, so the lookup uses it.
struct NumberColumn
{
    QString table;
    QString column;
    QString condition = {};
};

// Hands out the numbers of a series: its prefix ("L2611-", "WO-20261122-B") and the next value
// in at least four digits (0001 … 9999, then 10000 …). A number already in use (typed by hand,
// imported, restored) is jumped past in the same single query, however many follow in a row, so
// a series never repeats a number and never runs out.
class NumberSeries final
{
public:
    // USEDIN: every column (an indexed one) a number of the series may already stand in.
    NumberSeries(QSqlDatabase db, QList<NumberColumn> usedIn);
    // A copy prepares its own statement: two series never share one query.
    NumberSeries(const NumberSeries &other);
    NumberSeries &operator=(const NumberSeries &other);

    // The next free number after the series' last one, recorded as its last; PURPOSE names
    // the use in an error ("number the material lot"). Call inside the inserting transaction.
    Result<QString> next(const QString &prefix, const QString &purpose);

    // PREFIX followed by VALUE in at least four digits: "L2611-" and 42 make "L2611-0042".
    static QString format(const QString &prefix, qint64 value);
    // An ORDER BY list on COLUMN: by what precedes the trailing digits, then by their value,
    // so numbers of one series sort as counted (…-9999 before …-10000). The work-order list's
    // index work_orders_number_value holds these very expressions: keep the two alike.
    static QString sqlOrder(const QString &column, bool descending);

private:
    QSqlDatabase m_db;
    QList<NumberColumn> m_usedIn;
    // Prepared on first use and kept: parsing the statement costs several times running it.
    std::optional<QSqlQuery> m_query;
};

} // namespace Taktline
