// Issue 15, "The HTTP edge" (RFC 9112), spoken byte by byte to the real server: limits enforced
// before buffering (413, 431, 414) and memory that does not grow with what a client sends, idle
// and request timeouts, Connection: close and HTTP/1.0, request framing (400 and close, nothing
// executed; bad input never gets a 5xx, so no 501 or 505 either), chunked bodies, Expect: 100-continue, pipelining, and API.md's error shape on
// every answer of the edge.

#include "rawhttp.h"
#include "serverfixture.h"

#include <QElapsedTimer>
#include <QThread>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lmtest;

namespace {

constexpr int bodyLimit = 64 * 1024;
constexpr qint64 memoryBoundKiB = 20 * 1024;   // growth allowed while a client sends 50 MB
constexpr qint64 streamBytes = 50 * 1024 * 1024;

// Timeouts of the second server (LEADMARKET_HTTP_IDLE_TIMEOUT_MS / _REQUEST_TIMEOUT_MS).
constexpr int shortTimeoutMs = 500;
constexpr int notBeforeMs = 300;   // a close earlier than this ignores the setting
constexpr int notAfterMs = 2000;   // 0.5 s plus generous slack for a loaded CI machine

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestServerEdge final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void bodyTooLargeBeforeBody_data();
    void bodyTooLargeBeforeBody();
    void chunkedBodyTooLarge();
    void memoryDoesNotGrowWithInput_data();
    void memoryDoesNotGrowWithInput();
    void headersTooLarge_data();
    void headersTooLarge();
    void requestLineTooLong_data();
    void requestLineTooLong();

    void idleTimeout_data();
    void idleTimeout();
    void idleTimeoutRestartsWithEachRequest();
    void requestTimeout_data();
    void requestTimeout();

    void connectionClose_data();
    void connectionClose();
    void http10_data();
    void http10();

    void framing_data();
    void framing();
    void chunkedBodyAccepted_data();
    void chunkedBodyAccepted();
    void expectContinue_data();
    void expectContinue();
    void pipelining_data();
    void pipelining();

private:
    std::unique_ptr<RawConnection> connect(const QUrl &base) const;
    QUrl base() { return m_fixture.server().baseUrl(); }
    qsizetype campaignCount();
    QByteArray campaignRequest(const QList<QByteArray> &headerLines, const QByteArray &payload,
                               const QByteArray &requestLine = {});

    ServerFixture m_fixture;
    ServerFixture m_timeouts; ///< LEADMARKET_HTTP_IDLE_TIMEOUT_MS and _REQUEST_TIMEOUT_MS = 500
    Http &m_http = m_fixture.http();
    Account m_merchant;
};

void TestServerEdge::initTestCase()
{
    LM_START_SERVER(m_fixture);
    m_merchant = m_http.registerUser(u"merchant"_s);
    LM_VERIFY_ACCOUNT(m_merchant);

    QProcessEnvironment env;
    env.insert(u"LEADMARKET_HTTP_IDLE_TIMEOUT_MS"_s, QString::number(shortTimeoutMs));
    env.insert(u"LEADMARKET_HTTP_REQUEST_TIMEOUT_MS"_s, QString::number(shortTimeoutMs));
    LM_START_SERVER(m_timeouts, {}, env);
}

void TestServerEdge::cleanupTestCase()
{
    m_timeouts.stop();
    m_fixture.stop();
}

std::unique_ptr<RawConnection> TestServerEdge::connect(const QUrl &base) const
{
    auto connection = std::make_unique<RawConnection>();
    if (!connection->connectTo(base))
        qWarning("%s", qPrintable(connection->errorString()));
    return connection;
}

qsizetype TestServerEdge::campaignCount()
{
    QString problem;
    const std::optional<QJsonArray> all = m_http.listAll(u"/api/campaigns?limit=500"_s, m_merchant.token, &problem);
    if (!all) {
        qWarning("campaign list: %s", qPrintable(problem));
        return -1;
    }
    return all->size();
}

// POST /api/campaigns as the merchant: the request line (default "POST /api/campaigns HTTP/1.1"),
// the given header lines after Host, Authorization and Content-Type, an empty line and `payload`.
QByteArray TestServerEdge::campaignRequest(const QList<QByteArray> &headerLines, const QByteArray &payload,
                                           const QByteArray &requestLine)
{
    QByteArray request = (requestLine.isEmpty() ? "POST /api/campaigns HTTP/1.1"_ba : requestLine) + "\r\n";
    request += "Host: " + hostOf(base()) + "\r\n";
    request += "Authorization: Bearer " + m_merchant.token.toUtf8() + "\r\n";
    request += "Content-Type: application/json\r\n";
    for (const QByteArray &line : headerLines)
        request += line + "\r\n";
    return request + "\r\n" + payload;
}

// ---------------------------------------------------------------------------------------------
// Limits before buffering

void TestServerEdge::bodyTooLargeBeforeBody_data()
{
    QTest::addColumn<QByteArray>("head"); // request line and headers only: the body is never sent
    const QByteArray host = "Host: " + hostOf(base());
    const QByteArray auth = "Authorization: Bearer " + m_merchant.token.toUtf8();
    QTest::newRow("login, Content-Length 200000000")
        << "POST /api/auth/login HTTP/1.1\r\n" + host + "\r\nContent-Type: application/json\r\n"
               "Content-Length: 200000000\r\n\r\n";
    QTest::newRow("register, Content-Length 65537")
        << "POST /api/auth/register HTTP/1.1\r\n" + host + "\r\nContent-Type: application/json\r\n"
               "Content-Length: " + QByteArray::number(bodyLimit + 1) + "\r\n\r\n";
    QTest::newRow("campaign (signed in), Content-Length 200000000")
        << "POST /api/campaigns HTTP/1.1\r\n" + host + "\r\n" + auth
               + "\r\nContent-Type: application/json\r\nContent-Length: 200000000\r\n\r\n";
    QTest::newRow("Expect: 100-continue, Content-Length 200000000 (413, no 100)")
        << "POST /api/auth/login HTTP/1.1\r\n" + host + "\r\nContent-Type: application/json\r\n"
               "Expect: 100-continue\r\nContent-Length: 200000000\r\n\r\n";
}

void TestServerEdge::bodyTooLargeBeforeBody()
{
    QFETCH(QByteArray, head);
    auto connection = connect(base());
    QVERIFY2(connection->write(head), qPrintable(connection->errorString()));
    // "Promptly": the answer must not wait for a body that never comes.
    const RawResponse r = connection->readResponse(3000, "POST");
    LM_VERIFY_RAW_ERROR(r, 413, u"payload_too_large"_s);
    QVERIFY2(r.elapsedMs < 2000, qPrintable(u"the 413 took %1 ms"_s.arg(r.elapsedMs)));
    QVERIFY2(connection->waitForClose(2000), "the server must close the connection after a 413");
    LM_VERIFY_STATUS(m_http.get(u"/healthz"_s), 200);
}

void TestServerEdge::chunkedBodyTooLarge()
{
    // Chunks of 4 KiB up to 64 KiB, then one more byte: the last chunk is never sent. The 413 must
    // come once the decoded size passes the limit, without waiting for the end of the body.
    QByteArray request = "POST /api/auth/login HTTP/1.1\r\nHost: " + hostOf(base())
        + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    const QByteArray piece(4096, 'x');
    for (int sent = 0; sent < bodyLimit; sent += piece.size())
        request += "1000\r\n" + piece + "\r\n";
    request += "1\r\nx\r\n";
    auto connection = connect(base());
    QVERIFY2(connection->write(request), qPrintable(connection->errorString()));
    const RawResponse r = connection->readResponse(3000, "POST");
    LM_VERIFY_RAW_ERROR(r, 413, u"payload_too_large"_s);
    QVERIFY2(connection->waitForClose(2000), "the server must close the connection after a 413");
}

void TestServerEdge::memoryDoesNotGrowWithInput_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("framing"); // how the 50 MB continue: "chunked" or "raw"
    const QByteArray host = "Host: " + hostOf(base());
    QTest::newRow("chunked body of 50 MB")
        << "POST /api/auth/login HTTP/1.1\r\n" + host
               + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
        << u"chunked"_s;
    QTest::newRow("Content-Length body of 50 MB")
        << "POST /api/auth/login HTTP/1.1\r\n" + host + "\r\nContent-Type: application/json\r\nContent-Length: "
               + QByteArray::number(streamBytes) + "\r\n\r\n"
        << u"raw"_s;
    QTest::newRow("header field of 50 MB") << "GET /healthz HTTP/1.1\r\n" + host + "\r\nX-Huge: " << u"raw"_s;
    QTest::newRow("request line of 50 MB") << "GET /api/"_ba << u"raw"_s;
}

void TestServerEdge::memoryDoesNotGrowWithInput()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, framing);
    // A server of its own, so that its peak (VmHWM) starts from this row.
    ServerFixture fixture;
    LM_START_SERVER(fixture);
    Http &http = fixture.http();
    LM_VERIFY_ACCOUNT(http.registerUser(u"merchant"_s)); // warms up what the first requests allocate
    LM_VERIFY_STATUS(http.get(u"/healthz"_s), 200);
    const qint64 pid = fixture.server().processId();
    const qint64 rssBefore = procStatusKiB(pid, "VmRSS");
    const qint64 hwmBefore = procStatusKiB(pid, "VmHWM");
    QVERIFY2(rssBefore > 0 && hwmBefore > 0, "cannot read /proc/<pid>/status of the server");

    auto connection = connect(fixture.server().baseUrl());
    QVERIFY2(connection->write(head), qPrintable(connection->errorString()));
    const QByteArray piece(64 * 1024, 'a');
    const QByteArray chunk = QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
    const QByteArray &unit = framing == u"chunked"_s ? chunk : piece;
    qint64 sent = 0;
    qint64 rssPeak = rssBefore;
    bool writeFailed = false;
    QElapsedTimer timer;
    timer.start();
    while (sent < streamBytes) {
        if (!connection->write(unit, 10000)) {
            writeFailed = true; // the server closed or reset the connection: what we want
            break;
        }
        sent += piece.size();
        if (sent % (1024 * 1024) == 0)
            rssPeak = qMax(rssPeak, procStatusKiB(pid, "VmRSS"));
    }
    const bool closed = writeFailed || connection->waitForClose(5000);
    QThread::msleep(300); // anything the server still does with what it read
    rssPeak = qMax(rssPeak, procStatusKiB(pid, "VmRSS"));
    const qint64 hwmAfter = procStatusKiB(pid, "VmHWM");
    const qint64 growth = qMax(rssPeak - rssBefore, hwmAfter - hwmBefore);
    qInfo("%s: sent %lld MB in %lld ms, server RSS %lld -> peak %lld KiB, VmHWM %lld -> %lld KiB: growth %lld KiB",
          QTest::currentDataTag(), sent / (1024 * 1024), timer.elapsed(), rssBefore, rssPeak, hwmBefore, hwmAfter,
          growth);
    QVERIFY2(growth < memoryBoundKiB,
             qPrintable(u"the server's memory grew by %1 KiB while a client sent %2 MB (bound %3 KiB)"_s.arg(growth)
                            .arg(sent / (1024 * 1024))
                            .arg(memoryBoundKiB)));
    QVERIFY2(closed, "the server must close a connection whose request is over a limit");
    QVERIFY2(fixture.server().isRunning(), "the server died");
    LM_VERIFY_STATUS(http.get(u"/healthz"_s), 200);
}

void TestServerEdge::headersTooLarge_data()
{
    QTest::addColumn<int>("size");      // bytes of the header section, request line included
    QTest::addColumn<QString>("shape"); // "one field", "many fields", "unfinished"
    QTest::addColumn<int>("status");
    QTest::newRow("20 KiB, one field") << 20 * 1024 << u"one field"_s << 431;
    QTest::newRow("20 KiB, many fields") << 20 * 1024 << u"many fields"_s << 431;
    QTest::newRow("17 KiB, one field") << 17 * 1024 << u"one field"_s << 431;
    QTest::newRow("17 KiB, the section never ends") << 17 * 1024 << u"unfinished"_s << 431;
    QTest::newRow("15 KiB, one field (accepted)") << 15 * 1024 << u"one field"_s << 200;
    QTest::newRow("15 KiB, many fields (accepted)") << 15 * 1024 << u"many fields"_s << 200;
}

void TestServerEdge::headersTooLarge()
{
    QFETCH(int, size);
    QFETCH(QString, shape);
    QFETCH(int, status);
    QByteArray request = "GET /healthz HTTP/1.1\r\nHost: " + hostOf(base()) + "\r\n";
    if (shape == u"many fields"_s) {
        for (int i = 0; request.size() + 100 + 200 <= size; ++i) {
            QByteArray line = "X-Field-" + QByteArray::number(i) + ": ";
            line += QByteArray(100 - 2 - line.size(), 'f') + "\r\n";
            request += line;
        }
    }
    const QByteArray field = "X-Padding: ";
    const qsizetype fill = size - request.size() - field.size() - 4; // the field's CRLF and the empty line
    request += field + QByteArray(qMax<qsizetype>(1, fill), 'p');
    if (shape != u"unfinished"_s)
        request += "\r\n\r\n";
    QCOMPARE(shape == u"unfinished"_s ? request.size() + 4 : request.size(), qsizetype(size));

    auto connection = connect(base());
    QVERIFY2(connection->write(request), qPrintable(connection->errorString()));
    const RawResponse r = connection->readResponse(3000, "GET");
    if (status == 431) {
        LM_VERIFY_RAW_ERROR(r, 431, u"headers_too_large"_s);
        QVERIFY2(connection->waitForClose(2000), "the server must close the connection after a 431");
    } else {
        LM_VERIFY_STATUS(r, 200);
        // Within the limit: the connection stays usable.
        LM_VERIFY_STATUS(connection->exchange(rawRequest("GET", "/healthz", base())), 200);
    }
}

void TestServerEdge::requestLineTooLong_data()
{
    QTest::addColumn<int>("targetLength");
    QTest::addColumn<bool>("complete"); // false: the line is never finished (no CRLF)
    QTest::addColumn<int>("status");
    QTest::newRow("9 KiB target") << 9 * 1024 << true << 414;
    QTest::newRow("64 KiB target") << 64 * 1024 << true << 414;
    QTest::newRow("9 KiB target, the line never ends") << 9 * 1024 << false << 414;
    QTest::newRow("7 KiB target (an unknown path: 404)") << 7 * 1024 << true << 404;
}

void TestServerEdge::requestLineTooLong()
{
    QFETCH(int, targetLength);
    QFETCH(bool, complete);
    QFETCH(int, status);
    const QByteArray target = "/api/" + QByteArray(targetLength - 5, 'a');
    QByteArray request = "GET " + target;
    if (complete)
        request += " HTTP/1.1\r\nHost: " + hostOf(base()) + "\r\n\r\n";
    auto connection = connect(base());
    QVERIFY2(connection->write(request), qPrintable(connection->errorString()));
    const RawResponse r = connection->readResponse(3000, "GET");
    if (status == 414) {
        LM_VERIFY_RAW_ERROR(r, 414, u"uri_too_long"_s);
        QVERIFY2(connection->waitForClose(2000), "the server must close the connection after a 414");
    } else {
        LM_VERIFY_RAW_ERROR(r, 404, u"not_found"_s);
        LM_VERIFY_STATUS(connection->exchange(rawRequest("GET", "/healthz", base())), 200);
    }
}

// ---------------------------------------------------------------------------------------------
// Timeouts (the second server: 500 ms each)

void TestServerEdge::idleTimeout_data()
{
    QTest::addColumn<bool>("afterAnswer");
    QTest::newRow("keep-alive connection after an answer") << true;
    QTest::newRow("connection that never sent a byte") << false;
}

void TestServerEdge::idleTimeout()
{
    QFETCH(bool, afterAnswer);
    const QUrl url = m_timeouts.server().baseUrl();
    auto connection = connect(url);
    QVERIFY(connection->isOpen());
    QElapsedTimer idle;
    idle.start();
    if (afterAnswer) {
        const RawResponse r = connection->exchange(rawRequest("GET", "/healthz", url));
        LM_VERIFY_STATUS(r, 200);
        QVERIFY2(!r.hasConnectionToken("close"), qPrintable(r.describe()));
        idle.restart();
    }
    const bool closed = connection->waitForClose(notAfterMs + 1000);
    const qint64 elapsed = idle.elapsed();
    qInfo("%s: %s after %lld ms (idle timeout %d ms)", QTest::currentDataTag(),
          closed ? "closed by the server" : "still open", elapsed, shortTimeoutMs);
    QVERIFY2(closed, qPrintable(u"an idle connection is still open after %1 ms (idle timeout %2 ms)"_s.arg(elapsed)
                                    .arg(shortTimeoutMs)));
    QVERIFY2(elapsed >= notBeforeMs, qPrintable(u"closed after only %1 ms"_s.arg(elapsed)));
    QVERIFY2(elapsed <= notAfterMs, qPrintable(u"closed only after %1 ms"_s.arg(elapsed)));
}

void TestServerEdge::idleTimeoutRestartsWithEachRequest()
{
    const QUrl url = m_timeouts.server().baseUrl();
    auto connection = connect(url);
    QElapsedTimer total;
    total.start();
    // Five requests 300 ms apart: 1.2 s in all, more than twice the idle timeout, on one connection.
    for (int i = 0; i < 5; ++i) {
        if (i > 0)
            QThread::msleep(300);
        const RawResponse r = connection->exchange(rawRequest("GET", "/healthz", url));
        QVERIFY2(r.status == 200, qPrintable(u"request %1 after %2 ms on one connection: "_s.arg(i + 1)
                                                 .arg(total.elapsed())
                                             + r.describe()));
    }
    QElapsedTimer idle;
    idle.start();
    const bool closed = connection->waitForClose(notAfterMs + 1000);
    const qint64 elapsed = idle.elapsed();
    QVERIFY2(closed, qPrintable(u"still open %1 ms after the last answer"_s.arg(elapsed)));
    QVERIFY2(elapsed >= notBeforeMs && elapsed <= notAfterMs,
             qPrintable(u"closed %1 ms after the last answer (idle timeout %2 ms)"_s.arg(elapsed).arg(shortTimeoutMs)));
}

void TestServerEdge::requestTimeout_data()
{
    QTest::addColumn<QByteArray>("partial");
    QTest::addColumn<bool>("slowloris"); // then a header byte every 100 ms, without end
    const QByteArray host = "Host: " + hostOf(m_timeouts.server().baseUrl());
    QTest::newRow("half a request line") << "GET /heal"_ba << false;
    QTest::newRow("headers without their end") << "GET /healthz HTTP/1.1\r\n" + host + "\r\n" << false;
    QTest::newRow("half the body")
        << "POST /api/auth/login HTTP/1.1\r\n" + host + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n"
               + QByteArray(50, ' ')
        << false;
    QTest::newRow("slowloris: a header byte every 100 ms")
        << "GET /healthz HTTP/1.1\r\n" + host + "\r\nX-Slow: " << true;
}

void TestServerEdge::requestTimeout()
{
    QFETCH(QByteArray, partial);
    QFETCH(bool, slowloris);
    const QUrl url = m_timeouts.server().baseUrl();
    auto connection = connect(url);
    QElapsedTimer sinceFirstByte;
    sinceFirstByte.start();
    QVERIFY2(connection->write(partial), qPrintable(connection->errorString()));
    RawResponse r;
    if (slowloris) {
        while (sinceFirstByte.elapsed() < notAfterMs + 1000) {
            r = connection->readResponse(100, "GET");
            if (r.status != 0 || !connection->isOpen())
                break;
            if (!connection->write("s"))
                break; // closed: the answer, if any, is read below
        }
        if (r.status == 0)
            r = connection->readResponse(500, "GET");
    } else {
        r = connection->readResponse(notAfterMs + 1000, "GET");
    }
    const qint64 elapsed = sinceFirstByte.elapsed();
    qInfo("%s: status %d after %lld ms (request timeout %d ms)", QTest::currentDataTag(), r.status, elapsed,
          shortTimeoutMs);
    LM_VERIFY_RAW_ERROR(r, 408, u"request_timeout"_s);
    QVERIFY2(elapsed >= notBeforeMs && elapsed <= notAfterMs,
             qPrintable(u"408 after %1 ms (request timeout %2 ms)"_s.arg(elapsed).arg(shortTimeoutMs)));
    QVERIFY2(connection->waitForClose(2000), "the server must close the connection after a 408");
}

// ---------------------------------------------------------------------------------------------
// Connection management

void TestServerEdge::connectionClose_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    const QUrl url = base();
    const QByteArray close = "Connection: close";
    const QByteArray auth = "Authorization: Bearer " + m_merchant.token.toUtf8();
    QTest::newRow("GET /healthz") << rawRequest("GET", "/healthz", url, {close}) << 200;
    QTest::newRow("GET /api/me signed in") << rawRequest("GET", "/api/me", url, {auth, close}) << 200;
    QTest::newRow("a 404") << rawRequest("GET", "/api/nothing-here", url, {close}) << 404;
    QTest::newRow("POST /api/auth/login")
        << rawRequest("POST", "/api/auth/login", url, {"Content-Type: application/json", close},
                      json({{"email"_L1, m_merchant.email}, {"password"_L1, m_merchant.password}}))
        << 200;
    QTest::newRow("connection options listed: keep-alive, close")
        << rawRequest("GET", "/healthz", url, {"Connection: keep-alive, close"}) << 200;
}

void TestServerEdge::connectionClose()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    auto connection = connect(base());
    const RawResponse r = connection->exchange(request);
    LM_VERIFY_STATUS(r, status);
    QVERIFY2(r.hasConnectionToken("close"), qPrintable(u"the answer lacks Connection: close: "_s + r.describe()));
    QVERIFY2(connection->waitForClose(2000), "the server must close the connection after answering Connection: close");
}

void TestServerEdge::http10_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("HTTP/1.0 without Connection: closed after the answer")
        << "GET /healthz HTTP/1.0\r\n\r\n"_ba << false;
    QTest::newRow("HTTP/1.0 with Host, without Connection: closed")
        << "GET /healthz HTTP/1.0\r\nHost: " + hostOf(base()) + "\r\n\r\n" << false;
    QTest::newRow("HTTP/1.0 with Connection: keep-alive: kept")
        << "GET /healthz HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"_ba << true;
    QTest::newRow("HTTP/1.1 without Connection: kept") << rawRequest("GET", "/healthz", base()) << true;
}

void TestServerEdge::http10()
{
    QFETCH(QByteArray, request);
    QFETCH(bool, keepAlive);
    auto connection = connect(base());
    const RawResponse first = connection->exchange(request);
    LM_VERIFY_STATUS(first, 200);
    if (!keepAlive) {
        QVERIFY2(connection->waitForClose(2000),
                 qPrintable(u"an HTTP/1.0 connection must be closed after the answer: "_s + first.describe()));
        return;
    }
    if (request.contains("HTTP/1.0"))
        QVERIFY2(first.hasConnectionToken("keep-alive"),
                 qPrintable(u"an HTTP/1.0 client only keeps a connection the answer says keep-alive: "_s
                            + first.describe()));
    QVERIFY2(!first.hasConnectionToken("close"), qPrintable(first.describe()));
    const RawResponse second = connection->exchange(request);
    LM_VERIFY_STATUS(second, 200);
    QVERIFY(connection->isOpen());
}

// ---------------------------------------------------------------------------------------------
// Framing

void TestServerEdge::framing_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    // Each request creates a campaign if it is taken as valid, and carries a second campaign
    // creation after its body (a smuggled request): neither may ever happen.
    const QByteArray body = json({{"name"_L1, u"framing"_s}});
    const QByteArray len = QByteArray::number(body.size());
    const QByteArray smuggled =
        rawRequest("POST", "/api/campaigns", base(),
                   {"Authorization: Bearer " + m_merchant.token.toUtf8(), "Content-Type: application/json"},
                   json({{"name"_L1, u"smuggled"_s}}));
    const QByteArray cl = "Content-Length: " + len;
    const QByteArray te = "Transfer-Encoding: chunked";
    const QString badRequest = u"bad_request"_s;
    auto row = [](const char *name, const QByteArray &request, int status, const QString &code) {
        QTest::newRow(name) << request << status << code;
    };

    row("Content-Length and Transfer-Encoding",
        campaignRequest({"Content-Length: " + QByteArray::number(5 + smuggled.size()), te}, "0\r\n\r\n" + smuggled),
        400, badRequest);
    row("Transfer-Encoding and Content-Length",
        campaignRequest({te, cl}, chunked(body, 1024) + smuggled), 400, badRequest);
    row("two different Content-Lengths",
        campaignRequest({cl, "Content-Length: " + QByteArray::number(body.size() + smuggled.size())}, body + smuggled),
        400, badRequest);
    row("Content-Length list \"n, m\"",
        campaignRequest({"Content-Length: " + len + ", " + QByteArray::number(body.size() + 1)}, body + smuggled), 400,
        badRequest);
    row("Content-Length \"+n\"", campaignRequest({"Content-Length: +" + len}, body + smuggled), 400, badRequest);
    row("Content-Length \"-1\"", campaignRequest({"Content-Length: -1"}, body + smuggled), 400, badRequest);
    row("Content-Length in hex", campaignRequest({"Content-Length: 0x" + QByteArray::number(body.size(), 16)},
                                                 body + smuggled),
        400, badRequest);
    row("Content-Length \"12abc\"", campaignRequest({"Content-Length: 12abc"}, body + smuggled), 400, badRequest);
    row("Content-Length empty", campaignRequest({"Content-Length: "}, body + smuggled), 400, badRequest);
    row("malformed chunk size", campaignRequest({te}, "zz\r\n" + body + "\r\n0\r\n\r\n" + smuggled), 400, badRequest);
    row("chunk size with a sign",
        campaignRequest({te}, "+" + QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n0\r\n\r\n" + smuggled),
        400, badRequest);
    row("no CRLF after chunk data",
        campaignRequest({te}, QByteArray::number(body.size(), 16) + "\r\n" + body + "XX0\r\n\r\n" + smuggled), 400,
        badRequest);
    row("obs-fold (space)", campaignRequest({cl, "X-Folded: a", " b"}, body + smuggled), 400, badRequest);
    row("obs-fold (tab)", campaignRequest({cl, "X-Folded: a", "\tb"}, body + smuggled), 400, badRequest);
    row("space between name and colon", campaignRequest({cl, "Transfer-Encoding : chunked"}, body + smuggled), 400,
        badRequest);
    row("tab between name and colon", campaignRequest({cl, "X-Test\t: 1"}, body + smuggled), 400, badRequest);
    row("header line without a colon", campaignRequest({cl, "X-No-Colon-Here"}, body + smuggled), 400, badRequest);
    {
        QByteArray noHost = "POST /api/campaigns HTTP/1.1\r\nAuthorization: Bearer " + m_merchant.token.toUtf8()
            + "\r\nContent-Type: application/json\r\n" + cl + "\r\n\r\n" + body + smuggled;
        row("HTTP/1.1 without Host", noHost, 400, badRequest);
    }
    row("two Host headers", campaignRequest({"Host: example.com", cl}, body + smuggled), 400, badRequest);
    row("request line without a version", campaignRequest({cl}, body + smuggled, "POST /api/campaigns"), 400,
        badRequest);
    row("request line with two spaces", campaignRequest({cl}, body + smuggled, "POST  /api/campaigns HTTP/1.1"), 400,
        badRequest);
    row("request line with a space in the target",
        campaignRequest({cl}, body + smuggled, "POST /api/camp aigns HTTP/1.1"), 400, badRequest);
    row("request line without a method", campaignRequest({cl}, body + smuggled, " /api/campaigns HTTP/1.1"), 400,
        badRequest);
    {
        QByteArray lf = campaignRequest({cl}, body + smuggled);
        const qsizetype headEnd = lf.indexOf("\r\n\r\n");
        QByteArray head = lf.left(headEnd + 4);
        head.replace("\r\n", "\n");
        row("bare LF line endings", head + lf.mid(headEnd + 4), 400, badRequest);
    }
    row("one header line ending in a bare LF", campaignRequest({"X-Bare-LF: 1\n" + cl}, body + smuggled), 400,
        badRequest);
    row("one header line ending in a bare CR", campaignRequest({"X-Bare-CR: 1\r" + cl}, body + smuggled), 400,
        badRequest);
    row("Transfer-Encoding gzip", campaignRequest({"Transfer-Encoding: gzip"}, chunked(body, 1024) + smuggled), 400,
        badRequest);
    row("Transfer-Encoding gzip, chunked",
        campaignRequest({"Transfer-Encoding: gzip, chunked"}, chunked(body, 1024) + smuggled), 400,
        badRequest);
    row("Transfer-Encoding identity", campaignRequest({"Transfer-Encoding: identity", cl}, body + smuggled), 400,
        badRequest);
    row("HTTP/1.2", campaignRequest({cl}, body + smuggled, "POST /api/campaigns HTTP/1.2"), 400,
        u"http_version_not_supported"_s);
    row("HTTP/2.0", campaignRequest({cl}, body + smuggled, "POST /api/campaigns HTTP/2.0"), 400,
        u"http_version_not_supported"_s);
    row("HTTP/3.0", campaignRequest({cl}, body + smuggled, "POST /api/campaigns HTTP/3.0"), 400,
        u"http_version_not_supported"_s);
}

void TestServerEdge::framing()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, code);
    const qsizetype before = campaignCount();
    QVERIFY(before >= 0);
    auto connection = connect(base());
    QVERIFY2(connection->write(request), qPrintable(connection->errorString()));
    const RawResponse r = connection->readResponse(3000, "POST");
    LM_VERIFY_RAW_ERROR(r, status, code);
    QVERIFY2(r.hasConnectionToken("close"), qPrintable(u"the answer lacks Connection: close: "_s + r.describe()));
    const bool closed = connection->waitForClose(2000);
    const QByteArray more = connection->unread();
    QVERIFY2(closed, qPrintable(u"the connection is still open after a framing error; it then sent: "_s
                                + QString::fromUtf8(more.left(300))));
    QVERIFY2(more.isEmpty(), qPrintable(u"a second answer followed the error: "_s + QString::fromUtf8(more.left(300))));
    QThread::msleep(100); // a smuggled request that did run has committed by now
    QCOMPARE(campaignCount(), before);
}

// ---------------------------------------------------------------------------------------------
// Chunked bodies, 100-continue, pipelining

void TestServerEdge::chunkedBodyAccepted_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("check"); // "token" or "name:<campaign name>"
    const QByteArray login = json({{"email"_L1, m_merchant.email}, {"password"_L1, m_merchant.password}});
    const QByteArray loginHead = "POST /api/auth/login HTTP/1.1\r\nHost: " + hostOf(base())
        + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    QTest::newRow("login, one chunk") << loginHead + chunked(login, 4096) << 200 << u"token"_s;
    QTest::newRow("login, 1-byte chunks") << loginHead + chunked(login, 1) << 200 << u"token"_s;
    const QByteArray campaign = json({{"name"_L1, u"Sent chunked"_s}, {"description"_L1, QString(1500, u'd')}});
    QTest::newRow("campaign, chunks of 1000 bytes")
        << campaignRequest({"Transfer-Encoding: chunked"}, chunked(campaign, 1000)) << 201 << u"name:Sent chunked"_s;
    // Upper-case hex sizes, chunk extensions and a trailer field are all valid RFC 9112.
    QByteArray extended;
    for (qsizetype at = 0; at < campaign.size(); at += 0x7FF) {
        const QByteArray piece = campaign.mid(at, 0x7FF);
        extended += QByteArray::number(piece.size(), 16).toUpper() + ";ext=\"x\"\r\n" + piece + "\r\n";
    }
    extended += "0\r\nX-Trailer: done\r\n\r\n";
    QTest::newRow("campaign, upper-case sizes, extensions and a trailer")
        << campaignRequest({"Transfer-Encoding: chunked"}, extended) << 201 << u"name:Sent chunked"_s;
}

void TestServerEdge::chunkedBodyAccepted()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, check);
    auto connection = connect(base());
    const RawResponse r = connection->exchange(request);
    LM_VERIFY_STATUS(r, status);
    if (check == u"token"_s)
        QVERIFY2(!r.json.value("token"_L1).toString().isEmpty(), qPrintable(r.describe()));
    else
        QCOMPARE(r.json.value("name"_L1).toString(), check.mid(5));
    // The whole chunked body was consumed: the next request on the connection is read as one.
    LM_VERIFY_STATUS(connection->exchange(rawRequest("GET", "/healthz", base())), 200);
}

void TestServerEdge::expectContinue_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("waitFor100"); // false: the body follows at once (a client that does not wait)
    const QByteArray login = json({{"email"_L1, m_merchant.email}, {"password"_L1, m_merchant.password}});
    const QByteArray loginHead = "POST /api/auth/login HTTP/1.1\r\nHost: " + hostOf(base())
        + "\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: "
        + QByteArray::number(login.size()) + "\r\n\r\n";
    QTest::newRow("login") << loginHead << login << 200 << true;
    const QByteArray campaign = json({{"name"_L1, u"Expect continue"_s}});
    QTest::newRow("campaign")
        << campaignRequest({"Expect: 100-continue", "Content-Length: " + QByteArray::number(campaign.size())}, {})
        << campaign << 201 << true;
    QTest::newRow("login, body sent without waiting") << loginHead << login << 200 << false;
}

void TestServerEdge::expectContinue()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(bool, waitFor100);
    auto connection = connect(base());
    if (waitFor100) {
        QVERIFY2(connection->write(head), qPrintable(connection->errorString()));
        const RawResponse interim = connection->readResponse(3000, "POST");
        QVERIFY2(interim.status == 100,
                 qPrintable(u"expected HTTP/1.1 100 Continue before the body, got: "_s + interim.describe()));
        QCOMPARE(interim.version, "HTTP/1.1"_ba);
        QVERIFY2(connection->write(body), qPrintable(connection->errorString()));
        LM_VERIFY_STATUS(connection->readResponse(5000, "POST"), status);
    } else {
        QVERIFY2(connection->write(head + body), qPrintable(connection->errorString()));
        RawResponse r = connection->readResponse(5000, "POST");
        if (r.status == 100)
            r = connection->readResponse(5000, "POST");
        LM_VERIFY_STATUS(r, status);
    }
    LM_VERIFY_STATUS(connection->exchange(rawRequest("GET", "/healthz", base())), 200);
}

void TestServerEdge::pipelining_data()
{
    QTest::addColumn<QList<QByteArray>>("requests");
    QTest::addColumn<QList<int>>("statuses");
    const QUrl url = base();
    const QByteArray auth = "Authorization: Bearer " + m_merchant.token.toUtf8();
    const QByteArray me = rawRequest("GET", "/api/me", url, {auth});
    const QByteArray health = rawRequest("GET", "/healthz", url);
    const QByteArray missing = rawRequest("GET", "/api/nothing-here", url);
    const QByteArray create = rawRequest("POST", "/api/campaigns", url, {auth, "Content-Type: application/json"},
                                         json({{"name"_L1, u"Pipelined"_s}}));
    QTest::newRow("two GETs") << QList<QByteArray>{me, health} << QList<int>{200, 200};
    QTest::newRow("GET, POST, 404, GET") << QList<QByteArray>{me, create, missing, health}
                                         << QList<int>{200, 201, 404, 200};
    QTest::newRow("POST, GET, POST") << QList<QByteArray>{create, me, create} << QList<int>{201, 200, 201};
}

void TestServerEdge::pipelining()
{
    QFETCH(QList<QByteArray>, requests);
    QFETCH(QList<int>, statuses);
    auto connection = connect(base());
    QVERIFY2(connection->write(requests.join()), qPrintable(connection->errorString()));
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const QByteArray method = requests.at(i).left(requests.at(i).indexOf(' '));
        const RawResponse r = connection->readResponse(5000, method);
        QVERIFY2(r.status == statuses.at(i),
                 qPrintable(u"answer %1 of %2: expected %3, got "_s.arg(i + 1).arg(requests.size()).arg(statuses.at(i))
                            + r.describe()));
        // Each answer is the one of its own request.
        const QByteArray line = requests.at(i).left(requests.at(i).indexOf('\r'));
        if (line.startsWith("GET /api/me"))
            QCOMPARE(r.json.value("id"_L1).toString(), m_merchant.id);
        else if (line.startsWith("GET /healthz"))
            QCOMPARE(r.json.value("status"_L1).toString(), u"ok"_s);
        else if (line.startsWith("POST"))
            QCOMPARE(r.json.value("name"_L1).toString(), u"Pipelined"_s);
        else
            LM_VERIFY_RAW_ERROR(r, 404, u"not_found"_s);
    }
    QVERIFY(connection->isOpen());
}

QTEST_GUILESS_MAIN(TestServerEdge)
#include "tst_server_edge.moc"
