#include "services/reports/reportscope.h"

#include "domain/clock.h"
#include "services/reports/reportreaders.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Taktline {

Result<ReportScope> ReportScope::make(Database &db, const Clock &clock,
                                      const ReportReaders &readers, const ReportQuery &request)
{
    ReportScope context;
    context.db = &db;
    context.clock = &clock;
    context.readers = &readers;
    context.request = request;
    context.request.machineCode = request.machineCode.trimmed();
    context.request.workshop = request.workshop.trimmed();
    context.calendar = readers.calendar(); // the schedule's and OEE's
    context.fromMs = context.calendar.startOfDayUtcMs(request.from);
    context.toMs = context.calendar.startOfDayUtcMs(request.to.addDays(1));
    context.nowMs = clock.nowMs();
    context.english = QLocale().language() != QLocale::Chinese;

    QSqlQuery query(db.connection());
    if (!context.request.machineCode.isEmpty()) {
        if (Outcome ok = Sql::prepare(query,
                                      QStringLiteral("SELECT id FROM machines WHERE code = ? AND "
                                                     "deleted = 0"),
                                      tr("find the report's machine"));
            !ok)
            return ok;
        query.addBindValue(context.request.machineCode);
        if (Outcome ok = Sql::exec(query, tr("find the report's machine")); !ok)
            return ok;
        if (!query.next())
            return Outcome::failure(
                tr("There is no machine with the code %1.").arg(context.request.machineCode));
        context.machineId = query.value(QStringLiteral("id")).toString();
    }
    if (!context.request.workshop.isEmpty()) {
        if (Outcome ok = Sql::prepare(query,
                                      QStringLiteral("SELECT count(*) AS n FROM machines WHERE "
                                                     "workshop = ? AND deleted = 0"),
                                      tr("find the report's workshop"));
            !ok)
            return ok;
        query.addBindValue(context.request.workshop);
        if (Outcome ok = Sql::exec(query, tr("find the report's workshop")); !ok)
            return ok;
        if (!query.next() || query.value(QStringLiteral("n")).toInt() == 0)
            return Outcome::failure(tr("There is no workshop named %1: no machine belongs to it.")
                                        .arg(context.request.workshop));
    }
    return context;
}

QSqlDatabase ReportScope::connection() const
{
    return db->connection();
}

void ReportScope::bind(QSqlQuery &query, const QString &sql, const QVariantMap &extra) const
{
    QVariantMap values{
        {QStringLiteral(":fromMs"), fromMs},
        {QStringLiteral(":toMs"), toMs},
        {QStringLiteral(":fromDay"), request.from.toString(Qt::ISODate)},
        {QStringLiteral(":toDay"), request.to.toString(Qt::ISODate)},
        {QStringLiteral(":machineId"), machineId},
        {QStringLiteral(":workshop"), request.workshop},
    };
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        values.insert(it.key(), it.value());
    // Only the placeholders the statement has: binding an unknown name is an error.
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const qsizetype at = sql.indexOf(it.key());
        const qsizetype after = at + it.key().size();
        if (at >= 0 && (after >= sql.size() || !sql.at(after).isLetterOrNumber()))
            query.bindValue(it.key(), it.value());
    }
}

QString ReportScope::expand(QString sql) const
{
    static const QRegularExpression name(QStringLiteral("\\{name:([a-z]+)\\}"));
    return sql.replace(name, english ? QStringLiteral("(CASE WHEN \\1.name_en <> '' THEN "
                                                      "\\1.name_en ELSE \\1.name END)")
                                     : QStringLiteral("\\1.name"));
}

Result<QList<QVariantList>> ReportScope::rows(const QString &statement, const QString &purpose,
                                              const QVariantMap &extra) const
{
    const QString sql = expand(statement);
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (Outcome ok = Sql::prepare(query, sql, purpose); !ok)
        return ok;
    bind(query, sql, extra);
    if (Outcome ok = Sql::exec(query, purpose); !ok)
        return ok;
    QList<QVariantList> rows;
    // The statement selects the sheet's columns in the sheet's order: read them in that order.
    const int columns = query.record().count();
    while (query.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row.append(query.value(i));
        rows.append(row);
    }
    return rows;
}

QString ReportScope::machineFilter(const QString &column) const
{
    QString sql;
    if (!machineId.isEmpty())
        sql += QStringLiteral(" AND %1 = :machineId").arg(column);
    if (!request.workshop.isEmpty())
        sql += QStringLiteral(" AND %1 IN (SELECT id FROM machines WHERE workshop = :workshop AND "
                              "deleted = 0)")
                   .arg(column);
    return sql;
}

QString ReportScope::filterNote() const
{
    QStringList parts;
    if (!request.machineCode.isEmpty())
        parts << tr("Machine %1 only.").arg(request.machineCode);
    if (!request.workshop.isEmpty())
        parts << tr("Workshop %1 only.").arg(request.workshop);
    return parts.join(QLatin1Char(' '));
}

QDateTime ReportScope::localTime(qint64 utcMs) const
{
    // The writer takes a local date and time: the factory's wall clock, without a zone.
    const QDateTime zoned = QDateTime::fromMSecsSinceEpoch(utcMs, calendar.timeZone());
    return QDateTime(zoned.date(), zoned.time());
}

QList<QDate> ReportScope::days() const
{
    QList<QDate> list;
    for (QDate day = request.from; day <= request.to; day = day.addDays(1))
        list.append(day);
    return list;
}

ReportColumn ReportScope::column(const QString &header, ReportColumnKind kind, bool summed,
                                 int decimals)
{
    ReportColumn c;
    c.header = header;
    c.kind = kind;
    c.summed = summed;
    c.decimals = decimals;
    return c;
}

ReportColumn ReportScope::ratio(const QString &header, int numerator, int denominator)
{
    ReportColumn c;
    c.header = header;
    c.kind = ReportColumnKind::Percent;
    c.decimals = 1;
    c.ratioOf = std::make_pair(numerator, denominator);
    return c;
}

ReportSheet ReportScope::sheet(QString name, QList<ReportColumn> columns,
                               QList<QVariantList> rows, QStringList notes)
{
    fillRatios(rows, columns);
    ReportSheet sheet;
    sheet.name = std::move(name);
    sheet.columns = std::move(columns);
    sheet.rows = std::make_shared<ListRows>(std::move(rows));
    sheet.notes = std::move(notes);
    return sheet;
}

void ReportScope::toLocalTimes(QList<QVariantList> &rows, int index) const
{
    for (QVariantList &row : rows)
        row[index] = localTime(row.at(index).toLongLong());
}

void ReportScope::fillRatios(QList<QVariantList> &rows, const QList<ReportColumn> &columns)
{
    for (QVariantList &row : rows) {
        for (int i = 0; i < columns.size() && i < row.size(); ++i) {
            if (!columns.at(i).ratioOf)
                continue;
            const auto [numerator, denominator] = *columns.at(i).ratioOf;
            const double below = row.value(denominator).toDouble();
            row[i] = below != 0 ? QVariant(row.value(numerator).toDouble() / below) : QVariant();
        }
    }
}

QString ReportScope::countedNote()
{
    return tr("Counts the production reports of the period that stand: a voided report and the "
              "record voiding it never count.");
}

} // namespace Taktline
