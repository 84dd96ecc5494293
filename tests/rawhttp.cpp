#include "rawhttp.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonParseError>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QThread>

using namespace Qt::StringLiterals;

namespace lmtest {

namespace {

enum class Parsed { Incomplete, Complete, Malformed };

int remainingMs(const QDeadlineTimer &deadline)
{
    return int(qBound(qint64(1), deadline.remainingTime(), qint64(600000)));
}

// On the main thread a blocking wait must keep the event loop turning: the harness reads the
// server's stdout and stderr through QProcess there, and a server whose stderr pipe is full (a long
// request line in its log) would stop answering. So the main thread waits in slices of 5 ms.
bool onMainThread()
{
    return QCoreApplication::instance() && QThread::currentThread() == QCoreApplication::instance()->thread();
}

bool waitReadable(QTcpSocket &socket, int timeoutMs)
{
    if (!onMainThread())
        return socket.waitForReadyRead(timeoutMs);
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        if (socket.waitForReadyRead(int(qMin<qint64>(5, remainingMs(deadline)))))
            return true;
        if (socket.error() != QAbstractSocket::SocketTimeoutError
            || socket.state() != QAbstractSocket::ConnectedState)
            return false;
        QCoreApplication::processEvents();
        if (socket.bytesAvailable() > 0)
            return true;
        if (socket.state() != QAbstractSocket::ConnectedState)
            return false;
        if (deadline.hasExpired())
            return false;
    }
}

bool waitWritten(QTcpSocket &socket, int timeoutMs)
{
    if (!onMainThread())
        return socket.waitForBytesWritten(timeoutMs);
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        if (socket.waitForBytesWritten(int(qMin<qint64>(5, remainingMs(deadline)))))
            return true;
        if (socket.state() != QAbstractSocket::ConnectedState)
            return false;
        QCoreApplication::processEvents();
        if (socket.bytesToWrite() == 0)
            return true;
        if (deadline.hasExpired())
            return false;
    }
}

// One answer from the front of `buffer`. `closed`: no more bytes will come (a body without
// Content-Length or chunking ends there).
Parsed parseResponse(const QByteArray &buffer, bool closed, const QByteArray &method, RawResponse *out,
                     qsizetype *consumed, QString *why)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return Parsed::Incomplete;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    const QByteArray statusLine = lines.value(0).chopped(lines.value(0).endsWith('\r') ? 1 : 0);
    const qsizetype firstSpace = statusLine.indexOf(' ');
    const qsizetype secondSpace = statusLine.indexOf(' ', firstSpace + 1);
    if (!statusLine.startsWith("HTTP/1.") || firstSpace < 0) {
        *why = u"not an HTTP/1.x status line: "_s + QString::fromLatin1(statusLine.left(200));
        return Parsed::Malformed;
    }
    bool ok = false;
    const QByteArray code = statusLine.mid(firstSpace + 1, secondSpace < 0 ? -1 : secondSpace - firstSpace - 1);
    out->status = code.toInt(&ok);
    if (!ok || code.size() != 3) {
        *why = u"bad status code in: "_s + QString::fromLatin1(statusLine.left(200));
        return Parsed::Malformed;
    }
    out->version = statusLine.left(firstSpace);
    out->reason = secondSpace < 0 ? QByteArray() : statusLine.mid(secondSpace + 1);
    out->headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            *why = u"header line without a colon: "_s + QString::fromLatin1(line.left(200));
            return Parsed::Malformed;
        }
        out->headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    qsizetype at = headEnd + 4;
    out->body.clear();
    const bool noBody = (out->status >= 100 && out->status < 200) || out->status == 204 || out->status == 304
        || method == "HEAD";
    if (!noBody) {
        const QByteArray transfer = out->header("Transfer-Encoding");
        const QByteArray length = out->header("Content-Length");
        if (transfer.toLower() == "chunked") {
            for (;;) {
                const qsizetype lineEnd = buffer.indexOf("\r\n", at);
                if (lineEnd < 0)
                    return Parsed::Incomplete;
                QByteArray sizeText = buffer.mid(at, lineEnd - at);
                if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0)
                    sizeText.truncate(semicolon);
                const qsizetype size = sizeText.trimmed().toLongLong(&ok, 16);
                if (!ok || size < 0) {
                    *why = u"bad chunk size: "_s + QString::fromLatin1(sizeText.left(40));
                    return Parsed::Malformed;
                }
                at = lineEnd + 2;
                if (size == 0) {
                    // Trailer fields, then an empty line.
                    for (;;) {
                        const qsizetype end = buffer.indexOf("\r\n", at);
                        if (end < 0)
                            return Parsed::Incomplete;
                        const bool last = end == at;
                        at = end + 2;
                        if (last)
                            break;
                    }
                    break;
                }
                if (buffer.size() < at + size + 2)
                    return Parsed::Incomplete;
                out->body += buffer.mid(at, size);
                at += size + 2;
            }
        } else if (!length.isEmpty()) {
            const qsizetype size = length.toLongLong(&ok);
            if (!ok || size < 0) {
                *why = u"bad Content-Length in the answer: "_s + QString::fromLatin1(length);
                return Parsed::Malformed;
            }
            if (buffer.size() < at + size)
                return Parsed::Incomplete;
            out->body = buffer.mid(at, size);
            at += size;
        } else {
            // Delimited by the close.
            if (!closed)
                return Parsed::Incomplete;
            out->body = buffer.mid(at);
            at = buffer.size();
        }
    }
    *consumed = at;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(out->body, &error);
    out->doc = error.error == QJsonParseError::NoError ? doc : QJsonDocument();
    out->json = out->doc.isObject() ? out->doc.object() : QJsonObject();
    return Parsed::Complete;
}

} // namespace

bool RawResponse::hasConnectionToken(const QByteArray &token) const
{
    const QList<QByteArray> tokens = header("Connection").split(',');
    for (const QByteArray &t : tokens) {
        if (t.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

RawConnection::RawConnection() = default;

RawConnection::~RawConnection()
{
    if (m_socket) {
        m_socket->abort();
        m_socket.reset();
    }
}

bool RawConnection::connectTo(const QUrl &base, int timeoutMs)
{
    m_socket = std::make_unique<QTcpSocket>();
    m_buffer.clear();
    m_closed = false;
    m_socket->connectToHost(base.host(), quint16(base.port()));
    if (!m_socket->waitForConnected(timeoutMs)) {
        m_error = u"cannot connect to "_s + base.toString() + u": "_s + m_socket->errorString();
        m_closed = true;
        return false;
    }
    return true;
}

bool RawConnection::connectTls(const QUrl &base, const QList<QSslCertificate> &caCertificates, int timeoutMs)
{
    auto socket = std::make_unique<QSslSocket>();
    m_buffer.clear();
    m_closed = false;
    if (!caCertificates.isEmpty()) {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates(caCertificates);
        socket->setSslConfiguration(config);
    }
    socket->connectToHostEncrypted(base.host(), quint16(base.port()));
    const bool ok = socket->waitForEncrypted(timeoutMs);
    if (!ok) {
        QStringList errors;
        for (const QSslError &e : socket->sslHandshakeErrors())
            errors << e.errorString();
        m_error = u"no TLS session with "_s + base.toString() + u": "_s + socket->errorString()
            + (errors.isEmpty() ? QString() : u" ("_s + errors.join(u"; "_s) + u')');
        m_closed = true;
    }
    m_socket = std::move(socket);
    return ok;
}

bool RawConnection::isOpen() const
{
    return m_socket && !m_closed && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool RawConnection::write(const QByteArray &bytes, int timeoutMs)
{
    if (!isOpen()) {
        m_error = u"write on a closed connection"_s;
        return false;
    }
    if (m_socket->write(bytes) != bytes.size()) {
        m_error = u"write failed: "_s + m_socket->errorString();
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (m_socket->bytesToWrite() > 0) {
        if (m_socket->state() != QAbstractSocket::ConnectedState) {
            m_error = u"the connection broke while writing: "_s + m_socket->errorString();
            m_closed = true;
            return false;
        }
        if (deadline.hasExpired()) {
            m_error = u"the server took nothing for %1 ms (%2 bytes unsent)"_s.arg(timeoutMs).arg(m_socket->bytesToWrite());
            return false;
        }
        if (!waitWritten(*m_socket, remainingMs(deadline))
            && m_socket->state() != QAbstractSocket::ConnectedState) {
            m_error = u"the connection broke while writing: "_s + m_socket->errorString();
            m_closed = true;
            return false;
        }
    }
    return true;
}

bool RawConnection::fill(const QDeadlineTimer &deadline)
{
    if (!m_socket || m_closed)
        return false;
    if (m_socket->bytesAvailable() > 0) {
        m_buffer += m_socket->readAll();
        return true;
    }
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        m_closed = true;
        return false;
    }
    if (deadline.hasExpired())
        return false;
    if (waitReadable(*m_socket, remainingMs(deadline))) {
        m_buffer += m_socket->readAll();
        return true;
    }
    if (m_socket->error() == QAbstractSocket::SocketTimeoutError
        && m_socket->state() == QAbstractSocket::ConnectedState)
        return false;
    // The peer closed (FIN) or reset the connection; keep what it sent before.
    m_buffer += m_socket->readAll();
    m_error = m_socket->errorString();
    m_closed = true;
    return false;
}

RawResponse RawConnection::readResponse(int timeoutMs, const QByteArray &method)
{
    QElapsedTimer timer;
    timer.start();
    const QDeadlineTimer deadline(timeoutMs);
    RawResponse response;
    response.method = method;
    for (;;) {
        qsizetype consumed = 0;
        QString why;
        RawResponse parsed;
        parsed.method = method;
        const Parsed state = parseResponse(m_buffer, m_closed, method, &parsed, &consumed, &why);
        if (state == Parsed::Complete) {
            m_buffer.remove(0, consumed);
            parsed.elapsedMs = timer.elapsed();
            return parsed;
        }
        if (state == Parsed::Malformed) {
            response.networkError = u"malformed answer: "_s + why;
            response.body = m_buffer.left(2000);
            return response;
        }
        if (!fill(deadline)) {
            if (m_closed) {
                // A body delimited by the close is complete now.
                if (parseResponse(m_buffer, true, method, &parsed, &consumed, &why) == Parsed::Complete) {
                    m_buffer.remove(0, consumed);
                    parsed.elapsedMs = timer.elapsed();
                    return parsed;
                }
                response.networkError = m_buffer.isEmpty()
                    ? u"the server closed the connection without an answer (%1)"_s.arg(m_error)
                    : u"the server closed the connection in the middle of an answer"_s;
            } else {
                response.networkError = u"no complete answer within %1 ms"_s.arg(timeoutMs);
            }
            response.body = m_buffer.left(2000);
            response.elapsedMs = timer.elapsed();
            return response;
        }
    }
}

RawResponse RawConnection::exchange(const QByteArray &request, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    const QByteArray method = request.left(request.indexOf(' '));
    if (!write(request, timeoutMs)) {
        RawResponse failed;
        failed.method = method;
        failed.networkError = m_error;
        return failed;
    }
    RawResponse response = readResponse(int(qMax<qint64>(1, timeoutMs - timer.elapsed())), method);
    response.elapsedMs = timer.elapsed();
    return response;
}

bool RawConnection::waitForClose(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_closed) {
        if (!fill(deadline) && !m_closed)
            return false; // timed out, still open
    }
    return true;
}

QByteArray hostOf(const QUrl &base)
{
    return base.host().toLatin1() + ':' + QByteArray::number(base.port());
}

QByteArray rawRequest(const QByteArray &method, const QByteArray &target, const QUrl &base,
                      const QList<QByteArray> &headerLines, const QByteArray &body)
{
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: " + hostOf(base) + "\r\n";
    for (const QByteArray &line : headerLines)
        request += line + "\r\n";
    if (!body.isNull())
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n";
    request += body;
    return request;
}

QByteArray chunked(const QByteArray &body, int chunkSize)
{
    QByteArray out;
    for (qsizetype at = 0; at < body.size(); at += chunkSize) {
        const QByteArray piece = body.mid(at, chunkSize);
        out += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
    }
    return out + "0\r\n\r\n";
}

qint64 procStatusKiB(qint64 pid, const char *field)
{
    QFile file(u"/proc/%1/status"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith(prefix))
            continue;
        QByteArray value = line.mid(prefix.size()).trimmed();
        if (value.endsWith(" kB"))
            value.chop(3);
        bool ok = false;
        const qint64 kib = value.trimmed().toLongLong(&ok);
        return ok ? kib : -1;
    }
    return -1;
}

} // namespace lmtest
