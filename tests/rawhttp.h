#pragma once

// HTTP/1.x spoken byte by byte on one connection (plain TCP or TLS), for the suites of the server's
// HTTP edge: what a client sends is exactly what the test wrote (bad framing, pipelining, a slow
// client), and what the server answers is read as it arrives (interim 100, several answers, the
// close). Blocking calls only, so a connection may live on any thread (the latency samplers).

#include "serverharness.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QDeadlineTimer>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <memory>

class QTcpSocket;

namespace lmtest {

// One answer as read from the wire: the harness's Response (status, headers, body, JSON) plus the
// status line's version and reason. status 0 with networkError when no complete answer came.
struct RawResponse : Response
{
    QByteArray version; ///< "HTTP/1.1"
    QByteArray reason;
    qint64 elapsedMs = -1; ///< from the call of readResponse (or exchange) to the end of the answer

    bool hasConnectionToken(const QByteArray &token) const; ///< Connection: header lists `token`
};

class RawConnection final
{
public:
    RawConnection();
    ~RawConnection();
    Q_DISABLE_COPY_MOVE(RawConnection)

    /// TCP to base's host and port (the scheme is ignored).
    bool connectTo(const QUrl &base, int timeoutMs = 5000);
    /// TLS to base's host and port, trusting only `caCertificates` (empty: the system's default CAs).
    bool connectTls(const QUrl &base, const QList<QSslCertificate> &caCertificates, int timeoutMs = 5000);

    /// Writes everything (waits until the kernel took it); false once the connection is broken.
    bool write(const QByteArray &bytes, int timeoutMs = 5000);
    /// Reads the next answer (an interim 1xx is returned on its own). `method` tells a HEAD answer
    /// (no body) apart. Bytes after the answer stay for the next call (pipelining).
    RawResponse readResponse(int timeoutMs = 5000, const QByteArray &method = {});
    /// write() then readResponse(); elapsedMs counts from before the write.
    RawResponse exchange(const QByteArray &request, int timeoutMs = 5000);

    /// Waits until the server closes the connection (FIN or reset). False when it is still open
    /// after timeoutMs. Bytes that arrive meanwhile are kept (unread()).
    bool waitForClose(int timeoutMs);
    /// True when the server has not closed the connection (as far as this side has seen).
    bool isOpen() const;

    QByteArray unread() const { return m_buffer; }
    QString errorString() const { return m_error; }
    QTcpSocket *socket() const { return m_socket.get(); }

private:
    bool fill(const QDeadlineTimer &deadline); ///< more bytes into m_buffer; false on timeout or close

    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
    bool m_closed = false;
    QString m_error;
};

// "127.0.0.1:<port>" for the Host header of a request to `base`.
QByteArray hostOf(const QUrl &base);

// A complete request: the request line, Host, the given header lines (each without CRLF) and, when
// `body` is not null, Content-Length and the body.
QByteArray rawRequest(const QByteArray &method, const QByteArray &target, const QUrl &base,
                      const QList<QByteArray> &headerLines = {}, const QByteArray &body = QByteArray());

// The body in chunked transfer coding, cut into chunks of `chunkSize` bytes, with the last chunk.
QByteArray chunked(const QByteArray &body, int chunkSize);

// A field of /proc/<pid>/status in KiB ("VmRSS", "VmHWM"); -1 when it cannot be read.
qint64 procStatusKiB(qint64 pid, const char *field);

} // namespace lmtest

// Checks an answer of the edge: `status` with API.md's error shape for `code`, sent as JSON.
#define LM_VERIFY_RAW_ERROR(response, status, code)                                                       \
    do {                                                                                                  \
        const lmtest::RawResponse &lmRaw_ = (response);                                                  \
        LM_VERIFY_ERROR(lmRaw_, (status), (code));                                                       \
        QVERIFY2(lmRaw_.header("Content-Type").startsWith("application/json"),                           \
                 qPrintable(u"an error answer is JSON: "_s + lmRaw_.describe()));                        \
    } while (false)
