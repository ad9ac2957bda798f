#pragma once

#include "domain/outcome.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace Taktline {

// Reads which line (产线) each machine belongs to, for capacity by line; the planner's machine
// rows do not carry it.
class MachineLineRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::MachineLineRepository)

public:
    explicit MachineLineRepository(QSqlDatabase db);

    Result<QHash<QString, QString>> lines() const; // machine id → line ('' for none)

private:
    QSqlDatabase m_db;
};

} // namespace Taktline
