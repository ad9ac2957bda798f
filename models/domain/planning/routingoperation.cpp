#include "domain/planning/routingoperation.h"

#include <QCoreApplication>

namespace Taktline {

Outcome validateRouting(const Routing &routing)
{
    constexpr double MaxSecondsPerPiece = 7 * 24 * 3600.0;
    for (int i = 0; i < routing.size(); ++i) {
        const RoutingOperation &op = routing.at(i);
        const int step = (i + 1) * 10;
        if (op.name.trimmed().isEmpty()) {
            return Outcome::failure(QCoreApplication::translate(
                "Taktline::Routing", "Operation %1 needs a name.").arg(step));
        }
        if (!(op.standardSeconds > 0)) {
            return Outcome::failure(
                QCoreApplication::translate("Taktline::Routing",
                                            "Operation %1 (%2): the standard time must be "
                                            "greater than zero seconds per piece.")
                    .arg(step)
                    .arg(op.name));
        }
        if (op.standardSeconds > MaxSecondsPerPiece) {
            return Outcome::failure(
                QCoreApplication::translate("Taktline::Routing",
                                            "Operation %1 (%2): a standard time of more than "
                                            "seven days per piece is not plausible.")
                    .arg(step)
                    .arg(op.name));
        }
    }
    return Outcome::success();
}

} // namespace Taktline
