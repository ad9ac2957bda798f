// `taktline import` (issue 15): exit 0 when a file imports (or a dry run is clean), 1 with every
// problem listed as sheet!cell header "value": reason (or as JSON) and nothing written, 2 for bad
// usage; --dry-run writes nothing; --template writes a template without a display.
#include "../models/import/importtestfiles.h"
#include "headlessrun.h"
#include "testworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Taktline;
using namespace Taktline::ImportTestFiles;

class TstImportCommand : public QObject
{
    Q_OBJECT
private slots:
    void badUsageExitsTwo_data();
    void badUsageExitsTwo();
    void dryRunWritesNothingThenImports();
    void problemsAreListedAndNothingWritten();
    void jsonHasProblemsAndCounts();
    void chineseHeadersAreRecognised();
    void unreadableFileIsRefused();
    void templateIsWrittenHeadless();
};

namespace {

using Run = Test::HeadlessRun;

// `taktline import ARGS` run with no display at all, as a scheduled task would.
Run import(const QStringList &args)
{
    return Test::runHeadless(QStringLiteral(TAKTLINE_EXECUTABLE), QStringLiteral("import"), args);
}

// A factory on disk (closed, for the command to open) and a folder for the files.
struct Factory
{
    TestWorkspace ws{TestWorkspace::SignIn::Owner};
    QTemporaryDir dir;
    Factory() { ws.close(); }
    QString path(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }
    QString fingerprint()
    {
        ws.reopen();
        const QString print = masterFingerprint(*ws);
        ws.close();
        return print;
    }
    QStringList db() const { return {QStringLiteral("--db"), ws.path()}; }
};

void machines(const QString &path, const V &capacity)
{
    write(path, QStringLiteral("Machines"),
          {{"Machine code", "Name", "Workshop", "Parallel capacity"},
           {"CNC-1", "车床", "一车间", 1},
           {"CNC-2", "铣床", "一车间", capacity}});
}

} // namespace

void TstImportCommand::badUsageExitsTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no kind") << QStringList{};
    QTest::newRow("unknown kind") << QStringList{QStringLiteral("gadgets"),
                                                 QStringLiteral("x.xlsx")};
    QTest::newRow("no file") << QStringList{QStringLiteral("machines")};
    QTest::newRow("file and template")
        << QStringList{QStringLiteral("machines"), QStringLiteral("x.xlsx"),
                       QStringLiteral("--template"), QStringLiteral("t.xlsx")};
}

void TstImportCommand::badUsageExitsTwo()
{
    QFETCH(QStringList, args);
    Factory factory;
    const QString before = factory.fingerprint();
    const Run run = import(args + factory.db());
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QCOMPARE(factory.fingerprint(), before);
}

void TstImportCommand::dryRunWritesNothingThenImports()
{
    Factory factory;
    const QString file = factory.path("machines.xlsx");
    machines(file, 2);
    const QString before = factory.fingerprint();
    const Run dry = import(
        QStringList{QStringLiteral("machines"), file, QStringLiteral("--dry-run")} + factory.db());
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(
        dry.out.contains(QLatin1String("Dry run of 2 rows: 2 to add, 0 to change, 0 unchanged")),
        qPrintable(dry.out + dry.err));
    QCOMPARE(factory.fingerprint(), before);

    const Run done = import(QStringList{QStringLiteral("machines"), file} + factory.db());
    QCOMPARE(done.exitCode, 0);
    QVERIFY2(done.out.contains(QLatin1String("Imported 2 rows: 2 added")), qPrintable(done.out));
    QVERIFY(factory.fingerprint() != before);
    const Run again = import(QStringList{QStringLiteral("machines"), file} + factory.db());
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QLatin1String("0 added, 0 changed, 2 unchanged")),
             qPrintable(again.out));
}

void TstImportCommand::problemsAreListedAndNothingWritten()
{
    Factory factory;
    const QString file = factory.path("machines.xlsx");
    machines(file, -1);
    const QString before = factory.fingerprint();
    const QString errors = factory.path("errors.xlsx");
    const Run run =
        import(QStringList{QStringLiteral("machines"), file, QStringLiteral("--errors"), errors} +
               factory.db());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QLatin1String(
                 "Machines!D3 Parallel capacity \"-1\": Must be between 1 and 1000.")),
             qPrintable(run.out));
    QVERIFY(run.out.contains(QLatin1String("1 problem; nothing was imported.")));
    QCOMPARE(factory.fingerprint(), before);
    QVERIFY(QFile::exists(errors));
}

void TstImportCommand::jsonHasProblemsAndCounts()
{
    Factory factory;
    const QString file = factory.path("machines.xlsx");
    machines(file, 5000);
    const Run run = import(QStringList{QStringLiteral("machines"), file, QStringLiteral("--json")} +
                           factory.db());
    QCOMPARE(run.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("machines"));
    QCOMPARE(json.value(QStringLiteral("sheet")).toString(), QStringLiteral("Machines"));
    QCOMPARE(json.value(QStringLiteral("rows")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("imported")).toBool(), false);
    const QJsonArray problems = json.value(QStringLiteral("problems")).toArray();
    QCOMPARE(problems.size(), 1);
    const QJsonObject problem = problems.at(0).toObject();
    QCOMPARE(problem.keys(),
             QStringLiteral("column header reason row sheet value").split(QLatin1Char(' ')));
    QCOMPARE(problem.value(QStringLiteral("row")).toInt(), 3);
    QCOMPARE(problem.value(QStringLiteral("column")).toString(), QStringLiteral("D"));
    QCOMPARE(problem.value(QStringLiteral("value")).toString(), QStringLiteral("5000"));
    const QJsonObject counts = json.value(QStringLiteral("counts")).toObject();
    QCOMPARE(counts.keys(), QStringLiteral("added changed unchanged").split(QLatin1Char(' ')));

    machines(file, 3);
    const Run clean = import(QStringList{QStringLiteral("machines"), file, QStringLiteral("--json"),
                                         QStringLiteral("--dry-run")} +
                             factory.db());
    QCOMPARE(clean.exitCode, 0);
    const QJsonObject ok = QJsonDocument::fromJson(clean.out.toUtf8()).object();
    QVERIFY(ok.value(QStringLiteral("problems")).toArray().isEmpty());
    QCOMPARE(ok.value(QStringLiteral("dryRun")).toBool(), true);
    QCOMPARE(ok.value(QStringLiteral("counts")).toObject().value(QStringLiteral("added")).toInt(),
             2);
}

void TstImportCommand::chineseHeadersAreRecognised()
{
    // The command answers in English; the file's headers are the Chinese template's.
    Factory factory;
    const QString file = factory.path("设备.xlsx");
    write(file, QStringLiteral("设备"),
          {{"设备编号", " 名称 ", "车间", "并行产能"}, {"CNC-1", "车床", "一车间", 1}});
    const Run run = import(QStringList{QStringLiteral("machines"), file} + factory.db());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1String("Imported 1 row: 1 added")),
             qPrintable(run.out + run.err));

    // A problem names the column by the file's own header.
    write(file, QStringLiteral("设备"),
          {{"设备编号", "名称", "车间", "并行产能"}, {"CNC-2", "铣床", "一车间", 0}});
    const Run bad = import(QStringList{QStringLiteral("machines"), file} + factory.db());
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(
        bad.out.contains(QStringLiteral("设备!D2 并行产能 \"0\": Must be between 1 and 1000.")),
        qPrintable(bad.out));
}

void TstImportCommand::unreadableFileIsRefused()
{
    Factory factory;
    const QString file = factory.path("empty.xlsx");
    QFile empty(file);
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    const QString before = factory.fingerprint();
    const Run run = import(QStringList{QStringLiteral("products"), file} + factory.db());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("is empty")), qPrintable(run.err));
    const Run json = import(
        QStringList{QStringLiteral("products"), file, QStringLiteral("--json")} + factory.db());
    QCOMPARE(json.exitCode, 1);
    QVERIFY(QJsonDocument::fromJson(json.out.toUtf8()).object().contains(QStringLiteral("error")));
    QCOMPARE(factory.fingerprint(), before);
}

void TstImportCommand::templateIsWrittenHeadless()
{
    Factory factory;
    const QString out = factory.path("products-template.xlsx");
    const Run run = import(
        QStringList{QStringLiteral("products"), QStringLiteral("--template"), out} + factory.db());
    QCOMPARE(run.exitCode, 0);
    const Result<SheetBook> read = SheetReader::read(out);
    QVERIFY2(read.ok(), qPrintable(read.error()));
    QCOMPARE(read.value().sheets.at(0).name, QStringLiteral("Products"));
    QCOMPARE(read.value().sheets.at(0).cell(0, 0).text, QStringLiteral("Part No."));
    QCOMPARE(read.value().sheets.at(0).rowCount(), 2); // the header and the example
    QVERIFY(read.value().sheets.at(1).hidden);
    QVERIFY(read.value()
                .definedNames.value(QStringLiteral("TaktlineTemplate"))
                .contains(QLatin1String("products:1")));
}

QTEST_GUILESS_MAIN(TstImportCommand)
#include "tst_importcommand.moc"
