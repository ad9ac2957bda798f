#pragma once

#include <QtGlobal>

#include <optional>

namespace Taktline {

// The time and quantity elements of ISO 22400-2 for one machine (or a sum of machines) over a
// period. Figures are always computed from summed elements, never by averaging percentages:
// the elements of several machines, shifts or days add up with operator+=.
//
//   POT (planned operation time) = calendar + overtime − excluded
//   PBT (planned busy time)      = POT − planned downtime
//   APT (actual production time) = PBT − set-up − delays (availability stops + unclassified)
//                                = running + performance stops + quality stops
//   AUPT (actual unit processing time) = APT + set-up
// Seconds throughout.
struct OeeElements
{
    double calendarSeconds = 0;    // working time of the calendar in the period
    double overtimeSeconds = 0;    // running or setting up outside the calendar
    double excludedSeconds = 0;    // stops with an Excluded reason
    double plannedDownSeconds = 0; // Planned reasons, and maintenance without a reason
    double setupSeconds = 0;       // ASUT
    double availabilitySeconds = 0; // stops with an Availability reason (failures)
    double unclassifiedSeconds = 0; // stops with no reason, a reason without class, no status
    double noStatusSeconds = 0;     // of unclassified: before the machine's first status event
    double performanceStopSeconds = 0;
    double qualityStopSeconds = 0;
    double runningSeconds = 0;
    int delayEvents = 0; // availability and unclassified stops (for MTTR and MTBF)

    double producedQty = 0; // good + defective + rework
    double goodQty = 0;
    double scrapQty = 0;    // defective
    double reworkQty = 0;
    double idealSeconds = 0; // Σ ideal cycle time × produced, divided by the machine's capacity
    // Produced pieces whose step has no ideal cycle time: their standard time stood in.
    double standardBasisQty = 0;

    double pot() const { return calendarSeconds + overtimeSeconds - excludedSeconds; }
    double pbt() const { return pot() - plannedDownSeconds; }
    double delaySeconds() const { return availabilitySeconds + unclassifiedSeconds; } // ADET
    double apt() const { return pbt() - setupSeconds - delaySeconds(); }
    double aupt() const { return apt() + setupSeconds; }
    // Fully productive time: the ideal time of the good pieces.
    double fullyProductiveSeconds() const
    {
        return producedQty > 0 ? idealSeconds * goodQty / producedQty : 0;
    }

    OeeElements &operator+=(const OeeElements &other);
    bool operator==(const OeeElements &other) const = default;
};

// The figures of a set of elements; empty where the denominator is zero (no planned time, no
// production, no failure), so a page can say why instead of showing a fake 0 % or 100 %.
struct OeeFigures
{
    std::optional<double> availability;        // APT / PBT
    std::optional<double> effectiveness;       // ideal time × produced / APT
    std::optional<double> quality;             // good / produced (rework is a loss)
    std::optional<double> oee;                 // A × E × Q
    std::optional<double> nee;                 // AUPT / PBT × E × Q
    std::optional<double> technicalEfficiency; // APT / (APT + delays)
    std::optional<double> setupRate;           // set-up / AUPT
    std::optional<double> mttrSeconds;         // delays / delay events
    std::optional<double> mtbfSeconds;         // APT / delay events
    std::optional<double> scrapRatio;          // scrap / produced
    std::optional<double> reworkRatio;         // rework / produced

    static OeeFigures of(const OeeElements &elements);
};

} // namespace Taktline
