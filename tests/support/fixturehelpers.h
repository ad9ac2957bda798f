#pragma once

#include "services/masterdata/masterdataservice.h"
#include "services/planning/workorderservice.h"
#include "services/workspace.h"

#include <QDate>
#include <QtTest/QTest>

#include <initializer_list>
#include <utility>

namespace Taktline::Fixture {

// Small hand-built factories for tests: a failing set-up step stops the test with its reason.
inline void require(const Outcome &outcome, const char *what)
{
    if (!outcome)
        qFatal("fixture %s: %s", what, qPrintable(outcome.error()));
}

// A master-data record from column → UTF-8 text pairs; machines get a capacity of 1.
inline QString createRecord(Workspace &workspace, MasterDataKind kind,
                            std::initializer_list<std::pair<const char *, const char *>> values)
{
    MasterRecord record;
    for (const auto &[column, value] : values)
        record.values.insert(QString::fromLatin1(column), QString::fromUtf8(value));
    if (kind == MasterDataKind::Machine && !record.values.contains(QStringLiteral("capacity")))
        record.values.insert(QStringLiteral("capacity"), 1);
    const Result<QString> id = workspace.masterData()->create(kind, record);
    require(id.outcome(), "master data");
    return id.value();
}

// A work order of QUANTITY pieces of PRODUCT_ID, due on DUE, created and released.
inline QString releasedOrder(Workspace &workspace, const QString &productId, double quantity,
                             const QDate &due)
{
    WorkOrder order;
    order.productId = productId;
    order.quantity = quantity;
    order.dueDate = due;
    const Result<QString> id = workspace.workOrders()->create(order);
    require(id.outcome(), "work order");
    require(workspace.workOrders()->apply(id.value(), WorkOrderAction::Release, 1), "release");
    return id.value();
}

} // namespace Taktline::Fixture
