// Import (issue 15), files that cannot be read at all — an old .xls, a password-protected or
// damaged .xlsx, an empty file — are refused with a message and nothing written; a CSV saved by
// Chinese Excel (GBK) imports; and the round trip: the demo factory's master data written as
// templates with data, imported into an empty factory and written again gives the same cells.
#include "importtestfiles.h"
#include "services/import/importservice.h"
#include "services/masterdata/masterdataservice.h"
#include "testshop.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Taktline;
using namespace Taktline::ImportTestFiles;

class TstImportServiceFiles : public QObject
{
    Q_OBJECT
private slots:
    void unreadableFilesAreRefused_data();
    void unreadableFilesAreRefused();
    void gbkCsvImports();
    void roundTripGivesIdenticalCells();
};

namespace {

// An OLE compound file's signature and header, as an old .xls or an encrypted .xlsx starts.
QByteArray compoundFile(bool encrypted)
{
    QByteArray bytes = QByteArray::fromHex("D0CF11E0A1B11AE1");
    bytes.append(QByteArray(504, '\0'));
    if (encrypted) {
        const QString name = QStringLiteral("EncryptionInfo");
        bytes.append(reinterpret_cast<const char *>(name.utf16()), name.size() * 2);
    }
    bytes.append(QByteArray(1024, '\0'));
    return bytes;
}

} // namespace

void TstImportServiceFiles::unreadableFilesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    QTest::newRow("xls") << "old.xls" << compoundFile(false) << ".xlsx";
    QTest::newRow("protected") << "locked.xlsx" << compoundFile(true) << "password";
    QTest::newRow("damaged") << "broken.xlsx"
                             << QByteArray("PK\x03\x04 this is not a zip archive at all", 40)
                             << "damaged";
    QTest::newRow("empty") << "empty.xlsx" << QByteArray() << "empty";
}

void TstImportServiceFiles::unreadableFilesAreRefused()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    TestShop shop;
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const QString before = masterFingerprint(*shop.ws);
    const Result<ImportPlan> plan = ImportService(*shop.ws).run(ImportKind::Products, path);
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error().contains(says, Qt::CaseInsensitive), qPrintable(plan.error()));
    QCOMPARE(masterFingerprint(*shop.ws), before);
}

void TstImportServiceFiles::gbkCsvImports()
{
    TestShop shop;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("products.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QStringEncoder gbk("GBK");
    QVERIFY(gbk.isValid());
    file.write(gbk.encode(QStringLiteral("Part No.,Name,Unit\r\nP-1,螺栓,PCS\r\n\"P-2\",\"螺母, M8\",KG\r\n")));
    file.close();
    const Result<ImportPlan> plan = ImportService(*shop.ws).run(ImportKind::Products, path);
    QVERIFY2(plan.ok() && plan.value().ok(), qPrintable(plan.error()));
    QCOMPARE(plan.value().counts.added, 2);
    const Result<QString> id =
        shop.ws->masterData()->idForCode(MasterDataKind::Product, QStringLiteral("P-2"));
    QCOMPARE(shop.ws->masterData()->find(MasterDataKind::Product, id.value()).value().text(
                 QStringLiteral("name")),
             QStringLiteral("螺母, M8"));
}

void TstImportServiceFiles::roundTripGivesIdenticalCells()
{
    QTemporaryDir dir;
    TestWorkspace demo(TestWorkspace::SignIn::Owner, true);
    TestWorkspace empty(TestWorkspace::SignIn::Owner);
    for (ImportKind kind : {ImportKind::Products, ImportKind::Machines, ImportKind::Employees,
                            ImportKind::DowntimeReasons, ImportKind::DefectReasons}) {
        const QString key = ImportKinds::key(kind);
        const QString first = dir.filePath(key + QStringLiteral("-demo.xlsx"));
        const QString second = dir.filePath(key + QStringLiteral("-again.xlsx"));
        QVERIFY(ImportService(*demo).writeTemplate(kind, first, true).ok());
        const Result<ImportPlan> plan = ImportService(*empty).run(kind, first);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QVERIFY2(plan.value().ok(), qPrintable(key + QStringLiteral(": ")
                                               + plan.value().problems.value(0).reason));
        QVERIFY2(plan.value().counts.added > 0, qPrintable(key));
        QVERIFY(ImportService(*empty).writeTemplate(kind, second, true).ok());
        const QList<QStringList> written = cells(first);
        QCOMPARE(cells(second), written);
        QVERIFY(written.size() > 3);
        // And the export imported again changes nothing.
        const Result<ImportPlan> again = ImportService(*empty).run(kind, second);
        QVERIFY(again.ok() && again.value().ok());
        QCOMPARE(again.value().counts.added + again.value().counts.changed, 0);
    }
}

QTEST_GUILESS_MAIN(TstImportServiceFiles)
#include "tst_importservicefiles.moc"
