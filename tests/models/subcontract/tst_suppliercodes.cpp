// Supplier and place codes made twice on two offline devices (issue 17's master data): both are
// kept on every device and listed as one duplicate-code conflict that a merge settles, as
// machine codes are; a local twin is still refused.
#include "../sync/syncrelay.h"
#include "services/masterdata/masterdataservice.h"
#include "services/sync/conflictservice.h"
#include "testshop.h"

#include <QTest>

using namespace Taktline;

class TstSupplierCodes : public QObject
{
    Q_OBJECT
private slots:
    void duplicateCodesAreKeptListedAndMerged_data();
    void duplicateCodesAreKeptListedAndMerged();
};

void TstSupplierCodes::duplicateCodesAreKeptListedAndMerged_data()
{
    QTest::addColumn<MasterDataKind>("kind");
    QTest::addColumn<QString>("table");
    QTest::newRow("supplier") << MasterDataKind::Supplier << QStringLiteral("suppliers");
    QTest::newRow("place") << MasterDataKind::Place << QStringLiteral("places");
}

void TstSupplierCodes::duplicateCodesAreKeptListedAndMerged()
{
    QFETCH(MasterDataKind, kind);
    QFETCH(QString, table);
    ThreeReplicas t;
    MasterRecord record;
    record.values = {{QStringLiteral("code"), QStringLiteral("DUP-1")},
                     {QStringLiteral("name"), QStringLiteral("B 的")}};
    const Result<QString> older = t.b->masterData()->create(kind, record);
    QVERIFY2(older, qPrintable(older.error()));
    QTest::qWait(2);
    record.values.insert(QStringLiteral("code"), QStringLiteral("dup-1"));
    record.values.insert(QStringLiteral("name"), QStringLiteral("C 的"));
    const Result<QString> newer = t.c->masterData()->create(kind, record);
    QVERIFY2(newer, qPrintable(newer.error()));
    t.settle();
    for (Workspace *ws : {t.shop.ws.get(), t.b.get(), t.c.get()}) {
        QCOMPARE(t.value(*ws, QStringLiteral("SELECT count(*) FROM %1 WHERE code = 'DUP-1' "
                                             "COLLATE NOCASE").arg(table)),
                 QStringLiteral("2"));
    }
    const QList<SyncConflict> listed = t.b->conflicts()->conflicts().value();
    const auto duplicate = std::find_if(listed.cbegin(), listed.cend(), [&](const SyncConflict &c) {
        return c.kind == SyncConflict::Kind::DuplicateCode && c.table == table;
    });
    QVERIFY(duplicate != listed.cend());
    QCOMPARE(duplicate->rowId, newer.value());
    QVERIFY(t.b->conflicts()->resolve(duplicate->id, QStringLiteral("merge")));
    t.settle();
    QCOMPARE(t.value(*t.c, QStringLiteral("SELECT deleted FROM %1 WHERE id = '%2'").arg(table, newer.value())),
             QStringLiteral("1"));
    // A new local twin is still refused.
    record.values.insert(QStringLiteral("code"), QStringLiteral("Dup-1"));
    QVERIFY(!t.c->masterData()->create(kind, record));
}

QTEST_GUILESS_MAIN(TstSupplierCodes)
#include "tst_suppliercodes.moc"
