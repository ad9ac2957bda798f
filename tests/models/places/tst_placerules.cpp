// Places (库位) as master data: a machine's input or output buffer names its machine, and saying
// otherwise is refused in words, not by the database's CHECK.
#include "services/masterdata/masterdataservice.h"
#include "testshop.h"

#include <QTest>

using namespace Taktline;

class TstPlaceRules : public QObject
{
    Q_OBJECT
private slots:
    void bufferPlacesNeedTheirMachine();
};

void TstPlaceRules::bufferPlacesNeedTheirMachine()
{
    TestShop shop;
    const QString r1 = shop.create(MasterDataKind::Place, {{"code", "R-01"}, {"name", "货架一"}});
    const QString inMill = shop.create(MasterDataKind::Place, {{"code", "IN-MILL"},
                                                               {"name", "加工中心线边"},
                                                               {"kind", "input"},
                                                               {"machine_id", "MILL-1"}});
    const int places = shop.rows("places");
    for (const char *kind : {"input", "output"}) {
        MasterRecord record;
        record.values = {{QStringLiteral("code"), QStringLiteral("BUF-1")},
                         {QStringLiteral("name"), QStringLiteral("缓存")},
                         {QStringLiteral("kind"), QString::fromLatin1(kind)}};
        const Result<QString> refused =
            shop.ws->masterData()->create(MasterDataKind::Place, record);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("BUF-1")), qPrintable(refused.error()));
        QVERIFY2(!refused.error().contains(QStringLiteral("CHECK")), qPrintable(refused.error()));
    }
    QCOMPARE(shop.rows("places"), places);
    // A rack made a buffer, or a buffer losing its machine: refused in words too.
    const Result<QVariant> kind = shop.ws->masterData()->checkValue(
        MasterDataKind::Place, r1, QStringLiteral("kind"), QStringLiteral("input"));
    QVERIFY(!kind);
    QVERIFY(!shop.ws->masterData()->updateField(MasterDataKind::Place, inMill,
                                                QStringLiteral("machine_id"), QString()));
    // With its machine first, then the kind: fine.
    QVERIFY(shop.ws->masterData()->updateField(
        MasterDataKind::Place, r1, QStringLiteral("machine_id"), QStringLiteral("MILL-1")));
    QVERIFY(shop.ws->masterData()->updateField(MasterDataKind::Place, r1, QStringLiteral("kind"),
                                               QStringLiteral("input")));
}

QTEST_GUILESS_MAIN(TstPlaceRules)
#include "tst_placerules.moc"
