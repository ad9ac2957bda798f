#include "domain/oee/oeeelements.h"

namespace Taktline {

OeeElements &OeeElements::operator+=(const OeeElements &other)
{
    calendarSeconds += other.calendarSeconds;
    overtimeSeconds += other.overtimeSeconds;
    excludedSeconds += other.excludedSeconds;
    plannedDownSeconds += other.plannedDownSeconds;
    setupSeconds += other.setupSeconds;
    availabilitySeconds += other.availabilitySeconds;
    unclassifiedSeconds += other.unclassifiedSeconds;
    noStatusSeconds += other.noStatusSeconds;
    performanceStopSeconds += other.performanceStopSeconds;
    qualityStopSeconds += other.qualityStopSeconds;
    runningSeconds += other.runningSeconds;
    delayEvents += other.delayEvents;
    producedQty += other.producedQty;
    goodQty += other.goodQty;
    scrapQty += other.scrapQty;
    reworkQty += other.reworkQty;
    idealSeconds += other.idealSeconds;
    standardBasisQty += other.standardBasisQty;
    return *this;
}

namespace {

// A ratio, or nothing when the denominator is not positive (less than a millisecond of time).
std::optional<double> ratio(double numerator, double denominator)
{
    if (denominator <= 1e-3)
        return std::nullopt;
    return numerator / denominator;
}

} // namespace

OeeFigures OeeFigures::of(const OeeElements &e)
{
    OeeFigures f;
    f.availability = ratio(e.apt(), e.pbt());
    if (e.producedQty > 0) {
        f.effectiveness = ratio(e.idealSeconds, e.apt());
        f.quality = e.goodQty / e.producedQty;
        f.scrapRatio = e.scrapQty / e.producedQty;
        f.reworkRatio = e.reworkQty / e.producedQty;
    }
    if (f.availability && f.effectiveness && f.quality)
        f.oee = *f.availability * *f.effectiveness * *f.quality;
    if (f.effectiveness && f.quality) {
        if (const std::optional<double> busy = ratio(e.aupt(), e.pbt()))
            f.nee = *busy * *f.effectiveness * *f.quality;
    }
    f.technicalEfficiency = ratio(e.apt(), e.apt() + e.delaySeconds());
    f.setupRate = ratio(e.setupSeconds, e.aupt());
    if (e.delayEvents > 0) {
        f.mttrSeconds = e.delaySeconds() / e.delayEvents;
        f.mtbfSeconds = e.apt() / e.delayEvents;
    }
    return f;
}

} // namespace Taktline
