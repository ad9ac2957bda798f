// The work-order list at scale: 100,000 work orders with 500,000 operations. Prints the time
// the list model needs to show its first page (count + first 200 rows) and each filter,
// against raw SQLite running the very same SQL on the same file in the same run.
#include "benchreport.h"
#include "item/planning/workorderlistmodel.h"
#include "services/masterdata/masterdataservice.h"
#include "services/planning/workorderservice.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "storage/uuid.h"
#include "testworkspace.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Taktline;

namespace {

constexpr int OrderCount = 100000;
constexpr int OperationsPerOrder = 5;

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// Bulk load with plain SQL: generating data is set-up, not what is measured.
void fill(Workspace &workspace)
{
    const QList<MasterRecord> products = workspace.masterData()->list(MasterDataKind::Product).value();
    const QList<MasterRecord> machines = workspace.masterData()->list(MasterDataKind::Machine).value();
    const char *states[] = {"draft", "released", "in_progress", "on_hold", "completed", "closed", "cancelled"};
    const char *customers[] = {"华东机电", "苏州精密", "宁波海天", "东莞宏达", "佛山顺成", "无锡新锐"};
    QRandomGenerator random(7);
    QSqlDatabase db = workspace.database().connection();
    db.transaction();
    QSqlQuery order(db);
    order.prepare(QStringLiteral(
        "INSERT INTO work_orders (id, number, product_id, quantity, due_date, customer, sales_order, "
        "priority, lot_no, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)"));
    QSqlQuery op(db);
    op.prepare(QStringLiteral(
        "INSERT INTO work_order_operations (id, work_order_id, seq, name, standard_seconds, "
        "machine_id, queue_rank, created_at, updated_at) VALUES (?, ?, ?, 'op', 30, ?, ?, 0, 0)"));
    const QDate start = QDate::currentDate().addDays(-700);
    for (int i = 0; i < OrderCount; ++i) {
        const QString id = newUuidV7();
        const QDate due = start.addDays(i * 730 / OrderCount);
        order.addBindValue(id);
        order.addBindValue(QStringLiteral("WO-%1-%2").arg(due.toString(QStringLiteral("yyyyMMdd"))).arg(i, 6, 10, QLatin1Char('0')));
        order.addBindValue(products.at(random.bounded(products.size())).id);
        order.addBindValue(50 + random.bounded(2000));
        order.addBindValue(due.toString(Qt::ISODate));
        order.addBindValue(QString::fromUtf8(customers[random.bounded(6)]));
        order.addBindValue(QStringLiteral("SO-%1").arg(i));
        order.addBindValue(random.bounded(10) == 0 ? QStringLiteral("urgent") : QStringLiteral("normal"));
        order.addBindValue(QStringLiteral("L%1").arg(i));
        order.addBindValue(QString::fromLatin1(due < QDate::currentDate().addDays(-30) ? "closed" : states[random.bounded(7)]));
        if (!order.exec())
            qFatal("fill: %s", qPrintable(order.lastError().text()));
        for (int s = 0; s < OperationsPerOrder; ++s) {
            op.addBindValue(newUuidV7());
            op.addBindValue(id);
            op.addBindValue((s + 1) * 10);
            op.addBindValue(machines.at(random.bounded(machines.size())).id);
            op.addBindValue(double(i));
            op.exec();
        }
    }
    db.commit();
}

// The raw engine runs the statements the repository runs, on its own connection.
double rawListMs(sqlite3 *db, const QString &where, const QList<QString> &binds)
{
    QElapsedTimer timer;
    timer.start();
    const QByteArray countSql = (QStringLiteral("SELECT count(*) FROM work_orders w") + where).toUtf8();
    const QByteArray pageSql = (QStringLiteral("SELECT w.id, w.number, p.part_no, p.name, w.quantity, w.due_date, "
                                               "w.customer, w.priority, w.state FROM work_orders w JOIN products p "
                                               "ON p.id = w.product_id")
                                + where + QStringLiteral(" ORDER BY w.due_date, w.number LIMIT 200 OFFSET 0"))
                                   .toUtf8();
    for (const QByteArray &sql : {countSql, pageSql}) {
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr);
        for (int i = 0; i < binds.size(); ++i) {
            const QByteArray value = binds.at(i).toUtf8();
            sqlite3_bind_text(statement, i + 1, value.constData(), -1, SQLITE_TRANSIENT);
        }
        while (sqlite3_step(statement) == SQLITE_ROW) {
        }
        sqlite3_finalize(statement);
    }
    return msSince(timer);
}

struct Case
{
    const char *name;
    WorkOrderFilter filter;
    QString rawWhere;
    QList<QString> rawBinds;
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestWorkspace workspace(TestWorkspace::SignIn::Owner, true);
    QElapsedTimer timer;
    timer.start();
    fill(*workspace);
    std::printf("# filled %d work orders and %d operations in %.0f ms\n", OrderCount,
                OrderCount * OperationsPerOrder, msSince(timer));
    sqlite3 *raw = nullptr;
    sqlite3_open(workspace.path().toUtf8().constData(), &raw);

    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString anyProduct = workspace->masterData()->list(MasterDataKind::Product).value().at(3).id;
    QList<Case> cases;
    cases.append({"workorders_first_page_all", {}, QStringLiteral(" WHERE w.deleted = 0"), {}});
    WorkOrderFilter open;
    open.states = {WorkOrderState::Draft, WorkOrderState::Released, WorkOrderState::InProgress, WorkOrderState::OnHold};
    cases.append({"workorders_filter_open", open,
                  QStringLiteral(" WHERE w.deleted = 0 AND w.state IN (?, ?, ?, ?)"),
                  {QStringLiteral("draft"), QStringLiteral("released"), QStringLiteral("in_progress"), QStringLiteral("on_hold")}});
    WorkOrderFilter overdue;
    overdue.overdueOnly = true;
    cases.append({"workorders_filter_overdue", overdue,
                  QStringLiteral(" WHERE w.deleted = 0 AND w.due_date < ? AND w.state IN ('draft', 'released', 'in_progress', 'on_hold')"),
                  {today}});
    WorkOrderFilter product;
    product.productId = anyProduct;
    cases.append({"workorders_filter_product", product, QStringLiteral(" WHERE w.deleted = 0 AND w.product_id = ?"), {anyProduct}});
    WorkOrderFilter search;
    search.numberSearch = QStringLiteral("012345");
    cases.append({"workorders_search_number", search,
                  QStringLiteral(" WHERE w.deleted = 0 AND (w.number LIKE ? ESCAPE '\\' OR w.lot_no LIKE ?1 ESCAPE '\\' OR w.sales_order LIKE ?1 ESCAPE '\\')"),
                  {QStringLiteral("%012345%")}});
    WorkOrderFilter urgent;
    urgent.urgentOnly = true;
    cases.append({"workorders_filter_urgent", urgent, QStringLiteral(" WHERE w.deleted = 0 AND w.priority = 'urgent'"), {}});

    for (const Case &c : cases) {
        timer.restart();
        WorkOrderListModel model(workspace->workOrders());
        model.setFilter(c.filter);
        const double ours = msSince(timer);
        Bench::report(c.name, ours, "ms", rawListMs(raw, c.rawWhere, c.rawBinds));
        std::printf("# %s: %d matching, %d rows fetched\n", c.name, model.totalCount(), model.rowCount());
    }
    sqlite3_close(raw);
    return 0;
}
