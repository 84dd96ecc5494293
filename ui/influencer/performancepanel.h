#pragma once

#include <dto.h>
#include <leadstatus.h>

#include <QColor>
#include <QWidget>

#include <array>
#include <optional>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QBoxLayout;
class QChart;
class QChartView;
class QFrame;
class QGraphicsSimpleTextItem;
class QGridLayout;
class QLabel;
class QLineSeries;
class QPalette;
class QPieSeries;
class QPieSlice;
class QValueAxis;

namespace lm::client {

/// Colours shared by the weekly bars and the status donut (one colour per status, in both).
namespace performancelook {
/// Validated green, rejected red, pending amber, expired grey: mid tones that read on light and
/// dark backgrounds alike.
QColor statusColour(LeadStatus status);
/// The "submitted" bars (every lead of the week, whatever became of it).
QColor submittedColour();
/// The earnings line: a darker purple on a light palette, a lighter one on a dark palette.
QColor earningsColour(const QPalette &palette);
} // namespace performancelook

/// The influencer's "My performance" block: figure tiles (leads, validation rate, average score,
/// earned, pending and available earnings), the last 12 weeks as bars with the earnings as a line,
/// and a donut of the leads by status. Shows what it is given (setStats), says how fresh it is,
/// and mirrors its charts in a right-to-left layout.
class PerformancePanel final : public QWidget
{
    Q_OBJECT

public:
    enum class Figure { LeadsTotal, ValidationRate, AverageScore, Earned, PendingEarnings, Available };
    static constexpr int FigureCount = 6;

    explicit PerformancePanel(QWidget *parent = nullptr);
    ~PerformancePanel() override;
    Q_DISABLE_COPY_MOVE(PerformancePanel)

    /// The figures as last fetched at `asOfMs` (ms since the epoch; 0: never). nullopt: none yet,
    /// an empty state says they come with the first sync.
    void setStats(const std::optional<dto::InfluencerStats> &stats, qint64 asOfMs);
    /// Whether the figures shown are the cache's while the server cannot be reached.
    void setOffline(bool offline);

    bool hasStats() const { return m_stats.has_value(); }
    bool isOffline() const { return m_offline; }

    /// The text a tile shows: "24", "58.3%", "7.5 / 10" or "—", "1,920 MAD"…
    QString figureText(Figure which) const;
    /// Under "Available for payout" while it is below the minimum (else empty).
    QString availableHint() const;
    /// "Updated at 14:05", "Offline figures from 23/11/2025 14:05"…
    QString freshnessText() const;
    /// The total in the donut's hole.
    QString donutCentreText() const;
    /// What hovering a week's bars says (`weekIndex` in stats.weeks).
    QString weekToolTip(int weekIndex) const;
    /// Columns of the tile grid (2, 3 or 6, following the width).
    int tileColumns() const { return m_columns; }
    /// The week (index in stats.weeks, oldest first) drawn in the chart's `column` (0 at the left).
    /// Right to left, the columns hold the weeks newest first, so that time runs leftwards.
    int weekIndexAt(int column) const;

    /// For tests: the weekly chart (a QBarSeries of submitted, validated, rejected; a QLineSeries
    /// of earnings in MAD) and the status donut (a QPieSeries).
    QChart *weeksChart() const { return m_weeksChart; }
    QChart *statusChart() const { return m_statusChart; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum BarSetIndex { SubmittedSet, ValidatedSet, RejectedSet }; ///< m_barSets' order
    struct Tile
    {
        QFrame *frame = nullptr;
        QLabel *caption = nullptr;
        QLabel *value = nullptr;
        QLabel *hint = nullptr;
    };

    void buildTiles();
    void buildWeeksChart();
    void buildStatusChart();
    void retranslate();
    void refresh();
    void fillTiles();
    void fillWeeks();
    void fillStatuses();
    void applyPalette();
    void applyDirection();
    void placeValueAxes();
    void fitWeekLabels();
    void fitDonutLegend();
    void placeDonutCentre();
    void reflow(int width);
    void showBarToolTip(bool hovering, int column);
    bool isRightToLeft() const { return layoutDirection() == Qt::RightToLeft; }
    Tile &tile(Figure which) { return m_tiles[size_t(which)]; }
    const Tile &tile(Figure which) const { return m_tiles[size_t(which)]; }

    std::optional<dto::InfluencerStats> m_stats;
    qint64 m_asOfMs = 0;
    bool m_offline = false;
    int m_columns = 0;

    QLabel *m_title = nullptr;
    QLabel *m_freshness = nullptr;
    QLabel *m_empty = nullptr;    ///< no figures yet
    QWidget *m_content = nullptr; ///< the figures
    QGridLayout *m_tileGrid = nullptr;
    std::array<Tile, FigureCount> m_tiles;
    QLabel *m_chartsEmpty = nullptr; ///< "no leads yet", instead of the charts
    QWidget *m_charts = nullptr;
    QBoxLayout *m_chartsBox = nullptr;

    QChartView *m_weeksView = nullptr;
    QChart *m_weeksChart = nullptr;
    QBarSeries *m_bars = nullptr;
    std::array<QBarSet *, 3> m_barSets{}; ///< submitted, validated, rejected
    QLineSeries *m_earnings = nullptr;
    QBarCategoryAxis *m_weekAxis = nullptr;
    QValueAxis *m_countAxis = nullptr;
    QValueAxis *m_earningsAxis = nullptr;

    QChartView *m_statusView = nullptr;
    QChart *m_statusChart = nullptr;
    QPieSeries *m_statuses = nullptr;
    std::array<QPieSlice *, 4> m_slices{}; ///< validated, rejected, pending, expired
    QGraphicsSimpleTextItem *m_centreNumber = nullptr;
    QGraphicsSimpleTextItem *m_centreCaption = nullptr;
};

} // namespace lm::client
