// Bills of materials in the window: a planner adds, edits, removes and undoes components of a
// product's BOM in Master data ▸ Bills of materials, sees refusals in the page's banner, and
// the work order's Materials tab shows what is short in red — and follows receipts and feeds.
#include "common/languagemanager.h"
#include "common/messagebanner.h"
#include "item/masterdata/bomlinesmodel.h"
#include "item/palette.h"
#include "masterdata/bomeditor.h"
#include "masterdata/masterdatapage.h"
#include "services/masterdata/bomservice.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/routingservice.h"
#include "services/trace/traceservice.h"
#include "shell/mainwindow.h"
#include "testshop.h"
#include "testworkspace.h"
#include "uitesthelpers.h"
#include "workorders/materialspanel.h"
#include "workorders/workorderdetail.h"
#include "workorders/workorderspage.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace Taktline;

class TstBomUi : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void addsEditsRemovesAndUndoesComponents();
    void refusalsShowInTheBannerAndChangeNothing();
    void materialsTabShowsShortageInRedAndFollowsStock();

private:
    void openEditor(const char *partNo);
    QList<BomLine> stored() const { return (*m_workspace)->bom()->lines(m_productId).value(); }
    QString productId(const char *partNo) const
    {
        return (*m_workspace)
            ->masterData()
            ->idForCode(MasterDataKind::Product, QString::fromLatin1(partNo))
            .value();
    }
    void click(const char *name)
    {
        QTest::mouseClick(m_editor->findChild<QPushButton *>(QString::fromLatin1(name)),
                          Qt::LeftButton);
    }
    void pick(const char *comboName, const QVariant &value)
    {
        auto *combo = m_editor->findChild<QComboBox *>(QString::fromLatin1(comboName));
        QVERIFY(combo);
        const int index = combo->findData(value);
        QVERIFY2(index >= 0, comboName);
        combo->setCurrentIndex(index);
    }
    void typeQuantity(const QString &text)
    {
        auto *quantity = m_editor->findChild<QLineEdit *>(QStringLiteral("quantityEdit"));
        quantity->clear();
        QTest::keyClicks(quantity, text);
    }
    // Edits one cell of the BOM table by typing, as a planner would.
    void editCell(int row, int column, const QString &text)
    {
        QTableView *view = m_editor->linesView();
        const QModelIndex index = view->model()->index(row, column);
        view->setCurrentIndex(index);
        view->edit(index);
        auto *editor = view->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
    }

    std::unique_ptr<TestWorkspace> m_workspace; // the demo factory
    std::unique_ptr<TestShop> m_shop;
    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<MainWindow> m_window;
    BomEditor *m_editor = nullptr;
    QString m_productId;
};

void TstBomUi::openEditor(const char *partNo)
{
    m_workspace = std::make_unique<TestWorkspace>(TestWorkspace::SignIn::Owner, true);
    m_language = std::make_unique<LanguageManager>();
    m_window = std::make_unique<MainWindow>(m_workspace->get(), m_language.get());
    m_window->show();
    m_window->setCurrentPage(Page::MasterData);
    auto *page = qobject_cast<MasterDataPage *>(m_window->pageWidget(Page::MasterData));
    QVERIFY(page);
    page->showBoms();
    m_editor = page->bomEditor();
    QVERIFY(m_editor->isVisible());
    m_productId = productId(partNo);
    m_editor->selectProduct(m_productId);
    QCOMPARE(m_editor->linesModel()->productId(), m_productId);
}

void TstBomUi::cleanup()
{
    m_window.reset();
    m_language.reset();
    m_workspace.reset();
    m_shop.reset();
}

void TstBomUi::addsEditsRemovesAndUndoesComponents()
{
    openEditor("FL-DN25");
    // The demo flange is cut from steel plate at its first step.
    QCOMPARE(stored().size(), 1);
    QVERIFY(m_editor->linesView()
                ->model()
                ->index(0, BomLinesModel::ComponentColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("RM-PL-Q235 · ")));
    QCOMPARE(
        m_editor->linesView()->model()->index(0, BomLinesModel::QuantityColumn).data().toString(),
        QStringLiteral("1.2 kg"));

    // Anti-rust oil, 0.015 kg per flange, after the inspection (step 30).
    const QString oil = productId("RM-OIL-AR");
    pick("componentCombo", oil);
    typeQuantity(QStringLiteral("0.015"));
    pick("stepCombo", 30);
    click("addLineButton");
    QCOMPARE(stored().size(), 2);
    const BomLine added = stored().at(1);
    QCOMPARE(added.componentId, oil);
    QCOMPARE(added.quantityPerUnit, 0.015);
    QCOMPARE(added.operationSeq, 30);
    QVERIFY(!m_editor->banner()->isVisible());
    const int row = m_editor->linesModel()->rowOfLine(added.id);
    QCOMPARE(
        m_editor->linesView()->model()->index(row, BomLinesModel::StepColumn).data().toString(),
        QStringLiteral("30 · 检验"));

    // Typed in the table: 0.02 kg; undo takes it back to 0.015, redo brings 0.02 again.
    editCell(row, BomLinesModel::QuantityColumn, QStringLiteral("0.02"));
    QTRY_COMPARE((*m_workspace)->bom()->line(added.id).value().quantityPerUnit, 0.02);
    QUndoStack *undo = (*m_workspace)->undoStack();
    undo->undo();
    QCOMPARE((*m_workspace)->bom()->line(added.id).value().quantityPerUnit, 0.015);
    undo->redo();
    QCOMPARE((*m_workspace)->bom()->line(added.id).value().quantityPerUnit, 0.02);

    // Removed with the button; undo brings the same line back, and undoing the add removes it.
    m_editor->linesView()->selectRow(m_editor->linesModel()->rowOfLine(added.id));
    click("removeLineButton");
    QCOMPARE(stored().size(), 1);
    undo->undo();
    QCOMPARE(stored().size(), 2);
    QCOMPARE(stored().at(1).id, added.id);
    undo->undo(); // the edit
    undo->undo(); // the add
    QCOMPARE(stored().size(), 1);
    QCOMPARE(m_editor->linesModel()->rowCount(), 1);
}

void TstBomUi::refusalsShowInTheBannerAndChangeNothing()
{
    openEditor("FL-DN25");
    const QList<BomLine> before = stored();
    MessageBanner *banner = m_editor->banner();
    const auto refused = [&](const QString &expected) {
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(expected), qPrintable(banner->text()));
        QCOMPARE(stored(), before);
    };

    pick("componentCombo", productId("RM-OIL-AR"));
    typeQuantity(QStringLiteral("-1"));
    click("addLineButton");
    refused(QStringLiteral("greater than zero"));

    typeQuantity(QStringLiteral("abc"));
    click("addLineButton");
    refused(QStringLiteral("as a number"));

    // The plate is on the BOM already.
    pick("componentCombo", productId("RM-PL-Q235"));
    typeQuantity(QStringLiteral("2"));
    click("addLineButton");
    refused(QStringLiteral("already on the bill of materials of FL-DN25"));

    // A typed name that is no product.
    auto *combo = m_editor->findChild<QComboBox *>(QStringLiteral("componentCombo"));
    combo->setCurrentIndex(-1);
    combo->lineEdit()->clear();
    typeText(combo->lineEdit(), QStringLiteral("不锈钢"));
    click("addLineButton");
    refused(QStringLiteral("is not a product"));

    // In the table: zero, and a step the routing does not have, are refused in the banner too.
    banner->hide();
    editCell(0, BomLinesModel::QuantityColumn, QStringLiteral("0"));
    QTRY_VERIFY(banner->isVisible());
    refused(QStringLiteral("greater than zero"));
    QCOMPARE(
        m_editor->linesView()->model()->index(0, BomLinesModel::QuantityColumn).data().toString(),
        QStringLiteral("1.2 kg"));
    // The flange itself cannot be its own component: the editor does not even offer it.
    QCOMPARE(combo->findData(m_productId), -1);
}

void TstBomUi::materialsTabShowsShortageInRedAndFollowsStock()
{
    // The shop with brackets that need 2 screws each at their first step; 100 are ordered and
    // 150 screws are in stock.
    m_shop = std::make_unique<TestShop>(TestShop::Options{.order = false});
    TestShop &shop = *m_shop;
    Workspace &ws = *shop.ws;
    const QString press = shop.machine("PR-01", "冲床", "冲压");
    const QString bracket = shop.product("BR-A", "支架", {{{}, QStringLiteral("冲裁"), 6, press}});
    const QString screw = shop.product("SC-M6", "螺钉", {}, "PCS");
    shop.addBomLine(bracket, screw, 2);
    const QString order = shop.releasedOrder(bracket, 100, TestShop::day(7));
    LotReceipt receipt;
    receipt.productId = screw;
    receipt.quantity = 150;
    shop.receive(receipt);

    m_language = std::make_unique<LanguageManager>();
    m_window = std::make_unique<MainWindow>(shop.ws.get(), m_language.get());
    m_window->show();
    m_window->setCurrentPage(Page::WorkOrders);
    auto *page = qobject_cast<WorkOrdersPage *>(m_window->pageWidget(Page::WorkOrders));
    QVERIFY(page);
    page->openWorkOrder(order);
    WorkOrderDetail *detail = page->detail();
    QCOMPARE(detail->workOrderId(), order);
    detail->showMaterials();
    MaterialsPanel *materials = detail->materials();
    QVERIFY(materials->isVisible());
    QTableWidget *table = materials->table();
    QCOMPARE(table->rowCount(), 1);
    const auto cell = [&](int column) {
        return table->item(0, column);
    };
    QCOMPARE(cell(MaterialsPanel::ComponentColumn)->text(), QStringLiteral("SC-M6"));
    QCOMPARE(cell(MaterialsPanel::ComponentColumn)->toolTip(), QStringLiteral("SC-M6 · 螺钉"));
    QCOMPARE(cell(MaterialsPanel::RequiredColumn)->text(), QStringLiteral("200 pcs"));
    QCOMPARE(cell(MaterialsPanel::FedColumn)->text(), QStringLiteral("0 pcs"));
    QCOMPARE(cell(MaterialsPanel::StockColumn)->text(), QStringLiteral("150 pcs"));
    QCOMPARE(cell(MaterialsPanel::ShortageColumn)->text(), QStringLiteral("50 pcs"));
    QCOMPARE(cell(MaterialsPanel::ShortageColumn)->foreground().color(), Palette::Red);
    QVERIFY(cell(MaterialsPanel::ShortageColumn)->font().bold());
    QVERIFY2(materials->summary().contains(
                 QStringLiteral("Short of 1 of 1 material(s): SC-M6 · 螺钉 (50 pcs short)")),
             qPrintable(materials->summary()));
    auto *tabs = detail->findChild<QTabWidget *>(QStringLiteral("workOrderDetailTabs"));
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Materials (1 short)"));

    // 60 more screws arrive: covered, nothing red, without touching the window.
    receipt.quantity = 60;
    shop.receive(receipt);
    QCOMPARE(cell(MaterialsPanel::StockColumn)->text(), QStringLiteral("210 pcs"));
    QCOMPARE(cell(MaterialsPanel::ShortageColumn)->text(), QStringLiteral("—"));
    QVERIFY(cell(MaterialsPanel::ShortageColumn)->foreground().color() != Palette::Red);
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Materials"));

    // The BOM changes to 3 screws a bracket: 300 needed, 90 short again.
    BomLine line = ws.bom()->lines(bracket).value().constFirst();
    line.quantityPerUnit = 3;
    QVERIFY(ws.bom()->updateLine(line).ok());
    QCOMPARE(cell(MaterialsPanel::ShortageColumn)->text(), QStringLiteral("90 pcs"));

    // Fed at the press: fed goes up, stock goes down, the shortage stays what it was.
    const QString step = shop.step(0, order);
    const QString lot = ws.trace()->lotsOf(screw).value().constFirst().lotNo;
    QVERIFY(ws.trace()->consume(lot, step, 40, shop.wang, press).ok());
    QCOMPARE(cell(MaterialsPanel::FedColumn)->text(), QStringLiteral("40 pcs"));
    QCOMPARE(cell(MaterialsPanel::StockColumn)->text(), QStringLiteral("170 pcs"));
    QCOMPARE(cell(MaterialsPanel::ShortageColumn)->text(), QStringLiteral("90 pcs"));
}

QTEST_MAIN(TstBomUi)
#include "tst_bomui.moc"
