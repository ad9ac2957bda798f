// The Traceability page (追溯) as a supervisor uses it after a complaint: a code scanned into the
// search field shows the genealogy as a tree and a timeline in step with it, blocked lots and
// failed steps in red; an unknown code says so and keeps the trace shown; a double-click traces
// the code of a node; the trace goes to Excel (read back the way Excel reads it) and to a PDF;
// on the Lots tab a lot is received through the dialog, blocked only with a reason, and only by
// those allowed to manage material.
#include "common/languagemanager.h"
#include "common/messagebanner.h"
#include "fixturehelpers.h"
#include "io/traceworkbook.h"
#include "item/palette.h"
#include "item/trace/lottablemodel.h"
#include "item/trace/tracetreemodel.h"
#include "services/access/accesscontrol.h"
#include "services/planning/routingservice.h"
#include "services/planning/workorderservice.h"
#include "services/serials/serialservice.h"
#include "services/station/reportingservice.h"
#include "services/trace/traceservice.h"
#include "shell/mainwindow.h"
#include "testshop.h"
#include "trace/genealogy/genealogypanel.h"
#include "trace/genealogy/tracetimeline.h"
#include "trace/lots/lotreasondialog.h"
#include "trace/lots/lotspanel.h"
#include "trace/lots/receivelotdialog.h"
#include "trace/traceabilitypage.h"
#include "uitesthelpers.h"
#include "xlsxsheet.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <functional>

using namespace Taktline;

class TstTraceabilityUi : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void scanShowsTreeAndTimelineInStep();
    void unknownCodeKeepsThePreviousTrace();
    void doubleClickTracesTheCodeOfANode();
    void failedSerialStepIsMarkedRed();
    void excelExportHasOneRowPerNode();
    void pdfExportWritesThePages();
    void supervisorReceivesALotThroughTheDialog();
    void blockNeedsAReason();
    void lotsListShowsStockStatusAndFinds();
    void operatorHasNoPageAndCannotReceive();
};

namespace {

using XlsxSheet::unzipEntry;
using XlsxSheet::cell;

// Day DAY of the shop's week (0: Monday) at HOUR:MINUTE local time, as the timeline shows it.
qint64 at(int day, int hour, int minute = 0)
{
    return QDateTime(TestShop::day(day), QTime(hour, minute)).toMSecsSinceEpoch();
}

// The shop with gaskets (GS-1 垫片) fed at milling, 500 received from 华东密封; its order
// P-0001 of 100 flanges turned by Wang on Monday with 30 kg of the steel, milled by Li on
// Tuesday with 55 gaskets.
struct Floor : TestShop
{
    QString gasket, gasketLot, orderNo;

    Floor()
    {
        gasket = product("GS-1", "垫片");
        addBomLine(flange, gasket, 1, 20);
        gasketLot = receive(gasket, 500, QStringLiteral("华东密封"), QStringLiteral("HD-22"));
        orderNo = number();
        setNow(at(0, 9));
        report(order, 0, 60, wang, lathe);
        feed(steelLot, order, 0, 30, wang, lathe);
        setNow(at(1, 14, 30));
        report(order, 1, 55, li, mill);
        feed(gasketLot, order, 1, 55, li, mill);
    }
    QString released(const QString &productionLot) const
    {
        return releasedOrder(flange, 100, day(4), productionLot);
    }
    void report(const QString &orderId, int index, double good, const QString &employee,
                const QString &machine) const
    {
        ReportRequest r = request(index, good, 0, orderId);
        r.employeeId = employee;
        r.machineId = machine;
        TestShop::report(r);
    }
    void feed(const QString &lot, const QString &orderId, int index, double quantity,
              const QString &employee, const QString &machine) const
    {
        Fixture::require(
            ws->trace()->consume(lot, step(index, orderId), quantity, employee, machine).outcome(),
            "feed");
    }
};

// The page on screen at tablet size.
struct Screen
{
    explicit Screen(Floor &floor)
        : page(floor.ws.get())
    {
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
    }
    GenealogyPanel *genealogy() const { return page.genealogy(); }
    TraceTreeModel *model() const { return page.genealogy()->model(); }
    // Types CODE into the search field and Enter, as a keyboard-mode scanner does.
    void scan(const QString &code) const
    {
        QLineEdit *field = genealogy()->searchField();
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, code);
        QTest::keyClick(field, Qt::Key_Return);
    }
    // The node ids of KIND in the tree shown.
    QList<int> nodesOf(TraceNode::Kind kind) const
    {
        QList<int> ids;
        for (int id = 0; id < model()->nodeCount(); ++id) {
            if (model()->node(id)->kind == kind)
                ids.append(id);
        }
        return ids;
    }
    void doubleClickNode(int nodeId) const
    {
        QTreeView *tree = genealogy()->tree();
        const QModelIndex index = model()->indexOfNode(nodeId, TraceTreeModel::TimeColumn);
        tree->scrollTo(index);
        const QPoint point = tree->visualRect(index).center();
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, point);
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, point);
    }
    QPushButton *button(const char *name) const
    {
        return page.findChild<QPushButton *>(QString::fromLatin1(name));
    }
    TraceabilityPage page;
};

// Runs ACT on the modal dialog of type T as soon as it is open (exec() blocks the test);
// waits for it a little while another modal window is still closing.
template<typename T> void whenModalOpens(const std::function<void(T *)> &act, int triesLeft = 100)
{
    QTimer::singleShot(triesLeft == 100 ? 0 : 20, qApp, [act, triesLeft] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog && triesLeft > 0) {
            whenModalOpens<T>(act, triesLeft - 1);
            return;
        }
        QVERIFY2(dialog, "the expected dialog did not open");
        act(dialog);
    });
}

double numberIn(const QString &inner)
{
    return QRegularExpression(QStringLiteral("<v>(.*)</v>")).match(inner).captured(1).toDouble();
}

int pdfPageCount(const QByteArray &pdf)
{
    return int(
        QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)"))));
}

} // namespace

void TstTraceabilityUi::init()
{
    QSettings().remove(QStringLiteral("traceability/recent")); // from an earlier run
}

void TstTraceabilityUi::scanShowsTreeAndTimelineInStep()
{
    Floor floor;
    floor.signIn(Role::Supervisor);
    QVERIFY(floor.ws->trace()->blockLot(floor.steelLot, QStringLiteral("来料检验不合格")).ok());
    Screen screen(floor);
    QAbstractItemModelTester tester(screen.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!screen.genealogy()->hasTrace());
    QVERIFY(!screen.page.genealogy()
                 ->findChild<QPushButton *>(QStringLiteral("exportButton"))
                 ->isEnabled());

    screen.scan(floor.orderNo);
    QVERIFY2(screen.genealogy()->hasTrace(), qPrintable(screen.page.banner()->text()));
    TraceTreeModel *model = screen.model();
    QCOMPARE(model->node(0)->code, floor.orderNo);
    QCOMPARE(screen.nodesOf(TraceNode::Kind::Operation).size(), 2);
    QCOMPARE(screen.nodesOf(TraceNode::Kind::Report).size(), 2);
    const QList<int> lots = screen.nodesOf(TraceNode::Kind::Lot);
    QCOMPARE(lots.size(), 2);
    // The tree opens fully and shows who, where and how much.
    const int steel = model->node(lots.at(0))->code == floor.steelLot ? lots.at(0) : lots.at(1);
    QVERIFY(screen.genealogy()->tree()->isExpanded(model->indexOfNode(steel).parent()));
    QCOMPARE(model->indexOfNode(steel, TraceTreeModel::EmployeeColumn).data().toString(),
             QStringLiteral("王建国"));
    QCOMPARE(model->indexOfNode(steel, TraceTreeModel::MachineColumn).data().toString(),
             QStringLiteral("LATHE-1"));
    QCOMPARE(model->indexOfNode(steel, TraceTreeModel::QuantityColumn).data().toString(),
             QStringLiteral("30"));
    // The blocked steel lot is red and says why; the gasket lot is not.
    QVERIFY(model->indexOfNode(steel).data(TraceTreeModel::ProblemRole).toBool());
    QCOMPARE(model->indexOfNode(steel).data(Qt::ForegroundRole).value<QBrush>().color(),
             Palette::Red);
    QVERIFY(model->indexOfNode(steel, TraceTreeModel::ResultColumn)
                .data()
                .toString()
                .contains(QStringLiteral("来料检验不合格")));
    const int gasket = steel == lots.at(0) ? lots.at(1) : lots.at(0);
    QVERIFY(!model->indexOfNode(gasket).data(TraceTreeModel::ProblemRole).toBool());

    // At tablet width the titles get the room (they name code and machine too); at office
    // width the code and machine have columns of their own.
    QTreeView *tree = screen.genealogy()->tree();
    QVERIFY(tree->isColumnHidden(TraceTreeModel::CodeColumn));
    QVERIFY(tree->isColumnHidden(TraceTreeModel::MachineColumn));
    QVERIFY(!tree->isColumnHidden(TraceTreeModel::EmployeeColumn));
    screen.page.resize(1920, 1080);
    QTRY_VERIFY(!tree->isColumnHidden(TraceTreeModel::CodeColumn));
    QVERIFY(!tree->isColumnHidden(TraceTreeModel::MachineColumn));
    screen.page.resize(1280, 800);

    const QString summary = screen.genealogy()->summaryText();
    QVERIFY2(summary.startsWith(floor.orderNo + QStringLiteral(" 法兰 ← ")), qPrintable(summary));
    // (Plural endings come from the translation files, which tests do not load.)
    for (const char *part : {"2 operation", "2 production report", "2 lot", "1 marked in red"})
        QVERIFY2(summary.contains(QLatin1String(part)), qPrintable(summary));

    // The timeline: everything with a time, oldest first, under a heading per day.
    TraceTimeline *timeline = screen.genealogy()->timeline();
    QList<int> expected;
    QSet<QDate> expectedDays;
    for (int id = 0; id < model->nodeCount(); ++id) {
        if (const qint64 when = model->node(id)->atMs; when > 0) {
            expected.append(id);
            expectedDays.insert(QDateTime::fromMSecsSinceEpoch(when).date());
        }
    }
    std::stable_sort(expected.begin(), expected.end(),
                     [model](int a, int b) { return model->node(a)->atMs < model->node(b)->atMs; });
    const QList<int> order = timeline->nodesInOrder();
    QCOMPARE(order, expected);
    QVERIFY(order.size() >= 7); // the order, two steps, two reports, two feeds
    const QStringList days = timeline->dayHeadings();
    QCOMPARE(days.size(), expectedDays.size());
    QVERIFY2(days.filter(TestShop::day(0).toString(Qt::ISODate)).size() == 1,
             qPrintable(days.join(u'|')));
    QVERIFY(days.filter(TestShop::day(1).toString(Qt::ISODate)).size() == 1);
    // The gasket was fed last on Tuesday: its entry closes that day.
    const int gasketEntry = int(order.indexOf(gasket));
    QVERIFY(gasketEntry >= 0);
    QVERIFY(gasketEntry + 1 == order.size() ||
            QDateTime::fromMSecsSinceEpoch(model->node(order.at(gasketEntry + 1))->atMs).date() !=
                TestShop::day(1));

    // Choosing in the timeline chooses in the tree, and the other way round.
    timeline->setCurrentItem(timeline->topLevelItem(timeline->topLevelItemCount() - 1));
    QCOMPARE(model->nodeId(screen.genealogy()->tree()->currentIndex()), order.constLast());
    QCOMPARE(timeline->selectedNode(), order.constLast());
    screen.genealogy()->tree()->setCurrentIndex(model->indexOfNode(steel));
    QCOMPARE(timeline->selectedNode(), steel);

    // Forward, by the direction buttons: the lot to the order it went into.
    QTest::mouseClick(screen.button("directionForward"), Qt::LeftButton);
    screen.scan(QStringLiteral("LOT:") + floor.gasketLot);
    QCOMPARE(model->node(0)->kind, TraceNode::Kind::Lot);
    QCOMPARE(model->node(0)->code, floor.gasketLot);
    QCOMPARE(screen.nodesOf(TraceNode::Kind::WorkOrder).size(), 1);
    QVERIFY(screen.genealogy()->summaryText().contains(QStringLiteral(" → 1 work order")));
    QCOMPARE(screen.genealogy()->recentCodes(),
             (QStringList{QStringLiteral("LOT:") + floor.gasketLot, floor.orderNo}));

    // Forward still chosen, a work order is scanned: it has no forward trace, so its backward
    // trace is shown, and the page says so.
    screen.scan(floor.orderNo);
    QCOMPARE(model->node(0)->code, floor.orderNo);
    QVERIFY2(screen.page.banner()->text().contains(
                 QStringLiteral("has no Forward trace; the Backward trace is shown instead")),
             qPrintable(screen.page.banner()->text()));
    QVERIFY(screen.genealogy()->summaryText().contains(QStringLiteral(" ← ")));
}

void TstTraceabilityUi::unknownCodeKeepsThePreviousTrace()
{
    Floor floor;
    Screen screen(floor);
    screen.scan(floor.orderNo);
    QCOMPARE(screen.model()->node(0)->code, floor.orderNo);
    const int nodes = screen.model()->nodeCount();
    const QString summary = screen.genealogy()->summaryText();

    screen.scan(QStringLiteral("WO-20991231-9999"));
    QVERIFY2(screen.page.banner()->text().contains(
                 QStringLiteral("Nothing in this factory has the code WO-20991231-9999")),
             qPrintable(screen.page.banner()->text()));
    QCOMPARE(screen.model()->node(0)->code, floor.orderNo);
    QCOMPARE(screen.model()->nodeCount(), nodes);
    QCOMPARE(screen.genealogy()->summaryText(), summary);
    // What was scanned stays in the field to be corrected.
    QCOMPARE(screen.genealogy()->searchField()->text(), QStringLiteral("WO-20991231-9999"));
    QVERIFY(!screen.genealogy()->recentCodes().contains(QStringLiteral("WO-20991231-9999")));

    // A good code clears the message.
    screen.scan(QStringLiteral("LOT:") + floor.steelLot);
    QCOMPARE(screen.page.banner()->text(), QString());
    QCOMPARE(screen.model()->node(0)->code, floor.steelLot);

    // The recent searches, newest first, trace again from their menu.
    auto *recent = screen.button("recentButton")->menu();
    QCOMPARE(recent->actions().size(), 2);
    QVERIFY(recent->actions().at(0)->text().contains(floor.steelLot));
    recent->actions().at(1)->trigger();
    QCOMPARE(screen.model()->node(0)->code, floor.orderNo);
}

void TstTraceabilityUi::doubleClickTracesTheCodeOfANode()
{
    Floor floor;
    // The steel lot went into a second order too.
    const QString second = floor.released(QStringLiteral("P-0002"));
    floor.setNow(at(2, 10));
    floor.feed(floor.steelLot, second, 0, 20, floor.li, floor.lathe);
    Screen screen(floor);
    screen.scan(floor.orderNo);
    int steel = -1;
    for (int id : screen.nodesOf(TraceNode::Kind::Lot)) {
        if (screen.model()->node(id)->code == floor.steelLot)
            steel = id;
    }
    QVERIFY(steel > 0);

    // The lot's row: traced forward, to both orders.
    screen.doubleClickNode(steel);
    QCOMPARE(screen.model()->node(0)->kind, TraceNode::Kind::Lot);
    QCOMPARE(screen.model()->node(0)->code, floor.steelLot);
    QCOMPARE(screen.nodesOf(TraceNode::Kind::WorkOrder).size(), 2);
    QVERIFY(screen.genealogy()->summaryText().contains(QStringLiteral("2 work order")));

    // A feed's row: its work order, traced backward.
    const QList<int> feeds = screen.nodesOf(TraceNode::Kind::Consumption);
    int secondFeed = -1;
    for (int id : feeds) {
        if (screen.model()->node(id)->code.startsWith(
                floor.ws->workOrders()->find(second).value().number))
            secondFeed = id;
    }
    QVERIFY(secondFeed > 0);
    screen.doubleClickNode(secondFeed);
    QCOMPARE(screen.model()->node(0)->kind, TraceNode::Kind::WorkOrder);
    QCOMPARE(screen.model()->node(0)->code, floor.ws->workOrders()->find(second).value().number);

    // A report has no code of its own: the tree stays, and the page says what to do instead.
    screen.scan(floor.orderNo);
    const int report = screen.nodesOf(TraceNode::Kind::Report).constFirst();
    screen.doubleClickNode(report);
    QCOMPARE(screen.model()->node(0)->code, floor.orderNo);
    QVERIFY2(screen.page.banner()->text().contains(QStringLiteral("no code of its own")),
             qPrintable(screen.page.banner()->text()));
}

void TstTraceabilityUi::failedSerialStepIsMarkedRed()
{
    Floor floor;
    const Result<QStringList> serials =
        floor.ws->serials()->generate(floor.order, QStringLiteral("FL{seq:3}"), 2);
    QVERIFY2(serials.ok(), qPrintable(serials.error()));
    floor.setNow(at(2, 8));
    const QString test = floor.step(1, floor.order);
    QVERIFY(
        floor.ws->serials()->recordStep(QStringLiteral("FL001"), test, floor.li, floor.mill, true));
    QVERIFY(floor.ws->serials()->recordStep(QStringLiteral("FL002"), test, floor.li, floor.mill,
                                            false));
    Screen screen(floor);

    screen.scan(QStringLiteral("SN:FL002"));
    QCOMPARE(screen.model()->node(0)->kind, TraceNode::Kind::Serial);
    const QList<int> steps = screen.nodesOf(TraceNode::Kind::SerialStep);
    QCOMPARE(steps.size(), 1);
    const QModelIndex failed = screen.model()->indexOfNode(steps.constFirst());
    QVERIFY(failed.data(TraceTreeModel::ProblemRole).toBool());
    QCOMPARE(screen.model()
                 ->index(failed.row(), TraceTreeModel::ResultColumn, failed.parent())
                 .data()
                 .toString(),
             QStringLiteral("Failed"));
    QVERIFY(screen.genealogy()->summaryText().contains(QStringLiteral("1 marked in red")));

    screen.scan(QStringLiteral("SN:FL001"));
    const QModelIndex passed =
        screen.model()->indexOfNode(screen.nodesOf(TraceNode::Kind::SerialStep).constFirst());
    QVERIFY(!passed.data(TraceTreeModel::ProblemRole).toBool());
    QVERIFY(!screen.genealogy()->summaryText().contains(QStringLiteral("red")));
}

void TstTraceabilityUi::excelExportHasOneRowPerNode()
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        QSKIP("the unzip tool is not installed");
    Floor floor;
    Screen screen(floor);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("追溯 P-0001.xlsx"));
    QVERIFY(!screen.genealogy()->exportExcelTo(path).ok()); // nothing traced yet
    QVERIFY(!QFile::exists(path));

    screen.scan(floor.orderNo);
    const Outcome exported = screen.genealogy()->exportExcelTo(path);
    QVERIFY2(exported.ok(), qPrintable(exported.error()));
    const QString sheet = unzipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY2(cell(sheet, QStringLiteral("C1")).first.contains(QStringLiteral("Code")),
             qPrintable(sheet.left(1500)));

    // Row 2 is the root; then every node in tree order, its depth a number in column A.
    const QList<QPair<const TraceNode *, int>> rows = [&] {
        QList<QPair<const TraceNode *, int>> all;
        const std::function<void(const TraceNode &, int)> walk = [&](const TraceNode &n, int d) {
            all.append({&n, d});
            for (const TraceNode &child : n.children)
                walk(child, d + 1);
        };
        walk(*screen.model()->root(), 0);
        return all;
    }();
    QCOMPARE(rows.size(), qsizetype(screen.model()->nodeCount()));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString r = QString::number(i + 2);
        const auto [level, isNumber] = cell(sheet, QStringLiteral("A") + r);
        QVERIFY2(isNumber, qPrintable(r));
        QCOMPARE(numberIn(level), double(rows.at(i).second));
        const TraceNode &node = *rows.at(i).first;
        if (node.kind != TraceNode::Kind::Report)
            QVERIFY2(cell(sheet, QStringLiteral("C") + r).first.contains(node.code),
                     qPrintable(r + QLatin1Char(' ') + node.code));
        QVERIFY2(cell(sheet, QStringLiteral("D") + r).first.contains(node.title.left(12)),
                 qPrintable(r));
        if (node.kind == TraceNode::Kind::Report) { // who, where, how many good: real values
            QVERIFY(!cell(sheet, QStringLiteral("F") + r).first.isEmpty());
            QVERIFY(cell(sheet, QStringLiteral("H") + r).second);
        }
        if (node.kind == TraceNode::Kind::Lot && node.code == floor.steelLot) {
            QCOMPARE(numberIn(cell(sheet, QStringLiteral("H") + r).first), 30.0);
            QVERIFY(cell(sheet, QStringLiteral("L") + r).first.contains(QStringLiteral("宝钢")));
            QVERIFY(cell(sheet, QStringLiteral("M") + r).first.contains(QStringLiteral("BG-7781")));
        }
    }
    QVERIFY(cell(sheet, QStringLiteral("A") + QString::number(rows.size() + 2)).first.isEmpty());
}

void TstTraceabilityUi::pdfExportWritesThePages()
{
    Floor floor;
    // Enough reports for a second page.
    for (int i = 0; i < 40; ++i) {
        floor.setNow(at(2, 8, i));
        floor.report(floor.order, 0, 1, floor.wang, floor.lathe);
    }
    Screen screen(floor);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trace.pdf"));
    QVERIFY(!screen.genealogy()->exportPdfTo(path).ok());
    QVERIFY(!QFile::exists(path));

    screen.scan(floor.orderNo);
    QVERIFY(screen.model()->nodeCount() > 45);
    const Outcome saved = screen.genealogy()->exportPdfTo(path);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.size() > 10000);
    QCOMPARE(pdfPageCount(pdf), 2);

    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(content.contains(floor.orderNo), qPrintable(content.left(500)));
        QVERIFY(content.contains(QStringLiteral("Page 2 / 2")));
        QVERIFY(content.contains(QStringLiteral("王建国")));
    }
}

void TstTraceabilityUi::supervisorReceivesALotThroughTheDialog()
{
    Floor floor;
    floor.signIn(Role::Supervisor);
    Screen screen(floor);
    screen.page.showTab(QStringLiteral("lots"));
    LotsPanel *lots = screen.page.lots();
    QVERIFY(lots->canManage());
    QCOMPARE(lots->model()->rowCount(), 2);
    QPushButton *receive = screen.button("receiveButton");
    QVERIFY(receive->isEnabled());

    QString refusal;
    bool stayedOpen = false;
    bool offered = false;
    whenModalOpens<ReceiveLotDialog>([&](ReceiveLotDialog *dialog) {
        auto *material = dialog->findChild<QComboBox *>(QStringLiteral("materialCombo"));
        material->setCurrentIndex(material->findData(floor.steel));
        auto *quantity = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("quantitySpin"));
        QCOMPARE(quantity->suffix(), QStringLiteral(" kg"));
        typeText(dialog->findChild<QLineEdit *>(QStringLiteral("supplierEdit")),
                 QStringLiteral("宝钢"));
        typeText(dialog->findChild<QLineEdit *>(QStringLiteral("supplierLotEdit")),
                 QStringLiteral("BG-7790"));
        // No quantity: refused, the dialog stays, nothing is written.
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
        QTest::mouseClick(save, Qt::LeftButton);
        stayedOpen = dialog->isVisible();
        refusal = dialog->errorText();
        quantity->setFocus();
        quantity->selectAll();
        QTest::keyClicks(quantity, QStringLiteral("250"));
        // Then the label is offered; not now.
        whenModalOpens<QMessageBox>([&](QMessageBox *offer) {
            offered = offer->objectName() == QLatin1String("labelOffer");
            for (QAbstractButton *button : offer->buttons()) {
                if (offer->buttonRole(button) == QMessageBox::RejectRole)
                    button->click();
            }
        });
        QTest::mouseClick(save, Qt::LeftButton);
    });
    QTest::mouseClick(receive, Qt::LeftButton);

    QVERIFY(stayedOpen);
    QVERIFY2(refusal.contains(QStringLiteral("greater than zero")), qPrintable(refusal));
    QVERIFY(offered);
    const QList<MaterialLot> steelLots = floor.ws->trace()->lotsOf(floor.steel).value();
    QCOMPARE(steelLots.size(), 2); // the refused attempt wrote nothing
    const QString lotNo = lots->selectedLot();
    QVERIFY(!lotNo.isEmpty() && lotNo != floor.steelLot);
    const MaterialLot lot = floor.ws->trace()->lot(lotNo).value();
    QCOMPARE(lot.receivedQty, 250.0);
    QCOMPARE(lot.supplier, QStringLiteral("宝钢"));
    QCOMPARE(lot.supplierLot, QStringLiteral("BG-7790"));
    QCOMPARE(lots->model()->rowCount(), 3);
    const int row = lots->model()->rowOfLot(lotNo);
    QCOMPARE(lots->model()->index(row, LotTableModel::RemainingColumn).data().toString(),
             QStringLiteral("250 kg"));
    QCOMPARE(lots->model()->index(row, LotTableModel::StatusColumn).data().toString(),
             QStringLiteral("Usable"));
    QVERIFY(screen.page.banner()->text().contains(lotNo));

    // Its label, saved as PDF without the dialog.
    QTemporaryDir dir;
    const QString label = dir.filePath(QStringLiteral("label.pdf"));
    QVERIFY(lots->saveLabelPdf(lotNo, label).ok());
    QFile file(label);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("%PDF-"));

    // "Trace forward" opens the genealogy of the new lot.
    QTest::mouseClick(screen.button("traceLotButton"), Qt::LeftButton);
    QCOMPARE(screen.page.tabs()->currentWidget(), screen.genealogy());
    QCOMPARE(screen.model()->node(0)->code, lotNo);
}

void TstTraceabilityUi::blockNeedsAReason()
{
    Floor floor;
    Screen screen(floor);
    screen.page.showTab(QStringLiteral("lots"));
    LotsPanel *lots = screen.page.lots();
    QPushButton *block = screen.button("blockButton");
    QPushButton *release = screen.button("unblockButton");
    QVERIFY(!block->isEnabled()); // nothing chosen yet
    QVERIFY(lots->selectLot(floor.gasketLot));
    QVERIFY(block->isEnabled());
    QVERIFY(!release->isEnabled());

    QString refusal;
    bool stayedOpen = false;
    whenModalOpens<LotReasonDialog>([&](LotReasonDialog *dialog) {
        auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("applyButton"));
        QTest::mouseClick(apply, Qt::LeftButton); // no reason given
        stayedOpen = dialog->isVisible();
        refusal = dialog->errorText();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("reasonButton")),
                          Qt::LeftButton);
        QTest::mouseClick(apply, Qt::LeftButton);
    });
    QTest::mouseClick(block, Qt::LeftButton);
    QVERIFY(stayedOpen);
    QVERIFY2(refusal.contains(QStringLiteral("Say why")), qPrintable(refusal));

    const MaterialLot lot = floor.ws->trace()->lot(floor.gasketLot).value();
    QVERIFY(lot.blocked);
    QCOMPARE(lot.blockReason, QStringLiteral("Incoming inspection failed"));
    const int row = lots->model()->rowOfLot(floor.gasketLot);
    QCOMPARE(lots->model()->index(row, LotTableModel::StatusColumn).data().toString(),
             QStringLiteral("Blocked"));
    QCOMPARE(lots->selectedLot(), floor.gasketLot);
    QVERIFY(!block->isEnabled());
    QVERIFY(release->isEnabled());

    // Without the dialog: an empty reason is refused in the banner and changes nothing.
    QVERIFY(!lots->unblock(floor.gasketLot, QStringLiteral("  ")).ok());
    QVERIFY(screen.page.banner()->text().contains(QStringLiteral("Say why")));
    QVERIFY(floor.ws->trace()->lot(floor.gasketLot).value().blocked);
    QVERIFY(lots->unblock(floor.gasketLot, QStringLiteral("让步接收")).ok());
    QVERIFY(!floor.ws->trace()->lot(floor.gasketLot).value().blocked);
}

void TstTraceabilityUi::lotsListShowsStockStatusAndFinds()
{
    Floor floor;
    LotReceipt old;
    old.productId = floor.gasket;
    old.quantity = 40;
    old.supplier = QStringLiteral("苏州橡塑");
    old.receivedOn = floor.today().addDays(-30);
    old.expiry = floor.today().addDays(-1);
    const QString expired = floor.ws->trace()->receiveLot(old).value();
    Screen screen(floor);
    screen.page.showTab(QStringLiteral("lots"));
    LotsPanel *lots = screen.page.lots();
    LotTableModel *model = lots->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 3);
    auto shown = [&](const QString &lot, int column) {
        return model->index(model->rowOfLot(lot), column).data().toString();
    };
    QCOMPARE(shown(floor.steelLot, LotTableModel::MaterialColumn), QStringLiteral("SP-1 钢板"));
    QCOMPARE(shown(floor.steelLot, LotTableModel::ReceivedQtyColumn), QStringLiteral("100 kg"));
    QCOMPARE(shown(floor.steelLot, LotTableModel::RemainingColumn), QStringLiteral("70 kg"));
    QCOMPARE(shown(floor.steelLot, LotTableModel::SupplierLotColumn), QStringLiteral("BG-7781"));
    QCOMPARE(shown(expired, LotTableModel::StatusColumn), QStringLiteral("Expired"));

    // Filtered by material, then searched by supplier.
    auto *material = screen.page.findChild<QComboBox *>(QStringLiteral("materialFilter"));
    material->setCurrentIndex(material->findData(floor.gasket));
    QCOMPARE(model->rowCount(), 2);
    QTableView *view = lots->view();
    typeText(screen.page.findChild<QLineEdit *>(QStringLiteral("lotSearchField")),
             QStringLiteral("苏州"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, LotTableModel::LotNoColumn).data().toString(), expired);

    // A lot label scanned on this tab finds the lot, whatever the filter was.
    QTest::keyClicks(view, QStringLiteral("LOT:") + floor.steelLot);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(lots->selectedLot(), floor.steelLot);
    QCOMPARE(material->currentIndex(), 0);
}

void TstTraceabilityUi::operatorHasNoPageAndCannotReceive()
{
    Floor floor;
    floor.signIn(Role::Operator);
    LanguageManager language;
    MainWindow window(floor.ws.get(), &language);
    QVERIFY(!window.pageWidget(Page::Traceability));

    // Even a page made by hand offers no way in, says why, and the service refuses.
    Screen forged(floor);
    forged.page.showTab(QStringLiteral("lots"));
    LotsPanel *lots = forged.page.lots();
    QVERIFY(!lots->canManage());
    QVERIFY(lots->selectLot(floor.steelLot));
    for (const char *name : {"receiveButton", "blockButton", "unblockButton"}) {
        QVERIFY2(!forged.button(name)->isEnabled(), name);
        QVERIFY2(forged.button(name)->toolTip().contains(QStringLiteral("may not")), name);
    }
    LotReceipt receipt;
    receipt.productId = floor.steel;
    receipt.quantity = 10;
    QVERIFY(!lots->receive(receipt).ok());
    QVERIFY(forged.page.banner()->text().contains(QStringLiteral("may not")));
    QCOMPARE(floor.ws->trace()->lotsOf(floor.steel).value().size(), 1);
    QVERIFY(!lots->block(floor.steelLot, QStringLiteral("x")).ok());
    QVERIFY(!floor.ws->trace()->lot(floor.steelLot).value().blocked);
}

QTEST_MAIN(TstTraceabilityUi)
#include "tst_traceabilityui.moc"
