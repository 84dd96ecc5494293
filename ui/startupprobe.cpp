#include "startupprobe.h"

#include "mainwindow.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QTableView>
#include <QTimer>

#include <unistd.h>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

constexpr int TimeoutMs = 60'000;

bool insideMerchantDashboard(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (w->objectName() == "merchantWorkspace"_L1)
            return true;
    }
    return false;
}

/// The pending leads table when `widget` is its viewport, else null.
const QTableView *pendingTableOf(const QWidget *widget)
{
    const auto *view = qobject_cast<const QTableView *>(widget->parentWidget());
    if (view && view->viewport() == widget && view->objectName() == "pendingLeadsView"_L1)
        return view;
    return nullptr;
}

} // namespace

bool StartupProbe::requested()
{
    return qEnvironmentVariable("LEADMARKET_STARTUP_PROBE") == "1"_L1;
}

StartupProbe::StartupProbe(MainWindow *window, QObject *parent) : QObject(parent), m_window(window)
{
    qApp->installEventFilter(this);
    connect(window, &MainWindow::leadsLoaded, this, [this] { m_leadsLoaded = true; });
    QTimer::singleShot(TimeoutMs, this, [] {
        std::fputs("startup-probe: nothing painted within a minute\n", stderr);
        QCoreApplication::exit(1);
    });
}

StartupProbe::~StartupProbe()
{
    if (qApp)
        qApp->removeEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint || !watched->isWidgetType())
        return QObject::eventFilter(watched, event);
    const auto *widget = static_cast<QWidget *>(watched);
    if (!m_window || widget->window() != m_window.data())
        return QObject::eventFilter(watched, event);
    // Reported once the paint pass that this event belongs to is over (a zero timer runs after it).
    if (!m_dashboardSeen && insideMerchantDashboard(widget)) {
        m_dashboardSeen = true;
        QTimer::singleShot(0, this, &StartupProbe::dashboardPainted);
    }
    if (m_leadsLoaded && !m_leadsSeen) {
        if (const QTableView *view = pendingTableOf(widget)) {
            m_leadsSeen = true;
            const int rows = view->model() ? view->model()->rowCount() : 0;
            QTimer::singleShot(0, this, [this, rows] { leadsPainted(rows); });
        }
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::dashboardPainted()
{
    std::printf("dashboard-painted %.0f\n", msSinceProcessStart());
    std::fflush(stdout);
    m_dashboardReported = true;
    finishWhenDone();
}

void StartupProbe::leadsPainted(int rows)
{
    std::printf("leads-painted %.0f %d\n", msSinceProcessStart(), rows);
    std::fflush(stdout);
    m_leadsReported = true;
    finishWhenDone();
}

void StartupProbe::finishWhenDone()
{
    if (!m_dashboardReported || !m_leadsReported)
        return;
    std::printf("webengine-loaded %d\n", webEngineLoaded() ? 1 : 0);
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

double StartupProbe::msSinceProcessStart()
{
    QFile stat(u"/proc/self/stat"_s);
    QFile uptime(u"/proc/uptime"_s);
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    // Field 22 (starttime, clock ticks after boot); the command name (field 2) may hold spaces,
    // so the fields are counted from the ')' that ends it: state is field 3.
    const QByteArray line = stat.readAll();
    const qsizetype end = line.lastIndexOf(')');
    if (end < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(end + 2).split(' ');
    if (fields.size() <= 22 - 3)
        return -1;
    const long ticks = sysconf(_SC_CLK_TCK);
    const QList<QByteArray> up = uptime.readAll().split(' ');
    bool ok1 = false;
    bool ok2 = false;
    const double started = fields.at(22 - 3).toDouble(&ok1) / double(ticks > 0 ? ticks : 100);
    const double now = up.constFirst().toDouble(&ok2);
    return ok1 && ok2 ? (now - started) * 1000.0 : -1;
}

bool StartupProbe::webEngineLoaded()
{
    QFile maps(u"/proc/self/maps"_s);
    if (!maps.open(QIODevice::ReadOnly))
        return false;
    return maps.readAll().contains("libQt6WebEngine");
}

} // namespace lm::client
