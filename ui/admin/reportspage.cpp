#include "reportspage.h"

#include "leadspage.h"
#include "chartkit.h"

#include "adminlistpage.h"

#include <adminservice.h>
#include <csvexport.h>
#include <jsontablemodel.h>
#include <levellook.h>
#include <money.h>

#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDateTimeAxis>
#include <QDir>
#include <QEvent>
#include <QFutureWatcher>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTextDocument>
#include <QAbstractTextDocumentLayout>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

using chartkit::madForDisplay;
using chartkit::niceTop;

/// A point's x: the day at noon, so that a day's label sits under its points.
qreal dayX(const QDate &day)
{
    return qreal(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch());
}

QColor createdColour()
{
    return QColor(0x1e, 0x88, 0xe5); // blue: not a decision
}

qint64 levelCount(const QJsonObject &report, AlertLevel level)
{
    return report.value("deposits_by_level"_L1).toObject().value(toString(level)).toInteger();
}

JsonColumn levelColumn(AlertLevel level)
{
    JsonColumn c;
    c.title = [level] { return LevelLook::name(level); };
    c.display = [level](const QJsonObject &row) -> QVariant { return QLocale().toString(levelCount(row, level)); };
    c.sortKey = [level](const QJsonObject &row) -> QVariant { return levelCount(row, level); };
    c.alignment = Qt::AlignTrailing | Qt::AlignVCenter;
    c.toolTip = [level](const QJsonObject &) -> QVariant {
        return ReportsPage::tr("Deposits at the %1 level at the end of the day (today's levels for a day without a "
                               "stored report)")
            .arg(LevelLook::name(level));
    };
    return c;
}

} // namespace

ReportsPage::ReportsPage(AdminService &admin, WorkspaceContext::SaveFileChooser chooseSaveFile, QWidget *parent)
    : QWidget(parent)
    , m_admin(admin)
    , m_chooseSaveFile(std::move(chooseSaveFile))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_rangeProblem(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(u"reportsPage"_s);
    QList<JsonColumn> columns{
        JsonColumn::day([] { return tr("Day"); }, u"date"_s),
        JsonColumn::count([] { return tr("Leads created"); }, u"leads_created"_s),
        JsonColumn::count([] { return tr("Validated"); }, u"leads_validated"_s),
        JsonColumn::count([] { return tr("Rejected"); }, u"leads_rejected"_s),
        JsonColumn::count([] { return tr("Expired"); }, u"leads_expired"_s),
        JsonColumn::money([] { return tr("Commissions"); }, u"commissions_cents"_s),
        JsonColumn::money([] { return tr("Recharges"); }, u"recharges_cents"_s),
    };
    for (const AlertLevel level : LevelLook::levels())
        columns.append(levelColumn(level));
    m_model = new JsonTableModel(std::move(columns), u"date"_s, this);
    m_page = new AdminListPage(u"reports"_s, m_model, this);
    m_page->view()->setAccessibleName(tr("Figures of each day"));
    m_page->view()->sortByColumn(0, Qt::AscendingOrder);
    m_page->setEmptyTexts(tr("No day in this range."), {});
    // Twelve short columns, the figures whole; the day as wide as its date.
    keepColumnWhole(m_page->view(), 0);

    const QDate today = QDate::currentDate();
    const QString format = QLocale().dateFormat(QLocale::ShortFormat);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMaximumDate(today);
        edit->setDisplayFormat(format);
        // As wide as the widest date of the format (Qt sizes it for the date shown first).
        const int text = edit->fontMetrics().horizontalAdvance(QLocale().toString(QDate(2028, 12, 28), format));
        edit->setMinimumWidth(text + edit->fontMetrics().height() * 3);
    }
    m_from->setObjectName(u"fromDate"_s);
    m_from->setAccessibleName(tr("First day"));
    m_to->setObjectName(u"toDate"_s);
    m_to->setAccessibleName(tr("Last day"));
    m_to->setDate(today);
    m_from->setDate(today.addDays(-13)); // the last 14 days
    auto *fromLabel = new QLabel(tr("Fro&m:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    m_page->addFilter(fromLabel);
    m_page->addFilter(m_from);
    m_page->addFilter(toLabel);
    m_page->addFilter(m_to);
    m_rangeProblem->setObjectName(u"rangeProblem"_s);
    QPalette problemPalette = m_rangeProblem->palette();
    problemPalette.setColor(QPalette::WindowText, LevelLook::textColour(AlertLevel::Critical, problemPalette));
    m_rangeProblem->setPalette(problemPalette);
    m_rangeProblem->hide();
    m_page->addFilter(m_rangeProblem);
    m_exportPdf = m_page->addAction(u"exportPdfButton"_s, tr("Export &PDF…"),
                                    tr("Save the range's figures and chart as a PDF document"), false);
    m_exportCsv = m_page->addAction(u"exportCsvButton"_s, tr("Export &CSV…"),
                                    tr("Save the range's figures as a spreadsheet file"), false);
    connect(m_exportPdf, &QPushButton::clicked, this, &ReportsPage::exportPdf);
    connect(m_exportCsv, &QPushButton::clicked, this, &ReportsPage::exportCsv);

    m_summary->setObjectName(u"reportsSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    buildChart();
    // The chart over the table; the splitter lets the admin give the room to either.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"reportsSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_chartView);
    splitter->addWidget(m_page);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    // The range and the exports are the list page's toolbar, moved above the chart.
    layout->addLayout(m_page->takeToolbar());
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    m_page->layout()->setContentsMargins(0, 0, 0, 0);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, m_page, &AdminListPage::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportsPage::rangeChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportsPage::rangeChanged);

    m_page->setLoader([this](AdminListPage::Finish finish) {
        const QDate from = m_from->date();
        const QDate to = m_to->date();
        m_admin.dailyReports(from, to, m_page, [this, finish, from, to](const Result<QJsonArray> &result) {
            if (!result.ok())
                return finish(result.error());
            m_loadedFrom = from;
            m_loadedTo = to;
            m_model->setRows(result.value());
            fillChart();
            updateSummary();
            finish({});
        });
    });
    connect(m_page, &AdminListPage::loadFinished, this, [this] {
        const bool rows = m_model->rowCount() > 0;
        m_exportPdf->setEnabled(rows);
        m_exportCsv->setEnabled(rows);
    });
    m_exportPdf->setEnabled(false);
    m_exportCsv->setEnabled(false);
    applyPalette();
    applyDirection();
    updateSummary();
}

QDate ReportsPage::from() const
{
    return m_from->date();
}

QDate ReportsPage::to() const
{
    return m_to->date();
}

void ReportsPage::setRange(const QDate &from, const QDate &to)
{
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    rangeChanged();
    m_debounce->stop();
    if (m_rangeProblem->isHidden())
        m_page->reload();
}

void ReportsPage::rangeChanged()
{
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    QString problem;
    if (to < from)
        problem = tr("The last day is before the first.");
    else if (from.daysTo(to) + 1 > AdminService::MaxReportDays)
        problem = tr("At most %n days at a time.", nullptr, AdminService::MaxReportDays);
    m_rangeProblem->setText(problem);
    m_rangeProblem->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        m_debounce->start();
    else
        m_debounce->stop();
}

void ReportsPage::buildChart()
{
    m_chart = new QChart;
    m_chart->setBackgroundVisible(false);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setLocalizeNumbers(true);
    m_chart->legend()->setAlignment(Qt::AlignTop);

    const auto line = [this](QColor colour, qreal width) {
        auto *series = new QLineSeries(m_chart);
        QPen pen(colour, width);
        series->setPen(pen);
        series->setColor(colour);
        series->setPointsVisible(true);
        m_chart->addSeries(series);
        return series;
    };
    m_created = line(createdColour(), 2.0);
    m_validated = line(LevelLook::colour(AlertLevel::Healthy), 2.0);
    m_rejected = line(LevelLook::colour(AlertLevel::Critical), 2.0);
    m_commissions = line(chartkit::moneyColour(palette()), 3.0);

    m_days = new QDateTimeAxis(m_chart);
    m_days->setFormat(u"d MMM"_s);
    m_days->setGridLineVisible(false);
    m_chart->addAxis(m_days, Qt::AlignBottom);
    for (QLineSeries *series : {m_created, m_validated, m_rejected, m_commissions})
        series->attachAxis(m_days);

    m_countAxis = chartkit::makeValueAxis(m_chart, true);
    m_moneyAxis = chartkit::makeValueAxis(m_chart, false);
    placeValueAxes();

    m_chartView = new QChartView(m_chart, this);
    m_chartView->setObjectName(u"reportsChart"_s);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setFrameShape(QFrame::NoFrame);
    m_chartView->setFocusPolicy(Qt::TabFocus); // reachable from the keyboard for screen readers
    m_chartView->setMinimumSize(320, 220);
    m_created->setName(tr("Leads created"));
    m_validated->setName(tr("Validated"));
    m_rejected->setName(tr("Rejected"));
    m_commissions->setName(tr("Commissions (%1)").arg(Money::currencyLabel(QLocale())));
    m_chartView->setAccessibleName(tr("Leads and commissions per day"));
    m_chart->setLocale(QLocale());
}

void ReportsPage::placeValueAxes()
{
    chartkit::placeValueAxes(m_chart, m_countAxis, {m_created, m_validated, m_rejected}, m_moneyAxis, m_commissions,
                             isRightToLeft());
}

void ReportsPage::fillChart()
{
    QList<QPointF> created;
    QList<QPointF> validated;
    QList<QPointF> rejected;
    QList<QPointF> commissions;
    qint64 maxCount = 0;
    qint64 maxCents = 0;
    QDate first;
    QDate last;
    for (const QJsonObject &report : m_model->rows()) {
        const QDate day = QDate::fromString(report.value("date"_L1).toString(), Qt::ISODate);
        if (!day.isValid())
            continue;
        first = first.isValid() ? std::min(first, day) : day;
        last = last.isValid() ? std::max(last, day) : day;
        const qreal x = dayX(day);
        const qint64 c = report.value("leads_created"_L1).toInteger();
        const qint64 v = report.value("leads_validated"_L1).toInteger();
        const qint64 r = report.value("leads_rejected"_L1).toInteger();
        const qint64 cents = report.value("commissions_cents"_L1).toInteger();
        created << QPointF(x, qreal(c));
        validated << QPointF(x, qreal(v));
        rejected << QPointF(x, qreal(r));
        commissions << QPointF(x, madForDisplay(cents));
        maxCount = std::max({maxCount, c, v, r});
        maxCents = std::max(maxCents, cents);
    }
    const auto byX = [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); };
    for (QList<QPointF> *points : {&created, &validated, &rejected, &commissions})
        std::sort(points->begin(), points->end(), byX);
    m_created->replace(created);
    m_validated->replace(validated);
    m_rejected->replace(rejected);
    m_commissions->replace(commissions);
    m_countAxis->setRange(0, niceTop(double(maxCount), true));
    m_moneyAxis->setRange(0, niceTop(madForDisplay(maxCents), false));
    if (!first.isValid())
        return;
    // Ticks on whole days: at most 8 labels, a day or a few days apart; the axis may run a little
    // past the last day so that every tick is a day's noon. One day alone sits between its neighbours.
    const qint64 span = first.daysTo(last);
    const qint64 step = std::max<qint64>(1, (span + 6) / 7);
    const qint64 ticks = span == 0 ? 3 : (span + step - 1) / step + 1;
    const QDate start = span == 0 ? first.addDays(-1) : first;
    const QDate end = start.addDays(step * (ticks - 1));
    m_days->setTickCount(int(ticks));
    m_days->setRange(QDateTime(start, QTime(12, 0)), QDateTime(end, QTime(12, 0)));
}

void ReportsPage::updateSummary()
{
    if (m_model->rowCount() == 0) {
        m_summary->setText(tr("Pick a range of days: the figures of each day appear below, with their chart."));
        return;
    }
    qint64 created = 0, validated = 0, rejected = 0, expired = 0, commissions = 0, recharges = 0;
    for (const QJsonObject &report : m_model->rows()) {
        created += report.value("leads_created"_L1).toInteger();
        validated += report.value("leads_validated"_L1).toInteger();
        rejected += report.value("leads_rejected"_L1).toInteger();
        expired += report.value("leads_expired"_L1).toInteger();
        commissions += report.value("commissions_cents"_L1).toInteger();
        recharges += report.value("recharges_cents"_L1).toInteger();
    }
    const QLocale locale;
    m_summary->setText(
        tr("From %1 to %2 (%n day(s)): %3 leads created, %4 validated, %5 rejected, %6 expired; commissions %7; "
           "recharges %8.",
           nullptr, m_model->rowCount())
            .arg(locale.toString(m_loadedFrom, QLocale::LongFormat), locale.toString(m_loadedTo, QLocale::LongFormat),
                 locale.toString(created), locale.toString(validated), locale.toString(rejected),
                 locale.toString(expired), Money(commissions).format(locale), Money(recharges).format(locale)));
}

QString ReportsPage::summaryText() const
{
    return m_summary->text();
}

QStringList ReportsPage::headerTexts() const
{
    QStringList header;
    for (int column = 0; column < m_model->columnCount(); ++column)
        header << m_model->headerData(column, Qt::Horizontal).toString();
    return header;
}

QByteArray ReportsPage::csv() const
{
    QStringList header{tr("Day"), tr("Leads created"), tr("Validated"), tr("Rejected"), tr("Expired"),
                       tr("Commissions (MAD)"), tr("Recharges (MAD)")};
    for (const AlertLevel level : LevelLook::levels())
        header << tr("%1 deposits").arg(LevelLook::name(level));
    QList<csv::Row> rows;
    QList<QJsonObject> reports = m_model->rows();
    std::sort(reports.begin(), reports.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value("date"_L1).toString() < b.value("date"_L1).toString();
    });
    for (const QJsonObject &report : std::as_const(reports)) {
        csv::Row row{csv::Cell::text(report.value("date"_L1).toString())};
        for (const auto key : {"leads_created"_L1, "leads_validated"_L1, "leads_rejected"_L1, "leads_expired"_L1})
            row << csv::Cell::text(QString::number(report.value(key).toInteger()));
        row << csv::Cell::money(report.value("commissions_cents"_L1).toInteger())
            << csv::Cell::money(report.value("recharges_cents"_L1).toInteger());
        for (const AlertLevel level : LevelLook::levels())
            row << csv::Cell::text(QString::number(levelCount(report, level)));
        rows << row;
    }
    return csv::document(header, rows);
}

QImage ReportsPage::chartImage() const
{
    QSize size = m_chartView->size();
    if (size.width() < 400 || size.height() < 200)
        size = QSize(1000, 420);
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // The scene drawn at twice the size (a QChartView::render into a 2× image would scale twice).
    m_chartView->scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())),
                                 QRectF(QPointF(0, 0), QSizeF(m_chartView->size())));
    painter.end();
    return image;
}

void ReportsPage::applyPalette()
{
    const QPalette pal = palette();
    chartkit::colourAxes(m_chart, {m_days, m_countAxis, m_moneyAxis}, pal);
    const QColor commissions = chartkit::moneyColour(pal);
    m_commissions->setPen(QPen(commissions, 3.0, Qt::DashLine));
    m_commissions->setColor(commissions);
    m_moneyAxis->setLabelsColor(commissions);
    m_chartView->setBackgroundBrush(pal.window());
}

void ReportsPage::applyDirection()
{
    // The days run from the reading side's start: a date axis mirrors with setReverse (unlike a
    // bar category axis in Qt 6.4); the value axes change sides.
    const bool rtl = isRightToLeft();
    m_days->setReverse(rtl);
    placeValueAxes();
    m_chart->legend()->setReverseMarkers(rtl);
    m_chart->setLayoutDirection(layoutDirection());
}

void ReportsPage::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::PaletteChange:
        applyPalette();
        break;
    case QEvent::LayoutDirectionChange:
        applyDirection();
        break;
    case QEvent::LanguageChange:
    case QEvent::LocaleChange:
        m_created->setName(tr("Leads created"));
        m_validated->setName(tr("Validated"));
        m_rejected->setName(tr("Rejected"));
        m_commissions->setName(tr("Commissions (%1)").arg(Money::currencyLabel(QLocale())));
        m_chart->setLocale(QLocale());
        updateSummary();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

} // namespace lm::client
