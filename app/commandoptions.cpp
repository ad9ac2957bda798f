#include "commandoptions.h"

#include "commandtable.h"

#include <QCoreApplication>

#include <cstdio>

namespace Taktline {

QStringList commandArguments(const QStringList &all, const QString &command)
{
    QStringList args = all;
    const qsizetype at = args.indexOf(command);
    if (at > 0)
        args.removeAt(at);
    return args;
}

void printError(const QString &message)
{
    std::fprintf(stderr, "taktline: %s\n", message.toLocal8Bit().constData());
}

void printLine(const QString &message)
{
    std::fprintf(stdout, "%s\n", message.toLocal8Bit().constData());
    std::fflush(stdout);
}

QStringList commandNames()
{
    QStringList names;
    for (const Command &command : commands())
        names.append(QLatin1String(command.name));
    return names;
}

QString usageText()
{
    return QCoreApplication::translate("Taktline::CommandLine",
                                       "Usage: taktline [--db PATH]         opens the factory\n"
                                       "       taktline COMMAND [OPTIONS]   COMMAND is one of: %1\n"
                                       "Each command has --help.")
        .arg(commandNames().join(QStringLiteral(", ")));
}

int runUnknownCommand(const QString &command)
{
    printError(QCoreApplication::translate("Taktline::CommandLine", "unknown command '%1'.")
                   .arg(command));
    std::fprintf(stderr, "%s\n", usageText().toLocal8Bit().constData());
    return 2;
}

std::optional<int> parseOrExit(QCommandLineParser &parser, const QStringList &args)
{
    if (!parser.parse(args)) {
        printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText());
        return 0;
    }
    return std::nullopt;
}

std::optional<int> intOption(const QCommandLineParser &parser, const QString &name, int minimum,
                             int fallback, QString *error)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum) {
        *error = QCoreApplication::translate("Taktline::CommandLine",
                                             "--%1 needs a whole number of at least %2.")
                     .arg(name)
                     .arg(minimum);
        return std::nullopt;
    }
    return value;
}

} // namespace Taktline
