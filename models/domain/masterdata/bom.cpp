#include "domain/masterdata/bom.h"

#include <algorithm>

namespace Taktline {

double materialShortage(double required, double fed, double usableStock)
{
    constexpr double Noise = 1e-9; // 0.1 × 3 is not quite 0.3 in binary
    const double missing = required - std::max(0.0, fed) - std::max(0.0, usableStock);
    return missing > Noise * std::max(1.0, required) ? missing : 0.0;
}

} // namespace Taktline
