#include "appidentity.h"
#include "backupcommand.h"
#include "commandoptions.h"
#include "democommand.h"
#include "guicommand.h"
#include "identifierscommand.h"
#include "labelcommand.h"
#include "screenshotcommand.h"
#include "stationcommand.h"
#include "tracecommand.h"
#include "verifycommand.h"
#include "workorderscommand.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

#ifdef Q_OS_WIN
#include <windows.h>

#include <cstdio>
#endif

using namespace Taktline;

int main(int argc, char *argv[])
{
#ifdef Q_OS_WIN
    // The executable is a GUI program; a command started from a console still prints there.
    if (argc > 1 && AttachConsole(ATTACH_PARENT_PROCESS)) {
        std::freopen("CONOUT$", "w", stdout);
        std::freopen("CONOUT$", "w", stderr);
    }
#endif
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    // Headless commands need no display; the screenshot and labels (which need fonts, so a
    // GUI application) render offscreen unless told otherwise.
    if ((command == QLatin1String("screenshot") || command == QLatin1String("label")) &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Asking for help or the version prints and stops: no display needed, whatever the command.
    bool asksForHelp = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        asksForHelp = asksForHelp || arg == "-h" || arg == "--help" || arg == "--help-all"
            || arg == "-v" || arg == "--version";
    }
    // The GUI runs when the first argument is an option or absent; anything else must be a
    // command. A typo or a bad option says so and stops, with no display and no database.
    const bool gui = command.isEmpty() || command.startsWith(u'-');
    const bool unknown = !gui && !commandNames().contains(command);
    QStringList rawArgs;
    for (int i = 0; i < argc; ++i)
        rawArgs.append(QString::fromLocal8Bit(argv[i]));
    const bool badGuiArgs = gui && !guiArgumentsError(rawArgs).isEmpty();
    std::unique_ptr<QCoreApplication> app;
    const bool headless = asksForHelp || unknown || badGuiArgs || command == QLatin1String("demo")
        || command == QLatin1String("workorders") || command == QLatin1String("trace")
        || command == QLatin1String("identifiers") || command == QLatin1String("backup")
        || command == QLatin1String("restore") || command == QLatin1String("verify");
    if (headless)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    setApplicationIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral("taktline")); // Wayland finds the icon

    const QStringList args = QCoreApplication::arguments();
    if (unknown)
        return runUnknownCommand(command);
    if (command == QLatin1String("demo"))
        return runDemoCommand(commandArguments(args, command));
    if (command == QLatin1String("workorders"))
        return runWorkOrdersCommand(commandArguments(args, command));
    if (command == QLatin1String("trace"))
        return runTraceCommand(commandArguments(args, command));
    if (command == QLatin1String("identifiers"))
        return runIdentifiersCommand(commandArguments(args, command));
    if (command == QLatin1String("backup"))
        return runBackupCommand(commandArguments(args, command));
    if (command == QLatin1String("restore"))
        return runRestoreCommand(commandArguments(args, command));
    if (command == QLatin1String("verify"))
        return runVerifyCommand(commandArguments(args, command));
    if (command == QLatin1String("label"))
        return runLabelCommand(commandArguments(args, command));
    if (command == QLatin1String("screenshot"))
        return runScreenshotCommand(commandArguments(args, command));
    if (command == QLatin1String("station"))
        return runStationCommand(commandArguments(args, command));
    return runGuiCommand(args);
}
