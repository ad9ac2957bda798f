// The inspection plan editor as a planner uses it: New plan for the flange's turning step, a
// measured diameter typed into the characteristics table, patrol every 50 pieces and the first
// article's gate set in the form — each saved at once — then undo takes the changes back one by
// one, and a refusal shows in the banner with nothing changed.
#include "common/messagebanner.h"
#include "item/quality/inspectionplanlistmodel.h"
#include "item/quality/plancharacteristicsmodel.h"
#include "quality/inspectionplaneditor.h"
#include "quality/newplandialog.h"
#include "quality/plansettingsform.h"
#include "services/quality/inspectionplanservice.h"
#include "testshop.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Taktline;
using namespace Qt::StringLiterals;

class TstPlanEditorUi : public QObject
{
    Q_OBJECT
private slots:
    void createsAPlanWithCharacteristicsAndUndoes();
    void refusalShowsInTheBanner();
};

namespace {

struct Window
{
    TestShop shop{TestShop::Options{.bom = false, .lot = false, .order = false}};
    InspectionPlanEditor editor{shop.ws.get()};

    Window()
    {
        editor.resize(1280, 760);
        editor.show();
    }
    InspectionPlan stored() const
    {
        const Result<std::optional<InspectionPlan>> plan =
            shop.ws->inspectionPlans()->planFor(shop.flange, 10);
        return plan.ok() && plan.value() ? *plan.value() : InspectionPlan();
    }
    // Types TEXT into a cell of the characteristics table and presses Enter.
    void editCell(int row, int column, const QString &text)
    {
        QTableView *view = editor.characteristicsView();
        const QModelIndex index = view->model()->index(row, column);
        view->setCurrentIndex(index); // opens the cell's editor, as a click on it does
        if (!view->indexWidget(index))
            view->edit(index); // it was the current cell already
        auto *line = qobject_cast<QLineEdit *>(view->indexWidget(index));
        QVERIFY2(line, "no line editor in the cell");
        line->selectAll();
        line->insert(text); // typed through the input method: Chinese too
        QTest::keyClick(line, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits on the next turn of the loop
    }
};

} // namespace

void TstPlanEditorUi::createsAPlanWithCharacteristicsAndUndoes()
{
    Window w;
    QUndoStack *undo = w.shop.ws->undoStack();
    QCOMPARE(w.editor.plansModel()->rowCount(), 0);

    // New plan: the dialog offers the flange's steps; step 10 (turning) is chosen.
    QTest::mouseClick(w.editor.newButton(), Qt::LeftButton);
    auto *dialog = w.editor.findChild<NewPlanDialog *>();
    QVERIFY(dialog);
    dialog->productCombo()->setCurrentIndex(dialog->productCombo()->findData(w.shop.flange));
    QCOMPARE(dialog->stepCombo()->currentData().toInt(), 10);
    dialog->accept();
    QCOMPARE(w.editor.plansModel()->rowCount(), 1);
    QCOMPARE(w.stored().characteristics.size(), 1);
    QVERIFY(w.stored().firstArticle);
    QCOMPARE(w.editor.characteristicsModel()->planId(), w.stored().id);
    QCOMPARE(w.editor.settings()->stepCombo()->currentData().toInt(), 10);

    // A measured diameter: added, named, limits typed, then made a measured value.
    QTest::mouseClick(w.editor.addCharacteristicButton(), Qt::LeftButton);
    QCOMPARE(w.editor.characteristicsView()->model()->rowCount(), 2);
    w.editCell(1, PlanCharacteristicsModel::NameColumn, u"外径"_s);
    w.editCell(1, PlanCharacteristicsModel::LowerColumn, u"24.95"_s);
    w.editCell(1, PlanCharacteristicsModel::UpperColumn, u"25.05"_s);
    QVERIFY(w.editor.characteristicsModel()->setData(
        w.editor.characteristicsModel()->index(1, PlanCharacteristicsModel::KindColumn),
        u"measured"_s));
    const Characteristic diameter = w.stored().characteristics.at(1);
    QCOMPARE(diameter.name, u"外径"_s);
    QCOMPARE(diameter.kind, CharacteristicKind::Measured);
    QCOMPARE(diameter.lower, std::optional<double>(24.95));
    QCOMPARE(diameter.upper, std::optional<double>(25.05));

    // Patrol every 50 pieces, and no gate.
    QSpinBox *pieces = w.editor.settings()->patrolPiecesSpin();
    pieces->setFocus();
    pieces->selectAll();
    QTest::keyClicks(pieces, u"50"_s);
    QTest::keyClick(pieces, Qt::Key_Return);
    QCOMPARE(w.stored().patrolPieces, 50);
    QTest::mouseClick(w.editor.settings()->gateBox(), Qt::LeftButton);
    QVERIFY(!w.stored().firstArticleGate);
    QCOMPARE(w.editor.plansModel()
                 ->index(0, InspectionPlanListModel::InspectionsColumn)
                 .data()
                 .toString(),
             u"First-article inspection, Patrol inspection"_s);

    // Undo, step by step: the gate, the patrol, the kind, the limits, the name, the row, the plan.
    undo->undo();
    QVERIFY(w.stored().firstArticleGate);
    QVERIFY(w.editor.settings()->gateBox()->isChecked());
    undo->undo();
    QCOMPARE(w.stored().patrolPieces, 0);
    QCOMPARE(w.editor.settings()->patrolPiecesSpin()->value(), 0);
    for (int i = 0; i < 4; ++i)
        undo->undo();
    QCOMPARE(w.stored().characteristics.size(), 2);
    QCOMPARE(w.stored().characteristics.at(1).name, u"Characteristic 2"_s);
    undo->undo();
    QCOMPARE(w.stored().characteristics.size(), 1);
    QCOMPARE(w.editor.characteristicsView()->model()->rowCount(), 1);
    undo->undo();
    QVERIFY(w.stored().id.isEmpty());
    QCOMPARE(w.editor.plansModel()->rowCount(), 0);
    // And redo brings all of it back.
    while (undo->canRedo())
        undo->redo();
    QCOMPARE(w.stored().characteristics.at(1).upper, std::optional<double>(25.05));
    QCOMPARE(w.stored().patrolPieces, 50);
    QCOMPARE(w.editor.plansModel()->rowCount(), 1);
}

void TstPlanEditorUi::refusalShowsInTheBanner()
{
    Window w;
    QVERIFY(w.editor.createPlan(w.shop.flange, 10));
    const int steps = w.shop.ws->undoStack()->count();
    // Patrol at step 10 already has a plan: a second one is refused.
    QVERIFY(!w.editor.createPlan(w.shop.flange, 10));
    QVERIFY(w.editor.banner()->isVisible());
    QVERIFY2(w.editor.banner()->text().contains(u"already has an inspection plan"_s),
             qPrintable(w.editor.banner()->text()));
    // A name left empty is refused, and the table shows the name as saved.
    w.editCell(0, PlanCharacteristicsModel::NameColumn, u" "_s);
    QVERIFY2(w.editor.banner()->text().contains(u"has no name"_s),
             qPrintable(w.editor.banner()->text()));
    QCOMPARE(w.editor.characteristicsView()->model()->index(0, 1).data().toString(),
             u"Appearance"_s);
    QCOMPARE(w.shop.ws->undoStack()->count(), steps);
}

QTEST_MAIN(TstPlanEditorUi)
#include "tst_planeditorui.moc"
