#include "reportspage.h"

#include "chartscale.h"

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

using chartscale::AxisIntervals;
using chartscale::madForDisplay;
using chartscale::niceTop;

/// The PDF page: A4 landscape, 15 mm margins, 300 dpi.
const QPageLayout PdfPage(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 15),
                          QPageLayout::Millimeter);
constexpr int PdfResolution = 300;

/// A point's x: the day at noon, so that a day's label sits under its points.
qreal dayX(const QDate &day)
{
    return qreal(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch());
}

QColor createdColour()
{
    return QColor(0x1e, 0x88, 0xe5); // blue: not a decision
}

QColor commissionsColour(const QPalette &palette)
{
    return LevelLook::isDark(palette) ? QColor(0xce, 0x93, 0xd8) : QColor(0x6a, 0x1b, 0x9a); // purple
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

struct PdfJob
{
    QString path;
    QString title;
    QString html;
    QImage chart;
};

/// Writes the report as a PDF, page after page (off the UI thread: only the job's own data).
Result<> writePdf(const PdfJob &job)
{
    QSaveFile file(job.path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<>::failure(ReportsPage::tr("The file %1 cannot be written: %2")
                                     .arg(QDir::toNativeSeparators(job.path), file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(PdfPage);
        writer.setResolution(PdfResolution);
        writer.setTitle(job.title);
        writer.setCreator(u"LeadMarket"_s);
        QTextDocument doc;
        // Without this the layout measures fonts for the screen and the text comes out ~3× too small.
        doc.documentLayout()->setPaintDevice(&writer);
        QFont font(u"DejaVu Sans"_s, 9);
        font.setStyleStrategy(QFont::PreferNoShaping);
        doc.setDefaultFont(font);
        doc.addResource(QTextDocument::ImageResource, QUrl(u"lm:chart"_s), job.chart);
        doc.setHtml(job.html);
        const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
        doc.setPageSize(page.size());
        QPainter painter(&writer);
        for (int i = 0; i < doc.pageCount(); ++i) {
            if (i > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -i * page.height());
            doc.drawContents(&painter, QRectF(0, i * page.height(), page.width(), page.height()));
            painter.restore();
        }
        painter.end();
    }
    if (!file.commit())
        return Result<>::failure(ReportsPage::tr("The file %1 cannot be written: %2")
                                     .arg(QDir::toNativeSeparators(job.path), file.errorString()));
    return Done{};
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
    // Twelve short columns share the width; the day as wide as its date.
    m_page->view()->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_page->view()->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

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
    auto *fromLabel = new QLabel(tr("&From:"), this);
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
    m_commissions = line(commissionsColour(palette()), 3.0);

    m_days = new QDateTimeAxis(m_chart);
    m_days->setFormat(u"d MMM"_s);
    m_days->setGridLineVisible(false);
    m_chart->addAxis(m_days, Qt::AlignBottom);
    for (QLineSeries *series : {m_created, m_validated, m_rejected, m_commissions})
        series->attachAxis(m_days);

    m_countAxis = new QValueAxis(m_chart);
    m_countAxis->setTickCount(AxisIntervals + 1);
    // "%d" comes out empty once the chart localises its numbers (Qt 6.4): whole numbers as %.0f.
    m_countAxis->setLabelFormat(u"%.0f"_s);
    m_moneyAxis = new QValueAxis(m_chart);
    m_moneyAxis->setTickCount(AxisIntervals + 1);
    m_moneyAxis->setLabelFormat(u"%.0f"_s);
    m_moneyAxis->setGridLineVisible(false);
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
    // An axis' side is fixed when it is added: re-add both on the mirrored sides.
    const bool rtl = isRightToLeft();
    const QList<QAbstractAxis *> present = m_chart->axes(Qt::Vertical);
    for (QValueAxis *axis : {m_countAxis, m_moneyAxis}) {
        if (present.contains(axis))
            m_chart->removeAxis(axis);
    }
    m_chart->addAxis(m_countAxis, rtl ? Qt::AlignRight : Qt::AlignLeft);
    for (QLineSeries *series : {m_created, m_validated, m_rejected})
        series->attachAxis(m_countAxis);
    m_chart->addAxis(m_moneyAxis, rtl ? Qt::AlignLeft : Qt::AlignRight);
    m_commissions->attachAxis(m_moneyAxis);
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

void ReportsPage::exportCsv()
{
    if (m_model->rowCount() == 0 || !m_chooseSaveFile)
        return;
    const QString path = m_chooseSaveFile(
        tr("Export the daily reports"),
        tr("reports-%1-%2.csv").arg(m_loadedFrom.toString(Qt::ISODate), m_loadedTo.toString(Qt::ISODate)));
    if (path.isEmpty())
        return;
    const Result<> written = csv::writeFile(path, csv());
    finishExport(written.ok(), written.ok() ? tr("%n day(s) saved to %1", nullptr, m_model->rowCount())
                                                  .arg(QDir::toNativeSeparators(path))
                                            : written.errorMessage());
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

void ReportsPage::exportPdf()
{
    if (m_model->rowCount() == 0 || !m_chooseSaveFile)
        return;
    const QString path = m_chooseSaveFile(
        tr("Export the daily reports"),
        tr("reports-%1-%2.pdf").arg(m_loadedFrom.toString(Qt::ISODate), m_loadedTo.toString(Qt::ISODate)));
    if (path.isEmpty())
        return;

    // Everything the PDF shows is put together here; the worker only lays it out and writes it.
    const QLocale locale;
    PdfJob job;
    job.path = path;
    job.title = tr("LeadMarket — Daily reports");
    job.chart = chartImage();
    // An image's width and height in rich text are screen pixels (96 dpi): the layout scales them
    // to the PDF's resolution itself.
    const QRectF page = PdfPage.paintRectPixels(PdfResolution);
    const qreal toScreen = 96.0 / PdfResolution;
    const qreal fullWidth = page.width() * toScreen;
    const int imageHeight =
        int(std::min(page.height() * toScreen * 0.45, fullWidth * job.chart.height() / std::max(1, job.chart.width())));
    const int shownWidth = int(qreal(imageHeight) * job.chart.width() / std::max(1, job.chart.height()));
    const bool rtl = isRightToLeft();
    const QString dir = rtl ? u"rtl"_s : u"ltr"_s;
    QString html = u"<html><body dir=\"%1\">"_s.arg(dir);
    html += u"<h2>%1</h2>"_s.arg(job.title.toHtmlEscaped());
    html += u"<p>%1<br/>%2</p>"_s.arg(
        tr("From %1 to %2").arg(locale.toString(m_loadedFrom, QLocale::LongFormat),
                                locale.toString(m_loadedTo, QLocale::LongFormat)).toHtmlEscaped(),
        tr("Generated on %1").arg(locale.toString(QDateTime::currentDateTime(), QLocale::LongFormat)).toHtmlEscaped());
    html += u"<p>%1</p>"_s.arg(m_summary->text().toHtmlEscaped());
    html += u"<p align=\"center\"><img src=\"lm:chart\" width=\"%1\" height=\"%2\"/></p>"_s.arg(shownWidth).arg(
        imageHeight);
    html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"6\" width=\"100%\"><thead><tr>"_s;
    // Qt's rich text lays tables out left to right whatever `dir` says: mirrored by hand, the day
    // on the reading side's start.
    QList<int> columns;
    for (int column = 0; column < m_model->columnCount(); ++column)
        columns << column;
    if (rtl)
        std::reverse(columns.begin(), columns.end());
    const QStringList titles = headerTexts();
    for (const int column : std::as_const(columns))
        html += u"<th>%1</th>"_s.arg(titles.value(column).toHtmlEscaped());
    html += u"</tr></thead>"_s;
    // The table's rows in date order, as the admin sees them sorted by day.
    QList<int> order;
    for (int row = 0; row < m_model->rowCount(); ++row)
        order << row;
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        return m_model->rowAt(a).value("date"_L1).toString() < m_model->rowAt(b).value("date"_L1).toString();
    });
    for (const int row : std::as_const(order)) {
        html += u"<tr>"_s;
        for (const int column : std::as_const(columns)) {
            const QString align = column == 0 ? (rtl ? u"right"_s : u"left"_s) : (rtl ? u"left"_s : u"right"_s);
            html += u"<td align=\"%1\">%2</td>"_s.arg(align, m_model->text(row, column).toHtmlEscaped());
        }
        html += u"</tr>"_s;
    }
    html += u"</table></body></html>"_s;
    job.html = html;

    m_exportPdf->setEnabled(false);
    m_page->showMessage(tr("Writing the PDF…"), true);
    auto *watcher = new QFutureWatcher<Result<>>(this);
    connect(watcher, &QFutureWatcher<Result<>>::finished, this, [this, watcher, path] {
        const Result<> written = watcher->result();
        watcher->deleteLater();
        m_exportPdf->setEnabled(m_model->rowCount() > 0);
        finishExport(written.ok(), written.ok()
                                       ? tr("The reports were saved to %1").arg(QDir::toNativeSeparators(path))
                                       : written.errorMessage());
    });
    watcher->setFuture(QtConcurrent::run([job] { return writePdf(job); }));
}

void ReportsPage::finishExport(bool ok, const QString &message)
{
    m_page->showMessage(message, ok);
    Q_EMIT statusMessage(message);
    Q_EMIT exportFinished(ok, message);
}

void ReportsPage::applyPalette()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlpha(40);
    QColor line = text;
    line.setAlpha(110);
    m_chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : std::initializer_list<QAbstractAxis *>{m_days, m_countAxis, m_moneyAxis}) {
        axis->setLabelsColor(text);
        axis->setLinePenColor(line);
        axis->setGridLineColor(grid);
    }
    const QColor commissions = commissionsColour(pal);
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
