#pragma once

#include "domain/outcome.h"
#include "storage/trace/tracerepository.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace Taktline {

// One serial number (序列号): a single piece of a work order's product. Insert-only.
struct SerialNumber
{
    QString id;
    QString serial; // unique, what the label carries after "SN:"; never a key
    QString workOrderId;
    QString productId;
    qint64 createdAtMs = 0;
    QString deviceId;
    QString userId;

    // The seven columns a query selects for it from serials s, each named serial_… so they never
    // clash with the query's other columns.
    static QString sqlColumns();
    // Reads those columns from the query's current row.
    static SerialNumber read(const Sql::Row &row);
};

// One insert-only fact about a serial: a step it went through, or a component fitted into it.
struct SerialEvent
{
    enum class Kind { Step, Component };

    QString id;
    QString serialId;
    Kind kind = Kind::Step;
    QString operationId;       // Step
    QString componentSerialId; // Component
    QString employeeId;
    QString machineId;
    bool pass = true; // Step
    qint64 atMs = 0;
    QString deviceId;
    QString userId;
};

// A serial as a genealogy shows it: the serial, and when it is linked to another one (its
// component or its parent), who fitted it and when.
struct SerialLinkRow
{
    SerialNumber serial;
    QString employeeName;
    QString badge;
    qint64 fittedAtMs = 0;
};

// One step of a serial with the operation and the names of who and where.
struct SerialStepRow
{
    QString operationId;
    int seq = 0;
    QString operationName;
    QString employeeName;
    QString badge;
    QString machineCode;
    bool pass = true;
    qint64 atMs = 0;
};

// Reads and writes serial numbers and their events (both insert-only) with indexed queries.
class SerialRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::SerialRepository)

public:
    explicit SerialRepository(QSqlDatabase db);

    Result<std::optional<SerialNumber>> findBySerial(const QString &serial) const;
    Result<int> countOfOrder(const QString &workOrderId) const;
    // Inserts every serial with one prepared statement; call inside a transaction. A serial that
    // already exists is refused with a message naming it.
    Outcome insertSerials(const QList<SerialNumber> &serials);
    Outcome insertEvent(const SerialEvent &event);

    Result<std::optional<TraceOrderRow>> order(const QString &workOrderId) const;
    Result<QList<SerialStepRow>> steps(const QString &serialId) const;
    Result<QList<SerialLinkRow>> components(const QString &serialId) const;
    // The serial SERIAL_ID was fitted into, if any.
    Result<std::optional<SerialLinkRow>> parentOf(const QString &serialId) const;

private:
    Result<QList<SerialLinkRow>> links(const QString &joinOn, const QString &where,
                                       const QString &id) const;

    QSqlDatabase m_db;
};

} // namespace Taktline
