#include "eventstream.h"

#include "apiclient.h"
#include "logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QUrlQuery>
#include <QWebSocket>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

// The WebSocket handshake is one round trip: longer than this, the server is not answering.
constexpr int HandshakeTimeoutMs = 10000;
// The first ping of a new socket is answered at once by a server that took it. A socket whose
// first ping is not answered is opened again at once, rather than after a whole keep-alive period
// (it happened once in CI under load: connected, never answered, 30 s without push).
constexpr int FirstPongTimeoutMs = 5000;

} // namespace

EventStream::EventStream(QObject *parent) : QObject(parent), m_retry(this), m_watchdog(this)
{
    qRegisterMetaType<lm::client::StreamEvent>();
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &EventStream::open);
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, &EventStream::keepAlive);
}

EventStream::~EventStream()
{
    dropSocket();
}

QUrl EventStream::eventsUrl(const QUrl &server, const QString &after, bool allowInsecureHttp)
{
    if (ApiClient::checkUrl(server, allowInsecureHttp).isError())
        return {};
    QUrl url = server;
    url.setScheme(server.scheme() == "https"_L1 ? u"wss"_s : u"ws"_s);
    QString path = server.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/api/events"_s);
    QUrlQuery query;
    if (!after.isEmpty())
        query.addQueryItem(u"after"_s, after);
    url.setQuery(query);
    url.setFragment({});
    return url;
}

void EventStream::configure(const QUrl &server, const QString &token, bool allowInsecureHttp)
{
    m_server = server;
    m_token = token;
    m_allowInsecure = allowInsecureHttp;
}

void EventStream::setReconnectDelaysMs(QList<int> delays)
{
    if (!delays.isEmpty())
        m_delaysMs = std::move(delays);
}

void EventStream::setKeepAliveMs(int ms)
{
    m_keepAliveMs = std::max(100, ms);
}

void EventStream::start()
{
    stop();
    if (m_token.isEmpty())
        return;
    m_running = true;
    m_failures = 0;
    open();
}

void EventStream::stop()
{
    m_running = false;
    m_retry.stop();
    m_watchdog.stop();
    dropSocket();
    setLive(false);
}

void EventStream::reconnectNow()
{
    if (m_running && !m_socket && m_retry.isActive()) {
        m_retry.stop();
        open();
    }
}

void EventStream::open()
{
    if (!m_running || m_socket)
        return;
    const QUrl url = eventsUrl(m_server, m_after, m_allowInsecure);
    if (url.isEmpty()) {
        // The sync refuses the same address and says why; there is nothing to retry.
        logger("app.push")->warn("no event stream: the server address may not be used");
        m_running = false;
        return;
    }
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setRawHeader("User-Agent", "LeadMarket-Desktop/" LEADMARKET_VERSION);

    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    connect(socket, &QWebSocket::connected, this, [this, socket] { onConnected(socket); });
    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) {
        if (socket == m_socket)
            onMessage(text);
    });
    connect(socket, &QWebSocket::pong, this, [this, socket](quint64, const QByteArray &) {
        if (socket != m_socket)
            return;
        m_awaitingPong = false;
        setLive(true); // the server took the socket: a refused one is closed before any pong
        m_failures = 0;
        m_watchdog.start(m_keepAliveMs);
    });
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [socket](QAbstractSocket::SocketError) {
                logger("app.push")->debug("event stream: {}", socket->errorString().toStdString());
            });
    connect(socket, &QWebSocket::stateChanged, this, [this, socket](QAbstractSocket::SocketState state) {
        if (state == QAbstractSocket::UnconnectedState)
            attemptEnded(socket);
    });
    m_awaitingPong = false;
    m_watchdog.start(HandshakeTimeoutMs);
    logger("app.push")->debug("opening the event stream{}", m_after.isEmpty() ? "" : " (resuming)");
    socket->open(request);
}

void EventStream::onConnected(QWebSocket *socket)
{
    if (socket != m_socket)
        return;
    // Live once the server answers this ping: a socket it refuses is closed (4401) first.
    m_awaitingPong = true;
    socket->ping();
    m_watchdog.start(std::min(m_keepAliveMs, FirstPongTimeoutMs));
}

void EventStream::onMessage(const QString &text)
{
    if (m_live) { // a frame proves the socket alive
        m_awaitingPong = false;
        m_watchdog.start(m_keepAliveMs);
    }
    const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
    StreamEvent event;
    event.type = frame.value("type"_L1).toString();
    const QJsonValue id = frame.value("id"_L1);
    event.id = id.isDouble() ? QString::number(id.toInteger()) : id.toString();
    event.data = frame.value("data"_L1);
    if (event.type.isEmpty()) {
        logger("app.push")->warn("event stream: a frame without a type was ignored");
        return;
    }
    if (event.type == "resync"_L1) {
        // What came after our last event is gone: the deltas bring it; resume from the next one.
        m_after = event.id;
        Q_EMIT resyncRequested();
        return;
    }
    Q_EMIT eventReceived(event);
}

void EventStream::keepAlive()
{
    if (!m_socket)
        return;
    if (m_awaitingPong || m_socket->state() != QAbstractSocket::ConnectedState) {
        // No handshake, or no pong in time: the connection is dead without having said so.
        logger("app.push")->info("event stream: no answer from the server, reconnecting");
        QWebSocket *socket = m_socket;
        socket->abort();
        if (socket == m_socket) // abort() of a socket still looking up its host says nothing
            attemptEnded(socket);
        return;
    }
    m_awaitingPong = true;
    m_socket->ping();
    m_watchdog.start(m_keepAliveMs);
}

void EventStream::attemptEnded(QWebSocket *socket)
{
    if (socket != m_socket)
        return;
    const int code = static_cast<int>(socket->closeCode());
    const bool wasLive = m_live;
    m_watchdog.stop();
    dropSocket();
    setLive(false);
    if (code == CloseAuthenticationRequired) {
        logger("app.push")->info("event stream closed by the server: authentication required");
        m_running = false;
        Q_EMIT authenticationRejected();
        return;
    }
    if (wasLive)
        logger("app.push")->info("event stream lost (close code {})", code);
    scheduleReconnect();
}

void EventStream::scheduleReconnect()
{
    if (!m_running)
        return;
    const int delay = m_delaysMs.at(std::min<qsizetype>(m_failures, m_delaysMs.size() - 1));
    ++m_failures;
    m_retry.start(delay);
}

void EventStream::setLive(bool live)
{
    if (m_live == live)
        return;
    m_live = live;
    logger("app.push")->info("event stream {}", live ? "live" : "down");
    Q_EMIT liveChanged(live);
}

void EventStream::dropSocket()
{
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

} // namespace lm::client
