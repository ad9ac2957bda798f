// A supervisor gives a stop its reason after the fact (补录停机原因): the reason is a new fact
// that points at the status event, the event itself stays as it was, and the machine's timeline
// then shows the stop with that reason. A running or set-up span, an unknown event, a reason
// that is no longer used and anyone without the right to correct reports are refused, and
// nothing is written.
#include "fixturehelpers.h"
#include "services/masterdata/masterdataservice.h"
#include "services/oee/oeeservice.h"
#include "services/station/machinestatusservice.h"
#include "storage/database.h"
#include "storage/uuid.h"
#include "testshop.h"

#include <QSqlQuery>
#include <QTest>

using namespace Taktline;

class TstGiveReason : public QObject
{
    Q_OBJECT
private slots:
    void reasonIsAFactAndTheEventStays();
    void timelineShowsTheReasonGivenLater();
    void onlyStopsTakeAReason();
    void unknownEventAndInactiveReasonAreRefused();
    void needsTheRightToCorrectReports();
};

namespace {

qint64 mon(int hour, int minute = 0)
{
    return TestShop::at(0, hour, minute);
}

// The lathe stopped at 09:00 with no reason given (idle), ran from 09:30, went down for a
// breakdown at 11:00 and was set up from 12:00; a second downtime reason, material shortage.
struct Floor : TestShop
{
    QString idleEvent, runningEvent, downEvent, setupEvent;
    QString material = create(MasterDataKind::DowntimeReason, {{"code", "T02"}, {"name", "待料"}});

    Floor()
    {
        idleEvent = status(mon(9, 0), MachineStatus::Idle);
        runningEvent = status(mon(9, 30), MachineStatus::Running);
        downEvent = status(mon(11, 0), MachineStatus::Down, breakdown);
        setupEvent = status(mon(12, 0), MachineStatus::Setup);
        setNow(mon(14, 0));
        signIn(Role::Supervisor);
    }
    QString status(qint64 when, MachineStatus status, const QString &reason = {})
    {
        setNow(when);
        Fixture::require(ws->machineStatus()->setStatus(lathe, status, reason, wang), "status");
        QSqlQuery newest(ws->database().connection());
        if (!newest.exec(QStringLiteral("SELECT id FROM machine_status_events "
                                        "ORDER BY at DESC, id DESC LIMIT 1")) ||
            !newest.next())
            qFatal("no status event");
        return newest.value(0).toString();
    }
    QString eventReason(const QString &eventId) const
    {
        QSqlQuery query(ws->database().connection());
        query.prepare(QStringLiteral(
            "SELECT coalesce(downtime_reason_id, '') FROM machine_status_events WHERE id = :id"));
        query.bindValue(QStringLiteral(":id"), eventId);
        if (!query.exec() || !query.next())
            qFatal("no such event");
        return query.value(0).toString();
    }
};

} // namespace

void TstGiveReason::reasonIsAFactAndTheEventStays()
{
    Floor f;
    QSignalSpy changed(f.ws->machineStatus(), &MachineStatusService::statusChanged);
    QVERIFY(
        f.ws->machineStatus()->giveReason(f.idleEvent, f.material, QStringLiteral(" 钢板没到 ")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), f.lathe);

    QSqlQuery row(f.ws->database().connection());
    QVERIFY(row.exec(QStringLiteral("SELECT event_id, downtime_reason_id, note, at, device_id, "
                                    "user_id FROM status_event_reasons")));
    QVERIFY(row.next());
    QCOMPARE(row.value(QStringLiteral("event_id")).toString(), f.idleEvent);
    QCOMPARE(row.value(QStringLiteral("downtime_reason_id")).toString(), f.material);
    QCOMPARE(row.value(QStringLiteral("note")).toString(), QStringLiteral("钢板没到"));
    QCOMPARE(row.value(QStringLiteral("at")).toLongLong(), mon(14, 0));
    QCOMPARE(row.value(QStringLiteral("device_id")).toString(), f.ws->database().deviceId());
    QCOMPARE(row.value(QStringLiteral("user_id")).toString(), QStringLiteral("u-supervisor"));
    QVERIFY(!row.next());
    QCOMPARE(f.eventReason(f.idleEvent), QString()); // the event is as the station wrote it

    // A down event's own reason may be corrected too; a later reason is another fact.
    QVERIFY(f.ws->machineStatus()->giveReason(f.downEvent, f.material));
    QCOMPARE(f.rows("status_event_reasons"), 2);
    QCOMPARE(f.eventReason(f.downEvent), f.breakdown);
}

void TstGiveReason::timelineShowsTheReasonGivenLater()
{
    Floor f;
    QVERIFY(f.ws->machineStatus()->giveReason(f.idleEvent, f.material));
    const Result<QList<StatusSpan>> spans =
        f.ws->oee()->timeline(f.lathe, mon(8, 0), mon(14, 0), f.nowMs());
    QVERIFY2(spans, qPrintable(spans.error()));
    const StatusSpan *idle = nullptr;
    for (const StatusSpan &span : spans.value()) {
        if (span.eventId == f.idleEvent)
            idle = &span;
    }
    QVERIFY(idle);
    QCOMPARE(idle->startMs, mon(9, 0));
    QCOMPARE(idle->endMs, mon(9, 30));
    QCOMPARE(idle->downtimeReasonId, f.material);
    QVERIFY(idle->reasonGivenLater);
    QCOMPARE(idle->downtimeReason, QStringLiteral("待料"));
}

void TstGiveReason::onlyStopsTakeAReason()
{
    Floor f;
    for (const QString &event : {f.runningEvent, f.setupEvent}) {
        const Outcome refused = f.ws->machineStatus()->giveReason(event, f.material);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("LATHE-1")), qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(QStringLiteral("only a stop")),
                 qPrintable(refused.error()));
    }
    QCOMPARE(f.rows("status_event_reasons"), 0);
}

void TstGiveReason::unknownEventAndInactiveReasonAreRefused()
{
    Floor f;
    QSignalSpy changed(f.ws->machineStatus(), &MachineStatusService::statusChanged);
    const Outcome unknown = f.ws->machineStatus()->giveReason(newUuidV7(), f.material);
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().contains(QStringLiteral("not in the records")),
             qPrintable(unknown.error()));
    QVERIFY(!f.ws->machineStatus()->giveReason(f.idleEvent, newUuidV7()));
    QVERIFY(!f.ws->machineStatus()->giveReason(f.idleEvent, QString()));
    f.signIn(Role::Owner);
    Fixture::require(
        f.ws->masterData()->setActive(MasterDataKind::DowntimeReason, f.material, false),
        "retire the reason");
    const Outcome inactive = f.ws->machineStatus()->giveReason(f.idleEvent, f.material);
    QVERIFY(!inactive);
    QVERIFY2(inactive.error().contains(QStringLiteral("not available")),
             qPrintable(inactive.error()));
    QCOMPARE(f.rows("status_event_reasons"), 0);
    QCOMPARE(changed.size(), 0);
}

void TstGiveReason::needsTheRightToCorrectReports()
{
    Floor f;
    for (Role role : {Role::Operator, Role::Planner}) {
        f.signIn(role);
        QVERIFY2(!f.ws->machineStatus()->giveReason(f.idleEvent, f.material),
                 qPrintable(roleKey(role)));
    }
    QCOMPARE(f.rows("status_event_reasons"), 0);
    f.signIn(Role::Owner);
    QVERIFY(f.ws->machineStatus()->giveReason(f.idleEvent, f.material));
    QCOMPARE(f.rows("status_event_reasons"), 1);
}

QTEST_GUILESS_MAIN(TstGiveReason)
#include "tst_givereason.moc"
