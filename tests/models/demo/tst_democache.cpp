// The tests' demo cache: a copy holds exactly what a fresh build would, and runs on a clock that
// makes it look freshly built.
#include "democache.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "testshop.h"
#include "testworkspace.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTest>

using namespace Taktline;

class TstDemoCache : public QObject
{
    Q_OBJECT
private slots:
    void shiftedClockAdvancesFromItsOffset();
    void copyHoldsWhatABuildMakes();
    void copyOfTheWallClockDemoReadsTheTimeItWasBuilt();
};

namespace {

// A small demo, quick to build.
DemoOptions smallDemo()
{
    DemoOptions options;
    options.days = 5;
    options.workOrders = 12;
    return options;
}

// The row count of every table, by name.
QMap<QString, int> everyTable(Workspace &ws)
{
    QMap<QString, int> counts;
    QSqlQuery tables(ws.database().connection());
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        qFatal("list tables");
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery count(ws.database().connection());
        counts.insert(table, count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table))
                                     && count.next()
                                 ? count.value(0).toInt()
                                 : -1);
    }
    return counts;
}

} // namespace

void TstDemoCache::shiftedClockAdvancesFromItsOffset()
{
    const qint64 hour = 3600 * 1000;
    const Clock clock = Clock::shiftedBy(-hour);
    QVERIFY(!clock.isFixed());
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const qint64 now = clock.nowMs();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(now >= before - hour && now <= after - hour);
    QCOMPARE(Clock::shiftedBy(0).today(), Clock().today());
}

void TstDemoCache::copyHoldsWhatABuildMakes()
{
    const Clock monday = Clock::fixedAt(TestShop::at(0, 8));
    TestWorkspace built(TestWorkspace::SignIn::None, false, monday);
    const Outcome made = DemoFactory::build(*built, smallDemo());
    QVERIFY2(made.ok(), qPrintable(made.error()));

    TestWorkspace copy(TestWorkspace::SignIn::None, smallDemo(), monday);
    QCOMPARE(copy->clock().nowMs(), monday.nowMs());
    const QMap<QString, int> copied = everyTable(*copy);
    QVERIFY(copied.value(QStringLiteral("production_reports")) > 0);
    QCOMPARE(copied, everyTable(*built));
    // A second copy is a file of its own.
    TestWorkspace again(TestWorkspace::SignIn::None, smallDemo(), monday);
    QVERIFY(again.path() != copy.path());
    QCOMPARE(everyTable(*again), copied);
}

void TstDemoCache::copyOfTheWallClockDemoReadsTheTimeItWasBuilt()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    TestWorkspace copy(TestWorkspace::SignIn::None, smallDemo());
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    // The copy's clock advances and stands at most as far back as the cache may be old.
    QVERIFY(!copy->clock().isFixed());
    const qint64 now = copy->clock().nowMs();
    QVERIFY(now <= QDateTime::currentMSecsSinceEpoch());
    QVERIFY(now >= before - 30 * 60 * 1000);
    // Nothing in it was made after its clock's "now" (the build's last moment).
    QSqlQuery latest(copy->database().connection());
    QVERIFY(latest.exec(QStringLiteral("SELECT max(reported_at) FROM production_reports"))
            && latest.next());
    QVERIFY(latest.value(0).toLongLong() > 0);
    QVERIFY(latest.value(0).toLongLong() <= copy->clock().nowMs());
    Q_UNUSED(after);
}

QTEST_GUILESS_MAIN(TstDemoCache)
#include "tst_democache.moc"
