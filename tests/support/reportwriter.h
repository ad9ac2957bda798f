#pragma once

#include <QStringList>

#include <optional>

namespace Taktline::ReportWriter {

// A second process that reports one good piece after another on an operation, a minute apart,
// and prints each saved report's id on its own line once it is committed — for the tests that
// cut its power or take a backup while it writes. It is the test executable itself, started
// with arguments() and answered by runIfAsked() at the top of main().

// The arguments that start the writer on the factory file PATH, from FIRST_MS on.
QStringList arguments(const QString &path, const QString &operationId, const QString &employeeId,
                      const QString &machineId, qint64 firstMs);
// In main(): the writer's exit code when ARGV starts the writer (it runs until killed or a
// report fails: "open: …" or "report: …" on stderr), nothing otherwise.
std::optional<int> runIfAsked(int argc, char *argv[]);

} // namespace Taktline::ReportWriter
