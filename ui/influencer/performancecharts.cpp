// PerformancePanel's two charts: the last 12 weeks (bars and the earnings line) and the donut
// of statuses — built, filled, mirrored and fitted here; the figures and the layout are in
// performancepanel.cpp.

#include "performancepanel.h"

#include "chartkit.h"
#include "depositgauge.h"
#include <leadsmodel.h>
#include <money.h>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxLayout>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QEvent>
#include <QFontMetricsF>
#include <QFrame>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QGridLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QResizeEvent>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <functional>
#include <numbers>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

using chartkit::madForDisplay;
using chartkit::niceTop;

constexpr std::array<LeadStatus, 4> DonutStatuses = {LeadStatus::Validated, LeadStatus::Rejected, LeadStatus::Pending,
                                                     LeadStatus::Expired};

QChartView *makeChartView(QChart *chart, const QString &objectName, QWidget *parent)
{
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    auto *view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setFocusPolicy(Qt::TabFocus); // reachable from the keyboard for screen readers
    return view;
}

} // namespace

void PerformancePanel::buildWeeksChart()
{
    m_weeksChart = new QChart;
    m_bars = new QBarSeries(m_weeksChart);
    const QColor colours[] = {performancelook::submittedColour(), performancelook::statusColour(LeadStatus::Validated),
                              performancelook::statusColour(LeadStatus::Rejected)};
    for (size_t i = 0; i < m_barSets.size(); ++i) {
        auto *set = new QBarSet(QString(), m_bars);
        set->setColor(colours[i]);
        set->setBorderColor(colours[i]);
        m_barSets[i] = set;
        connect(set, &QBarSet::hovered, this, &PerformancePanel::showBarToolTip);
        m_bars->append(set);
    }
    m_bars->setBarWidth(0.8);
    m_weeksChart->addSeries(m_bars);

    m_earnings = new QLineSeries(m_weeksChart);
    m_earnings->setPointsVisible(true);
    m_weeksChart->addSeries(m_earnings);
    connect(m_earnings, &QLineSeries::hovered, this,
            [this](const QPointF &point, bool state) { showBarToolTip(state, qRound(point.x())); });

    // One category per week; the earnings line is drawn on the same categories (x = column).
    m_weekAxis = new QBarCategoryAxis(m_weeksChart);
    m_weekAxis->setGridLineVisible(false);
    m_weekAxis->setTruncateLabels(false); // slanted instead (fitWeekLabels): "8 s…" says nothing
    m_weeksChart->addAxis(m_weekAxis, Qt::AlignBottom);
    m_bars->attachAxis(m_weekAxis);
    m_earnings->attachAxis(m_weekAxis);

    m_countAxis = chartkit::makeValueAxis(m_weeksChart, true);
    m_earningsAxis = chartkit::makeValueAxis(m_weeksChart, false);
    placeValueAxes();

    m_weeksChart->legend()->setAlignment(Qt::AlignTop);
    m_weeksView = makeChartView(m_weeksChart, u"weeksChart"_s, this);
    m_weeksView->setMinimumSize(260, 240);
    connect(m_weeksChart, &QChart::plotAreaChanged, this, &PerformancePanel::fitWeekLabels);
}

void PerformancePanel::buildStatusChart()
{
    m_statusChart = new QChart;
    m_statuses = new QPieSeries(m_statusChart);
    m_statuses->setHoleSize(0.58);
    m_statuses->setPieSize(0.9);
    for (size_t i = 0; i < m_slices.size(); ++i) {
        auto *slice = new QPieSlice(m_statuses);
        const QColor colour = performancelook::statusColour(DonutStatuses[i]);
        slice->setColor(colour);
        slice->setBorderColor(colour);
        slice->setLabelVisible(false); // the legend names them: labels around a small donut collide
        connect(slice, &QPieSlice::hovered, this, [this, slice, i](bool state) {
            slice->setExploded(state);
            if (!state || !m_stats) {
                QToolTip::hideText();
                return;
            }
            const double total = double(std::max<qint64>(1, m_stats->leadsTotal));
            const int tenths = int(std::lround(slice->value() * 1000.0 / total));
            QToolTip::showText(
                QCursor::pos(),
                tr("%1: %n lead(s), %2", "donut slice: status, count, share", int(slice->value()))
                    .arg(LeadsModel::statusText(DonutStatuses[i]), depositlook::percentText(tenths, QLocale())),
                m_statusView);
        });
        m_slices[i] = slice;
        m_statuses->append(slice);
    }
    m_statusChart->addSeries(m_statuses);

    // The total in the hole, over the pie: items of the chart itself, so they scale and move with it.
    m_centreNumber = new QGraphicsSimpleTextItem(m_statusChart);
    m_centreCaption = new QGraphicsSimpleTextItem(m_statusChart);
    QFont number = font();
    number.setBold(true);
    number.setPointSizeF(number.pointSizeF() * 1.6);
    m_centreNumber->setFont(number);
    m_centreCaption->setFont(font());
    m_centreNumber->setZValue(10);
    m_centreCaption->setZValue(10);

    m_statusView = makeChartView(m_statusChart, u"statusDonut"_s, this);
    m_statusView->setMinimumSize(240, 200);
    connect(m_statusChart, &QChart::plotAreaChanged, this, &PerformancePanel::placeDonutCentre);
}

void PerformancePanel::fillWeeks()
{
    const QList<dto::WeekStats> &weeks = m_stats->weeks;
    const QLocale locale;
    const int count = int(weeks.size());
    QStringList categories;
    QList<QPointF> points;
    std::array<QList<qreal>, 3> values;
    qint64 maxCount = 0;
    qint64 maxEarned = 0;
    for (int column = 0; column < count; ++column) {
        const dto::WeekStats &week = weeks.at(weekIndexAt(column));
        const QDate start = QDate::fromString(week.weekStart, Qt::ISODate);
        QString label = start.isValid() ? locale.toString(start, u"d MMM"_s) : week.weekStart;
        // QBarCategoryAxis drops a repeated name; "d MMM" repeats only in bad data (a week sent
        // twice), which still gets a column of its own so that the bars stay in step.
        while (categories.contains(label))
            label += u' ';
        categories << label;
        values[SubmittedSet] << qreal(week.leads);
        values[ValidatedSet] << qreal(week.validated);
        values[RejectedSet] << qreal(week.rejected);
        points << QPointF(column, madForDisplay(week.earnedCents));
        maxCount = std::max({maxCount, week.leads, week.validated, week.rejected});
        maxEarned = std::max(maxEarned, week.earnedCents);
    }
    m_weekAxis->clear();
    m_weekAxis->append(categories);
    for (size_t i = 0; i < m_barSets.size(); ++i) {
        QBarSet *set = m_barSets[i];
        if (set->count() > 0)
            set->remove(0, set->count());
        set->append(values[i]);
    }
    m_earnings->replace(points);
    m_countAxis->setRange(0, niceTop(double(maxCount), true));
    m_earningsAxis->setRange(0, niceTop(madForDisplay(maxEarned), false));

    qint64 submitted = 0;
    qint64 earned = 0;
    for (const dto::WeekStats &week : weeks) {
        submitted += week.leads;
        earned += week.earnedCents;
    }
    m_weeksView->setAccessibleDescription(
        tr("%n lead(s) submitted in the last 12 weeks, %1 earned", nullptr, int(submitted))
            .arg(Money(earned).formatShort(locale)));
    fitWeekLabels();
}

void PerformancePanel::fillStatuses()
{
    const dto::InfluencerStats &stats = *m_stats;
    const QLocale locale;
    const qint64 counts[] = {stats.validated, stats.rejected, stats.pending, stats.expired};
    QStringList parts;
    for (size_t i = 0; i < m_slices.size(); ++i) {
        const QString name = LeadsModel::statusText(DonutStatuses[i]);
        m_slices[i]->setValue(qreal(counts[i]));
        m_slices[i]->setLabel(
            tr("%1 (%2)", "status and its count in the donut's legend").arg(name, locale.toString(counts[i])));
        parts << m_slices[i]->label();
    }
    m_centreNumber->setText(locale.toString(stats.leadsTotal));
    m_centreCaption->setText(tr("lead(s)", "under the total in the donut", int(stats.leadsTotal)));
    m_statusView->setAccessibleDescription(
        tr("%n lead(s): %1", nullptr, int(stats.leadsTotal)).arg(locale.createSeparatedList(parts)));
    fitDonutLegend();
    placeDonutCentre();
}

void PerformancePanel::placeValueAxes()
{
    chartkit::placeValueAxes(m_weeksChart, m_countAxis, {m_bars}, m_earningsAxis, m_earnings, isRightToLeft());
}

void PerformancePanel::fitWeekLabels()
{
    const QStringList labels = m_weekAxis->categories();
    const QRectF plot = m_weeksChart->plotArea();
    if (labels.isEmpty() || plot.width() <= 0)
        return;
    const QFontMetricsF metrics(m_weekAxis->labelsFont());
    qreal widest = 0;
    for (const QString &label : labels)
        widest = std::max(widest, metrics.horizontalAdvance(label));
    // Level when the labels fit side by side, else slanted, else upright. Qt Charts centres a
    // turned label on its tick and hides it when its turned box crosses the axis' ends, so a
    // slanted label needs its box ((width + height) × cos 45°) within one week's width.
    const qreal week = plot.width() / qreal(labels.size());
    const qreal slanted = (widest + metrics.height()) * std::numbers::sqrt2 / 2;
    const int angle = widest + 6 <= week ? 0 : slanted + 2 <= week ? -45 : -90;
    if (m_weekAxis->labelsAngle() != angle)
        m_weekAxis->setLabelsAngle(angle);
}

void PerformancePanel::fitDonutLegend()
{
    // Qt Charts gives a side legend at most 40 % of the chart's width and elides the rest
    // ("منتهي الصلاحية (1)" in Arabic): the donut asks for the width its legend needs.
    constexpr qreal LegendShare = 0.4;
    const qreal legend = m_statusChart->legend()->effectiveSizeHint(Qt::PreferredSize).width();
    const QMargins margins = m_statusChart->margins();
    m_statusView->setMinimumWidth(
        std::max(240, int(std::ceil(legend / LegendShare)) + margins.left() + margins.right() + 4));
}

void PerformancePanel::placeDonutCentre()
{
    const QRectF plot = m_statusChart->plotArea();
    const QPointF centre = plot.center();
    const QRectF number = m_centreNumber->boundingRect();
    const QRectF caption = m_centreCaption->boundingRect();
    const qreal top = centre.y() - (number.height() + caption.height()) / 2;
    m_centreNumber->setPos(centre.x() - number.width() / 2, top);
    m_centreCaption->setPos(centre.x() - caption.width() / 2, top + number.height());
}

void PerformancePanel::showBarToolTip(bool hovering, int column)
{
    const QString text = hovering ? weekToolTip(weekIndexAt(column)) : QString();
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, m_weeksView);
}

} // namespace lm::client
