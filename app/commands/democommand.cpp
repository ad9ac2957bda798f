#include "democommand.h"

#include "appidentity.h"
#include "commandoptions.h"
#include "demo/demofactory.h"
#include "services/masterdata/masterdataservice.h"
#include "services/trace/shipmentservice.h"
#include "services/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Taktline {

int runDemoCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Taktline::DemoCommand", "Builds the demo factory into a new database file."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("db"), QCoreApplication::translate("Taktline::DemoCommand", "The new database file (default: %1).")
                                   .arg(QDir::toNativeSeparators(demoDatabasePath())),
         QStringLiteral("path")},
        {QStringLiteral("days"), QCoreApplication::translate("Taktline::DemoCommand", "Days of history (default 60)."),
         QStringLiteral("n")},
        {QStringLiteral("work-orders"),
         QCoreApplication::translate("Taktline::DemoCommand", "Number of work orders (default 300)."), QStringLiteral("n")},
        {QStringLiteral("reports"),
         QCoreApplication::translate("Taktline::DemoCommand", "Number of production reports (default: as the days call for)."),
         QStringLiteral("n")},
    });
    if (std::optional<int> exit = parseOrExit(parser, args))
        return *exit;

    QString error;
    DemoOptions options;
    const std::optional<int> days = intOption(parser, QStringLiteral("days"), 1, options.days, &error);
    const std::optional<int> orders = intOption(parser, QStringLiteral("work-orders"), 0, options.workOrders, &error);
    const std::optional<int> reports = intOption(parser, QStringLiteral("reports"), 0, options.reports, &error);
    if (!days || !orders || !reports) {
        printError(error);
        return 2;
    }
    options = {*days, *orders, *reports};

    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                          : demoDatabasePath();
    Result<std::unique_ptr<Workspace>> workspace = Workspace::open(path);
    if (!workspace) {
        printError(workspace.error());
        return 1;
    }
    int reportsMade = 0;
    if (Outcome built = DemoFactory::build(*workspace.value(), options, &reportsMade); !built) {
        printError(built.error());
        return 1;
    }
    printLine(QCoreApplication::translate("Taktline::DemoCommand",
                                          "Demo factory created in %1: 12 machines in 3 workshops, "
                                          "40 products with routings, 15 raw materials, 25 employees, reason codes, "
                                          "%2 work orders.")
                  .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
                  .arg(options.workOrders));
    printLine(QCoreApplication::translate("Taktline::DemoCommand",
                                          "Accounts: owner, planner, supervisor, operator; password "
                                          "%1 for each.")
                  .arg(DemoFactory::password()));
    printLine(QCoreApplication::translate("Taktline::DemoCommand",
                                          "%1 production reports and the machines' status over "
                                          "the last %2 days.")
                  .arg(reportsMade)
                  .arg(options.days));
    printLine(QCoreApplication::translate("Taktline::DemoCommand",
                                          "Traceability: raw materials with bills of materials, "
                                          "material lots fed into the orders, serial-numbered "
                                          "pump assemblies with their shaft serials, finished "
                                          "goods and shipments to customers."));
    const Result<QList<ShipmentListRow>> shipped = workspace.value()->shipments()->shipments(
        QDate::currentDate().addYears(-1), QDate::currentDate());
    if (shipped && !shipped.value().isEmpty())
        printLine(QCoreApplication::translate("Taktline::DemoCommand", "Try: taktline trace --db %1 %2")
                      .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()),
                           shipped.value().constFirst().shipment.shipmentNo));
    return 0;
}

} // namespace Taktline
