// The item models of the plan editor: the list of inspection plans and one plan's
// characteristics. Checked with QAbstractItemModelTester; every edit is saved through the service
// and is one undo step: edit → undo → redo gives back exactly what was saved, characteristics
// keep their ids, and a refused edit changes nothing and says why.
#include "item/quality/inspectionplanlistmodel.h"
#include "item/quality/plancharacteristicsmodel.h"
#include "services/quality/inspectionplanservice.h"
#include "testshop.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Taktline;
using namespace Qt::StringLiterals;

class TstInspectionPlanModels : public QObject
{
    Q_OBJECT
private slots:
    void listAddsAndRemovesPlansWithUndo();
    void editCharacteristicUndoRedo();
    void addAndRemoveCharacteristicKeepIds();
    void planSettingsUndoRedo();
    void refusedEditChangesNothing();
};

namespace {

struct Editor : TestShop
{
    QUndoStack undo;
    InspectionPlanListModel list{ws->inspectionPlans(), ws->masterData(), ws->routing(), &undo,
                                 nullptr};
    PlanCharacteristicsModel characteristics{ws->inspectionPlans(), &undo, nullptr};
    QAbstractItemModelTester listTester{&list,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester characteristicsTester{
        &characteristics, QAbstractItemModelTester::FailureReportingMode::QtTest};

    Editor()
        : TestShop(Options{.bom = false, .lot = false, .order = false})
    {
    }
    InspectionPlan plan(int seq) const
    {
        InspectionPlan p;
        p.productId = flange;
        p.operationSeq = seq;
        p.firstArticle = seq > 0;
        p.final = seq == 0;
        Characteristic diameter;
        diameter.name = u"外径"_s;
        diameter.lower = 24.95;
        diameter.upper = 25.05;
        diameter.unit = u"mm"_s;
        p.characteristics = {diameter};
        return p;
    }
    QString add(int seq)
    {
        const Result<QString> id = list.addPlan(plan(seq));
        if (!id)
            qFatal("add plan: %s", qPrintable(id.error()));
        return id.value();
    }
    InspectionPlan stored(const QString &id) const
    {
        return ws->inspectionPlans()->plan(id).value();
    }
    QModelIndex cell(int row, int column) const { return characteristics.index(row, column); }
};

} // namespace

void TstInspectionPlanModels::listAddsAndRemovesPlansWithUndo()
{
    Editor e;
    QCOMPARE(e.list.rowCount(), 0);
    const QString turning = e.add(10);
    const QString whole = e.add(0);
    QCOMPARE(e.list.rowCount(), 2);
    // By step: the whole product (0) first.
    QCOMPARE(e.list.planAt(0).id, whole);
    QCOMPARE(e.list.index(0, InspectionPlanListModel::StepColumn).data().toString(),
             u"Whole product"_s);
    QCOMPARE(e.list.index(1, InspectionPlanListModel::StepColumn).data().toString(),
             u"10 · 车削"_s);
    QCOMPARE(e.list.index(1, InspectionPlanListModel::ProductColumn).data().toString(),
             u"FL-1 · 法兰"_s);
    QCOMPARE(e.list.index(1, InspectionPlanListModel::InspectionsColumn).data().toString(),
             u"First-article inspection"_s);
    QCOMPARE(e.list.index(1, InspectionPlanListModel::CharacteristicsColumn).data().toInt(), 1);
    QCOMPARE(e.list.stepChoices(e.flange).size(), 3);

    QVERIFY(e.list.removePlan(e.list.rowOfPlan(turning)));
    QCOMPARE(e.list.rowCount(), 1);
    e.undo.undo(); // the removal
    QCOMPARE(e.list.rowOfPlan(turning), 1);
    e.undo.undo(); // the whole-product plan's adding
    QCOMPARE(e.list.rowCount(), 1);
    QCOMPARE(e.list.rowOfPlan(whole), -1);
    e.undo.redo();
    QCOMPARE(e.list.rowOfPlan(whole), 0);
    QCOMPARE(e.stored(whole).characteristics.size(), 1);
    // A second plan for step 10 is refused and adds no undo step.
    const int steps = e.undo.count();
    QVERIFY(!e.list.addPlan(e.plan(10)).ok());
    QCOMPARE(e.undo.count(), steps);
}

void TstInspectionPlanModels::editCharacteristicUndoRedo()
{
    Editor e;
    const QString id = e.add(10);
    e.characteristics.setPlanId(id);
    QCOMPARE(e.characteristics.rowCount(), 1);
    QCOMPARE(e.cell(0, PlanCharacteristicsModel::KindColumn).data().toString(),
             u"Measured value"_s);
    QCOMPARE(e.cell(0, PlanCharacteristicsModel::UpperColumn).data().toString(), u"25.05"_s);

    QVERIFY(e.characteristics.setData(e.cell(0, PlanCharacteristicsModel::UpperColumn), u"25.1"_s));
    QCOMPARE(e.stored(id).characteristics.at(0).upper, std::optional<double>(25.1));
    QVERIFY(e.characteristics.setData(e.cell(0, PlanCharacteristicsModel::RequiredColumn),
                                      Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!e.stored(id).characteristics.at(0).required);
    QCOMPARE(e.cell(0, PlanCharacteristicsModel::RequiredColumn).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));
    QCOMPARE(e.undo.count(), 3); // the plan's adding and two edits

    e.undo.undo();
    QVERIFY(e.stored(id).characteristics.at(0).required);
    e.undo.undo();
    QCOMPARE(e.stored(id).characteristics.at(0).upper, std::optional<double>(25.05));
    QCOMPARE(e.cell(0, PlanCharacteristicsModel::UpperColumn).data().toString(), u"25.05"_s);
    e.undo.redo();
    QCOMPARE(e.stored(id).characteristics.at(0).upper, std::optional<double>(25.1));
    QCOMPARE(e.cell(0, PlanCharacteristicsModel::UpperColumn).data().toString(), u"25.1"_s);
}

void TstInspectionPlanModels::addAndRemoveCharacteristicKeepIds()
{
    Editor e;
    const QString id = e.add(10);
    e.characteristics.setPlanId(id);
    const Result<int> row = e.characteristics.addCharacteristic();
    QVERIFY2(row.ok(), qPrintable(row.error()));
    QCOMPARE(row.value(), 1);
    QCOMPARE(e.cell(1, PlanCharacteristicsModel::NameColumn).data().toString(),
             u"Characteristic 2"_s);
    // Make it a choice: the choices first, then the kind.
    QVERIFY(e.characteristics.setData(e.cell(1, PlanCharacteristicsModel::ChoicesColumn),
                                      u"光洁｜划伤"_s));
    QVERIFY(e.characteristics.setData(e.cell(1, PlanCharacteristicsModel::PassChoicesColumn),
                                      u"光洁"_s));
    QVERIFY(
        e.characteristics.setData(e.cell(1, PlanCharacteristicsModel::KindColumn), u"choice"_s));
    const Characteristic added = e.stored(id).characteristics.at(1);
    QCOMPARE(added.kind, CharacteristicKind::Choice);
    QCOMPARE(added.choices, (QStringList{u"光洁"_s, u"划伤"_s}));

    QVERIFY(e.characteristics.removeCharacteristic(0));
    QCOMPARE(e.stored(id).characteristics.size(), 1);
    QCOMPARE(e.stored(id).characteristics.at(0).id, added.id);
    e.undo.undo();
    QCOMPARE(e.stored(id).characteristics.size(), 2);
    QCOMPARE(e.stored(id).characteristics.at(1).id, added.id);
    // Back to before the characteristic was added, and forward again: the same row comes back.
    for (int i = 0; i < 4; ++i)
        e.undo.undo();
    QCOMPARE(e.stored(id).characteristics.size(), 1);
    for (int i = 0; i < 4; ++i)
        e.undo.redo();
    QCOMPARE(e.stored(id).characteristics.size(), 2);
    QCOMPARE(e.stored(id).characteristics.at(1).id, added.id);
    QCOMPARE(e.characteristics.rowCount(), 2);
}

void TstInspectionPlanModels::planSettingsUndoRedo()
{
    Editor e;
    const QString id = e.add(10);
    e.characteristics.setPlanId(id);
    InspectionPlan after = e.characteristics.plan();
    after.patrolPieces = 50;
    after.aql = 2.5;
    QVERIFY(e.characteristics.changePlan(after, u"Patrol"_s));
    QCOMPARE(e.stored(id).patrolPieces, 50);
    QCOMPARE(e.list.index(e.list.rowOfPlan(id), InspectionPlanListModel::InspectionsColumn)
                 .data()
                 .toString(),
             u"First-article inspection, Patrol inspection"_s);
    e.undo.undo();
    QCOMPARE(e.stored(id).patrolPieces, 0);
    QCOMPARE(e.characteristics.plan().patrolPieces, 0);
    e.undo.redo();
    QCOMPARE(e.stored(id).patrolPieces, 50);
    QCOMPARE(e.stored(id).aql, 2.5);
}

void TstInspectionPlanModels::refusedEditChangesNothing()
{
    Editor e;
    const QString id = e.add(10);
    e.characteristics.setPlanId(id);
    QSignalSpy errors(&e.characteristics, &PlanCharacteristicsModel::errorOccurred);
    const int steps = e.undo.count();
    // Below the lower limit; not a number; no limit left on a measured value.
    QVERIFY(!e.characteristics.setData(e.cell(0, PlanCharacteristicsModel::UpperColumn), u"20"_s));
    QVERIFY(!e.characteristics.setData(e.cell(0, PlanCharacteristicsModel::LowerColumn), u"abc"_s));
    QVERIFY(e.characteristics.setData(e.cell(0, PlanCharacteristicsModel::LowerColumn), u""_s));
    QVERIFY(!e.characteristics.setData(e.cell(0, PlanCharacteristicsModel::UpperColumn), u""_s));
    QCOMPARE(errors.count(), 3);
    QVERIFY2(errors.at(0).at(0).toString().contains(u"above the upper limit"_s),
             qPrintable(errors.at(0).at(0).toString()));
    QVERIFY(errors.at(1).at(0).toString().contains(u"as a number"_s));
    QVERIFY(errors.at(2).at(0).toString().contains(u"is a measured value"_s));
    QCOMPARE(e.undo.count(), steps + 1);
    QCOMPARE(e.stored(id).characteristics.at(0).upper, std::optional<double>(25.05));
    QCOMPARE(e.cell(0, PlanCharacteristicsModel::UpperColumn).data().toString(), u"25.05"_s);
}

QTEST_GUILESS_MAIN(TstInspectionPlanModels)
#include "tst_inspectionplanmodels.moc"
