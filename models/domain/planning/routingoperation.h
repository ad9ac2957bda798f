#pragma once

#include "domain/outcome.h"

#include <QList>
#include <QString>

#include <optional>

namespace Taktline {

// One step of a product's routing (工艺路线): what is done, how long a piece takes, where.
struct RoutingOperation
{
    QString id;               // UUIDv7; empty for an operation not saved yet
    QString name;
    double standardSeconds = 0; // standard time per piece (标准工时)
    QString machineId;        // default machine; may be empty
    // The ideal cycle time (理想节拍) of one piece for OEE; not set: the standard time stands in.
    // The standard time is for wages and scheduling, the ideal time is the best the step can do.
    std::optional<double> idealSeconds{};
    // Done by a supplier (外协) instead of on a machine: SUPPLIER_ID is required, the machine is
    // not; SUBCONTRACT_PRICE is paid per good piece.
    bool outsourced = false;
    QString supplierId{};
    double subcontractPrice = 0;

    bool operator==(const RoutingOperation &other) const = default;
};

using Routing = QList<RoutingOperation>;

// Checks a whole routing: names present, standard times positive and sane, ideal cycle times
// (when set) positive and not absurd: at most ten times the standard time and at most a day.
Outcome validateRouting(const Routing &routing);
// Checks one ideal cycle time (empty is fine) against its step's standard time.
Outcome validateIdealSeconds(std::optional<double> idealSeconds, double standardSeconds, int step,
                             const QString &name);

} // namespace Taktline
