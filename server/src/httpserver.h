#pragma once

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QTcpSocket;
class QThread;
QT_END_NAMESPACE

namespace lm::server {

class HttpApi;
struct Request;
struct Response;

namespace http {
class IoLoop;
class Listener;
} // namespace http

/// The HTTP/1.1 edge (RFC 9112) in front of HttpApi: it accepts connections, reads requests with
/// every limit enforced before anything is buffered, and writes the answers.
///
/// Threads (DESIGN.md "Concurrency"): connections live on `ioThreads` I/O threads, which also
/// answer cheap reads (HttpApi::runsInline); every other request runs on a pool of `workers`
/// threads, so no request waits for another's password hash, provider call or database lock.
class HttpServer final : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        int ioThreads = 2;
        int workers = 16;
        int idleTimeoutMs = 30'000;    ///< a kept-alive connection with no request is closed
        int requestTimeoutMs = 10'000; ///< from a request's first byte to its last; then 408
        std::optional<QSslConfiguration> tls;
    };
    /// Takes the socket of a WebSocket upgrade, its upgrade request still unread in it. Called on
    /// the socket's I/O thread with a parentless socket, which the handler moves to its own thread.
    using UpgradeHandler = std::function<void(QTcpSocket *socket)>;

    HttpServer(HttpApi &api, Settings settings, QObject *parent = nullptr);
    ~HttpServer() override;
    Q_DISABLE_COPY_MOVE(HttpServer)

    /// Starts the threads, binds and listens without accepting yet. The port (0 on failure).
    quint16 listen(const QHostAddress &address, quint16 port);
    /// Starts accepting connections.
    void resume();
    /// Stops accepting, waits for the requests in flight and closes every connection.
    void stop();

    /// Upgrades of `path` go to `handler`; an upgrade of any other path is answered 404.
    void setUpgradeHandler(const QString &path, UpgradeHandler handler);

    /// Prometheus text lines: open connections, requests waiting for a worker.
    QString metricsText() const;

    // Used by the connections (http::Connection), on their I/O threads.
    const Settings &settings() const { return m_settings; }
    HttpApi &api() { return m_api; }
    /// Runs `request` on a worker and hands the answer to `done` on `context`'s thread.
    void runOnWorker(QObject *context, Request request, std::function<void(const Response &)> done);
    bool upgrades(const QString &path) const { return !m_upgradePath.isEmpty() && path == m_upgradePath; }
    void upgrade(QTcpSocket *socket) { m_upgradeHandler(socket); }
    void connectionOpened() { ++m_connections; }
    void connectionClosed() { --m_connections; }
    /// Gives an accepted socket to the next I/O thread.
    void assign(qintptr descriptor);

private:
    HttpApi &m_api;
    Settings m_settings;
    QThreadPool m_workers;
    std::vector<QThread *> m_threads;
    std::vector<http::IoLoop *> m_loops;
    http::Listener *m_listener = nullptr;
    std::atomic<unsigned> m_next{0};
    std::atomic<int> m_connections{0};
    std::atomic<int> m_queued{0};
    QString m_upgradePath;
    UpgradeHandler m_upgradeHandler;
    bool m_stopped = false;
};

} // namespace lm::server
