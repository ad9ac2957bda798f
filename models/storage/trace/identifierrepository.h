#pragma once

#include "domain/outcome.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Taktline {

// A lot or a serial that gets an industrial-internet identifier, with what the registration
// file says about it.
struct IdentifiedItemRow
{
    enum class Kind { MaterialLot, ProductionLot, Serial };

    Kind kind = Kind::MaterialLot;
    QString partNo;
    QString productName;
    QString spec;
    QString lotNo;     // the material lot, or the work order's production lot
    QString serial;    // Serial only
    QString workOrder; // ProductionLot and Serial
    QDate date;        // received (material lot), first reported (production lot), generated
};

// Reads the lots and serials of a date range for the identifier registration file.
class IdentifierRepository final
{
    Q_DECLARE_TR_FUNCTIONS(Taktline::IdentifierRepository)

public:
    explicit IdentifierRepository(QSqlDatabase db);

    // Material lots received, production lots first reported and serials generated FROM … TO
    // (whole local days, both included), in date order.
    Result<QList<IdentifiedItemRow>> itemsBetween(const QDate &from, const QDate &to) const;

private:
    QSqlDatabase m_db;
};

} // namespace Taktline
