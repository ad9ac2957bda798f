#include "domain/planning/routingoperation.h"

#include <QCoreApplication>

namespace Taktline {

Outcome validateIdealSeconds(std::optional<double> idealSeconds, double standardSeconds, int step,
                             const QString &name)
{
    constexpr double MaxIdealSeconds = 24 * 3600.0;
    constexpr double MaxTimesStandard = 10;
    if (!idealSeconds)
        return Outcome::success();
    if (!(*idealSeconds > 0)) {
        return Outcome::failure(
            QCoreApplication::translate("Taktline::Routing",
                                        "Operation %1 (%2): the ideal cycle time must be greater "
                                        "than zero seconds per piece; leave it empty when it is "
                                        "not known.")
                .arg(step)
                .arg(name));
    }
    if (*idealSeconds > MaxIdealSeconds) {
        return Outcome::failure(
            QCoreApplication::translate("Taktline::Routing",
                                        "Operation %1 (%2): an ideal cycle time of more than a "
                                        "day per piece is not plausible.")
                .arg(step)
                .arg(name));
    }
    if (standardSeconds > 0 && *idealSeconds > standardSeconds * MaxTimesStandard) {
        return Outcome::failure(
            QCoreApplication::translate("Taktline::Routing",
                                        "Operation %1 (%2): the ideal cycle time (%3 s) is more "
                                        "than ten times the standard time (%4 s). The ideal time "
                                        "is the fastest the step can run; check the figure.")
                .arg(step)
                .arg(name)
                .arg(*idealSeconds)
                .arg(standardSeconds));
    }
    return Outcome::success();
}

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
        if (Outcome ideal = validateIdealSeconds(op.idealSeconds, op.standardSeconds, step, op.name);
            !ideal) {
            return ideal;
        }
        if (op.outsourced && op.supplierId.isEmpty()) {
            return Outcome::failure(
                QCoreApplication::translate("Taktline::Routing",
                                            "Operation %1 (%2) is outsourced: choose its "
                                            "supplier.")
                    .arg(step)
                    .arg(op.name));
        }
        if (op.outsourced && !(op.subcontractPrice >= 0 && op.subcontractPrice < 1e9)) {
            return Outcome::failure(
                QCoreApplication::translate("Taktline::Routing",
                                            "Operation %1 (%2): the subcontract price per piece "
                                            "must be zero or more.")
                    .arg(step)
                    .arg(op.name));
        }
    }
    return Outcome::success();
}

} // namespace Taktline
