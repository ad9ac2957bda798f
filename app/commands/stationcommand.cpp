#include "stationcommand.h"

#include "appidentity.h"
#include "commandoptions.h"
#include "common/languagemanager.h"
#include "common/theme.h"
#include "services/sync/synccontroller.h"
#include "services/workspace.h"
#include "station/stationpage.h"
#include "station/stationsettingsbox.h"

#include <QApplication>
#include <QDir>
#include <QSettings>

namespace Taktline {

int runStationCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Taktline::StationCommand", "Opens the shop-floor station full screen. The operator signs in by scanning a badge, "
                                                             "then types a PIN when Settings ▸ Station asks for one."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("machine"),
         QCoreApplication::translate("Taktline::StationCommand", "The machine this tablet is fixed to (default: the setting \"station/machine\")."),
         QStringLiteral("code")},
        {QStringLiteral("db"),
         QCoreApplication::translate("Taktline::StationCommand", "The factory database (default: %1).").arg(QDir::toNativeSeparators(defaultDatabasePath())),
         QStringLiteral("path")},
    });
    if (std::optional<int> exit = parseOrExit(parser, args))
        return *exit;

    LanguageManager language;
    language.apply(LanguageManager::storedLanguage());
    applyTheme(*qApp);
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                          : defaultDatabasePath();
    Result<std::unique_ptr<Workspace>> opened =
        Workspace::open(path, Database::IfMissing::Refuse); // only first run and demo make one
    if (!opened) {
        printError(opened.error());
        return 1;
    }
    StationPage station(opened.value().get());
    station.setWindowTitle(QCoreApplication::translate("Taktline::StationCommand", "Taktline station"));
    station.setStandalone(true);
    station.setSync(opened.value()->sync());
    opened.value()->sync()->start(); // reports reach the office while the tablet works
    const bool fromOption = parser.isSet(QStringLiteral("machine"));
    const QString machine = fromOption
                                ? parser.value(QStringLiteral("machine")).trimmed()
                                : QSettings().value(StationSettingsBox::fixedMachineKey()).toString();
    if (!machine.isEmpty() && !station.session()->setFixedMachine(machine)) {
        if (fromOption) {
            printError(station.session()->lastMessage());
            return 2;
        }
        // A stale device setting must not keep the tablet from starting: the station says it.
    }
    QObject::connect(&station, &StationPage::exitRequested, &station, &QWidget::close);
    station.showFullScreen();
    return QApplication::exec();
}

} // namespace Taktline
