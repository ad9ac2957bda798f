#include "storage/numberseries.h"

#include "storage/sqlquery.h"

#include <QSqlQuery>
#include <QStringList>

namespace Taktline {

namespace {

// SQL for the text of candidate VALUE of series :prefix; it must match NumberSeries::format.
const QString CandidateText = QStringLiteral(":prefix || printf('%04d', value)");

} // namespace

NumberSeries::NumberSeries(QSqlDatabase db, QList<NumberColumn> usedIn)
    : m_db(std::move(db))
    , m_usedIn(std::move(usedIn))
{
}

NumberSeries::NumberSeries(const NumberSeries &other)
    : m_db(other.m_db)
    , m_usedIn(other.m_usedIn)
{
}

NumberSeries &NumberSeries::operator=(const NumberSeries &other)
{
    if (this != &other) {
        m_db = other.m_db;
        m_usedIn = other.m_usedIn;
        m_query.reset();
    }
    return *this;
}

QString NumberSeries::format(const QString &prefix, qint64 value)
{
    return prefix + QStringLiteral("%1").arg(value, 4, 10, QLatin1Char('0'));
}

QString NumberSeries::sqlOrder(const QString &column, bool descending)
{
    // Within one prefix (what is left when the trailing digits are trimmed off) a shorter run
    // of digits is a smaller number; numbers of equal length sort as text, as they always did.
    const QString direction = descending ? QStringLiteral(" DESC") : QString();
    return QStringLiteral("rtrim(%1, '0123456789')%2, length(%1)%2, %1%2").arg(column, direction);
}

Result<QString> NumberSeries::next(const QString &prefix, const QString &purpose)
{
    if (!m_query) {
        QStringList used;
        for (const NumberColumn &c : std::as_const(m_usedIn)) {
            used << QStringLiteral("EXISTS (SELECT 1 FROM ") + c.table + QStringLiteral(" WHERE ") +
                        c.column + QStringLiteral(" = ") + CandidateText +
                        (c.condition.isEmpty() ? QString()
                                               : QStringLiteral(" AND ") + c.condition) +
                        QLatin1Char(')');
        }
        if (used.isEmpty())
            used << QStringLiteral("0");
        // From the value after the last one, the candidates run on while each is in use; the
        // last candidate is the first free number. Each step is one lookup on an indexed
        // column, and the series remembers where it stopped, so a run of numbers typed by hand
        // is walked once, in this one statement, and never again.
        const QString statement =
            QStringLiteral("WITH RECURSIVE candidate(value) AS ("
                           "SELECT COALESCE((SELECT last_value FROM number_series WHERE series = "
                           ":prefix), 0) + 1 "
                           "UNION ALL SELECT value + 1 FROM candidate WHERE ") +
            used.join(QStringLiteral(" OR ")) +
            QStringLiteral(") INSERT INTO number_series (series, last_value) "
                           "SELECT :prefix, max(value) FROM candidate WHERE true "
                           "ON CONFLICT(series) DO UPDATE SET last_value = excluded.last_value "
                           "RETURNING last_value");
        QSqlQuery query(m_db);
        if (Outcome prepared = Sql::prepare(query, statement, purpose); !prepared)
            return prepared;
        m_query = query;
    }
    QSqlQuery &query = *m_query;
    query.bindValue(QStringLiteral(":prefix"), prefix);
    if (Outcome done = Sql::exec(query, purpose); !done)
        return done;
    if (!query.next())
        return Outcome::failure(Sql::failureMessage(purpose, query.lastError()));
    const qint64 value = query.value(QStringLiteral("last_value")).toLongLong();
    query.finish();
    return format(prefix, value);
}

} // namespace Taktline
