#pragma once

#include "domain/outcome.h"
#include "formats/report/reportdocument.h"

#include <QCoreApplication>
#include <QDate>

#include <memory>
#include <optional>
#include <utility>

namespace Taktline {

class Clock;
class Database;
class ReportReaders;
class Workspace;

// The reports of the report centre (报表).
enum class ReportKind {
    Daily,         // 生产日报: one day — sheets per order, step, machine, employee; a chart
    Weekly,        // 生产周报: Monday–Sunday, the same sheets plus output per day
    Monthly,       // 生产月报: a calendar month, the same sheets plus output per day
    OrderProgress, // 订单进度: ordered, done, remaining, due, late (orders open in the period)
    Defects,       // 不良分析: defects by reason, by product, by step
    Downtime,      // 停机分析: by machine and by reason, hours and stops
    Wages,         // 计件工资: per employee, and the priced lines
    Oee,           // OEE: per machine with A, E, Q and its elements
    Genealogy,     // 批次追溯: lots and serials made or used in the period, from lot to order
    Shipments,     // 发货: by customer, and the lines
    ProductionLines, // 报工明细: every production report of the period, one row each (large)
    Quality,         // 质量报表: inspections, nonconformances, first-pass yield, defects
    Subcontract,     // 外协费用: per subcontract order and supplier: sent, back, short, cost
};

// What the user asked for: a kind and a period; the optional filters narrow every sheet.
// (Not ReportRequest: that name is the production report a station saves, domain/station.)
struct ReportQuery
{
    ReportKind kind = ReportKind::Daily;
    QDate from;
    QDate to;
    QString machineCode; // empty: all machines
    QString workshop;    // empty: all workshops
};

// Builds the report centre's reports from the facts, read-only. The same ReportDocument is
// what the screen shows, what the app exports and what `taktline report` writes; headers and
// sheet names are in the language the application is translated to. Rows that can be many
// (production lines) stream from a forward-only query; the service and its documents belong to
// the thread of DB (open a second Database in a worker thread to export there).
class ReportService final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::ReportService)

public:
    // OEE, downtime and wages read the workspace's OeeService and WageService, so their
    // figures are the OEE, dashboard and wages pages' own.
    explicit ReportService(const Workspace &workspace);
    // On DB alone (a worker thread's): the same services made read-only on DB.
    ReportService(Database &db, const Clock &clock);

    static QList<ReportKind> kinds();
    // "daily", "weekly", "monthly", "orders", "defects", "downtime", "wages", "oee",
    // "genealogy", "shipments", "lines", "quality": the command line's KIND.
    static QString key(ReportKind kind);
    static std::optional<ReportKind> fromKey(const QString &key);
    static QString displayName(ReportKind kind);
    // The period a kind covers for a day the user picked: the day, its Monday–Sunday week or
    // its month for the daily, weekly and monthly reports; DAY–DAY for the others.
    static std::pair<QDate, QDate> periodAround(ReportKind kind, const QDate &day);

    // Refuses a reversed or empty period, a period longer than 366 days,
    // an unknown machine or workshop, with a message naming what is wrong.
    Result<ReportDocument> build(const ReportQuery &request) const;

private:
    Database &m_db;
    const Clock &m_clock;
    std::shared_ptr<const ReportReaders> m_readers;
};

} // namespace Taktline
