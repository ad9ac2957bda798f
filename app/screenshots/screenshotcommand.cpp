#include "screenshotcommand.h"

#include "boardshowcase.h"
#include "commandoptions.h"
#include "andonshowcase.h"
#include "conflictshowcase.h"
#include "importshowcase.h"
#include "placesshowcase.h"
#include "qualityshowcase.h"
#include "subcontractshowcase.h"
#include "dashboard/dashboardpage.h"
#include "common/languagemanager.h"
#include "common/theme.h"
#include "demo/demofactory.h"
#include "domain/masterdata/masterdataspecs.h"
#include "item/planning/workorderlistmodel.h"
#include "login/logindialog.h"
#include "station/andonpanel.h"
#include "login/ownersetupdialog.h"
#include "masterdata/masterdatapage.h"
#include "outputfile.h"
#include "pageshowcase.h"
#include "promiseshowcase.h"
#include "reports/reportspage.h"
#include "services/access/accesscontrol.h"
#include "services/access/authservice.h"
#include "services/access/factorysetup.h"
#include "services/backup/backupservice.h"
#include "services/board/boardservice.h"
#include "services/masterdata/masterdataservice.h"
#include "services/masterdata/settingsservice.h"
#include "services/planning/scheduleservice.h"
#include "services/station/reportingservice.h"
#include "services/station/stationpinservice.h"
#include "services/workspace.h"
#include "settings/settingspage.h"
#include "settings/syncpanel.h"
#include "shell/mainwindow.h"
#include "station/pinpad.h"
#include "station/quantitykeypad.h"
#include "station/stationpage.h"
#include "trace/traceabilitypage.h"
#include "traceshowcase.h"
#include "workorders/serialsdialog.h"
#include "workorders/workorderspage.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTimer>

namespace Taktline {

namespace {

void settle()
{
    // Lets deferred layouts, queued page rebuilds and polish events run before grabbing.
    for (int i = 0; i < 3; ++i) {
        QEventLoop loop;
        QTimer::singleShot(100, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

Outcome signInAs(Workspace &workspace, const QString &roleKeyText)
{
    const std::optional<Role> role = roleFromKey(roleKeyText);
    if (!role)
        return Outcome::failure(QCoreApplication::translate("Taktline::ScreenshotCommand", "Unknown role %1.").arg(roleKeyText));
    workspace.access()->signInAsSystem();
    const Result<QList<UserAccount>> users = workspace.auth()->users();
    workspace.access()->signOut();
    if (!users)
        return users.outcome();
    for (const UserAccount &user : users.value()) {
        if (user.role == *role && user.active)
            return workspace.auth()->signInWithoutPassword(user.username);
    }
    return Outcome::failure(QCoreApplication::translate("Taktline::ScreenshotCommand", "No active user has the role %1.")
                                .arg(roleKeyText));
}

// A real factory's pages show wages and users: only someone who can sign in may render them.
// The demo's own file (its settings say demo) and a fresh demo need no password.
Outcome signInToRender(Workspace &workspace, const QCommandLineParser &parser, bool demo)
{
    const QString role = parser.value(QStringLiteral("role"));
    if (!parser.isSet(QStringLiteral("user"))) {
        if (demo)
            return signInAs(workspace, role.isEmpty() ? QStringLiteral("owner") : role);
        return Outcome::failure(QCoreApplication::translate(
            "Taktline::ScreenshotCommand",
            "This database is a real factory, not the demo: give --user and --password of an "
            "account to render its pages as that person sees them."));
    }
    // The environment keeps the password out of the process list other users can read.
    const QString password = parser.isSet(QStringLiteral("password"))
                                 ? parser.value(QStringLiteral("password"))
                                 : qEnvironmentVariable("TAKTLINE_PASSWORD");
    if (Outcome signedIn = workspace.auth()->signIn(parser.value(QStringLiteral("user")), password);
        !signedIn)
        return signedIn;
    if (!role.isEmpty() && roleKey(workspace.access()->session()->role) != role) {
        workspace.access()->signOut();
        return Outcome::failure(QCoreApplication::translate(
            "Taktline::ScreenshotCommand", "%1 does not have the role %2.")
                                    .arg(parser.value(QStringLiteral("user")), role));
    }
    return Outcome::success();
}

// --new-factory: a factory just through its set-up, with its first machine.
Outcome setUpNewFactory(Workspace &workspace, const QString &language)
{
    const bool chinese = language == QLatin1String("zh_CN");
    FactorySetupInput input;
    input.factoryName = chinese ? QStringLiteral("宏达机械厂") : QStringLiteral("Hongda Machinery");
    input.timeZoneId = QByteArrayLiteral("Asia/Shanghai");
    input.weeklyDaysOff = {Qt::Sunday};
    input.username = QStringLiteral("owner");
    input.displayName = chinese ? QStringLiteral("刘厂长") : QStringLiteral("Liu");
    input.password = input.confirmation = DemoFactory::password();
    if (Outcome made = FactorySetup::run(&workspace, input); !made)
        return made;
    MasterRecord machine;
    machine.values = {{QStringLiteral("code"), QStringLiteral("CNC-01")},
                      {QStringLiteral("name"), chinese ? QStringLiteral("数控车床") : QStringLiteral("CNC lathe")},
                      {QStringLiteral("workshop"), chinese ? QStringLiteral("机加工车间") : QStringLiteral("Machining")}};
    return workspace.masterData()->create(MasterDataKind::Machine, machine).outcome();
}

// The demo's backups, in a folder of the scratch directory: yesterday's daily one and one taken
// by hand today, so Settings ▸ Backup shows a list and no page warns of a missing backup.
Outcome addDemoBackups(Workspace &workspace, const QString &folder)
{
    if (!QDir().mkpath(folder))
        return Outcome::failure(QStringLiteral("cannot create %1").arg(folder));
    workspace.access()->signInAsSystem();
    BackupService *backups = workspace.backups();
    BackupSettings settings = backups->settings();
    settings.folder = folder;
    if (Outcome set = backups->setSettings(settings); !set)
        return set;
    const Clock clock = workspace.clock();
    workspace.setClock(Clock::fixedAt(clock.nowMs() - 17 * 3600 * 1000));
    Result<BackupEntry> daily = backups->backupNow(BackupKind::Scheduled);
    workspace.setClock(clock);
    if (!daily)
        return daily.outcome();
    return backups->backupNow(BackupKind::Manual).outcome();
}

} // namespace

int runScreenshotCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Taktline::ScreenshotCommand", "Renders a page offscreen and saves it as PNG. PAGE is one of dashboard, "
                 "workorders, machines, station[/pin|/first-article], traceability, "
                 "quality[/due|/inspections|/nc|/spc|/plans], reports[/centre|/wages|/rates], "
                 "masterdata[/TAB], import (the import dialog with a dry run), "
                 "settings[/audit|/backup], sync, conflicts, login, setup (a new file's set-up), "
                 "board[/hourly|/orders|/andon] (the wall board, nobody signed in)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("page"), QCoreApplication::translate("Taktline::ScreenshotCommand", "The page."));
    parser.addOptions({
        {QStringLiteral("out"), QCoreApplication::translate("Taktline::ScreenshotCommand", "The PNG file to write."), QStringLiteral("file")},
        {QStringLiteral("lang"), QCoreApplication::translate("Taktline::ScreenshotCommand", "zh_CN or en (default en)."), QStringLiteral("lang")},
        {QStringLiteral("size"), QCoreApplication::translate("Taktline::ScreenshotCommand", "Window size (default 1280x800)."), QStringLiteral("WxH")},
        {QStringLiteral("db"), QCoreApplication::translate("Taktline::ScreenshotCommand", "Database (default: a fresh demo factory)."), QStringLiteral("path")},
        {QStringLiteral("role"), QCoreApplication::translate("Taktline::ScreenshotCommand", "Sign in with this role (default owner); without --user only for the demo."), QStringLiteral("role")},
        {QStringLiteral("user"), QCoreApplication::translate("Taktline::ScreenshotCommand", "Sign in as this user; a real factory's file needs it, with --password."), QStringLiteral("name")},
        {QStringLiteral("password"), QCoreApplication::translate("Taktline::ScreenshotCommand", "The password of --user (or set TAKTLINE_PASSWORD)."), QStringLiteral("password")},
        {QStringLiteral("new-factory"), QCoreApplication::translate("Taktline::ScreenshotCommand", "A factory just set up, with one machine, instead of the demo.")},
    });
    if (std::optional<int> exit = parseOrExit(parser, args))
        return *exit;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("out"))) {
        printError(QCoreApplication::translate("Taktline::ScreenshotCommand", "Usage: taktline screenshot PAGE --out FILE.png"));
        return 2;
    }
    const QString target = parser.positionalArguments().constFirst();
    // "sync" is Settings ▸ Sync.
    const bool syncTab = target == QLatin1String("sync");
    // "import" is the import dialog over Master data, with a dry run that found problems.
    const bool importScene = target == QLatin1String("import");
    const QString pageName = syncTab       ? QStringLiteral("settings")
                             : importScene ? QStringLiteral("masterdata")
                                           : target.section(QLatin1Char('/'), 0, 0);
    const QString tab = syncTab ? QStringLiteral("sync") : target.section(QLatin1Char('/'), 1);
    const std::optional<Page> page = pageFromKey(pageName);
    const bool setup = pageName == QLatin1String("setup");
    const bool wallBoard = pageName == QLatin1String("board");
    if (!page && pageName != QLatin1String("login") && !setup && !wallBoard) {
        printError(QCoreApplication::translate("Taktline::ScreenshotCommand", "Unknown page %1.").arg(pageName));
        return 2;
    }
    const bool fresh = parser.isSet(QStringLiteral("new-factory")) || setup;
    if (fresh && parser.isSet(QStringLiteral("db"))) {
        printError(QCoreApplication::translate("Taktline::ScreenshotCommand",
                                               "setup and --new-factory render a new factory of their own; leave out --db."));
        return 2;
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (Outcome allowed = OutputFile::check(out, {QStringLiteral("png")}, parser.value(QStringLiteral("db")));
        !allowed) {
        printError(allowed.error());
        return 2;
    }
    static const QRegularExpression sizePattern(QStringLiteral("^(\\d{3,4})x(\\d{3,4})$"));
    const QRegularExpressionMatch size = sizePattern.match(parser.value(QStringLiteral("size")).isEmpty()
                                                               ? QStringLiteral("1280x800")
                                                               : parser.value(QStringLiteral("size")));
    if (!size.hasMatch()) {
        printError(QCoreApplication::translate("Taktline::ScreenshotCommand", "--size takes WIDTHxHEIGHT, such as 1280x800."));
        return 2;
    }

    LanguageManager language;
    language.apply(parser.value(QStringLiteral("lang")).isEmpty() ? QStringLiteral("en")
                                                                 : parser.value(QStringLiteral("lang")));
    applyTheme(*qApp);

    QTemporaryDir scratch;
    const bool demo = !parser.isSet(QStringLiteral("db")) && !fresh;
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : scratch.filePath(QStringLiteral("factory.sqlite"));
    if (!demo && !fresh && !QFileInfo::exists(path)) {
        printError(QCoreApplication::translate("Taktline::ScreenshotCommand", "There is no database at %1.")
                       .arg(QDir::toNativeSeparators(path)));
        return 2;
    }
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(
        path, demo || fresh ? Database::IfMissing::Create : Database::IfMissing::Refuse);
    if (!opened) {
        printError(opened.error());
        return 1;
    }
    Workspace &workspace = *opened.value();
    if (demo) {
        if (Outcome built = DemoFactory::build(workspace, DemoOptions()); !built) {
            printError(built.error());
            return 1;
        }
    }
    if (fresh && !setup) {
        if (Outcome made = setUpNewFactory(workspace, language.current()); !made) {
            printError(made.error());
            return 1;
        }
    }
    // A demo file given with --db keeps its own backup settings: the scratch folder goes with
    // this run.
    std::optional<BackupSettings> keptBackupSettings;
    const auto restoreBackupSettings = qScopeGuard([&workspace, &keptBackupSettings] {
        if (!keptBackupSettings)
            return;
        workspace.access()->signInAsSystem();
        if (Outcome restored = workspace.backups()->setSettings(*keptBackupSettings); !restored)
            printError(restored.error());
    });
    if (!setup && (demo || workspace.settings()->isDemo())) {
        keptBackupSettings = workspace.backups()->settings();
        if (Outcome backedUp = addDemoBackups(workspace, scratch.filePath(QStringLiteral("backups")));
            !backedUp) {
            printError(backedUp.error());
            return 1;
        }
    }
    if (!setup) {
        const bool demoFile = demo || fresh || workspace.settings()->isDemo();
        if (Outcome signedIn = signInToRender(workspace, parser, demoFile); !signedIn) {
            printError(signedIn.error());
            return 2;
        }
    }

    std::unique_ptr<BoardService> board; // outlives the board window that shows it
    std::unique_ptr<QWidget> shown;
    QWidget *dialog = nullptr; // grabbed instead of the window when the page is a dialog
    if (wallBoard) {
        if (Outcome opened = showBoardShowcase(workspace, tab, board, shown); !opened) {
            printError(opened.error());
            return 1;
        }
    } else if (setup) {
        shown = std::make_unique<OwnerSetupDialog>(&workspace);
    } else if (!page) {
        workspace.access()->signOut();
        shown = std::make_unique<LoginDialog>(&workspace);
    } else {
        if (*page == Page::Conflicts && demo)
            addShowcaseConflicts(workspace);
        auto window = std::make_unique<MainWindow>(&workspace, &language);
        window->setSync(workspace.sync(), workspace.conflicts());
        window->showPageTab(*page, tab);
        if (syncTab && demo)
            showDemoInvite(*window);
        if (*page == Page::Dashboard)
            prepareDashboard(*window, workspace);
        if (*page == Page::Station)
            prepareStation(*window, workspace, demo && tab == QLatin1String("pin"));
        if (*page == Page::Station && tab == QLatin1String("first-article"))
            prepareFirstArticleStation(*window, workspace);
        if (*page == Page::Quality && tab == QLatin1String("spc"))
            prepareQualitySpc(*window, workspace);
        const bool andonTab = demo && tab == QLatin1String("andon");
        auto *stationPage = qobject_cast<StationPage *>(window->pageWidget(Page::Station));
        if (andonTab && (*page == Page::Station || *page == Page::Machines))
            showcaseAndonCalls(workspace, stationPage ? stationPage->session()->machineId() : QString());
        if (andonTab && stationPage && *page == Page::Station)
            stationPage->andonPanel()->refresh();
        if (andonTab && stationPage && *page == Page::Station) // the kinds open, as after a press
            stationPage->andonPanel()->callButton()->setChecked(true);
        if (*page == Page::Machines && tab == QLatin1String("timeline")) // a machine's day
            dialog = openShowcaseTimeline(*window, workspace, size.captured(1).toInt());
        if (*page == Page::WorkOrders && tab == QLatin1String("subcontract"))
            prepareSubcontractShowcase(*window, workspace);
        if (*page == Page::WorkOrders && tab.startsWith(QLatin1String("promise")))
            dialog = openPromiseShowcase(*window, workspace, tab);
        if (*page == Page::WorkOrders && tab == QLatin1String("serials"))
            dialog = openSerialsDialog(*window, workspace);
        if (*page == Page::WorkOrders && tab == QLatin1String("places") && demo)
            preparePiecesByPlace(*window, workspace);
        if (*page == Page::Station && tab == QLatin1String("move") && demo)
            prepareStationMove(*window, workspace);
        if (importScene)
            dialog = openShowcaseImport(*window, workspace, scratch.path());
        if (*page == Page::Reports && (tab.isEmpty() || tab == QLatin1String("centre")))
            showShowcaseReportCentre(*window);
        // The genealogy tab shows a trace the demo already holds (none: the empty state).
        auto *trace = qobject_cast<TraceabilityPage *>(window->pageWidget(Page::Traceability));
        const bool genealogy = tab.isEmpty() || tab == QLatin1String("genealogy");
        if (trace && *page == Page::Traceability && genealogy) {
            if (const QString code = showcaseTraceCode(workspace); !code.isEmpty())
                trace->traceCode(code);
        }
        shown = std::move(window);
    }
    if (page || wallBoard)
        shown->resize(size.captured(1).toInt(), size.captured(2).toInt());
    shown->show();
    settle();
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    (dialog ? dialog : shown.get())->grab().save(&png, "PNG");
    if (Outcome written = OutputFile::write(out, png.data()); !written) {
        printError(written.error());
        return 1;
    }
    printLine(QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()));
    return 0;
}

} // namespace Taktline
