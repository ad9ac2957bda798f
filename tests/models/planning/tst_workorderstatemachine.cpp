// The work order's life (工单状态): every state × action pair either lands in the one state the
// issue names or is refused with a reason the planner can read; operations stay editable only
// until production starts; stored state keys survive a round trip.
#include "domain/planning/workorder.h"
#include "domain/planning/workorderstatemachine.h"

#include <QSet>
#include <QTest>

using namespace Taktline;

Q_DECLARE_METATYPE(Taktline::WorkOrderState)
Q_DECLARE_METATYPE(Taktline::WorkOrderAction)

class TstWorkOrderStateMachine : public QObject
{
    Q_OBJECT
private slots:
    void everyStateActionPair_data();
    void everyStateActionPair();
    void allowedActionsPerState_data();
    void allowedActionsPerState();
    void operationsEditableOnlyBeforeProduction_data();
    void operationsEditableOnlyBeforeProduction();
    void stateKeyRoundTrip();
    void unknownStateKeyIsRejected_data();
    void unknownStateKeyIsRejected();
    void namesAreReadableAndDistinct();
    void holdAndResumeCanRepeatBeforeClosing();
};

namespace {

using S = WorkOrderState;
using A = WorkOrderAction;

// The transitions, written out once: draft → released → in_progress ⇄ on_hold →
// completed → closed; cancelled from draft, released or on_hold. Everything else is refused.
struct Transition
{
    S from;
    A action;
    S to;
};

const Transition Allowed[] = {
    {S::Draft, A::Release, S::Released},     {S::Released, A::Start, S::InProgress},
    {S::InProgress, A::Hold, S::OnHold},     {S::OnHold, A::Resume, S::InProgress},
    {S::InProgress, A::Complete, S::Completed}, {S::Completed, A::Close, S::Closed},
    {S::Draft, A::Cancel, S::Cancelled},     {S::Released, A::Cancel, S::Cancelled},
    {S::OnHold, A::Cancel, S::Cancelled},
};

std::optional<S> expectedTarget(S from, A action)
{
    for (const Transition &t : Allowed) {
        if (t.from == from && t.action == action)
            return t.to;
    }
    return std::nullopt;
}

QByteArray rowName(S from, A action)
{
    return (workOrderStateKey(from) + QLatin1Char('/') + WorkOrderStateMachine::actionDisplayName(action))
        .toUtf8();
}

} // namespace

void TstWorkOrderStateMachine::everyStateActionPair_data()
{
    QTest::addColumn<WorkOrderState>("from");
    QTest::addColumn<WorkOrderAction>("action");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<WorkOrderState>("to");
    QCOMPARE(allWorkOrderStates().size(), 7);
    QCOMPARE(WorkOrderStateMachine::allActions().size(), 7);
    for (S from : allWorkOrderStates()) {
        for (A action : WorkOrderStateMachine::allActions()) {
            const std::optional<S> to = expectedTarget(from, action);
            QTest::newRow(rowName(from, action).constData()) << from << action << to.has_value()
                                                             << to.value_or(from);
        }
    }
}

void TstWorkOrderStateMachine::everyStateActionPair()
{
    QFETCH(WorkOrderState, from);
    QFETCH(WorkOrderAction, action);
    QFETCH(bool, allowed);
    QFETCH(WorkOrderState, to);
    const Result<WorkOrderState> result = WorkOrderStateMachine::apply(from, action);
    QCOMPARE(result.ok(), allowed);
    QCOMPARE(WorkOrderStateMachine::allowedActions(from).contains(action), allowed);
    if (allowed) {
        QCOMPARE(result.value(), to);
        QVERIFY(result.error().isEmpty());
        return;
    }
    // The reason says where the order stands or what to do, in a finished sentence.
    const QString reason = result.error();
    QVERIFY2(!reason.trimmed().isEmpty(), "a refused transition needs a reason");
    QVERIFY2(!reason.contains(QLatin1Char('%')), qPrintable(reason));
    QVERIFY2(reason.endsWith(QLatin1Char('.')), qPrintable(reason));
    const bool namesState = reason.contains(workOrderStateDisplayName(from), Qt::CaseInsensitive);
    const bool namesAction =
        reason.contains(WorkOrderStateMachine::actionDisplayName(action), Qt::CaseInsensitive);
    QVERIFY2(namesState || namesAction, qPrintable(reason));
}

void TstWorkOrderStateMachine::allowedActionsPerState_data()
{
    QTest::addColumn<WorkOrderState>("state");
    QTest::addColumn<QList<WorkOrderAction>>("expected");
    QTest::newRow("draft") << S::Draft << QList<A>{A::Release, A::Cancel};
    QTest::newRow("released") << S::Released << QList<A>{A::Start, A::Cancel};
    QTest::newRow("in_progress") << S::InProgress << QList<A>{A::Hold, A::Complete};
    QTest::newRow("on_hold") << S::OnHold << QList<A>{A::Resume, A::Cancel};
    QTest::newRow("completed") << S::Completed << QList<A>{A::Close};
    QTest::newRow("closed") << S::Closed << QList<A>{};
    QTest::newRow("cancelled") << S::Cancelled << QList<A>{};
}

void TstWorkOrderStateMachine::allowedActionsPerState()
{
    QFETCH(WorkOrderState, state);
    QFETCH(QList<WorkOrderAction>, expected);
    QCOMPARE(WorkOrderStateMachine::allowedActions(state), expected);
}

void TstWorkOrderStateMachine::operationsEditableOnlyBeforeProduction_data()
{
    QTest::addColumn<WorkOrderState>("state");
    QTest::addColumn<bool>("editable");
    for (S state : allWorkOrderStates()) {
        QTest::newRow(workOrderStateKey(state).toUtf8().constData())
            << state << (state == S::Draft || state == S::Released);
    }
}

void TstWorkOrderStateMachine::operationsEditableOnlyBeforeProduction()
{
    QFETCH(WorkOrderState, state);
    QFETCH(bool, editable);
    QCOMPARE(WorkOrderStateMachine::operationsEditable(state), editable);
}

void TstWorkOrderStateMachine::stateKeyRoundTrip()
{
    const QStringList expectedKeys = {QStringLiteral("draft"),     QStringLiteral("released"),
                                      QStringLiteral("in_progress"), QStringLiteral("on_hold"),
                                      QStringLiteral("completed"), QStringLiteral("closed"),
                                      QStringLiteral("cancelled")};
    QStringList keys;
    for (S state : allWorkOrderStates()) {
        const QString key = workOrderStateKey(state);
        keys << key;
        const std::optional<S> back = workOrderStateFromKey(key);
        QVERIFY2(back.has_value(), qPrintable(key));
        QCOMPARE(*back, state);
    }
    // The keys are what the database's CHECK constraint accepts; they must not drift.
    QCOMPARE(keys, expectedKeys);
}

void TstWorkOrderStateMachine::unknownStateKeyIsRejected_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("empty") << QString();
    QTest::newRow("made up") << QStringLiteral("finished");
    QTest::newRow("display name") << QStringLiteral("In progress");
    QTest::newRow("space for underscore") << QStringLiteral("in progress");
    QTest::newRow("upper case") << QStringLiteral("DRAFT");
    QTest::newRow("padded") << QStringLiteral(" draft");
}

void TstWorkOrderStateMachine::unknownStateKeyIsRejected()
{
    QFETCH(QString, key);
    QVERIFY(!workOrderStateFromKey(key).has_value());
}

void TstWorkOrderStateMachine::namesAreReadableAndDistinct()
{
    QSet<QString> stateNames;
    for (S state : allWorkOrderStates())
        stateNames.insert(workOrderStateDisplayName(state));
    QVERIFY(!stateNames.contains(QString()));
    QCOMPARE(stateNames.size(), 7);
    QSet<QString> actionNames;
    for (A action : WorkOrderStateMachine::allActions())
        actionNames.insert(WorkOrderStateMachine::actionDisplayName(action));
    QVERIFY(!actionNames.contains(QString()));
    QCOMPARE(actionNames.size(), 7);
}

void TstWorkOrderStateMachine::holdAndResumeCanRepeatBeforeClosing()
{
    // A day on the shop floor: released, started, held twice for material, finished, closed.
    S state = S::Draft;
    const QList<A> path = {A::Release, A::Start, A::Hold, A::Resume, A::Hold,
                           A::Resume,  A::Complete, A::Close};
    for (A action : path) {
        const Result<S> next = WorkOrderStateMachine::apply(state, action);
        QVERIFY2(next.ok(), QByteArray(rowName(state, action) + ": " + next.error().toUtf8()).constData());
        state = next.value();
    }
    QCOMPARE(state, S::Closed);
    QVERIFY(WorkOrderStateMachine::allowedActions(state).isEmpty());
}

QTEST_GUILESS_MAIN(TstWorkOrderStateMachine)
#include "tst_workorderstatemachine.moc"
