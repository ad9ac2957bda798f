// Import (issue 15), the file as a whole: the sheet and header row are found in either language,
// missing, renamed and doubled columns and extra sheets are named, merged cells and formulas are
// refused by cell, a template stamped for another kind, an untouched template, a signed-in user
// without the right and more than 100,000 rows are refused — each with a message naming the
// place, and nothing written (the master tables and audit log are compared before and after).
#include "importtestfiles.h"
#include "services/import/importservice.h"
#include "services/masterdata/masterdataservice.h"
#include "testshop.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Taktline;
using namespace Taktline::ImportTestFiles;

class TstImportService : public QObject
{
    Q_OBJECT
private slots:
    void cleanFileAddsChangesAndLeavesAlone();
    void missingAndRenamedColumnsAreNamed();
    void doubledColumnIsNamed();
    void extraSheetWithDataIsAProblem();
    void severalSheetsWithoutTheKindsNameAreRefused();
    void hiddenSheetsAndEmptyRowsAreSkipped();
    void mergedCellsAreProblems();
    void formulasAreProblems();
    void templateHasHintsListsFrozenHeaderAndStamp();
    void templateOfAnotherKindIsRefused();
    void untouchedTemplateImportsNothing();
    void withoutTheRightNothingIsRead();
    void moreThan100000RowsAreRefused();
};

namespace {

const Row productHeader = {"Part No.", "Name", "English name", "Unit", "Specification"};

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
};

// PROBLEMS as "C12 header: reason" lines, for failure messages.
QString listed(const QList<ImportProblem> &problems)
{
    QStringList lines;
    for (const ImportProblem &p : problems)
        lines << QStringLiteral("%1!%2%3 %4 \"%5\": %6")
                     .arg(p.sheet, p.column).arg(p.row).arg(p.header, p.value, p.reason);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

void TstImportService::cleanFileAddsChangesAndLeavesAlone()
{
    Fixture f;
    const QString file = f.path("products.xlsx");
    // FL-1 renamed, SP-1 as it is (kg), P-NEW added; header cells with spaces around.
    write(file, QStringLiteral("Products"),
          {{" Part No. ", "Name", "English name", "Unit", "Specification"},
           {"FL-1", "法兰盘", "", "PCS", ""},
           {"SP-1", "钢板", "", "KG", ""},
           {"P-NEW", "新产品", "New product", "PCS", "10 x 10"}});
    const Result<ImportPlan> dry = ImportService(*f.shop.ws).dryRun(ImportKind::Products, file);
    QVERIFY2(dry.ok(), qPrintable(dry.error()));
    QVERIFY2(dry.value().ok(), qPrintable(listed(dry.value().problems)));
    QCOMPARE(dry.value().dataRows, 3);
    QCOMPARE(dry.value().counts.added, 1);
    QCOMPARE(dry.value().counts.changed, 1);
    QCOMPARE(dry.value().counts.unchanged, 1);
    QVERIFY2(f.unchanged(), "a dry run wrote");

    const Result<ImportPlan> done = f.run(ImportKind::Products, file);
    QVERIFY2(done.ok() && done.value().ok(), qPrintable(done.error()));
    const Result<QString> added =
        f.shop.ws->masterData()->idForCode(MasterDataKind::Product, QStringLiteral("P-NEW"));
    QVERIFY(added.ok() && !added.value().isEmpty());
    const MasterRecord flange =
        f.shop.ws->masterData()->find(MasterDataKind::Product, f.shop.flange).value();
    QCOMPARE(flange.text(QStringLiteral("name")), QStringLiteral("法兰盘"));

    // The same file again changes nothing.
    const QString afterFirst = masterFingerprint(*f.shop.ws);
    const Result<ImportPlan> again = f.run(ImportKind::Products, file);
    QVERIFY(again.ok() && again.value().ok());
    QCOMPARE(again.value().counts.added, 0);
    QCOMPARE(again.value().counts.changed, 0);
    QCOMPARE(again.value().counts.unchanged, 3);
    QCOMPARE(masterFingerprint(*f.shop.ws), afterFirst);
}

void TstImportService::missingAndRenamedColumnsAreNamed()
{
    Fixture f;
    const QString file = f.path("renamed.xlsx");
    // "Part number" for "Part No.", and no Name column at all.
    write(file, QStringLiteral("Products"), {{"Part number", "Unit"}, {"P-1", "PCS"}});
    const Result<ImportPlan> plan = f.run(ImportKind::Products, file);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    const QList<ImportProblem> &problems = plan.value().problems;
    QCOMPARE(problems.size(), 3);
    QCOMPARE(problems.at(0).row, 1);
    QCOMPARE(problems.at(0).column, QStringLiteral("A"));
    QCOMPARE(problems.at(0).value, QStringLiteral("Part number"));
    QVERIFY2(problems.at(0).reason.contains(QLatin1String("Unknown column"))
                 && problems.at(0).reason.contains(QLatin1String("Part No.")),
             qPrintable(problems.at(0).reason));
    QStringList missing;
    for (const ImportProblem &p : problems.mid(1)) {
        QVERIFY2(p.reason.contains(QLatin1String("is missing")), qPrintable(p.reason));
        missing << p.header;
    }
    missing.sort();
    QCOMPARE(missing, (QStringList{QStringLiteral("Name"), QStringLiteral("Part No.")}));
    QVERIFY(f.unchanged());
}

void TstImportService::doubledColumnIsNamed()
{
    Fixture f;
    const QString file = f.path("doubled.xlsx");
    write(file, QStringLiteral("Products"),
          {{"Part No.", "Name", "NAME"}, {"P-1", "一", "二"}});
    const Result<ImportPlan> plan = f.run(ImportKind::Products, file);
    QVERIFY(plan.ok());
    QCOMPARE(plan.value().problems.size(), 1);
    QCOMPARE(plan.value().problems.at(0).column, QStringLiteral("C"));
    QVERIFY(plan.value().problems.at(0).reason.contains(QLatin1String("also column B")));
    QVERIFY(f.unchanged());
}

void TstImportService::extraSheetWithDataIsAProblem()
{
    Fixture f;
    const QString file = f.path("extra.xlsx");
    {
        Book book(file);
        lxw_worksheet *products = book.sheet(QStringLiteral("Products"));
        book.row(products, 0, productHeader);
        book.row(products, 1, {"P-1", "一", "", "PCS"});
        book.sheet(QStringLiteral("Empty"));
        lxw_worksheet *machines = book.sheet(QStringLiteral("Machines"));
        book.row(machines, 0, {"Machine code"});
        book.row(machines, 1, {"CNC-1"});
    }
    const Result<ImportPlan> plan = f.run(ImportKind::Products, file);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QCOMPARE(plan.value().sheet, QStringLiteral("Products"));
    QCOMPARE(plan.value().problems.size(), 1);
    QCOMPARE(plan.value().problems.at(0).sheet, QStringLiteral("Machines"));
    QCOMPARE(plan.value().problems.at(0).row, 0);
    QVERIFY(plan.value().problems.at(0).reason.contains(QLatin1String("Another sheet")));
    QVERIFY(f.unchanged());
}

void TstImportService::severalSheetsWithoutTheKindsNameAreRefused()
{
    Fixture f;
    const QString file = f.path("sheets.xlsx");
    {
        Book book(file);
        for (const char *name : {"Sheet1", "Sheet2"}) {
            lxw_worksheet *sheet = book.sheet(QString::fromLatin1(name));
            book.row(sheet, 0, productHeader);
            book.row(sheet, 1, {"P-1", "一", "", "PCS"});
        }
    }
    const Result<ImportPlan> plan = f.run(ImportKind::Products, file);
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error().contains(QLatin1String("Sheet1, Sheet2")), qPrintable(plan.error()));
    QVERIFY(f.unchanged());
}

void TstImportService::hiddenSheetsAndEmptyRowsAreSkipped()
{
    Fixture f;
    const QString file = f.path("hidden.xlsx");
    {
        Book book(file);
        lxw_worksheet *data = book.sheet(QStringLiteral("我的产品"));
        book.row(data, 0, productHeader);
        book.row(data, 2, {"P-1", "一", "", "PCS"}); // row 2 left empty
        book.row(data, 5, {"P-2", "二", "", "PCS"});
        lxw_worksheet *hidden = book.sheet(QStringLiteral("old"), true);
        book.row(hidden, 0, {"whatever"});
    }
    const Result<ImportPlan> plan = f.run(ImportKind::Products, file);
    QVERIFY2(plan.ok() && plan.value().ok(), qPrintable(plan.error()));
    QCOMPARE(plan.value().sheet, QStringLiteral("我的产品"));
    QCOMPARE(plan.value().dataRows, 2);
    QCOMPARE(plan.value().counts.added, 2);
}

void TstImportService::mergedCellsAreProblems()
{
    Fixture f;
    const QString file = f.path("merged.xlsx");
    {
        Book book(file);
        lxw_worksheet *sheet = book.sheet(QStringLiteral("Products"));
        book.row(sheet, 0, productHeader);
        book.row(sheet, 1, {"P-1", QVariant(), "", "PCS"});
        book.row(sheet, 2, {"P-2", QVariant(), "", "PCS"});
        book.merge(sheet, 1, 1, 2, 1, QStringLiteral("垫片"));
    }
    const Result<ImportPlan> plan = f.run(ImportKind::Products, file);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    const QList<ImportProblem> &problems = plan.value().problems;
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).row, 2);
    QCOMPARE(problems.at(1).row, 3);
    for (const ImportProblem &p : problems) {
        QCOMPARE(p.column, QStringLiteral("B"));
        QCOMPARE(p.header, QStringLiteral("Name"));
        QVERIFY2(p.reason.contains(QLatin1String("merged")), qPrintable(p.reason));
    }
    QVERIFY(f.unchanged());
}

void TstImportService::formulasAreProblems()
{
    Fixture f;
    const QString file = f.path("formula.xlsx");
    write(file, QStringLiteral("Machines"),
          {{"Machine code", "Name", "Workshop", "Parallel capacity"},
           {"CNC-1", "车床", "一车间", "=1+1"}});
    const Result<ImportPlan> plan = f.run(ImportKind::Machines, file);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QCOMPARE(plan.value().problems.size(), 1);
    const ImportProblem &p = plan.value().problems.at(0);
    QCOMPARE(p.row, 2);
    QCOMPARE(p.column, QStringLiteral("D"));
    QVERIFY2(p.reason.contains(QLatin1String("formula")) && p.reason.contains(QLatin1String("1+1")),
             qPrintable(p.reason));
    QVERIFY(f.unchanged());
}

void TstImportService::templateHasHintsListsFrozenHeaderAndStamp()
{
    Fixture f;
    const QString file = f.path("downtime.xlsx");
    QVERIFY(ImportService(*f.shop.ws).writeTemplate(ImportKind::DowntimeReasons, file).ok());
    QVERIFY(!QFile::exists(file + QStringLiteral(".part")));
    const Result<SheetBook> read = SheetReader::read(file);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    const Sheet &sheet = read.value().sheets.at(0);
    QCOMPARE(sheet.name, QStringLiteral("Downtime reasons"));
    QCOMPARE(sheet.cell(0, 0).text, QStringLiteral("Reason code"));
    QCOMPARE(sheet.cell(0, 3).text, QStringLiteral("OEE class"));
    QCOMPARE(sheet.rowCount(), 2); // the header and one example
    QCOMPARE(read.value().sheets.at(1).name, QStringLiteral("_taktline"));
    QVERIFY(read.value().sheets.at(1).hidden);
    QVERIFY(read.value().definedNames.value(QStringLiteral("TaktlineTemplate"))
                .contains(QLatin1String("downtime-reasons:1")));
    const QString xml = QString::fromUtf8(
        SheetReader::readPart(file, QStringLiteral("xl/worksheets/sheet1.xml")).value());
    QVERIFY2(xml.contains(QLatin1String("state=\"frozen\"")), "the header row is not frozen");
    QVERIFY2(xml.contains(QLatin1String("<dataValidation type=\"list\"")), "no drop-down list");
    QVERIFY2(xml.contains(QLatin1String("sqref=\"D2:D100001\"")), qPrintable(xml.left(2000)));
    const QStringList parts = SheetReader::partNames(file).value();
    QVERIFY(parts.contains(QStringLiteral("xl/comments1.xml")));
    const QString comments =
        QString::fromUtf8(SheetReader::readPart(file, QStringLiteral("xl/comments1.xml")).value());
    QVERIFY(comments.contains(QLatin1String("One of the drop-down list.")));
    const QString styles =
        QString::fromUtf8(SheetReader::readPart(file, QStringLiteral("xl/styles.xml")).value());
    QVERIFY2(styles.contains(QLatin1String("<b/>")), "the headers are not bold");
}

void TstImportService::templateOfAnotherKindIsRefused()
{
    Fixture f;
    const QString file = f.path("machines-template.xlsx");
    QVERIFY(ImportService(*f.shop.ws).writeTemplate(ImportKind::Machines, file, true).ok());
    const Result<ImportPlan> plan = f.run(ImportKind::Products, file);
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error().contains(QLatin1String("the template for Machines, not for Products")),
             qPrintable(plan.error()));
    QVERIFY(f.unchanged());
}

void TstImportService::untouchedTemplateImportsNothing()
{
    Fixture f;
    const QString file = f.path("template.xlsx");
    ImportService service(*f.shop.ws);
    QVERIFY(service.writeTemplate(ImportKind::Products, file).ok());
    const Result<ImportPlan> plan = f.run(ImportKind::Products, file);
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error().contains(QLatin1String("no rows to import")), qPrintable(plan.error()));
    QVERIFY(f.unchanged());
}

void TstImportService::withoutTheRightNothingIsRead()
{
    Fixture f;
    const QString file = f.path("products.xlsx");
    write(file, QStringLiteral("Products"), {productHeader, {"P-1", "一", "", "PCS"}});
    f.shop.signIn(Role::Operator);
    const QString before = masterFingerprint(*f.shop.ws);
    const Result<ImportPlan> plan = f.run(ImportKind::Products, file);
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error().contains(QLatin1String("You may not change master data")),
             qPrintable(plan.error()));
    QCOMPARE(masterFingerprint(*f.shop.ws), before);
}

void TstImportService::moreThan100000RowsAreRefused()
{
    Fixture f;
    const QString file = f.path("big.xlsx");
    {
        Book book(file, true);
        lxw_worksheet *sheet = book.sheet(QStringLiteral("Employees"));
        book.row(sheet, 0, {"Badge code", "Full name"});
        for (int r = 1; r <= 100001; ++r)
            book.row(sheet, r, {QStringLiteral("B%1").arg(r), "张三"});
    }
    const Result<ImportPlan> plan = f.run(ImportKind::Employees, file);
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error().contains(QLatin1String("100001 rows"))
                 && plan.error().contains(QLatin1String("at most 100000")),
             qPrintable(plan.error()));
    QVERIFY(f.unchanged());
}

QTEST_GUILESS_MAIN(TstImportService)
#include "tst_importservice.moc"
