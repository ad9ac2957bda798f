// What the Reports and Traceability pages export, written by the models layer alone, as a
// headless command (`taktline report`, `taktline trace`) will: this test links no QtWidgets.
#include "io/tracereportdocument.h"
#include "io/traceworkbook.h"
#include "io/wageworkbook.h"
#include "item/reports/wagelinesmodel.h"
#include "item/reports/wagetotalsmodel.h"
#include "item/trace/tracetext.h"
#include "services/planning/workorderservice.h"
#include "services/trace/tracelookup.h"
#include "testworkspace.h"

#include <QFile>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Taktline;

class TstHeadlessExports : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void traceWorkbookHasOneRowPerNode();
    void traceReportIsAPdfWithItsPages();
    void wageWorkbookWritesTotalsAndLines();

private:
    static QByteArray contents(const QString &path);

    std::unique_ptr<TestWorkspace> m_workspace;
    TraceNode m_trace;
};

QByteArray TstHeadlessExports::contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TstHeadlessExports::initTestCase()
{
    QVERIFY(!qApp->inherits("QApplication")); // no widgets here
    m_workspace = std::make_unique<TestWorkspace>(TestWorkspace::SignIn::Owner, true);
    WorkOrderFilter started;
    started.states = {WorkOrderState::InProgress, WorkOrderState::Completed};
    const Result<QList<WorkOrderListRow>> orders =
        m_workspace->get()->workOrders()->page(started, 0, 1);
    QVERIFY2(orders && !orders.value().isEmpty(), "the demo factory has a started work order");
    Result<TraceNode> trace = TraceLookup(m_workspace->get()).trace(orders.value().first().number);
    QVERIFY2(trace, qPrintable(trace.error()));
    m_trace = std::move(trace).value();
    QVERIFY(!m_trace.children.isEmpty());
}

void TstHeadlessExports::traceWorkbookHasOneRowPerNode()
{
    QStandardItemModel table;
    TraceWorkbook::fill(table, m_trace);
    QCOMPARE(table.rowCount(), int(TraceText::rows(m_trace).size()));
    QCOMPARE(table.index(0, TraceWorkbook::CodeColumn).data().toString(), m_trace.code);
    QCOMPARE(table.index(0, TraceWorkbook::LevelColumn).data().toInt(), 0);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trace.xlsx"));
    const Outcome written = TraceWorkbook::write(m_trace, TraceDirection::Backward, path);
    QVERIFY2(written, qPrintable(written.error()));
    QVERIFY(contents(path).startsWith("PK")); // a zip: an .xlsx workbook
}

void TstHeadlessExports::traceReportIsAPdfWithItsPages()
{
    const TraceReportDocument report(m_trace, TraceDirection::Backward,
                                     QStringLiteral("精工五金制品厂"));
    QVERIFY(report.pageCount() >= 1);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trace.pdf"));
    const Outcome written = report.writePdf(path);
    QVERIFY2(written, qPrintable(written.error()));
    const QByteArray pdf = contents(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    const auto pages =
        QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)")));
    QCOMPARE(pages, report.pageCount());
}

void TstHeadlessExports::wageWorkbookWritesTotalsAndLines()
{
    WageTotalsModel totals;
    totals.setRows({{{QStringLiteral("e1"), 150, 120.0, 0, 0},
                     QStringLiteral("E001"),
                     QStringLiteral("王建国"),
                     QStringLiteral("A")}});
    WageLinesModel lines;
    WageLine line;
    line.employeeId = QStringLiteral("e1");
    line.workOrderNumber = QStringLiteral("WO-20261110-0001");
    line.operationName = QStringLiteral("车削");
    line.good = 150;
    line.rate = 0.8;
    line.hasRate = true;
    line.amount = 120;
    lines.setLines({line},
                   {{QStringLiteral("e1"), {QStringLiteral("E001"), QStringLiteral("王建国")}}});

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("工资 2026-11.xlsx"));
    const Outcome written =
        WageWorkbook::write(totals, totals.grandTotal(), lines, QStringLiteral("2026-11"), path);
    QVERIFY2(written, qPrintable(written.error()));
    QVERIFY(contents(path).startsWith("PK"));
    QVERIFY(contents(WageWorkbook::linesPath(path)).startsWith("PK"));
}

QTEST_MAIN(TstHeadlessExports)
#include "tst_headlessexports.moc"
