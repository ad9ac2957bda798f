#include "importcommand.h"

#include "appidentity.h"
#include "commandoptions.h"
#include "services/access/accesscontrol.h"
#include "services/import/importservice.h"
#include "services/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Taktline {

namespace {

// The command's texts, in their own translation context.
struct ImportCli
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::ImportCli)
};

QStringList kindKeys()
{
    QStringList keys;
    for (ImportKind kind : ImportKinds::all())
        keys << ImportKinds::key(kind);
    return keys;
}

// Where a problem is, as Excel names it: Products!C12, or the row or the sheet alone.
QString place(const ImportProblem &problem)
{
    if (!problem.column.isEmpty() && problem.row > 0)
        return QStringLiteral("%1!%2%3").arg(problem.sheet, problem.column).arg(problem.row);
    if (problem.row > 0)
        return ImportCli::tr("%1 row %2").arg(problem.sheet).arg(problem.row);
    return problem.sheet;
}

QString line(const ImportProblem &problem)
{
    QString text = place(problem);
    if (!problem.header.isEmpty())
        text += QLatin1Char(' ') + problem.header;
    if (!problem.value.isEmpty())
        text += QStringLiteral(" \"%1\"").arg(problem.value);
    return text + QStringLiteral(": ") + problem.reason;
}

QJsonObject json(const ImportPlan &plan, bool dryRun, bool imported)
{
    QJsonArray problems;
    for (const ImportProblem &problem : plan.problems) {
        problems.append(QJsonObject{{QStringLiteral("sheet"), problem.sheet},
                                    {QStringLiteral("row"), problem.row},
                                    {QStringLiteral("column"), problem.column},
                                    {QStringLiteral("header"), problem.header},
                                    {QStringLiteral("value"), problem.value},
                                    {QStringLiteral("reason"), problem.reason}});
    }
    return {{QStringLiteral("kind"), ImportKinds::key(plan.kind)},
            {QStringLiteral("file"), QDir::toNativeSeparators(plan.path)},
            {QStringLiteral("sheet"), plan.sheet},
            {QStringLiteral("rows"), plan.dataRows},
            {QStringLiteral("dryRun"), dryRun},
            {QStringLiteral("imported"), imported},
            {QStringLiteral("problems"), problems},
            {QStringLiteral("counts"),
             QJsonObject{{QStringLiteral("added"), plan.counts.added},
                         {QStringLiteral("changed"), plan.counts.changed},
                         {QStringLiteral("unchanged"), plan.counts.unchanged}}}};
}

void printJson(const QJsonObject &object)
{
    printLine(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed());
}

int refuse(const QString &message, bool asJson)
{
    if (asJson)
        printJson({{QStringLiteral("error"), message}});
    else
        printError(message);
    return 1;
}

} // namespace

int runImportCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ImportCli::tr("Imports one kind of data from an .xlsx or .csv file, all or nothing: every problem is "
           "listed with its sheet, row, column and value, and nothing is written while there is "
           "one. Also writes a kind's template."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("kind"), kindKeys().join(QStringLiteral(", ")));
    parser.addPositionalArgument(QStringLiteral("file"), ImportCli::tr("The .xlsx or .csv file to import."));
    parser.addOptions({
        {QStringLiteral("db"),
         ImportCli::tr("The factory database (default: %1).")
             .arg(QDir::toNativeSeparators(defaultDatabasePath())),
         QStringLiteral("path")},
        {QStringLiteral("dry-run"), ImportCli::tr("Check the file and write nothing.")},
        {QStringLiteral("json"), ImportCli::tr("Print the problems and counts as JSON.")},
        {QStringLiteral("errors"),
         ImportCli::tr("When there are problems, write the rows with a problem column to this .xlsx file."),
         QStringLiteral("out")},
        {QStringLiteral("template"), ImportCli::tr("Write the kind's template to this .xlsx file instead."),
         QStringLiteral("out")},
        {QStringLiteral("with-data"), ImportCli::tr("Fill the template with the factory's current data.")},
    });
    if (std::optional<int> exit = parseOrExit(parser, args))
        return *exit;

    const QStringList positional = parser.positionalArguments();
    const bool writingTemplate = parser.isSet(QStringLiteral("template"));
    if (positional.isEmpty()) {
        printError(ImportCli::tr("Say what to import: %1.").arg(kindKeys().join(QStringLiteral(", "))));
        return 2;
    }
    const std::optional<ImportKind> kind = ImportKinds::fromKey(positional.constFirst());
    if (!kind) {
        printError(ImportCli::tr("%1 is not a kind of import; use one of %2.")
                       .arg(positional.constFirst(), kindKeys().join(QStringLiteral(", "))));
        return 2;
    }
    if (positional.size() != (writingTemplate ? 1 : 2)) {
        printError(writingTemplate ? ImportCli::tr("Give either a file to import or --template, not both.")
                                   : ImportCli::tr("Give the file to import after the kind."));
        return 2;
    }

    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : defaultDatabasePath();
    const bool asJson = parser.isSet(QStringLiteral("json"));
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(path, Database::IfMissing::Refuse);
    if (!opened)
        return refuse(opened.error(), asJson);
    Workspace &workspace = *opened.value();
    workspace.access()->signInAsSystem();
    ImportService service(workspace);

    if (writingTemplate) {
        const QString out = parser.value(QStringLiteral("template"));
        const Outcome written =
            service.writeTemplate(*kind, out, parser.isSet(QStringLiteral("with-data")));
        if (!written)
            return refuse(written.error(), asJson);
        printLine(ImportCli::tr("Wrote the template for %1 to %2.")
                      .arg(ImportKinds::displayName(*kind), QDir::toNativeSeparators(out)));
        return 0;
    }

    const QString file = positional.at(1);
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const Result<ImportPlan> result = dryRun ? service.dryRun(*kind, file) : service.run(*kind, file);
    if (!result)
        return refuse(result.error(), asJson);
    const ImportPlan &plan = result.value();
    if (!plan.ok() && parser.isSet(QStringLiteral("errors"))) {
        const QString out = parser.value(QStringLiteral("errors"));
        if (const Outcome written = service.writeErrorWorkbook(plan, out); !written)
            printError(written.error());
    }
    if (asJson) {
        printJson(json(plan, dryRun, !dryRun && plan.ok()));
        return plan.ok() ? 0 : 1;
    }
    for (const ImportProblem &problem : plan.problems)
        printLine(line(problem));
    const ImportCounts &counts = plan.counts;
    if (!plan.ok()) {
        printLine(ImportCli::tr("%n problem(s); nothing was imported.", nullptr,
                                int(plan.problems.size())));
        return 1;
    }
    if (dryRun) {
        printLine(ImportCli::tr("Dry run of %n row(s): %1 to add, %2 to change, %3 unchanged; "
                                "nothing written.",
                                nullptr, plan.dataRows)
                      .arg(counts.added)
                      .arg(counts.changed)
                      .arg(counts.unchanged));
    } else {
        printLine(ImportCli::tr("Imported %n row(s): %1 added, %2 changed, %3 unchanged.", nullptr,
                                plan.dataRows)
                      .arg(counts.added)
                      .arg(counts.changed)
                      .arg(counts.unchanged));
    }
    return 0;
}

} // namespace Taktline
