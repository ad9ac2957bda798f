// The command line cannot destroy a factory file: an unknown command opens nothing, --out never
// writes over a database or in the wrong format, and screenshot renders a real factory's pages
// only for someone who can sign in.
#include "services/access/authservice.h"
#include "testworkspace.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Taktline;
using namespace Qt::StringLiterals;

namespace {

const QString OwnerPassword = QStringLiteral("factory-owner-2026");

struct Run
{
    int exitCode = -1;
    bool crashed = true;
    QString output; // stdout and stderr
};

// Runs the built taktline with ARGS in FOLDER, with its data and home folders inside FOLDER and,
// when NO_DISPLAY, nothing telling Qt where to draw.
Run taktline(const QStringList &args, const QString &folder, bool noDisplay = false)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), folder);
    env.insert(QStringLiteral("XDG_DATA_HOME"), folder + QStringLiteral("/data"));
    if (noDisplay) {
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
    }
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(folder);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(TAKTLINE_EXECUTABLE), args);
    Run run;
    if (!process.waitForFinished(-1))
        return run;
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.output = QString::fromLocal8Bit(process.readAll());
    return run;
}

// Every file under FOLDER, relative to it.
QStringList filesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(folder).relativeFilePath(it.next()));
    return files;
}

// A small SQLite database at PATH, closed again; returns its bytes.
QByteArray makeDatabase(const QString &path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("maker"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("CREATE TABLE reports (good INTEGER)"));
            query.exec(QStringLiteral("INSERT INTO reports VALUES (240)"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("maker"));
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

#define QVERIFY_RUN(run, code)                                                                    \
    do {                                                                                          \
        QVERIFY2(!(run).crashed, qPrintable((run).output));                                       \
        QVERIFY2((run).exitCode == (code),                                                        \
                 qPrintable(QStringLiteral("exit %1: %2").arg((run).exitCode).arg((run).output))); \
    } while (false)

} // namespace

class TstCommandSafety : public QObject
{
    Q_OBJECT

private slots:
    void unknownCommandOpensNothing_data();
    void unknownCommandOpensNothing();
    void commandsMakeNoFactoryFromATypo_data();
    void commandsMakeNoFactoryFromATypo();
    void screenshotKeepsADatabaseGivenAsOut();
    void outRefusesADatabaseWhateverItsName_data();
    void outRefusesADatabaseWhateverItsName();
    void outRefusesTheWrongExtension_data();
    void outRefusesTheWrongExtension();
    void screenshotOfARealFactoryNeedsItsPassword();
    void screenshotOfTheDemoNeedsNoPassword();
};

void TstCommandSafety::unknownCommandOpensNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("typo of workorders") << QStringList{QStringLiteral("workorder")};
    QTest::newRow("foo") << QStringList{QStringLiteral("foo")};
    QTest::newRow("stray argument after --db")
        << QStringList{QStringLiteral("--db"), QStringLiteral("x.sqlite"), QStringLiteral("foo")};
}

void TstCommandSafety::unknownCommandOpensNothing()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    const Run run = taktline(args, dir.path(), true);
    QVERIFY_RUN(run, 2);
    QVERIFY2(run.output.contains(QStringLiteral("unknown command")), qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral("workorders")) &&
                 run.output.contains(QStringLiteral("screenshot")),
             qPrintable(run.output)); // the usage lists the commands
    QCOMPARE(filesUnder(dir.path()), QStringList()); // no default database, no x.sqlite
}

void TstCommandSafety::commandsMakeNoFactoryFromATypo_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("database"); // relative to the test's folder
    QTest::addColumn<bool>("emptyFile");
    const QStringList list{QStringLiteral("workorders")};
    const QStringList trace{QStringLiteral("trace"), QStringLiteral("WO-20261123-0001")};
    QTest::newRow("list, missing folder") << list << u"no-such-folder/factory.sqlite"_s << false;
    QTest::newRow("list, missing file") << list << u"factroy.sqlite"_s << false;
    QTest::newRow("list, empty file") << list << u"empty.sqlite"_s << true;
    QTest::newRow("trace, missing folder") << trace << u"no-such-folder/factory.sqlite"_s << false;
    QTest::newRow("trace, empty file") << trace << u"empty.sqlite"_s << true;
    // The factory file is read before the server is asked anything (this server does not exist).
    const QStringList addDevice{u"cloud"_s,  u"add-device"_s, u"tablet"_s,      u"--host"_s,
                                u"127.0.0.1"_s, u"--port"_s,  u"1"_s,           u"--dbname"_s,
                                u"taktline"_s,  u"--user"_s,  u"admin"_s,       u"--password-env"_s,
                                u"PATH"_s,      u"--tls"_s,   u"disable"_s};
    QTest::newRow("cloud add-device, missing file") << addDevice << u"factroy.sqlite"_s << false;
    QTest::newRow("cloud add-device, empty file") << addDevice << u"empty.sqlite"_s << true;
}

// A mistyped --db is refused with a message; no folder, file or factory appears, and an empty
// file stays empty (a command reads a factory, it never makes one).
void TstCommandSafety::commandsMakeNoFactoryFromATypo()
{
    QFETCH(QStringList, command);
    QFETCH(QString, database);
    QFETCH(bool, emptyFile);
    QTemporaryDir dir;
    const QString path = dir.filePath(database);
    if (emptyFile) {
        QFile empty(path);
        QVERIFY(empty.open(QIODevice::WriteOnly));
    }
    const QStringList before = filesUnder(dir.path());
    const Run run = taktline(command + QStringList{QStringLiteral("--db"), path}, dir.path());
    QVERIFY2(!run.crashed && run.exitCode != 0, qPrintable(run.output));
    QVERIFY2(!run.output.trimmed().isEmpty(), "no message");
    QCOMPARE(filesUnder(dir.path()), before);
    QCOMPARE(QFileInfo(path).size(), qint64(0));
}

// The "overwrite the database with a PNG and exit 0".
void TstCommandSafety::screenshotKeepsADatabaseGivenAsOut()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("factory.sqlite"));
    const QByteArray before = makeDatabase(path);
    QVERIFY(before.startsWith("SQLite format 3"));
    const Run run = taktline({QStringLiteral("screenshot"), QStringLiteral("dashboard"),
                              QStringLiteral("--out"), path},
                             dir.path());
    QVERIFY(run.exitCode != 0);
    QVERIFY_RUN(run, 2);
    QVERIFY2(run.output.contains(QStringLiteral("database")), qPrintable(run.output));
    QCOMPARE(bytesOf(path), before);
    // The --db file itself, too.
    const Run same = taktline({QStringLiteral("screenshot"), QStringLiteral("dashboard"),
                               QStringLiteral("--db"), path, QStringLiteral("--out"), path},
                              dir.path());
    QVERIFY_RUN(same, 2);
    QVERIFY2(same.output.contains(QStringLiteral("--db")), qPrintable(same.output));
    QCOMPARE(bytesOf(path), before);
}

void TstCommandSafety::outRefusesADatabaseWhateverItsName_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("out");
    QTest::newRow("screenshot")
        << QStringList{QStringLiteral("screenshot"), QStringLiteral("dashboard")}
        << QStringLiteral("backup.png");
    QTest::newRow("label png") << QStringList{QStringLiteral("label"), QStringLiteral("LOT:L2611-42")}
                               << QStringLiteral("backup.png");
    QTest::newRow("label zpl") << QStringList{QStringLiteral("label"), QStringLiteral("LOT:L2611-42")}
                               << QStringLiteral("backup.zpl");
    QTest::newRow("label pdf") << QStringList{QStringLiteral("label"), QStringLiteral("LOT:L2611-42")}
                               << QStringLiteral("backup.pdf");
    QTest::newRow("identifiers")
        << QStringList{QStringLiteral("identifiers"), QStringLiteral("--from"),
                       QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30")}
        << QStringLiteral("backup.csv");
}

void TstCommandSafety::outRefusesADatabaseWhateverItsName()
{
    QFETCH(QStringList, args);
    QFETCH(QString, out);
    QTemporaryDir dir;
    const QString path = dir.filePath(out);
    const QByteArray before = makeDatabase(path);
    const Run run = taktline(args + QStringList{QStringLiteral("--out"), path}, dir.path());
    QVERIFY_RUN(run, 2);
    QVERIFY2(run.output.contains(QStringLiteral("database")), qPrintable(run.output));
    QCOMPARE(bytesOf(path), before);
}

void TstCommandSafety::outRefusesTheWrongExtension_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("out");
    QTest::newRow("screenshot as jpg")
        << QStringList{QStringLiteral("screenshot"), QStringLiteral("dashboard")}
        << QStringLiteral("shot.jpg");
    QTest::newRow("screenshot without extension")
        << QStringList{QStringLiteral("screenshot"), QStringLiteral("dashboard")}
        << QStringLiteral("shot");
    QTest::newRow("screenshot over a text file")
        << QStringList{QStringLiteral("screenshot"), QStringLiteral("dashboard")}
        << QStringLiteral("notes.txt");
}

void TstCommandSafety::outRefusesTheWrongExtension()
{
    QFETCH(QStringList, args);
    QFETCH(QString, out);
    QTemporaryDir dir;
    const QString path = dir.filePath(out);
    if (out == QLatin1String("notes.txt")) {
        QFile notes(path);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("shift notes\n");
    }
    const QByteArray before = bytesOf(path);
    const Run run = taktline(args + QStringList{QStringLiteral("--out"), path}, dir.path());
    QVERIFY_RUN(run, 2);
    QVERIFY2(run.output.contains(QStringLiteral(".png")), qPrintable(run.output));
    QCOMPARE(bytesOf(path), before);
    QCOMPARE(QFileInfo::exists(path), !before.isEmpty());
}

void TstCommandSafety::screenshotOfARealFactoryNeedsItsPassword()
{
    TestWorkspace factory(TestWorkspace::SignIn::None);
    QVERIFY(factory->auth()->createOwner(QStringLiteral("liu"), QStringLiteral("Liu"), OwnerPassword,
                                        OwnerPassword));
    factory->auth()->signOut();
    const QString shot = QDir(factory.dirPath()).filePath(QStringLiteral("shot.png"));
    const QStringList render{QStringLiteral("screenshot"), QStringLiteral("reports/wages"),
                             QStringLiteral("--db"),       factory.path(),
                             QStringLiteral("--out"),      shot};

    const Run asOwner = taktline(render + QStringList{QStringLiteral("--role"), QStringLiteral("owner")},
                                 factory.dirPath());
    QVERIFY_RUN(asOwner, 2);
    QVERIFY2(asOwner.output.contains(QStringLiteral("--password")), qPrintable(asOwner.output));
    QVERIFY(!QFileInfo::exists(shot));

    const Run wrongPassword = taktline(render + QStringList{QStringLiteral("--user"), QStringLiteral("liu"),
                                                            QStringLiteral("--password"),
                                                            QStringLiteral("guess-1234")},
                                       factory.dirPath());
    QVERIFY_RUN(wrongPassword, 2);
    QVERIFY(!QFileInfo::exists(shot));

    const Run otherRole = taktline(render + QStringList{QStringLiteral("--user"), QStringLiteral("liu"),
                                                        QStringLiteral("--password"), OwnerPassword,
                                                        QStringLiteral("--role"),
                                                        QStringLiteral("operator")},
                                   factory.dirPath());
    QVERIFY_RUN(otherRole, 2);
    QVERIFY(!QFileInfo::exists(shot));

    const Run signedIn = taktline(render + QStringList{QStringLiteral("--user"), QStringLiteral("liu"),
                                                       QStringLiteral("--password"), OwnerPassword},
                                  factory.dirPath());
    QVERIFY_RUN(signedIn, 0);
    QVERIFY(bytesOf(shot).startsWith("\x89PNG"));
}

// The demo's own file keeps rendering for any role, as docs/retake-screenshots.sh does.
void TstCommandSafety::screenshotOfTheDemoNeedsNoPassword()
{
    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.sqlite"));
    const QString shot = dir.filePath(QStringLiteral("shot.png"));
    const Run built = taktline({QStringLiteral("demo"), QStringLiteral("--db"), demo,
                                QStringLiteral("--days"), QStringLiteral("2"),
                                QStringLiteral("--work-orders"), QStringLiteral("5")},
                               dir.path());
    QVERIFY_RUN(built, 0);
    const Run rendered = taktline({QStringLiteral("screenshot"), QStringLiteral("dashboard"),
                                   QStringLiteral("--db"), demo, QStringLiteral("--role"),
                                   QStringLiteral("planner"), QStringLiteral("--out"), shot},
                                  dir.path());
    QVERIFY_RUN(rendered, 0);
    QVERIFY(bytesOf(shot).startsWith("\x89PNG"));
}

QTEST_GUILESS_MAIN(TstCommandSafety)
#include "tst_commandsafety.moc"
