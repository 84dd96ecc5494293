// The payment window of leadmarket-checkout against the real server's sandbox checkout:
// a real Qt WebEngine page (offscreen), paying and cancelling by clicking the page's buttons; and
// which addresses its allow-list lets in, compared on parsed URLs.

#include "checkoutwindow.h"
#include "serverharness.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace Qt::StringLiterals;
using namespace lmtest;

class TestCheckout final : public QObject
{
    Q_OBJECT

private:
    struct Payment
    {
        QString id;
        QUrl checkout;
        QString success;
        QString cancel;
    };

    Payment startRecharge(qint64 amountCents)
    {
        const Response r = m_http.post(u"/api/leads/deposits/recharge"_s,
                                       QJsonObject{{u"amount_cents"_s, amountCents}, {u"provider"_s, u"sandbox"_s}},
                                       m_merchant.token);
        if (r.status != 201)
            qFatal("recharge failed: %s", qPrintable(r.describe()));
        return {r.json.value(u"payment_id"_s).toString(), QUrl(r.json.value(u"checkout_url"_s).toString()),
                r.json.value(u"success_url"_s).toString(), r.json.value(u"cancel_url"_s).toString()};
    }

    QString paymentStatus(const QString &id)
    {
        return m_http.get(u"/api/payments/"_s + id, m_merchant.token).json.value(u"status"_s).toString();
    }

    static void runJs(lm::checkout::CheckoutWindow &window, const QString &script)
    {
        window.view()->page()->runJavaScript(script);
    }

    static bool waitLoaded(lm::checkout::CheckoutWindow &window)
    {
        QSignalSpy loaded(window.view(), &QWebEngineView::loadFinished);
        return loaded.wait(20000) && loaded.constFirst().constFirst().toBool();
    }

    static inline const QString StripePage = u"https://checkout.stripe.com/c/pay/cs_test_a1"_s;

    TestDatabase m_db;
    std::unique_ptr<ServerProcess> m_server;
    Http m_http;
    Account m_merchant;

private Q_SLOTS:
    void allowedPages_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("the checkout page") << StripePage << true;
        QTest::newRow("a page under it") << StripePage + u"/3ds/challenge"_s << true;
        QTest::newRow("the page with a query and a fragment") << StripePage + u"?locale=fr#fidkdWxOYHw"_s << true;
        QTest::newRow("another page of the provider") << u"https://checkout.stripe.com/pay/other"_s << true;
        QTest::newRow("the host in capitals (hosts ignore case)")
            << u"https://CHECKOUT.Stripe.COM/c/pay/cs_test_a1"_s << true;
        QTest::newRow("the default port written out") << u"https://checkout.stripe.com:443/c/pay/cs_test_a1"_s << true;
        QTest::newRow("our server's return page") << u"http://127.0.0.1:8080/payments/p1/return?result=success"_s
                                                  << true;
        QTest::newRow("the provider's host as the start of another")
            << u"https://checkout.stripe.com.evil.example/c/pay/cs_test_a1"_s << false;
        QTest::newRow("the provider's host as user info") << u"https://checkout.stripe.com@evil.example/"_s << false;
        QTest::newRow("user info on the provider's own host")
            << u"https://merchant:secret@checkout.stripe.com/c/pay/cs_test_a1"_s << false;
        QTest::newRow("another port") << u"https://checkout.stripe.com:444/c/pay/cs_test_a1"_s << false;
        QTest::newRow("http instead of https") << u"http://checkout.stripe.com/c/pay/cs_test_a1"_s << false;
        QTest::newRow("https instead of http (our server)") << u"https://127.0.0.1:8080/payments/p1/return"_s
                                                            << false;
        QTest::newRow("our server's host on another port") << u"http://127.0.0.1:8081/"_s << false;
        QTest::newRow("http's default port is not ours") << u"http://127.0.0.1/"_s << false;
        QTest::newRow("a sub-domain of the provider") << u"https://evil.checkout.stripe.com/"_s << false;
        QTest::newRow("a parent domain of the provider") << u"https://stripe.com/"_s << false;
        QTest::newRow("another site") << u"https://elsewhere.invalid/phishing"_s << false;
        QTest::newRow("a data: page") << u"data:text/html,<h1>Pay here</h1>"_s << false;
        QTest::newRow("a javascript: address") << u"javascript:alert(1)"_s << false;
        QTest::newRow("a file") << u"file:///etc/passwd"_s << false;
    }

    // The rules the helper builds from what the client passes (CheckoutSession::launchHelper).
    void allowedPages()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const QList<lm::checkout::UrlRule> rules = lm::checkout::CheckoutWindow::allowList(
            QUrl(StripePage), {u"http://127.0.0.1:8080/"_s, u"https://checkout.stripe.com/"_s});
        QCOMPARE(lm::checkout::UrlRule::anyMatches(rules, QUrl(url)), allowed);
    }

    void pathAndQueryRules_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("matches");
        const QString pay = u"https://pay.example/c/pay/cs_1"_s;
        QTest::newRow("the path itself") << pay << pay << true;
        QTest::newRow("the path with a trailing slash") << pay << pay + u"/"_s << true;
        QTest::newRow("a sub-path") << pay << pay + u"/3ds"_s << true;
        QTest::newRow("a longer last segment") << pay << pay + u"2"_s << false;
        QTest::newRow("the parent") << pay << u"https://pay.example/c/pay"_s << false;
        QTest::newRow("out through dot segments") << pay << pay + u"/../../other"_s << false;
        QTest::newRow("a rule ending in / covers what is under it") << u"https://pay.example/c/"_s
                                                                    << u"https://pay.example/c/pay"_s << true;
        QTest::newRow("an origin covers everything") << u"https://pay.example"_s << u"https://pay.example/x/y"_s
                                                     << true;
        const QString success = u"http://127.0.0.1:8080/payments/p1/return?result=success"_s;
        QTest::newRow("the success page") << success << success << true;
        QTest::newRow("the success page with more query items") << success << success + u"&session_id=cs_1"_s
                                                                << true;
        QTest::newRow("the cancel page is not the success page")
            << success << u"http://127.0.0.1:8080/payments/p1/return?result=cancel"_s << false;
        QTest::newRow("another payment's success page")
            << success << u"http://127.0.0.1:8080/payments/p2/return?result=success"_s << false;
        QTest::newRow("the success page on another host")
            << success << u"http://127.0.0.2:8080/payments/p1/return?result=success"_s << false;
    }

    void pathAndQueryRules()
    {
        QFETCH(QString, rule);
        QFETCH(QString, url);
        QFETCH(bool, matches);
        const auto parsed = lm::checkout::UrlRule::parse(rule);
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->matches(QUrl(url)), matches);
    }

    void notARule_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("user info") << u"https://checkout.stripe.com@evil.example/"_s;
        QTest::newRow("no scheme") << u"checkout.stripe.com/"_s;
        QTest::newRow("not the web") << u"file:///tmp/"_s;
        QTest::newRow("no host") << u"https:///path"_s;
        QTest::newRow("empty") << QString();
    }

    void notARule()
    {
        QFETCH(QString, text);
        QVERIFY(!lm::checkout::UrlRule::parse(text).has_value());
        QStringList rejected;
        QVERIFY(lm::checkout::UrlRule::parseAll({text}, &rejected).isEmpty());
        QCOMPARE(rejected, QStringList{text});
    }

    void initTestCase()
    {
        QVERIFY2(m_db.create(), qPrintable(m_db.errorString()));
        m_server = std::make_unique<ServerProcess>(m_db.url(), QStringList{u"--sandbox-payments"_s});
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_http.setBaseUrl(m_server->baseUrl());
        m_merchant = m_http.registerUser(u"merchant"_s, u"Boutique Test"_s);
        QVERIFY2(m_merchant.ok(), qPrintable(m_merchant.error));
    }

    void payInTheWindow()
    {
        const Payment p = startRecharge(500000);
        lm::checkout::CheckoutWindow window(p.checkout, {m_server->baseUrl().toString()}, {p.success, p.cancel});
        QList<QUrl> external;
        window.setExternalOpener([&external](const QUrl &url) {
            external << url;
            return true;
        });
        QSignalSpy returned(&window, &lm::checkout::CheckoutWindow::returned);
        window.show();
        QVERIFY(waitLoaded(window));
        QCOMPARE(window.currentUrl(), p.checkout);
        QCOMPARE(paymentStatus(p.id), u"pending"_s);

        runJs(window, u"document.getElementById('pay').click()"_s);
        QTRY_COMPARE_WITH_TIMEOUT(returned.count(), 1, 20000);
        QVERIFY(returned.constFirst().constFirst().toUrl().toString().startsWith(p.success));
        QCOMPARE(paymentStatus(p.id), u"paid"_s);
        QVERIFY(external.isEmpty());
        const Response deposit = m_http.get(u"/api/leads/deposits/me"_s, m_merchant.token);
        QCOMPARE(deposit.json.value(u"current_balance_cents"_s).toInteger(), 500000);
    }

    void cancelInTheWindow()
    {
        const Payment p = startRecharge(200000);
        lm::checkout::CheckoutWindow window(p.checkout, {m_server->baseUrl().toString()}, {p.success, p.cancel});
        window.setExternalOpener([](const QUrl &) { return true; });
        QSignalSpy returned(&window, &lm::checkout::CheckoutWindow::returned);
        window.show();
        QVERIFY(waitLoaded(window));
        runJs(window, u"document.getElementById('cancel').click()"_s);
        QTRY_COMPARE_WITH_TIMEOUT(returned.count(), 1, 20000);
        QVERIFY(returned.constFirst().constFirst().toUrl().toString().startsWith(p.cancel));
        QCOMPARE(paymentStatus(p.id), u"failed"_s);
    }

    void foreignPagesGoToTheBrowser()
    {
        const Payment p = startRecharge(50000);
        lm::checkout::CheckoutWindow window(p.checkout, {m_server->baseUrl().toString()}, {p.success, p.cancel});
        QList<QUrl> external;
        window.setExternalOpener([&external](const QUrl &url) {
            external << url;
            return true;
        });
        window.show();
        QVERIFY(waitLoaded(window));
        const QUrl foreign(u"https://elsewhere.invalid/phishing"_s);
        QVERIFY(!window.isAllowed(foreign));
        QVERIFY(window.isAllowed(QUrl(u"about:blank"_s)));
        QVERIFY(!window.isAllowed(QUrl(u"data:text/html,<h1>Pay here</h1>"_s)));
        // Our server's address dressed up as another site's: neither is our server.
        QUrl dressed = m_server->baseUrl();
        dressed.setHost(dressed.host() + u".evil.invalid"_s);
        QVERIFY(!window.isAllowed(dressed));
        const QUrl server = m_server->baseUrl();
        QVERIFY(!window.isAllowed(QUrl(server.scheme() + u"://"_s + server.host() + u':'
                                       + QString::number(server.port()) + u"@evil.invalid/"_s)));
        runJs(window, u"window.location.href = '"_s + foreign.toString() + u"'"_s);
        QTRY_COMPARE_WITH_TIMEOUT(external.size(), 1, 20000);
        QCOMPARE(external.constFirst(), foreign);
        QTest::qWait(300);
        QCOMPARE(window.currentUrl(), p.checkout); // the window stayed on the checkout page

        // A non-web scheme is never handed to the desktop.
        runJs(window, u"window.location.href = 'file:///etc/passwd'"_s);
        QTest::qWait(500);
        QCOMPARE(external.size(), 1);

        auto *button = window.findChild<QPushButton *>(u"openInBrowserButton"_s);
        QVERIFY(button);
        button->click();
        QCOMPARE(external.size(), 2);
        QCOMPARE(external.at(1), p.checkout);
        QCOMPARE(paymentStatus(p.id), u"pending"_s);
    }
};

QTEST_MAIN(TestCheckout)
#include "tst_checkout.moc"
