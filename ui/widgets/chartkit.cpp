#include "chartkit.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QChart>
#include <QColor>
#include <QLegend>
#include <QPalette>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace lm::client::chartkit {

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

QValueAxis *makeValueAxis(QChart *chart, bool gridLines)
{
    auto *axis = new QValueAxis(chart);
    axis->setTickCount(AxisIntervals + 1);
    axis->setLabelFormat(u"%.0f"_s);
    axis->setGridLineVisible(gridLines);
    return axis;
}

void placeValueAxes(QChart *chart, QValueAxis *counts, const QList<QAbstractSeries *> &countSeries,
                    QValueAxis *money, QAbstractSeries *moneySeries, bool rightToLeft)
{
    const QList<QAbstractAxis *> present = chart->axes(Qt::Vertical);
    for (QValueAxis *axis : {counts, money}) {
        if (present.contains(axis))
            chart->removeAxis(axis);
    }
    chart->addAxis(counts, rightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    for (QAbstractSeries *series : countSeries)
        series->attachAxis(counts);
    chart->addAxis(money, rightToLeft ? Qt::AlignLeft : Qt::AlignRight);
    moneySeries->attachAxis(money);
}

void colourAxes(QChart *chart, const QList<QAbstractAxis *> &axes, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlpha(40);
    QColor line = text;
    line.setAlpha(110);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setLinePenColor(line);
        axis->setGridLineColor(grid);
    }
}

QColor moneyColour(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xce, 0x93, 0xd8) : QColor(0x6a, 0x1b, 0x9a);
}

} // namespace lm::client::chartkit
