// The influencer's "My performance" panel (offscreen): the tiles show the stats given, in the
// UI's locale; the weekly chart and the status donut hold exactly the stats' numbers, in the
// same colours; the empty states; the freshness line; mirrored charts right to left; rendering
// at a narrow and a wide width, with the tiles reflowing. With LM_SCREENSHOT_DIR set, also saves
// perf-fr.png and perf-ar.png there for a person to look at.

#include "performancepanel.h"
#include "translations.h"

#include <dto.h>
#include <money.h>
#include <startupoptions.h>

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDir>
#include <QFrame>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QValueAxis>

using namespace Qt::StringLiterals;
using namespace lm;
using namespace lm::client;

using Figure = PerformancePanel::Figure;
Q_DECLARE_METATYPE(lm::dto::InfluencerStats)

namespace {

/// 24 leads over the last 12 weeks (Mondays 8 Sep – 24 Nov 2025): 14 validated, 6 rejected,
/// 3 pending and 1 expired; 1,920 MAD earned.
dto::InfluencerStats sampleStats()
{
    dto::InfluencerStats stats;
    stats.leadsTotal = 24;
    stats.validated = 14;
    stats.rejected = 6;
    stats.pending = 3;
    stats.expired = 1;
    stats.validationRate = 14.0 / 24.0;
    stats.avgQualityScore = 7.5;
    stats.earnedCents = 192000;
    stats.pendingEarningsCents = 7200;
    stats.paidCents = 100000;
    stats.requestedCents = 20000;
    stats.availableCents = 72000;
    stats.minPayoutCents = 20000;
    const qint64 leads[] = {0, 1, 2, 1, 3, 2, 1, 4, 3, 2, 3, 2};
    const qint64 validated[] = {0, 1, 1, 1, 2, 1, 1, 3, 2, 1, 1, 0};
    const qint64 rejected[] = {0, 0, 1, 0, 1, 1, 0, 1, 0, 1, 1, 0};
    const qint64 earned[] = {0, 12000, 8000, 16000, 24000, 8000, 14400, 40000, 24000, 16000, 29600, 0};
    const QDate first(2025, 9, 8);
    for (int i = 0; i < 12; ++i)
        stats.weeks.append(
            {first.addDays(7 * i).toString(Qt::ISODate), leads[i], validated[i], rejected[i], earned[i]});
    return stats;
}

/// A new influencer: every figure 0, twelve empty weeks.
dto::InfluencerStats noLeads()
{
    dto::InfluencerStats stats;
    stats.minPayoutCents = 20000;
    const QDate first(2025, 9, 8);
    for (int i = 0; i < 12; ++i)
        stats.weeks.append({first.addDays(7 * i).toString(Qt::ISODate), 0, 0, 0, 0});
    return stats;
}

template <typename T> T *child(const QObject &parent, const QString &name)
{
    auto *found = parent.findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

QBarSeries *barsOf(QChart *chart)
{
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QBarSeries *>(series))
            return bars;
    }
    return nullptr;
}

QLineSeries *lineOf(QChart *chart)
{
    for (QAbstractSeries *series : chart->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series))
            return line;
    }
    return nullptr;
}

QPieSeries *pieOf(QChart *chart)
{
    return chart->series().isEmpty() ? nullptr : qobject_cast<QPieSeries *>(chart->series().constFirst());
}

QBarCategoryAxis *weekAxisOf(QChart *chart)
{
    const auto axes = chart->axes(Qt::Horizontal);
    return axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.constFirst());
}

/// The value axis the bars are drawn against, and the earnings line's.
QValueAxis *valueAxisOf(QAbstractSeries *series)
{
    for (QAbstractAxis *axis : series->attachedAxes()) {
        if (auto *value = qobject_cast<QValueAxis *>(axis))
            return value;
    }
    return nullptr;
}

/// Lays the panel out at `width` and the height it asks for, shown (Qt Charts lays out on show).
void layOut(PerformancePanel &panel, int width)
{
    panel.resize(width, 1200);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCoreApplication::processEvents();
    panel.resize(width, std::max(panel.sizeHint().height(), panel.minimumSizeHint().height()));
    QCoreApplication::processEvents();
}

/// Records the warnings logged while it lives (the offscreen platform's own note about size hints
/// is not ours), and puts the previous handler back however the test ends.
class WarningRecorder final
{
public:
    WarningRecorder()
        : m_previous(qInstallMessageHandler(record))
    {
        s_active = this;
    }
    ~WarningRecorder()
    {
        qInstallMessageHandler(m_previous);
        s_active = nullptr;
    }
    Q_DISABLE_COPY_MOVE(WarningRecorder)

    const QStringList &warnings() const { return m_warnings; }

private:
    static void record(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (type >= QtWarningMsg && !message.contains(u"does not support propagateSizeHints"_s))
            s_active->m_warnings << message;
        s_active->m_previous(type, context, message);
    }

    static inline WarningRecorder *s_active = nullptr;
    QtMessageHandler m_previous;
    QStringList m_warnings;
};

/// The texts a chart draws (axis labels, legend entries), as shown: elided ones end in "...".
QStringList drawnTexts(QChart *chart)
{
    QStringList drawn;
    for (QGraphicsItem *item : chart->scene()->items()) {
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (text && text->isVisible())
            drawn << text->toPlainText();
    }
    return drawn;
}

/// A dark palette like the desktop's dark themes.
QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    return palette;
}

} // namespace

class TestClientPerformance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void figuresShowTheStats_data();
    void figuresShowTheStats();
    void weeksChartHoldsTheWeeks_data();
    void weeksChartHoldsTheWeeks();
    void donutHoldsTheStatusCounts();
    void statusColoursMatchBetweenCharts();
    void emptyStateUntilTheFirstStats();
    void noLeadsShowsZerosAndEncourages();
    void freshnessLine();
    void languageChangeRetranslates();
    void rightToLeftMirrorsTheWeeks_data();
    void rightToLeftMirrorsTheWeeks();
    void directionChangeMirrorsAtOnce();
    void followsThePalette();
    void rendersAndReflows_data();
    void rendersAndReflows();
    void screenshots();
};

void TestClientPerformance::init()
{
    installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestClientPerformance::figuresShowTheStats_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<dto::InfluencerStats>("stats");
    QTest::addColumn<QStringList>("expected"); // leads, rate, score, earned, pending, available
    QTest::addColumn<QString>("hint");

    const dto::InfluencerStats sample = sampleStats();
    QTest::newRow("English: 14 of 24 is 58.3%")
        << u"en"_s << sample
        << QStringList{u"24"_s, u"58.3%"_s, u"7.5 / 10"_s, u"1,920 MAD"_s, u"72 MAD"_s, u"720 MAD"_s} << QString();
    QTest::newRow("French: 58,3 % with a narrow no-break space")
        << u"fr"_s << sample
        << QStringList{u"24"_s, u"58,3\u202F%"_s, u"7,5 / 10"_s, u"1.920 dhs"_s, u"72 dhs"_s, u"720 dhs"_s}
        << QString();
    QTest::newRow("Arabic (Morocco): Western digits")
        << u"ar"_s << sample
        << QStringList{u"24"_s, u"58,3\u202F%"_s, u"7,5 / 10"_s, u"1.920 د.م."_s, u"72 د.م."_s, u"720 د.م."_s}
        << QString();

    dto::InfluencerStats unscored = sample;
    unscored.avgQualityScore.reset();
    QTest::newRow("no scored lead: the average is a dash")
        << u"en"_s << unscored << QStringList{u"24"_s, u"58.3%"_s, u"—"_s, u"1,920 MAD"_s, u"72 MAD"_s, u"720 MAD"_s}
        << QString();

    dto::InfluencerStats below = sample;
    below.availableCents = 15050;
    QTest::newRow("150.50 available under a 200 minimum: the hint says the minimum")
        << u"fr"_s << below
        << QStringList{u"24"_s, u"58,3\u202F%"_s, u"7,5 / 10"_s, u"1.920 dhs"_s, u"72 dhs"_s, u"150,50 dhs"_s}
        << u"Minimum pour un versement : 200 dhs"_s;

    dto::InfluencerStats atMinimum = sample;
    atMinimum.availableCents = 20000;
    QTest::newRow("exactly the minimum: no hint")
        << u"en"_s << atMinimum
        << QStringList{u"24"_s, u"58.3%"_s, u"7.5 / 10"_s, u"1,920 MAD"_s, u"72 MAD"_s, u"200 MAD"_s} << QString();

    dto::InfluencerStats all = sample;
    all.validationRate = 1.0;
    all.avgQualityScore = 10.0;
    all.earnedCents = 123456789;
    QTest::newRow("100.0% and 10.0 / 10, millions grouped")
        << u"fr"_s << all
        << QStringList{u"24"_s, u"100,0\u202F%"_s, u"10,0 / 10"_s, u"1.234.567,89 dhs"_s, u"72 dhs"_s, u"720 dhs"_s}
        << QString();
}

void TestClientPerformance::figuresShowTheStats()
{
    QFETCH(QString, language);
    QFETCH(dto::InfluencerStats, stats);
    QFETCH(QStringList, expected);
    QFETCH(QString, hint);
    installTranslations(*qApp, localeForLanguage(language));

    PerformancePanel panel;
    panel.setStats(stats, QDateTime::currentMSecsSinceEpoch());
    const Figure figures[] = {Figure::LeadsTotal, Figure::ValidationRate,  Figure::AverageScore,
                              Figure::Earned,     Figure::PendingEarnings, Figure::Available};
    const QString names[] = {u"leadsTotalValue"_s, u"validationRateValue"_s,  u"avgScoreValue"_s,
                             u"earnedValue"_s,     u"pendingEarningsValue"_s, u"availableValue"_s};
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(panel.figureText(figures[i]), expected.at(i));
        auto *label = child<QLabel>(panel, names[i]);
        QVERIFY(label);
        QCOMPARE(label->text(), expected.at(i));
        QVERIFY2(!label->accessibleName().isEmpty(), qPrintable(names[i]));
    }
    QCOMPARE(panel.availableHint(), hint);
    auto *hintLabel = child<QLabel>(panel, u"availableHint"_s);
    QVERIFY(hintLabel);
    QCOMPARE(hintLabel->isVisibleTo(&panel), !hint.isEmpty());
}

void TestClientPerformance::weeksChartHoldsTheWeeks_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("lastWeek"); // the label of Monday 24 Nov 2025
    QTest::newRow("English") << u"en"_s << u"24 Nov"_s;
    QTest::newRow("French") << u"fr"_s << u"24 nov."_s;
    QTest::newRow("Arabic (Morocco)")
        << u"ar"_s << QLocale(QLocale::Arabic, QLocale::Morocco).toString(QDate(2025, 11, 24), u"d MMM"_s);
}

void TestClientPerformance::weeksChartHoldsTheWeeks()
{
    QFETCH(QString, language);
    QFETCH(QString, lastWeek);
    installTranslations(*qApp, localeForLanguage(language));
    QApplication::setLayoutDirection(Qt::LeftToRight); // mirroring has its own test
    const dto::InfluencerStats stats = sampleStats();
    PerformancePanel panel;
    panel.setStats(stats, 1);

    QChart *chart = panel.weeksChart();
    QVERIFY(chart);
    QCOMPARE(chart, child<QChartView>(panel, u"weeksChart"_s)->chart());
    QBarCategoryAxis *axis = weekAxisOf(chart);
    QVERIFY(axis);
    QCOMPARE(axis->count(), 12);
    QCOMPARE(axis->categories().constLast(), lastWeek);
    QCOMPARE(axis->categories().constFirst(), QLocale().toString(QDate(2025, 9, 8), u"d MMM"_s));

    QBarSeries *bars = barsOf(chart);
    QVERIFY(bars);
    QCOMPARE(bars->count(), 3);
    const QList<QBarSet *> sets = bars->barSets();
    QLineSeries *line = lineOf(chart);
    QVERIFY(line);
    QCOMPARE(line->count(), 12);
    for (int column = 0; column < 12; ++column) {
        const dto::WeekStats &week = stats.weeks.at(column);
        QCOMPARE(panel.weekIndexAt(column), column);
        QCOMPARE(sets.at(0)->at(column), qreal(week.leads));
        QCOMPARE(sets.at(1)->at(column), qreal(week.validated));
        QCOMPARE(sets.at(2)->at(column), qreal(week.rejected));
        QCOMPARE(line->at(column), QPointF(column, double(week.earnedCents) / 100.0));
    }
    QCOMPARE(line->at(7).y(), 400.0);
    QCOMPARE(line->at(6).y(), 144.0);
    // The line has its own axis, tall enough for the best week; the bars' axis for the most leads.
    QVERIFY(valueAxisOf(line) && valueAxisOf(bars) && valueAxisOf(line) != valueAxisOf(bars));
    QVERIFY(valueAxisOf(line)->max() >= 400.0);
    QVERIFY(valueAxisOf(bars)->max() >= 4.0);
    QVERIFY(line->name().contains(Money::currencyLabel(QLocale())));
    // Hovering a week says what it holds.
    const QString tip = panel.weekToolTip(7);
    QVERIFY2(tip.contains(Money(40000).formatShort(QLocale())), qPrintable(tip));
    QVERIFY2(tip.contains(QLocale().toString(QDate(2025, 10, 27), QLocale::LongFormat)), qPrintable(tip));
}

void TestClientPerformance::donutHoldsTheStatusCounts()
{
    PerformancePanel panel;
    panel.setStats(sampleStats(), 1);
    QChart *chart = panel.statusChart();
    QCOMPARE(chart, child<QChartView>(panel, u"statusDonut"_s)->chart());
    QPieSeries *pie = pieOf(chart);
    QVERIFY(pie);
    QVERIFY(pie->holeSize() > 0.3);
    QCOMPARE(pie->count(), 4);
    const qreal expected[] = {14, 6, 3, 1};
    const QString names[] = {u"Validated"_s, u"Rejected"_s, u"Pending"_s, u"Expired"_s};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(pie->slices().at(i)->value(), expected[i]);
        QVERIFY2(pie->slices().at(i)->label().startsWith(names[i]), qPrintable(pie->slices().at(i)->label()));
    }
    QCOMPARE(pie->sum(), 24.0);
    QVERIFY2(panel.donutCentreText().startsWith(u"24\n"_s), qPrintable(panel.donutCentreText()));
    QVERIFY(!child<QChartView>(panel, u"statusDonut"_s)->accessibleName().isEmpty());
    QVERIFY(child<QChartView>(panel, u"statusDonut"_s)->accessibleDescription().contains(u"Validated (14)"_s));
}

void TestClientPerformance::statusColoursMatchBetweenCharts()
{
    PerformancePanel panel;
    panel.setStats(sampleStats(), 1);
    const QList<QBarSet *> sets = barsOf(panel.weeksChart())->barSets();
    const QList<QPieSlice *> slices = pieOf(panel.statusChart())->slices();
    QCOMPARE(sets.at(1)->color(), performancelook::statusColour(LeadStatus::Validated));
    QCOMPARE(slices.at(0)->color(), performancelook::statusColour(LeadStatus::Validated));
    QCOMPARE(sets.at(2)->color(), performancelook::statusColour(LeadStatus::Rejected));
    QCOMPARE(slices.at(1)->color(), performancelook::statusColour(LeadStatus::Rejected));
    QCOMPARE(slices.at(2)->color(), performancelook::statusColour(LeadStatus::Pending));
    QCOMPARE(slices.at(3)->color(), performancelook::statusColour(LeadStatus::Expired));
    // Four distinct colours, none of them the "submitted" bars' blue.
    QSet<QRgb> colours;
    for (QPieSlice *slice : slices)
        colours.insert(slice->color().rgb());
    colours.insert(performancelook::submittedColour().rgb());
    QCOMPARE(colours.size(), 5);
    // Green is green, red is red.
    QVERIFY(performancelook::statusColour(LeadStatus::Validated).green() >
            performancelook::statusColour(LeadStatus::Validated).red());
    QVERIFY(performancelook::statusColour(LeadStatus::Rejected).red() >
            performancelook::statusColour(LeadStatus::Rejected).green());
}

void TestClientPerformance::emptyStateUntilTheFirstStats()
{
    PerformancePanel panel;
    panel.resize(600, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *empty = child<QLabel>(panel, u"performanceEmpty"_s);
    QVERIFY(empty);
    QVERIFY(!panel.hasStats());
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(u"first sync"_s));
    QVERIFY(!child<QChartView>(panel, u"weeksChart"_s)->isVisible());
    QVERIFY(!child<QLabel>(panel, u"leadsTotalValue"_s)->isVisible());

    panel.setStats(sampleStats(), QDateTime::currentMSecsSinceEpoch());
    QVERIFY(!empty->isVisible());
    QVERIFY(child<QLabel>(panel, u"leadsTotalValue"_s)->isVisible());
    QVERIFY(child<QChartView>(panel, u"weeksChart"_s)->isVisible());
    QVERIFY(child<QChartView>(panel, u"statusDonut"_s)->isVisible());

    panel.setStats(std::nullopt, 0); // signed out, or another account
    QVERIFY(empty->isVisible());
    QVERIFY(!child<QLabel>(panel, u"performanceFreshness"_s)->isVisible());
}

void TestClientPerformance::noLeadsShowsZerosAndEncourages()
{
    PerformancePanel panel;
    panel.resize(600, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setStats(noLeads(), QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(panel.figureText(Figure::LeadsTotal), u"0"_s);
    QCOMPARE(panel.figureText(Figure::ValidationRate), u"0.0%"_s);
    QCOMPARE(panel.figureText(Figure::AverageScore), u"—"_s);
    QCOMPARE(panel.figureText(Figure::Earned), u"0 MAD"_s);
    QCOMPARE(panel.figureText(Figure::Available), u"0 MAD"_s);
    QCOMPARE(panel.availableHint(), u"Minimum for a payout: 200 MAD"_s);
    QVERIFY(!child<QLabel>(panel, u"performanceEmpty"_s)->isVisible());
    auto *encourage = child<QLabel>(panel, u"chartsEmpty"_s);
    QVERIFY(encourage && encourage->isVisible());
    QVERIFY(encourage->text().contains(u"first lead"_s));
    QVERIFY(!child<QChartView>(panel, u"weeksChart"_s)->isVisible());
    // The chart still holds the (empty) weeks, ready for the first lead.
    QCOMPARE(weekAxisOf(panel.weeksChart())->count(), 12);

    panel.setStats(sampleStats(), QDateTime::currentMSecsSinceEpoch());
    QVERIFY(!encourage->isVisible());
    QVERIFY(child<QChartView>(panel, u"weeksChart"_s)->isVisible());
}

void TestClientPerformance::freshnessLine()
{
    PerformancePanel panel;
    auto *line = child<QLabel>(panel, u"performanceFreshness"_s);
    const QDateTime now = QDateTime::currentDateTime();
    const QString time = QLocale().toString(now.time(), QLocale::ShortFormat);
    panel.setStats(sampleStats(), now.toMSecsSinceEpoch());
    QCOMPARE(panel.freshnessText(), u"Updated at %1"_s.arg(time));
    QCOMPARE(line->text(), panel.freshnessText());
    panel.setOffline(true);
    QCOMPARE(panel.freshnessText(), u"Offline figures from %1"_s.arg(time));
    QCOMPARE(line->text(), panel.freshnessText());

    const QDateTime older(QDate(2025, 11, 23), QTime(18, 5));
    panel.setStats(sampleStats(), older.toMSecsSinceEpoch());
    QCOMPARE(panel.freshnessText(), u"Offline figures from %1"_s.arg(QLocale().toString(older, QLocale::ShortFormat)));
    panel.setOffline(false);
    QCOMPARE(panel.freshnessText(), u"Updated on %1"_s.arg(QLocale().toString(older, QLocale::ShortFormat)));
    panel.setStats(sampleStats(), 0);
    QCOMPARE(panel.freshnessText(), u"Not updated yet"_s);
}

void TestClientPerformance::languageChangeRetranslates()
{
    PerformancePanel panel;
    panel.setStats(sampleStats(), 1);
    QCOMPARE(lineOf(panel.weeksChart())->name(), u"Earnings (MAD)"_s);
    QCOMPARE(weekAxisOf(panel.weeksChart())->categories().constLast(), u"24 Nov"_s);
    installTranslations(*qApp, localeForLanguage(u"fr"_s));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
    // Numbers, dates and the currency follow the new language at once.
    QCOMPARE(panel.figureText(Figure::Earned), u"1.920 dhs"_s);
    QCOMPARE(panel.figureText(Figure::ValidationRate), u"58,3\u202F%"_s);
    QCOMPARE(weekAxisOf(panel.weeksChart())->categories().constLast(), u"24 nov."_s);
    QVERIFY(lineOf(panel.weeksChart())->name().contains(u"dhs"_s));
    QCOMPARE(pieOf(panel.statusChart())->slices().at(0)->label(), u"Validé (14)"_s);
}

void TestClientPerformance::rightToLeftMirrorsTheWeeks_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("mirrored");
    QTest::newRow("French, left to right: oldest week at the left") << u"fr"_s << false;
    QTest::newRow("Arabic, right to left: oldest week at the right") << u"ar"_s << true;
}

void TestClientPerformance::rightToLeftMirrorsTheWeeks()
{
    QFETCH(QString, language);
    QFETCH(bool, mirrored);
    installTranslations(*qApp, localeForLanguage(language));
    const dto::InfluencerStats stats = sampleStats();
    PerformancePanel panel;
    QCOMPARE(panel.layoutDirection(), mirrored ? Qt::RightToLeft : Qt::LeftToRight);
    panel.setStats(stats, 1);

    QChart *chart = panel.weeksChart();
    const QStringList categories = weekAxisOf(chart)->categories();
    const QList<QBarSet *> sets = barsOf(chart)->barSets();
    QLineSeries *line = lineOf(chart);
    for (int column = 0; column < 12; ++column) {
        const int week = mirrored ? 11 - column : column;
        QCOMPARE(panel.weekIndexAt(column), week);
        QCOMPARE(categories.at(column),
                 QLocale().toString(QDate::fromString(stats.weeks.at(week).weekStart, Qt::ISODate), u"d MMM"_s));
        QCOMPARE(sets.at(0)->at(column), qreal(stats.weeks.at(week).leads));
        QCOMPARE(sets.at(1)->at(column), qreal(stats.weeks.at(week).validated));
        QCOMPARE(line->at(column), QPointF(column, double(stats.weeks.at(week).earnedCents) / 100.0));
    }
    // The counts' axis on the reading side's start, the earnings' on the other side.
    const Qt::Alignment start = mirrored ? Qt::AlignRight : Qt::AlignLeft;
    const Qt::Alignment end = mirrored ? Qt::AlignLeft : Qt::AlignRight;
    QCOMPARE(valueAxisOf(barsOf(chart))->alignment(), start);
    QCOMPARE(valueAxisOf(line)->alignment(), end);
    QCOMPARE(chart->legend()->reverseMarkers(), mirrored);
    // The tiles follow the layout: the first one at the reading side's start.
    layOut(panel, 1000);
    const QWidget *first = child<QWidget>(panel, u"leadsTotalTile"_s);
    const QWidget *second = child<QWidget>(panel, u"validationRateTile"_s);
    QCOMPARE(first->y(), second->y());
    QCOMPARE(first->x() > second->x(), mirrored);
    // Hovering the bars of the first column tells about the week drawn there.
    Q_EMIT sets.at(1)->hovered(true, 0);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), panel.weekToolTip(mirrored ? 11 : 0));
    Q_EMIT sets.at(1)->hovered(false, 0);
    QTRY_VERIFY(!QToolTip::isVisible());
    // The donut's legend beside it, on the reading side's end.
    QCOMPARE(panel.statusChart()->legend()->alignment(), end);
    layOut(panel, 480);
    QCOMPARE(panel.statusChart()->legend()->alignment(), end);
    // Figures in the tiles on the reading side's start, whatever their own text's direction.
    for (const QString &name : {u"leadsTotalValue"_s, u"earnedValue"_s}) {
        const Qt::Alignment alignment = child<QLabel>(panel, name)->alignment();
        QCOMPARE(bool(alignment & Qt::AlignRight), mirrored);
        QVERIFY(alignment & Qt::AlignAbsolute);
    }
}

void TestClientPerformance::directionChangeMirrorsAtOnce()
{
    const dto::InfluencerStats stats = sampleStats();
    PerformancePanel panel;
    panel.setStats(stats, 1);
    const QString oldest = weekAxisOf(panel.weeksChart())->categories().constFirst();
    panel.setLayoutDirection(Qt::RightToLeft);
    QCOMPARE(weekAxisOf(panel.weeksChart())->categories().constLast(), oldest);
    QCOMPARE(barsOf(panel.weeksChart())->barSets().at(0)->at(0), qreal(stats.weeks.constLast().leads));
    QCOMPARE(valueAxisOf(barsOf(panel.weeksChart()))->alignment(), Qt::AlignRight);
    panel.setLayoutDirection(Qt::LeftToRight);
    QCOMPARE(weekAxisOf(panel.weeksChart())->categories().constFirst(), oldest);
    QCOMPARE(valueAxisOf(barsOf(panel.weeksChart()))->alignment(), Qt::AlignLeft);
    // Re-placing the axes leaves each series on exactly its own two axes.
    QCOMPARE(barsOf(panel.weeksChart())->attachedAxes().size(), 2);
    QCOMPARE(lineOf(panel.weeksChart())->attachedAxes().size(), 2);
    QCOMPARE(panel.weeksChart()->axes().size(), 3);
}

void TestClientPerformance::followsThePalette()
{
    PerformancePanel panel;
    panel.setStats(sampleStats(), 1);
    const QColor lightEarnings = lineOf(panel.weeksChart())->color();
    panel.setPalette(darkPalette());
    const QColor text = darkPalette().color(QPalette::WindowText);
    QChart *weeks = panel.weeksChart();
    QCOMPARE(weekAxisOf(weeks)->labelsColor(), text);
    QCOMPARE(valueAxisOf(barsOf(weeks))->labelsColor(), text);
    QCOMPARE(weeks->legend()->labelColor(), text);
    QCOMPARE(panel.statusChart()->legend()->labelColor(), text);
    QVERIFY(!weeks->isBackgroundVisible());
    // The earnings line turns lighter on a dark background.
    const QColor darkEarnings = lineOf(weeks)->color();
    QCOMPARE(darkEarnings, performancelook::earningsColour(darkPalette()));
    QVERIFY(darkEarnings.lightness() > lightEarnings.lightness());
    // The status colours stay the same, whatever the palette.
    QCOMPARE(pieOf(panel.statusChart())->slices().at(0)->color(), performancelook::statusColour(LeadStatus::Validated));
}

void TestClientPerformance::rendersAndReflows_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("wide");
    for (const QString &language : {u"en"_s, u"fr"_s, u"ar"_s}) {
        QTest::addRow("%s at 400 px: two tiles a row", qPrintable(language)) << language << 400 << false;
        QTest::addRow("%s at 1000 px: three or more a row", qPrintable(language)) << language << 1000 << true;
    }
}

void TestClientPerformance::rendersAndReflows()
{
    QFETCH(QString, language);
    QFETCH(int, width);
    QFETCH(bool, wide);
    installTranslations(*qApp, localeForLanguage(language));
    WarningRecorder recorder;
    QImage image;
    int columns = 0;
    {
        PerformancePanel panel;
        panel.setStats(sampleStats(), QDateTime::currentMSecsSinceEpoch());
        layOut(panel, width);
        image = panel.grab().toImage();
        columns = panel.tileColumns();
        QCOMPARE(panel.width(), width);

        // Reflow: two tiles a row when narrow (the third tile under the first), more when wide.
        const QWidget *first = child<QWidget>(panel, u"leadsTotalTile"_s);
        const QWidget *third = child<QWidget>(panel, u"avgScoreTile"_s);
        QCOMPARE(third->y() == first->y(), wide);
        // Nothing clipped: every tile as wide as its contents ask.
        for (const QString &name :
             {u"leadsTotal"_s, u"validationRate"_s, u"avgScore"_s, u"earned"_s, u"pendingEarnings"_s, u"available"_s}) {
            const QWidget *tile = child<QWidget>(panel, name + u"Tile"_s);
            QVERIFY2(tile->width() >= tile->minimumSizeHint().width(), qPrintable(name));
            QVERIFY2(tile->geometry().right() < width, qPrintable(name));
        }
        // The charts are laid out with room to draw.
        QVERIFY(panel.weeksChart()->plotArea().width() > 150);
        QVERIFY(panel.statusChart()->plotArea().height() > 100);
        // Every week's label is drawn whole (Qt Charts elides labels that do not fit and hides
        // turned ones that cross the axis' ends).
        QBarCategoryAxis *axis = weekAxisOf(panel.weeksChart());
        QVERIFY(!axis->labelsTruncated());
        QStringList drawn = drawnTexts(panel.weeksChart());
        for (const QString &label : axis->categories())
            QVERIFY2(drawn.contains(label), qPrintable(label + u" is not drawn; drawn: "_s + drawn.join(u" | "_s)));
        // And every legend entry, whole (the legends elide what does not fit).
        for (QBarSet *set : barsOf(panel.weeksChart())->barSets())
            QVERIFY2(drawn.contains(set->label()), qPrintable(set->label() + u"; drawn: "_s + drawn.join(u" | "_s)));
        QVERIFY(drawn.contains(lineOf(panel.weeksChart())->name()));
        drawn = drawnTexts(panel.statusChart());
        for (QPieSlice *slice : pieOf(panel.statusChart())->slices())
            QVERIFY2(drawn.contains(slice->label()),
                     qPrintable(slice->label() + u"; drawn: "_s + drawn.join(u" | "_s)));
    }
    QVERIFY2(recorder.warnings().isEmpty(), qPrintable(recorder.warnings().join(u'\n')));
    QCOMPARE(image.width(), width * int(image.devicePixelRatio()));
    if (wide)
        QVERIFY(columns >= 3);
    else
        QCOMPARE(columns, 2);
    // The bars and the donut are painted in their colours.
    for (const QColor &colour :
         {performancelook::submittedColour(), performancelook::statusColour(LeadStatus::Validated),
          performancelook::statusColour(LeadStatus::Rejected), performancelook::statusColour(LeadStatus::Pending)}) {
        int found = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                found += image.pixelColor(x, y).rgb() == colour.rgb();
        }
        QVERIFY2(found > 100, qPrintable(colour.name()));
    }
}

void TestClientPerformance::screenshots()
{
    // Every run renders them (in both directions); LM_SCREENSHOT_DIR keeps them to look at.
    QTemporaryDir scratch;
    const QString dir = qEnvironmentVariable("LM_SCREENSHOT_DIR", scratch.path());
    QVERIFY(QDir().mkpath(dir));
    const QDateTime fetched(QDate::currentDate(), QTime(14, 5));
    for (const auto &[language, file] : {std::pair{u"fr"_s, u"perf-fr.png"_s}, std::pair{u"ar"_s, u"perf-ar.png"_s}}) {
        installTranslations(*qApp, localeForLanguage(language));
        for (const int width : {1000, 520}) {
            PerformancePanel panel;
            panel.setStats(sampleStats(), fetched.toMSecsSinceEpoch());
            layOut(panel, width);
            const QString name = width == 1000 ? file : QString(file).replace(u".png"_s, u"-narrow.png"_s);
            QVERIFY(panel.grab().save(QDir(dir).filePath(name)));
        }
    }
    // Extras: a dark palette with the payout minimum's hint, a new influencer, no figures yet.
    installTranslations(*qApp, localeForLanguage(u"fr"_s));
    dto::InfluencerStats below = sampleStats();
    below.availableCents = 15050;
    PerformancePanel dark;
    dark.setPalette(darkPalette());
    dark.setStats(below, fetched.toMSecsSinceEpoch());
    dark.setOffline(true);
    layOut(dark, 700);
    QVERIFY(dark.grab().save(QDir(dir).filePath(u"perf-fr-dark.png"_s)));
    PerformancePanel fresh;
    fresh.setStats(noLeads(), fetched.toMSecsSinceEpoch());
    layOut(fresh, 700);
    QVERIFY(fresh.grab().save(QDir(dir).filePath(u"perf-fr-noleads.png"_s)));
    PerformancePanel none;
    layOut(none, 700);
    QVERIFY(none.grab().save(QDir(dir).filePath(u"perf-fr-none.png"_s)));
}

QTEST_MAIN(TestClientPerformance)
#include "tst_client_performance.moc"
