#include "chartscale.h"

#include <algorithm>
#include <cmath>

namespace lm::client::chartscale {

double niceTop(double max, bool integers)
{
    if (max <= 0)
        return AxisIntervals;
    const double raw = max / AxisIntervals;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * magnitude;
    for (const double factor : {1.0, 2.0, 2.5, 5.0}) {
        if (integers && factor == 2.5)
            continue;
        if (raw <= factor * magnitude) {
            step = factor * magnitude;
            break;
        }
    }
    if (integers)
        step = std::max(1.0, std::ceil(step));
    return step * AxisIntervals;
}

double madForDisplay(qint64 cents)
{
    return double(cents) / 100.0;
}

} // namespace lm::client::chartscale
