#pragma once

#include "clock.h"
#include "database.h"
#include "httpapi.h"
#include "httpserver.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

#include <QWebSocketServer>

QT_BEGIN_NAMESPACE
class QTcpSocket;
class QWebSocket;
QT_END_NAMESPACE

namespace lm::server {

/// GET /api/events (API.md "Push"): the open WebSockets of this instance, fed from the `events`
/// rows EventLog writes. It reads them through its own connection, so it sees committed rows only,
/// in `seq` order (commit order): after a local write (SQLite), on PostgreSQL's NOTIFY from any
/// instance, and on a short poll that catches anything else (another process on the SQLite file).
class EventHub final : public QObject
{
    Q_OBJECT

public:
    using Authenticator = std::function<std::optional<AuthUser>(const QByteArray &bearerToken)>;

    struct Settings
    {
        QString dbUrl;
        int pingMs = 25'000;          ///< WebSocket ping interval (LEADMARKET_PUSH_PING_MS)
        qint64 retentionMs = 600'000; ///< how long rows stay for resumes (LEADMARKET_PUSH_RETENTION_S)
        int purgeMs = 60'000;         ///< how often old rows are deleted (LEADMARKET_PUSH_PURGE_MS)
        int pollMs = 1'000;           ///< the catch-all look for new rows (LEADMARKET_PUSH_POLL_MS)
    };

    /// Close codes: no or a bad token (API.md), the token revoked since, an unknown path.
    static constexpr int CloseUnauthenticated = 4401;
    static constexpr int CloseNotFound = 4404;
    static constexpr auto Path = "/api/events";

    EventHub(Settings settings, Clock &clock, Authenticator authenticator, QObject *parent = nullptr);
    ~EventHub() override;
    Q_DISABLE_COPY_MOVE(EventHub)

    /// Opens the hub's connection (and LISTENs on PostgreSQL), starts the timers and takes the
    /// WebSocket upgrades of Path from `server` (which answers 404 to an upgrade of any other
    /// path). Throws DbError when the database cannot be opened.
    void start(HttpServer &server);
    /// Looks for new rows soon, on the hub's thread; callable from any thread, calls coalesce.
    void wake();

    /// Prometheus text lines: open sockets, events sent (callable from any thread).
    QString metricsText() const;

private:
    struct Row
    {
        qint64 seq = 0;
        QString audience;
        QString type;
        QString data; ///< compact JSON
        qint64 createdAt = 0;
    };
    struct Client
    {
        QWebSocket *socket = nullptr;
        AuthUser user;
        QByteArray token;
        qint64 delivered = 0; ///< every row of its audiences up to this seq was sent (or skipped)
        qint64 lastPongMs = 0;
    };

    /// Takes an upgrade's socket (on its I/O thread) to this hub's thread and the handshake.
    void takeUpgrade(QTcpSocket *socket);
    void takePending();
    void accept(QWebSocket *socket);
    /// Sends what a socket resuming at `after` missed up to `newest` (the rows after it come
    /// live), or one resync event.
    void resume(Client &client, const QString &after, qint64 newest);
    void drain();
    void deliver(const Row &row);
    void send(Client &client, const QString &type, qint64 id, qint64 at, const QString &data);
    void close(QWebSocket *socket, int code, const QString &reason);
    void forget(QWebSocket *socket);
    /// Closes the user's sockets whose token no longer authenticates.
    void recheck(const QString &userId);
    void pingAll();
    void purge();
    QList<Row> rowsAfter(qint64 seq, const QStringList &audiences, qint64 until, int limit);
    static QStringList audiencesOf(const AuthUser &user);

    Settings m_settings;
    Clock &m_clock;
    Authenticator m_authenticate;
    std::unique_ptr<Database> m_db;
    QString m_connectionName;
    QHash<QWebSocket *, Client> m_clients;
    QHash<QString, QList<QWebSocket *>> m_byAudience;
    qint64 m_cursor = 0; ///< every committed row up to this seq was delivered
    std::atomic<bool> m_wakeQueued{false};
    std::atomic<quint64> m_sent{0};
    std::atomic<int> m_socketCount{0};
    QWebSocketServer m_handshakes{QStringLiteral("leadmarket"), QWebSocketServer::NonSecureMode};
    QTimer m_pingTimer;
    QTimer m_pollTimer;
    QTimer m_purgeTimer;
};

} // namespace lm::server
