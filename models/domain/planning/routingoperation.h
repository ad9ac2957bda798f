#pragma once

#include "domain/outcome.h"

#include <QList>
#include <QString>

namespace Taktline {

// One step of a product's routing (工艺路线): what is done, how long a piece takes, where.
struct RoutingOperation
{
    QString id;               // UUIDv7; empty for an operation not saved yet
    QString name;
    double standardSeconds = 0; // standard time per piece (标准工时)
    QString machineId;        // default machine; may be empty

    bool operator==(const RoutingOperation &other) const = default;
};

using Routing = QList<RoutingOperation>;

// Checks a whole routing: names present, standard times positive and sane.
Outcome validateRouting(const Routing &routing);

} // namespace Taktline
