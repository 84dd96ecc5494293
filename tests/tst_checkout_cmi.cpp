// CMI inside the payment window: the real server configured with a local fake CMI gateway; the
// server's CMI page posts its signed form to the gateway, which checks the fields and the ver3 HASH,
// calls the server's callback as CMI does (server to server, signed) and sends the browser back to
// okUrl with a form POST. The window lets the gateway's origin in because the server names it
// (checkout_origins) and the client passes it on (CheckoutSession::helperArguments): the form POST
// completes inside the window and the return page is reached, in the window class (offscreen) and
// in the leadmarket-checkout program itself. A gateway the server does not name goes to the browser.

#include "paymenttestkit.h"
#include "serverharness.h"

#include "apiclient.h"
#include "checkoutsession.h"
#include "checkoutwindow.h"

#include <QCryptographicHash>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebEngineView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace lmtest;

namespace {

const QString StoreKey = u"TEST|store\\key-2026"_s;
const QString ClientId = u"600001234"_s;
const QString GatewayPath = u"/fim/est3Dgate"_s;

using Fields = QList<QPair<QString, QString>>;

QString fieldOf(const Fields &fields, const QString &name)
{
    for (const auto &[key, value] : fields) {
        if (key == name)
            return value;
    }
    return {};
}

/// CMI's ver3 HASH of `fields`: the test kit's own plain text, SHA-512 by QtCore (checked against
/// openssl once in initTestCase, rather than a child process for every request the fake answers).
QString ver3Hash(const Fields &fields)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(cmiPlainText(fields, StoreKey), QCryptographicHash::Sha512).toBase64());
}

/// An HTML page that posts `fields` to `action` at once, as CMI's pages do.
QByteArray autoPostPage(const QString &action, const Fields &fields)
{
    QString inputs;
    for (const auto &[name, value] : fields)
        inputs += u"<input type=\"hidden\" name=\""_s + name.toHtmlEscaped() + u"\" value=\""_s + value.toHtmlEscaped()
            + u"\">"_s;
    return (u"<!DOCTYPE html><html><body><p>Fake CMI: payment approved</p><form id=\"back\" method=\"post\" action=\""_s
            + action.toHtmlEscaped() + u"\">"_s + inputs
            + u"</form><script>document.getElementById('back').submit();</script></body></html>"_s)
        .toUtf8();
}

} // namespace

/// A local stand-in for CMI's 3D_PAY_HOSTING gateway (HTTP/1.1 on loopback, one request per
/// connection): what a browser posts to it is recorded and checked; a well-formed, correctly
/// signed form is "paid": the server's callbackUrl gets CMI's signed callback, then the browser
/// gets a page that posts back to okUrl (failUrl when the form is wrong).
class FakeCmiGateway final : public QObject
{
    Q_OBJECT

public:
    struct Posted
    {
        QByteArray path;
        QByteArray userAgent;
        Fields fields;
        QStringList missing; ///< required fields that were not there
        bool hashOk = false;
        QByteArray callbackAnswer; ///< what the server's callback answered
    };

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString origin() const { return u"http://127.0.0.1:"_s + QString::number(m_server.serverPort()); }
    QString gatewayUrl() const { return origin() + GatewayPath; }
    const QList<Posted> &posts() const { return m_posts; }
    int otherRequests() const { return m_other; }

    FakeCmiGateway()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        qsizetype length = 0;
        QByteArray userAgent;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = lines[i].left(colon).trimmed();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
            else if (name.compare("User-Agent", Qt::CaseInsensitive) == 0)
                userAgent = value;
        }
        if (buffer.size() < headerEnd + 4 + length)
            return;
        const QByteArray body = buffer.mid(headerEnd + 4, length);
        m_buffers.remove(socket);
        if (requestLine.value(0) != "POST" || requestLine.value(1) != GatewayPath.toLatin1()) {
            ++m_other;
            reply(socket, 404, "text/plain", "not here");
            return;
        }
        Posted posted;
        posted.path = requestLine.value(1);
        posted.userAgent = userAgent;
        posted.fields = decodeForm(body);
        for (const QString &name : {u"clientid"_s, u"storetype"_s, u"TranType"_s, u"amount"_s, u"currency"_s,
                                    u"oid"_s, u"okUrl"_s, u"failUrl"_s, u"callbackUrl"_s, u"rnd"_s,
                                    u"hashAlgorithm"_s, u"HASH"_s}) {
            if (fieldOf(posted.fields, name).isEmpty())
                posted.missing << name;
        }
        posted.hashOk = !fieldOf(posted.fields, u"HASH"_s).isEmpty()
            && fieldOf(posted.fields, u"HASH"_s) == ver3Hash(posted.fields);
        m_posts.append(posted);
        const int index = int(m_posts.size()) - 1;
        if (!posted.missing.isEmpty() || !posted.hashOk || fieldOf(posted.fields, u"clientid"_s) != ClientId) {
            reply(socket, 200, "text/html; charset=utf-8",
                  autoPostPage(fieldOf(posted.fields, u"failUrl"_s), {{u"Response"_s, u"Error"_s}}));
            return;
        }
        // Paid: the callback first (server to server, signed with the store key), then the browser.
        Fields result;
        for (const auto &field : std::as_const(posted.fields)) {
            if (field.first != "HASH"_L1)
                result.append(field);
        }
        result << QPair{u"ProcReturnCode"_s, u"00"_s} << QPair{u"Response"_s, u"Approved"_s}
               << QPair{u"mdStatus"_s, u"1"_s} << QPair{u"AuthCode"_s, u"P71234"_s}
               << QPair{u"TransId"_s, u"26328FAKE"_s + fieldOf(posted.fields, u"oid"_s).left(6)};
        result.append({u"HASH"_s, ver3Hash(result)});
        QNetworkRequest request{QUrl(fieldOf(posted.fields, u"callbackUrl"_s))};
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        QNetworkReply *callback = m_nam.post(request, encodeForm(result));
        const QPointer<QTcpSocket> browser(socket);
        connect(callback, &QNetworkReply::finished, this, [this, callback, browser, index, result] {
            callback->deleteLater();
            m_posts[index].callbackAnswer = callback->readAll();
            if (browser)
                reply(browser, 200, "text/html; charset=utf-8", autoPostPage(fieldOf(result, u"okUrl"_s), result));
        });
    }

    static void reply(QTcpSocket *socket, int status, const QByteArray &type, const QByteArray &body)
    {
        socket->write("HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Not Found")
                      + "\r\nContent-Type: " + type + "\r\nContent-Length: " + QByteArray::number(body.size())
                      + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QNetworkAccessManager m_nam;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Posted> m_posts;
    int m_other = 0;
};

class TestCheckoutCmi final : public QObject
{
    Q_OBJECT

private:
    lm::client::RechargeStart startCmiRecharge(qint64 amountCents)
    {
        const Response r = m_http.post(u"/api/leads/deposits/recharge"_s,
                                       QJsonObject{{u"amount_cents"_s, amountCents}, {u"provider"_s, u"cmi"_s}},
                                       m_merchant.token);
        if (r.status != 201)
            qFatal("recharge failed: %s", qPrintable(r.describe()));
        lm::client::RechargeStart start;
        start.paymentId = r.json.value("payment_id"_L1).toString();
        start.provider = r.json.value("provider"_L1).toString();
        start.checkoutUrl = QUrl(r.json.value("checkout_url"_L1).toString());
        start.successUrl = r.json.value("success_url"_L1).toString();
        start.cancelUrl = r.json.value("cancel_url"_L1).toString();
        for (const QJsonValue &origin : r.json.value("checkout_origins"_L1).toArray())
            start.checkoutOrigins << origin.toString();
        return start;
    }

    /// The values of `option` in a helper command line.
    static QStringList optionValues(const QStringList &args, const QString &option)
    {
        QStringList values;
        for (qsizetype i = 0; i + 1 < args.size(); ++i) {
            if (args.at(i) == option)
                values << args.at(i + 1);
        }
        return values;
    }

    QString paymentStatus(const QString &id)
    {
        return m_http.get(u"/api/payments/"_s + id, m_merchant.token).json.value("status"_L1).toString();
    }

    qint64 balance()
    {
        return m_http.get(u"/api/leads/deposits/me"_s, m_merchant.token).json.value("current_balance_cents"_L1).toInteger(-1);
    }

    FakeCmiGateway m_gateway;
    TestDatabase m_db;
    std::unique_ptr<ServerProcess> m_server;
    Http m_http;
    Account m_merchant;

private Q_SLOTS:
    void initTestCase()
    {
        // The fake's hash agrees with openssl's (asked now, before Qt WebEngine starts).
        const Fields sample{{u"oid"_s, u"p1"_s}, {u"amount"_s, u"500.00"_s}, {u"BillToName"_s, u"A | B \\ C"_s}};
        QCOMPARE(ver3Hash(sample), opensslSha512Base64(cmiPlainText(sample, StoreKey)));
        QVERIFY(m_gateway.listen());
        QVERIFY2(m_db.create(), qPrintable(m_db.errorString()));
        QProcessEnvironment env;
        env.insert(u"LEADMARKET_CMI_CLIENT_ID"_s, ClientId);
        env.insert(u"LEADMARKET_CMI_STORE_KEY"_s, StoreKey);
        env.insert(u"LEADMARKET_CMI_GATEWAY_URL"_s, m_gateway.gatewayUrl());
        m_server = std::make_unique<ServerProcess>(m_db.url(), QStringList{}, env);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_http.setBaseUrl(m_server->baseUrl());
        m_merchant = m_http.registerUser(u"merchant"_s, u"Boutique CMI"_s);
        QVERIFY2(m_merchant.ok(), qPrintable(m_merchant.error));
    }

    // What the client lets into the window from what the server names.
    void helperArguments_data()
    {
        QTest::addColumn<QStringList>("origins");
        QTest::addColumn<QStringList>("allowed");
        const QString server = u"http://127.0.0.1:8080/"_s;
        QTest::newRow("no origin named: our server only") << QStringList{} << QStringList{server};
        QTest::newRow("an https gateway") << QStringList{u"https://testpayment.cmi.co.ma"_s}
                                          << QStringList{server, u"https://testpayment.cmi.co.ma/"_s};
        QTest::newRow("a port is kept") << QStringList{u"https://pay.example:8443"_s}
                                        << QStringList{server, u"https://pay.example:8443/"_s};
        QTest::newRow("a path is reduced to its origin") << QStringList{u"https://testpayment.cmi.co.ma/fim/est3Dgate"_s}
                                                         << QStringList{server, u"https://testpayment.cmi.co.ma/"_s};
        QTest::newRow("http on this machine (a test gateway)") << QStringList{u"http://127.0.0.1:9999"_s}
                                                               << QStringList{server, u"http://127.0.0.1:9999/"_s};
        QTest::newRow("http elsewhere: card details in clear, refused")
            << QStringList{u"http://testpayment.cmi.co.ma"_s} << QStringList{server};
        QTest::newRow("user info: refused") << QStringList{u"https://cmi.co.ma@evil.example"_s} << QStringList{server};
        QTest::newRow("not the web: refused") << QStringList{u"file:///etc"_s, u"javascript:alert(1)"_s}
                                              << QStringList{server};
        QTest::newRow("not a URL: refused") << QStringList{u"testpayment.cmi.co.ma"_s, QString()} << QStringList{server};
        QTest::newRow("our own origin again: once") << QStringList{u"http://127.0.0.1:8080"_s} << QStringList{server};
    }

    void helperArguments()
    {
        QFETCH(QStringList, origins);
        QFETCH(QStringList, allowed);
        lm::client::RechargeStart start;
        start.checkoutUrl = QUrl(u"http://127.0.0.1:8080/payments/p1/cmi"_s);
        start.successUrl = u"http://127.0.0.1:8080/payments/p1/return?result=success"_s;
        start.cancelUrl = u"http://127.0.0.1:8080/payments/p1/return?result=cancel"_s;
        start.checkoutOrigins = origins;
        const QStringList args =
            lm::client::CheckoutSession::helperArguments(start, QUrl(u"http://127.0.0.1:8080"_s), u"fr"_s);
        QCOMPARE(optionValues(args, u"--allow"_s), allowed);
        QCOMPARE(optionValues(args, u"--url"_s), QStringList{start.checkoutUrl.toString()});
        QCOMPARE(optionValues(args, u"--return"_s), (QStringList{start.successUrl, start.cancelUrl}));
    }

    void serverNamesTheGateway()
    {
        const lm::client::RechargeStart start = startCmiRecharge(60000);
        QCOMPARE(start.checkoutOrigins, QStringList{m_gateway.origin()});
        QCOMPARE(start.checkoutUrl.host(), m_server->baseUrl().host());
        QCOMPARE(start.checkoutUrl.port(), m_server->baseUrl().port());
    }

    void payInTheWindow()
    {
        const lm::client::RechargeStart start = startCmiRecharge(250000);
        const qint64 before = balance();
        const qsizetype postsBefore = m_gateway.posts().size();
        const QStringList args = lm::client::CheckoutSession::helperArguments(start, m_server->baseUrl(), u"fr"_s);
        // Before the window: its page reports a last address while it is destroyed.
        QList<QUrl> external;
        QList<QUrl> visited;
        lm::checkout::CheckoutWindow window(start.checkoutUrl, optionValues(args, u"--allow"_s),
                                            optionValues(args, u"--return"_s));
        window.setExternalOpener([&external](const QUrl &url) {
            external << url;
            return true;
        });
        connect(&window, &lm::checkout::CheckoutWindow::navigated, &window, [&visited](const QUrl &url) { visited << url; });
        QSignalSpy returned(&window, &lm::checkout::CheckoutWindow::returned);
        window.show();

        // The page posts to the gateway, which calls back and sends the window to okUrl.
        QTRY_COMPARE_WITH_TIMEOUT(returned.count(), 1, 30000);
        QVERIFY(returned.constFirst().constFirst().toUrl().toString().startsWith(start.successUrl));
        QVERIFY2(external.isEmpty(), qPrintable(external.value(0).toString()));
        QCOMPARE(m_gateway.posts().size(), postsBefore + 1);
        const FakeCmiGateway::Posted &posted = m_gateway.posts().constLast();
        QVERIFY2(posted.missing.isEmpty(), qPrintable(posted.missing.join(u", "_s)));
        QVERIFY(posted.hashOk);
        QVERIFY2(posted.userAgent.contains("QtWebEngine"), posted.userAgent.constData()); // the window posted it
        QCOMPARE(fieldOf(posted.fields, u"oid"_s), start.paymentId);
        QCOMPARE(fieldOf(posted.fields, u"amount"_s), u"2500.00"_s);
        QCOMPARE(fieldOf(posted.fields, u"okUrl"_s), start.successUrl);
        QCOMPARE(posted.callbackAnswer, QByteArray("ACTION=POSTAUTH"));
        bool sawGateway = false;
        for (const QUrl &url : std::as_const(visited))
            sawGateway = sawGateway || url.toString().startsWith(m_gateway.gatewayUrl());
        QVERIFY(sawGateway);

        // The return page says what the server knows: paid.
        QTRY_VERIFY_WITH_TIMEOUT(!window.view()->page()->isLoading(), 20000);
        QString state;
        window.view()->page()->runJavaScript(u"document.getElementById('status').dataset.status"_s,
                                             [&state](const QVariant &v) { state = v.toString(); });
        QTRY_COMPARE_WITH_TIMEOUT(state, u"paid"_s, 10000);
        QCOMPARE(paymentStatus(start.paymentId), u"paid"_s);
        QCOMPARE(balance(), before + 250000);
    }

    void gatewayNotNamedGoesToTheBrowser()
    {
        // A client that does not let the gateway in (as before checkout_origins): the form POST
        // is not shown in the window; its address goes to the system browser, nothing is paid.
        lm::client::RechargeStart start = startCmiRecharge(70000);
        start.checkoutOrigins.clear();
        const qsizetype postsBefore = m_gateway.posts().size();
        const QStringList args = lm::client::CheckoutSession::helperArguments(start, m_server->baseUrl(), u"fr"_s);
        QCOMPARE(optionValues(args, u"--allow"_s), QStringList{m_server->baseUrl().toString() + u"/"_s});
        QList<QUrl> external;
        lm::checkout::CheckoutWindow window(start.checkoutUrl, optionValues(args, u"--allow"_s),
                                            optionValues(args, u"--return"_s));
        window.setExternalOpener([&external](const QUrl &url) {
            external << url;
            return true;
        });
        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(external.size(), 1, 30000);
        QCOMPARE(external.constFirst().toString(), m_gateway.gatewayUrl());
        QTest::qWait(500);
        QCOMPARE(m_gateway.posts().size(), postsBefore);
        QCOMPARE(window.currentUrl(), start.checkoutUrl); // the window stayed on the server's page
        QCOMPARE(paymentStatus(start.paymentId), u"pending"_s);
    }

    void payInTheCheckoutProgram()
    {
        // The client's own path: the recharge opened on the server, leadmarket-checkout started
        // with the allow-list, the outcome learnt from the server. Polling is off (an hour): only
        // the helper's "returned" line makes the session ask, so Paid means the window got back.
        lm::client::ApiClient api;
        api.setBaseUrl(m_server->baseUrl());
        api.setToken(m_merchant.token);
        lm::client::CheckoutSession session(api);
        session.setPollIntervalMs(3'600'000);
        const qsizetype postsBefore = m_gateway.posts().size();
        const qint64 before = balance();
        bool helperRunningAtEnd = false;
        QList<lm::client::CheckoutSession::Outcome> outcomes;
        connect(&session, &lm::client::CheckoutSession::finished, this,
                [&](lm::client::CheckoutSession::Outcome outcome, const QString &message) {
                    if (!message.isEmpty())
                        qWarning("%s", qPrintable(message));
                    helperRunningAtEnd = session.isHelperRunning();
                    outcomes << outcome;
                });
        session.start(120000, u"cmi"_s);
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 1, 60000);
        QCOMPARE(outcomes.constFirst(), lm::client::CheckoutSession::Outcome::Paid);
        QVERIFY(helperRunningAtEnd); // it reported the return page; it had not closed or crashed
        QCOMPARE(m_gateway.posts().size(), postsBefore + 1);
        const FakeCmiGateway::Posted &posted = m_gateway.posts().constLast();
        QVERIFY(posted.hashOk);
        QVERIFY2(posted.userAgent.contains("QtWebEngine"), posted.userAgent.constData());
        QCOMPARE(fieldOf(posted.fields, u"oid"_s), session.paymentId());
        QCOMPARE(balance(), before + 120000);
        QTRY_VERIFY_WITH_TIMEOUT(!session.isHelperRunning(), 10000); // told to close, it quits
    }
};

QTEST_MAIN(TestCheckoutCmi)
#include "tst_checkout_cmi.moc"
