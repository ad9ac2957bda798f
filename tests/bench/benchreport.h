#pragma once

#include <QString>
#include <QtGlobal>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace Taktline::Bench {

// Prints one benchmark figure in the project's format.
inline void report(const char *name, double value, const char *unit, double baseline)
{
    std::printf("BENCH %s %.3f %s baseline=%.3f ratio=%.2f\n", name, value, unit, baseline,
                baseline > 0 ? value / baseline : 0.0);
    std::fflush(stdout);
}

inline double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto index = static_cast<size_t>(p * static_cast<double>(samples.size() - 1));
    return samples.at(index);
}

} // namespace Taktline::Bench
