// The payment window of leadmarket-checkout against the real server's sandbox checkout:
// a real Qt WebEngine page (offscreen), paying and cancelling by clicking the page's buttons.

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

    TestDatabase m_db;
    std::unique_ptr<ServerProcess> m_server;
    Http m_http;
    Account m_merchant;

private Q_SLOTS:
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
