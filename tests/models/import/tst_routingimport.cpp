// Import of routings (issue 15), one row per step: steps are added and changed through
// RoutingService, steps the file leaves out stay, every bad value (an unknown product or
// machine, a step with no machine, a deactivated machine, a step number out of the 10, 20, 30 …
// order, zero or absurd times, the same step twice) is named by row and column with nothing
// written, the same file twice changes nothing, undo gives the routing back, and the round trip
// gives the same rows.
#include "planningimportfiles.h"
#include "services/planning/routingservice.h"

#include <QTest>

using namespace Taktline;
using namespace Taktline::PlanningImportFiles;

class TstRoutingImport : public QObject
{
    Q_OBJECT
private slots:
    void addsAndChangesSteps();
    void reimportChangesNothing();
    void badValuesAreNamedAndNothingWritten_data();
    void badValuesAreNamedAndNothingWritten();
    void sameStepTwiceIsAProblemOnBothRows();
    void undoGivesTheRoutingBack();
    void roundTripGivesTheSameRows();
    void outsourcedStepStaysOutsourced();
};

namespace {

Rows withHeader(TextRows data)
{
    return rows({{"Part No.", "Step No.", "Operation", "Machine code", "Standard time (s/piece)",
                  "Ideal cycle time (s/piece)"}}) +
           rows(data);
}

Routing routingOf(const Fixture &f, const QString &productId)
{
    return f.shop.ws->routing()->operations(productId).value();
}

} // namespace

void TstRoutingImport::addsAndChangesSteps()
{
    Fixture f; // FL-1: 10 车削 on LATHE-1 60 s, 20 铣削 on MILL-1 60 s
    const QString file = f.csv(withHeader({{"FL-1", "10", "车削", "LATHE-1", "45", "40"},
                                           {"FL-1", "30", "装配", "ASM-1", "90", ""},
                                           {"SP-1", "10", "剪切", "MILL-1", "12.5", ""}}));
    const QString before = fingerprint(*f.shop.ws);
    const Result<ImportPlan> dry = f.dryRun(ImportKind::Routings, file);
    QVERIFY2(dry.ok() && dry.value().ok(),
             qPrintable(dry.ok() ? listed(dry.value().problems) : dry.error()));
    QCOMPARE(dry.value().counts.added, 2);
    QCOMPARE(dry.value().counts.changed, 1);
    QCOMPARE(fingerprint(*f.shop.ws), before);

    const Result<ImportPlan> done = f.run(ImportKind::Routings, file);
    QVERIFY2(done.ok() && done.value().ok(),
             qPrintable(done.ok() ? listed(done.value().problems) : done.error()));
    const Routing flange = routingOf(f, f.shop.flange);
    QCOMPARE(flange.size(), 3);
    QCOMPARE(flange.at(0).standardSeconds, 45.0);
    QCOMPARE(flange.at(0).idealSeconds, std::optional<double>(40.0));
    QCOMPARE(flange.at(1).name, QStringLiteral("铣削")); // not in the file: stays
    QCOMPARE(flange.at(2).name, QStringLiteral("装配"));
    QCOMPARE(flange.at(2).machineId, f.shop.assembly);
    const Routing steel = routingOf(f, f.shop.steel);
    QCOMPARE(steel.size(), 1);
    QCOMPARE(steel.at(0).standardSeconds, 12.5);
    QCOMPARE(steel.at(0).machineId, f.shop.mill);
}

void TstRoutingImport::reimportChangesNothing()
{
    Fixture f;
    const QString file = f.csv(withHeader(
        {{"FL-1", "10", "车削", "LATHE-1", "60", ""}, {"FL-1", "20", "铣削", "MILL-1", "60", ""}}));
    const QString before = fingerprint(*f.shop.ws);
    const Result<ImportPlan> done = f.run(ImportKind::Routings, file);
    QVERIFY2(done.ok() && done.value().ok(), qPrintable(listed(done.value().problems)));
    QCOMPARE(done.value().counts.unchanged, 2);
    QCOMPARE(done.value().counts.added + done.value().counts.changed, 0);
    QCOMPARE(fingerprint(*f.shop.ws), before);
}

void TstRoutingImport::badValuesAreNamedAndNothingWritten_data()
{
    QTest::addColumn<QStringList>("row");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("reason");
    const auto row = [](std::initializer_list<const char *> cells) {
        return rows({cells}).constFirst();
    };
    QTest::newRow("unknown product")
        << row({"NOPE-9", "10", "车削", "LATHE-1", "60", ""}) << u"Part No."_qs << u"NOPE-9"_qs;
    QTest::newRow("unknown machine")
        << row({"FL-1", "30", "装配", "NOPE-M", "60", ""}) << u"Machine code"_qs << u"NOPE-M"_qs;
    QTest::newRow("no machine") << row({"FL-1", "30", "装配", "", "60", ""}) << u"Machine code"_qs
                                << u"needs a machine"_qs;
    QTest::newRow("deactivated machine") << row({"FL-1", "30", "钻孔", "OLD-1", "60", ""})
                                         << u"Machine code"_qs << u"deactivated"_qs;
    QTest::newRow("gap in the steps")
        << row({"FL-1", "50", "装配", "ASM-1", "60", ""}) << u"Step No."_qs << u"no step 30"_qs;
    QTest::newRow("not a multiple of ten")
        << row({"FL-1", "25", "装配", "ASM-1", "60", ""}) << u"Step No."_qs << u"multiple of 10"_qs;
    QTest::newRow("zero time") << row({"FL-1", "30", "装配", "ASM-1", "0", ""})
                               << u"Standard time (s/piece)"_qs << u"greater than zero"_qs;
    QTest::newRow("negative time") << row({"FL-1", "30", "装配", "ASM-1", "-3", ""})
                                   << u"Standard time (s/piece)"_qs << u"between"_qs;
    QTest::newRow("more than a day") << row({"FL-1", "30", "装配", "ASM-1", "90000", ""})
                                     << u"Standard time (s/piece)"_qs << u"between"_qs;
    QTest::newRow("ideal ten times the standard")
        << row({"FL-1", "30", "装配", "ASM-1", "10", "200"}) << u"Ideal cycle time (s/piece)"_qs
        << u"ten times"_qs;
    QTest::newRow("time not a number") << row({"FL-1", "30", "装配", "ASM-1", "一分钟", ""})
                                       << u"Standard time (s/piece)"_qs << u"Not a number"_qs;
}

void TstRoutingImport::badValuesAreNamedAndNothingWritten()
{
    QFETCH(QStringList, row);
    QFETCH(QString, header);
    QFETCH(QString, reason);
    Fixture f;
    const QString file = f.csv(withHeader({{"SP-1", "10", "剪切", "MILL-1", "12", ""}}) << row);
    const QString before = fingerprint(*f.shop.ws);
    const Result<ImportPlan> plan = f.run(ImportKind::Routings, file);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QVERIFY2(has(plan.value().problems, 3, header, reason),
             qPrintable(listed(plan.value().problems)));
    QCOMPARE(fingerprint(*f.shop.ws), before);
}

void TstRoutingImport::sameStepTwiceIsAProblemOnBothRows()
{
    Fixture f;
    const QString file = f.csv(withHeader(
        {{"FL-1", "30", "装配", "ASM-1", "60", ""}, {"FL-1", "30", "包装", "ASM-1", "30", ""}}));
    const QString before = fingerprint(*f.shop.ws);
    const Result<ImportPlan> plan = f.run(ImportKind::Routings, file);
    QVERIFY(plan.ok());
    const QList<ImportProblem> &problems = plan.value().problems;
    QVERIFY2(has(problems, 2, u"Step No."_qs, u"also on row 3"_qs), qPrintable(listed(problems)));
    QVERIFY2(has(problems, 3, u"Step No."_qs, u"also on row 2"_qs), qPrintable(listed(problems)));
    QCOMPARE(fingerprint(*f.shop.ws), before);
}

void TstRoutingImport::undoGivesTheRoutingBack()
{
    Fixture f;
    const Routing before = routingOf(f, f.shop.flange);
    ImportService service(*f.shop.ws);
    const Result<ImportPlan> done = service.run(
        ImportKind::Routings, f.csv(withHeader({{"FL-1", "20", "精铣", "MILL-1", "75", ""},
                                                {"FL-1", "30", "装配", "ASM-1", "90", ""}})));
    QVERIFY2(done.ok() && done.value().ok(), qPrintable(listed(done.value().problems)));
    QCOMPARE(routingOf(f, f.shop.flange).size(), 3);
    const Outcome undone = service.undo(done.value());
    QVERIFY2(undone.ok(), qPrintable(undone.error()));
    QCOMPARE(routingOf(f, f.shop.flange), before);
    QVERIFY(service.redo(done.value()).ok());
    QCOMPARE(routingOf(f, f.shop.flange).at(1).name, QStringLiteral("精铣"));
}

void TstRoutingImport::roundTripGivesTheSameRows()
{
    Fixture f;
    QVERIFY(f.run(ImportKind::Routings,
                  f.csv(withHeader({{"SP-1", "10", "剪切", "MILL-1", "12.5", "10"}})))
                .value()
                .ok());
    const QString exported = f.path(QStringLiteral("routings.xlsx"));
    QVERIFY(ImportService(*f.shop.ws).writeTemplate(ImportKind::Routings, exported, true).ok());

    // An empty factory with the same products and machines, no routings yet.
    Fixture empty(TestShop::Options{TestWorkspace::SignIn::Owner, false, false, false});
    QVERIFY(empty.shop.ws->routing()->setOperations(empty.shop.flange, {}).ok());
    QVERIFY(empty.current(ImportKind::Routings).value().isEmpty());
    const Result<ImportPlan> imported = empty.run(ImportKind::Routings, exported);
    QVERIFY2(imported.ok() && imported.value().ok(),
             qPrintable(imported.ok() ? listed(imported.value().problems) : imported.error()));
    QCOMPARE(imported.value().counts.added, 3);
    QCOMPARE(empty.current(ImportKind::Routings).value(), f.current(ImportKind::Routings).value());
}

void TstRoutingImport::outsourcedStepStaysOutsourced()
{
    Fixture f;
    const QString plater = f.shop.create(MasterDataKind::Supplier, {{"code", "S01"}, {"name", "镀锌厂"}});
    Routing routing = routingOf(f, f.shop.flange);
    routing.append({{}, QStringLiteral("镀锌"), 60, {}});
    routing.last().outsourced = true;
    routing.last().supplierId = plater;
    routing.last().subcontractPrice = 0.5;
    QVERIFY(f.shop.ws->routing()->setOperations(f.shop.flange, routing).ok());
    // The file has no subcontract columns and no machine for the outsourced step.
    const QString file = f.csv(withHeader({{"FL-1", "10", "车削", "LATHE-1", "50", ""},
                                           {"FL-1", "30", "镀锌", "", "90", ""}}));
    const Result<ImportPlan> done = f.run(ImportKind::Routings, file);
    QVERIFY2(done.ok() && done.value().ok(),
             qPrintable(done.ok() ? listed(done.value().problems) : done.error()));
    const Routing after = routingOf(f, f.shop.flange);
    QCOMPARE(after.size(), 3);
    QCOMPARE(after.at(0).standardSeconds, 50.0);
    QVERIFY(after.at(2).outsourced);
    QCOMPARE(after.at(2).supplierId, plater);
    QCOMPARE(after.at(2).subcontractPrice, 0.5);
    QCOMPARE(after.at(2).standardSeconds, 90.0);
}

QTEST_GUILESS_MAIN(TstRoutingImport)
#include "tst_routingimport.moc"
