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

namespace performancelook {

QColor statusColour(LeadStatus status)
{
    switch (status) {
    case LeadStatus::Validated:
        return QColor(0x43, 0xa0, 0x47); // green
    case LeadStatus::Rejected:
        return QColor(0xe5, 0x39, 0x35); // red
    case LeadStatus::Pending:
        return QColor(0xff, 0xb3, 0x00); // amber
    case LeadStatus::Expired:
        return QColor(0x9e, 0x9e, 0x9e); // grey
    }
    return {};
}

QColor submittedColour()
{
    return QColor(0x1e, 0x88, 0xe5); // blue: not a status
}

QColor earningsColour(const QPalette &palette)
{
    return chartkit::moneyColour(palette);
}

} // namespace performancelook

namespace {


constexpr std::array<const char16_t *, PerformancePanel::FigureCount> TileNames = {
    u"leadsTotal", u"validationRate", u"avgScore", u"earned", u"pendingEarnings", u"available"};

/// A box whose minimum width is what its narrowest arrangement needs rather than the current
/// one's: the panel reflows into that arrangement when it gets less room (a layout's own minimum
/// would keep a wide arrangement, once chosen, from ever shrinking).
class ReflowBox final : public QWidget
{
public:
    ReflowBox(std::function<int()> narrowestWidth, QWidget *parent)
        : QWidget(parent)
        , m_narrowestWidth(std::move(narrowestWidth))
    {}

    QSize minimumSizeHint() const override
    {
        QSize size = QWidget::minimumSizeHint();
        size.setWidth(std::min(size.width(), m_narrowestWidth()));
        return size;
    }

private:
    std::function<int()> m_narrowestWidth;
};

} // namespace

PerformancePanel::PerformancePanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"performancePanel"_s);

    m_title = new QLabel(this);
    m_title->setObjectName(u"performanceTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_freshness = new QLabel(this);
    m_freshness->setObjectName(u"performanceFreshness"_s);
    m_freshness->setForegroundRole(QPalette::PlaceholderText);
    m_freshness->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    m_freshness->setWordWrap(true);

    // The empty state or the figures; and, among the figures, the encouragement or the charts.
    // Siblings shown in turn rather than stacked pages, so that the panel is only as tall as what
    // it shows.
    m_empty = new QLabel(this);
    m_empty->setObjectName(u"performanceEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMinimumHeight(120);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_content = new QWidget(this);
    m_content->setObjectName(u"performanceContent"_s);
    auto *tiles = new ReflowBox(
        [this] {
            int widest = 0;
            for (const Tile &t : m_tiles)
                widest = std::max(widest, t.frame->minimumSizeHint().width());
            return 2 * widest + std::max(0, m_tileGrid->spacing());
        },
        m_content);
    m_tileGrid = new QGridLayout(tiles);
    m_tileGrid->setContentsMargins(0, 0, 0, 0);
    buildTiles();

    m_chartsEmpty = new QLabel(m_content);
    m_chartsEmpty->setObjectName(u"chartsEmpty"_s);
    m_chartsEmpty->setAlignment(Qt::AlignCenter);
    m_chartsEmpty->setWordWrap(true);
    m_chartsEmpty->setMinimumHeight(120);
    m_charts = new ReflowBox(
        [this] { return std::max(m_weeksView->minimumSizeHint().width(), m_statusView->minimumSizeHint().width()); },
        m_content);
    m_chartsBox = new QBoxLayout(QBoxLayout::TopToBottom, m_charts);
    m_chartsBox->setContentsMargins(0, 0, 0, 0);
    buildWeeksChart();
    buildStatusChart();
    m_chartsBox->addWidget(m_weeksView, 2); // twelve weeks need the room more than four slices
    m_chartsBox->addWidget(m_statusView, 1);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(tiles);
    contentLayout->addWidget(m_chartsEmpty, 1);
    contentLayout->addWidget(m_charts, 1);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_freshness, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_content, 1);

    retranslate();
    applyPalette();
    applyDirection();
    reflow(width());
    refresh();
}

PerformancePanel::~PerformancePanel() = default;

void PerformancePanel::buildTiles()
{
    for (size_t i = 0; i < m_tiles.size(); ++i) {
        const QString name = QString::fromUtf16(TileNames[i]);
        Tile &t = m_tiles[i];
        t.frame = new QFrame(this);
        t.frame->setObjectName(name + u"Tile"_s);
        t.frame->setFrameShape(QFrame::StyledPanel);
        t.frame->setBackgroundRole(QPalette::Base);
        t.frame->setAutoFillBackground(true);
        t.caption = new QLabel(t.frame);
        t.caption->setObjectName(name + u"Caption"_s);
        t.value = new QLabel(t.frame);
        t.value->setObjectName(name + u"Value"_s);
        QFont big = t.value->font();
        big.setBold(true);
        big.setPointSizeF(big.pointSizeF() * 1.4);
        t.value->setFont(big);
        t.hint = new QLabel(t.frame);
        t.hint->setObjectName(name + u"Hint"_s);
        t.hint->setWordWrap(true);
        t.hint->setForegroundRole(QPalette::PlaceholderText);
        t.hint->hide();
        auto *box = new QVBoxLayout(t.frame);
        box->setSpacing(2);
        box->addWidget(t.caption);
        box->addWidget(t.value);
        box->addWidget(t.hint);
        box->addStretch(1);
    }
}

void PerformancePanel::setStats(const std::optional<dto::InfluencerStats> &stats, qint64 asOfMs)
{
    m_stats = stats;
    m_asOfMs = asOfMs;
    refresh();
}

void PerformancePanel::setOffline(bool offline)
{
    if (m_offline == offline)
        return;
    m_offline = offline;
    refresh();
}

QString PerformancePanel::figureText(Figure which) const
{
    return tile(which).value->text();
}

QString PerformancePanel::availableHint() const
{
    const Tile &available = tile(Figure::Available);
    return available.hint->isHidden() ? QString() : available.hint->text();
}

QString PerformancePanel::freshnessText() const
{
    if (m_asOfMs <= 0)
        return m_offline ? tr("Offline — not updated yet") : tr("Not updated yet");
    const QLocale locale;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(m_asOfMs);
    const bool today = at.date() == QDate::currentDate();
    const QString when =
        today ? locale.toString(at.time(), QLocale::ShortFormat) : locale.toString(at, QLocale::ShortFormat);
    if (m_offline)
        return tr("Offline figures from %1").arg(when);
    return today ? tr("Updated at %1").arg(when) : tr("Updated on %1").arg(when);
}

QString PerformancePanel::donutCentreText() const
{
    return m_centreNumber->text() + u'\n' + m_centreCaption->text();
}

QString PerformancePanel::weekToolTip(int weekIndex) const
{
    if (!m_stats || weekIndex < 0 || weekIndex >= m_stats->weeks.size())
        return {};
    const dto::WeekStats &week = m_stats->weeks.at(weekIndex);
    const QLocale locale;
    const QDate start = QDate::fromString(week.weekStart, Qt::ISODate);
    const QString date = start.isValid() ? locale.toString(start, QLocale::LongFormat) : week.weekStart;
    return tr("Week of %1\n%n lead(s) submitted, %2 validated, %3 rejected\n%4 earned", nullptr, int(week.leads))
        .arg(date, locale.toString(week.validated), locale.toString(week.rejected),
             Money(week.earnedCents).formatShort(locale));
}

int PerformancePanel::weekIndexAt(int column) const
{
    const int count = m_stats ? int(m_stats->weeks.size()) : 0;
    if (column < 0 || column >= count)
        return -1;
    return isRightToLeft() ? count - 1 - column : column;
}

void PerformancePanel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
    case QEvent::LocaleChange:
        retranslate();
        refresh();
        break;
    case QEvent::LayoutDirectionChange:
        applyDirection();
        refresh();
        break;
    case QEvent::PaletteChange:
        applyPalette();
        break;
    case QEvent::FontChange:
        fitDonutLegend();
        placeDonutCentre();
        fitWeekLabels();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void PerformancePanel::resizeEvent(QResizeEvent *event)
{
    reflow(event->size().width());
    QWidget::resizeEvent(event);
}

void PerformancePanel::retranslate()
{
    m_title->setText(tr("My performance"));
    m_chartsEmpty->setText(tr("No leads yet — submit your first lead with the form."));
    const QString captions[] = {tr("Leads generated"), tr("Validation rate"),  tr("Average quality score"),
                                tr("Earned"),          tr("Pending earnings"), tr("Available for payout")};
    const QString tips[] = {
        tr("Every lead you submitted"),
        tr("Validated leads out of all your leads"),
        tr("The merchants' average score of your validated leads"),
        tr("Your commissions on validated leads"),
        tr("Your share of the leads still waiting for the merchant's decision"),
        tr("What you can ask to be paid now"),
    };
    for (size_t i = 0; i < m_tiles.size(); ++i) {
        m_tiles[i].caption->setText(captions[i]);
        m_tiles[i].frame->setAccessibleName(captions[i]);
        m_tiles[i].value->setAccessibleName(captions[i]);
        m_tiles[i].frame->setToolTip(tips[i]);
    }

    const QLocale locale;
    m_barSets[SubmittedSet]->setLabel(tr("Submitted"));
    m_barSets[ValidatedSet]->setLabel(LeadsModel::statusText(LeadStatus::Validated));
    m_barSets[RejectedSet]->setLabel(LeadsModel::statusText(LeadStatus::Rejected));
    m_earnings->setName(tr("Earnings (%1)").arg(Money::currencyLabel(locale)));
    m_weeksChart->setLocale(locale);
    m_statusChart->setLocale(locale);
    m_weeksView->setAccessibleName(tr("Leads and earnings per week, last 12 weeks"));
    m_statusView->setAccessibleName(tr("Leads by status"));
}

void PerformancePanel::refresh()
{
    m_freshness->setVisible(m_stats.has_value());
    m_freshness->setText(freshnessText());
    m_empty->setVisible(!m_stats);
    m_content->setVisible(m_stats.has_value());
    if (!m_stats) {
        m_empty->setText(m_offline ? tr("Your figures appear after the first sync. You are offline: they will come "
                                        "as soon as the server can be reached.")
                                   : tr("Your figures appear after the first sync."));
        return;
    }
    fillTiles();
    fillWeeks();
    fillStatuses();
    const bool anyLead = m_stats->leadsTotal > 0;
    m_chartsEmpty->setVisible(!anyLead);
    m_charts->setVisible(anyLead);
    reflow(width()); // the figures' widths decide how many tiles fit a row
}

void PerformancePanel::fillTiles()
{
    const dto::InfluencerStats &stats = *m_stats;
    const QLocale locale;
    tile(Figure::LeadsTotal).value->setText(locale.toString(stats.leadsTotal));
    // A ratio from the server, shown to the tenth of a percent like the deposit gauge.
    const int tenths = int(std::lround(std::clamp(stats.validationRate, 0.0, 1.0) * 1000));
    tile(Figure::ValidationRate).value->setText(depositlook::percentText(tenths, locale));
    tile(Figure::AverageScore)
        .value->setText(
            stats.avgQualityScore
                ? tr("%1 / 10", "average quality score").arg(locale.toString(*stats.avgQualityScore, 'f', 1))
                : u"—"_s);
    tile(Figure::Earned).value->setText(Money(stats.earnedCents).formatShort(locale));
    tile(Figure::PendingEarnings).value->setText(Money(stats.pendingEarningsCents).formatShort(locale));
    tile(Figure::Available).value->setText(Money(stats.availableCents).formatShort(locale));

    Tile &available = tile(Figure::Available);
    const bool belowMinimum = stats.minPayoutCents > 0 && stats.availableCents < stats.minPayoutCents;
    available.hint->setText(
        belowMinimum ? tr("Minimum for a payout: %1").arg(Money(stats.minPayoutCents).formatShort(locale)) : QString());
    available.hint->setVisible(belowMinimum);
    available.value->setAccessibleDescription(available.hint->text());
    tile(Figure::Earned)
        .value->setAccessibleDescription(
            tr("Paid: %1, payout requested: %2")
                .arg(Money(stats.paidCents).formatShort(locale), Money(stats.requestedCents).formatShort(locale)));
    tile(Figure::Earned)
        .frame->setToolTip(tr("Your commissions on validated leads") + u'\n' +
                           tile(Figure::Earned).value->accessibleDescription());
}

void PerformancePanel::applyPalette()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    chartkit::colourAxes(m_weeksChart, {m_weekAxis, m_countAxis, m_earningsAxis}, pal);
    m_statusChart->legend()->setLabelColor(text);
    for (QChart *chart : {m_weeksChart, m_statusChart})
        chart->setTitleBrush(text);
    const QColor earnings = performancelook::earningsColour(pal);
    QPen pen(earnings, 2.5);
    m_earnings->setPen(pen);
    m_earnings->setColor(earnings);
    m_earningsAxis->setLabelsColor(earnings);
    m_centreNumber->setBrush(text);
    m_centreCaption->setBrush(text);
    for (QChartView *view : {m_weeksView, m_statusView})
        view->setBackgroundBrush(pal.window());
}

void PerformancePanel::applyDirection()
{
    const bool rtl = isRightToLeft();
    // QAbstractAxis::setReverse is ignored by QBarCategoryAxis and the series on it in Qt 6.4
    // (checked): the weeks are mirrored by filling the columns newest first instead (weekIndexAt).
    placeValueAxes();
    m_weeksChart->legend()->setReverseMarkers(rtl);
    // The donut's legend beside it, on the reading side's end: one status a line, never elided (a
    // legend under it elides the last label when the donut shares the row with the weekly chart).
    m_statusChart->legend()->setAlignment(rtl ? Qt::AlignLeft : Qt::AlignRight);
    for (QChart *chart : {m_weeksChart, m_statusChart})
        chart->setLayoutDirection(layoutDirection());
    // A QLabel aligns by its text's own direction: "24" and "58,3 %" would go left in an Arabic
    // layout while "720 د.م." goes right. Align every tile's text on the layout's side instead.
    const Qt::Alignment start = Qt::AlignAbsolute | (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
    for (const Tile &t : m_tiles) {
        for (QLabel *label : {t.caption, t.value, t.hint})
            label->setAlignment(start);
    }
}

void PerformancePanel::reflow(int width)
{
    // As many tiles a row as fit (2, 3 or 6: full rows), the charts side by side when wide.
    const int spacing = std::max(0, m_tileGrid->spacing());
    int widest = 0;
    for (const Tile &t : m_tiles)
        widest = std::max(widest, t.frame->sizeHint().width());
    const QMargins margins = layout() ? layout()->contentsMargins() : QMargins();
    const int available = width - margins.left() - margins.right();
    int columns = 2;
    for (const int candidate : {6, 3}) {
        if (candidate * widest + (candidate - 1) * spacing <= available) {
            columns = candidate;
            break;
        }
    }
    if (columns != m_columns) {
        m_columns = columns;
        for (const Tile &t : m_tiles)
            m_tileGrid->removeWidget(t.frame);
        for (int i = 0; i < FigureCount; ++i) {
            m_tileGrid->addWidget(m_tiles[size_t(i)].frame, i / columns, i % columns);
            m_tileGrid->setColumnStretch(i, i < columns ? 1 : 0);
        }
    }
    const bool sideBySide = available >= m_weeksView->minimumWidth() * 2 + m_statusView->minimumWidth() + spacing;
    m_chartsBox->setDirection(sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

} // namespace lm::client
