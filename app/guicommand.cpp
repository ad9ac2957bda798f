#include "guicommand.h"

#include "appidentity.h"
#include "commandoptions.h"
#include "common/languagemanager.h"
#include "common/theme.h"
#include "login/signinflow.h"
#include "services/access/authservice.h"
#include "services/chain/chaincheck.h"
#include "services/masterdata/settingsservice.h"
#include "services/planning/scheduleservice.h"
#include "services/workspace.h"
#include "shell/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>

#include <cstdio>

namespace Taktline {

namespace {

void addOptions(QCommandLineParser &parser, const QString &databaseHelp)
{
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), databaseHelp, QStringLiteral("path")});
    parser.addOption({QStringLiteral("new"),
                      QCoreApplication::translate("Taktline::GuiCommand",
                                                  "Set up a new factory if --db names no database yet.")});
}

QString strayArgumentError(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().isEmpty())
        return {};
    return QCoreApplication::translate("Taktline::GuiCommand", "unknown command '%1'.")
        .arg(parser.positionalArguments().constFirst());
}

} // namespace

QString guiArgumentsError(const QStringList &args)
{
    QCommandLineParser parser;
    addOptions(parser, QString());
    if (!parser.parse(args))
        return parser.errorText();
    return strayArgumentError(parser);
}

int runGuiCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Taktline::GuiCommand",
                                    "Taktline: work orders, machines and traceability for small factories.")
        + u'\n' + usageText());
    addOptions(parser, QCoreApplication::translate("Taktline::GuiCommand", "The factory database (default: %1).")
                           .arg(QDir::toNativeSeparators(defaultDatabasePath())));
    if (std::optional<int> exit = parseOrExit(parser, args))
        return *exit;
    if (const QString stray = strayArgumentError(parser); !stray.isEmpty()) {
        printError(stray);
        std::fprintf(stderr, "%s\n", usageText().toLocal8Bit().constData());
        return 2;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        printLine(QCoreApplication::applicationVersion());
        return 0;
    }

    LanguageManager language;
    language.apply(LanguageManager::storedLanguage());
    applyTheme(*qApp);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/taktline.svg")));

    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                          : defaultDatabasePath();
    // The default file on first start, or --new, is a new factory; a typed --db is not.
    const bool newAllowed = !parser.isSet(QStringLiteral("db")) || parser.isSet(QStringLiteral("new"));
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(
        path, newAllowed ? Database::IfMissing::Create : Database::IfMissing::Refuse);
    // A file another program holds may be free a moment later: the user can try again.
    while (!opened) {
        if (QMessageBox::critical(nullptr, QCoreApplication::translate("Taktline::GuiCommand", "Taktline cannot open the database"),
                                  opened.error(), QMessageBox::Retry | QMessageBox::Close)
            != QMessageBox::Retry)
            return 1;
        opened = Workspace::open(path, newAllowed ? Database::IfMissing::Create : Database::IfMissing::Refuse);
    }
    Workspace *workspace = opened.value().get();
    if (!SignInFlow::run(workspace, &language))
        return 0;
    // The plan starts from now: a factory opened in the morning sees today's plan, not the
    // one stored when it was last closed. A failure shows again on the dispatch board.
    workspace->schedule()->reschedule();

    MainWindow window(workspace, &language);
    window.chainCheck()->schedule(); // soon after the start, then daily
    QObject::connect(&window, &MainWindow::signOutRequested, &window, [&window, workspace, &language] {
        window.hide();
        workspace->auth()->signOut();
        if (SignInFlow::run(workspace, &language))
            window.show();
        else
            QCoreApplication::quit();
    });
    window.show();
    return QApplication::exec();
}

} // namespace Taktline
