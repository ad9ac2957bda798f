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
void printLine(const QString &message);

} // namespace Taktline
