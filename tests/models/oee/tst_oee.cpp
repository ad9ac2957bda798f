// OEE by ISO 22400-2 from the factory's facts: the standard's style of test vector exactly, each
// reason class, calendar breaks and night shifts, stops across midnight, unclassified time, sums
// over machines, and the periods where a figure cannot be told.
#include "domain/oee/oeeclass.h"
#include "services/oee/oeeservice.h"
#include "services/planning/scheduleservice.h"
#include "services/station/machinestatusservice.h"
#include "services/station/reportingservice.h"
#include "storage/database.h"
#include "storage/uuid.h"
#include "testshop.h"

#include <QSqlQuery>
#include <QTest>

using namespace Taktline;

namespace {

constexpr qint64 Minute = 60 * 1000;

int percent100(const std::optional<double> &value) // 86.67 % → 8667
{
    return value ? int(std::lround(*value * 10000)) : -1;
}

void exec(const TestShop &shop, const QString &sql)
{
    QSqlQuery query(shop.ws->database().connection());
    QVERIFY2(query.exec(sql), qPrintable(sql));
}

QString reason(const TestShop &shop, const char *code, const char *name, OeeClass oeeClass)
{
    const QString id = shop.create(MasterDataKind::DowntimeReason, {{"code", code}, {"name", name}});
    QSqlQuery query(shop.ws->database().connection());
    query.prepare(QStringLiteral("UPDATE downtime_reasons SET oee_class = ? WHERE id = ?"));
    query.addBindValue(oeeClassKey(oeeClass));
    query.addBindValue(id);
    query.exec();
    return id;
}

} // namespace

class TstOee : public QObject
{
    Q_OBJECT

    void status(TestShop &shop, const QString &machine, qint64 at, MachineStatus status,
                const QString &reasonId = {})
    {
        shop.setNow(at);
        const Outcome set = shop.ws->machineStatus()->setStatus(machine, status, reasonId);
        QVERIFY2(set, qPrintable(set.error()));
    }
    OeeRow one(TestShop &shop, const QString &machine, qint64 from, qint64 to)
    {
        OeeQuery query;
        query.fromMs = from;
        query.toMs = to;
        query.machineIds = {machine};
        const Result<OeeResult> result = shop.ws->oee()->compute(query, shop.nowMs());
        if (!result)
            qWarning("%s", qPrintable(result.error()));
        if (!result || result.value().rows.size() != 1)
            return {};
        return result.value().rows.constFirst();
    }

private slots:
    void isoVectorExactly();
    void eachReasonClassGoesWhereTheOwnerSaid();
    void reasonGivenLaterReplacesTheEventsOwn();
    void calendarBreaksAndNightShifts();
    void stopAcrossMidnightAndShiftsCountsOnlyWorkingTime();
    void runningOutsideTheCalendarIsOvertime();
    void machineWithNoEventsIsUnknownNotRunning();
    void sumsOverMachinesAreElementSums();
    void byShiftProductAndDay();
    void voidedReportsDoNotCount();
    void periodsWhereFiguresCannotBeTold();
};

// PBT 450 min (480 − 30 planned), set-up 20, two failures of 20, APT 390, a minute a piece, 360
// produced, 342 good.
void TstOee::isoVectorExactly()
{
    TestShop shop;
    const QString failure = reason(shop, "F1", "故障", OeeClass::Availability);
    const QString orderId = shop.releasedOrder(shop.flange, 400);
    exec(shop, QStringLiteral("UPDATE work_order_operations SET ideal_seconds = 60"));
    status(shop, shop.lathe, TestShop::at(0, 8), MachineStatus::Maintenance);
    status(shop, shop.lathe, TestShop::at(0, 8, 30), MachineStatus::Setup);
    status(shop, shop.lathe, TestShop::at(0, 8, 50), MachineStatus::Running);
    status(shop, shop.lathe, TestShop::at(0, 10), MachineStatus::Down, failure);
    status(shop, shop.lathe, TestShop::at(0, 10, 20), MachineStatus::Running);
    status(shop, shop.lathe, TestShop::at(0, 13), MachineStatus::Down, failure);
    status(shop, shop.lathe, TestShop::at(0, 13, 20), MachineStatus::Running);
    shop.reportAt(TestShop::at(0, 12), shop.request(0, 200, 10, orderId));
    shop.reportAt(TestShop::at(0, 15, 30), shop.request(0, 142, 8, orderId));
    shop.setNow(TestShop::at(0, 16));

    const OeeRow row = one(shop, shop.lathe, TestShop::at(0, 8), TestShop::at(0, 16));
    const OeeElements &e = row.elements;
    QCOMPARE(e.pot(), 480.0 * 60);
    QCOMPARE(e.pbt(), 450.0 * 60);
    QCOMPARE(e.setupSeconds, 20.0 * 60);
    QCOMPARE(e.delaySeconds(), 40.0 * 60);
    QCOMPARE(e.apt(), 390.0 * 60);
    QCOMPARE(e.producedQty, 360.0);
    QCOMPARE(e.goodQty, 342.0);
    QCOMPARE(percent100(row.figures.availability), 8667);
    QCOMPARE(percent100(row.figures.effectiveness), 9231);
    QCOMPARE(percent100(row.figures.quality), 9500);
    QCOMPARE(percent100(row.figures.oee), 7600);
    QCOMPARE(percent100(row.figures.nee), 7990);
    QCOMPARE(percent100(row.figures.technicalEfficiency), 9070);
    QCOMPARE(percent100(row.figures.setupRate), 488);
    QCOMPARE(row.figures.mttrSeconds.value_or(-1), 20.0 * 60);
    QCOMPARE(row.figures.mtbfSeconds.value_or(-1), 195.0 * 60);
    QCOMPARE(percent100(row.figures.scrapRatio), 500);
    QVERIFY(row.notices.isEmpty());
}

void TstOee::eachReasonClassGoesWhereTheOwnerSaid()
{
    TestShop shop;
    const QList<std::pair<OeeClass, QString>> classed = {
        {OeeClass::Excluded, reason(shop, "X1", "无订单", OeeClass::Excluded)},
        {OeeClass::Planned, reason(shop, "P1", "计划保养", OeeClass::Planned)},
        {OeeClass::Availability, reason(shop, "A1", "故障", OeeClass::Availability)},
        {OeeClass::Performance, reason(shop, "S1", "小停", OeeClass::Performance)},
        {OeeClass::Quality, reason(shop, "Q1", "等待质检", OeeClass::Quality)},
        {OeeClass::Unset, reason(shop, "U1", "其他", OeeClass::Unset)},
    };
    // Each reason stops the lathe for 10 minutes from 08:00, then it runs; 10 idle minutes last.
    qint64 at = TestShop::at(0, 8);
    for (const auto &entry : classed) {
        status(shop, shop.lathe, at, MachineStatus::Down, entry.second);
        at += 10 * Minute;
    }
    status(shop, shop.lathe, at, MachineStatus::Running);
    status(shop, shop.lathe, TestShop::at(0, 15, 50), MachineStatus::Idle);
    shop.setNow(TestShop::at(0, 16));

    const OeeRow row = one(shop, shop.lathe, TestShop::at(0, 8), TestShop::at(0, 16));
    const OeeElements &e = row.elements;
    QCOMPARE(e.excludedSeconds, 600.0);
    QCOMPARE(e.pot(), 470.0 * 60);
    QCOMPARE(e.plannedDownSeconds, 600.0);
    QCOMPARE(e.availabilitySeconds, 600.0);
    QCOMPARE(e.performanceStopSeconds, 600.0);
    QCOMPARE(e.qualityStopSeconds, 600.0);
    QCOMPARE(e.unclassifiedSeconds, 1200.0); // the reason without class and the idle end
    QCOMPARE(e.delayEvents, 3);
    QCOMPARE(e.runningSeconds, 410.0 * 60); // 09:00–15:50
    QCOMPARE(e.apt(), e.runningSeconds + e.performanceStopSeconds + e.qualityStopSeconds);
    QVERIFY(row.notices.contains(OeeNotice::ReasonsWithoutClass));
}

void TstOee::reasonGivenLaterReplacesTheEventsOwn()
{
    TestShop shop;
    const QString failure = reason(shop, "F1", "故障", OeeClass::Availability);
    status(shop, shop.lathe, TestShop::at(0, 8), MachineStatus::Idle);
    status(shop, shop.lathe, TestShop::at(0, 9), MachineStatus::Running);
    shop.setNow(TestShop::at(0, 10));
    OeeRow row = one(shop, shop.lathe, TestShop::at(0, 8), TestShop::at(0, 10));
    QCOMPARE(row.elements.unclassifiedSeconds, 3600.0);

    QSqlQuery event(shop.ws->database().connection());
    QVERIFY(event.exec(QStringLiteral("SELECT id FROM machine_status_events WHERE status = 'idle'")));
    QVERIFY(event.next());
    exec(shop, QStringLiteral("INSERT INTO status_event_reasons (id, event_id, downtime_reason_id, "
                              "at, device_id) VALUES ('%1', '%2', '%3', %4, 'x')")
                   .arg(newUuidV7(), event.value(0).toString(), failure)
                   .arg(TestShop::at(0, 10)));
    row = one(shop, shop.lathe, TestShop::at(0, 8), TestShop::at(0, 10));
    QCOMPARE(row.elements.unclassifiedSeconds, 0.0);
    QCOMPARE(row.elements.availabilitySeconds, 3600.0);
    const Result<QList<StatusSpan>> spans =
        shop.ws->oee()->timeline(shop.lathe, TestShop::at(0, 8), TestShop::at(0, 10), shop.nowMs());
    QVERIFY(spans);
    QCOMPARE(spans.value().constFirst().use, TimeUse::Availability);
    QVERIFY(spans.value().constFirst().reasonGivenLater);
}

// Shifts 08–12, 13–17 and a night shift 20–04: breaks and nights are not working time, and the
// night's hours after midnight belong to the day the shift began.
void TstOee::calendarBreaksAndNightShifts()
{
    TestShop shop;
    const Result<WorkCalendar> calendar = WorkCalendar::create(
        {{QTime(8, 0), QTime(12, 0)}, {QTime(13, 0), QTime(17, 0)}, {QTime(20, 0), QTime(4, 0)}},
        {}, {}, {}, QTimeZone::utc());
    QVERIFY(calendar);
    QVERIFY(shop.ws->schedule()->setCalendar(calendar.value()));
    const QString failure = reason(shop, "F1", "故障", OeeClass::Availability);
    status(shop, shop.lathe, TestShop::at(0, 11), MachineStatus::Down, failure);
    status(shop, shop.lathe, TestShop::at(0, 14), MachineStatus::Running);
    shop.setNow(TestShop::at(1, 8));
    const qint64 from = TestShop::at(0, 8);
    const qint64 to = TestShop::at(1, 8);
    const OeeRow row = one(shop, shop.lathe, from, to);
    QCOMPARE(row.elements.calendarSeconds, 16.0 * 3600);
    QCOMPARE(row.elements.availabilitySeconds, 2.0 * 3600); // 11–12 and 13–14
    QCOMPARE(row.elements.delayEvents, 1);

    OeeQuery query;
    query.fromMs = from;
    query.toMs = to;
    query.machineIds = {shop.lathe};
    query.grouping = OeeGrouping::Day;
    const Result<OeeResult> byDay = shop.ws->oee()->compute(query, shop.nowMs());
    QVERIFY(byDay);
    // 00:00–04:00 is day 0's night shift; running on from 04:00 to 08:00 is day 1's overtime.
    QCOMPARE(byDay.value().rows.size(), 2);
    QCOMPARE(byDay.value().rows.at(0).key, TestShop::day(0).toString(Qt::ISODate));
    QCOMPARE(byDay.value().rows.at(0).elements.calendarSeconds, 16.0 * 3600);
    QCOMPARE(byDay.value().rows.at(1).elements.calendarSeconds, 0.0);
    QCOMPARE(byDay.value().rows.at(1).elements.overtimeSeconds, 4.0 * 3600);
    query.grouping = OeeGrouping::Shift;
    const Result<OeeResult> byShift = shop.ws->oee()->compute(query, shop.nowMs());
    QVERIFY(byShift);
    QCOMPARE(byShift.value().rows.size(), 4); // and the overtime outside every shift
    QCOMPARE(byShift.value().rows.at(2).label, QStringLiteral("20:00–04:00"));
    QCOMPARE(byShift.value().rows.at(2).elements.calendarSeconds, 8.0 * 3600);
    QCOMPARE(byShift.value().total.elements, row.elements);
}

void TstOee::stopAcrossMidnightAndShiftsCountsOnlyWorkingTime()
{
    TestShop shop; // 08:00–16:00 every day
    const QString failure = reason(shop, "F1", "故障", OeeClass::Availability);
    status(shop, shop.lathe, TestShop::at(0, 8), MachineStatus::Running);
    status(shop, shop.lathe, TestShop::at(0, 15), MachineStatus::Down, failure);
    status(shop, shop.lathe, TestShop::at(1, 9), MachineStatus::Running);
    shop.setNow(TestShop::at(1, 16));
    const OeeRow row = one(shop, shop.lathe, TestShop::at(0, 0), TestShop::at(2, 0));
    QCOMPARE(row.elements.availabilitySeconds, 2.0 * 3600); // 15–16 and 08–09
    QCOMPARE(row.elements.delayEvents, 1);
    QCOMPARE(row.figures.mttrSeconds.value_or(0), 2.0 * 3600);
    QCOMPARE(row.elements.runningSeconds, 14.0 * 3600);
}

void TstOee::runningOutsideTheCalendarIsOvertime()
{
    TestShop shop;
    status(shop, shop.lathe, TestShop::at(0, 15), MachineStatus::Running);
    status(shop, shop.lathe, TestShop::at(0, 18), MachineStatus::Idle);
    shop.setNow(TestShop::at(0, 20));
    const OeeRow row = one(shop, shop.lathe, TestShop::at(0, 15), TestShop::at(0, 20));
    QCOMPARE(row.elements.calendarSeconds, 3600.0);
    QCOMPARE(row.elements.overtimeSeconds, 2.0 * 3600);
    QCOMPARE(row.elements.runningSeconds, 3.0 * 3600);
    QCOMPARE(percent100(row.figures.availability), 10000); // idle after 18:00 is off shift
}

void TstOee::machineWithNoEventsIsUnknownNotRunning()
{
    TestShop shop;
    shop.setNow(TestShop::at(0, 16));
    const OeeRow row = one(shop, shop.mill, TestShop::at(0, 8), TestShop::at(0, 16));
    QCOMPARE(row.elements.runningSeconds, 0.0);
    QCOMPARE(row.elements.unclassifiedSeconds, 8.0 * 3600);
    QCOMPARE(row.elements.noStatusSeconds, 8.0 * 3600);
    QVERIFY(!row.figures.availability); // not a 0 % and not a 100 %
    QVERIFY(!row.figures.oee);
    QVERIFY(row.notices.contains(OeeNotice::NoStatusEvents));
    QVERIFY(row.notices.contains(OeeNotice::NoProduction));
    QVERIFY(!OeeService::noticeText(OeeNotice::NoStatusEvents).isEmpty());
}

// Two machines, one idle most of the day: the total is the sum of elements, not the mean of
// the two availabilities.
void TstOee::sumsOverMachinesAreElementSums()
{
    TestShop shop;
    const QString failure = reason(shop, "F1", "故障", OeeClass::Availability);
    status(shop, shop.lathe, TestShop::at(0, 8), MachineStatus::Running);
    status(shop, shop.mill, TestShop::at(0, 8), MachineStatus::Down, failure);
    status(shop, shop.mill, TestShop::at(0, 14), MachineStatus::Running);
    shop.setNow(TestShop::at(0, 16));
    OeeQuery query;
    query.fromMs = TestShop::at(0, 8);
    query.toMs = TestShop::at(0, 16);
    query.machineIds = {shop.lathe, shop.mill};
    const Result<OeeResult> result = shop.ws->oee()->compute(query, shop.nowMs());
    QVERIFY(result);
    QCOMPARE(result.value().rows.size(), 2);
    OeeElements sum;
    for (const OeeRow &row : result.value().rows)
        sum += row.elements;
    QCOMPARE(result.value().total.elements, sum);
    QCOMPARE(percent100(result.value().total.figures.availability), 6250); // 10 h of 16 h
    query.grouping = OeeGrouping::Workshop;
    const Result<OeeResult> workshop = shop.ws->oee()->compute(query, shop.nowMs());
    QVERIFY(workshop);
    QCOMPARE(workshop.value().rows.size(), 1);
    QCOMPARE(workshop.value().rows.constFirst().elements, sum);
}

void TstOee::byShiftProductAndDay()
{
    TestShop shop;
    status(shop, shop.lathe, TestShop::at(0, 8), MachineStatus::Running);
    shop.reportAt(TestShop::at(0, 9), shop.request(0, 10));
    shop.reportAt(TestShop::at(1, 9), shop.request(0, 5));
    shop.setNow(TestShop::at(1, 16));
    OeeQuery query;
    query.fromMs = TestShop::at(0, 0);
    query.toMs = TestShop::at(2, 0);
    query.machineIds = {shop.lathe};
    query.grouping = OeeGrouping::Day;
    const Result<OeeResult> byDay = shop.ws->oee()->compute(query, shop.nowMs());
    QVERIFY(byDay);
    QCOMPARE(byDay.value().rows.size(), 2);
    QCOMPARE(byDay.value().rows.at(0).elements.goodQty, 10.0);
    QCOMPARE(byDay.value().rows.at(1).elements.goodQty, 5.0);
    QVERIFY(byDay.value().rows.at(0).notices.contains(OeeNotice::StandardTimeBasis));
    query.grouping = OeeGrouping::Product;
    const Result<OeeResult> byProduct = shop.ws->oee()->compute(query, shop.nowMs());
    QVERIFY(byProduct);
    QCOMPARE(byProduct.value().rows.size(), 2); // the flange's pieces, and time with no job
    QCOMPARE(byProduct.value().total.elements.goodQty, 15.0);
}

void TstOee::voidedReportsDoNotCount()
{
    TestShop shop;
    status(shop, shop.lathe, TestShop::at(0, 8), MachineStatus::Running);
    shop.reportAt(TestShop::at(0, 9), shop.request(0, 10));
    const QString wrong = shop.reportAt(TestShop::at(0, 10), shop.request(0, 7));
    shop.setNow(TestShop::at(0, 11));
    const auto voided = shop.ws->reporting()->voidReport(wrong, QStringLiteral("typo"));
    QVERIFY2(voided, qPrintable(voided.error()));
    shop.setNow(TestShop::at(0, 16));
    const OeeRow row = one(shop, shop.lathe, TestShop::at(0, 8), TestShop::at(0, 16));
    QCOMPARE(row.elements.goodQty, 10.0);
}

void TstOee::periodsWhereFiguresCannotBeTold()
{
    TestShop shop;
    status(shop, shop.lathe, TestShop::at(0, 8), MachineStatus::Running);
    // A day off: no calendar time.
    QVERIFY(shop.ws->schedule()->setCalendar(TestShop::calendar({TestShop::day(1)})));
    shop.setNow(TestShop::at(2, 8));
    OeeRow row = one(shop, shop.mill, TestShop::at(1, 0), TestShop::at(2, 0));
    QVERIFY(row.notices.contains(OeeNotice::NoCalendarTime));
    QVERIFY(!row.figures.availability);
    QVERIFY(!row.figures.oee);
    // The future.
    row = one(shop, shop.lathe, TestShop::at(5, 0), TestShop::at(6, 0));
    QVERIFY(row.notices.contains(OeeNotice::FuturePeriod));
    QVERIFY(!row.figures.availability);
    QCOMPARE(row.elements, OeeElements());
    // Backwards.
    OeeQuery query;
    query.fromMs = TestShop::at(1, 0);
    query.toMs = TestShop::at(0, 0);
    const Result<OeeResult> backwards = shop.ws->oee()->compute(query, shop.nowMs());
    QVERIFY(!backwards);
    QVERIFY(!backwards.error().isEmpty());
}

QTEST_GUILESS_MAIN(TstOee)
#include "tst_oee.moc"
