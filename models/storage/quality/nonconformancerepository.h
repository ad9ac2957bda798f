#pragma once

#include "domain/outcome.h"
#include "domain/quality/nonconformance.h"
#include "storage/numberseries.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

namespace Taktline {

// A nonconformance as it is inserted (ids of what it is about; empty ids are NULL).
struct NonconformanceRow
{
    QString id, number, productId, inspectionId, workOrderId, operationId, machineId, lotId,
        serialId, defectReasonId, description, employeeId, deviceId, userId;
    double quantity = 0;
    qint64 atMs = 0;
};

// A disposition as it is inserted.
struct DispositionRow
{
    QString id, nonconformanceId, reworkWorkOrderId, approverUserId, note, deviceId, userId;
    Disposition disposition = Disposition::Scrap;
    double quantity = 0;
    bool deductWages = false;
    qint64 atMs = 0;
};

// Reads and writes nonconformances (不合格品) and their dispositions, and numbers them.
class NonconformanceRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::NonconformanceRepository)

public:
    explicit NonconformanceRepository(QSqlDatabase db);

    // NC-20261206-0001 on the first device ("A"), NC-20261206-B0001 on device "B": two devices
    // offline never hand out the same number. Call inside the inserting transaction.
    Result<QString> nextNumber(const QDate &day, const QString &deviceCode);
    Outcome insert(const NonconformanceRow &row);
    Outcome insertDisposition(const DispositionRow &row);

    // Newest first, with their dispositions.
    Result<QList<NonconformanceRecord>> list(const NonconformanceFilter &filter) const;
    Result<std::optional<NonconformanceRecord>> find(const QString &idOrNumber) const;
    // The pieces of the NCs already opened on an operation (what of its good is taken).
    Result<double> quantityOnOperation(const QString &operationId) const;

private:
    Result<QList<NonconformanceRecord>> select(const QString &where,
                                               const QList<std::pair<QString, QVariant>> &binds)
        const;
    Outcome fillDispositions(QList<NonconformanceRecord> &records) const;

    QSqlDatabase m_db;
    NumberSeries m_numbers;
};

} // namespace Taktline
