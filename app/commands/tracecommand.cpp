#include "tracecommand.h"

#include "appidentity.h"
#include "commandoptions.h"
#include "services/trace/tracelookup.h"
#include "services/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonDocument>

namespace Taktline {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("Taktline::TraceCommand", text);
}

void printTree(const TraceNode &node, int depth)
{
    QString line = QString(depth * 2, QLatin1Char(' ')) + node.title;
    if (node.atMs > 0)
        line += QStringLiteral("  [%1]").arg(
            QDateTime::fromMSecsSinceEpoch(node.atMs).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    printLine(line);
    for (const TraceNode &child : node.children)
        printTree(child, depth + 1);
}

} // namespace

int runTraceCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(translate(
        "Traces a work order, production lot, serial or shipment backward to the steps, people, "
        "machines, component serials and material lots that went into it, or a material lot or "
        "serial forward to the orders, serials, shipments and customers it reached."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("code"),
        translate("A work order number or WO: code, a production lot, a material lot "
                  "(LOT: code or lot number), a serial number (SN: code), or a shipment "
                  "(SHP: code or shipment number)."));
    parser.addOptions({
        {QStringLiteral("db"),
         translate("The factory database (default: %1).")
             .arg(QDir::toNativeSeparators(defaultDatabasePath())),
         QStringLiteral("path")},
        {QStringLiteral("forward"), translate("Forward trace: where a material lot or serial went, down to the customer.")},
        {QStringLiteral("backward"),
         translate("Backward trace: what went into it (the default, unless the code is a "
                   "material lot).")},
        {QStringLiteral("json"), translate("Print JSON instead of a tree.")},
    });
    if (std::optional<int> exit = parseOrExit(parser, args))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        printError(translate("Give exactly one code to trace."));
        return 2;
    }
    if (parser.isSet(QStringLiteral("forward")) && parser.isSet(QStringLiteral("backward"))) {
        printError(translate("Choose --forward or --backward, not both."));
        return 2;
    }
    const QString code = parser.positionalArguments().constFirst();
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : defaultDatabasePath();
    Result<std::unique_ptr<Workspace>> workspace =
        Workspace::open(path, Database::IfMissing::Refuse); // only first run and demo make one
    if (!workspace) {
        printError(workspace.error());
        return 1;
    }
    const TraceDirection direction = parser.isSet(QStringLiteral("forward"))    ? TraceDirection::Forward
                                     : parser.isSet(QStringLiteral("backward")) ? TraceDirection::Backward
                                                                                : TraceDirection::Auto;
    const Result<TraceNode> tree = TraceLookup(workspace.value().get()).trace(code, direction);
    if (!tree) {
        printError(tree.error());
        return 2;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        printLine(
            QString::fromUtf8(QJsonDocument(tree.value().toJson()).toJson(QJsonDocument::Indented))
                .trimmed());
        return 0;
    }
    printTree(tree.value(), 0);
    return 0;
}

} // namespace Taktline
