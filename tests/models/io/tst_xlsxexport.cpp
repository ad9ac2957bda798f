// Excel export of a master-data table, checked the way Excel reads it: the sheet XML inside
// the .xlsx (unpacked with the unzip tool), and an earlier export never lost to a failed one.
#include "domain/masterdata/masterdataspecs.h"
#include "filebytes.h"
#include "formats/report/xlsxtableexporter.h"
#include "item/masterdata/masterdatafilterproxy.h"
#include "item/masterdata/masterdatatablemodel.h"
#include "testworkspace.h"
#include "xlsxsheet.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Taktline;

class TstXlsxExport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void writesFrozenFilteredSheetWithNumbers();
    void namesTheSheetInChinese();
    void writesBooleansAsBooleans();
    void exportsOnlyTheRowsTheFilterShows();
    void missingFolderFailsWithMessage();
    void failedExportKeepsTheEarlierFile();
    void exportingTwiceReplacesTheFile();
    void safeSheetNameFollowsExcelRules();
};

namespace {

using FileBytes::fileHash;

using XlsxSheet::unzipEntry;
using XlsxSheet::cellXml;

const QString SheetXml = QStringLiteral("xl/worksheets/sheet1.xml");
const QString WorkbookXml = QStringLiteral("xl/workbook.xml");

// The demo machines in a table model, and a temporary folder to export into.
struct Fixture
{
    explicit Fixture(MasterDataKind kind = MasterDataKind::Machine)
        : ws(TestWorkspace::SignIn::Owner, true)
        , model(kind, ws->masterData(), ws->undoStack(), ws->undoFeedback())
    {
    }
    QString path(const QString &name = QStringLiteral("machines.xlsx")) const
    {
        return dir.filePath(name);
    }

    TestWorkspace ws;
    MasterDataTableModel model;
    QTemporaryDir dir;
};

QString columnLetter(int column)
{
    return QString(QChar(u'A' + column));
}

} // namespace

void TstXlsxExport::init()
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        QSKIP("the unzip tool is not installed");
}

void TstXlsxExport::writesFrozenFilteredSheetWithNumbers()
{
    Fixture f;
    const Outcome exported =
        XlsxTableExporter::exportModel(f.model, f.path(), QStringLiteral("设备"));
    QVERIFY2(exported.ok(), qPrintable(exported.error()));
    const QString sheet = unzipEntry(f.path(), SheetXml);

    QVERIFY2(sheet.contains(QStringLiteral("state=\"frozen\"")), qPrintable(sheet.left(2000)));
    QVERIFY(sheet.contains(QStringLiteral("<autoFilter ref=\"A1:G13\"")));
    QCOMPARE(sheet.count(QStringLiteral("<col ")), 7);
    QVERIFY(sheet.contains(QStringLiteral("Machine code")));
    QVERIFY(sheet.contains(QStringLiteral("数控车床 1号")));

    // Capacity is the sixth field of a machine: column F, a real number in every row.
    const int capacity = entitySpec(MasterDataKind::Machine).fieldIndex(QStringLiteral("capacity"));
    QCOMPARE(columnLetter(capacity), QStringLiteral("F"));
    for (int row = 0; row < f.model.rowCount(); ++row) {
        const QString ref = columnLetter(capacity) + QString::number(row + 2);
        const auto [attributes, inner] = cellXml(sheet, ref);
        QVERIFY2(!inner.isEmpty(), qPrintable(ref));
        QVERIFY2(!attributes.contains(QStringLiteral("t=")), qPrintable(ref + attributes));
        const QString value =
            QStringLiteral("<v>%1</v>").arg(f.model.index(row, capacity).data().toLongLong());
        QVERIFY2(inner.contains(value), qPrintable(ref + QLatin1Char(' ') + inner));
    }
    // The code column stays text, so "CNC-01" is not turned into anything else.
    QVERIFY(cellXml(sheet, QStringLiteral("A2")).first.contains(QStringLiteral("t=")));
}

void TstXlsxExport::namesTheSheetInChinese()
{
    Fixture f;
    QVERIFY(XlsxTableExporter::exportModel(f.model, f.path(), QStringLiteral("设备")).ok());
    const QString workbook = unzipEntry(f.path(), WorkbookXml);
    QVERIFY2(workbook.contains(QStringLiteral("name=\"设备\"")), qPrintable(workbook));
}

// A check-box column becomes Excel booleans; a downtime reason's OEE class (a choice) its name.
void TstXlsxExport::writesBooleansAsBooleans()
{
    Fixture f(MasterDataKind::DowntimeReason);
    // No master-data list has a check box since reasons got their OEE class: a plain model has.
    QStandardItemModel checks(3, 2);
    checks.setHorizontalHeaderLabels({QStringLiteral("Code"), QStringLiteral("Planned stop")});
    for (int row = 0; row < checks.rowCount(); ++row) {
        checks.setItem(row, 0, new QStandardItem(QStringLiteral("D0%1").arg(row + 1)));
        auto *check = new QStandardItem;
        check->setCheckable(true);
        check->setCheckState(row == 1 ? Qt::Checked : Qt::Unchecked);
        checks.setItem(row, 1, check);
    }
    QVERIFY(XlsxTableExporter::exportModel(checks, f.path(QStringLiteral("checks.xlsx")),
                                           QStringLiteral("停机原因"))
                .ok());
    const QString checkSheet = unzipEntry(f.path(QStringLiteral("checks.xlsx")), SheetXml);
    for (int row = 0; row < checks.rowCount(); ++row) {
        const QString ref = columnLetter(1) + QString::number(row + 2);
        const auto [attributes, inner] = cellXml(checkSheet, ref);
        QVERIFY2(attributes.contains(QStringLiteral("t=\"b\"")), qPrintable(ref + attributes));
        QCOMPARE(inner, row == 1 ? QStringLiteral("<v>1</v>") : QStringLiteral("<v>0</v>"));
    }

    QVERIFY(XlsxTableExporter::exportModel(f.model, f.path(QStringLiteral("reasons.xlsx")),
                                           QStringLiteral("停机原因"))
                .ok());
    const QString sheet = unzipEntry(f.path(QStringLiteral("reasons.xlsx")), SheetXml);
    const int oeeClass =
        entitySpec(MasterDataKind::DowntimeReason).fieldIndex(QStringLiteral("oee_class"));
    QVERIFY(oeeClass > 0);
    const auto [attributes, inner] = cellXml(sheet, columnLetter(oeeClass) + QStringLiteral("2"));
    QVERIFY2(!attributes.contains(QStringLiteral("t=\"b\"")), qPrintable(attributes + inner));
}

void TstXlsxExport::exportsOnlyTheRowsTheFilterShows()
{
    Fixture f;
    MasterDataFilterProxy proxy;
    proxy.setSourceModel(&f.model);
    proxy.setSearchText(QStringLiteral("CNC"));
    QCOMPARE(proxy.rowCount(), 3);
    QVERIFY(XlsxTableExporter::exportModel(proxy, f.path(), QStringLiteral("设备")).ok());
    const QString sheet = unzipEntry(f.path(), SheetXml);
    QVERIFY(sheet.contains(QStringLiteral("<autoFilter ref=\"A1:G4\"")));
    QVERIFY(!cellXml(sheet, QStringLiteral("A4")).second.isEmpty());
    QVERIFY(cellXml(sheet, QStringLiteral("A5")).second.isEmpty());
    QVERIFY(!sheet.contains(QStringLiteral("200吨冲床")));
}

void TstXlsxExport::missingFolderFailsWithMessage()
{
    Fixture f;
    const QString target = f.dir.filePath(QStringLiteral("no/such/folder/machines.xlsx"));
    const Outcome exported =
        XlsxTableExporter::exportModel(f.model, target, QStringLiteral("设备"));
    QVERIFY(!exported.ok());
    QVERIFY2(exported.error().contains(QStringLiteral("machines.xlsx")),
             qPrintable(exported.error()));
    QVERIFY(!QFileInfo::exists(f.dir.filePath(QStringLiteral("no"))));
}

void TstXlsxExport::failedExportKeepsTheEarlierFile()
{
    Fixture f;
    QVERIFY(XlsxTableExporter::exportModel(f.model, f.path(), QStringLiteral("设备")).ok());
    const QByteArray earlier = fileHash(f.path());
    QVERIFY(!earlier.isEmpty());

    // The temporary file cannot be written (a folder is in its way), so this export fails.
    QVERIFY(QDir().mkpath(f.path() + QStringLiteral(".part")));
    QVERIFY(f.model.setData(f.model.index(0, 1), QStringLiteral("改名")));
    const Outcome exported =
        XlsxTableExporter::exportModel(f.model, f.path(), QStringLiteral("设备"));
    QVERIFY(!exported.ok());
    QVERIFY2(exported.error().contains(QStringLiteral("machines.xlsx")),
             qPrintable(exported.error()));
    QCOMPARE(fileHash(f.path()), earlier);
    QVERIFY(unzipEntry(f.path(), SheetXml).contains(QStringLiteral("装配线 A")));
}

void TstXlsxExport::exportingTwiceReplacesTheFile()
{
    Fixture f;
    QVERIFY(XlsxTableExporter::exportModel(f.model, f.path(), QStringLiteral("设备")).ok());
    QVERIFY(f.model.setData(f.model.index(0, 1), QStringLiteral("装配线 甲")));
    const Outcome again =
        XlsxTableExporter::exportModel(f.model, f.path(), QStringLiteral("Machines"));
    QVERIFY2(again.ok(), qPrintable(again.error()));

    const QString workbook = unzipEntry(f.path(), WorkbookXml);
    QVERIFY(workbook.contains(QStringLiteral("name=\"Machines\"")));
    QVERIFY(!workbook.contains(QStringLiteral("设备")));
    const QString sheet = unzipEntry(f.path(), SheetXml);
    QVERIFY(sheet.contains(QStringLiteral("装配线 甲")));
    QVERIFY(!sheet.contains(QStringLiteral("装配线 A<")));
    QVERIFY(!QFileInfo::exists(f.path() + QStringLiteral(".part")));
}

void TstXlsxExport::safeSheetNameFollowsExcelRules()
{
    QCOMPARE(XlsxTableExporter::safeSheetName(QStringLiteral("a/b:c*")), QStringLiteral("a_b_c_"));
    QCOMPARE(XlsxTableExporter::safeSheetName(QStringLiteral("[x]?\\")), QStringLiteral("_x___"));
    const QString forty(40, QLatin1Char('x'));
    QCOMPARE(XlsxTableExporter::safeSheetName(forty).size(), 31);
    QCOMPARE(XlsxTableExporter::safeSheetName(forty), forty.left(31));
    QCOMPARE(XlsxTableExporter::safeSheetName(QStringLiteral("设备")), QStringLiteral("设备"));
    QVERIFY(!XlsxTableExporter::safeSheetName(QStringLiteral("  ")).isEmpty());
}

QTEST_MAIN(TstXlsxExport)
#include "tst_xlsxexport.moc"
