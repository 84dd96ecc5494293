// Issue 15, TLS: the real server started with a self-signed certificate made by openssl at test
// time (RSA 2048, and EC P-256 in both PEM forms openssl writes), spoken to over HTTPS by
// QNetworkAccessManager and by raw TLS sockets that trust only that certificate: /healthz,
// register, login, an authenticated read, keep-alive and pipelining on one TLS connection, the
// edge's limits over TLS; plain HTTP to the TLS port and a client that does not trust the
// certificate get no answer. SQLite only: TLS is the transport's business, the engine plays no part.

#include "rawhttp.h"
#include "serverfixture.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QtTest>

#include <map>

using namespace Qt::StringLiterals;
using namespace lmtest;

namespace {

struct TlsServer
{
    QTemporaryDir dir;
    QSslCertificate certificate;
    std::unique_ptr<ServerFixture> fixture;
    QString error;
};

QString runOpenssl(const QStringList &args)
{
    QProcess openssl;
    openssl.start(u"openssl"_s, args);
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0)
        return u"openssl "_s + args.join(u' ') + u" failed: "_s + QString::fromUtf8(openssl.readAllStandardError())
            + openssl.errorString();
    return {};
}

// A self-signed certificate for 127.0.0.1 with a key of `kind` ("rsa", "ec-sec1", "ec-pkcs8").
QString makeCertificate(const QString &kind, const QString &certPath, const QString &keyPath)
{
    const QStringList subject{u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                              u"subjectAltName=IP:127.0.0.1"_s, u"-out"_s, certPath};
    if (kind == u"rsa"_s)
        return runOpenssl(QStringList{u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, keyPath}
                          + subject);
    QString problem = kind == u"ec-sec1"_s
        ? runOpenssl({u"ecparam"_s, u"-name"_s, u"prime256v1"_s, u"-genkey"_s, u"-noout"_s, u"-out"_s, keyPath})
        : runOpenssl({u"genpkey"_s, u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                      u"-out"_s, keyPath});
    if (!problem.isEmpty())
        return problem;
    return runOpenssl(QStringList{u"req"_s, u"-x509"_s, u"-key"_s, keyPath} + subject);
}

QSslConfiguration trusting(const QSslCertificate &certificate)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates({certificate});
    return config;
}

struct TlsAnswer
{
    Response response;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QSslError> sslErrors;
    QSsl::SslProtocol protocol = QSsl::UnknownProtocol;
};

// One request through QNetworkAccessManager with `config` (nullopt: Qt's default, the system CAs).
TlsAnswer send(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &method, const QByteArray &body,
               const QString &token, const std::optional<QSslConfiguration> &config)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(15000);
    if (config)
        request.setSslConfiguration(*config);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    TlsAnswer answer;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [&answer](const QList<QSslError> &errors) { answer.sslErrors += errors; });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    answer.response.method = method;
    answer.response.path = url.path();
    answer.error = reply->error();
    answer.protocol = reply->sslConfiguration().sessionProtocol();
    if (!reply->isFinished()) {
        reply->abort();
        answer.response.networkError = u"timed out"_s;
    } else {
        answer.response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.response.body = reply->readAll();
        answer.response.headers = reply->rawHeaderPairs();
        if (answer.response.status == 0)
            answer.response.networkError = reply->errorString();
        answer.response.doc = QJsonDocument::fromJson(answer.response.body);
        answer.response.json = answer.response.doc.object();
    }
    reply->deleteLater();
    return answer;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestServerTls final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void httpsRequests_data();
    void httpsRequests();
    void keepAliveOnOneConnection_data();
    void keepAliveOnOneConnection();
    void edgeOverTls_data();
    void edgeOverTls();
    void plainHttpToTlsPortFails_data();
    void plainHttpToTlsPortFails();
    void untrustedClientRejected_data();
    void untrustedClientRejected();

private:
    void addKeyRows();
    TlsServer &server(const QString &kind) { return *m_servers.at(kind); }

    std::map<QString, std::unique_ptr<TlsServer>> m_servers;
    QNetworkAccessManager m_nam;
};

void TestServerTls::initTestCase()
{
    QVERIFY2(TestDatabase::enginePostgres() == false, "this suite runs on SQLite only (see server_edge_tests.cmake)");
    QVERIFY2(!QStandardPaths::findExecutable(u"openssl"_s).isEmpty(),
             "the openssl command is needed (scripts/setup installs the openssl package)");
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend here");
    for (const QString &kind : {u"rsa"_s, u"ec-sec1"_s, u"ec-pkcs8"_s}) {
        auto tls = std::make_unique<TlsServer>();
        QVERIFY(tls->dir.isValid());
        const QString cert = tls->dir.filePath(u"cert.pem"_s);
        const QString key = tls->dir.filePath(u"key.pem"_s);
        const QString problem = makeCertificate(kind, cert, key);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QList<QSslCertificate> loaded = QSslCertificate::fromPath(cert);
        QVERIFY2(loaded.size() == 1, qPrintable(u"cannot read back "_s + cert));
        tls->certificate = loaded.first();
        QProcessEnvironment env;
        env.insert(u"LEADMARKET_TLS_CERT"_s, cert);
        env.insert(u"LEADMARKET_TLS_KEY"_s, key);
        tls->fixture = std::make_unique<ServerFixture>();
        LM_START_SERVER(*tls->fixture, {}, env);
        const QUrl base = tls->fixture->server().baseUrl();
        QVERIFY2(base.scheme() == u"https"_s,
                 qPrintable(u"the server must announce https: "_s + tls->fixture->server().listeningLine()));
        m_servers.emplace(kind, std::move(tls));
    }
}

void TestServerTls::cleanupTestCase()
{
    for (auto &[kind, tls] : m_servers)
        tls->fixture->stop();
}

void TestServerTls::addKeyRows()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("RSA 2048") << u"rsa"_s;
    QTest::newRow("EC P-256 (ecparam, SEC1 PEM)") << u"ec-sec1"_s;
    QTest::newRow("EC P-256 (genpkey, PKCS#8 PEM)") << u"ec-pkcs8"_s;
}

void TestServerTls::httpsRequests_data()
{
    addKeyRows();
}

void TestServerTls::httpsRequests()
{
    QFETCH(QString, kind);
    TlsServer &tls = server(kind);
    const QUrl base = tls.fixture->server().baseUrl();
    const QSslConfiguration config = trusting(tls.certificate);
    auto url = [&base](const QString &path) { return QUrl(base.toString() + path); };

    const TlsAnswer health = send(m_nam, url(u"/healthz"_s), "GET", {}, {}, config);
    LM_VERIFY_STATUS(health.response, 200);
    QCOMPARE(health.response.json.value("status"_L1).toString(), u"ok"_s);
    QVERIFY2(health.protocol == QSsl::TlsV1_2 || health.protocol == QSsl::TlsV1_3,
             qPrintable(u"negotiated protocol %1, not TLS 1.2 or 1.3"_s.arg(int(health.protocol))));

    const QString email = uniqueEmail(u"tls"_s);
    const TlsAnswer registered = send(m_nam, url(u"/api/auth/register"_s), "POST",
                                      json({{"email"_L1, email},
                                            {"password"_L1, defaultPassword()},
                                            {"role"_L1, u"merchant"_s},
                                            {"display_name"_L1, u"Over TLS"_s}}),
                                      {}, config);
    LM_VERIFY_STATUS(registered.response, 201);

    const TlsAnswer login = send(m_nam, url(u"/api/auth/login"_s), "POST",
                                 json({{"email"_L1, email}, {"password"_L1, defaultPassword()}}), {}, config);
    LM_VERIFY_STATUS(login.response, 200);
    const QString token = login.response.json.value("token"_L1).toString();
    QVERIFY2(!token.isEmpty(), qPrintable(login.response.describe()));

    const TlsAnswer me = send(m_nam, url(u"/api/me"_s), "GET", {}, token, config);
    LM_VERIFY_STATUS(me.response, 200);
    QCOMPARE(me.response.json.value("email"_L1).toString(), email);

    const TlsAnswer created =
        send(m_nam, url(u"/api/campaigns"_s), "POST", json({{"name"_L1, u"TLS campaign"_s}}), token, config);
    LM_VERIFY_STATUS(created.response, 201);
    const TlsAnswer list = send(m_nam, url(u"/api/campaigns"_s), "GET", {}, token, config);
    LM_VERIFY_STATUS(list.response, 200);
    QCOMPARE(list.response.json.value("items"_L1).toArray().size(), 1);

    const TlsAnswer anonymous = send(m_nam, url(u"/api/me"_s), "GET", {}, {}, config);
    LM_VERIFY_ERROR(anonymous.response, 401, u"unauthenticated"_s);
}

void TestServerTls::keepAliveOnOneConnection_data()
{
    addKeyRows();
}

void TestServerTls::keepAliveOnOneConnection()
{
    QFETCH(QString, kind);
    TlsServer &tls = server(kind);
    const QUrl base = tls.fixture->server().baseUrl();
    const Account merchant = [&] {
        // An account made over a TLS connection of its own.
        RawConnection c;
        Account a;
        a.email = uniqueEmail(u"tls"_s);
        if (!c.connectTls(base, {tls.certificate})) {
            a.error = c.errorString();
            return a;
        }
        const RawResponse r = c.exchange(rawRequest("POST", "/api/auth/register", base,
                                                    {"Content-Type: application/json"},
                                                    json({{"email"_L1, a.email},
                                                          {"password"_L1, defaultPassword()},
                                                          {"role"_L1, u"merchant"_s},
                                                          {"display_name"_L1, u"Keep-alive"_s}})));
        if (r.status != 201)
            a.error = r.describe();
        return a;
    }();
    LM_VERIFY_ACCOUNT(merchant);

    RawConnection connection;
    QVERIFY2(connection.connectTls(base, {tls.certificate}), qPrintable(connection.errorString()));
    auto *socket = qobject_cast<QSslSocket *>(connection.socket());
    QVERIFY(socket && socket->isEncrypted());
    QCOMPARE(socket->peerCertificate(), tls.certificate);

    // Two requests one after the other on the same TLS connection.
    const RawResponse login =
        connection.exchange(rawRequest("POST", "/api/auth/login", base, {"Content-Type: application/json"},
                                       json({{"email"_L1, merchant.email}, {"password"_L1, defaultPassword()}})));
    LM_VERIFY_STATUS(login, 200);
    QVERIFY2(!login.hasConnectionToken("close"), qPrintable(login.describe()));
    const QByteArray token = login.json.value("token"_L1).toString().toUtf8();
    const RawResponse me = connection.exchange(rawRequest("GET", "/api/me", base, {"Authorization: Bearer " + token}));
    LM_VERIFY_STATUS(me, 200);
    QCOMPARE(me.json.value("email"_L1).toString(), merchant.email);

    // Then two pipelined in one write, answered in order.
    QVERIFY(connection.write(rawRequest("GET", "/api/me", base, {"Authorization: Bearer " + token})
                             + rawRequest("GET", "/healthz", base)));
    const RawResponse first = connection.readResponse(5000, "GET");
    LM_VERIFY_STATUS(first, 200);
    QCOMPARE(first.json.value("email"_L1).toString(), merchant.email);
    const RawResponse second = connection.readResponse(5000, "GET");
    LM_VERIFY_STATUS(second, 200);
    QCOMPARE(second.json.value("status"_L1).toString(), u"ok"_s);
    QVERIFY(connection.isOpen());
}

void TestServerTls::edgeOverTls_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("closes");
    for (const QString &kind : {u"rsa"_s, u"ec-pkcs8"_s}) {
        const QUrl base = server(kind).fixture->server().baseUrl();
        const QByteArray tag = kind.toLatin1() + ": ";
        QTest::newRow(QByteArray(tag + "413 before the body").constData())
            << kind
            << "POST /api/auth/login HTTP/1.1\r\nHost: " + hostOf(base)
                   + "\r\nContent-Type: application/json\r\nContent-Length: 200000000\r\n\r\n"
            << 413 << u"payload_too_large"_s << true;
        QTest::newRow(QByteArray(tag + "431 for a 20 KiB header").constData())
            << kind << rawRequest("GET", "/healthz", base, {"X-Padding: " + QByteArray(20 * 1024, 'p')}) << 431
            << u"headers_too_large"_s << true;
        QTest::newRow(QByteArray(tag + "400 for Content-Length and Transfer-Encoding").constData())
            << kind
            << rawRequest("POST", "/api/auth/login", base, {"Transfer-Encoding: chunked", "Content-Length: 5"})
                   + "0\r\n\r\n"
            << 400 << u"bad_request"_s << true;
        QTest::newRow(QByteArray(tag + "Connection: close honoured").constData())
            << kind << rawRequest("GET", "/healthz", base, {"Connection: close"}) << 200 << QString() << true;
    }
}

void TestServerTls::edgeOverTls()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(bool, closes);
    TlsServer &tls = server(kind);
    RawConnection connection;
    QVERIFY2(connection.connectTls(tls.fixture->server().baseUrl(), {tls.certificate}),
             qPrintable(connection.errorString()));
    QVERIFY2(connection.write(request), qPrintable(connection.errorString()));
    const RawResponse r = connection.readResponse(3000, request.left(request.indexOf(' ')));
    if (code.isEmpty())
        LM_VERIFY_STATUS(r, status);
    else
        LM_VERIFY_RAW_ERROR(r, status, code);
    if (closes) {
        QVERIFY2(r.hasConnectionToken("close") || status == 413 || status == 431,
                 qPrintable(u"the answer lacks Connection: close: "_s + r.describe()));
        QVERIFY2(connection.waitForClose(2000), "the server must close the TLS connection");
    }
}

void TestServerTls::plainHttpToTlsPortFails_data()
{
    addKeyRows();
}

void TestServerTls::plainHttpToTlsPortFails()
{
    QFETCH(QString, kind);
    TlsServer &tls = server(kind);
    const QUrl base = tls.fixture->server().baseUrl();
    // Raw: a plain request gets no HTTP answer.
    RawConnection raw;
    QVERIFY2(raw.connectTo(base), qPrintable(raw.errorString()));
    raw.write(rawRequest("GET", "/healthz", base)); // may already fail: the server is free to close
    const RawResponse r = raw.readResponse(3000, "GET");
    QVERIFY2(r.status == 0, qPrintable(u"a plain HTTP request was answered on the TLS port: "_s + r.describe()));
    QVERIFY2(!raw.unread().startsWith("HTTP/"), qPrintable(QString::fromLatin1(raw.unread().left(200))));
    QVERIFY2(raw.waitForClose(3000), "the server must close a connection that does not speak TLS");
    // Through Qt: http:// to the TLS port fails.
    QUrl plain = base;
    plain.setScheme(u"http"_s);
    QNetworkAccessManager fresh;
    const TlsAnswer answer = send(fresh, QUrl(plain.toString() + u"/healthz"_s), "GET", {}, {}, std::nullopt);
    QVERIFY2(answer.response.status == 0 && answer.error != QNetworkReply::NoError,
             qPrintable(u"plain HTTP to the TLS port: "_s + answer.response.describe()));
    // The server is unharmed.
    const TlsAnswer health =
        send(m_nam, QUrl(base.toString() + u"/healthz"_s), "GET", {}, {}, trusting(tls.certificate));
    LM_VERIFY_STATUS(health.response, 200);
}

void TestServerTls::untrustedClientRejected_data()
{
    addKeyRows();
}

void TestServerTls::untrustedClientRejected()
{
    QFETCH(QString, kind);
    TlsServer &tls = server(kind);
    const QUrl base = tls.fixture->server().baseUrl();
    // Qt's default configuration: the system's CAs, which never signed this certificate. A manager
    // of its own, so that no connection trusted earlier is reused.
    QNetworkAccessManager fresh;
    const TlsAnswer answer = send(fresh, QUrl(base.toString() + u"/healthz"_s), "GET", {}, {}, std::nullopt);
    QCOMPARE(answer.response.status, 0);
    QCOMPARE(answer.error, QNetworkReply::SslHandshakeFailedError);
    const bool selfSigned = std::any_of(answer.sslErrors.cbegin(), answer.sslErrors.cend(), [](const QSslError &e) {
        return e.error() == QSslError::SelfSignedCertificate || e.error() == QSslError::CertificateUntrusted;
    });
    QVERIFY2(selfSigned, "the handshake must fail on the untrusted self-signed certificate");
    // A raw TLS socket with the default CAs fails the same way.
    RawConnection raw;
    QVERIFY(!raw.connectTls(base, {}));
    // Trusting the certificate, the same request works.
    const TlsAnswer trusted =
        send(m_nam, QUrl(base.toString() + u"/healthz"_s), "GET", {}, {}, trusting(tls.certificate));
    LM_VERIFY_STATUS(trusted.response, 200);
}

QTEST_GUILESS_MAIN(TestServerTls)
#include "tst_server_tls.moc"
