// Import of inspection plans (检验方案), one row per characteristic: plans are created and changed
// through InspectionPlanService with the settings given on any row of the plan, characteristics
// matched by name keep their ids, the same file twice changes nothing, every bad value (an unknown
// product, a step the routing lacks, settings that disagree between rows of one plan, the same
// characteristic twice, an unknown kind, limits the wrong way round, a yes/no that is neither) is
// named by row and column with nothing written, undo gives the plans back and the round trip
// gives the same rows.
#include "planningimportfiles.h"
#include "services/quality/inspectionplanservice.h"

#include <QSqlQuery>
#include <QTest>

using namespace Taktline;
using namespace Taktline::PlanningImportFiles;
using namespace Qt::StringLiterals;

class TstInspectionPlanImport : public QObject
{
    Q_OBJECT
private slots:
    void createsPlansWithCharacteristics();
    void reimportChangesNothingAndChangesKeepIds();
    void badValuesAreNamedAndNothingWritten_data();
    void badValuesAreNamedAndNothingWritten();
    void undoGivesThePlansBack();
    void roundTripGivesTheSameRows();
};

namespace {

const QStringList Header = {u"Part No."_s,
                            u"Step No."_s,
                            u"First-article inspection"_s,
                            u"No good quantity before first article"_s,
                            u"Patrol every N pieces"_s,
                            u"Patrol every N minutes"_s,
                            u"Final inspection"_s,
                            u"Incoming inspection"_s,
                            u"AQL"_s,
                            u"Inspection level"_s,
                            u"Reduced inspection allowed"_s,
                            u"Characteristic"_s,
                            u"Kind"_s,
                            u"Nominal"_s,
                            u"Lower limit"_s,
                            u"Upper limit"_s,
                            u"Unit"_s,
                            u"Choices"_s,
                            u"Acceptable choices"_s,
                            u"Gauge"_s,
                            u"Method"_s,
                            u"Required"_s};

// The flange's turning step with a first article and patrol (settings on the first row only) and
// the flange as a whole with a final inspection.
Rows goodRows()
{
    return Rows{Header} +
           rows({{"FL-1", "10", "是", "否",    "50",    "",   "", "", "",       "", "",
                  "外径", "",   "25", "24.95", "25.05", "mm", "", "", "千分尺", "", ""},
                 {"FL-1",
                  "10",
                  "",
                  "",
                  "",
                  "",
                  "",
                  "",
                  "",
                  "",
                  "",
                  "表面",
                  "Choice",
                  "",
                  "",
                  "",
                  "",
                  "光洁|轻微划痕|划伤",
                  "光洁|轻微划痕",
                  "",
                  "目视",
                  "Yes"},
                 {"FL-1", "0",         "", "", "", "", "是", "", "2.5", "S-3", "",
                  "毛刺", "pass_fail", "", "", "", "", "",   "", "",    "",    "否"}});
}

InspectionPlan planOf(const Fixture &f, int seq)
{
    const Result<std::optional<InspectionPlan>> plan =
        f.shop.ws->inspectionPlans()->planFor(f.shop.flange, seq);
    return plan.ok() && plan.value() ? *plan.value() : InspectionPlan();
}

QString planTables(const Fixture &f)
{
    QStringList lines;
    for (const char *table : {"inspection_plans", "inspection_characteristics"}) {
        QSqlQuery query(f.shop.ws->database().connection());
        query.exec(u"SELECT * FROM %1 ORDER BY rowid"_s.arg(QLatin1String(table)));
        while (query.next()) {
            QStringList cells;
            for (int i = 0; i < 20; ++i)
                cells << query.value(i).toString();
            lines << cells.join(u'|');
        }
    }
    return lines.join(u'\n') + fingerprint(*f.shop.ws);
}

} // namespace

void TstInspectionPlanImport::createsPlansWithCharacteristics()
{
    Fixture f(TestShop::Options{.bom = false, .lot = false, .order = false});
    const QString file = f.csv(goodRows());
    const QString before = planTables(f);
    const Result<ImportPlan> dry = f.dryRun(ImportKind::InspectionPlans, file);
    QVERIFY2(dry.ok() && dry.value().ok(),
             qPrintable(dry.ok() ? listed(dry.value().problems) : dry.error()));
    QCOMPARE(dry.value().counts.added, 3);
    QCOMPARE(planTables(f), before);

    const Result<ImportPlan> done = f.run(ImportKind::InspectionPlans, file);
    QVERIFY2(done.ok() && done.value().ok(),
             qPrintable(done.ok() ? listed(done.value().problems) : done.error()));
    const InspectionPlan turning = planOf(f, 10);
    QVERIFY(turning.firstArticle);
    QVERIFY(!turning.firstArticleGate);
    QCOMPARE(turning.patrolPieces, 50);
    QVERIFY(!turning.final);
    QCOMPARE(turning.characteristics.size(), 2);
    const Characteristic &diameter = turning.characteristics.at(0);
    QCOMPARE(diameter.name, u"外径"_s);
    QCOMPARE(diameter.kind, CharacteristicKind::Measured); // blank kind with limits
    QCOMPARE(diameter.nominal, std::optional<double>(25));
    QCOMPARE(diameter.lower, std::optional<double>(24.95));
    QCOMPARE(diameter.upper, std::optional<double>(25.05));
    QCOMPARE(diameter.gauge, u"千分尺"_s);
    QVERIFY(diameter.required);
    const Characteristic &surface = turning.characteristics.at(1);
    QCOMPARE(surface.kind, CharacteristicKind::Choice);
    QCOMPARE(surface.choices, (QStringList{u"光洁"_s, u"轻微划痕"_s, u"划伤"_s}));
    QCOMPARE(surface.passChoices, (QStringList{u"光洁"_s, u"轻微划痕"_s}));
    const InspectionPlan whole = planOf(f, 0);
    QVERIFY(whole.final);
    QVERIFY(!whole.firstArticle);
    QCOMPARE(whole.aql, 2.5);
    QCOMPARE(whole.level, InspectionLevel::S3);
    QCOMPARE(whole.characteristics.size(), 1);
    QCOMPARE(whole.characteristics.at(0).kind, CharacteristicKind::PassFail);
    QVERIFY(!whole.characteristics.at(0).required);
}

void TstInspectionPlanImport::reimportChangesNothingAndChangesKeepIds()
{
    Fixture f(TestShop::Options{.bom = false, .lot = false, .order = false});
    QVERIFY(f.run(ImportKind::InspectionPlans, f.csv(goodRows())).value().ok());
    const InspectionPlan first = planOf(f, 10);
    const QString before = planTables(f);
    const Result<ImportPlan> again = f.run(ImportKind::InspectionPlans, f.csv(goodRows()));
    QVERIFY(again.ok() && again.value().ok());
    QCOMPARE(again.value().counts.unchanged, 3);
    QCOMPARE(again.value().counts.rows(), 3);
    QCOMPARE(planTables(f), before);

    // A wider tolerance for the diameter and a new length; the surface is left out and stays.
    const Result<ImportPlan> changed =
        f.run(ImportKind::InspectionPlans,
              f.csv(Rows{Header} +
                    rows({{"FL-1", "10", "",   "",     "",     "",   "", "", "",       "", "",
                           "外径", "",   "25", "24.9", "25.1", "mm", "", "", "千分尺", "", ""},
                          {"FL-1",           "10", "", "",     "",   "", "", "", "", "", "", "长度",
                           "Measured value", "",   "", "40.2", "mm", "", "", "", "", ""}})));
    QVERIFY2(changed.ok() && changed.value().ok(), qPrintable(listed(changed.value().problems)));
    QCOMPARE(changed.value().counts.changed, 1);
    QCOMPARE(changed.value().counts.added, 1);
    const InspectionPlan after = planOf(f, 10);
    QCOMPARE(after.id, first.id);
    QCOMPARE(after.patrolPieces, 50); // a blank setting keeps what is stored
    QCOMPARE(after.characteristics.size(), 3);
    QCOMPARE(after.characteristics.at(0).id, first.characteristics.at(0).id);
    QCOMPARE(after.characteristics.at(0).lower, std::optional<double>(24.9));
    QCOMPARE(after.characteristics.at(1).id, first.characteristics.at(1).id);
    QCOMPARE(after.characteristics.at(2).name, u"长度"_s);
    QVERIFY(!after.characteristics.at(2).lower);
}

void TstInspectionPlanImport::badValuesAreNamedAndNothingWritten_data()
{
    QTest::addColumn<QStringList>("row");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("reason");
    const auto row = [](std::initializer_list<const char *> cells) {
        return rows({cells}).constFirst();
    };
    QTest::newRow("unknown product")
        << row({"XX-9", "10", "", "", "", "", "", "", "", "", "", "长度", "", "", "1", "2"})
        << u"Part No."_s << u"XX-9"_s;
    QTest::newRow("step the routing lacks")
        << row({"FL-1", "30", "", "", "", "", "", "", "", "", "", "长度", "", "", "1", "2"})
        << QString() << u"has no step 30"_s;
    QTest::newRow("setting differs from an earlier row")
        << row({"FL-1", "10", "", "", "80", "", "", "", "", "", "", "长度", "", "", "1", "2"})
        << u"Patrol every N pieces"_s << u"Differs from row 2"_s;
    QTest::newRow("same characteristic twice")
        << row({"FL-1", "10", "", "", "", "", "", "", "", "", "", "外径", "", "", "1", "2"})
        << u"Characteristic"_s << u"also on row 2"_s;
    QTest::newRow("unknown kind") << row({"FL-1", "10", "", "", "", "", "", "", "", "", "", "长度",
                                          "尺寸", "", "1", "2"})
                                  << u"Kind"_s << u"Not one of the choices"_s;
    QTest::newRow("limits the wrong way round")
        << row({"FL-1", "10", "", "", "", "", "", "", "", "", "", "长度", "", "", "2", "1"})
        << QString() << u"above the upper limit"_s;
    QTest::newRow("yes or no neither")
        << row({"FL-1", "10", "", "",  "",  "", "", "", "", "", "",
                "长度", "",   "", "1", "2", "", "", "", "", "", "也许"})
        << u"Required"_s << u"Write Yes or No"_s;
    QTest::newRow("level not in the standard")
        << row({"FL-1", "0", "", "", "", "", "", "", "", "IV", "", "长度", "", "", "1", "2"})
        << u"Inspection level"_s << u"Not one of the choices"_s;
    QTest::newRow("choice without acceptable one")
        << row({"FL-1", "10", "", "", "", "", "", "", "", "", "", "颜色", "Choice", "", "", "", "",
                "红|蓝"})
        << QString() << u"say which of its choices are acceptable"_s;
}

void TstInspectionPlanImport::badValuesAreNamedAndNothingWritten()
{
    QFETCH(QStringList, row);
    QFETCH(QString, header);
    QFETCH(QString, reason);
    Fixture f(TestShop::Options{.bom = false, .lot = false, .order = false});
    const QString file = f.csv(Rows{Header} + rows({{"FL-1", "10", "是", "", "50", "", "", "", "",
                                                     "", "", "外径", "", "", "24.95", "25.05"}})
                               << row);
    const QString before = planTables(f);
    const Result<ImportPlan> plan = f.run(ImportKind::InspectionPlans, file);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    const QList<ImportProblem> &problems = plan.value().problems;
    const bool found = std::any_of(problems.cbegin(), problems.cend(), [&](const ImportProblem &p) {
        return (p.header == header || header.isEmpty()) && p.reason.contains(reason);
    });
    QVERIFY2(found, qPrintable(listed(problems)));
    QCOMPARE(planTables(f), before);
}

void TstInspectionPlanImport::undoGivesThePlansBack()
{
    Fixture f(TestShop::Options{.bom = false, .lot = false, .order = false});
    ImportService service(*f.shop.ws);
    QVERIFY(service.run(ImportKind::InspectionPlans, f.csv(goodRows())).value().ok());
    const InspectionPlan before = planOf(f, 10);
    const Result<ImportPlan> done =
        service.run(ImportKind::InspectionPlans,
                    f.csv(Rows{Header} + rows({{"FL-1", "10", "", "", "20", "", "", "", "", "", "",
                                                "长度", "", "", "", "40.2"},
                                               {"FL-1", "20", "是", "", "", "", "", "", "", "", "",
                                                "宽度", "", "", "", "12"}})));
    QVERIFY2(done.ok() && done.value().ok(), qPrintable(listed(done.value().problems)));
    QCOMPARE(planOf(f, 10).patrolPieces, 20);
    QVERIFY(!planOf(f, 20).id.isEmpty());
    const Outcome undone = service.undo(done.value());
    QVERIFY2(undone.ok(), qPrintable(undone.error()));
    QCOMPARE(planOf(f, 10).patrolPieces, 50);
    QCOMPARE(planOf(f, 10).characteristics.size(), before.characteristics.size());
    QVERIFY(planOf(f, 20).id.isEmpty());
    QVERIFY(service.redo(done.value()).ok());
    QCOMPARE(planOf(f, 10).characteristics.size(), 3);
    QCOMPARE(planOf(f, 20).characteristics.at(0).name, u"宽度"_s);
}

void TstInspectionPlanImport::roundTripGivesTheSameRows()
{
    Fixture f(TestShop::Options{.bom = false, .lot = false, .order = false});
    QVERIFY(f.run(ImportKind::InspectionPlans, f.csv(goodRows())).value().ok());
    const QString exported = f.path(u"plans.xlsx"_s);
    QVERIFY(
        ImportService(*f.shop.ws).writeTemplate(ImportKind::InspectionPlans, exported, true).ok());
    Fixture empty(TestShop::Options{.bom = false, .lot = false, .order = false});
    QVERIFY(empty.current(ImportKind::InspectionPlans).value().isEmpty());
    const Result<ImportPlan> imported = empty.run(ImportKind::InspectionPlans, exported);
    QVERIFY2(imported.ok() && imported.value().ok(),
             qPrintable(imported.ok() ? listed(imported.value().problems) : imported.error()));
    QCOMPARE(imported.value().counts.added, 3);
    QCOMPARE(empty.current(ImportKind::InspectionPlans).value(),
             f.current(ImportKind::InspectionPlans).value());
}

QTEST_GUILESS_MAIN(TstInspectionPlanImport)
#include "tst_inspectionplanimport.moc"
