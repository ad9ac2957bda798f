// The report centre's reports against SQL written here, independently of the service: on the demo
// factory for the production, order, defect, downtime, wage, OEE, genealogy, shipment and line
// reports, and on the test shop for periods, filters, voided reports and bad input.
#include "services/dashboard/dashboardservice.h"
#include "services/oee/oeeservice.h"
#include "services/planning/scheduleservice.h"
#include "services/reports/reportservice.h"
#include "services/station/reportingservice.h"
#include "services/station/wageservice.h"
#include "storage/database.h"
#include "qualityfacts.h"
#include "testshop.h"
#include "testworkspace.h"

#include <QSqlQuery>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Taktline;

class TstReportService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keysRoundTrip();
    void periodsAroundADay();
    void productionTotalsEqualIndependentSql_data();
    void productionTotalsEqualIndependentSql();
    void weeklyHasEveryDayAndTheirSumIsTheTotal();
    void orderProgressEqualsIndependentSql();
    void linesStreamEveryCountedReport();
    void defectsEqualIndependentSql();
    void downtimeIsTheDashboardsStops();
    void wagesAreTheWagePages();
    void oeeIsTheOeePages();
    void genealogyEqualsIndependentSql();
    void shipmentsEqualIndependentSql();
    void timeAndWageFiguresNeedNoWorkspace();
    void timeFiguresOfAFuturePeriodAreRefused();
    void namesFollowTheLanguage();
    void badInputIsRefusedWithAMessage_data();
    void badInputIsRefusedWithAMessage();
    void machineFilterNarrowsEverySheet();
    void voidedReportsNeverCount();
    void qualityReportEqualsIndependentSql();

private:
    std::unique_ptr<TestWorkspace> m_demo; // built once: the demo takes a while
};

namespace {

double scalar(const Workspace &ws, const QString &sql, const QVariantMap &bind = {})
{
    QSqlQuery query(ws.database().connection());
    if (!query.prepare(sql))
        qFatal("prepare: %s", qPrintable(query.lastError().text()));
    for (auto it = bind.cbegin(); it != bind.cend(); ++it)
        query.bindValue(it.key(), it.value());
    if (!query.exec() || !query.next())
        qFatal("exec: %s", qPrintable(query.lastError().text()));
    return query.value(0).toDouble();
}

// The reports that count, written differently from the service: as a set difference.
const QString Counting = QStringLiteral(
    "(SELECT * FROM production_reports WHERE voids_report_id IS NULL AND id NOT IN "
    "(SELECT voids_report_id FROM production_reports WHERE voids_report_id IS NOT NULL))");

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-6 * std::max(1.0, std::abs(b));
}

// Every row of a sheet, drained from its rows.
QList<QVariantList> drain(const ReportSheet &sheet)
{
    QList<QVariantList> rows;
    QVariantList row;
    while (sheet.rows->next(row))
        rows.append(row);
    return rows;
}

double columnSum(const QList<QVariantList> &rows, int column)
{
    double sum = 0;
    for (const QVariantList &row : rows)
        sum += row.value(column).toDouble();
    return sum;
}

int columnOf(const ReportSheet &sheet, const QString &header)
{
    for (int i = 0; i < sheet.columns.size(); ++i) {
        if (sheet.columns.at(i).header == header)
            return i;
    }
    qFatal("no column %s in %s", qPrintable(header), qPrintable(sheet.name));
    return -1;
}

ReportDocument built(const Workspace &ws, ReportKind kind, const QDate &from, const QDate &to,
                     const QString &machine = {})
{
    ReportQuery request;
    request.kind = kind;
    request.from = from;
    request.to = to;
    request.machineCode = machine;
    Result<ReportDocument> document = ReportService(ws).build(request);
    if (!document)
        qFatal("build: %s", qPrintable(document.error()));
    return std::move(document.value());
}

QVariantMap window(const Workspace &ws, const QDate &from, const QDate &to)
{
    const WorkCalendar calendar = ws.schedule()->calendar();
    return {{QStringLiteral(":from"), calendar.startOfDayUtcMs(from)},
            {QStringLiteral(":to"), calendar.startOfDayUtcMs(to.addDays(1))}};
}

} // namespace

void TstReportService::initTestCase()
{
    m_demo = std::make_unique<TestWorkspace>(TestWorkspace::SignIn::Owner, true,
                                             Clock::fixedAt(TestShop::at(2, 10, 30)));
}

void TstReportService::keysRoundTrip()
{
    QCOMPARE(ReportService::kinds().size(), 14);
    for (ReportKind kind : ReportService::kinds()) {
        QVERIFY(!ReportService::key(kind).isEmpty());
        QCOMPARE(ReportService::fromKey(ReportService::key(kind)), kind);
        QVERIFY(!ReportService::displayName(kind).isEmpty());
    }
    QCOMPARE(ReportService::fromKey(QStringLiteral("orders")), ReportKind::OrderProgress);
    QCOMPARE(ReportService::fromKey(QStringLiteral("lines")), ReportKind::ProductionLines);
    QCOMPARE(ReportService::fromKey(QStringLiteral("quality")), ReportKind::Quality);
    QCOMPARE(ReportService::fromKey(QStringLiteral("capacity")), ReportKind::Capacity);
    QCOMPARE(ReportService::fromKey(QStringLiteral("subcontract")), ReportKind::Subcontract);
    QVERIFY(!ReportService::fromKey(QStringLiteral("nonsense")));
}

void TstReportService::periodsAroundADay()
{
    const QDate thursday(2026, 12, 3);
    QCOMPARE(ReportService::periodAround(ReportKind::Daily, thursday),
             std::make_pair(thursday, thursday));
    QCOMPARE(ReportService::periodAround(ReportKind::Weekly, thursday),
             std::make_pair(QDate(2026, 11, 30), QDate(2026, 12, 6)));
    QCOMPARE(ReportService::periodAround(ReportKind::Monthly, thursday),
             std::make_pair(QDate(2026, 12, 1), QDate(2026, 12, 31)));
    QCOMPARE(ReportService::periodAround(ReportKind::Monthly, QDate(2028, 2, 10)),
             std::make_pair(QDate(2028, 2, 1), QDate(2028, 2, 29)));
    QCOMPARE(ReportService::periodAround(ReportKind::Defects, thursday),
             std::make_pair(thursday, thursday));
}

void TstReportService::productionTotalsEqualIndependentSql_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("daily") << int(ReportKind::Daily);
    QTest::newRow("weekly") << int(ReportKind::Weekly);
    QTest::newRow("monthly") << int(ReportKind::Monthly);
}

void TstReportService::productionTotalsEqualIndependentSql()
{
    QFETCH(int, kind);
    const Workspace &ws = **m_demo;
    // The daily report of yesterday, the week and the month around it.
    const auto [from, to] = ReportService::periodAround(ReportKind(kind), TestShop::day(1));
    ReportDocument document = built(ws, ReportKind(kind), from, to);
    QCOMPARE(int(document.sheets.size()), kind == int(ReportKind::Daily) ? 4 : 5);
    QCOMPARE(document.title, ReportService::displayName(ReportKind(kind)));
    const QVariantMap bind = window(ws, from, to);
    const QString inPeriod =
        QStringLiteral(" FROM %1 r WHERE reported_at >= :from AND reported_at < :to").arg(Counting);
    const double good =
        scalar(ws, QStringLiteral("SELECT coalesce(sum(good), 0)") + inPeriod, bind);
    const double defective =
        scalar(ws, QStringLiteral("SELECT coalesce(sum(defective), 0)") + inPeriod, bind);
    const double rework =
        scalar(ws, QStringLiteral("SELECT coalesce(sum(rework), 0)") + inPeriod, bind);
    const double reports = scalar(ws, QStringLiteral("SELECT count(*)") + inPeriod, bind);
    const double hours = scalar(ws,
                                QStringLiteral("SELECT coalesce(sum(r.good * o.standard_seconds), "
                                               "0) / 3600.0 FROM %1 r, work_order_operations o "
                                               "WHERE o.id = r.operation_id AND r.reported_at >= "
                                               ":from AND r.reported_at < :to")
                                    .arg(Counting),
                                bind);
    QVERIFY2(good > 0, "the demo reported production in the period");
    for (const ReportSheet &sheet : document.sheets) {
        const QList<QVariantList> rows = drain(sheet);
        QVERIFY2(!rows.isEmpty(), qPrintable(sheet.name));
        QVERIFY2(near(columnSum(rows, columnOf(sheet, QStringLiteral("Good qty"))), good),
                 qPrintable(sheet.name));
        QVERIFY2(near(columnSum(rows, columnOf(sheet, QStringLiteral("Defective qty"))), defective),
                 qPrintable(sheet.name));
        QVERIFY2(near(columnSum(rows, columnOf(sheet, QStringLiteral("Rework"))), rework),
                 qPrintable(sheet.name));
        QVERIFY2(near(columnSum(rows, columnOf(sheet, QStringLiteral("Standard hours"))), hours),
                 qPrintable(sheet.name));
        const int yield = columnOf(sheet, QStringLiteral("Yield"));
        QCOMPARE(sheet.columns.at(yield).ratioOf,
                 std::make_optional(std::make_pair(columnOf(sheet, QStringLiteral("Good qty")),
                                                   columnOf(sheet, QStringLiteral("Made")))));
        for (const QVariantList &row : rows) {
            const double made = row.at(columnOf(sheet, QStringLiteral("Made"))).toDouble();
            if (made > 0)
                QVERIFY(
                    near(row.at(yield).toDouble(),
                         row.at(columnOf(sheet, QStringLiteral("Good qty"))).toDouble() / made));
        }
        if (sheet.name == QLatin1String("By machine") || sheet.name == QLatin1String("By employee"))
            QCOMPARE(columnSum(rows, columnOf(sheet, QStringLiteral("Reports"))), reports);
    }
    QVERIFY(document.sheets.at(2).chart.has_value()); // output per machine
}

void TstReportService::weeklyHasEveryDayAndTheirSumIsTheTotal()
{
    const Workspace &ws = **m_demo;
    const auto [from, to] = ReportService::periodAround(ReportKind::Weekly, TestShop::day(1));
    ReportDocument document = built(ws, ReportKind::Weekly, from, to);
    const ReportSheet &days = document.sheets.back();
    QCOMPARE(days.name, QStringLiteral("By day"));
    const QList<QVariantList> rows = drain(days);
    QCOMPARE(rows.size(), 7);
    for (int i = 0; i < 7; ++i) {
        QCOMPARE(rows.at(i).at(0).toDate(), from.addDays(i));
        // Finished: good at the orders' last steps, that day.
        const double finished =
            scalar(ws,
                   QStringLiteral("SELECT coalesce(sum(r.good), 0) FROM %1 r JOIN "
                                  "work_order_operations o ON o.id = r.operation_id WHERE "
                                  "r.reported_at >= :from AND r.reported_at < :to AND o.seq = "
                                  "(SELECT max(seq) FROM work_order_operations WHERE work_order_id "
                                  "= o.work_order_id AND deleted = 0)")
                       .arg(Counting),
                   window(ws, from.addDays(i), from.addDays(i)));
        QCOMPARE(rows.at(i).at(1).toDouble(), finished);
    }
}

void TstReportService::orderProgressEqualsIndependentSql()
{
    const Workspace &ws = **m_demo;
    const QDate from = TestShop::day(-7);
    const QDate to = TestShop::day(1);
    ReportDocument document = built(ws, ReportKind::OrderProgress, from, to);
    QCOMPARE(int(document.sheets.size()), 1);
    const ReportSheet &sheet = document.sheets.front();
    const QList<QVariantList> rows = drain(sheet);
    QVERIFY(!rows.isEmpty());
    // Independently: the orders due in the period, open now, or reported on in it.
    const QVariantMap bind = window(ws, from, to);
    QVariantMap withDays = bind;
    withDays.insert(QStringLiteral(":a"), from.toString(Qt::ISODate));
    withDays.insert(QStringLiteral(":b"), to.toString(Qt::ISODate));
    const QString orders =
        QStringLiteral(
            "SELECT id, quantity FROM work_orders WHERE deleted = 0 AND state <> 'draft' AND state "
            "<> "
            "'cancelled' AND ((due_date >= :a AND due_date <= :b) OR (state IN ('released', "
            "'in_progress', 'on_hold') AND created_at < :to) OR id IN (SELECT work_order_id FROM "
            "%1 x WHERE x.reported_at >= :from AND x.reported_at < :to))")
            .arg(Counting);
    QCOMPARE(double(rows.size()),
             scalar(ws, QStringLiteral("SELECT count(*) FROM (%1)").arg(orders), withDays));
    QCOMPARE(columnSum(rows, columnOf(sheet, QStringLiteral("Planned qty"))),
             scalar(ws, QStringLiteral("SELECT sum(quantity) FROM (%1)").arg(orders), withDays));
    const double finished = scalar(
        ws,
        QStringLiteral("SELECT coalesce(sum(r.good), 0) FROM (%1) w JOIN work_order_operations o "
                       "ON o.work_order_id = w.id JOIN %2 r ON r.operation_id = o.id WHERE "
                       "o.deleted = 0 AND r.reported_at < :to AND o.seq = (SELECT max(seq) FROM "
                       "work_order_operations WHERE work_order_id = w.id AND deleted = 0)")
            .arg(orders, Counting),
        withDays);
    QCOMPARE(columnSum(rows, columnOf(sheet, QStringLiteral("Finished"))), finished);
    const int planned = columnOf(sheet, QStringLiteral("Planned qty"));
    const int done = columnOf(sheet, QStringLiteral("Finished"));
    const int remaining = columnOf(sheet, QStringLiteral("Remaining"));
    const int late = columnOf(sheet, QStringLiteral("Days late"));
    const int due = columnOf(sheet, QStringLiteral("Due date"));
    for (const QVariantList &row : rows) {
        QCOMPARE(row.at(remaining).toDouble(),
                 std::max(0.0, row.at(planned).toDouble() - row.at(done).toDouble()));
        if (row.at(remaining).toDouble() > 0 && row.at(due).toDate() < to)
            QCOMPARE(row.at(late).toInt(), int(row.at(due).toDate().daysTo(to)));
    }
}

void TstReportService::linesStreamEveryCountedReport()
{
    const Workspace &ws = **m_demo;
    const auto [from, to] = ReportService::periodAround(ReportKind::Monthly, TestShop::day(1));
    ReportDocument document = built(ws, ReportKind::ProductionLines, from, to);
    const ReportSheet &sheet = document.sheets.front();
    const QVariantMap bind = window(ws, from, to);
    const double count = scalar(
        ws,
        QStringLiteral("SELECT count(*) FROM %1 r WHERE reported_at >= :from AND reported_at < :to")
            .arg(Counting),
        bind);
    QCOMPARE(double(sheet.rows->expectedRows()), count);
    const QList<QVariantList> rows = drain(sheet);
    QCOMPARE(double(rows.size()), count);
    QCOMPARE(columnSum(rows, columnOf(sheet, QStringLiteral("Good qty"))),
             scalar(ws,
                    QStringLiteral("SELECT sum(good) FROM %1 r WHERE reported_at >= :from AND "
                                   "reported_at < :to")
                        .arg(Counting),
                    bind));
    for (int i = 1; i < rows.size(); ++i)
        QVERIFY(rows.at(i - 1).at(0).toDateTime() <= rows.at(i).at(0).toDateTime());
}

void TstReportService::defectsEqualIndependentSql()
{
    const Workspace &ws = **m_demo;
    const auto [from, to] = ReportService::periodAround(ReportKind::Monthly, TestShop::day(1));
    ReportDocument document = built(ws, ReportKind::Defects, from, to);
    QCOMPARE(int(document.sheets.size()), 3);
    const QVariantMap bind = window(ws, from, to);
    const double defective =
        scalar(ws,
               QStringLiteral("SELECT sum(defective) FROM %1 r WHERE reported_at >= :from AND "
                              "reported_at < :to")
                   .arg(Counting),
               bind);
    QVERIFY2(defective > 0, "the demo's month has defects");
    for (const ReportSheet &sheet : document.sheets) {
        const QList<QVariantList> rows = drain(sheet);
        QVERIFY2(near(columnSum(rows, columnOf(sheet, QStringLiteral("Defective qty"))), defective),
                 qPrintable(sheet.name));
        if (sheet.name == QLatin1String("By reason")) {
            QVERIFY(near(columnSum(rows, columnOf(sheet, QStringLiteral("Share"))), 1.0));
            QVERIFY(sheet.chart.has_value());
            for (int i = 1; i < rows.size(); ++i) // most first: a Pareto
                QVERIFY(rows.at(i - 1).at(2).toDouble() >= rows.at(i).at(2).toDouble());
            // The top reason, by SQL.
            const double top = scalar(
                ws,
                QStringLiteral("SELECT max(n) FROM (SELECT sum(defective) AS n FROM %1 r WHERE "
                               "reported_at >= :from AND reported_at < :to AND defective > 0 "
                               "GROUP BY defect_reason_id)")
                    .arg(Counting),
                bind);
            QCOMPARE(rows.front().at(2).toDouble(), top);
        }
    }
}

void TstReportService::downtimeIsTheDashboardsStops()
{
    const Workspace &ws = **m_demo;
    const DashboardService dashboard(ws);
    const DashboardPeriod month = dashboard.period(DashboardRange::Month);
    const Result<DashboardFigures> figures = dashboard.compute(month);
    QVERIFY2(figures, qPrintable(figures.error()));
    const auto [from, to] = ReportService::periodAround(ReportKind::Monthly, ws.clock().today());
    ReportDocument document = built(ws, ReportKind::Downtime, from, to);
    QCOMPARE(int(document.sheets.size()), 3);
    const QList<QVariantList> machines = drain(document.sheets.at(0));
    const QList<QVariantList> reasons = drain(document.sheets.at(1));
    const QList<QVariantList> stops = drain(document.sheets.at(2));
    const double hours = columnSum(stops, 3);
    QVERIFY2(hours > 0, "the demo's machines stopped this month");
    QVERIFY(near(columnSum(machines, columnOf(document.sheets.at(0), QStringLiteral("Stop hours"))),
                 hours));
    QVERIFY(near(columnSum(reasons, 2), hours));
    QCOMPARE(columnSum(reasons, 3), double(stops.size()));
    // The dashboard's Pareto bars are the reasons not counted as planned downtime.
    const QString planned = OeeService::timeUseDisplayName(TimeUse::PlannedDown);
    double unplanned = 0;
    int unplannedStops = 0;
    for (const QVariantList &row : reasons) {
        if (row.at(1).toString() != planned) {
            unplanned += row.at(2).toDouble();
            unplannedStops += row.at(3).toInt();
        }
    }
    double dashboardHours = 0;
    int dashboardStops = 0;
    for (const DowntimeCount &bar : figures.value().downtime) {
        dashboardHours += bar.seconds / 3600;
        dashboardStops += bar.stops;
    }
    QVERIFY2(near(unplanned, dashboardHours),
             qPrintable(QStringLiteral("%1 vs %2").arg(unplanned).arg(dashboardHours)));
    QCOMPARE(unplannedStops, dashboardStops);
}

void TstReportService::wagesAreTheWagePages()
{
    const Workspace &ws = **m_demo;
    const auto [from, to] = ReportService::periodAround(ReportKind::Monthly, TestShop::day(1));
    ReportDocument document = built(ws, ReportKind::Wages, from, to);
    const Result<QList<WageLine>> lines = ws.wages()->lines(from, to);
    QVERIFY(lines);
    const QList<WageTotal> totals = WageService::totals(lines.value());
    double amount = 0;
    double good = 0;
    for (const WageTotal &total : totals) {
        amount += total.amount;
        good += total.good;
    }
    QVERIFY2(amount > 0, "the demo pays piece rates");
    const QList<QVariantList> perEmployee = drain(document.sheets.at(0));
    QCOMPARE(perEmployee.size(), totals.size());
    QVERIFY(near(columnSum(perEmployee, columnOf(document.sheets.at(0), QStringLiteral("Amount"))),
                 amount));
    const QList<QVariantList> priced = drain(document.sheets.at(1));
    QCOMPARE(priced.size(), lines.value().size());
    QVERIFY(
        near(columnSum(priced, columnOf(document.sheets.at(1), QStringLiteral("Good qty"))), good));
    // The good pieces, independently: the counted reports with good pieces of the period.
    const QDateTime start(from, QTime(0, 0));
    const QDateTime end(to.addDays(1), QTime(0, 0));
    QCOMPARE(good, scalar(ws,
                          QStringLiteral("SELECT sum(good) FROM %1 r WHERE reported_at >= :from "
                                         "AND reported_at < :to")
                              .arg(Counting),
                          {{QStringLiteral(":from"), start.toMSecsSinceEpoch()},
                           {QStringLiteral(":to"), end.toMSecsSinceEpoch()}}));
}

void TstReportService::oeeIsTheOeePages()
{
    const Workspace &ws = **m_demo;
    const auto [from, to] = ReportService::periodAround(ReportKind::Weekly, ws.clock().today());
    ReportDocument document = built(ws, ReportKind::Oee, from, to);
    const ReportSheet &sheet = document.sheets.front();
    OeeQuery query;
    const WorkCalendar calendar = ws.schedule()->calendar();
    query.fromMs = calendar.startOfDayUtcMs(from);
    query.toMs = calendar.startOfDayUtcMs(to.addDays(1));
    const Result<OeeResult> oee = ws.oee()->compute(query, ws.clock().nowMs());
    QVERIFY(oee);
    const QList<QVariantList> rows = drain(sheet);
    QCOMPARE(rows.size(), oee.value().rows.size());
    const int column = columnOf(sheet, QStringLiteral("OEE"));
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).at(0).toString(), oee.value().rows.at(i).label);
        const std::optional<double> expected = oee.value().rows.at(i).figures.oee;
        QCOMPARE(rows.at(i).at(column).isNull(), !expected.has_value());
        if (expected)
            QVERIFY(near(rows.at(i).at(column).toDouble(), *expected));
    }
    // The totals row divides the summed columns: the service's total A, E and Q; its OEE is
    // their product, stated in a note.
    const OeeFigures &total = oee.value().total.figures;
    QVERIFY2(total.oee, "the demo's week has an OEE");
    const QList<std::pair<QString, std::optional<double>>> ratios = {
        {QStringLiteral("Availability"), total.availability},
        {QStringLiteral("Effectiveness"), total.effectiveness},
        {QStringLiteral("Quality"), total.quality}};
    for (const auto &[header, expected] : ratios) {
        const auto [numerator, denominator] = *sheet.columns.at(columnOf(sheet, header)).ratioOf;
        QVERIFY2(near(columnSum(rows, numerator) / columnSum(rows, denominator), *expected),
                 qPrintable(header));
    }
    QVERIFY(sheet.notes.join(QLatin1Char('\n'))
                .contains(QString::number(*total.oee * 100, 'f', 1) + QLatin1Char('%')));
}

void TstReportService::genealogyEqualsIndependentSql()
{
    const Workspace &ws = **m_demo;
    const auto [from, to] = ReportService::periodAround(ReportKind::Monthly, TestShop::day(1));
    ReportDocument document = built(ws, ReportKind::Genealogy, from, to);
    QCOMPARE(int(document.sheets.size()), 3);
    const QVariantMap bind = window(ws, from, to);
    const QList<QVariantList> lots = drain(document.sheets.at(0));
    QCOMPARE(columnSum(lots, 3),
             scalar(ws,
                    QStringLiteral("SELECT sum(good) FROM %1 r WHERE reported_at >= :from AND "
                                   "reported_at < :to")
                        .arg(Counting),
                    bind));
    QCOMPARE(double(lots.size()),
             scalar(ws,
                    QStringLiteral("SELECT count(DISTINCT work_order_id) FROM %1 r WHERE "
                                   "reported_at >= :from AND reported_at < :to")
                        .arg(Counting),
                    bind));
    const QList<QVariantList> feeds = drain(document.sheets.at(1));
    const double fed = scalar(ws,
                              QStringLiteral("SELECT coalesce(-sum(quantity), 0) FROM "
                                             "lot_movements WHERE kind = 'consumption' AND at >= "
                                             ":from AND at < :to"),
                              bind);
    QVERIFY2(fed > 0, "the demo feeds material in the month");
    QVERIFY(near(columnSum(feeds, 3), fed));
    const QList<QVariantList> serials = drain(document.sheets.at(2));
    QVERIFY2(!serials.isEmpty(), "the demo makes serials in the month");
    QCOMPARE(double(serials.size()),
             scalar(ws,
                    QStringLiteral("SELECT count(*) FROM serials WHERE created_at >= :from AND "
                                   "created_at < :to"),
                    bind));
}

void TstReportService::shipmentsEqualIndependentSql()
{
    const Workspace &ws = **m_demo;
    const QDate from = TestShop::day(-60);
    const QDate to = TestShop::day(2);
    ReportDocument document = built(ws, ReportKind::Shipments, from, to);
    const QVariantMap bind{{QStringLiteral(":a"), from.toString(Qt::ISODate)},
                           {QStringLiteral(":b"), to.toString(Qt::ISODate)}};
    const double shipped = scalar(ws,
                                  QStringLiteral("SELECT coalesce(sum(l.quantity), 0) FROM "
                                                 "shipment_lines l, shipments s WHERE s.id = "
                                                 "l.shipment_id AND s.shipped_on >= :a AND "
                                                 "s.shipped_on <= :b"),
                                  bind);
    QVERIFY2(shipped > 0, "the demo ships");
    const QList<QVariantList> customers = drain(document.sheets.at(0));
    const QList<QVariantList> lines = drain(document.sheets.at(1));
    QCOMPARE(columnSum(customers, 3), shipped);
    QCOMPARE(columnSum(lines, 8), shipped);
    QCOMPARE(columnSum(customers, 2), double(lines.size()));
}

void TstReportService::timeAndWageFiguresNeedNoWorkspace()
{
    // A worker thread's export has a database and a clock, not the workspace: the figures are
    // the same.
    const Workspace &ws = **m_demo;
    const auto [from, to] = ReportService::periodAround(ReportKind::Monthly, ws.clock().today());
    for (ReportKind kind : {ReportKind::Oee, ReportKind::Wages, ReportKind::Downtime}) {
        ReportQuery request;
        request.kind = kind;
        request.from = from;
        request.to = std::min(to, ws.clock().today());
        Result<ReportDocument> alone = ReportService(ws.database(), ws.clock()).build(request);
        QVERIFY2(alone, qPrintable(alone.error()));
        Result<ReportDocument> withWorkspace = ReportService(ws).build(request);
        QVERIFY2(withWorkspace, qPrintable(withWorkspace.error()));
        QCOMPARE(alone.value().sheets.size(), withWorkspace.value().sheets.size());
        for (std::size_t i = 0; i < alone.value().sheets.size(); ++i) {
            const QList<QVariantList> a = drain(alone.value().sheets.at(i));
            const QList<QVariantList> b = drain(withWorkspace.value().sheets.at(i));
            QVERIFY2(!b.isEmpty(), qPrintable(ReportService::key(kind)));
            QCOMPARE(a, b);
        }
    }
}

void TstReportService::timeFiguresOfAFuturePeriodAreRefused()
{
    TestShop shop;
    ReportQuery request;
    request.from = request.to = shop.today().addDays(1);
    for (ReportKind kind : {ReportKind::Oee, ReportKind::Downtime}) {
        request.kind = kind;
        const Result<ReportDocument> document = ReportService(*shop.ws).build(request);
        QVERIFY(!document);
        QVERIFY2(document.error().contains(QStringLiteral("has not begun")),
                 qPrintable(document.error()));
    }
    // Counting reports of a future day is no error: there are none.
    request.kind = ReportKind::Daily;
    const Result<ReportDocument> daily = ReportService(*shop.ws).build(request);
    QVERIFY2(daily, qPrintable(daily.error()));
    QVERIFY(daily.value().sheets.front().notes.first().contains(QStringLiteral("No production")));
}

void TstReportService::namesFollowTheLanguage()
{
    const Workspace &ws = **m_demo;
    const QDate day = TestShop::day(1);
    const QLocale saved;
    const auto machineNames = [&](const QLocale &locale) {
        QLocale::setDefault(locale);
        ReportDocument document = built(ws, ReportKind::Daily, day, day);
        QStringList names;
        for (const QVariantList &row : drain(document.sheets.at(2))) {
            QSqlQuery machine(ws.database().connection());
            machine.prepare(QStringLiteral("SELECT 1 FROM machines WHERE code = ?"));
            machine.addBindValue(row.at(0));
            if (machine.exec() && machine.next()) // not the subcontracted steps' row
                names << row.at(1).toString();
        }
        QLocale::setDefault(saved);
        return names;
    };
    const QStringList chinese = machineNames(QLocale(QLocale::Chinese, QLocale::China));
    const QStringList english = machineNames(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(!chinese.isEmpty());
    QCOMPARE(english.size(), chinese.size());
    for (qsizetype i = 0; i < chinese.size(); ++i) {
        QSqlQuery query(ws.database().connection());
        query.prepare(QStringLiteral("SELECT name_en FROM machines WHERE name = ?"));
        query.addBindValue(chinese.at(i));
        QVERIFY2(query.exec() && query.next(), qPrintable(chinese.at(i)));
        const QString nameEn = query.value(0).toString();
        QCOMPARE(english.at(i), nameEn.isEmpty() ? chinese.at(i) : nameEn);
    }
    QVERIFY(chinese != english); // the demo's machines have English names
}

void TstReportService::badInputIsRefusedWithAMessage_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("machine");
    QTest::addColumn<QString>("workshop");
    QTest::addColumn<QString>("message");
    const QDate day(2026, 12, 3);
    QTest::newRow("reversed") << day << day.addDays(-1) << QString() << QString()
                              << QStringLiteral("reversed");
    QTest::newRow("empty") << QDate() << day << QString() << QString()
                           << QStringLiteral("Choose the first and the last day");
    QTest::newRow("too long") << day << day.addDays(366) << QString() << QString()
                              << QStringLiteral("at most 366 days");
    QTest::newRow("machine") << day << day << QStringLiteral("NOPE-9") << QString()
                             << QStringLiteral("no machine with the code NOPE-9");
    QTest::newRow("workshop") << day << day << QString() << QStringLiteral("九车间")
                              << QStringLiteral("no workshop named 九车间");
}

void TstReportService::badInputIsRefusedWithAMessage()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, machine);
    QFETCH(QString, workshop);
    QFETCH(QString, message);
    TestShop shop;
    ReportQuery request;
    request.from = from;
    request.to = to;
    request.machineCode = machine;
    request.workshop = workshop;
    const Result<ReportDocument> document = ReportService(*shop.ws).build(request);
    QVERIFY(!document);
    QVERIFY2(document.error().contains(message), qPrintable(document.error()));
    // A full year (366 days in a leap year) is allowed.
    request = {};
    request.from = QDate(2028, 1, 1);
    request.to = QDate(2028, 12, 31);
    QVERIFY(ReportService(*shop.ws).build(request));
}

void TstReportService::machineFilterNarrowsEverySheet()
{
    TestShop shop;
    shop.reportOn(TestShop::day(0), 0, 10);
    shop.reportOn(TestShop::day(0), 1, 4);
    const Workspace &ws = *shop.ws;
    ReportDocument all = built(ws, ReportKind::Daily, TestShop::day(0), TestShop::day(0));
    ReportDocument lathe =
        built(ws, ReportKind::Daily, TestShop::day(0), TestShop::day(0), QStringLiteral("LATHE-1"));
    for (std::size_t i = 0; i < all.sheets.size(); ++i) {
        QCOMPARE(columnSum(drain(all.sheets.at(i)),
                           columnOf(all.sheets.at(i), QStringLiteral("Good qty"))),
                 14.0);
        QCOMPARE(columnSum(drain(lathe.sheets.at(i)),
                           columnOf(lathe.sheets.at(i), QStringLiteral("Good qty"))),
                 10.0);
        QVERIFY(lathe.sheets.at(i).notes.first().contains(QStringLiteral("LATHE-1")));
    }
    // Workshop: the lathe and the mill are both in 一车间, the assembly station is not.
    ReportQuery request;
    request.from = request.to = TestShop::day(0);
    request.workshop = QStringLiteral("装配车间");
    Result<ReportDocument> assembly = ReportService(ws).build(request);
    QVERIFY2(assembly, qPrintable(assembly.error()));
    QCOMPARE(drain(assembly.value().sheets.front()).size(), 0);
}

void TstReportService::voidedReportsNeverCount()
{
    TestShop shop;
    shop.reportOn(TestShop::day(0), 0, 10);
    const QString voided = shop.reportOn(TestShop::day(0), 0, 7);
    const Result<QString> undone = shop.ws->reporting()->voidReport(voided, QStringLiteral("typo"));
    QVERIFY2(undone, qPrintable(undone.error()));
    const Workspace &ws = *shop.ws;
    ReportDocument daily = built(ws, ReportKind::Daily, TestShop::day(0), TestShop::day(0));
    for (const ReportSheet &sheet : daily.sheets)
        QCOMPARE(columnSum(drain(sheet), columnOf(sheet, QStringLiteral("Good qty"))), 10.0);
    ReportDocument lines =
        built(ws, ReportKind::ProductionLines, TestShop::day(0), TestShop::day(0));
    const QList<QVariantList> rows = drain(lines.sheets.front());
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.front().at(8).toDouble(), 10.0);
}

// The quality report on quality facts written here: inspections of the period that count (not
// the voided one nor its voiding record), one row per disposition and one for an undecided
// nonconformance, first-pass yield per step from the reports, defects by reason from both.
void TstReportService::qualityReportEqualsIndependentSql()
{
    TestShop shop;
    shop.reportAt(TestShop::at(0, 9), shop.request(0, 18, 2)); // 2 scratched
    shop.reportAt(TestShop::at(0, 10), shop.request(1, 10));
    Test::QualityFacts q(*shop.ws);
    const QString plan = QStringLiteral("plan");
    q.plan(plan, shop.flange);
    const QString fa = QStringLiteral("first_article"), patrol = QStringLiteral("patrol");
    const QString pass = QStringLiteral("pass"), fail = QStringLiteral("fail");
    q.inspection(QStringLiteral("i1"), fa, plan, shop.step(0), shop.lathe, fail, TestShop::at(0, 8));
    q.inspection(QStringLiteral("i2"), fa, plan, shop.step(0), shop.lathe, pass,
                 TestShop::at(0, 8, 20));
    q.inspection(QStringLiteral("i3"), patrol, plan, shop.step(0), shop.lathe, pass,
                 TestShop::at(0, 10));
    q.inspection(QStringLiteral("i4"), patrol, plan, shop.step(0), shop.lathe, pass,
                 TestShop::at(0, 10, 5), QStringLiteral("i3"));
    q.inspection(QStringLiteral("i5"), patrol, plan, shop.step(1), shop.mill, pass,
                 TestShop::at(1, 10)); // the next day
    const QString reason =
        shop.create(MasterDataKind::DefectReason, {{"code", "Q01"}, {"name", "尺寸超差"}});
    q.nonconformance(QStringLiteral("NC-1"), shop.flange, QStringLiteral("i1"), 4,
                     TestShop::at(0, 8, 5), reason);
    q.disposition(QStringLiteral("NC-1"), QStringLiteral("rework"), 2, TestShop::at(0, 9));
    q.disposition(QStringLiteral("NC-1"), QStringLiteral("scrap"), 1, TestShop::at(0, 9, 5));
    q.nonconformance(QStringLiteral("NC-2"), shop.flange, QStringLiteral("i1"), 3,
                     TestShop::at(0, 11), reason);

    const Workspace &ws = *shop.ws;
    ReportDocument report = built(ws, ReportKind::Quality, TestShop::day(0), TestShop::day(0));
    QCOMPARE(report.sheets.size(), std::size_t(4));
    const QVariantMap day = window(ws, TestShop::day(0), TestShop::day(0));
    const QList<QVariantList> inspections = drain(report.sheets.at(0));
    QCOMPARE(double(inspections.size()),
             scalar(ws,
                    QStringLiteral("SELECT count(*) FROM inspections WHERE at >= :from AND at < "
                                   ":to AND voids_inspection_id IS NULL AND id NOT IN (SELECT "
                                   "voids_inspection_id FROM inspections WHERE "
                                   "voids_inspection_id IS NOT NULL)"),
                    day));
    QCOMPARE(inspections.size(), 2);
    const int result = columnOf(report.sheets.at(0), QStringLiteral("Result"));
    QCOMPARE(inspections.at(0).at(result).toString(), QStringLiteral("Fail"));
    QCOMPARE(inspections.at(1).at(result).toString(), QStringLiteral("Pass"));
    QCOMPARE(inspections.at(0).at(columnOf(report.sheets.at(0), QStringLiteral("Machine")))
                 .toString(),
             QStringLiteral("LATHE-1"));

    const QList<QVariantList> ncs = drain(report.sheets.at(1));
    QCOMPARE(ncs.size(), 3); // NC-1 twice (rework, scrap), NC-2 undecided
    const int disposed = columnOf(report.sheets.at(1), QStringLiteral("Disposed"));
    QCOMPARE(columnSum(ncs, disposed),
             scalar(ws, QStringLiteral("SELECT sum(quantity) FROM nc_dispositions")));
    QCOMPARE(ncs.at(2).at(columnOf(report.sheets.at(1), QStringLiteral("Still open"))).toDouble(),
             3.0);
    QCOMPARE(ncs.at(0).at(columnOf(report.sheets.at(1), QStringLiteral("Still open"))).toDouble(),
             1.0);

    const QList<QVariantList> yields = drain(report.sheets.at(2));
    QCOMPARE(yields.size(), 2);
    const int made = columnOf(report.sheets.at(2), QStringLiteral("Made"));
    const int good = columnOf(report.sheets.at(2), QStringLiteral("Good"));
    QCOMPARE(yields.at(0).at(made).toDouble(), 20.0);
    QCOMPARE(yields.at(0).at(good).toDouble(), 18.0);
    QVERIFY(near(yields.at(0).at(columnOf(report.sheets.at(2), QStringLiteral("First-pass yield")))
                     .toDouble(),
                 0.9));

    const QList<QVariantList> reasons = drain(report.sheets.at(3));
    const int total = columnOf(report.sheets.at(3), QStringLiteral("Total"));
    QCOMPARE(columnSum(reasons, total),
             scalar(ws, QStringLiteral("SELECT (SELECT sum(defective) FROM %1 WHERE reported_at "
                                       ">= :from AND reported_at < :to) + (SELECT sum(quantity) "
                                       "FROM nonconformances WHERE at >= :from AND at < :to)")
                            .arg(Counting),
                    day));
    QCOMPARE(columnSum(reasons, total), 2.0 + 7.0);
}

QTEST_GUILESS_MAIN(TstReportService)
#include "tst_reportservice.moc"
