// ReportsPage's exports: the days to CSV, and to PDF (title, range, figures, the chart) written
// off the UI thread. Loading, the table and the chart are in reportspage.cpp.

#include "reportspage.h"

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

/// The PDF page: A4 landscape, 15 mm margins, 300 dpi.
const QPageLayout PdfPage(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 15),
                          QPageLayout::Millimeter);
constexpr int PdfResolution = 300;

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

} // namespace lm::client
