// The report centre's capacity report (产能分析) against figures computed here: hours by hand on
// a calendar with a lunch break, Sundays and a holiday off, and a grinder of capacity 2; and the
// workbook `taktline report capacity` writes holds them as numbers.
#include "formats/report/reportworkbookwriter.h"
#include "services/planning/scheduleservice.h"
#include "services/reports/reportservice.h"
#include "storage/database.h"
#include "fixturehelpers.h"
#include "testshop.h"
#include "xlsxsheet.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Taktline;

namespace {

// The shop on the office calendar with a grinder of capacity 2 in line L2 grinding 10 h of
// shafts; the lathe turns the flanges (1 h 40) and nothing else.
struct ReportShop
{
    TestShop shop;
    QString grinder;

    ReportShop()
    {
        Fixture::require(shop.ws->schedule()->setCalendar(
                             WorkCalendar::create(WorkCalendar::defaultShifts(), {Qt::Sunday},
                                                  {TestShop::day(2)}, {}, QTimeZone::utc())
                                 .value()),
                         "calendar");
        grinder = shop.create(MasterDataKind::Machine, {{"code", "GRIND-1"},
                                                        {"name", "磨床"},
                                                        {"workshop", "一车间"},
                                                        {"line", "L2"},
                                                        {"capacity", "2"}});
        const QString shaft = shop.product("SH-1", "轴", {{{}, QStringLiteral("磨削"), 300, grinder}});
        shop.releasedOrder(shaft, 120, TestShop::day(4));
        Fixture::require(shop.ws->schedule()->reschedule(), "plan");
    }

    Result<ReportDocument> build(const QDate &from, const QDate &to,
                                 const QString &workshop = {}) const
    {
        ReportQuery query;
        query.kind = ReportKind::Capacity;
        query.from = from;
        query.to = to;
        query.workshop = workshop;
        return ReportService(*shop.ws).build(query);
    }
};

QList<QVariantList> drain(const ReportSheet &sheet)
{
    QList<QVariantList> rows;
    QVariantList row;
    while (sheet.rows->next(row))
        rows.append(row);
    return rows;
}

QVariantList rowOf(const QList<QVariantList> &rows, const QString &first, const QVariant &second = {})
{
    for (const QVariantList &row : rows) {
        if (row.value(0).toString() == first && (!second.isValid() || row.value(1) == second ||
                                                 row.value(2) == second))
            return row;
    }
    qFatal("no row %s", qPrintable(first));
}

bool near(const QVariant &value, double expected)
{
    return std::abs(value.toDouble() - expected) < 1e-6;
}

} // namespace

class TstCapacityReport : public QObject
{
    Q_OBJECT
private slots:
    void theKindIsOffered();
    void sheetsEqualHandComputedHours();
    void thePastAndTooLongAreRefused();
    void theWorkbookHoldsTheFigures();
};

void TstCapacityReport::theKindIsOffered()
{
    QVERIFY(ReportService::kinds().contains(ReportKind::Capacity));
    QCOMPARE(ReportService::fromKey(QStringLiteral("capacity")), ReportKind::Capacity);
    QCOMPARE(ReportService::key(ReportKind::Capacity), QStringLiteral("capacity"));
    const auto period = ReportService::periodAround(ReportKind::Capacity, TestShop::day(0));
    QCOMPARE(period.first, TestShop::day(0));
    QCOMPARE(period.second, TestShop::day(27));
}

void TstCapacityReport::sheetsEqualHandComputedHours()
{
    ReportShop f;
    const Result<ReportDocument> document = f.build(TestShop::day(0), TestShop::day(13));
    QVERIFY2(document.ok(), qPrintable(document.error()));
    QCOMPARE(document.value().sheets.size(), size_t(4));
    // Two weeks: 12 days minus the Wednesday holiday = 11 working days of 8 h 30.
    const ReportSheet &byMachine = document.value().sheets.at(0);
    const QList<QVariantList> machines = drain(byMachine);
    QCOMPARE(machines.size(), 4); // lathe, mill, grinder, assembly; not the retired drill
    const QVariantList lathe = rowOf(machines, QStringLiteral("LATHE-1 数控车床"));
    QVERIFY(near(lathe.at(2), 100.0 / 60));
    QVERIFY(near(lathe.at(3), 11 * 8.5));
    QVERIFY(near(lathe.at(4), (100.0 / 60) / (11 * 8.5)));
    const QVariantList grinder = rowOf(machines, QStringLiteral("GRIND-1 磨床"));
    QVERIFY(near(grinder.at(2), 10));
    QVERIFY(near(grinder.at(3), 2 * 11 * 8.5));
    // The grinder is the bottleneck: 10 of 187 h.
    QVERIFY(byMachine.notes.join(u'\n').contains(QStringLiteral("GRIND-1 磨床")));

    const QList<QVariantList> days = drain(document.value().sheets.at(1));
    QCOMPARE(days.size(), 4 * 14);
    // The shafts: 08:00–12:00 and 13:00–17:30 on Monday, 08:00–09:30 on Tuesday.
    QVERIFY(near(rowOf(days, QStringLiteral("GRIND-1 磨床"), TestShop::day(0)).at(3), 8.5));
    QVERIFY(near(rowOf(days, QStringLiteral("GRIND-1 磨床"), TestShop::day(1)).at(3), 1.5));
    QVERIFY(near(rowOf(days, QStringLiteral("GRIND-1 磨床"), TestShop::day(1)).at(4), 17));
    const QVariantList holiday = rowOf(days, QStringLiteral("GRIND-1 磨床"), TestShop::day(2));
    QVERIFY(near(holiday.at(4), 0));
    QVERIFY(holiday.at(5).isNull()); // no capacity: no utilisation
    QVERIFY(near(rowOf(days, QStringLiteral("LATHE-1 数控车床"), TestShop::day(6)).at(4), 0)); // Sunday

    const QList<QVariantList> lines = drain(document.value().sheets.at(2));
    QCOMPARE(lines.size(), 3);
    const QVariantList l2 = rowOf(lines, QStringLiteral("一车间"), QStringLiteral("L2"));
    QCOMPARE(l2.at(2).toInt(), 1);
    QVERIFY(near(l2.at(3), 10));
    const QList<QVariantList> workshops = drain(document.value().sheets.at(3));
    QCOMPARE(workshops.size(), 2);
    const QVariantList first = rowOf(workshops, QStringLiteral("一车间"));
    QCOMPARE(first.at(1).toInt(), 3);
    QVERIFY(near(first.at(2), 100.0 / 60 * 2 + 10)); // lathe + mill + grinder
    QVERIFY(near(first.at(3), 4 * 11 * 8.5));

    // One workshop only.
    const Result<ReportDocument> assembly =
        f.build(TestShop::day(0), TestShop::day(13), QStringLiteral("装配车间"));
    QVERIFY(assembly.ok());
    QCOMPARE(drain(assembly.value().sheets.at(0)).size(), 1);
}

void TstCapacityReport::thePastAndTooLongAreRefused()
{
    ReportShop f;
    const Result<ReportDocument> past = f.build(TestShop::day(-1), TestShop::day(5));
    QVERIFY(!past.ok());
    QVERIFY(past.error().contains(TestShop::day(-1).toString(Qt::ISODate)));
    QVERIFY(!f.build(TestShop::day(0), TestShop::day(200)).ok());
}

void TstCapacityReport::theWorkbookHoldsTheFigures()
{
    ReportShop f;
    Result<ReportDocument> document = f.build(TestShop::day(0), TestShop::day(13));
    QVERIFY(document.ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("capacity.xlsx"));
    const Outcome written = ReportWorkbookWriter::write(document.value(), path);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    const QString sheet = XlsxSheet::unzipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    // Row 1 is the header; the machines follow in the plan's order (workshop, code).
    QStringList labels;
    for (int row = 1; row <= 4; ++row)
        labels << XlsxSheet::cellText(sheet, row, 0);
    const int grinderRow = int(labels.indexOf(QStringLiteral("GRIND-1 磨床"))) + 1;
    QVERIFY(grinderRow > 0);
    QCOMPARE(XlsxSheet::cell(sheet, QStringLiteral("C%1").arg(grinderRow + 1)).first,
             QStringLiteral("<v>10</v>"));
    QVERIFY(XlsxSheet::cell(sheet, QStringLiteral("D%1").arg(grinderRow + 1)).second); // a number
}

QTEST_GUILESS_MAIN(TstCapacityReport)
#include "tst_capacityreport.moc"
