#include "identifierscommand.h"

#include "appidentity.h"
#include "commandoptions.h"
#include "outputfile.h"
#include "io/identifierregistration.h"
#include "services/workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>

namespace Taktline {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("Taktline::IdentifiersCommand", text);
}

// The day in --NAME (YYYY-MM-DD), or an invalid date and ERROR.
QDate dateOption(const QCommandLineParser &parser, const QString &name, QString *error)
{
    const QString text = parser.value(name).trimmed();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (text.isEmpty())
        *error = translate("Give --%1 YYYY-MM-DD.").arg(name);
    else if (!date.isValid())
        *error = translate("--%1 '%2' is not a date; write it as YYYY-MM-DD, such as 2026-11-23.")
                     .arg(name, text);
    return date;
}

} // namespace

int runIdentifiersCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(translate(
        "Writes the batch registration file of industrial-internet identifiers (enterprise "
        "prefix/LOT:... and prefix/SN:...) for the secondary node: the material lots received, "
        "the production lots first reported and the serial numbers generated from --from to "
        "--to, both days included. Needs the enterprise prefix set under Settings. No network "
        "call is made."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("from"), translate("The first day, YYYY-MM-DD."), QStringLiteral("date")},
        {QStringLiteral("to"), translate("The last day, YYYY-MM-DD."), QStringLiteral("date")},
        {QStringLiteral("out"), translate("The file to write: .csv (UTF-8 for Excel) or .json."),
         QStringLiteral("file")},
        {QStringLiteral("db"),
         translate("The factory database (default: %1).")
             .arg(QDir::toNativeSeparators(defaultDatabasePath())),
         QStringLiteral("path")},
    });
    if (std::optional<int> exit = parseOrExit(parser, args))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        printError(translate("Unexpected argument '%1'; see taktline identifiers --help.")
                       .arg(parser.positionalArguments().constFirst()));
        return 2;
    }
    QString error;
    const QDate from = dateOption(parser, QStringLiteral("from"), &error);
    const QDate to = error.isEmpty() ? dateOption(parser, QStringLiteral("to"), &error) : QDate();
    const QString out = parser.value(QStringLiteral("out"));
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : defaultDatabasePath();
    if (error.isEmpty()) {
        if (const Outcome allowed =
                OutputFile::check(out, {QStringLiteral("csv"), QStringLiteral("json")}, path);
            !allowed)
            error = allowed.error();
    }
    if (!error.isEmpty()) {
        printError(error);
        return 2;
    }
    if (!QFileInfo::exists(path)) {
        printError(translate("There is no database at %1.").arg(QDir::toNativeSeparators(path)));
        return 1;
    }
    Result<std::unique_ptr<Workspace>> workspace =
        Workspace::open(path, Database::IfMissing::Refuse); // only first run and demo make one
    if (!workspace) {
        printError(workspace.error());
        return 1;
    }
    const Result<IdentifierRegistration::Summary> written =
        IdentifierRegistration(workspace.value().get()).write(out, from, to);
    if (!written) {
        printError(written.error());
        return 1;
    }
    for (const QString &code : written.value().leftOut)
        printError(translate("Left out %1: it cannot be part of an identifier (only letters, "
                             "digits and ASCII punctuation, no spaces).")
                       .arg(code));
    printLine(QCoreApplication::translate("Taktline::IdentifiersCommand",
                                          "Wrote %n identifier(s) to %1", nullptr,
                                          written.value().count)
                  .arg(QDir::toNativeSeparators(out)));
    return 0;
}

} // namespace Taktline
