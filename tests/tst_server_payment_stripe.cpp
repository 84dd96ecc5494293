// Stripe (API.md "Deposits and payments"): the Checkout Session request the server sends to a local
// fake of Stripe's API, a Stripe that times out or refuses (502, no payment left behind), and the
// webhook signed exactly as Stripe signs it: signatures, tolerance, redelivery, order, mismatches.

#include "paymenttestkit.h"
#include "serverfixture.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lmtest;

namespace {

const QByteArray secretKey = "sk_test_lm_51Hx9secret";
const QByteArray webhookSecret = "whsec_test_lm_7f3a9c";

struct Checkout
{
    QString paymentId;
    QString sessionId;
    qint64 amount = 0;
    QString merchantId;
    QString token;
};

} // namespace

class TestServerPaymentStripe final : public QObject
{
    Q_OBJECT

private:
    FakeStripe m_stripe;
    ServerFixture m_fixture;
    ServerProcess &m_server = m_fixture.server();
    Http &m_http = m_fixture.http();
    Account m_merchant;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e;
        e.insert(u"LEADMARKET_STRIPE_SECRET_KEY"_s, QString::fromLatin1(secretKey));
        e.insert(u"LEADMARKET_STRIPE_WEBHOOK_SECRET"_s, QString::fromLatin1(webhookSecret));
        e.insert(u"LEADMARKET_STRIPE_API_BASE"_s, m_stripe.baseUrl());
        e.insert(u"LEADMARKET_STRIPE_TIMEOUT_MS"_s, u"1500"_s);
        return e;
    }

    Account newMerchant()
    {
        return m_http.registerUser(u"merchant"_s);
    }

    std::optional<Checkout> checkout(const Account &merchant, qint64 amount, QString *problem)
    {
        m_stripe.setMode(FakeStripe::Mode::Answer);
        const Response r = m_http.post(u"/api/leads/deposits/recharge"_s,
                                       QJsonObject{{u"amount_cents"_s, amount}, {u"provider"_s, u"stripe"_s}},
                                       merchant.token);
        if (r.status != 201) {
            *problem = r.describe();
            return std::nullopt;
        }
        Checkout c;
        c.paymentId = r.json.value("payment_id"_L1).toString();
        c.sessionId = r.json.value("checkout_url"_L1).toString().section(u'/', -1);
        c.amount = amount;
        c.merchantId = merchant.id;
        c.token = merchant.token;
        return c;
    }

    static QJsonObject session(const Checkout &c, const QString &paymentStatus = u"paid"_s)
    {
        const QString intent = u"pi_test_"_s + c.sessionId;
        return {{u"id"_s, c.sessionId},
                {u"object"_s, u"checkout.session"_s},
                {u"mode"_s, u"payment"_s},
                {u"amount_total"_s, QJsonValue(c.amount)},
                {u"currency"_s, u"mad"_s},
                {u"client_reference_id"_s, c.paymentId},
                {u"metadata"_s, QJsonObject{{u"payment_id"_s, c.paymentId}, {u"merchant_id"_s, c.merchantId}}},
                {u"payment_intent"_s, intent},
                {u"payment_status"_s, paymentStatus},
                {u"status"_s, u"complete"_s}};
    }

    Response deliver(const QByteArray &body, const QByteArray &signature)
    {
        Headers headers;
        if (!signature.isNull())
            headers.append({"Stripe-Signature", signature});
        return m_http.request("POST", u"/api/webhooks/stripe"_s, Body::raw(body), {}, headers);
    }

    Response deliverSigned(const QByteArray &body)
    {
        return deliver(body, stripeSignature(webhookSecret, QDateTime::currentSecsSinceEpoch(), body));
    }

    QString status(const Checkout &c)
    {
        return m_http.get(u"/api/payments/"_s + c.paymentId, c.token).json.value("status"_L1).toString();
    }

    qint64 balance(const QString &token)
    {
        return m_http.get(u"/api/leads/deposits/me"_s, token).json.value("current_balance_cents"_L1).toInteger(-1);
    }

    qint64 ledgerRows(const Checkout &c)
    {
        DbProbe db(m_server.dbUrl());
        return db.count(u"SELECT COUNT(*) FROM transactions WHERE payment_id = ?"_s, {c.paymentId});
    }

    static QString newEventId() { return u"evt_test_"_s + uniqueSuffix(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_stripe.listen());
        LM_START_SERVER(m_fixture, {}, env());
        m_merchant = newMerchant();
        LM_VERIFY_ACCOUNT(m_merchant);
        QVERIFY(m_server.stderrOutput().contains("payment providers on: stripe"));
        // What the recharge dialog offers: Stripe, and nothing that is not configured.
        const Response providers = m_http.get(u"/api/payments/providers"_s, m_merchant.token);
        LM_VERIFY_STATUS(providers, 200);
        QCOMPARE(providers.json.value("providers"_L1).toArray(), QJsonArray{u"stripe"_s});
    }

    void checkoutSessionRequest()
    {
        m_stripe.clear();
        QString problem;
        const auto c = checkout(m_merchant, 500000, &problem);
        QVERIFY2(c, qPrintable(problem));
        QCOMPARE(m_stripe.requests().size(), 1);
        const FakeStripe::Recorded &sent = m_stripe.requests().first();
        QCOMPARE(sent.method, "POST"_ba);
        QCOMPARE(sent.path, "/v1/checkout/sessions"_ba);
        const QByteArray credentials = secretKey + ':';
        QCOMPARE(sent.header("Authorization"), QByteArray("Basic " + credentials.toBase64()));
        QVERIFY(sent.header("Content-Type").startsWith("application/x-www-form-urlencoded"));
        const QByteArray key = sent.header("Idempotency-Key");
        QVERIFY(!key.isEmpty());

        const Response answer = m_http.get(u"/api/payments/"_s + c->paymentId, m_merchant.token);
        LM_VERIFY_STATUS(answer, 200);
        QCOMPARE(answer.json.value("status"_L1).toString(), u"pending"_s);
        QCOMPARE(answer.json.value("provider"_L1).toString(), u"stripe"_s);
        QCOMPARE(answer.json.value("amount_cents"_L1).toInteger(), 500000);

        const QList<QPair<QString, QString>> expected{
            {u"mode"_s, u"payment"_s},
            {u"line_items[0][price_data][currency]"_s, u"mad"_s},
            {u"line_items[0][price_data][unit_amount]"_s, u"500000"_s},
            {u"line_items[0][quantity]"_s, u"1"_s},
            {u"client_reference_id"_s, c->paymentId},
            {u"metadata[payment_id]"_s, c->paymentId},
            {u"metadata[merchant_id]"_s, m_merchant.id},
        };
        for (const auto &[name, value] : expected) {
            QCOMPARE(sent.fieldCount(name), 1);
            QCOMPARE(sent.field(name), value);
        }
        QVERIFY(!sent.field(u"line_items[0][price_data][product_data][name]"_s).trimmed().isEmpty());
        QVERIFY(sent.field(u"success_url"_s).startsWith(m_server.baseUrl().toString()));
        QVERIFY(sent.field(u"cancel_url"_s).startsWith(m_server.baseUrl().toString()));
        QVERIFY(sent.field(u"success_url"_s).contains(c->paymentId));
        QVERIFY(sent.field(u"success_url"_s) != sent.field(u"cancel_url"_s));

        // The recharge answer carries Stripe's own page and the same return URLs.
        QVERIFY(c->sessionId.startsWith("cs_test_fake_"_L1));

        // Another payment, another key: a retried creation could never be mistaken for a new one.
        QString problem2;
        const auto c2 = checkout(m_merchant, 60000, &problem2);
        QVERIFY2(c2, qPrintable(problem2));
        QCOMPARE(m_stripe.requests().size(), 2);
        QVERIFY(m_stripe.requests().at(1).header("Idempotency-Key") != key);
        QCOMPARE(m_stripe.requests().at(1).field(u"line_items[0][price_data][unit_amount]"_s), u"60000"_s);

        // Never a secret in the logs.
        const QByteArray log = m_server.stderrOutput();
        QVERIFY(!log.contains(secretKey));
        QVERIFY(!log.contains(webhookSecret));
    }

    void stripeUnavailable_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("refuseStatus");
        QTest::newRow("Stripe does not answer (timeout)") << int(FakeStripe::Mode::Hang) << 0;
        QTest::newRow("Stripe refuses (402)") << int(FakeStripe::Mode::Refuse) << 402;
        QTest::newRow("Stripe refuses (400)") << int(FakeStripe::Mode::Refuse) << 400;
        QTest::newRow("Stripe fails (500)") << int(FakeStripe::Mode::Refuse) << 500;
    }

    void stripeUnavailable()
    {
        QFETCH(int, mode);
        QFETCH(int, refuseStatus);
        const Account merchant = newMerchant();
        LM_VERIFY_ACCOUNT(merchant);
        m_stripe.clear();
        m_stripe.setMode(FakeStripe::Mode(mode), refuseStatus);
        QElapsedTimer timer;
        timer.start();
        const Response r = m_http.post(u"/api/leads/deposits/recharge"_s,
                                       QJsonObject{{u"amount_cents"_s, 500000}, {u"provider"_s, u"stripe"_s}},
                                       merchant.token);
        m_stripe.setMode(FakeStripe::Mode::Answer);
        LM_VERIFY_ERROR(r, 502, u"provider_unavailable"_s);
        QCOMPARE(m_stripe.requests().size(), 1);
        QVERIFY2(timer.elapsed() < 8000, "the server must give up on its own timeout");
        DbProbe db(m_server.dbUrl());
        QCOMPARE(db.count(u"SELECT COUNT(*) FROM payments WHERE merchant_id = ?"_s, {merchant.id}), 0);
        QCOMPARE(balance(merchant.token), 0);
        // The server still answers afterwards.
        QString problem;
        QVERIFY2(checkout(merchant, 50000, &problem), qPrintable(problem));
    }

    void webhookSignature_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("valid") << u"valid"_s << true;
        QTest::newRow("signed 290 s ago") << u"age:290"_s << true;
        QTest::newRow("stale: signed 301 s ago") << u"age:301"_s << false;
        QTest::newRow("from the future: 400 s ahead") << u"age:-400"_s << false;
        QTest::newRow("wrong secret") << u"wrong-secret"_s << false;
        QTest::newRow("several v1, one valid") << u"several-one-valid"_s << true;
        QTest::newRow("several v1, none valid") << u"several-none-valid"_s << false;
        QTest::newRow("body changed after signing") << u"tampered"_s << false;
        QTest::newRow("no header") << u"missing"_s << false;
        QTest::newRow("header without timestamp") << u"no-t"_s << false;
        QTest::newRow("v0 only") << u"v0-only"_s << false;
    }

    void webhookSignature()
    {
        QFETCH(QString, kind);
        QFETCH(bool, accepted);
        QString problem;
        const Account merchant = newMerchant();
        const auto c = checkout(merchant, 120000, &problem);
        QVERIFY2(c, qPrintable(problem));
        const QByteArray body = stripeEvent(newEventId(), u"checkout.session.completed"_s, session(*c));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QByteArray validHeader = stripeSignature(webhookSecret, now, body);
        const QByteArray validMac = validHeader.mid(validHeader.indexOf("v1=") + 3);
        const QByteArray otherHeader = stripeSignature("whsec_other", now, body);
        const QByteArray otherMac = otherHeader.mid(otherHeader.indexOf("v1=") + 3);
        QByteArray signature;
        QByteArray sentBody = body;
        if (kind == "valid"_L1) {
            signature = stripeSignature(webhookSecret, now, body);
        } else if (kind.startsWith("age:"_L1)) {
            const qint64 t = now - kind.mid(4).toLongLong();
            signature = stripeSignature(webhookSecret, t, body);
        } else if (kind == "wrong-secret"_L1) {
            signature = stripeSignature("whsec_not_the_right_one", now, body);
        } else if (kind == "several-one-valid"_L1) {
            signature = "t=" + QByteArray::number(now) + ",v1=" + otherMac + ",v1=" + validMac + ",v0=abc";
        } else if (kind == "several-none-valid"_L1) {
            signature = "t=" + QByteArray::number(now) + ",v1=" + otherMac + ",v1=" + QByteArray(64, 'a');
        } else if (kind == "tampered"_L1) {
            signature = stripeSignature(webhookSecret, now, body);
            sentBody.replace(QByteArray::number(c->amount), QByteArray::number(c->amount + 100));
            QVERIFY(sentBody != body);
        } else if (kind == "missing"_L1) {
            signature = QByteArray();
        } else if (kind == "no-t"_L1) {
            signature = "v1=" + validMac;
        } else if (kind == "v0-only"_L1) {
            signature = "t=" + QByteArray::number(now) + ",v0=" + validMac;
        }
        QCOMPARE(validMac.size(), 64);
        const Response r = deliver(sentBody, signature);
        if (accepted) {
            LM_VERIFY_STATUS(r, 200);
            QCOMPARE(r.json, (QJsonObject{{u"received"_s, true}}));
            QCOMPARE(status(*c), u"paid"_s);
            QCOMPARE(balance(merchant.token), c->amount);
        } else {
            LM_VERIFY_ERROR(r, 400, u"invalid_signature"_s);
            QCOMPARE(status(*c), u"pending"_s);
            QCOMPARE(balance(merchant.token), 0);
            DbProbe db(m_server.dbUrl());
            QCOMPARE(db.count(u"SELECT COUNT(*) FROM webhook_events WHERE event_id = ?"_s,
                              {QJsonDocument::fromJson(body).object().value("id"_L1).toString()}),
                     0);
        }
    }

    void redeliveredEventCreditsOnce()
    {
        QString problem;
        const Account merchant = newMerchant();
        const auto c = checkout(merchant, 250000, &problem);
        QVERIFY2(c, qPrintable(problem));
        const QString eventId = newEventId();
        const QByteArray body = stripeEvent(eventId, u"checkout.session.completed"_s, session(*c));
        for (int i = 0; i < 3; ++i) {
            const Response r = deliverSigned(body);
            LM_VERIFY_STATUS(r, 200);
            QCOMPARE(r.json.value("received"_L1).toBool(), true);
        }
        // Another event for the same session (Stripe may send completed and async_succeeded).
        const Response other = deliverSigned(
            stripeEvent(newEventId(), u"checkout.session.async_payment_succeeded"_s, session(*c)));
        LM_VERIFY_STATUS(other, 200);
        QCOMPARE(status(*c), u"paid"_s);
        QCOMPARE(balance(merchant.token), 250000);
        QCOMPARE(ledgerRows(*c), 1);
        DbProbe db(m_server.dbUrl());
        QCOMPARE(db.count(u"SELECT COUNT(*) FROM webhook_events WHERE provider = 'stripe' AND event_id = ?"_s,
                          {eventId}),
                 1);
        const QJsonArray transactions =
            m_http.get(u"/api/leads/deposits/transactions"_s, merchant.token).json.value("items"_L1).toArray();
        QCOMPARE(transactions.size(), 1);
        QCOMPARE(transactions.at(0).toObject().value("kind"_L1).toString(), u"recharge"_s);
        QCOMPARE(transactions.at(0).toObject().value("payment_id"_L1).toString(), c->paymentId);
    }

    void outOfOrderEvents()
    {
        QString problem;
        const Account merchant = newMerchant();
        // completed, then a late "expired": stays paid.
        const auto c = checkout(merchant, 80000, &problem);
        QVERIFY2(c, qPrintable(problem));
        LM_VERIFY_STATUS(deliverSigned(stripeEvent(newEventId(), u"checkout.session.completed"_s, session(*c))), 200);
        LM_VERIFY_STATUS(deliverSigned(stripeEvent(newEventId(), u"checkout.session.expired"_s, session(*c, u"unpaid"_s))),
                         200);
        QCOMPARE(status(*c), u"paid"_s);
        QCOMPARE(balance(merchant.token), 80000);

        // A failed async payment after success: still paid.
        LM_VERIFY_STATUS(
            deliverSigned(stripeEvent(newEventId(), u"checkout.session.async_payment_failed"_s, session(*c))), 200);
        QCOMPARE(status(*c), u"paid"_s);
        QCOMPARE(ledgerRows(*c), 1);
    }

    void asynchronousPayments()
    {
        QString problem;
        const Account merchant = newMerchant();
        const auto c = checkout(merchant, 90000, &problem);
        QVERIFY2(c, qPrintable(problem));
        // completed but not paid yet (a delayed payment method): nothing credited.
        LM_VERIFY_STATUS(
            deliverSigned(stripeEvent(newEventId(), u"checkout.session.completed"_s, session(*c, u"unpaid"_s))), 200);
        QCOMPARE(status(*c), u"pending"_s);
        QCOMPARE(balance(merchant.token), 0);
        LM_VERIFY_STATUS(
            deliverSigned(stripeEvent(newEventId(), u"checkout.session.async_payment_succeeded"_s, session(*c))), 200);
        QCOMPARE(status(*c), u"paid"_s);
        QCOMPARE(balance(merchant.token), 90000);

        const auto failed = checkout(merchant, 70000, &problem);
        QVERIFY2(failed, qPrintable(problem));
        LM_VERIFY_STATUS(deliverSigned(stripeEvent(newEventId(), u"checkout.session.async_payment_failed"_s,
                                                   session(*failed, u"unpaid"_s))),
                         200);
        QCOMPARE(status(*failed), u"failed"_s);

        const auto expired = checkout(merchant, 70000, &problem);
        QVERIFY2(expired, qPrintable(problem));
        LM_VERIFY_STATUS(
            deliverSigned(stripeEvent(newEventId(), u"checkout.session.expired"_s, session(*expired, u"unpaid"_s))),
            200);
        QCOMPARE(status(*expired), u"expired"_s);
        QCOMPARE(balance(merchant.token), 90000);
    }

    void mismatchNotCredited_data()
    {
        QTest::addColumn<qint64>("amountDelta");
        QTest::addColumn<QString>("currency");
        QTest::newRow("amount one centime short") << qint64(-1) << u"mad"_s;
        QTest::newRow("amount larger") << qint64(100) << u"mad"_s;
        QTest::newRow("currency eur") << qint64(0) << u"eur"_s;
    }

    void mismatchNotCredited()
    {
        QFETCH(qint64, amountDelta);
        QFETCH(QString, currency);
        QString problem;
        const Account merchant = newMerchant();
        const auto c = checkout(merchant, 150000, &problem);
        QVERIFY2(c, qPrintable(problem));
        QJsonObject s = session(*c);
        s.insert(u"amount_total"_s, QJsonValue(c->amount + amountDelta));
        s.insert(u"currency"_s, currency);
        const Response r = deliverSigned(stripeEvent(newEventId(), u"checkout.session.completed"_s, s));
        LM_VERIFY_STATUS(r, 200);
        QCOMPARE(status(*c), u"pending"_s);
        QCOMPARE(balance(merchant.token), 0);
        QCOMPARE(ledgerRows(*c), 0);
        QTRY_VERIFY(m_server.stderrOutput().contains("does not match the payment"));
    }

    void unknownSessionIgnored()
    {
        QString problem;
        const Account merchant = newMerchant();
        const auto c = checkout(merchant, 150000, &problem);
        QVERIFY2(c, qPrintable(problem));
        Checkout unknown = *c;
        unknown.sessionId = u"cs_test_nobody_knows"_s;
        const Response r = deliverSigned(stripeEvent(newEventId(), u"checkout.session.completed"_s, session(unknown)));
        LM_VERIFY_STATUS(r, 200);
        QCOMPARE(r.json.value("received"_L1).toBool(), true);
        QTRY_VERIFY(m_server.stderrOutput().contains("unknown session cs_test_nobody_knows"));

        // A session of another payment under this payment's reference: ignored as well.
        const auto other = checkout(merchant, 60000, &problem);
        QVERIFY2(other, qPrintable(problem));
        Checkout crossed = *c;
        crossed.sessionId = other->sessionId;
        LM_VERIFY_STATUS(
            deliverSigned(stripeEvent(newEventId(), u"checkout.session.completed"_s, session(crossed))), 200);
        QCOMPARE(status(*c), u"pending"_s);
        QCOMPARE(status(*other), u"pending"_s);
        QCOMPARE(balance(merchant.token), 0);

        // Other event types are acknowledged and change nothing.
        LM_VERIFY_STATUS(deliverSigned(stripeEvent(newEventId(), u"payment_intent.created"_s, QJsonObject{})), 200);
        // A signed body that is not an event.
        const Response garbage = deliverSigned("not json");
        LM_VERIFY_ERROR(garbage, 400, u"invalid_json"_s);
    }

    void toleranceFollowsServerClock()
    {
        // --clock-offset shifts the server's clock: Stripe's timestamp is judged against it.
        QVERIFY2(m_fixture.restart({u"--clock-offset"_s, u"3600"_s}), qPrintable(m_fixture.error()));
        QString problem;
        const Account merchant = newMerchant();
        const auto c = checkout(merchant, 50000, &problem);
        QVERIFY2(c, qPrintable(problem));
        const QByteArray body = stripeEvent(newEventId(), u"checkout.session.completed"_s, session(*c));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        LM_VERIFY_ERROR(deliver(body, stripeSignature(webhookSecret, now, body)), 400, u"invalid_signature"_s);
        LM_VERIFY_STATUS(deliver(body, stripeSignature(webhookSecret, now + 3600, body)), 200);
        QCOMPARE(status(*c), u"paid"_s);
        QVERIFY2(m_fixture.restart({}), qPrintable(m_fixture.error()));
    }
};

QTEST_GUILESS_MAIN(TestServerPaymentStripe)
#include "tst_server_payment_stripe.moc"
