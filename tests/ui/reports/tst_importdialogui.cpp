// The import dialog (导入): a file with problems lists each one by sheet, row and column, keeps
// Import disabled and writes nothing; a clean file shows what it adds, imports as one step of
// the undo stack, and Undo takes it back. The master-data and work-order pages open it.
#include "common/messagebanner.h"
#include "import/importdialog.h"
#include "masterdata/masterdatalistwidget.h"
#include "services/import/importservice.h"
#include "services/masterdata/masterdataservice.h"
#include "services/workspace.h"
#include "testshop.h"
#include "workorders/workorderspage.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Taktline;

class TstImportDialogUi : public QObject
{
    Q_OBJECT
private slots:
    void badFileListsItsProblemsAndWritesNothing();
    void cleanFileImportsAsOneUndoStep();
    void pagesOpenTheDialogForTheirKind();
};

namespace {

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')))
        return value;
    return QLatin1Char('"') + QString(value).replace(QStringLiteral("\""), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

// A products CSV under the template's headers: the example row with CODE and NAME per row.
QString writeProducts(Workspace &workspace, const QString &folder,
                      const QList<QPair<QString, QString>> &rows)
{
    const std::unique_ptr<ImportHandler> handler =
        ImportService::handler(ImportKind::Products, workspace);
    QStringList headers;
    for (const ImportColumn &column : handler->columns())
        headers << csvField(QString::fromUtf8(column.header));
    QStringList lines{headers.join(QLatin1Char(','))};
    for (const auto &[code, name] : rows) {
        QStringList values = handler->exampleRow();
        values[0] = code;
        values[1] = name;
        for (QString &value : values)
            value = csvField(value);
        lines << values.join(QLatin1Char(','));
    }
    const QString path = QDir(folder).filePath(QStringLiteral("products.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    return path;
}

QStringList productCodes(const TestShop &shop)
{
    QStringList codes;
    const Result<QList<MasterRecord>> products =
        shop.ws->masterData()->list(MasterDataKind::Product, true);
    for (const MasterRecord &product : products.value())
        codes << product.text(QStringLiteral("part_no")) + product.text(QStringLiteral("code"));
    codes.sort();
    return codes;
}

} // namespace

void TstImportDialogUi::badFileListsItsProblemsAndWritesNothing()
{
    TestShop shop;
    QTemporaryDir dir;
    const QString path = writeProducts(*shop.ws, dir.path(),
                                       {{QStringLiteral("P-2001"), QStringLiteral("法兰盘")},
                                        {QStringLiteral("P-2001"), QStringLiteral("法兰盘 B")},
                                        {QStringLiteral("P-2002"), QString()}});
    const QStringList before = productCodes(shop);
    const int steps = shop.ws->undoStack()->count();

    ImportDialog dialog(shop.ws.get(), ImportKind::Products);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setFile(path);

    QVERIFY(dialog.plan());
    QVERIFY(!dialog.plan()->ok());
    QStandardItemModel *problems = dialog.problems();
    QVERIFY(problems->rowCount() >= 2);
    // Each problem names its row as Excel numbers it (the header is row 1) and says why.
    QSet<int> rows;
    for (int row = 0; row < problems->rowCount(); ++row) {
        rows << problems->index(row, 1).data().toInt();
        QVERIFY(!problems->index(row, 4).data().toString().isEmpty());
    }
    QVERIFY2(rows.contains(3) && rows.contains(4), "the second P-2001 and the nameless row");
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("errorWorkbookButton"))->isEnabled());
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QVERIFY(!dialog.runImport());
    QCOMPARE(productCodes(shop), before);
    QCOMPARE(shop.ws->undoStack()->count(), steps);

    // The error workbook holds the rows to fix.
    const QString errors = dir.filePath(QStringLiteral("problems.xlsx"));
    const Outcome saved = dialog.saveErrorWorkbook(errors);
    QVERIFY2(saved, qPrintable(saved.error()));
    QVERIFY(QFile::exists(errors));
}

void TstImportDialogUi::cleanFileImportsAsOneUndoStep()
{
    TestShop shop;
    QTemporaryDir dir;
    const QString path = writeProducts(*shop.ws, dir.path(),
                                       {{QStringLiteral("P-2001"), QStringLiteral("法兰盘")},
                                        {QStringLiteral("P-2002"), QStringLiteral("轴套")}});
    const QStringList before = productCodes(shop);
    const int steps = shop.ws->undoStack()->count();

    ImportDialog dialog(shop.ws.get(), ImportKind::Products);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setFile(path);
    QVERIFY(dialog.plan());
    QVERIFY2(dialog.plan()->ok(), qPrintable(dialog.plan()->problems.isEmpty()
                                                 ? QString()
                                                 : dialog.plan()->problems.first().reason));
    QCOMPARE(dialog.plan()->counts.added, 2);
    QCOMPARE(productCodes(shop), before); // the dry run wrote nothing
    QVERIFY(dialog.importButton()->isEnabled());
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);

    QCOMPARE(productCodes(shop).size(), before.size() + 2);
    QCOMPARE(shop.ws->undoStack()->count(), steps + 1);
    QVERIFY(dialog.banner()->isVisible());
    QVERIFY(!dialog.importButton()->isEnabled()); // imported once
    QVERIFY(dialog.undoButton()->isVisible());

    QTest::mouseClick(dialog.undoButton(), Qt::LeftButton);
    QCOMPARE(productCodes(shop), before);
    QVERIFY(dialog.banner()->isVisible());
    // Redo from the stack imports it again.
    shop.ws->undoStack()->redo();
    QCOMPARE(productCodes(shop).size(), before.size() + 2);
}

void TstImportDialogUi::pagesOpenTheDialogForTheirKind()
{
    TestShop shop;
    MasterDataListWidget machines(shop.ws.get(), MasterDataKind::Machine);
    machines.show();
    QVERIFY(QTest::qWaitForWindowExposed(&machines));
    auto *button = machines.findChild<QPushButton *>(QStringLiteral("importRecordsButton"));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = machines.findChild<ImportDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->kind(), ImportKind::Machines);
    dialog->close();

    WorkOrdersPage orders(shop.ws.get());
    orders.show();
    QVERIFY(QTest::qWaitForWindowExposed(&orders));
    button = orders.findChild<QPushButton *>(QStringLiteral("importWorkOrdersButton"));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    dialog = orders.findChild<ImportDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->kind(), ImportKind::WorkOrders);
}

QTEST_MAIN(TstImportDialogUi)
#include "tst_importdialogui.moc"
