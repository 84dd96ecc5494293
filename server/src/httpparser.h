#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace lm::server::http {

/// What the edge accepts (issue 15, RFC 9112): anything larger is refused before it is buffered.
struct Limits
{
    static constexpr qsizetype RequestLine = 8 * 1024; ///< longer: 414
    static constexpr qsizetype Head = 16 * 1024;       ///< request line + headers; larger: 431
    static constexpr qint64 Body = 64 * 1024;          ///< larger: 413
    static constexpr qsizetype ChunkLine = 1024;       ///< a chunk-size line with extensions
};

/// A request's head, parsed and checked: the framing is known, so is what the connection does next.
struct Head
{
    QByteArray method;
    QByteArray target; ///< origin-form: "/path?query"
    int minorVersion = 1;
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 contentLength = 0; ///< with chunked: 0 (the decoder finds the length)
    bool oversized = false;   ///< the declared body is over Limits::Body (it is never read)
    bool chunked = false;
    bool keepAlive = true;  ///< the connection may carry another request after this one
    bool expectContinue = false;
    bool webSocketUpgrade = false;
};

/// Where a request's head ends in `buffer`: its length including the blank line, 0 while it is
/// incomplete. Throws ApiError (414, 431, 400 for a bare CR or LF) as soon as the bytes so far
/// cannot start a valid head, so nothing larger is ever kept.
qsizetype headLength(QByteArrayView buffer);

/// Parses a complete head (headLength's bytes). Throws ApiError 400 for malformed framing, a
/// transfer coding other than chunked, or a version other than HTTP/1.0 and HTTP/1.1 (bad input
/// never gets a 5xx). A declared body over the limit is marked `oversized`.
Head parseHead(QByteArrayView head);

/// Decodes a chunked body as its bytes arrive (RFC 9112 §7.1), keeping at most Limits::Body bytes.
class ChunkedDecoder
{
public:
    /// Consumes what it can from the front of `buffer` and appends the data to `body`. True once the
    /// last chunk and the trailer section were read. Throws ApiError 400 (malformed), 413 (too
    /// large) or 431 (trailers too large).
    bool feed(QByteArray &buffer, QByteArray &body);

private:
    enum class State { Size, Data, DataEnd, Trailer, Done };
    State m_state = State::Size;
    qint64 m_remaining = 0;
    qsizetype m_trailerBytes = 0;
};

/// "HTTP/1.1 <status> <reason>\r\n".
QByteArray statusLine(int status);

} // namespace lm::server::http
