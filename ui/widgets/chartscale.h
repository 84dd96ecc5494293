#pragma once

#include <QtGlobal>

namespace lm::client::chartscale {

/// Both value axes of a chart get as many intervals, so that one axis' grid lines fit the other's.
inline constexpr int AxisIntervals = 4;

/// The top of a value axis of AxisIntervals intervals: the smallest "nice" step (1, 2, 2.5, 5 ×
/// 10^k; no 2.5 for counts) that covers `max`.
double niceTop(double max, bool integers);

/// Money drawn in MAD: the only place centimes become a floating-point number, for a point's
/// height on screen (every text about money goes through lm::Money).
double madForDisplay(qint64 cents);

} // namespace lm::client::chartscale
