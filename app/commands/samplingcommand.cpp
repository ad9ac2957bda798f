#include "samplingcommand.h"

#include "commandoptions.h"
#include "domain/quality/samplingtables.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>

namespace Taktline {

namespace {

// The value of --lang among ARGS ("--lang zh_CN" or "--lang=zh_CN"), read before the parser so
// that --help already speaks that language.
QString languageArgument(const QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(QLatin1String("--lang=")))
            return args.at(i).mid(7);
    }
    return {};
}

QJsonObject planJson(qint64 lotSize, InspectionLevel level, double aql, Severity severity,
                     const SamplingPlan &plan)
{
    return QJsonObject{
        {QStringLiteral("lotSize"), lotSize},
        {QStringLiteral("level"), inspectionLevelKey(level)},
        {QStringLiteral("aql"), SamplingTables::aqlText(aql)},
        {QStringLiteral("severity"), severityKey(severity)},
        {QStringLiteral("codeLetter"), QString(plan.codeLetter)},
        {QStringLiteral("planLetter"), QString(plan.planLetter)},
        {QStringLiteral("sampleSize"), plan.sampleSize},
        {QStringLiteral("accept"), plan.accept},
        {QStringLiteral("reject"), plan.reject},
        {QStringLiteral("wholeLot"), plan.wholeLot},
    };
}

QStringList planText(qint64 lotSize, InspectionLevel level, double aql, Severity severity,
                     const SamplingPlan &plan)
{
    QStringList lines;
    lines << QCoreApplication::translate("Taktline::SamplingCommand",
                                         "Lot of %1 pieces, inspection level %2, AQL %3, %4")
                 .arg(lotSize)
                 .arg(inspectionLevelKey(level), SamplingTables::aqlText(aql),
                      severityName(severity).toLower());
    lines << QCoreApplication::translate("Taktline::SamplingCommand", "Code letter: %1")
                 .arg(plan.codeLetter);
    if (plan.planLetter != plan.codeLetter)
        lines << QCoreApplication::translate(
                     "Taktline::SamplingCommand",
                     "The arrow of the table leads to the plan of code letter %1.")
                     .arg(plan.planLetter);
    lines << QCoreApplication::translate("Taktline::SamplingCommand", "Sample size: %1")
                 .arg(plan.sampleSize);
    if (plan.wholeLot)
        lines << QCoreApplication::translate(
            "Taktline::SamplingCommand",
            "Inspect every piece: the plan's sample is not smaller than the lot.");
    lines << QCoreApplication::translate("Taktline::SamplingCommand",
                                         "Accept (Ac): %1 nonconforming or fewer")
                 .arg(plan.accept);
    lines << QCoreApplication::translate("Taktline::SamplingCommand",
                                         "Reject (Re): %1 nonconforming or more")
                 .arg(plan.reject);
    return lines;
}

} // namespace

int runSamplingCommand(const QStringList &args)
{
    const QString language = languageArgument(args);
    QTranslator chinese;
    if (language == QLatin1String("zh_CN") && chinese.load(QStringLiteral(":/i18n/taktline_zh_CN")))
        QCoreApplication::installTranslator(&chinese);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Taktline::SamplingCommand",
        "Prints the single sampling plan of GB/T 2828.1 (ISO 2859-1) for a lot: the sample "
        "size code letter, the sample size and the acceptance and rejection numbers."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("lot-size"),
         QCoreApplication::translate("Taktline::SamplingCommand",
                                     "The number of pieces in the lot (2 or more)."),
         QStringLiteral("N")},
        {QStringLiteral("level"),
         QCoreApplication::translate(
             "Taktline::SamplingCommand",
             "The inspection level: S-1, S-2, S-3, S-4, I, II or III (default II)."),
         QStringLiteral("level")},
        {QStringLiteral("aql"),
         QCoreApplication::translate("Taktline::SamplingCommand",
                                     "The AQL, one of the preferred values 0.010 … 1000."),
         QStringLiteral("AQL")},
        {QStringLiteral("severity"),
         QCoreApplication::translate("Taktline::SamplingCommand",
                                     "normal (default), tightened or reduced inspection."),
         QStringLiteral("severity")},
        {QStringLiteral("json"),
         QCoreApplication::translate("Taktline::SamplingCommand", "Print JSON instead of text.")},
        {QStringLiteral("lang"),
         QCoreApplication::translate("Taktline::SamplingCommand", "zh_CN or en (default en)."),
         QStringLiteral("lang")},
    });
    if (std::optional<int> exit = parseOrExit(parser, args))
        return *exit;

    if (parser.isSet(QStringLiteral("lang")) && language != QLatin1String("zh_CN") &&
        language != QLatin1String("en")) {
        printError(QCoreApplication::translate("Taktline::SamplingCommand",
                                               "--lang %1 is not known; use zh_CN or en.")
                       .arg(language));
        return 2;
    }
    if (!parser.isSet(QStringLiteral("lot-size")) || !parser.isSet(QStringLiteral("aql"))) {
        printError(QCoreApplication::translate(
            "Taktline::SamplingCommand",
            "Give the lot with --lot-size N and the AQL with --aql, for example "
            "--lot-size 1000 --aql 1.0."));
        return 2;
    }
    bool whole = false;
    const qint64 lotSize = parser.value(QStringLiteral("lot-size")).trimmed().toLongLong(&whole);
    if (!whole) {
        printError(QCoreApplication::translate("Taktline::SamplingCommand",
                                               "--lot-size %1 is not a whole number of pieces.")
                       .arg(parser.value(QStringLiteral("lot-size"))));
        return 2;
    }
    const Result<InspectionLevel> level =
        parser.isSet(QStringLiteral("level"))
            ? SamplingTables::levelFromText(parser.value(QStringLiteral("level")))
            : Result<InspectionLevel>(InspectionLevel::II);
    if (!level) {
        printError(level.error());
        return 2;
    }
    const QString severityText = parser.isSet(QStringLiteral("severity"))
                                     ? parser.value(QStringLiteral("severity")).trimmed().toLower()
                                     : QStringLiteral("normal");
    const std::optional<Severity> severity = severityFromKey(severityText);
    if (!severity) {
        printError(QCoreApplication::translate(
                       "Taktline::SamplingCommand",
                       "--severity %1 is not known; use normal, tightened or reduced.")
                       .arg(severityText));
        return 2;
    }
    bool number = false;
    parser.value(QStringLiteral("aql")).trimmed().toDouble(&number);
    if (!number) {
        printError(QCoreApplication::translate(
                       "Taktline::SamplingCommand",
                       "--aql %1 is not a number; write it as the standard does, for example "
                       "0.65, 1.0 or 2.5.")
                       .arg(parser.value(QStringLiteral("aql"))));
        return 2;
    }
    const Result<double> aql = SamplingTables::aqlFromText(parser.value(QStringLiteral("aql")));
    if (!aql) {
        printError(aql.error());
        return 1;
    }
    const Result<SamplingPlan> plan =
        SamplingTables::lookup(lotSize, level.value(), aql.value(), *severity);
    if (!plan) {
        printError(plan.error());
        return 1;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject json =
            planJson(lotSize, level.value(), aql.value(), *severity, plan.value());
        printLine(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }
    for (const QString &line :
         planText(lotSize, level.value(), aql.value(), *severity, plan.value()))
        printLine(line);
    return 0;
}

} // namespace Taktline
