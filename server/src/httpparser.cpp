#include "httpparser.h"

#include <QString>

using namespace Qt::StringLiterals;

namespace lm::server::http {

namespace {

// RFC 9110 §5.6.2: the characters of a token (method names, header names).
bool isTchar(char c)
{
    static constexpr std::string_view Specials = "!#$%&'*+-.^_`|~";
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
        || Specials.find(c) != std::string_view::npos;
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTchar(c))
            return false;
    }
    return true;
}

bool isDigits(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

QByteArrayView trimmedOws(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

QList<QByteArray> listTokens(const QByteArray &value)
{
    QList<QByteArray> tokens;
    for (const QByteArray &part : value.split(',')) {
        const QByteArray token = trimmedOws(part).toByteArray().toLower();
        if (!token.isEmpty())
            tokens.append(token);
    }
    return tokens;
}

/// A bare CR or LF anywhere in `bytes` (a CR at the very end may still get its LF).
bool hasBareLineEnd(QByteArrayView bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\n' && (i == 0 || bytes[i - 1] != '\r'))
            return true;
        if (bytes[i] == '\r' && i + 1 < bytes.size() && bytes[i + 1] != '\n')
            return true;
    }
    return false;
}

} // namespace

qsizetype headLength(QByteArrayView buffer)
{
    const QByteArrayView window = buffer.first(qMin(buffer.size(), Limits::Head + 4));
    const qsizetype end = window.indexOf("\r\n\r\n");
    // Only the head's own bytes: a body may hold anything.
    if (hasBareLineEnd(end < 0 ? window : window.first(end + 4)))
        throw ApiError::badRequest(u"a line ends in a bare CR or LF"_s);
    const qsizetype lineEnd = window.indexOf("\r\n");
    if ((lineEnd < 0 && window.size() > Limits::RequestLine) || lineEnd > Limits::RequestLine)
        throw ApiError::uriTooLong();
    if (end < 0) {
        if (window.size() > Limits::Head)
            throw ApiError::headersTooLarge();
        return 0;
    }
    if (end + 4 > Limits::Head)
        throw ApiError::headersTooLarge();
    return end + 4;
}

Head parseHead(QByteArrayView bytes)
{
    Head head;
    QList<QByteArrayView> lines;
    for (qsizetype start = 0; start < bytes.size();) {
        const qsizetype end = bytes.indexOf("\r\n", start);
        if (end < 0)
            break;
        lines.append(bytes.sliced(start, end - start));
        start = end + 2;
    }
    if (lines.isEmpty())
        throw ApiError::badRequest(u"no request line"_s);

    // request-line = method SP request-target SP HTTP-version
    const QList<QByteArray> parts = lines.front().toByteArray().split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || !parts[1].startsWith('/'))
        throw ApiError::badRequest(u"malformed request line"_s);
    for (char c : parts[1]) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f)
            throw ApiError::badRequest(u"malformed request target"_s);
    }
    const QByteArray &version = parts[2];
    if (version.size() != 8 || !version.startsWith("HTTP/") || version[6] != '.' || !isDigits(version.sliced(5, 1))
        || !isDigits(version.sliced(7, 1)))
        throw ApiError::badRequest(u"malformed HTTP version"_s);
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        throw ApiError::versionNotSupported(); // a 400: bad input never gets a 5xx here
    head.method = parts[0];
    head.target = parts[1];
    head.minorVersion = version[7] - '0';

    int hosts = 0;
    QByteArray transferEncoding;
    bool hasTransferEncoding = false;
    QList<QByteArray> lengths;
    QList<QByteArray> connection;
    QByteArray upgrade;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines[i];
        if (line.isEmpty())
            break;
        if (line.front() == ' ' || line.front() == '\t')
            throw ApiError::badRequest(u"obsolete line folding"_s);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            throw ApiError::badRequest(u"malformed header line"_s);
        const QByteArray name = line.first(colon).toByteArray();
        const QByteArray value = trimmedOws(line.sliced(colon + 1)).toByteArray();
        for (char c : value) {
            if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f)
                throw ApiError::badRequest(u"control character in a header value"_s);
        }
        head.headers.append({name, value});

        if (name.compare("Host", Qt::CaseInsensitive) == 0) {
            ++hosts;
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            hasTransferEncoding = true;
            transferEncoding += (transferEncoding.isEmpty() ? "" : ",") + value;
        } else if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            for (const QByteArray &part : value.split(','))
                lengths.append(trimmedOws(part).toByteArray());
        } else if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
            connection += listTokens(value);
        } else if (name.compare("Expect", Qt::CaseInsensitive) == 0) {
            head.expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0 && head.minorVersion == 1;
        } else if (name.compare("Upgrade", Qt::CaseInsensitive) == 0) {
            upgrade = value.toLower();
        }
    }

    if (head.minorVersion == 1 ? hosts != 1 : hosts > 1)
        throw ApiError::badRequest(u"an HTTP/1.1 request needs exactly one Host header"_s);
    // RFC 9112 §6.3: both framings at once is a smuggling attempt, not a choice to make.
    if (hasTransferEncoding) {
        if (!lengths.isEmpty())
            throw ApiError::badRequest(u"both Content-Length and Transfer-Encoding"_s);
        if (head.minorVersion == 0)
            throw ApiError::badRequest(u"Transfer-Encoding in an HTTP/1.0 request"_s);
        if (listTokens(transferEncoding) != QList<QByteArray>{"chunked"})
            throw ApiError::badRequest(u"only the chunked transfer coding is understood"_s);
        head.chunked = true;
    }
    if (!lengths.isEmpty()) {
        for (const QByteArray &length : std::as_const(lengths)) {
            if (!isDigits(length) || length != lengths.front())
                throw ApiError::badRequest(u"invalid Content-Length"_s);
        }
        QByteArray digits = lengths.front();
        while (digits.size() > 1 && digits.front() == '0')
            digits.remove(0, 1);
        // Too large is told after the route's own checks (401 → 403 → 413, API.md): Connection.
        head.oversized = digits.size() > 18 || digits.toLongLong() > Limits::Body;
        head.contentLength = head.oversized ? 0 : digits.toLongLong();
    }
    head.keepAlive = head.minorVersion == 1 ? !connection.contains("close") : connection.contains("keep-alive")
                                                                                   && !connection.contains("close");
    head.webSocketUpgrade = upgrade == "websocket" && connection.contains("upgrade");
    return head;
}

bool ChunkedDecoder::feed(QByteArray &buffer, QByteArray &body)
{
    for (;;) {
        switch (m_state) {
        case State::Size: {
            const qsizetype end = buffer.indexOf("\r\n");
            if (end < 0 || end > Limits::ChunkLine) {
                if (end > Limits::ChunkLine || buffer.size() > Limits::ChunkLine)
                    throw ApiError::badRequest(u"chunk size line too long"_s);
                if (hasBareLineEnd(buffer))
                    throw ApiError::badRequest(u"a chunk line ends in a bare CR or LF"_s);
                return false;
            }
            const QByteArrayView line(buffer.constData(), end);
            if (hasBareLineEnd(line))
                throw ApiError::badRequest(u"a chunk line ends in a bare CR or LF"_s);
            const qsizetype semicolon = line.indexOf(';');
            const QByteArrayView size = trimmedOws(semicolon < 0 ? line : line.first(semicolon));
            bool ok = !size.isEmpty();
            for (char c : size)
                ok = ok && std::isxdigit(static_cast<unsigned char>(c));
            if (!ok)
                throw ApiError::badRequest(u"malformed chunk size"_s);
            if (size.size() > 15)
                throw ApiError::payloadTooLarge();
            m_remaining = size.toByteArray().toLongLong(nullptr, 16);
            if (body.size() + m_remaining > Limits::Body)
                throw ApiError::payloadTooLarge();
            buffer.remove(0, end + 2);
            m_state = m_remaining == 0 ? State::Trailer : State::Data;
            break;
        }
        case State::Data: {
            const qsizetype n = qsizetype(qMin<qint64>(m_remaining, buffer.size()));
            body.append(buffer.constData(), n);
            buffer.remove(0, n);
            m_remaining -= n;
            if (m_remaining > 0)
                return false;
            m_state = State::DataEnd;
            break;
        }
        case State::DataEnd:
            if (buffer.size() < 2)
                return false;
            if (!buffer.startsWith("\r\n"))
                throw ApiError::badRequest(u"chunk data not followed by CRLF"_s);
            buffer.remove(0, 2);
            m_state = State::Size;
            break;
        case State::Trailer: {
            const qsizetype end = buffer.indexOf("\r\n");
            if (end < 0) {
                if (m_trailerBytes + buffer.size() > Limits::Head)
                    throw ApiError::headersTooLarge();
                return false;
            }
            if (hasBareLineEnd(QByteArrayView(buffer.constData(), end)))
                throw ApiError::badRequest(u"a trailer line ends in a bare CR or LF"_s);
            m_trailerBytes += end + 2;
            if (m_trailerBytes > Limits::Head)
                throw ApiError::headersTooLarge();
            buffer.remove(0, end + 2);
            if (end == 0)
                m_state = State::Done;
            break;
        }
        case State::Done:
            return true;
        }
    }
}

QByteArray statusLine(int status)
{
    const char *reason = "Unknown";
    switch (status) {
    case 100: reason = "Continue"; break;
    case 200: reason = "OK"; break;
    case 201: reason = "Created"; break;
    case 202: reason = "Accepted"; break;
    case 204: reason = "No Content"; break;
    case 303: reason = "See Other"; break;
    case 304: reason = "Not Modified"; break;
    case 400: reason = "Bad Request"; break;
    case 401: reason = "Unauthorized"; break;
    case 402: reason = "Payment Required"; break;
    case 403: reason = "Forbidden"; break;
    case 404: reason = "Not Found"; break;
    case 408: reason = "Request Timeout"; break;
    case 409: reason = "Conflict"; break;
    case 410: reason = "Gone"; break;
    case 413: reason = "Content Too Large"; break;
    case 414: reason = "URI Too Long"; break;
    case 422: reason = "Unprocessable Content"; break;
    case 423: reason = "Locked"; break;
    case 429: reason = "Too Many Requests"; break;
    case 431: reason = "Request Header Fields Too Large"; break;
    case 500: reason = "Internal Server Error"; break;
    case 501: reason = "Not Implemented"; break;
    case 502: reason = "Bad Gateway"; break;
    case 503: reason = "Service Unavailable"; break;
    case 504: reason = "Gateway Timeout"; break;
    case 505: reason = "HTTP Version Not Supported"; break;
    default: break;
    }
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
}

} // namespace lm::server::http
