// The switching rules of GB/T 2828.1-2012 clause 9 (≡ ISO 2859-1:1999), for single sampling.
#include "domain/quality/samplingswitch.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace Taktline {

namespace {

constexpr int RecentLots = 5;       // 9.3.1 and 9.3.2 look at five consecutive lots
constexpr int ReducedScore = 30;    // 9.3.3.1 b)
constexpr int DiscontinueAfter = 5; // 9.4

// The acceptance numbers of Table 2-A in the order of its columns: the plan one AQL step tighter
// than a plan of Ac ≥ 2 has the acceptance number just before it (same sample size).
constexpr std::array<int, 11> NormalAcceptance = {0, 1, 2, 3, 5, 7, 10, 14, 21, 30, 44};

int tighterAcceptance(int accept)
{
    int tighter = 0;
    for (int value : NormalAcceptance) {
        if (value < accept)
            tighter = value;
    }
    return tighter;
}

} // namespace

SamplingSwitch::SamplingSwitch(bool allowReduced)
    : m_allowReduced(allowReduced)
{
}

Severity SamplingSwitch::severity() const
{
    return m_severity;
}

bool SamplingSwitch::discontinued() const
{
    return m_discontinued;
}

int SamplingSwitch::switchingScore() const
{
    return m_score;
}

void SamplingSwitch::enter(Severity severity)
{
    m_severity = severity;
    m_recent.clear();
    m_score = 0; // 9.3.3.2: the score starts at zero at the start of normal inspection
    if (severity == Severity::Tightened)
        m_tightenedRejections = 0;
}

void SamplingSwitch::record(bool accepted, const SamplingPlan &plan)
{
    record(accepted, plan, -1);
}

void SamplingSwitch::record(bool accepted, const SamplingPlan &plan, int nonconforming)
{
    if (m_discontinued)
        return;
    m_recent.append(accepted);
    if (m_recent.size() > RecentLots)
        m_recent.removeFirst();

    switch (m_severity) {
    case Severity::Normal: {
        // 9.3.3.2: with Ac 0 or 1, +2 for a lot accepted; with Ac 2 or more, +3 when the lot
        // would also have been accepted one AQL step tighter; anything else sets it back to 0.
        if (plan.accept >= 2) {
            const bool tighterAccepts =
                accepted && nonconforming >= 0 && nonconforming <= tighterAcceptance(plan.accept);
            m_score = tighterAccepts ? m_score + 3 : 0;
        } else {
            m_score = accepted ? m_score + 2 : 0;
        }
        const auto notAccepted = std::count(m_recent.cbegin(), m_recent.cend(), false);
        if (notAccepted >= 2) // 9.3.1: 2 of 5 or fewer consecutive lots not accepted
            enter(Severity::Tightened);
        else if (m_allowReduced && m_score >= ReducedScore) // 9.3.3.1
            enter(Severity::Reduced);
        break;
    }
    case Severity::Tightened:
        if (!accepted) {
            if (++m_tightenedRejections >= DiscontinueAfter) // 9.4
                m_discontinued = true;
        } else if (m_recent.size() == RecentLots &&
                   std::all_of(m_recent.cbegin(), m_recent.cend(), [](bool lot) { return lot; })) {
            enter(Severity::Normal); // 9.3.2: 5 consecutive lots accepted
        }
        break;
    case Severity::Reduced:
        if (!accepted) // 9.3.4 a)
            enter(Severity::Normal);
        break;
    }
}

void SamplingSwitch::resume()
{
    if (!m_discontinued)
        return;
    m_discontinued = false;
    enter(Severity::Tightened);
}

QString SamplingSwitch::describe() const
{
    if (m_discontinued)
        return QCoreApplication::translate(
            "Taktline::Quality",
            "Inspection discontinued: 5 lots not accepted on tightened inspection; resume "
            "once the supplier has corrected the cause.");
    switch (m_severity) {
    case Severity::Normal:
        return QCoreApplication::translate("Taktline::Quality",
                                           "Normal inspection, switching score %1")
            .arg(m_score);
    case Severity::Tightened: {
        const auto inARow =
            std::find(m_recent.crbegin(), m_recent.crend(), false) - m_recent.crbegin();
        return QCoreApplication::translate("Taktline::Quality",
                                           "Tightened inspection, %1 of 5 lots accepted in a row")
            .arg(inARow);
    }
    case Severity::Reduced:
        return QCoreApplication::translate("Taktline::Quality", "Reduced inspection");
    }
    return {};
}

} // namespace Taktline
