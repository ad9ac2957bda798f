#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Taktline::Test {

// What a command of the built taktline printed and how it ended.
struct HeadlessRun
{
    int exitCode = -1; // -1: it crashed or did not finish
    QString out;
    QString err;
};

// Runs EXECUTABLE COMMAND ARGS with no display at all (no DISPLAY, WAYLAND_DISPLAY or
// QT_QPA_PLATFORM), in a UTF-8 locale, as a scheduled task or an SSH session would.
inline HeadlessRun runHeadless(const QString &executable, const QString &command,
                               const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(executable, QStringList{command} + args);
    HeadlessRun run;
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace Taktline::Test
