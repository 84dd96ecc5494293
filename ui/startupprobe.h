#pragma once

#include <QObject>
#include <QPointer>

namespace lm::client {

class MainWindow;

/// A diagnostic for the cold-start benchmark (bench_leads), on only with
/// `LEADMARKET_STARTUP_PROBE=1`. It writes to standard output, one line each:
///   `dashboard-painted <ms>`      the merchant dashboard's first paint
///   `leads-painted <ms> <rows>`   the pending leads table's first paint once the leads are loaded
///   `webengine-loaded 0|1`        whether a Qt WebEngine library is mapped in the process
/// and then quits the program (exit code 0; 1 when nothing was painted within a minute).
/// `<ms>` is the time since the process started as the kernel counts it (/proc/self/stat, in
/// clock ticks: about 10 ms resolution); the benchmark measures its own wall time to each line.
class StartupProbe final : public QObject
{
    Q_OBJECT

public:
    /// Whether the environment asks for the probe.
    static bool requested();

    /// Watches `window`'s paints (through an event filter on the application).
    explicit StartupProbe(MainWindow *window, QObject *parent = nullptr);
    ~StartupProbe() override;
    Q_DISABLE_COPY_MOVE(StartupProbe)

    /// Milliseconds since this process started (/proc/self/stat against /proc/uptime); -1 when unknown.
    static double msSinceProcessStart();
    /// Whether a libQt6WebEngine* library is mapped in this process (/proc/self/maps).
    static bool webEngineLoaded();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void dashboardPainted();
    void leadsPainted(int rows);
    void finishWhenDone();

    QPointer<MainWindow> m_window;
    bool m_dashboardSeen = false;
    bool m_dashboardReported = false;
    bool m_leadsLoaded = false;
    bool m_leadsSeen = false;
    bool m_leadsReported = false;
};

} // namespace lm::client
