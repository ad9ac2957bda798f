#include "subcontractshowcase.h"

#include "domain/masterdata/masterrecord.h"
#include "services/masterdata/masterdataservice.h"
#include "services/masterdata/settingsservice.h"
#include "services/subcontract/subcontractservice.h"
#include "services/workspace.h"
#include "shell/mainwindow.h"
#include "storage/database.h"
#include "subcontract/subcontractview.h"

#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace Taktline {

namespace {

QString showcaseSupplier(Workspace &workspace)
{
    const Result<QList<MasterRecord>> suppliers =
        workspace.masterData()->list(MasterDataKind::Supplier, false);
    if (suppliers && !suppliers.value().isEmpty())
        return suppliers.value().first().id;
    MasterRecord record;
    record.values.insert(QStringLiteral("code"), QStringLiteral("S01"));
    record.values.insert(QStringLiteral("name"), QStringLiteral("精工热处理厂"));
    record.values.insert(QStringLiteral("name_en"), QStringLiteral("Precision Heat Treating"));
    record.values.insert(QStringLiteral("lead_days"), 4);
    const Result<QString> id = workspace.masterData()->create(MasterDataKind::Supplier, record);
    return id ? id.value() : QString();
}

// Second steps of running orders whose first step made pieces: done outside from now on.
QStringList outsourceSecondSteps(Workspace &workspace, const QString &supplierId, int count)
{
    QSqlQuery query(workspace.database().connection());
    query.prepare(QStringLiteral(
        "SELECT o2.id FROM work_orders w JOIN work_order_operations o1 ON o1.work_order_id = w.id "
        "JOIN work_order_operations o2 ON o2.work_order_id = w.id AND o2.seq = (SELECT min(seq) "
        "FROM work_order_operations x WHERE x.work_order_id = w.id AND x.seq > o1.seq) "
        "WHERE w.deleted = 0 AND w.state IN ('released', 'in_progress') AND o1.seq = (SELECT min(seq) FROM "
        "work_order_operations y WHERE y.work_order_id = w.id) AND (SELECT coalesce(sum(good), 0) "
        "FROM production_reports r WHERE r.operation_id = o1.id) > 0 "
        "ORDER BY w.due_date LIMIT %1").arg(count));
    QStringList operations;
    if (!query.exec())
        return operations;
    while (query.next())
        operations << query.value(0).toString();
    QSqlQuery update(workspace.database().connection());
    update.prepare(QStringLiteral("UPDATE work_order_operations SET outsourced = 1, supplier_id = "
                                  ":supplier, subcontract_price = 1.2, machine_id = NULL "
                                  "WHERE id = :id"));
    for (const QString &operation : std::as_const(operations)) {
        update.bindValue(QStringLiteral(":supplier"), supplierId);
        update.bindValue(QStringLiteral(":id"), operation);
        update.exec();
    }
    return operations;
}

void addShowcaseOrders(Workspace &workspace)
{
    const QString supplier = showcaseSupplier(workspace);
    if (supplier.isEmpty())
        return;
    const QStringList operations = outsourceSecondSteps(workspace, supplier, 2);
    QStringList sent;
    for (const QString &operation : operations) {
        SubcontractSend send;
        send.operationId = operation;
        const Result<double> sendable = workspace.subcontracts()->sendable(operation);
        send.quantity = sendable ? std::min(20.0, sendable.value()) : 0;
        send.note = QStringLiteral("Showcase");
        if (const Result<QString> id = workspace.subcontracts()->send(send))
            sent << id.value();
    }
    if (!sent.isEmpty()) {
        SubcontractReceipt receipt;
        receipt.orderId = sent.first();
        const Result<SubcontractOrder> order = workspace.subcontracts()->order(sent.first());
        const double quantity = order ? order.value().quantity : 0;
        receipt.good = std::floor(quantity * 0.6);
        receipt.defective = quantity >= 10 ? 1 : 0;
        workspace.subcontracts()->receive(receipt);
    }
}

} // namespace

void prepareSubcontractShowcase(MainWindow &window, Workspace &workspace)
{
    auto *view = window.findChild<SubcontractView *>();
    if (!view)
        return;
    const Result<QList<SubcontractOrder>> existing =
        workspace.subcontracts()->orders(SubcontractService::Filter::All);
    if (existing && existing.value().isEmpty() && workspace.settings()->isDemo())
        addShowcaseOrders(workspace);
    view->setFilter(SubcontractService::Filter::Open);
}

} // namespace Taktline
