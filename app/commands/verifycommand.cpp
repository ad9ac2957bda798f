#include "verifycommand.h"

#include "appidentity.h"
#include "commandoptions.h"
#include "storage/chain/chainverifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Taktline {

namespace {

QByteArray json(const ChainVerifier::Report &report)
{
    QJsonArray breaks;
    for (const ChainBreak &found : report.breaks) {
        QJsonObject entry{{QStringLiteral("kind"), ChainBreak::kindKey(found.kind)},
                          {QStringLiteral("table"), found.table},
                          {QStringLiteral("trigger"), found.trigger},
                          {QStringLiteral("row"), found.rowKey},
                          {QStringLiteral("device"), found.device},
                          {QStringLiteral("seq"), found.seq},
                          {QStringLiteral("message"), found.describe()}};
        if (found.atMs > 0) {
            entry.insert(
                QStringLiteral("at"),
                QDateTime::fromMSecsSinceEpoch(found.atMs, Qt::UTC).toString(Qt::ISODateWithMs));
        }
        breaks.append(entry);
    }
    const QJsonObject root{{QStringLiteral("ok"), report.holds()},
                           {QStringLiteral("facts"), report.facts},
                           {QStringLiteral("links"), report.links},
                           {QStringLiteral("devices"), report.devices},
                           {QStringLiteral("breaks"), breaks}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

int runVerifyCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Taktline::VerifyCommand",
        "Checks the hash chain over the recorded facts (reports, approvals, machine status, "
        "lot movements, serials, receipts, shipments, audit log): that none was changed, "
        "deleted or added outside Taktline, and that the triggers protecting them are in "
        "place. The file is only read. Exit code 0: the chain holds; 1: it does not, or the "
        "file cannot be checked."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("db"),
         QCoreApplication::translate("Taktline::VerifyCommand",
                                     "The factory database (default: %1).")
             .arg(QDir::toNativeSeparators(defaultDatabasePath())),
         QStringLiteral("path")},
        {QStringLiteral("json"),
         QCoreApplication::translate("Taktline::VerifyCommand", "Print JSON instead of text.")},
    });
    if (std::optional<int> exit = parseOrExit(parser, args))
        return *exit;
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : defaultDatabasePath();
    const Result<ChainVerifier::Report> checked = ChainVerifier::verifyFile(path);
    if (!checked) {
        printError(checked.error());
        return 1;
    }
    const ChainVerifier::Report &report = checked.value();
    if (parser.isSet(QStringLiteral("json")))
        printLine(QString::fromUtf8(json(report)).trimmed());
    if (report.holds()) {
        if (!parser.isSet(QStringLiteral("json"))) {
            const int devices = static_cast<int>(report.devices);
            printLine(QCoreApplication::translate(
                          "Taktline::VerifyCommand",
                          "The hash chain holds: %1 facts in %2 links from %n device(s); none "
                          "was changed, deleted or added outside Taktline.",
                          nullptr, devices)
                          .arg(report.facts)
                          .arg(report.links));
        }
        return 0;
    }
    if (!parser.isSet(QStringLiteral("json"))) {
        printError(
            QCoreApplication::translate("Taktline::VerifyCommand", "The hash chain is broken. %1")
                .arg(report.breaks.constFirst().describe()));
        // The next few say what was done while the protection was off.
        const qsizetype shown = std::min(report.breaks.size(), qsizetype(5));
        for (qsizetype i = 1; i < shown; ++i)
            printError(QCoreApplication::translate("Taktline::VerifyCommand", "Also: %1")
                           .arg(report.breaks.at(i).describe()));
        const int more = static_cast<int>(report.breaks.size() - shown);
        if (more > 0) {
            printError(QCoreApplication::translate(
                "Taktline::VerifyCommand", "%n more problems were found; --json lists them.",
                nullptr, more));
        }
        printError(QCoreApplication::translate(
            "Taktline::VerifyCommand",
            "Keep this file as it is for the investigation, and compare it with your "
            "latest backup."));
    }
    return 1;
}

} // namespace Taktline
