#include "httpserver.h"

#include "httpapi.h"
#include "httpparser.h"
#include "logging.h"

#include <QJsonDocument>
#include <QPointer>
#include <QSslSocket>
#include <QTcpServer>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace lm::server {

namespace http {

namespace {

constexpr int LingerMs = 2'000; ///< after a refusal, how long the rest of what the client sends is read and dropped
constexpr qint64 ReadBufferBytes = 256 * 1024; ///< a socket stops reading from the kernel past this

auto edgeLog()
{
    return logger("server.http");
}

/// The decoded path of an origin-form target, read as it is spelled: "//x/metrics" is that path,
/// not a host "x" and "/metrics" (so a proxy's rule for an exact path cannot be bypassed).
QString pathOf(const QByteArray &target)
{
    const qsizetype question = target.indexOf('?');
    return QUrl::fromPercentEncoding(question < 0 ? target : target.left(question));
}

} // namespace

/// One client connection: reads requests one at a time (pipelined ones wait in the socket), hands
/// each to HttpApi, writes the answers in order.
class Connection final : public QObject
{
public:
    Connection(HttpServer &server, qintptr descriptor, QObject *parent);
    ~Connection() override { m_server.connectionClosed(); }

private:
    enum class Phase { Idle, Head, Body, Chunked, Handling, Closing };

    void pump();
    bool readHead();
    bool readBody();
    Request makeRequest();
    void dispatch();
    void answerOversized();
    void respond(const Response &response);
    void refuse(const ApiError &error);
    void write(const Response &response, bool close);
    void closeGracefully();
    void shutWrite();
    void finish();
    void handOver();
    /// The request's bytes are consumed: the socket forgets them (no upgrade will read them again).
    void endTransaction();
    void startIdle();

    HttpServer &m_server;
    QTcpSocket *m_socket = nullptr;
    QTimer m_idleTimer;
    QTimer m_requestTimer;
    Phase m_phase = Phase::Idle;
    QByteArray m_in; ///< bytes read but not yet consumed (never more than a head or a body)
    std::optional<Head> m_head;
    QByteArray m_body;
    ChunkedDecoder m_chunked;
    bool m_inTransaction = false; ///< the socket keeps this request's bytes (a WebSocket upgrade hands them on)
    bool m_peerGone = false;
    bool m_shut = false;
};

Connection::Connection(HttpServer &server, qintptr descriptor, QObject *parent)
    : QObject(parent), m_server(server)
{
    m_server.connectionOpened();
    const auto &settings = server.settings();
    QSslSocket *ssl = nullptr;
    if (settings.tls) {
        ssl = new QSslSocket(this);
        m_socket = ssl;
    } else {
        m_socket = new QTcpSocket(this);
    }
    m_socket->setReadBufferSize(ReadBufferBytes);
    if (!m_socket->setSocketDescriptor(descriptor)) {
        QTimer::singleShot(0, this, &QObject::deleteLater);
        return;
    }
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_idleTimer.setSingleShot(true);
    m_requestTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        if (m_phase == Phase::Idle)
            finish(); // nothing in progress: close without an answer
    });
    connect(&m_requestTimer, &QTimer::timeout, this, [this] {
        if (m_phase == Phase::Head || m_phase == Phase::Body || m_phase == Phase::Chunked)
            refuse(ApiError::requestTimeout());
    });
    connect(m_socket, &QIODevice::readyRead, this, &Connection::pump);
    connect(m_socket, &QAbstractSocket::disconnected, this, [this] {
        m_peerGone = true;
        if (m_phase != Phase::Handling)
            finish();
    });
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError)
            return; // disconnected() follows
        m_peerGone = true;
        if (m_phase != Phase::Handling)
            finish();
    });
    if (ssl) {
        ssl->setSslConfiguration(*settings.tls);
        connect(ssl, &QSslSocket::sslErrors, this, [this] { finish(); });
        ssl->startServerEncryption();
    }
    startIdle();
}

void Connection::startIdle()
{
    m_phase = Phase::Idle;
    m_idleTimer.start(m_server.settings().idleTimeoutMs);
}

void Connection::pump()
{
    for (;;) {
        switch (m_phase) {
        case Phase::Handling:
            return; // the next request waits in the socket (bounded by its read buffer)
        case Phase::Closing:
            m_socket->skip(m_socket->bytesAvailable());
            return;
        case Phase::Idle:
            if (m_in.isEmpty() && m_socket->bytesAvailable() == 0)
                return;
            m_idleTimer.stop();
            m_requestTimer.start(m_server.settings().requestTimeoutMs);
            // The socket keeps the bytes of a request that starts on a clean boundary, so that a
            // WebSocket upgrade can hand them on unread.
            m_inTransaction = m_in.isEmpty();
            if (m_inTransaction)
                m_socket->startTransaction();
            m_phase = Phase::Head;
            break;
        case Phase::Head:
            if (!readHead())
                return;
            break;
        case Phase::Body:
        case Phase::Chunked:
            if (!readBody())
                return;
            dispatch();
            break;
        }
    }
}

bool Connection::readHead()
{
    try {
        m_in += m_socket->read(qMax<qint64>(0, Limits::Head + 4 - m_in.size()));
        // RFC 9112 §2.2: empty lines before a request line are ignored.
        while (m_in.startsWith("\r\n"))
            m_in.remove(0, 2);
        const qsizetype length = headLength(m_in);
        if (length == 0)
            return false;
        m_head = parseHead(QByteArrayView(m_in).first(length));
        m_in.remove(0, length);
    } catch (const ApiError &error) {
        refuse(error);
        return false;
    }
    const QString path = pathOf(m_head->target);
    if (m_head->webSocketUpgrade && m_server.upgrades(path) && m_inTransaction && m_in.isEmpty()) {
        handOver();
        return false;
    }
    endTransaction();
    if (m_head->webSocketUpgrade) {
        // Another path, or an upgrade behind pipelined bytes: not one we take.
        m_head->keepAlive = false;
        Response notFound = Response::error(ApiError::notFound());
        write(notFound, true);
        return false;
    }
    if (m_head->oversized) {
        answerOversized();
        return false;
    }
    if (m_head->expectContinue && (m_head->chunked || m_head->contentLength > 0))
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_body.clear();
    m_chunked = ChunkedDecoder();
    m_phase = m_head->chunked ? Phase::Chunked : Phase::Body;
    return true;
}

bool Connection::readBody()
{
    try {
        if (m_phase == Phase::Chunked) {
            for (;;) {
                if (m_chunked.feed(m_in, m_body))
                    return true;
                if (m_socket->bytesAvailable() == 0)
                    return false;
                m_in += m_socket->read(Limits::Body + Limits::ChunkLine);
            }
        }
        const qint64 need = m_head->contentLength - m_body.size();
        const qsizetype fromBuffer = qsizetype(qMin<qint64>(need, m_in.size()));
        m_body += m_in.first(fromBuffer);
        m_in.remove(0, fromBuffer);
        if (m_body.size() < m_head->contentLength)
            m_body += m_socket->read(m_head->contentLength - m_body.size());
        return m_body.size() == m_head->contentLength;
    } catch (const ApiError &error) {
        if (error.status == 413)
            answerOversized();
        else
            refuse(error);
        return false;
    }
}

void Connection::endTransaction()
{
    if (m_inTransaction)
        m_socket->commitTransaction();
    m_inTransaction = false;
}

Request Connection::makeRequest()
{
    Request request;
    request.method = QString::fromLatin1(m_head->method);
    request.path = pathOf(m_head->target);
    const qsizetype question = m_head->target.indexOf('?');
    if (question >= 0)
        request.query = QUrlQuery(QString::fromUtf8(m_head->target.mid(question + 1)));
    request.body = std::exchange(m_body, {});
    request.headers = m_head->headers;
    request.remote = m_socket->peerAddress();
    return request;
}

void Connection::answerOversized()
{
    // The route's own checks still come first (401 → 403 → 413, API.md); they only read, and no
    // handler runs, so this is answered here. The body is never read: the connection closes.
    m_requestTimer.stop();
    endTransaction();
    Request request = makeRequest();
    request.bodyTooLarge = true;
    write(m_server.api().answer(request), true);
}

void Connection::dispatch()
{
    m_requestTimer.stop();
    m_phase = Phase::Handling;
    Request request = makeRequest();
    HttpApi &api = m_server.api();
    if (api.runsInline(request)) {
        respond(api.answer(request));
        return;
    }
    m_server.runOnWorker(this, std::move(request), [this](const Response &response) { respond(response); });
}

void Connection::respond(const Response &response)
{
    if (m_peerGone) {
        finish();
        return;
    }
    const bool close = !m_head->keepAlive;
    write(response, close);
    if (close)
        return;
    m_head.reset();
    startIdle();
    if (!m_in.isEmpty() || m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &Connection::pump, Qt::QueuedConnection); // a pipelined request
}

void Connection::refuse(const ApiError &error)
{
    edgeLog()->info("refused {} from {}: {}", error.status, m_socket->peerAddress().toString().toStdString(),
                    error.message.toStdString());
    endTransaction();
    write(Response::error(error), true);
}

void Connection::write(const Response &response, bool close)
{
    QByteArray out = statusLine(response.status);
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    else if (m_head && m_head->minorVersion == 0)
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
    out += response.body;
    m_socket->write(out);
    if (close)
        closeGracefully();
}

void Connection::closeGracefully()
{
    m_phase = Phase::Closing;
    m_idleTimer.stop();
    m_requestTimer.stop();
    m_in.clear();
    m_body.clear();
    // Lingering close (RFC 9112 §9.6): send everything, then shut our side and drop what the client
    // is still sending for a while, so that its TCP stack does not discard our answer with a reset.
    connect(m_socket, &QIODevice::bytesWritten, this, &Connection::shutWrite);
    m_socket->flush();
    shutWrite();
}

void Connection::shutWrite()
{
    if (m_shut || m_socket->bytesToWrite() > 0)
        return;
    m_shut = true;
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket))
        ssl->disconnectFromHost();
    else
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    QTimer::singleShot(LingerMs, this, &Connection::finish);
}

void Connection::finish()
{
    if (m_phase == Phase::Handling && !m_peerGone)
        return;
    m_idleTimer.stop();
    m_requestTimer.stop();
    m_socket->abort();
    deleteLater();
}

void Connection::handOver()
{
    m_idleTimer.stop();
    m_requestTimer.stop();
    m_socket->rollbackTransaction(); // the WebSocket server reads the upgrade request itself
    m_inTransaction = false;
    m_socket->disconnect(this);
    QTcpSocket *socket = m_socket;
    socket->setParent(nullptr);
    socket->setReadBufferSize(0);
    m_socket = nullptr;
    m_server.upgrade(socket);
    m_phase = Phase::Closing;
    deleteLater();
}

/// One I/O thread's connections.
class IoLoop final : public QObject
{
public:
    explicit IoLoop(HttpServer &server) : m_server(server) {}
    void adopt(qintptr descriptor) { new Connection(m_server, descriptor, this); }

private:
    HttpServer &m_server;
};

/// The listening socket, on the first I/O thread: hands each accepted socket to an I/O thread.
class Listener final : public QTcpServer
{
public:
    explicit Listener(HttpServer &server) : m_server(server) {}

protected:
    void incomingConnection(qintptr descriptor) override { m_server.assign(descriptor); }

private:
    HttpServer &m_server;
};

} // namespace http

HttpServer::HttpServer(HttpApi &api, Settings settings, QObject *parent)
    : QObject(parent), m_api(api), m_settings(std::move(settings))
{
    m_workers.setMaxThreadCount(m_settings.workers);
    m_workers.setExpiryTimeout(-1); // each worker keeps its database connections
}

HttpServer::~HttpServer()
{
    stop();
}

quint16 HttpServer::listen(const QHostAddress &address, quint16 port)
{
    for (int i = 0; i < m_settings.ioThreads; ++i) {
        auto *thread = new QThread;
        thread->setObjectName(u"http-io-"_s + QString::number(i));
        auto *loop = new http::IoLoop(*this);
        loop->moveToThread(thread);
        connect(thread, &QThread::finished, loop, &QObject::deleteLater);
        thread->start();
        m_threads.push_back(thread);
        m_loops.push_back(loop);
    }
    quint16 bound = 0;
    QMetaObject::invokeMethod(
        m_loops.front(),
        [&] {
            m_listener = new http::Listener(*this);
            m_listener->setParent(m_loops.front());
            m_listener->setListenBacklogSize(1024);
            if (m_listener->listen(address, port)) {
                m_listener->pauseAccepting();
                bound = m_listener->serverPort();
            }
        },
        Qt::BlockingQueuedConnection);
    return bound;
}

void HttpServer::resume()
{
    QMetaObject::invokeMethod(m_listener, [listener = m_listener] { listener->resumeAccepting(); });
}

void HttpServer::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    if (m_listener)
        QMetaObject::invokeMethod(m_listener, [listener = m_listener] { listener->close(); },
                                  Qt::BlockingQueuedConnection);
    m_workers.waitForDone();
    for (QThread *thread : m_threads) {
        thread->quit();
        thread->wait();
        delete thread;
    }
    m_threads.clear();
    m_loops.clear();
}

void HttpServer::assign(qintptr descriptor)
{
    http::IoLoop *loop = m_loops[m_next++ % m_loops.size()];
    QMetaObject::invokeMethod(loop, [loop, descriptor] { loop->adopt(descriptor); });
}

void HttpServer::setUpgradeHandler(const QString &path, UpgradeHandler handler)
{
    m_upgradePath = path;
    m_upgradeHandler = std::move(handler);
}

void HttpServer::runOnWorker(QObject *context, Request request, std::function<void(const Response &)> done)
{
    ++m_queued;
    m_workers.start([this, context, request = std::move(request), done = std::move(done)]() mutable {
        --m_queued;
        Response response = m_api.answer(request);
        // The connection stays alive while its request is handled (Connection::finish waits).
        QMetaObject::invokeMethod(context, [done = std::move(done), response = std::move(response)] {
            done(response);
        });
    });
}

QString HttpServer::metricsText() const
{
    return u"# HELP leadmarket_http_connections Open HTTP connections.\n"
           u"# TYPE leadmarket_http_connections gauge\n"
           u"leadmarket_http_connections "_s
        + QString::number(m_connections.load())
        + u"\n# HELP leadmarket_http_worker_queue Requests waiting for a worker thread.\n"
          u"# TYPE leadmarket_http_worker_queue gauge\n"
          u"leadmarket_http_worker_queue "_s
        + QString::number(m_queued.load()) + u"\n# HELP leadmarket_http_workers_busy Worker threads running a request.\n"
          u"# TYPE leadmarket_http_workers_busy gauge\n"
          u"leadmarket_http_workers_busy "_s
        + QString::number(m_workers.activeThreadCount()) + u'\n';
}

} // namespace lm::server
