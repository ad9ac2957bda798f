#pragma once

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace Taktline {

// Small helpers the command-line commands share: arguments without the sub-command name,
// parse with clear errors, and whole-number options.
QStringList commandArguments(const QStringList &all, const QString &command);
// Parses ARGS; prints the error or the help and returns the exit code when it should stop.
std::optional<int> parseOrExit(QCommandLineParser &parser, const QStringList &args);
std::optional<int> intOption(const QCommandLineParser &parser, const QString &name, int minimum,
                             int fallback, QString *error);
void printError(const QString &message);
// The commands taktline knows, and the usage that lists them.
QStringList commandNames();
QString usageText();
// A first argument that is no command: says so with the usage and exits 2, opening nothing.
int runUnknownCommand(const QString &command);
void printLine(const QString &message);

} // namespace Taktline
