// The work-order list model as the views use it: checked by QAbstractItemModelTester while it
// fetches page after page, sorts and filters in SQL, and shows each order's progress derived
// from the production reports.
#include "item/planning/workorderlistmodel.h"
#include "services/planning/workorderservice.h"
#include "services/station/reportingservice.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Taktline;

class TstWorkOrderListModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void passesTheModelTesterWhileFetchingSortingAndFiltering();
    void progressColumnIsDerivedFromReports();
    void productNameFollowsTheLanguage();

private:
    // The demo's 300 orders and the rework orders its nonconformances made.
    int demoOrders() const;

    std::unique_ptr<TestWorkspace> m_ws; // the demo factory: 300 orders, 60 days of reports
};

int TstWorkOrderListModel::demoOrders() const
{
    QSqlQuery query((*m_ws)->database().connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM nc_dispositions "
                                   "WHERE rework_work_order_id IS NOT NULL"))
        || !query.next())
        qFatal("count rework orders: %s", qPrintable(query.lastError().text()));
    return 300 + query.value(0).toInt();
}

void TstWorkOrderListModel::initTestCase()
{
    m_ws = std::make_unique<TestWorkspace>(TestWorkspace::SignIn::Owner, true);
}

void TstWorkOrderListModel::passesTheModelTesterWhileFetchingSortingAndFiltering()
{
    WorkOrderListModel model((*m_ws)->workOrders());
    const int orders = demoOrders();
    QCOMPARE(model.totalCount(), orders);
    QCOMPARE(model.rowCount(), WorkOrderListModel::PageSize); // one page until the view asks
    QVERIFY(model.canFetchMore({}));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), orders);
    for (int column = 0; column < WorkOrderListModel::ColumnCount; ++column) {
        model.sort(column, Qt::DescendingOrder);
        QVERIFY(model.rowCount() > 0);
    }
    model.sort(WorkOrderListModel::DueColumn, Qt::AscendingOrder);
    QString previous;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString due = model.index(row, WorkOrderListModel::DueColumn).data().toString();
        QVERIFY(due >= previous);
        previous = due;
    }
    WorkOrderFilter running;
    running.states = {WorkOrderState::InProgress};
    model.setFilter(running);
    QVERIFY(model.totalCount() > 0 && model.totalCount() < orders);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, WorkOrderListModel::StateColumn).data().toString(),
                 workOrderStateDisplayName(WorkOrderState::InProgress));
    model.setFilter({});
    QCOMPARE(model.totalCount(), orders);
}

void TstWorkOrderListModel::progressColumnIsDerivedFromReports()
{
    WorkOrderFilter closed;
    closed.states = {WorkOrderState::Closed};
    WorkOrderListModel model((*m_ws)->workOrders());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(closed);
    QVERIFY(model.rowCount() > 0);
    // A closed demo order made (almost) all of its quantity: its last step's good pieces show.
    const QString done = model.index(0, WorkOrderListModel::DoneColumn).data().toString();
    QVERIFY2(done.contains(QLatin1Char('%')), qPrintable(done));
    const QString id = model.idAt(0);
    QSqlQuery query((*m_ws)->database().connection());
    query.prepare(QStringLiteral("SELECT sum(p.good) FROM operation_progress p JOIN work_order_operations o "
                                 "ON o.id = p.operation_id WHERE o.work_order_id = ? AND o.seq = (SELECT "
                                 "max(seq) FROM work_order_operations WHERE work_order_id = ? AND deleted = 0)"));
    query.addBindValue(id);
    query.addBindValue(id);
    QVERIFY(query.exec() && query.next());
    QVERIFY2(done.startsWith(QLocale().toString(query.value(0).toDouble(), 'f', 0)), qPrintable(done));
    // Draft orders have made nothing and show nothing.
    WorkOrderFilter drafts;
    drafts.states = {WorkOrderState::Draft};
    model.setFilter(drafts);
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.index(0, WorkOrderListModel::DoneColumn).data().toString().isEmpty());
}

void TstWorkOrderListModel::productNameFollowsTheLanguage()
{
    // Demo products have a Chinese name and an English one: the English UI shows the English
    // name, the Chinese UI the Chinese one; a product without an English name shows its name.
    QHash<QString, QPair<QString, QString>> names;
    QSqlQuery query((*m_ws)->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT part_no, name, name_en FROM products")));
    while (query.next())
        names.insert(query.value(0).toString(), {query.value(1).toString(), query.value(2).toString()});
    const auto shownName = [](const WorkOrderListModel &model, int row) {
        return model.index(row, WorkOrderListModel::ProductColumn).data().toString().section(QStringLiteral("  "), 1);
    };
    const auto partNo = [](const WorkOrderListModel &model, int row) {
        return model.index(row, WorkOrderListModel::ProductColumn).data().toString().section(QStringLiteral("  "), 0, 0);
    };
    {
        WorkOrderListModel english((*m_ws)->workOrders());
        QVERIFY(english.rowCount() > 0);
        const auto &[name, nameEn] = names.value(partNo(english, 0));
        QVERIFY(!nameEn.isEmpty());
        QCOMPARE(shownName(english, 0), nameEn);
    }
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    WorkOrderListModel chinese((*m_ws)->workOrders());
    const QString shown = shownName(chinese, 0);
    const QString expected = names.value(partNo(chinese, 0)).first;
    QLocale::setDefault(before);
    QCOMPARE(shown, expected);
}

QTEST_GUILESS_MAIN(TstWorkOrderListModel)
#include "tst_workorderlistmodel.moc"
