#pragma once

#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

class QWebSocket;

namespace lm::client {

/// One frame of `GET /api/events` (API.md, contract v2 "Push").
struct StreamEvent
{
    QString type; ///< "lead.created", "deposit.changed", … ("resync" is handled by the stream)
    QString id;   ///< increases per user; the stream resumes after the last one
    QJsonValue data;
};

/// The push channel: one WebSocket to the server's `/api/events` (ws:// or wss:// from the server
/// address), authenticated with the bearer token on the upgrade request and resumed with
/// `?after=<last event id>`. It reconnects with back-off until stopped; it is live once the
/// server answered a first ping on it (a socket the server refuses is closed before that, with
/// code 4401). Lives in whatever thread owns it (the SyncEngine's).
class EventStream final : public QObject
{
    Q_OBJECT

public:
    /// The close code of a socket refused or ended for its token.
    static constexpr int CloseAuthenticationRequired = 4401;

    explicit EventStream(QObject *parent = nullptr);
    ~EventStream() override;
    Q_DISABLE_COPY_MOVE(EventStream)

    /// `ws(s)://host[:port][/base]/api/events[?after=…]` for a server's http(s) address; an empty
    /// URL when the address may not be used (see ApiClient::checkUrl).
    static QUrl eventsUrl(const QUrl &server, const QString &after, bool allowInsecureHttp);

    /// Where and as whom; takes effect at the next connection (configure() then start()).
    void configure(const QUrl &server, const QString &token, bool allowInsecureHttp);
    /// The last event applied: the next connection asks for what came after it.
    void setAfter(const QString &id) { m_after = id; }
    QString after() const { return m_after; }
    /// Waits before each new attempt after a failed or lost connection (the last one repeats).
    void setReconnectDelaysMs(QList<int> delays);
    /// Without a frame from the server for this long, a ping; without its pong as long again, the
    /// socket is taken for dead and replaced.
    void setKeepAliveMs(int ms);

    /// Connects (again, with what configure() gave) and keeps connecting until stop().
    void start();
    void stop();
    /// Waiting for the next attempt: make it now (the server answered again).
    void reconnectNow();
    bool isRunning() const { return m_running; }
    bool isLive() const { return m_live; }

Q_SIGNALS:
    void liveChanged(bool live);
    void eventReceived(const lm::client::StreamEvent &event);
    /// The server no longer has what came after our last event: pull the deltas instead.
    void resyncRequested();
    /// The server refused the token or revoked it (close code 4401); the stream has stopped.
    void authenticationRejected();

private:
    void open();
    void onConnected(QWebSocket *socket);
    void onMessage(const QString &text);
    void attemptEnded(QWebSocket *socket);
    void scheduleReconnect();
    void setLive(bool live);
    void keepAlive();
    void dropSocket();

    QUrl m_server;
    QString m_token;
    bool m_allowInsecure = false;
    QString m_after;
    QPointer<QWebSocket> m_socket;
    QTimer m_retry;     ///< the next attempt
    QTimer m_watchdog;  ///< handshake timeout, then keep-alive
    QList<int> m_delaysMs{1000, 2000, 5000, 10000, 30000};
    int m_failures = 0;   ///< attempts failed in a row
    int m_keepAliveMs = 30000;
    bool m_running = false;
    bool m_live = false;
    bool m_awaitingPong = false;
};

} // namespace lm::client

Q_DECLARE_METATYPE(lm::client::StreamEvent)
