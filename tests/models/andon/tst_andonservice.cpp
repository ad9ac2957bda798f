// Andon (安灯) as the shop floor lives it: a call is a fact with who, where and when; a machine
// cannot call twice for the same thing while the first call waits; only a supervisor (or the
// owner, a planner) answers, once; the earliest answer counts when two devices both answered;
// an unanswered call escalates after the factory's set time; response and repair times come from
// the facts. Every refusal writes nothing.
#include "domain/andon/andoncall.h"
#include "services/andon/andonservice.h"
#include "storage/database.h"
#include "storage/uuid.h"
#include "testshop.h"

#include <QSqlQuery>
#include <QTest>

using namespace Taktline;

class TstAndonService : public QObject
{
    Q_OBJECT
private slots:
    void callIsAFactWithWhoWhereAndWhen();
    void secondOpenCallOfTheSameKindIsRefused();
    void callByAnInactiveEmployeeIsRefusedInWords();
    void onlyAnswerAndonMayAcknowledgeOrClose();
    void closingTwiceIsRefused();
    void earliestOfTwoAcknowledgementsCounts();
    void answerIsNeverBeforeTheCall();
    void unansweredCallEscalatesAfterTheSetTime();
    void responseAndRepairTimes();
    void escalationTimeRefusesBadValues();
};

namespace {

constexpr qint64 Minute = 60 * 1000;

qint64 at(int hour, int minute, int second = 0)
{
    return TestShop::at(0, hour, minute, second);
}

// The shop with Wang signed in at the lathe's station as an operator.
struct Floor : TestShop
{
    Floor() { signIn(Role::Operator); }

    AndonService *andon() const { return ws->andon(); }
    QString call(qint64 when, AndonKind kind = AndonKind::Material, const QString &machine = {})
    {
        setNow(when);
        const Result<QString> id = andon()->call(machine.isEmpty() ? lathe : machine, kind, wang);
        if (!id)
            qFatal("call: %s", qPrintable(id.error()));
        return id.value();
    }
    AndonCall find(const QString &id) const
    {
        const Result<AndonCall> call = andon()->find(id);
        if (!call)
            qFatal("find: %s", qPrintable(call.error()));
        return call.value();
    }
    void answer(qint64 when, const QString &id, bool close, const QString &note = {})
    {
        setNow(when);
        signIn(Role::Supervisor);
        const Outcome answered = close ? andon()->close(id, note) : andon()->acknowledge(id, note);
        if (!answered)
            qFatal("answer: %s", qPrintable(answered.error()));
    }
};

} // namespace

void TstAndonService::callIsAFactWithWhoWhereAndWhen()
{
    Floor f;
    QSignalSpy changed(f.andon(), &AndonService::callsChanged);
    const QString id = f.call(at(10, 0), AndonKind::Quality);
    QCOMPARE(changed.size(), 1);

    QSqlQuery row(f.ws->database().connection());
    QVERIFY(row.exec(QStringLiteral("SELECT machine_id, kind, employee_id, called_at, device_id, "
                                    "user_id FROM andon_calls WHERE id = '%1'")
                         .arg(id)));
    QVERIFY(row.next());
    QCOMPARE(row.value(QStringLiteral("machine_id")).toString(), f.lathe);
    QCOMPARE(row.value(QStringLiteral("kind")).toString(), QStringLiteral("quality"));
    QCOMPARE(row.value(QStringLiteral("employee_id")).toString(), f.wang);
    QCOMPARE(row.value(QStringLiteral("called_at")).toLongLong(), at(10, 0));
    QCOMPARE(row.value(QStringLiteral("device_id")).toString(), f.ws->database().deviceId());
    QCOMPARE(row.value(QStringLiteral("user_id")).toString(), QStringLiteral("u-operator"));

    const Result<QList<AndonCall>> open = f.andon()->openCalls();
    QVERIFY(open);
    QCOMPARE(open.value().size(), 1);
    const AndonCall &call = open.value().constFirst();
    QCOMPARE(call.machineCode, QStringLiteral("LATHE-1"));
    QCOMPARE(call.employeeName, QStringLiteral("王建国"));
    QCOMPARE(call.workshop, QStringLiteral("一车间"));
    QCOMPARE(call.state(), AndonState::Open);
    // Another workshop's list does not show it.
    QVERIFY(f.andon()->openCalls(QStringLiteral("装配车间")).value().isEmpty());

    // A fact: it is never edited afterwards.
    QSqlQuery edit(f.ws->database().connection());
    QVERIFY(!edit.exec(QStringLiteral("UPDATE andon_calls SET kind = 'material'")));
}

void TstAndonService::secondOpenCallOfTheSameKindIsRefused()
{
    Floor f;
    const QString first = f.call(at(10, 0), AndonKind::Material);
    QSignalSpy changed(f.andon(), &AndonService::callsChanged);
    const Result<QString> again = f.andon()->call(f.lathe, AndonKind::Material, f.wang);
    QVERIFY(!again);
    QVERIFY2(again.error().contains(QStringLiteral("LATHE-1")), qPrintable(again.error()));
    QVERIFY2(again.error().contains(QStringLiteral("still open")), qPrintable(again.error()));
    QCOMPARE(f.rows("andon_calls"), 1);
    QCOMPARE(changed.size(), 0);

    // Another kind at the same machine, or the same kind at another machine, is a new call.
    f.call(at(10, 1), AndonKind::Maintenance);
    f.call(at(10, 2), AndonKind::Material, f.mill);
    QCOMPARE(f.rows("andon_calls"), 3);

    // An acknowledged call is still open; once closed, the machine may call for it again.
    f.answer(at(10, 5), first, false);
    f.signIn(Role::Operator);
    QVERIFY(!f.andon()->call(f.lathe, AndonKind::Material, f.wang));
    f.answer(at(10, 9), first, true);
    f.signIn(Role::Operator);
    QVERIFY(f.andon()->call(f.lathe, AndonKind::Material, f.wang));
    QCOMPARE(f.rows("andon_calls"), 4);
}

void TstAndonService::callByAnInactiveEmployeeIsRefusedInWords()
{
    Floor f;
    f.setNow(at(10, 0));
    const Result<QString> byLeaver = f.andon()->call(f.lathe, AndonKind::Supervisor, f.leaver);
    QVERIFY(!byLeaver);
    QVERIFY2(byLeaver.error().contains(QStringLiteral("not active")), qPrintable(byLeaver.error()));
    const Result<QString> byNobody = f.andon()->call(f.lathe, AndonKind::Supervisor, newUuidV7());
    QVERIFY(!byNobody);
    QVERIFY2(!byNobody.error().contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive),
             qPrintable(byNobody.error()));
    const Result<QString> retired = f.andon()->call(f.retired, AndonKind::Supervisor, f.wang);
    QVERIFY(!retired);
    QCOMPARE(f.rows("andon_calls"), 0);
}

void TstAndonService::onlyAnswerAndonMayAcknowledgeOrClose()
{
    Floor f;
    const QString id = f.call(at(10, 0));
    f.setNow(at(10, 3));
    QSignalSpy changed(f.andon(), &AndonService::callsChanged);
    const Outcome ack = f.andon()->acknowledge(id); // still the operator
    QVERIFY(!ack);
    QVERIFY(!ack.error().isEmpty());
    QVERIFY(!f.andon()->close(id));
    QCOMPARE(f.rows("andon_responses"), 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(f.find(id).state(), AndonState::Open);

    for (Role role : {Role::Supervisor, Role::Planner, Role::Owner}) {
        const QString other = f.call(at(10, 4), AndonKind::Quality, f.mill);
        f.signIn(role);
        QVERIFY2(f.andon()->acknowledge(other), qPrintable(roleKey(role)));
        QVERIFY2(f.andon()->close(other), qPrintable(roleKey(role)));
        f.signIn(Role::Operator);
    }
    QCOMPARE(f.rows("andon_responses"), 6);
}

void TstAndonService::closingTwiceIsRefused()
{
    Floor f;
    const QString id = f.call(at(10, 0));
    f.answer(at(10, 10), id, true, QStringLiteral("送到了"));
    const AndonCall closed = f.find(id);
    QCOMPARE(closed.state(), AndonState::Closed);
    QCOMPARE(closed.closeNote, QStringLiteral("送到了"));
    f.setNow(at(10, 12));
    const Outcome again = f.andon()->close(id);
    QVERIFY(!again);
    QVERIFY2(again.error().contains(QStringLiteral("already closed")), qPrintable(again.error()));
    QVERIFY(!f.andon()->acknowledge(id)); // nor acknowledged after the close
    QCOMPARE(f.rows("andon_responses"), 1);
    QCOMPARE(f.find(id).closedAtMs, at(10, 10));
    QVERIFY(f.andon()->openCalls().value().isEmpty());
}

void TstAndonService::earliestOfTwoAcknowledgementsCounts()
{
    Floor f;
    const QString id = f.call(at(10, 0));
    f.answer(at(10, 6), id, false);
    QCOMPARE(f.find(id).acknowledgedAtMs, at(10, 6));
    // Another device answered too, offline, at 10:02; its fact arrives by sync.
    QSqlQuery synced(f.ws->database().connection());
    QVERIFY(synced.exec(
        QStringLiteral("INSERT INTO andon_responses (id, call_id, action, note, at, device_id, "
                       "user_id) VALUES ('%1', '%2', 'acknowledged', '', %3, 'other-device', '')")
            .arg(newUuidV7(), id)
            .arg(at(10, 2))));
    const AndonCall call = f.find(id);
    QCOMPARE(call.acknowledgedAtMs, at(10, 2));
    QCOMPARE(call.responseMs(), 2 * Minute);
    // A second acknowledgement on this device is refused: somebody is on the way.
    QVERIFY(!f.andon()->acknowledge(id));
    QCOMPARE(f.rows("andon_responses"), 2);
}

void TstAndonService::answerIsNeverBeforeTheCall()
{
    Floor f;
    // The call came from a tablet whose clock runs three minutes ahead of this office PC.
    const QString id = f.call(at(10, 3));
    f.answer(at(10, 1), id, false);
    f.answer(at(10, 2), id, true);
    const AndonCall call = f.find(id);
    QCOMPARE(call.acknowledgedAtMs, at(10, 3));
    QCOMPARE(call.closedAtMs, at(10, 3));
    QCOMPARE(call.responseMs(), 0);
    QCOMPARE(call.repairMs(), 0);
}

void TstAndonService::unansweredCallEscalatesAfterTheSetTime()
{
    Floor f;
    QCOMPARE(f.andon()->escalateAfterMs(), AndonService::DefaultEscalateMinutes * Minute);
    const QString id = f.call(at(10, 0));
    const qint64 after = f.andon()->escalateAfterMs();
    QVERIFY(!f.find(id).escalated(at(10, 9, 59), after));
    QVERIFY(f.find(id).escalated(at(10, 10), after));

    f.signIn(Role::Owner);
    QVERIFY(f.andon()->setEscalateAfterMinutes(5));
    QCOMPARE(f.andon()->escalateAfterMs(), 5 * Minute);
    QVERIFY(!f.find(id).escalated(at(10, 4, 59), f.andon()->escalateAfterMs()));
    QVERIFY(f.find(id).escalated(at(10, 5), f.andon()->escalateAfterMs()));

    // Answered, it is no longer escalated, however long the repair takes.
    f.answer(at(10, 7), id, false);
    QVERIFY(!f.find(id).escalated(at(11, 0), f.andon()->escalateAfterMs()));
}

void TstAndonService::responseAndRepairTimes()
{
    Floor f;
    const QString answered = f.call(at(10, 0));
    f.answer(at(10, 4), answered, false);
    f.answer(at(10, 19), answered, true);
    f.signIn(Role::Operator);
    const QString closedAtOnce = f.call(at(11, 0), AndonKind::Quality);
    f.answer(at(11, 7), closedAtOnce, true);
    f.signIn(Role::Operator);
    const QString waiting = f.call(at(12, 0), AndonKind::Supervisor);

    const AndonCall first = f.find(answered);
    QCOMPARE(first.responseMs(), 4 * Minute);
    QCOMPARE(first.repairMs(), 15 * Minute);
    const AndonCall second = f.find(closedAtOnce);
    QCOMPARE(second.responseMs(), 0);        // never acknowledged
    QCOMPARE(second.repairMs(), 7 * Minute); // from the call
    const AndonCall open = f.find(waiting);
    QCOMPARE(open.waitingMs(at(12, 25)), 25 * Minute);
    QCOMPARE(open.repairMs(), 0);

    // The dashboard's window: calls made in [from, to).
    const Result<QList<AndonCall>> morning = f.andon()->calls(at(10, 0), at(12, 0));
    QVERIFY(morning);
    QCOMPARE(morning.value().size(), 2);
    QCOMPARE(morning.value().at(0).id, answered);
    QCOMPARE(morning.value().at(1).id, closedAtOnce);
}

void TstAndonService::escalationTimeRefusesBadValues()
{
    Floor f;
    f.signIn(Role::Owner);
    QVERIFY(f.andon()->setEscalateAfterMinutes(15));
    for (int bad : {0, -5, 241, 100000}) {
        const Outcome refused = f.andon()->setEscalateAfterMinutes(bad);
        QVERIFY2(!refused, qPrintable(QString::number(bad)));
        QVERIFY(refused.error().contains(QStringLiteral("240")));
    }
    f.signIn(Role::Operator);
    QVERIFY(!f.andon()->setEscalateAfterMinutes(20));
    f.signIn(Role::Supervisor);
    QVERIFY(!f.andon()->setEscalateAfterMinutes(20));
    QCOMPARE(f.andon()->escalateAfterMs(), 15 * Minute);
}

QTEST_GUILESS_MAIN(TstAndonService)
#include "tst_andonservice.moc"
