#include "boardcommand.h"

#include "appidentity.h"
#include "board/boardwindow.h"
#include "commandoptions.h"
#include "common/languagemanager.h"
#include "common/theme.h"
#include "services/board/boardservice.h"
#include "services/sync/synccontroller.h"
#include "services/workspace.h"

#include <QApplication>
#include <QDir>

namespace Taktline {

int runBoardCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Taktline::BoardCommand",
        "Opens the wall board (车间看板) full screen for a TV on the shop floor: the machines, "
        "output per hour against target, today's orders and what is late, the open andon calls. "
        "Nobody signs in and nothing can be changed from it; it shows new facts as they arrive."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("db"),
         QCoreApplication::translate("Taktline::BoardCommand",
                                     "The factory database (default: %1).")
             .arg(QDir::toNativeSeparators(defaultDatabasePath())),
         QStringLiteral("path")},
        {QStringLiteral("workshop"),
         QCoreApplication::translate("Taktline::BoardCommand",
                                     "Show only the machines of this workshop."),
         QStringLiteral("name")},
        {QStringLiteral("pages"),
         QCoreApplication::translate(
             "Taktline::BoardCommand",
             "The pages to turn through, in order (default: machines,hourly,orders,andon)."),
         QStringLiteral("list")},
        {QStringLiteral("seconds"),
         QCoreApplication::translate("Taktline::BoardCommand",
                                     "Seconds each page stays (default 15)."),
         QStringLiteral("n")},
    });
    if (std::optional<int> exit = parseOrExit(parser, args))
        return *exit;
    QString error;
    const std::optional<int> seconds = intOption(parser, QStringLiteral("seconds"), 3, 15, &error);
    if (!seconds) {
        printError(error);
        return 2;
    }
    const std::optional<QList<BoardWindow::PageKind>> pages =
        parser.isSet(QStringLiteral("pages"))
            ? BoardWindow::pagesFromText(parser.value(QStringLiteral("pages")), &error)
            : std::optional(BoardWindow::allPages());
    if (!pages) {
        printError(error);
        return 2;
    }

    LanguageManager language;
    language.apply(LanguageManager::storedLanguage());
    applyTheme(*qApp);
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : defaultDatabasePath();
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(path, Database::IfMissing::Refuse);
    if (!opened) {
        printError(opened.error());
        return 1;
    }
    Workspace *workspace = opened.value().get(); // nobody signs in: every change is refused
    BoardService board(workspace, parser.value(QStringLiteral("workshop")).trimmed());
    if (Outcome locked = board.lockReadOnly(); !locked) {
        printError(locked.error());
        return 1;
    }
    if (Outcome loaded = board.load(); !loaded) {
        printError(loaded.error());
        return 1;
    }
    BoardWindow window(&board, *pages, *seconds);
    board.start();
    workspace->sync()->start(); // other devices' facts reach the board as they sync
    window.showFullScreen();
    return QApplication::exec();
}

} // namespace Taktline
