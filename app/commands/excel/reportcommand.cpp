#include "reportcommand.h"

#include "appidentity.h"
#include "commandoptions.h"
#include "formats/report/reportworkbookwriter.h"
#include "outputfile.h"
#include "services/reports/reportservice.h"
#include "services/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>

namespace Taktline {

namespace {

// The context of the command's messages, so that --lang zh_CN finds their translations.
class ReportCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::ReportCommand)
};

QString kindKeys()
{
    QStringList keys;
    for (ReportKind kind : ReportService::kinds())
        keys << ReportService::key(kind);
    return keys.join(QStringLiteral(", "));
}

// yyyy-MM-dd, "today", "yesterday" or "today-N" (N days before today), so a scheduled task needs
// no date arithmetic of its own. Empty with ERROR set when TEXT is none of them.
std::optional<QDate> dayOf(const QString &option, const QString &text, const QDate &today,
                           QString *error)
{
    const QString written = text.trimmed().toLower();
    if (written == QLatin1String("today"))
        return today;
    if (written == QLatin1String("yesterday"))
        return today.addDays(-1);
    static const QRegularExpression relative(QStringLiteral("^today-(\\d{1,4})$"));
    if (const QRegularExpressionMatch match = relative.match(written); match.hasMatch())
        return today.addDays(-match.captured(1).toInt());
    const QDate day = QDate::fromString(written, QStringLiteral("yyyy-MM-dd"));
    if (day.isValid())
        return day;
    *error = ReportCommand::tr(
                 "--%1 %2 is not a day; write it as yyyy-MM-dd (for example 2026-11-30), today, "
                 "yesterday or today-N.")
                 .arg(option, text);
    return std::nullopt;
}

// The --out path with its placeholders filled: {date} today, {from} and {to} the period, {kind}.
QString outPath(QString path, ReportKind kind, const QDate &today, const QDate &from,
                const QDate &to)
{
    path.replace(QStringLiteral("{date}"), today.toString(Qt::ISODate));
    path.replace(QStringLiteral("{from}"), from.toString(Qt::ISODate));
    path.replace(QStringLiteral("{to}"), to.toString(Qt::ISODate));
    path.replace(QStringLiteral("{kind}"), ReportService::key(kind));
    return path;
}

} // namespace

int runReportCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ReportCommand::tr(
            "Writes a report of the report centre as an Excel workbook (.xlsx), without a display: "
            "for a scheduled task.\n\nKIND is one of: %1.\nDays: yyyy-MM-dd, today, yesterday or "
            "today-N. The daily, weekly and monthly reports given only --from cover that day, its "
            "Monday-Sunday week or its month; the others cover --from to --to (one day without "
            "--to).\n--out may contain {date} (today), {from}, {to} and {kind}, for example "
            "\\\\server\\share\\daily-{from}.xlsx.")
            .arg(kindKeys()));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("kind"),
                                 ReportCommand::tr("The report: %1.").arg(kindKeys()));
    parser.addOptions({
        {QStringLiteral("db"),
         ReportCommand::tr("The factory database (default: %1).")
             .arg(QDir::toNativeSeparators(defaultDatabasePath())),
         QStringLiteral("path")},
        {QStringLiteral("from"), ReportCommand::tr("The first day."), QStringLiteral("day")},
        {QStringLiteral("to"), ReportCommand::tr("The last day (included)."),
         QStringLiteral("day")},
        {QStringLiteral("out"), ReportCommand::tr("The workbook to write, ending in .xlsx."),
         QStringLiteral("file")},
        {QStringLiteral("lang"),
         ReportCommand::tr("The language of the headers: zh_CN or en (default: en)."),
         QStringLiteral("language")},
        {QStringLiteral("machine"), ReportCommand::tr("Only the machine with this code."),
         QStringLiteral("code")},
        {QStringLiteral("workshop"), ReportCommand::tr("Only the machines of this workshop."),
         QStringLiteral("name")},
    });
    if (std::optional<int> exit = parseOrExit(parser, args))
        return *exit;

    // The language first: every message after this is in it, like the workbook.
    QTranslator chinese;
    const QString language = parser.value(QStringLiteral("lang")).trimmed();
    if (language == QLatin1String("zh_CN") || language == QLatin1String("zh")) {
        if (!chinese.load(QStringLiteral(":/i18n/taktline_zh_CN"))) {
            printError(ReportCommand::tr("The Chinese translation could not be loaded."));
            return 1;
        }
        QCoreApplication::installTranslator(&chinese);
        // Products, machines and reasons by their Chinese names (localizedName).
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    } else if (!language.isEmpty() && language != QLatin1String("en")) {
        printError(ReportCommand::tr("--lang %1 is not known; use zh_CN or en.").arg(language));
        return 2;
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        printError(positional.isEmpty()
                       ? ReportCommand::tr("Name the report: taktline report KIND, KIND one of %1.")
                             .arg(kindKeys())
                       : ReportCommand::tr("Name one report only; %1 is extra.")
                             .arg(positional.mid(1).join(u' ')));
        return 2;
    }
    const std::optional<ReportKind> kind = ReportService::fromKey(positional.first());
    if (!kind) {
        printError(ReportCommand::tr("There is no report %1; use one of %2.")
                       .arg(positional.first(), kindKeys()));
        return 2;
    }
    if (!parser.isSet(QStringLiteral("from"))) {
        printError(ReportCommand::tr(
            "Give --from, the report's first day (yyyy-MM-dd, today, yesterday or "
            "today-N)."));
        return 2;
    }
    if (!parser.isSet(QStringLiteral("out"))) {
        printError(ReportCommand::tr("Give --out, the workbook to write (ending in .xlsx)."));
        return 2;
    }
    // Today by the wall clock of this computer, the factory's clock (the workspace's default).
    const QDate today = Clock().today();
    QString error;
    const std::optional<QDate> from =
        dayOf(QStringLiteral("from"), parser.value(QStringLiteral("from")), today, &error);
    if (!from) {
        printError(error);
        return 2;
    }
    ReportQuery query;
    query.kind = *kind;
    if (parser.isSet(QStringLiteral("to"))) {
        const std::optional<QDate> to =
            dayOf(QStringLiteral("to"), parser.value(QStringLiteral("to")), today, &error);
        if (!to) {
            printError(error);
            return 2;
        }
        query.from = *from;
        query.to = *to;
    } else {
        std::tie(query.from, query.to) = ReportService::periodAround(*kind, *from);
    }
    if (query.from > query.to) {
        printError(ReportCommand::tr("--from %1 is after --to %2; the period would be empty.")
                       .arg(query.from.toString(Qt::ISODate), query.to.toString(Qt::ISODate)));
        return 2;
    }
    query.machineCode = parser.value(QStringLiteral("machine")).trimmed();
    query.workshop = parser.value(QStringLiteral("workshop")).trimmed();

    const QString dbPath = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                              : defaultDatabasePath();
    const QString out =
        outPath(parser.value(QStringLiteral("out")), *kind, today, query.from, query.to);
    // Before any database is opened: never over the factory file, always an .xlsx.
    if (Outcome ok = OutputFile::check(out, {QStringLiteral("xlsx")}, dbPath); !ok) {
        printError(ok.error());
        return 1;
    }
    Result<std::unique_ptr<Workspace>> opened =
        Workspace::open(dbPath, Database::IfMissing::Refuse);
    if (!opened) {
        printError(opened.error());
        return 1;
    }
    const Workspace &workspace = *opened.value();
    Result<ReportDocument> document = ReportService(workspace).build(query);
    if (!document) {
        printError(document.error());
        return 1;
    }
    if (Outcome written = ReportWorkbookWriter::write(document.value(), out); !written) {
        printError(written.error());
        return 1;
    }
    printLine(
        ReportCommand::tr("Wrote %1: %2, %3.")
            .arg(QDir::toNativeSeparators(out), document.value().title, document.value().period));
    return 0;
}

} // namespace Taktline
