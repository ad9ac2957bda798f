#pragma once

#include "domain/outcome.h"
#include "domain/planning/workcalendar.h"
#include "formats/report/reportdocument.h"
#include "services/reports/reportservice.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariantMap>

namespace Taktline {

class Clock;
class Database;
class ReportReaders;

// What every report kind reads from: the request with its period turned into UTC milliseconds
// by the factory's calendar, the machine and workshop filters checked and turned into SQL, and
// the small helpers the kinds share to run their summary queries and describe their columns.
class ReportScope final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::ReportScope)

public:
    // Refuses an unknown machine code or workshop with a message naming it.
    static Result<ReportScope> make(Database &db, const Clock &clock, const ReportReaders &readers,
                                    const ReportQuery &request);

    QSqlDatabase connection() const;
    // Rows of SQL with its placeholders bound: :fromMs, :toMs (the period), :fromDay, :toDay
    // (yyyy-MM-dd), :machineId, :workshop, then EXTRA (which may override them). One QVariant
    // per selected column, in the order selected — the order of the sheet's columns.
    Result<QList<QVariantList>> rows(const QString &sql, const QString &purpose,
                                     const QVariantMap &extra = {}) const;
    void bind(class QSqlQuery &query, const QString &sql, const QVariantMap &extra = {}) const;
    // SQL with every {name:ALIAS} replaced by the name of record ALIAS (a product, machine or
    // reason) in the report's language: its English name in English when it has one
    // (localizedName). rows() expands by itself.
    QString expand(QString sql) const;
    // " AND COLUMN …" narrowing to the machine / workshop asked for; empty without a filter.
    QString machineFilter(const QString &column) const;
    bool filtered() const { return !machineId.isEmpty() || !request.workshop.isEmpty(); }
    QString filterNote() const; // "Machine LATHE-1 only." …; empty without a filter

    QDateTime localTime(qint64 utcMs) const;
    QDate localDate(qint64 utcMs) const { return calendar.localDate(utcMs); }
    QList<QDate> days() const; // every day of the period

    static ReportColumn column(const QString &header, ReportColumnKind kind, bool summed = false,
                               int decimals = 2);
    static ReportColumn ratio(const QString &header, int numerator, int denominator);
    // Fills every ratio column of ROWS with its row's numerator ÷ denominator (null at 0).
    static void fillRatios(QList<QVariantList> &rows, const QList<ReportColumn> &columns);
    // A sheet of ROWS under COLUMNS (ratio columns filled), with NOTES under the table.
    static ReportSheet sheet(QString name, QList<ReportColumn> columns, QList<QVariantList> rows,
                             QStringList notes);
    // Column INDEX of every row, UTC milliseconds, as the factory's local date and time.
    void toLocalTimes(QList<QVariantList> &rows, int index) const;
    // The note every production figure carries: which reports count.
    static QString countedNote();

    Database *db = nullptr;
    const Clock *clock = nullptr;
    const ReportReaders *readers = nullptr; // OEE, wages and the calendar
    ReportQuery request;
    WorkCalendar calendar;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 nowMs = 0;
    QString machineId;    // of request.machineCode
    bool english = false; // names in English (the application's locale is not Chinese)
};

} // namespace Taktline
