#pragma once

#include "workspace.h"

#include <QDate>
#include <QJsonArray>
#include <QWidget>

class QChart;
class QChartView;
class QDateEdit;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QPushButton;
class QTimer;
class QValueAxis;

namespace lm::client {

class AdminListPage;
class AdminService;
class JsonTableModel;

/// The daily reports over a range of days (at most 92; the last 14 by default): the brief's
/// figures for each day in a table, their totals, a Qt Charts line chart of the leads created,
/// validated and rejected and of the commissions (mirrored right to left), and the range exported
/// as PDF (title, range, totals, the chart and the table) or CSV.
class ReportsPage final : public QWidget
{
    Q_OBJECT

public:
    ReportsPage(AdminService &admin, WorkspaceContext::SaveFileChooser chooseSaveFile, QWidget *parent = nullptr);

    QDate from() const;
    QDate to() const;
    /// Picks the range (and loads it, when it is valid).
    void setRange(const QDate &from, const QDate &to);
    JsonTableModel &model() const { return *m_model; }
    AdminListPage &page() const { return *m_page; }
    QChart *chart() const { return m_chart; }
    QString summaryText() const;

    /// The table's rows as CSV (formula cells neutralised).
    QByteArray csv() const;
    /// Asks where to save, then writes the CSV; the result is told in the status line.
    void exportCsv();
    /// Asks where to save, then writes the PDF off the UI thread; the result is told in the status
    /// line and by exportFinished.
    void exportPdf();
    /// The chart as the PDF shows it (rendered at twice its size on white).
    QImage chartImage() const;

Q_SIGNALS:
    void exportFinished(bool ok, const QString &message);
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildChart();
    void fillChart();
    void applyPalette();
    void applyDirection();
    void placeValueAxes();
    void rangeChanged();
    void updateSummary();
    void finishExport(bool ok, const QString &message);
    QStringList headerTexts() const;

    AdminService &m_admin;
    WorkspaceContext::SaveFileChooser m_chooseSaveFile;
    JsonTableModel *m_model = nullptr;
    AdminListPage *m_page = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_rangeProblem = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_exportPdf = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QTimer *m_debounce = nullptr;
    QDate m_loadedFrom;
    QDate m_loadedTo;

    QChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;
    QLineSeries *m_created = nullptr;
    QLineSeries *m_validated = nullptr;
    QLineSeries *m_rejected = nullptr;
    QLineSeries *m_commissions = nullptr;
    QDateTimeAxis *m_days = nullptr;
    QValueAxis *m_countAxis = nullptr;
    QValueAxis *m_moneyAxis = nullptr;
};

} // namespace lm::client
