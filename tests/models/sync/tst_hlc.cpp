// The hybrid logical clock every synced change carries (docs/sync.md, "Clock"): text order is
// clock order, it never goes backwards, and it moves past what it observes — so a tablet whose
// wall clock is slow still wins with an edit made after seeing another device's.
#include "domain/sync/hlc.h"

#include <QTest>

using namespace Taktline;

class TstHlc : public QObject
{
    Q_OBJECT
private slots:
    void formatIsFixedWidthAndParses();
    void malformedTextIsRefused_data();
    void malformedTextIsRefused();
    void neverGoesBackwards();
    void counterOverflowBorrowsTheNextMillisecond();
    void slowTabletWinsAfterSeeingTheOthersEdit();
    void observeIgnoresWhatIsNoClock();
};

namespace {

const QString NodeA = QStringLiteral("0192f3a4-0000-7000-8000-00000000000a");
const QString NodeB = QStringLiteral("0192f3a4-0000-7000-8000-00000000000b");
constexpr qint64 Noon = 1796558400000; // some UTC noon in 2026

} // namespace

void TstHlc::formatIsFixedWidthAndParses()
{
    const QString text = Hlc::format({42, 10, NodeA});
    QCOMPARE(text, QStringLiteral("0000000000042-000a-") + NodeA);
    const auto parts = Hlc::parse(text);
    QVERIFY(parts);
    QCOMPARE(parts->ms, 42);
    QCOMPARE(parts->counter, 10);
    QCOMPARE(parts->node, NodeA);
    // Text order is clock order: a larger counter, then a larger millisecond.
    QVERIFY(Hlc::format({Noon, 9, NodeB}) < Hlc::format({Noon, 10, NodeA}));
    QVERIFY(Hlc::format({Noon, 0xffff, NodeB}) < Hlc::format({Noon + 1, 0, NodeA}));
}

void TstHlc::malformedTextIsRefused_data()
{
    QTest::addColumn<QString>("text");
    const QString good = Hlc::format({Noon, 1, NodeA});
    QTest::newRow("empty") << QString();
    QTest::newRow("short ms") << good.mid(1);
    QTest::newRow("letter in ms") << QString(good).replace(0, 1, QStringLiteral("x"));
    QTest::newRow("upper-case counter") << QString(good).replace(14, 4, QStringLiteral("00AF"));
    QTest::newRow("counter not hex") << QString(good).replace(14, 4, QStringLiteral("00g1"));
    QTest::newRow("no dash") << QString(good).replace(13, 1, QStringLiteral("_"));
    QTest::newRow("node not a uuid") << good.left(19) + QStringLiteral("tablet-1");
    QTest::newRow("node upper case") << good.left(19) + NodeA.toUpper();
    QTest::newRow("trailing") << good + QStringLiteral("0");
    QTest::newRow("minus") << QStringLiteral("-000000000001-0000-") + NodeA;
}

void TstHlc::malformedTextIsRefused()
{
    QFETCH(QString, text);
    QVERIFY(!Hlc::parse(text));
    QVERIFY(!Hlc::isValid(text));
}

void TstHlc::neverGoesBackwards()
{
    qint64 wall = Noon;
    Hlc clock(NodeA, [&wall] { return wall; });
    const QString first = clock.now();
    const QString second = clock.now(); // same millisecond: the counter moves
    QVERIFY(second > first);
    wall -= 60000; // the PC's clock was set back a minute
    const QString third = clock.now();
    QVERIFY(third > second);
    wall = Noon + 5;
    const QString fourth = clock.now();
    QVERIFY(fourth > third);
    QCOMPARE(Hlc::parse(fourth)->ms, Noon + 5);
    QCOMPARE(Hlc::parse(fourth)->counter, 0);
}

void TstHlc::counterOverflowBorrowsTheNextMillisecond()
{
    Hlc clock(NodeA, [] { return Noon; });
    QString previous;
    for (int i = 0; i <= Hlc::MaxCounter + 2; ++i) {
        const QString next = clock.now();
        QVERIFY(next > previous);
        previous = next;
    }
    QCOMPARE(Hlc::parse(previous)->ms, Noon + 1);
}

void TstHlc::slowTabletWinsAfterSeeingTheOthersEdit()
{
    // The office PC is right; the tablet is 10 minutes behind.
    Hlc office(NodeA, [] { return Noon; });
    Hlc tablet(NodeB, [] { return Noon - 10 * 60 * 1000; });
    const QString officeEdit = office.now();
    const QString blindTabletEdit = tablet.now();
    QVERIFY(blindTabletEdit < officeEdit); // before it saw the office's edit: it loses
    QVERIFY(tablet.observe(officeEdit));
    const QString tabletEdit = tablet.now();
    QVERIFY(tabletEdit > officeEdit); // after seeing it: the later decision wins
    QCOMPARE(tablet.last(), tabletEdit);
}

void TstHlc::observeIgnoresWhatIsNoClock()
{
    Hlc clock(NodeA, [] { return Noon; });
    const QString mine = clock.now();
    QVERIFY(!clock.observe(QStringLiteral("9999999999999-ffff-not-a-node")));
    QVERIFY(!clock.observe(QString()));
    QCOMPARE(clock.last(), mine);
    // An older clock moves nothing.
    QVERIFY(clock.observe(Hlc::format({Noon - 1, 5, NodeB})));
    QCOMPARE(clock.last(), mine);
}

QTEST_GUILESS_MAIN(TstHlc)
#include "tst_hlc.moc"
