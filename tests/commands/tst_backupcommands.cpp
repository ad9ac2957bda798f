// `taktline backup`, `backup --verify` and `restore` from the command line: the exit codes a
// script relies on, passphrases only from the environment, a tampered backup refused with the
// factory file unchanged.
#include "filebytes.h"
#include "services/masterdata/settingsservice.h"
#include "testworkspace.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Taktline;

namespace {

struct Run
{
    int exitCode = -1;
    QString output; // stdout and stderr
};

Run taktline(const QStringList &args, const QString &folder,
             const QHash<QString, QString> &extra = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), folder);
    env.insert(QStringLiteral("XDG_DATA_HOME"), folder + QStringLiteral("/data"));
    for (auto it = extra.begin(); it != extra.end(); ++it)
        env.insert(it.key(), it.value());
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(folder);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(TAKTLINE_EXECUTABLE), args);
    process.closeWriteChannel(); // no terminal: nothing can be typed
    Run run;
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.output = QString::fromLocal8Bit(process.readAll());
    return run;
}

// The backup file a run printed ("File: …").
QString printedFile(const Run &run)
{
    static const QRegularExpression file(QStringLiteral("File: +(\\S+\\.tlbak)"));
    return file.match(run.output).captured(1);
}

void flipByte(const QString &path, qint64 at)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.seek(at);
    char byte = 0;
    file.getChar(&byte);
    file.seek(at);
    file.putChar(char(byte ^ 1));
}

} // namespace

class TstBackupCommands : public QObject
{
    Q_OBJECT
private slots:
    void backupVerifyRestore();
    void encryptedNeedsThePassphraseFromTheEnvironment();
    void refusesWithoutAFolderOrAFile();
};

void TstBackupCommands::backupVerifyRestore()
{
    TestWorkspace ws;
    QVERIFY(ws->settings()->setFactoryName(QStringLiteral("备份之前")));
    const QString out = ws.dirPath() + QStringLiteral("/out");
    QDir().mkpath(out);
    const Run backup = taktline(
        {QStringLiteral("backup"), QStringLiteral("--db"), ws.path(), QStringLiteral("--out"), out},
        ws.dirPath());
    QCOMPARE(backup.exitCode, 0);
    const QString file = printedFile(backup);
    QVERIFY2(QFileInfo(file).isFile(), qPrintable(backup.output));
    QVERIFY(backup.output.contains(QStringLiteral("备份之前")));

    const Run verified =
        taktline({QStringLiteral("backup"), QStringLiteral("--verify"), file}, ws.dirPath());
    QCOMPARE(verified.exitCode, 0);
    QVERIFY(verified.output.contains(QStringLiteral("Good")));

    QVERIFY(ws->settings()->setFactoryName(QStringLiteral("备份之后")));
    ws.close();
    const Run restored = taktline(
        {QStringLiteral("restore"), file, QStringLiteral("--db"), ws.path()}, ws.dirPath());
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.output));
    QVERIFY(restored.output.contains(QStringLiteral("before-restore.tlbak")));
    QVERIFY(restored.output.contains(QStringLiteral("备份之后"))); // what the safety copy holds
    ws.reopen();
    QCOMPARE(ws->settings()->factoryName(), QStringLiteral("备份之前"));
    ws.close();

    flipByte(file, 3000);
    const Run tampered =
        taktline({QStringLiteral("backup"), QStringLiteral("--verify"), file}, ws.dirPath());
    QCOMPARE(tampered.exitCode, 1);
    QVERIFY(tampered.output.contains(QStringLiteral("Modified")));
    const QByteArray live = FileBytes::fileHash(ws.path());
    const Run refused = taktline(
        {QStringLiteral("restore"), file, QStringLiteral("--db"), ws.path()}, ws.dirPath());
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(FileBytes::fileHash(ws.path()), live);
}

void TstBackupCommands::encryptedNeedsThePassphraseFromTheEnvironment()
{
    TestWorkspace ws;
    const QString out = ws.dirPath() + QStringLiteral("/out");
    QDir().mkpath(out);
    const QHash<QString, QString> env{{QStringLiteral("TL_PASS"), QStringLiteral("long enough 8")},
                                      {QStringLiteral("TL_WRONG"), QStringLiteral("not the one")}};
    // A passphrase on the command line is not an option at all.
    QCOMPARE(taktline({QStringLiteral("backup"), QStringLiteral("--db"), ws.path(),
                       QStringLiteral("--out"), out, QStringLiteral("--passphrase"),
                       QStringLiteral("x")},
                      ws.dirPath())
                 .exitCode,
             2);
    const Run backup = taktline({QStringLiteral("backup"), QStringLiteral("--db"), ws.path(),
                                 QStringLiteral("--out"), out, QStringLiteral("--passphrase-env"),
                                 QStringLiteral("TL_PASS")},
                                ws.dirPath(), env);
    QCOMPARE(backup.exitCode, 0);
    QVERIFY(backup.output.contains(QStringLiteral("encrypted")));
    const QString file = printedFile(backup);
    {
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.readAll().contains("SQLite format 3")); // nothing readable without the key
    }
    const QStringList verify{QStringLiteral("backup"), QStringLiteral("--verify"), file};
    QCOMPARE(taktline(verify, ws.dirPath()).exitCode, 1); // no terminal to ask on
    QCOMPARE(taktline(verify + QStringList{QStringLiteral("--passphrase-env"),
                                           QStringLiteral("TL_WRONG")},
                      ws.dirPath(), env)
                 .exitCode,
             1);
    QCOMPARE(taktline(verify + QStringList{QStringLiteral("--passphrase-env"),
                                           QStringLiteral("TL_PASS")},
                      ws.dirPath(), env)
                 .exitCode,
             0);
    ws.close();
    const QByteArray live = FileBytes::fileHash(ws.path());
    QCOMPARE(taktline({QStringLiteral("restore"), file, QStringLiteral("--db"), ws.path(),
                       QStringLiteral("--passphrase-env"), QStringLiteral("TL_WRONG")},
                      ws.dirPath(), env)
                 .exitCode,
             1);
    QCOMPARE(FileBytes::fileHash(ws.path()), live);
    QCOMPARE(taktline({QStringLiteral("restore"), file, QStringLiteral("--db"), ws.path(),
                       QStringLiteral("--passphrase-env"), QStringLiteral("TL_PASS")},
                      ws.dirPath(), env)
                 .exitCode,
             0);
}

void TstBackupCommands::refusesWithoutAFolderOrAFile()
{
    TestWorkspace ws;
    ws.close();
    const Run noFolder =
        taktline({QStringLiteral("backup"), QStringLiteral("--db"), ws.path()}, ws.dirPath());
    QCOMPARE(noFolder.exitCode, 1);
    QVERIFY(noFolder.output.contains(QStringLiteral("--out")));
    QCOMPARE(QDir(ws.dirPath()).entryList({QStringLiteral("*.tlbak")}, QDir::Files).size(), 0);
    QCOMPARE(taktline({QStringLiteral("restore"), QStringLiteral("--db"), ws.path()}, ws.dirPath())
                 .exitCode,
             2);
    const Run missing =
        taktline({QStringLiteral("restore"), ws.dirPath() + QStringLiteral("/none.tlbak"),
                  QStringLiteral("--db"), ws.path()},
                 ws.dirPath());
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(taktline({QStringLiteral("backup"), QStringLiteral("--verify"),
                       ws.dirPath() + QStringLiteral("/none.tlbak")},
                      ws.dirPath())
                 .exitCode,
             1);
}

QTEST_GUILESS_MAIN(TstBackupCommands)
#include "tst_backupcommands.moc"
