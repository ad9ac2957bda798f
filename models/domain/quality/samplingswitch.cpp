// STUB (issue 16 contract): the sampling helper replaces this file with the switching rules.
#include "domain/quality/samplingswitch.h"

namespace Taktline {

SamplingSwitch::SamplingSwitch(bool allowReduced)
    : m_allowReduced(allowReduced)
{}

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

void SamplingSwitch::record(bool, const SamplingPlan &) {}

void SamplingSwitch::resume() {}

QString SamplingSwitch::describe() const
{
    return {};
}

} // namespace Taktline
