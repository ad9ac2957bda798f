#pragma once

#include "domain/outcome.h"
#include "domain/station/production.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace Taktline {

// A machine status event as stored.
struct MachineStatusEvent
{
    QString id;
    QString machineId;
    MachineStatus status = MachineStatus::Idle;
    QString downtimeReasonId;
    QString operationId;
    QString employeeId;
    qint64 atMs = 0;
    QString deviceId;
    QString userId;
};

// The operation a machine last ran or set up, as its status events name it.
struct MachineJob
{
    QString operationId;
    qint64 lastAtMs = 0;    // the newest Running / Set-up event naming it
    qint64 startedAtMs = 0; // the first event on this machine naming it
};

// Inserts production reports and machine status events (never updates them) and reads the
// progress derived from them.
class ProductionRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::ProductionRepository)

public:
    explicit ProductionRepository(QSqlDatabase db);

    Outcome insertReport(const ProductionReport &report);
    Result<ProductionReport> findReport(const QString &id) const;
    bool isVoided(const QString &reportId) const;
    // The newest report that counts for this operation by this employee, if any.
    Result<std::optional<ProductionReport>> lastReport(const QString &operationId,
                                                        const QString &employeeId) const;
    Result<OperationProgress> progress(const QString &operationId) const;
    // Keyed by operation id; operations without reports are absent.
    Result<QHash<QString, OperationProgress>> progressForWorkOrder(const QString &workOrderId) const;
    Result<QHash<QString, OperationProgress>> progressForOperations(const QStringList &operationIds) const;
    // The reports that count in [fromMs, toMs), optionally of one employee, oldest first.
    Result<QList<ProductionReport>> reports(qint64 fromMs, qint64 toMs, const QString &employeeId = {}) const;

    // Every report of one operation or one work order, voiding records folded into the report
    // they void, newest first.
    Result<QList<ReportEntry>> entries(const QString &workOrderId, const QString &operationId = {}) const;
    Outcome insertApproval(const QString &id, const QString &reportId, qint64 atMs,
                           const QString &deviceId, const QString &userId);
    bool isApproved(const QString &reportId) const;

    Outcome insertStatusEvent(const MachineStatusEvent &event);
    Result<std::optional<MachineStatusEvent>> latestStatus(const QString &machineId) const;
    // The events of a machine from fromMs on, with the one in force at fromMs first.
    Result<QList<MachineStatusEvent>> statusEvents(const QString &machineId, qint64 fromMs) const;

    // Good pieces that count per machine in [fromMs, toMs); machines without any are absent.
    Result<QHash<QString, double>> goodByMachine(qint64 fromMs, qint64 toMs) const;
    // Good pieces of one operation reported on one machine in [fromMs, toMs).
    Result<double> goodOnMachine(const QString &machineId, const QString &operationId,
                                 qint64 fromMs, qint64 toMs) const;
    // The operation of the machine's newest Running or Set-up event that names one, if any.
    Result<std::optional<MachineJob>> latestJob(const QString &machineId) const;

private:
    QSqlDatabase m_db;
    Sql::Statement m_insertReport; // the station's most frequent write: prepared once
};

} // namespace Taktline
