#include "workorderscommand.h"

#include "appidentity.h"
#include "commandoptions.h"
#include "io/workorderlistjson.h"
#include "services/access/accesscontrol.h"
#include "services/planning/workorderservice.h"
#include "services/workspace.h"

#include <QCoreApplication>
#include <QDir>

namespace Taktline {

namespace {

QString pad(const QString &text, int width)
{
    // CJK characters take two columns in a terminal.
    int shown = 0;
    for (const QChar ch : text)
        shown += ch.unicode() >= 0x1100 ? 2 : 1;
    return text + QString(std::max(0, width - shown), QLatin1Char(' '));
}

} // namespace

int runWorkOrdersCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Taktline::WorkOrdersCommand", "Lists the work orders, by due date."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("db"), QCoreApplication::translate("Taktline::WorkOrdersCommand", "The factory database (default: %1).")
                                   .arg(QDir::toNativeSeparators(defaultDatabasePath())),
         QStringLiteral("path")},
        {QStringLiteral("state"),
         QCoreApplication::translate("Taktline::WorkOrdersCommand",
                                     "Only this state: draft, released, in_progress, on_hold, completed, closed or cancelled."),
         QStringLiteral("state")},
        {QStringLiteral("overdue"), QCoreApplication::translate("Taktline::WorkOrdersCommand", "Only overdue work orders.")},
        {QStringLiteral("json"), QCoreApplication::translate("Taktline::WorkOrdersCommand", "Print JSON instead of a table.")},
    });
    if (std::optional<int> exit = parseOrExit(parser, args))
        return *exit;

    WorkOrderFilter filter;
    if (parser.isSet(QStringLiteral("state"))) {
        const std::optional<WorkOrderState> state = workOrderStateFromKey(parser.value(QStringLiteral("state")));
        if (!state) {
            printError(QCoreApplication::translate("Taktline::WorkOrdersCommand", "Unknown state %1.")
                           .arg(parser.value(QStringLiteral("state"))));
            return 2;
        }
        filter.states = {*state};
    }
    filter.overdueOnly = parser.isSet(QStringLiteral("overdue"));

    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultDatabasePath();
    Result<std::unique_ptr<Workspace>> workspace =
        Workspace::open(path, Database::IfMissing::Refuse); // only first run and demo make one
    if (!workspace) {
        printError(workspace.error());
        return 1;
    }
    const Result<int> total = workspace.value()->workOrders()->count(filter);
    const Result<QList<WorkOrderListRow>> rows =
        total ? workspace.value()->workOrders()->page(filter, 0, total.value()) : Result<QList<WorkOrderListRow>>(total.outcome());
    if (!rows) {
        printError(rows.error());
        return 1;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printLine(QString::fromUtf8(WorkOrderListJson::write(rows.value())).trimmed());
        return 0;
    }
    for (const WorkOrderListRow &row : rows.value()) {
        printLine(pad(row.number, 20) + pad(row.partNo, 10) + pad(QString::number(row.quantity), 8)
                  + pad(row.dueDate.toString(Qt::ISODate), 12) + pad(row.customer, 20)
                  + pad(priorityKey(row.priority), 8) + workOrderStateKey(row.state));
    }
    printLine(QCoreApplication::translate("Taktline::WorkOrdersCommand", "%1 work orders").arg(rows.value().size()));
    return 0;
}

} // namespace Taktline
