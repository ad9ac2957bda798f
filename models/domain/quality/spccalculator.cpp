// STUB (issue 16 contract): the SPC helper replaces this file.
#include "domain/quality/spccalculator.h"

namespace Taktline {

namespace {
Outcome notYet()
{
    return Outcome::failure(QStringLiteral("SPC: not built yet"));
}
} // namespace

Result<ControlChart> SpcCalculator::xbarR(const QList<QList<double>> &)
{
    return notYet();
}

Result<ControlChart> SpcCalculator::individuals(const QList<double> &)
{
    return notYet();
}

QList<SpcSignal> SpcCalculator::westernElectric(const QList<double> &, double, double,
                                                SpcSignal::Chart)
{
    return {};
}

Result<Capability> SpcCalculator::capability(const QList<double> &, double,
                                             std::optional<double>, std::optional<double>)
{
    return notYet();
}

} // namespace Taktline
