#include "reportwriter.h"

#include "domain/clock.h"
#include "services/access/accesscontrol.h"
#include "services/station/reportingservice.h"
#include "services/workspace.h"

#include <QCoreApplication>

#include <cstdio>

namespace Taktline::ReportWriter {

namespace {

const char *const Argument = "--report-writer";

int writeReports(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 7)
        return 2;
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(args.at(2));
    if (!opened) {
        std::fprintf(stderr, "open: %s\n", qPrintable(opened.error()));
        return 1;
    }
    Workspace &ws = *opened.value();
    ws.access()->signIn({QStringLiteral("writer"), QStringLiteral("writer"),
                         QStringLiteral("Writer"), Role::Operator});
    ReportRequest request;
    request.operationId = args.at(3);
    request.employeeId = args.at(4);
    request.machineId = args.at(5);
    request.good = 1;
    const qint64 firstMs = args.at(6).toLongLong();
    for (qint64 i = 0;; ++i) {
        ws.setClock(Clock::fixedAt(firstMs + i * 60000));
        const Result<ReportReceipt> saved = ws.reporting()->report(request);
        if (!saved) {
            std::fprintf(stderr, "report: %s\n", qPrintable(saved.error()));
            return 1;
        }
        std::printf("%s\n", qPrintable(saved.value().reportId));
        std::fflush(stdout);
    }
}

} // namespace

QStringList arguments(const QString &path, const QString &operationId, const QString &employeeId,
                      const QString &machineId, qint64 firstMs)
{
    return {QString::fromLatin1(Argument), path, operationId, employeeId, machineId,
            QString::number(firstMs)};
}

std::optional<int> runIfAsked(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], Argument) == 0)
        return writeReports(argc, argv);
    return std::nullopt;
}

} // namespace Taktline::ReportWriter
