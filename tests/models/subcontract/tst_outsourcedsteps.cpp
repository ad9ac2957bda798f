// Outsourced routing steps (外协工序) as the planner sets them up: a supplier and a price instead
// of a machine; no supplier, a removed or unknown supplier, or a negative price refused with
// nothing written; a work order takes the supplier and price along with the step.
#include "services/masterdata/masterdataservice.h"
#include "services/planning/routingservice.h"
#include "services/planning/workorderservice.h"
#include "testshop.h"

#include <QSqlQuery>
#include <QTest>

using namespace Taktline;

class TstOutsourcedSteps : public QObject
{
    Q_OBJECT
private slots:
    void outsourcedStepNeedsNoMachine();
    void badSupplierOrPriceRefusedWithNothingWritten();
    void workOrderCopiesSupplierAndPrice();
};

namespace {

struct Shop : TestShop
{
    QString plater = create(MasterDataKind::Supplier, {{"code", "S01"}, {"name", "镀锌厂"}});
    QString part = product("FL-Z", "镀锌法兰");

    Routing routing(const QString &supplier, double price = 0.5) const
    {
        Routing steps = {{{}, QStringLiteral("车削"), 60, lathe}, {{}, QStringLiteral("镀锌"), 60, {}}};
        steps[1].outsourced = true;
        steps[1].supplierId = supplier;
        steps[1].subcontractPrice = price;
        return steps;
    }
    QString rowsOfRouting() const
    {
        QSqlQuery query(ws->database().connection());
        query.exec(QStringLiteral("SELECT id, seq, name, outsourced, supplier_id, subcontract_price, "
                                  "deleted, updated_at FROM routing_operations ORDER BY id"));
        QStringList rows;
        while (query.next()) {
            QStringList cells;
            for (int i = 0; i < 8; ++i)
                cells << query.value(i).toString();
            rows << cells.join(QLatin1Char('|'));
        }
        return rows.join(QLatin1Char('\n'));
    }
};

} // namespace

void TstOutsourcedSteps::outsourcedStepNeedsNoMachine()
{
    Shop shop;
    const Outcome saved = shop.ws->routing()->setOperations(shop.part, shop.routing(shop.plater));
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    const Routing stored = shop.ws->routing()->operations(shop.part).value();
    QCOMPARE(stored.size(), 2);
    QVERIFY(!stored.at(0).outsourced);
    QVERIFY(stored.at(1).outsourced);
    QCOMPARE(stored.at(1).supplierId, shop.plater);
    QCOMPARE(stored.at(1).subcontractPrice, 0.5);
    QVERIFY(stored.at(1).machineId.isEmpty());
}

void TstOutsourcedSteps::badSupplierOrPriceRefusedWithNothingWritten()
{
    Shop shop;
    QVERIFY(shop.ws->routing()->setOperations(shop.part, {{{}, QStringLiteral("车削"), 60, shop.lathe}}).ok());
    const QString before = shop.rowsOfRouting();
    const auto refused = [&](const Routing &routing, const QString &says) {
        const Outcome saved = shop.ws->routing()->setOperations(shop.part, routing);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(says), qPrintable(saved.error()));
        QCOMPARE(shop.rowsOfRouting(), before);
    };
    refused(shop.routing(QString()), QStringLiteral("supplier"));
    refused(shop.routing(QStringLiteral("no-such-supplier")), QStringLiteral("supplier"));
    refused(shop.routing(shop.plater, -1), QStringLiteral("price"));
    refused(shop.routing(shop.plater, std::numeric_limits<double>::quiet_NaN()), QStringLiteral("price"));
    const QString gone = shop.create(MasterDataKind::Supplier, {{"code", "S09"}, {"name", "倒闭厂"}});
    QVERIFY(shop.ws->masterData()->remove(MasterDataKind::Supplier, gone).ok());
    refused(shop.routing(gone), QStringLiteral("supplier"));
    const QString idle = shop.create(MasterDataKind::Supplier, {{"code", "S08"}, {"name", "停用厂"}});
    QVERIFY(shop.ws->masterData()->setActive(MasterDataKind::Supplier, idle, false).ok());
    refused(shop.routing(idle), QStringLiteral("supplier"));
}

void TstOutsourcedSteps::workOrderCopiesSupplierAndPrice()
{
    Shop shop;
    QVERIFY(shop.ws->routing()->setOperations(shop.part, shop.routing(shop.plater, 1.25)).ok());
    const QString order = shop.releasedOrder(shop.part, 20);
    const QList<WorkOrderOperation> ops = shop.ws->workOrders()->operations(order).value();
    QCOMPARE(ops.size(), 2);
    QVERIFY(!ops.at(0).outsourced);
    QCOMPARE(ops.at(0).machineId, shop.lathe);
    QVERIFY(ops.at(1).outsourced);
    QCOMPARE(ops.at(1).supplierId, shop.plater);
    QCOMPARE(ops.at(1).subcontractPrice, 1.25);
    QVERIFY(ops.at(1).machineId.isEmpty());
    QSqlQuery query(shop.ws->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT outsourced, supplier_id, subcontract_price, machine_id IS NULL "
                                      "FROM work_order_operations WHERE id = '%1'").arg(ops.at(1).id)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QCOMPARE(query.value(1).toString(), shop.plater);
    QCOMPARE(query.value(2).toDouble(), 1.25);
    QCOMPARE(query.value(3).toInt(), 1);
}

QTEST_GUILESS_MAIN(TstOutsourcedSteps)
#include "tst_outsourcedsteps.moc"
