#include "appidentity.h"
#include "commandoptions.h"
#include "commandtable.h"
#include "guicommand.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTranslator>

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
    // The GUI runs when the first argument is an option or absent; anything else must be a
    // command. A typo or a bad option says so and stops, with no display and no database.
    const bool gui = command.isEmpty() || command.startsWith(u'-');
    const Command *known = gui ? nullptr : findCommand(command);
    const bool unknown = !gui && !known;
    // Renderers (the screenshot, labels: they need fonts, so a GUI application) draw offscreen
    // unless told otherwise.
    if (known && known->needs == Command::Needs::Offscreen &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Asking for help or the version prints and stops: no display needed, whatever the command.
    bool asksForHelp = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        asksForHelp = asksForHelp || arg == "-h" || arg == "--help" || arg == "--help-all"
            || arg == "-v" || arg == "--version";
    }
    QStringList rawArgs;
    for (int i = 0; i < argc; ++i)
        rawArgs.append(QString::fromLocal8Bit(argv[i]));
    const bool badGuiArgs = gui && !guiArgumentsError(rawArgs).isEmpty();
    std::unique_ptr<QCoreApplication> app;
    const bool headless = asksForHelp || unknown || badGuiArgs
        || (known && known->needs == Command::Needs::Nothing);
    if (headless)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    setApplicationIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral("taktline")); // Wayland finds the icon

    // Headless commands answer in English for scripts, with English plural forms ("1 device").
    QTranslator english;
    if (headless && english.load(QStringLiteral(":/i18n/taktline_en")))
        QCoreApplication::installTranslator(&english);

    const QStringList args = QCoreApplication::arguments();
    if (unknown)
        return runUnknownCommand(command);
    if (known)
        return known->run(commandArguments(args, command));
    return runGuiCommand(args);
}
