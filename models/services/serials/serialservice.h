#pragma once

#include "domain/outcome.h"
#include "domain/trace/trace.h"
#include "storage/trace/serialrepository.h"

#include <QDate>
#include <QObject>

#include <memory>
#include <optional>

namespace Taktline {

class AccessControl;
class AuditRepository;
class Clock;
class Database;
class MasterDataService;
class WorkOrderRepository;

// Serial numbers (序列号): generates them for a work order, records the steps each piece goes
// through and the components fitted into it (insert-only facts), and traces a serial backward
// to its steps and components and forward to the serial it was fitted into.
class SerialService final : public QObject
{
    Q_OBJECT
public:
    SerialService(std::shared_ptr<Database> db, const Clock &clock, AccessControl *access,
                  AuditRepository *audit, const MasterDataService *masterData,
                  QObject *parent = nullptr);
    ~SerialService() override;

    // COUNT serials (1 … SerialPattern::MaxBatch) for a released or running work order, all in
    // one transaction, from PATTERN (see SerialPattern) for today. The sequence continues after
    // the order's serials. Needs EditWorkOrders. Nothing is written when one serial already
    // exists.
    Result<QStringList> generate(const QString &workOrderId, const QString &pattern, int count);
    // The day {yyMMdd} stands for in generate(): today by the workspace's clock.
    QDate today() const;
    // A step of the serial's own work order, passed or failed (needs UseStation).
    Result<QString> recordStep(const QString &serial, const QString &operationId,
                               const QString &employeeId, const QString &machineId, bool pass);
    // Fits COMPONENT_SERIAL into PARENT_SERIAL (needs UseStation); a component goes into one
    // parent only, and never into itself or into a serial inside it.
    Result<QString> consumeComponent(const QString &parentSerial, const QString &componentSerial,
                                     const QString &employeeId);

    Result<SerialNumber> find(const QString &serialCode) const; // "SN:…" or as typed
    Result<int> countOf(const QString &workOrderId) const;    // serials generated for an order
    // The result last recorded for SERIAL_ID at OPERATION_ID (true: passed), none if never.
    Result<std::optional<bool>> lastStepResult(const QString &serialId,
                                               const QString &operationId) const;
    // Backward (反向追溯): the serial, its work order and steps, its components, recursively
    // (by SerialGenealogy).
    Result<TraceNode> backward(const QString &serialCode) const;
    // Forward (正向追溯): the serial it was fitted into, and that one's parent, up the chain
    // (by SerialGenealogy).
    Result<TraceNode> forward(const QString &serialCode) const;

signals:
    void serialsGenerated(const QString &workOrderId, int count);
    void serialEventAdded(const QString &serialId);

private:
    Outcome requireRunning(const QString &workOrderId) const;

    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
    std::unique_ptr<SerialRepository> m_repository;
    std::unique_ptr<WorkOrderRepository> m_workOrders;
    AccessControl *m_access;
    AuditRepository *m_audit;
    const MasterDataService *m_masterData;
};

} // namespace Taktline
