#pragma once

#include "domain/outcome.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Taktline {

class Workspace;

// One production report as a machine's timeline marks it.
struct MachineReportMark
{
    QString reportId;
    qint64 atMs = 0;
    double good = 0;
    double defective = 0;
    double rework = 0;
    QString workOrderNo;
    QString employeeName;
};

// The reports that count (not voiding, not voided) made at one machine in a window — on the
// report's machine, or its operation's when the report names none — for the machine timeline.
class MachineReports final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::MachineReports)

public:
    explicit MachineReports(const Workspace *workspace);

    // Oldest first, in [fromMs, toMs).
    Result<QList<MachineReportMark>> between(const QString &machineId, qint64 fromMs,
                                             qint64 toMs) const;

private:
    const Workspace *m_workspace;
};

} // namespace Taktline
