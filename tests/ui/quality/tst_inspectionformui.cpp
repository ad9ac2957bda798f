// The inspection form as an inspector meets it on a tablet or at the office: a reading typed
// into the big field is judged at once (green ✓ within, red ✗ outside, a warning for a typo),
// 合格/不合格 and choice buttons are pressed, Save stays off until every required result is in,
// the verdict shows, and Save writes the inspection. A sampled final inspection shows its plan
// (sample size, Ac / Re) and steps through the samples by keyboard.
#include "../../models/quality/inspectionshop.h"
#include "quality/dueinspectionsview.h"
#include "quality/inspectionform.h"
#include "quality/inspectionrow.h"
#include "quality/inspectionsview.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Taktline;

class TstInspectionFormUi : public QObject
{
    Q_OBJECT
private slots:
    void firstArticleByKeyboardAndClicks();
    void aTypoIsRefusedNotJudged();
    void sampledFinalStepsThroughTheSamples();
    void dueListOpensTheFormAndTheListShowsTheResult();
};

namespace {

InspectionInput firstArticle(const InspectionShop &f)
{
    InspectionInput input;
    input.kind = InspectionKind::FirstArticle;
    input.operationId = f.step(0);
    input.machineId = f.lathe;
    input.employeeId = f.inspector;
    return input;
}

QString state(const InspectionRow *row)
{
    return row->judgementLabel()->property("state").toString();
}

} // namespace

void TstInspectionFormUi::firstArticleByKeyboardAndClicks()
{
    InspectionShop f;
    InspectionForm form(f.ws.get(), firstArticle(f));
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QCOMPARE(form.rowCount(), 3);
    QVERIFY(!form.saveButton()->isEnabled());
    QVERIFY(!form.nextSampleButton()->isVisible()); // one piece: no stepper

    InspectionRow *diameter = form.row(0);
    QTest::keyClicks(diameter->valueField(), QStringLiteral("10.12"));
    QCOMPARE(state(diameter), QStringLiteral("fail"));
    QVERIFY2(diameter->judgementLabel()->text().contains(QStringLiteral("✗")),
             qPrintable(diameter->judgementLabel()->text()));
    QVERIFY(diameter->judgementLabel()->text().contains(QStringLiteral("10.05 mm")));
    diameter->valueField()->clear();
    QTest::keyClicks(diameter->valueField(), QStringLiteral("10.01"));
    QCOMPARE(state(diameter), QStringLiteral("ok"));
    QVERIFY(diameter->judgementLabel()->text().startsWith(QStringLiteral("✓")));

    QTest::mouseClick(form.row(1)->button(QStringLiteral("良好")), Qt::LeftButton);
    QCOMPARE(state(form.row(1)), QStringLiteral("ok"));
    QVERIFY(!form.saveButton()->isEnabled()); // the thread gauge is still to do
    QTest::mouseClick(form.row(2)->button(QStringLiteral("pass")), Qt::LeftButton);
    QVERIFY(form.saveButton()->isEnabled());
    QCOMPARE(form.verdictLabel()->property("passed").toBool(), true);

    QSignalSpy recorded(&form, &InspectionForm::recorded);
    QTest::mouseClick(form.saveButton(), Qt::LeftButton);
    QCOMPARE(recorded.count(), 1);
    QCOMPARE(recorded.constFirst().at(1).toBool(), true);
    QCOMPARE(f.rows("inspections"), 1);
    QCOMPARE(f.rows("inspection_values"), 3);
    QCOMPARE(f.scalar(QStringLiteral("SELECT employee_id FROM inspections")), f.inspector);
}

void TstInspectionFormUi::aTypoIsRefusedNotJudged()
{
    InspectionShop f;
    InspectionForm form(f.ws.get(), firstArticle(f));
    form.show();
    QTest::keyClicks(form.row(0)->valueField(), QStringLiteral("100"));
    QCOMPARE(state(form.row(0)), QStringLiteral("refused"));
    QTest::mouseClick(form.row(1)->button(QStringLiteral("良好")), Qt::LeftButton);
    QTest::mouseClick(form.row(2)->button(QStringLiteral("fail")), Qt::LeftButton);
    QVERIFY(!form.saveButton()->isEnabled());
    QVERIFY2(form.lastError().contains(QStringLiteral("cannot be a reading")),
             qPrintable(form.lastError()));
    QVERIFY(!form.save());
    QCOMPARE(f.rows("inspections"), 0);
    // Corrected, it saves a failed first article (the thread gauge said no).
    form.row(0)->valueField()->clear();
    QTest::keyClicks(form.row(0)->valueField(), QStringLiteral("10"));
    QVERIFY(form.saveButton()->isEnabled());
    QCOMPARE(form.verdictLabel()->property("passed").toBool(), false);
    QVERIFY(form.save());
    QCOMPARE(f.scalar(QStringLiteral("SELECT result FROM inspections")), QStringLiteral("fail"));
}

void TstInspectionFormUi::sampledFinalStepsThroughTheSamples()
{
    InspectionShop f;
    f.completeOrder();
    const SamplingPlan plan =
        SamplingTables::lookup(100, InspectionLevel::II, 6.5, Severity::Normal).value();
    InspectionInput input;
    input.kind = InspectionKind::Final;
    input.workOrderId = f.order;
    InspectionForm form(f.ws.get(), input);
    form.show();
    QCOMPARE(form.sampleCount(), plan.sampleSize);
    const QString sampling = form.findChild<QLabel *>(QStringLiteral("samplingPlan"))->text();
    QVERIFY2(sampling.contains(QStringLiteral("Sample size %1, Ac %2 / Re %3")
                                   .arg(plan.sampleSize)
                                   .arg(plan.accept)
                                   .arg(plan.reject)),
             qPrintable(sampling));
    QVERIFY(form.nextSampleButton()->isVisible());
    for (int sample = 1; sample <= plan.sampleSize; ++sample) {
        QCOMPARE(form.currentSample(), sample);
        QLineEdit *field = form.row(0)->valueField();
        QTest::keyClicks(field, sample == 1 ? QStringLiteral("10.2") : QStringLiteral("10.0"));
        if (sample < plan.sampleSize) {
            QVERIFY(!form.saveButton()->isEnabled());
            QTest::keyClick(field, Qt::Key_Return); // on to the next sample
        }
    }
    QVERIFY(form.saveButton()->isEnabled());
    // Back to sample 1: what was typed there is kept.
    form.showSample(1);
    QCOMPARE(form.row(0)->valueField()->text(), QStringLiteral("10.2"));
    QVERIFY(form.verdictLabel()->text().contains(QStringLiteral("1 of %1").arg(plan.sampleSize)));
    QVERIFY(form.save());
    QCOMPARE(f.rows("inspection_values"), plan.sampleSize);
    QCOMPARE(f.scalar(QStringLiteral("SELECT nonconforming || result FROM inspections")),
             QStringLiteral("1pass"));
}

void TstInspectionFormUi::dueListOpensTheFormAndTheListShowsTheResult()
{
    InspectionShop f;
    QVERIFY(f.ws->inspections()->requestFirstArticle(f.step(0), f.lathe, f.wang).ok());
    DueInspectionsView due(f.ws.get());
    due.show();
    QTableView *table = due.findChild<QTableView *>();
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 2); // the first article asked for, the steel lot
    const QString first = table->model()->index(0, 0).data().toString()
                          + table->model()->index(0, 1).data().toString();
    QVERIFY2(first.contains(QStringLiteral("LATHE-1")), qPrintable(first));
    table->selectRow(0);
    InspectionForm *form = due.openSelected();
    QVERIFY(form);
    QCOMPARE(form->input().requestId.isEmpty(), false);
    QTest::keyClicks(form->row(0)->valueField(), QStringLiteral("10"));
    QTest::mouseClick(form->row(1)->button(QStringLiteral("良好")), Qt::LeftButton);
    QTest::mouseClick(form->row(2)->button(QStringLiteral("pass")), Qt::LeftButton);
    QVERIFY(form->save());
    QCOMPARE(table->model()->rowCount(), 1); // the lot is still due

    InspectionsView list(f.ws.get());
    list.show();
    QTableView *recorded = list.findChild<QTableView *>();
    QCOMPARE(recorded->model()->rowCount(), 1);
}

QTEST_MAIN(TstInspectionFormUi)
#include "tst_inspectionformui.moc"
