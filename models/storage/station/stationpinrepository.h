#pragma once

#include "domain/outcome.h"

#include <QSqlDatabase>
#include <QString>

namespace Taktline {

// The employees' station PIN hashes (table employee_pins): read, set, cleared. Never a PIN.
class StationPinRepository final
{
public:
    explicit StationPinRepository(QSqlDatabase db);

    // EMPLOYEE_ID's PIN hash, or "" when the employee has none.
    Result<QString> hashFor(const QString &employeeId) const;
    // Sets (HASH) or clears ("") the PIN of EMPLOYEE_ID at NOW_MS.
    Outcome setHash(const QString &employeeId, const QString &hash, qint64 nowMs);
    // How many active employees have no PIN.
    Result<int> activeWithoutPin() const;

private:
    QSqlDatabase m_db;
};

} // namespace Taktline
