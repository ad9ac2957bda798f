// Import of work orders (issue 15): new numbers become drafts with those numbers, a known number
// with other values changes a draft or released order and is refused for one already started,
// every bad value is named by row and column with nothing written, the same file twice changes
// nothing, an import is taken back and made again, dates come as text or Excel serials, and the
// round trip (export with current data → import into an empty factory) gives the same rows.
#include "planningimportfiles.h"
#include "services/planning/workorderservice.h"

#include <QSignalSpy>
#include <QTest>

using namespace Taktline;
using namespace Taktline::PlanningImportFiles;

class TstWorkOrderImport : public QObject
{
    Q_OBJECT
private slots:
    void addsDraftsWithTheirNumbers();
    void reimportChangesNothing();
    void changesANotStartedOrder();
    void startedOrderIsRefused();
    void badValuesAreNamedAndNothingWritten_data();
    void badValuesAreNamedAndNothingWritten();
    void datesAsSerialsAndText();
    void undoRemovesAndRestoresThenRedo();
    void undoIsRefusedOnceAnAddedOrderIsReleased();
    void roundTripGivesTheSameRows();
};

namespace {

Rows withHeader(const Rows &data)
{
    return rows({{"WO No.", "Part No.", "Planned qty", "Due date", "Priority", "Customer",
                  "Notes"}}) +
           data;
}

Rows withHeader(TextRows data)
{
    return withHeader(rows(data));
}

// One row whose first cell is NUMBER.
Rows numbered(const QString &number, TextRows rest)
{
    Rows data = rows(rest);
    data[0][0] = number;
    return data;
}

WorkOrder orderNumbered(const Fixture &f, const QString &number)
{
    const Result<QString> id = f.shop.ws->workOrders()->idForNumber(number);
    if (!id || id.value().isEmpty())
        return {};
    return f.shop.ws->workOrders()->find(id.value()).value();
}

} // namespace

void TstWorkOrderImport::addsDraftsWithTheirNumbers()
{
    Fixture f;
    const QString file =
        f.csv(withHeader({{"WO-IMP-1", "FL-1", "50", "2026-12-10", "Urgent", "客户甲", "先做"},
                          {"WO-IMP-2", "SP-1", "1,200", "2026/12/11", "", "", ""}}));
    const QString before = fingerprint(*f.shop.ws);
    const Result<ImportPlan> dry = f.dryRun(ImportKind::WorkOrders, file);
    QVERIFY2(dry.ok(), qPrintable(dry.error()));
    QVERIFY2(dry.value().ok(), qPrintable(listed(dry.value().problems)));
    QCOMPARE(dry.value().counts.added, 2);
    QCOMPARE(fingerprint(*f.shop.ws), before);

    // The list and the schedule hear of the import once, after it commits.
    QSignalSpy many(f.shop.ws->workOrders(), &WorkOrderService::workOrdersAdded);
    QSignalSpy one(f.shop.ws->workOrders(), &WorkOrderService::workOrderAdded);
    const Result<ImportPlan> done = f.run(ImportKind::WorkOrders, file);
    QVERIFY2(done.ok() && done.value().ok(),
             qPrintable(done.ok() ? listed(done.value().problems) : done.error()));
    const WorkOrder first = orderNumbered(f, QStringLiteral("WO-IMP-1"));
    QCOMPARE(first.productId, f.shop.flange);
    QCOMPARE(first.quantity, 50.0);
    QCOMPARE(first.dueDate, QDate(2026, 12, 10));
    QCOMPARE(first.priority, WorkOrderPriority::Urgent);
    QCOMPARE(first.customer, QStringLiteral("客户甲"));
    QCOMPARE(first.notes, QStringLiteral("先做"));
    QCOMPARE(first.state, WorkOrderState::Draft);
    const WorkOrder second = orderNumbered(f, QStringLiteral("WO-IMP-2"));
    QCOMPARE(second.productId, f.shop.steel);
    QCOMPARE(second.quantity, 1200.0);
    QCOMPARE(second.priority, WorkOrderPriority::Normal);
    QCOMPARE(many.size(), 1);
    QCOMPARE(many.constFirst().constFirst().toStringList(), QStringList({first.id, second.id}));
    QCOMPARE(one.size(), 0);
}

void TstWorkOrderImport::reimportChangesNothing()
{
    Fixture f;
    const QString file =
        f.csv(withHeader({{"WO-IMP-1", "FL-1", "50", "2026-12-10", "加急", "", ""}}));
    QVERIFY(f.run(ImportKind::WorkOrders, file).value().ok());
    const QString after = fingerprint(*f.shop.ws);
    const Result<ImportPlan> again = f.run(ImportKind::WorkOrders, file);
    QVERIFY2(again.ok() && again.value().ok(), qPrintable(listed(again.value().problems)));
    QCOMPARE(again.value().counts.unchanged, 1);
    QCOMPARE(again.value().counts.added + again.value().counts.changed, 0);
    QCOMPARE(fingerprint(*f.shop.ws), after);
}

void TstWorkOrderImport::changesANotStartedOrder()
{
    Fixture f; // the shop's order is released, nothing reported
    const QString number = f.shop.number();
    const QString file = f.csv(withHeader(
        numbered(number, {{"", "FL-1", "120", "2026-12-20", "Urgent", "客户乙", "改量"}})));
    const Result<ImportPlan> done = f.run(ImportKind::WorkOrders, file);
    QVERIFY2(done.ok() && done.value().ok(), qPrintable(listed(done.value().problems)));
    QCOMPARE(done.value().counts.changed, 1);
    const WorkOrder order = f.shop.ws->workOrders()->find(f.shop.order).value();
    QCOMPARE(order.quantity, 120.0);
    QCOMPARE(order.dueDate, QDate(2026, 12, 20));
    QCOMPARE(order.customer, QStringLiteral("客户乙"));
    QCOMPARE(order.state, WorkOrderState::Released);
    QCOMPARE(order.lotNo, QStringLiteral("P-0001")); // a field the file does not hold stays
}

void TstWorkOrderImport::startedOrderIsRefused()
{
    Fixture f;
    f.shop.report(f.shop.request(0, 10));
    const QString number = f.shop.number();
    const QString file =
        f.csv(withHeader(numbered(number, {{"", "FL-1", "120", "2026-12-20", "", "", ""}})));
    const QString before = fingerprint(*f.shop.ws);
    const Result<ImportPlan> plan = f.run(ImportKind::WorkOrders, file);
    QVERIFY(plan.ok());
    QVERIFY2(has(plan.value().problems, 2, QStringLiteral("WO No."),
                 QStringLiteral("change it in the app")),
             qPrintable(listed(plan.value().problems)));
    QCOMPARE(fingerprint(*f.shop.ws), before);
}

void TstWorkOrderImport::badValuesAreNamedAndNothingWritten_data()
{
    QTest::addColumn<QStringList>("row");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("reason");
    const auto row = [](const char *number, const char *part, const char *qty, const char *due,
                        const char *priority = "") {
        return QStringList{QString::fromUtf8(number),
                           QString::fromUtf8(part),
                           QString::fromUtf8(qty),
                           QString::fromUtf8(due),
                           QString::fromUtf8(priority),
                           QString(),
                           QString()};
    };
    QTest::newRow("unknown product")
        << row("WO-X", "NOPE-9", "10", "2026-12-10") << u"Part No."_qs << u"NOPE-9"_qs;
    QTest::newRow("zero quantity")
        << row("WO-X", "FL-1", "0", "2026-12-10") << u"Planned qty"_qs << u"greater than zero"_qs;
    QTest::newRow("negative quantity")
        << row("WO-X", "FL-1", "-5", "2026-12-10") << u"Planned qty"_qs << u"between"_qs;
    QTest::newRow("absurd quantity")
        << row("WO-X", "FL-1", "20000000", "2026-12-10") << u"Planned qty"_qs << u"between"_qs;
    QTest::newRow("not a date") << row("WO-X", "FL-1", "10", "next week") << u"Due date"_qs
                                << u"Not a date"_qs;
    QTest::newRow("no due date") << row("WO-X", "FL-1", "10", "") << u"Due date"_qs
                                 << u"Required"_qs;
    QTest::newRow("unknown priority")
        << row("WO-X", "FL-1", "10", "2026-12-10", "very") << u"Priority"_qs << u"choices"_qs;
    QTest::newRow("number with a space") << row("WO X", "FL-1", "10", "2026-12-10") << u"WO No."_qs
                                         << u"letters, digits and dashes"_qs;
}

void TstWorkOrderImport::badValuesAreNamedAndNothingWritten()
{
    QFETCH(QStringList, row);
    QFETCH(QString, header);
    QFETCH(QString, reason);
    Fixture f;
    // A good row first: the whole file is refused, so it is not written either.
    const QString file =
        f.csv(withHeader(rows({{"WO-GOOD", "FL-1", "10", "2026-12-10", "", "", ""}}) << row));
    const QString before = fingerprint(*f.shop.ws);
    const Result<ImportPlan> plan = f.run(ImportKind::WorkOrders, file);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QVERIFY2(has(plan.value().problems, 3, header, reason),
             qPrintable(listed(plan.value().problems)));
    QCOMPARE(fingerprint(*f.shop.ws), before);
}

void TstWorkOrderImport::datesAsSerialsAndText()
{
    Fixture f;
    const QString file = f.path(QStringLiteral("orders.xlsx"));
    // 46366 is 2026-12-10 in Excel's 1900 date system.
    writeXlsx(file, QStringLiteral("Work orders"),
              withHeader({{"WO-S1", "FL-1", "#num:10", "#serial:46366", "", "", ""},
                          {"WO-S2", "FL-1", "10", "2026年12月11日", "", "", ""},
                          {"WO-S3", "FL-1", "１０", "#num:46367", "", "", ""}}));
    const Result<ImportPlan> done = f.run(ImportKind::WorkOrders, file);
    QVERIFY2(done.ok() && done.value().ok(),
             qPrintable(done.ok() ? listed(done.value().problems) : done.error()));
    QCOMPARE(orderNumbered(f, QStringLiteral("WO-S1")).dueDate, QDate(2026, 12, 10));
    QCOMPARE(orderNumbered(f, QStringLiteral("WO-S2")).dueDate, QDate(2026, 12, 11));
    QCOMPARE(orderNumbered(f, QStringLiteral("WO-S3")).dueDate, QDate(2026, 12, 11));
    QCOMPARE(orderNumbered(f, QStringLiteral("WO-S3")).quantity, 10.0);
}

void TstWorkOrderImport::undoRemovesAndRestoresThenRedo()
{
    Fixture f;
    const QString number = f.shop.number();
    const QString file =
        f.csv(withHeader(rows({{"WO-NEW", "FL-1", "10", "2026-12-10", "", "", ""}}) +
                         numbered(number, {{"", "FL-1", "150", "2026-11-27", "", "", ""}})));
    const WorkOrder before = f.shop.ws->workOrders()->find(f.shop.order).value();
    ImportService service(*f.shop.ws);
    const Result<ImportPlan> done = service.run(ImportKind::WorkOrders, file);
    QVERIFY2(done.ok() && done.value().ok(), qPrintable(listed(done.value().problems)));
    QCOMPARE(f.shop.ws->workOrders()->find(f.shop.order).value().quantity, 150.0);

    const Outcome undone = service.undo(done.value());
    QVERIFY2(undone.ok(), qPrintable(undone.error()));
    QVERIFY(orderNumbered(f, QStringLiteral("WO-NEW")).id.isEmpty());
    const WorkOrder restored = f.shop.ws->workOrders()->find(f.shop.order).value();
    QCOMPARE(restored.quantity, before.quantity);
    QCOMPARE(restored.dueDate, before.dueDate);

    const Outcome redone = service.redo(done.value());
    QVERIFY2(redone.ok(), qPrintable(redone.error()));
    QCOMPARE(orderNumbered(f, QStringLiteral("WO-NEW")).quantity, 10.0);
    QCOMPARE(f.shop.ws->workOrders()->find(f.shop.order).value().quantity, 150.0);
}

void TstWorkOrderImport::undoIsRefusedOnceAnAddedOrderIsReleased()
{
    Fixture f;
    const QString file = f.csv(withHeader({{"WO-NEW", "FL-1", "10", "2026-12-10", "", "", ""}}));
    ImportService service(*f.shop.ws);
    const Result<ImportPlan> done = service.run(ImportKind::WorkOrders, file);
    QVERIFY(done.ok() && done.value().ok());
    const WorkOrder added = orderNumbered(f, QStringLiteral("WO-NEW"));
    QVERIFY(f.shop.ws->workOrders()->apply(added.id, WorkOrderAction::Release, added.version).ok());
    const QString before = fingerprint(*f.shop.ws);
    const Outcome undone = service.undo(done.value());
    QVERIFY(!undone.ok());
    QVERIFY2(undone.error().contains(QLatin1String("WO-NEW")) &&
                 undone.error().contains(QLatin1String("can no longer be taken back")),
             qPrintable(undone.error()));
    QCOMPARE(fingerprint(*f.shop.ws), before);
}

void TstWorkOrderImport::roundTripGivesTheSameRows()
{
    Fixture f;
    QVERIFY(f.run(ImportKind::WorkOrders,
                  f.csv(withHeader(
                      {{"WO-A", "FL-1", "10.5", "2026-12-10", "Urgent", "客户, 甲", "多行\n备注"},
                       {"WO-B", "SP-1", "3", "2026-12-01", "", "", ""}})))
                .value()
                .ok());
    const QString exported = f.path(QStringLiteral("orders.xlsx"));
    QVERIFY(ImportService(*f.shop.ws).writeTemplate(ImportKind::WorkOrders, exported, true).ok());

    Fixture empty(TestShop::Options{TestWorkspace::SignIn::Owner, false, false, false});
    const Result<ImportPlan> imported = empty.run(ImportKind::WorkOrders, exported);
    QVERIFY2(imported.ok() && imported.value().ok(),
             qPrintable(imported.ok() ? listed(imported.value().problems) : imported.error()));
    QCOMPARE(imported.value().counts.added, 3); // the shop's own order too
    QCOMPARE(empty.current(ImportKind::WorkOrders).value(),
             f.current(ImportKind::WorkOrders).value());
}

QTEST_GUILESS_MAIN(TstWorkOrderImport)
#include "tst_workorderimport.moc"
