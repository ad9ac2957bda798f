// Import of master data (issue 15), row by row: full-width (全角) digits and spaces and spaces
// around a value are read as meant, the same code twice is a problem on both rows, a unit that
// does not exist and a negative or absurd machine capacity are named by cell, a choice is read in
// either language — each bad file with nothing written; a whole import is one undo step, and the
// error workbook lists the problems in its last column and imports once fixed.
#include "importtestfiles.h"
#include "item/import/importcommand.h"
#include "services/import/importservice.h"
#include "services/masterdata/masterdataservice.h"
#include "testshop.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Taktline;
using namespace Taktline::ImportTestFiles;

class TstMasterDataImport : public QObject
{
    Q_OBJECT
private slots:
    void fullWidthAndSpacesAreReadAsMeant();
    void sameCodeTwiceIsAProblemOnBothRows();
    void unitThatDoesNotExistIsNamed();
    void absurdCapacitiesAreRefused_data();
    void absurdCapacitiesAreRefused();
    void choicesInEitherLanguage();
    void wholeImportIsOneUndoStep();
    void errorWorkbookListsProblemsAndImportsOnceFixed();
};

namespace {

const Row machineHeader = {"Machine code", "Name", "Workshop", "Parallel capacity"};

struct Fixture
{
    TestShop shop;
    QTemporaryDir dir;
    QString before;

    Fixture() { before = masterFingerprint(*shop.ws); }
    QString path(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }
    bool unchanged() const { return masterFingerprint(*shop.ws) == before; }
    Result<ImportPlan> run(ImportKind kind, const QString &file)
    {
        return ImportService(*shop.ws).run(kind, file);
    }
    MasterRecord record(MasterDataKind kind, const char *code) const
    {
        MasterDataService *data = shop.ws->masterData();
        const Result<QString> id = data->idForCode(kind, QString::fromUtf8(code));
        if (!id || id.value().isEmpty())
            return {};
        return data->find(kind, id.value()).value();
    }
};

} // namespace

void TstMasterDataImport::fullWidthAndSpacesAreReadAsMeant()
{
    Fixture f;
    const QString file = f.path("machines.xlsx");
    write(file, QStringLiteral("Machines"),
          {machineHeader,
           {QStringLiteral("  ＣＮＣ－０９　"), QStringLiteral(" 数控车床 "), QStringLiteral("一车间"),
            QStringLiteral("　２　")}});
    const Result<ImportPlan> plan = f.run(ImportKind::Machines, file);
    QVERIFY2(plan.ok() && plan.value().ok(), qPrintable(plan.error()));
    const MasterRecord machine = f.record(MasterDataKind::Machine, "CNC-09");
    QVERIFY2(!machine.id.isEmpty(), "CNC-09 was not imported under its half-width code");
    QCOMPARE(machine.text(QStringLiteral("name")), QStringLiteral("数控车床"));
    QCOMPARE(machine.value(QStringLiteral("capacity")).toInt(), 2);
}

void TstMasterDataImport::sameCodeTwiceIsAProblemOnBothRows()
{
    Fixture f;
    const QString file = f.path("employees.xlsx");
    write(file, QStringLiteral("Employees"),
          {{"Badge code", "Full name", "Team"},
           {"E500", "张三", "A"},
           {"E501", "李四", "A"},
           {"e500", "王五", "B"}});
    const Result<ImportPlan> plan = f.run(ImportKind::Employees, file);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    const QList<ImportProblem> &problems = plan.value().problems;
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).row, 2);
    QCOMPARE(problems.at(0).column, QStringLiteral("A"));
    QVERIFY2(problems.at(0).reason.contains(QLatin1String("also in row 4")),
             qPrintable(problems.at(0).reason));
    QCOMPARE(problems.at(1).row, 4);
    QCOMPARE(problems.at(1).value, QStringLiteral("e500"));
    QVERIFY(problems.at(1).reason.contains(QLatin1String("also in row 2")));
    QVERIFY(f.unchanged());
}

void TstMasterDataImport::unitThatDoesNotExistIsNamed()
{
    Fixture f;
    const QString file = f.path("products.xlsx");
    write(file, QStringLiteral("Products"),
          {{"Part No.", "Name", "Unit"}, {"P-1", "螺栓", "PCS"}, {"P-2", "螺母", "BOX"}});
    const Result<ImportPlan> plan = f.run(ImportKind::Products, file);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QCOMPARE(plan.value().problems.size(), 1);
    const ImportProblem &p = plan.value().problems.at(0);
    QCOMPARE(p.sheet, QStringLiteral("Products"));
    QCOMPARE(p.row, 3);
    QCOMPARE(p.column, QStringLiteral("C"));
    QCOMPARE(p.header, QStringLiteral("Unit"));
    QCOMPARE(p.value, QStringLiteral("BOX"));
    QVERIFY2(p.reason.contains(QLatin1String("There is no Unit BOX")), qPrintable(p.reason));
    QVERIFY2(f.unchanged(), "P-1 was written although the file has a problem");
}

void TstMasterDataImport::absurdCapacitiesAreRefused_data()
{
    QTest::addColumn<QVariant>("capacity");
    QTest::addColumn<QString>("reason");
    QTest::newRow("negative") << QVariant(-3) << "between 1 and 1000";
    QTest::newRow("zero") << QVariant(0) << "between 1 and 1000";
    QTest::newRow("absurd") << QVariant(50000) << "between 1 and 1000";
    QTest::newRow("fraction") << QVariant(1.5) << "whole number";
    QTest::newRow("words") << QVariant(QStringLiteral("two")) << "Not a number";
}

void TstMasterDataImport::absurdCapacitiesAreRefused()
{
    QFETCH(QVariant, capacity);
    QFETCH(QString, reason);
    Fixture f;
    const QString file = f.path("machines.xlsx");
    write(file, QStringLiteral("Machines"),
          {machineHeader, {"CNC-1", "车床", "一车间", 1}, {"CNC-2", "铣床", "一车间", capacity}});
    const Result<ImportPlan> plan = f.run(ImportKind::Machines, file);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QCOMPARE(plan.value().problems.size(), 1);
    const ImportProblem &p = plan.value().problems.at(0);
    QCOMPARE(p.row, 3);
    QCOMPARE(p.column, QStringLiteral("D"));
    QCOMPARE(p.header, QStringLiteral("Parallel capacity"));
    QVERIFY2(p.reason.contains(reason), qPrintable(p.reason));
    QVERIFY(f.unchanged());
}

void TstMasterDataImport::choicesInEitherLanguage()
{
    Fixture f;
    const QString file = f.path("downtime.xlsx");
    // The stored key, the name in another case, a blank and a made-up class.
    write(file, QStringLiteral("Downtime reasons"),
          {{"Reason code", "Name", "OEE class"},
           {"T10", "换模", "PLANNED"},
           {"T11", "待料", ""},
           {"T12", "停电", "sometimes"}});
    const Result<ImportPlan> plan = f.run(ImportKind::DowntimeReasons, file);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QCOMPARE(plan.value().problems.size(), 1);
    QCOMPARE(plan.value().problems.at(0).row, 4);
    QVERIFY2(plan.value().problems.at(0).reason.contains(QLatin1String("Not one of the choices")),
             qPrintable(plan.value().problems.at(0).reason));
    QVERIFY(f.unchanged());

    write(file, QStringLiteral("Downtime reasons"),
          {{"Reason code", "Name", "OEE class"}, {"T10", "换模", "PLANNED"}, {"T11", "待料", ""}});
    const Result<ImportPlan> done = f.run(ImportKind::DowntimeReasons, file);
    QVERIFY2(done.ok() && done.value().ok(), qPrintable(done.error()));
    QCOMPARE(f.record(MasterDataKind::DowntimeReason, "T10").text(QStringLiteral("oee_class")),
             QStringLiteral("planned"));
    QCOMPARE(f.record(MasterDataKind::DowntimeReason, "T11").text(QStringLiteral("oee_class")),
             QString());
}

void TstMasterDataImport::wholeImportIsOneUndoStep()
{
    Fixture f;
    Workspace &ws = *f.shop.ws;
    const QString file = f.path("products.xlsx");
    write(file, QStringLiteral("Products"),
          {{"Part No.", "Name", "Unit"}, {"FL-1", "法兰盘", "PCS"}, {"P-1", "螺栓", "PCS"},
           {"P-2", "螺母", "KG"}});
    const auto current = [&] {
        return ImportService::handler(ImportKind::Products, ws)->currentRows().value();
    };
    const QList<QStringList> before = current();
    const Result<ImportPlan> plan = f.run(ImportKind::Products, file);
    QVERIFY2(plan.ok() && plan.value().ok(), qPrintable(plan.error()));
    QCOMPARE(plan.value().counts.added, 2);
    QCOMPARE(plan.value().counts.changed, 1);
    const QList<QStringList> after = current();
    QCOMPARE(after.size(), before.size() + 2);

    ws.undoStack()->push(new ImportCommand(ws, ws.undoFeedback(), plan.value()));
    QCOMPARE(ws.undoStack()->count(), 1);
    QCOMPARE(current(), after); // pushing does not import twice
    ws.undoStack()->undo();
    QCOMPARE(current(), before);
    QCOMPARE(f.record(MasterDataKind::Product, "FL-1").text(QStringLiteral("name")),
             QStringLiteral("法兰"));
    ws.undoStack()->redo();
    QCOMPARE(current(), after);
    ws.undoStack()->undo();
    QCOMPARE(current(), before);
}

void TstMasterDataImport::errorWorkbookListsProblemsAndImportsOnceFixed()
{
    Fixture f;
    ImportService service(*f.shop.ws);
    const QString file = f.path("machines.xlsx");
    write(file, QStringLiteral("Machines"),
          {machineHeader, {"CNC-1", "车床", "一车间", 1}, {"CNC-2", "铣床", "一车间", -1}});
    const Result<ImportPlan> plan = service.run(ImportKind::Machines, file);
    QVERIFY(plan.ok() && !plan.value().ok());
    const QString errors = f.path("errors.xlsx");
    QVERIFY(service.writeErrorWorkbook(plan.value(), errors).ok());
    QVERIFY(!QFile::exists(errors + QStringLiteral(".part")));

    const Result<SheetBook> read = SheetReader::read(errors);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    const Sheet &sheet = read.value().sheets.at(0);
    QCOMPARE(sheet.name, QStringLiteral("Machines"));
    QCOMPARE(sheet.cell(0, 4).text, QStringLiteral("Problem"));
    QCOMPARE(sheet.cell(1, 0).text, QStringLiteral("CNC-1"));
    QVERIFY(sheet.cell(1, 4).isEmpty());
    QCOMPARE(sheet.cell(2, 3).number, -1.0);
    QVERIFY2(sheet.cell(2, 4).text.startsWith(QLatin1String("D Parallel capacity: Must be between")),
             qPrintable(sheet.cell(2, 4).text));
    QVERIFY(f.unchanged());

    // Fixed in the error workbook (its problem column kept), it imports whole.
    QList<Row> fixed;
    for (int r = 0; r < sheet.rowCount(); ++r) {
        Row row;
        for (int c = 0; c < sheet.columnCount(); ++c) {
            const SheetCell &cell = sheet.cell(r, c);
            row << (cell.kind == SheetCell::Kind::Number ? QVariant(cell.number) : QVariant(cell.text));
        }
        fixed << row;
    }
    fixed[2][3] = 2;
    const QString again = f.path("fixed.xlsx");
    write(again, sheet.name, fixed);
    const Result<ImportPlan> done = service.run(ImportKind::Machines, again);
    QVERIFY2(done.ok() && done.value().ok(), qPrintable(done.error()));
    QCOMPARE(done.value().counts.added, 2);
    QCOMPARE(f.record(MasterDataKind::Machine, "CNC-2").value(QStringLiteral("capacity")).toInt(), 2);
}

QTEST_GUILESS_MAIN(TstMasterDataImport)
#include "tst_masterdataimport.moc"
