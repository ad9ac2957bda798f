#include "promisecommand.h"

#include "appidentity.h"
#include "commandoptions.h"
#include "promisetext.h"
#include "services/access/accesscontrol.h"
#include "services/planning/promiseservice.h"
#include "services/planning/scheduleservice.h"
#include "services/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>

#include <limits>

namespace Taktline {

namespace {

// The value of --lang among ARGS, read before the parser so that --help speaks it already.
QString languageArgument(const QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            return args.at(i + 1).trimmed();
        if (args.at(i).startsWith(QLatin1String("--lang=")))
            return args.at(i).mid(7).trimmed();
    }
    return {};
}

// QTY as written: "500", "12.5" (a decimal point, or the language's own separator); NaN when it
// is no number at all, so the service says so.
double quantityArgument(const QString &text)
{
    bool ok = false;
    double value = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok)
        value = QLocale().toDouble(text.trimmed(), &ok);
    return ok ? value : std::numeric_limits<double>::quiet_NaN();
}

// ARGS with a negative number ("-5") moved behind "--", so it reaches the service as a quantity
// and is refused as one, not taken for an unknown option.
QStringList withNegativeNumbers(const QStringList &args)
{
    static const QRegularExpression negative(QStringLiteral("^-[0-9.]"));
    QStringList options;
    QStringList numbers;
    for (const QString &arg : args)
        (negative.match(arg).hasMatch() ? numbers : options).append(arg);
    if (numbers.isEmpty() || options.contains(QStringLiteral("--")))
        return args;
    return options + QStringList{QStringLiteral("--")} + numbers;
}

} // namespace

int runPromiseCommand(const QStringList &args)
{
    const QString language = languageArgument(args);
    QTranslator chinese;
    if (language == QLatin1String("zh_CN") && chinese.load(QStringLiteral(":/i18n/taktline_zh_CN")))
        QCoreApplication::installTranslator(&chinese);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        PromiseText::tr("Capable-to-promise: when could the factory ship QTY of PRODUCT, given today's machine "
           "queues, working calendar and material on hand? Prints the earliest date taken "
           "normally (behind every queued operation) and as a rush order (first on every "
           "machine), the work orders a rush would make late, and the BOM's shortages. Writes "
           "nothing.\nExit status: 0 when it can ship by --by taken normally (or no date is "
           "asked), 1 when it cannot (the text says whether a rush could), 2 on bad input or an "
           "error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("product"), PromiseText::tr("The product's part number."));
    parser.addPositionalArgument(QStringLiteral("qty"), PromiseText::tr("How many, in the product's unit."));
    parser.addOptions({
        {QStringLiteral("db"),
         PromiseText::tr("The factory database (default: %1).")
             .arg(QDir::toNativeSeparators(defaultDatabasePath())),
         QStringLiteral("path")},
        {QStringLiteral("by"), PromiseText::tr("The date the customer wants it, yyyy-MM-dd."),
         QStringLiteral("date")},
        {QStringLiteral("json"), PromiseText::tr("Print JSON instead of text.")},
        {QStringLiteral("lang"), PromiseText::tr("zh_CN or en (default en)."), QStringLiteral("lang")},
    });
    if (std::optional<int> exit = parseOrExit(parser, withNegativeNumbers(args)))
        return *exit;
    if (parser.isSet(QStringLiteral("lang")) && language != QLatin1String("zh_CN")
        && language != QLatin1String("en")) {
        printError(PromiseText::tr("--lang %1 is not known; use zh_CN or en.").arg(language));
        return 2;
    }
    if (parser.positionalArguments().size() != 2) {
        printError(PromiseText::tr("Give the product and the quantity, for example: taktline promise FL-1 500 "
                      "--by 2026-12-20"));
        return 2;
    }
    PromiseRequest request;
    request.product = parser.positionalArguments().at(0);
    request.quantity = quantityArgument(parser.positionalArguments().at(1));
    if (parser.isSet(QStringLiteral("by"))) {
        const QString text = parser.value(QStringLiteral("by")).trimmed();
        request.wanted = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        if (!request.wanted.isValid()) {
            printError(PromiseText::tr("--by %1 is not a day; write it as yyyy-MM-dd, for example 2026-12-20.")
                           .arg(text));
            return 2;
        }
    }

    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : defaultDatabasePath();
    if (!QFileInfo::exists(path)) {
        printError(PromiseText::tr("There is no database at %1.").arg(QDir::toNativeSeparators(path)));
        return 2;
    }
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(path, Database::IfMissing::Refuse);
    if (!opened) {
        printError(opened.error());
        return 2;
    }
    Workspace &workspace = *opened.value();
    workspace.access()->signInAsSystem(); // the command line reads as the factory itself
    const Result<Promise> answer = workspace.promises()->promise(request);
    if (!answer) {
        printError(answer.error());
        return 2;
    }
    const QTimeZone zone = workspace.schedule()->calendar().timeZone();
    if (parser.isSet(QStringLiteral("json"))) {
        printLine(QString::fromUtf8(
                      QJsonDocument(PromiseText::json(answer.value(), zone)).toJson(QJsonDocument::Indented))
                      .trimmed());
    } else {
        for (const QString &line : PromiseText::lines(answer.value(), zone))
            printLine(line);
    }
    return answer.value().onTime ? 0 : 1;
}

} // namespace Taktline
