// Which employees are inspectors (质检员): the flag shows as a check box in the Employees list,
// ticking it saves employees.inspector with undo, and the employee import reads it as 是/否 or
// Yes/No, naming a cell that is neither, with nothing written.
#include "../import/importtestfiles.h"
#include "item/masterdata/masterdatatablemodel.h"
#include "services/import/importservice.h"
#include "services/masterdata/masterdataservice.h"
#include "storage/database.h"
#include "testshop.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Taktline;
using namespace Taktline::ImportTestFiles;
using namespace Qt::StringLiterals;

class TstEmployeeInspector : public QObject
{
    Q_OBJECT
private slots:
    void listShowsAndEditsTheFlagWithUndo();
    void importReadsYesAndNo();
    void importNamesAnUnreadableFlag();
};

namespace {

QString inspectorOf(const TestShop &shop, const QString &id)
{
    QSqlQuery query(shop.ws->database().connection());
    query.prepare(u"SELECT inspector FROM employees WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return u"missing"_s;
    return query.value(0).toString();
}

} // namespace

void TstEmployeeInspector::listShowsAndEditsTheFlagWithUndo()
{
    TestShop shop;
    QUndoStack undo;
    MasterDataTableModel model(MasterDataKind::Employee, shop.ws->masterData(), &undo, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload());
    int column = -1;
    for (int c = 0; c < model.columnCount(); ++c) {
        if (model.headerData(c, Qt::Horizontal).toString() == u"Inspector"_s)
            column = c;
    }
    QVERIFY2(column >= 0, "the Employees list has no Inspector column");
    const QModelIndex wang = model.index(model.rowOfId(shop.wang), column);
    QVERIFY(model.flags(wang) & Qt::ItemIsUserCheckable);
    QCOMPARE(model.data(wang, Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(model.setData(wang, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(inspectorOf(shop, shop.wang), u"1"_s);
    QCOMPARE(model.data(model.index(model.rowOfId(shop.wang), column), Qt::CheckStateRole).toInt(),
             int(Qt::Checked));
    undo.undo();
    QCOMPARE(inspectorOf(shop, shop.wang), u"0"_s);
    undo.redo();
    QCOMPARE(inspectorOf(shop, shop.wang), u"1"_s);
}

void TstEmployeeInspector::importReadsYesAndNo()
{
    TestShop shop;
    QTemporaryDir dir;
    const QString file = dir.filePath(u"employees.xlsx"_s);
    write(file, u"Employees"_s,
          {{"Badge code", "Full name", "Team", "Inspector"},
           {"E001", "王建国", "", "是"},
           {"E050", "赵敏", "甲班", "Yes"},
           {"E051", "钱进", "甲班", "否"},
           {"E052", "孙立", "甲班", ""}});
    const Result<ImportPlan> plan = ImportService(*shop.ws).run(ImportKind::Employees, file);
    QVERIFY2(plan.ok() && plan.value().ok(), qPrintable(plan.error()));
    QCOMPARE(inspectorOf(shop, shop.wang), u"1"_s);
    const auto idOf = [&](const char *badge) {
        return shop.ws->masterData()
            ->idForCode(MasterDataKind::Employee, QString::fromLatin1(badge))
            .value();
    };
    QCOMPARE(inspectorOf(shop, idOf("E050")), u"1"_s);
    QCOMPARE(inspectorOf(shop, idOf("E051")), u"0"_s);
    QCOMPARE(inspectorOf(shop, idOf("E052")), u"0"_s);
}

void TstEmployeeInspector::importNamesAnUnreadableFlag()
{
    TestShop shop;
    QTemporaryDir dir;
    const QString file = dir.filePath(u"employees.xlsx"_s);
    write(file, u"Employees"_s,
          {{"Badge code", "Full name", "Inspector"}, {"E050", "赵敏", "maybe"}});
    const QString before = masterFingerprint(*shop.ws);
    const Result<ImportPlan> plan = ImportService(*shop.ws).run(ImportKind::Employees, file);
    QVERIFY(plan.ok());
    QVERIFY(!plan.value().ok());
    QCOMPARE(plan.value().problems.size(), 1);
    const ImportProblem &problem = plan.value().problems.constFirst();
    QCOMPARE(problem.row, 2);
    QCOMPARE(problem.column, u"C"_s);
    QCOMPARE(problem.value, u"maybe"_s);
    QCOMPARE(problem.reason, u"Write Yes or No."_s);
    QCOMPARE(masterFingerprint(*shop.ws), before);
}

QTEST_GUILESS_MAIN(TstEmployeeInspector)
#include "tst_employeeinspector.moc"
