#pragma once

#include <QList>
#include <QtGlobal>

class QAbstractAxis;
class QAbstractSeries;
class QChart;
class QColor;
class QPalette;
class QValueAxis;

namespace lm::client::chartkit {

// What the influencer's weekly chart and the admin's daily reports share: counts on one value
// axis, money on a second one, both mirrored in right-to-left layouts and drawn in the palette.

/// Both value axes of a chart get as many intervals, so that one axis' grid lines fit the other's.
inline constexpr int AxisIntervals = 4;

/// The top of a value axis of AxisIntervals intervals: the smallest "nice" step (1, 2, 2.5, 5 ×
/// 10^k; no 2.5 for counts) that covers `max`.
double niceTop(double max, bool integers);

/// Money drawn in MAD: the only place centimes become a floating-point number, for a point's
/// height on screen (every text about money goes through lm::Money).
double madForDisplay(qint64 cents);

/// A value axis of AxisIntervals intervals labelled with whole numbers ("%d" comes out empty once
/// the chart localises its numbers in Qt 6.4, so "%.0f").
QValueAxis *makeValueAxis(QChart *chart, bool gridLines);

/// Counts on the reading side's start, money on its end. An axis' side is fixed when it is added,
/// so both are (re-)added on the sides the direction calls for and their series attached again.
void placeValueAxes(QChart *chart, QValueAxis *counts, const QList<QAbstractSeries *> &countSeries,
                    QValueAxis *money, QAbstractSeries *moneySeries, bool rightToLeft);

/// Axes and legend in the palette's text colour (lines and grid in fainter shades of it).
void colourAxes(QChart *chart, const QList<QAbstractAxis *> &axes, const QPalette &palette);

/// The money line's colour: purple, lighter on a dark palette.
QColor moneyColour(const QPalette &palette);

} // namespace lm::client::chartkit
