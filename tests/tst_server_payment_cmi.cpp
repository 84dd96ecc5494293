// CMI (API.md "Deposits and payments"): the page that posts the hosted-payment form, its ver3 HASH
// checked against openssl, and the callback: success, decline, bad hash, replay, amount mismatch.

#include "paymenttestkit.h"
#include "serverfixture.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lmtest;

namespace {

// A store key with both characters the ver3 scheme escapes.
const QString storeKey = u"TEST|store\\key-2026"_s;
const QString clientId = u"600001234"_s;
const QString gatewayUrl = u"https://testpayment.cmi.co.ma/fim/est3Dgate"_s;

using Fields = QList<QPair<QString, QString>>;

QString fieldOf(const Fields &fields, const QString &name)
{
    for (const auto &[key, value] : fields) {
        if (key == name)
            return value;
    }
    return {};
}

Fields withHash(Fields fields)
{
    fields.append({u"HASH"_s, opensslSha512Base64(cmiPlainText(fields, storeKey))});
    return fields;
}

} // namespace

class TestServerPaymentCmi final : public QObject
{
    Q_OBJECT

private:
    ServerFixture m_fixture;
    ServerProcess &m_server = m_fixture.server();
    Http &m_http = m_fixture.http();

    struct Payment
    {
        QString id;
        qint64 amount = 0;
        QString token;
    };

    std::optional<Payment> recharge(const Account &merchant, qint64 amount, QString *problem)
    {
        const Response r = m_http.post(u"/api/leads/deposits/recharge"_s,
                                       QJsonObject{{u"amount_cents"_s, amount}, {u"provider"_s, u"cmi"_s}},
                                       merchant.token);
        if (r.status != 201) {
            *problem = r.describe();
            return std::nullopt;
        }
        return Payment{r.json.value("payment_id"_L1).toString(), amount, merchant.token};
    }

    // What CMI posts back after a payment (the form's fields plus its results), signed with the key.
    static Fields callbackFields(const Payment &p, const QString &amount, const QString &procReturnCode,
                                 const QString &response)
    {
        return {{u"clientid"_s, clientId},
                {u"oid"_s, p.id},
                {u"amount"_s, amount},
                {u"currency"_s, u"504"_s},
                {u"TranType"_s, u"PreAuth"_s},
                {u"storetype"_s, u"3D_PAY_HOSTING"_s},
                {u"hashAlgorithm"_s, u"ver3"_s},
                {u"encoding"_s, u"UTF-8"_s},
                {u"lang"_s, u"fr"_s},
                {u"rnd"_s, u"a1b2c3d4e5"_s},
                {u"ProcReturnCode"_s, procReturnCode},
                {u"Response"_s, response},
                {u"mdStatus"_s, u"1"_s},
                {u"AuthCode"_s, u"P71234"_s},
                {u"TransId"_s, u"26328Q1A2B3C"_s + p.id.left(4)},
                {u"EXTRA.TRXDATE"_s, u"20261124 10:15:00"_s},
                {u"BillToName"_s, u"Atlas | Import \\ Export"_s}};
    }

    Response post(const Fields &fields)
    {
        return m_http.request("POST", u"/api/payments/cmi/callback"_s,
                              Body::raw(encodeForm(fields), "application/x-www-form-urlencoded"));
    }

    QString status(const Payment &p)
    {
        return m_http.get(u"/api/payments/"_s + p.id, p.token).json.value("status"_L1).toString();
    }

    qint64 balance(const QString &token)
    {
        return m_http.get(u"/api/leads/deposits/me"_s, token).json.value("current_balance_cents"_L1).toInteger(-1);
    }

    qint64 ledgerRows(const Payment &p)
    {
        DbProbe db(m_server.dbUrl());
        return db.count(u"SELECT COUNT(*) FROM transactions WHERE payment_id = ?"_s, {p.id});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QProcessEnvironment env;
        env.insert(u"LEADMARKET_CMI_CLIENT_ID"_s, clientId);
        env.insert(u"LEADMARKET_CMI_STORE_KEY"_s, storeKey);
        env.insert(u"LEADMARKET_CMI_GATEWAY_URL"_s, gatewayUrl);
        LM_START_SERVER(m_fixture, {}, env);
        QVERIFY(m_server.stderrOutput().contains("payment providers on: cmi"));
        QVERIFY2(!opensslSha512Base64("abc").isEmpty(), "openssl is needed to compute the expected hashes");
    }

    void opensslMatchesKnownDigest()
    {
        // SHA-512("abc") from FIPS 180-2, base64: the independent hash tool itself is right.
        QCOMPARE(opensslSha512Base64("abc"),
                 u"3a81oZNherrMQXNJriBBMRLm+k6JqX6iCp7u5ktV05ohkpkqJ0/BqDa6PCOj/uu9RU1EI2Q86A4qmslPpUyknw=="_s);
    }

    void providerNotConfiguredIs422()
    {
        const Account merchant = m_http.registerUser(u"merchant"_s);
        LM_VERIFY_ACCOUNT(merchant);
        for (const QString &provider : {u"stripe"_s, u"sandbox"_s}) {
            const Response r = m_http.post(u"/api/leads/deposits/recharge"_s,
                                           QJsonObject{{u"amount_cents"_s, 50000}, {u"provider"_s, provider}},
                                           merchant.token);
            LM_VERIFY_FIELD_ERROR(r, u"provider"_s);
        }
    }

    void paymentPagePostsSignedForm()
    {
        const QString name = u"Atlas | Import \\ Export"_s;
        const Account merchant = m_http.registerUser(u"merchant"_s, name, u"+212612345678"_s);
        LM_VERIFY_ACCOUNT(merchant);
        const Response r = m_http.post(u"/api/leads/deposits/recharge"_s,
                                       QJsonObject{{u"amount_cents"_s, 500000}, {u"provider"_s, u"cmi"_s}},
                                       merchant.token);
        LM_VERIFY_STATUS(r, 201);
        const QString id = r.json.value("payment_id"_L1).toString();
        const QString pageUrl = m_server.baseUrl().toString() + u"/payments/"_s + id + u"/cmi"_s;
        QCOMPARE(r.json.value("checkout_url"_L1).toString(), pageUrl);
        // The page posts to the gateway: a payment window must let its origin in (no path).
        QCOMPARE(r.json.value("checkout_origins"_L1).toArray(), QJsonArray{u"https://testpayment.cmi.co.ma"_s});

        const Response page = m_http.get(u"/payments/"_s + id + u"/cmi"_s);
        LM_VERIFY_STATUS(page, 200);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        const QString html = QString::fromUtf8(page.body);
        QVERIFY2(html.contains(u"action=\""_s + gatewayUrl + u'"'), qPrintable(html));
        QVERIFY(html.contains("submit()"_L1));
        QVERIFY(!html.contains(storeKey.toHtmlEscaped()));
        QVERIFY(!html.contains("store\\key"_L1));

        static const QRegularExpression input(u"<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">"_s);
        Fields fields;
        QRegularExpressionMatchIterator it = input.globalMatch(html);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            QString value = m.captured(2);
            value.replace(u"&quot;"_s, u"\""_s).replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s);
            value.replace(u"&amp;"_s, u"&"_s);
            fields.append({m.captured(1), value});
        }
        const QString base = m_server.baseUrl().toString();
        QCOMPARE(fieldOf(fields, u"clientid"_s), clientId);
        QCOMPARE(fieldOf(fields, u"storetype"_s), u"3D_PAY_HOSTING"_s);
        QVERIFY(fieldOf(fields, u"TranType"_s) == "PreAuth"_L1 || fieldOf(fields, u"TranType"_s) == "Auth"_L1);
        QCOMPARE(fieldOf(fields, u"amount"_s), u"5000.00"_s);
        QCOMPARE(fieldOf(fields, u"currency"_s), u"504"_s);
        QCOMPARE(fieldOf(fields, u"oid"_s), id);
        QCOMPARE(fieldOf(fields, u"okUrl"_s), r.json.value("success_url"_L1).toString());
        QCOMPARE(fieldOf(fields, u"failUrl"_s), r.json.value("cancel_url"_L1).toString());
        QVERIFY(fieldOf(fields, u"shopurl"_s).startsWith(base));
        QCOMPARE(fieldOf(fields, u"callbackUrl"_s), base + u"/api/payments/cmi/callback"_s);
        QCOMPARE(fieldOf(fields, u"lang"_s), u"fr"_s);
        QCOMPARE(fieldOf(fields, u"hashAlgorithm"_s), u"ver3"_s);
        QCOMPARE(fieldOf(fields, u"encoding"_s), u"UTF-8"_s);
        QCOMPARE(fieldOf(fields, u"BillToName"_s), name);
        QCOMPARE(fieldOf(fields, u"email"_s), merchant.email);
        QCOMPARE(fieldOf(fields, u"tel"_s), u"+212612345678"_s);
        QVERIFY(!fieldOf(fields, u"rnd"_s).isEmpty());

        // The HASH, recomputed here with openssl over every other field and the escaped store key.
        Fields unsigned_;
        for (const auto &field : std::as_const(fields)) {
            if (field.first != "HASH"_L1)
                unsigned_.append(field);
        }
        const QString expected = opensslSha512Base64(cmiPlainText(unsigned_, storeKey));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(fieldOf(fields, u"HASH"_s), expected);

        // Two visits, two random values, two hashes.
        const Response again = m_http.get(u"/payments/"_s + id + u"/cmi"_s);
        QVERIFY(again.body != page.body);
    }

    void callbackHashVectors_data()
    {
        QTest::addColumn<Fields>("extra");
        QTest::newRow("plain values") << Fields{};
        QTest::newRow("pipe in a value") << Fields{{u"ReturnOid"_s, u"a|b|c"_s}};
        QTest::newRow("backslash in a value") << Fields{{u"ErrMsg"_s, u"C:\\dir\\"_s}};
        QTest::newRow("backslash before a pipe") << Fields{{u"ErrMsg"_s, u"x\\|y"_s}};
        QTest::newRow("spaces around values are trimmed") << Fields{{u"ErrMsg"_s, u"  padded value \t"_s}};
        QTest::newRow("names differing by case and digits")
            << Fields{{u"EXTRA.A10"_s, u"ten"_s}, {u"extra.a2"_s, u"two"_s}, {u"Extra.A1"_s, u"one"_s}};
        QTest::newRow("UTF-8 values") << Fields{{u"BillToCity"_s, u"Fès — Médina"_s}};
        QTest::newRow("empty value") << Fields{{u"ErrMsg"_s, QString()}};
    }

    void callbackHashVectors()
    {
        QFETCH(Fields, extra);
        const Account merchant = m_http.registerUser(u"merchant"_s);
        LM_VERIFY_ACCOUNT(merchant);
        QString problem;
        const auto p = recharge(merchant, 123456, &problem);
        QVERIFY2(p, qPrintable(problem));
        Fields fields = callbackFields(*p, u"1234.56"_s, u"00"_s, u"Approved"_s);
        fields += extra;
        const Response r = post(withHash(fields));
        LM_VERIFY_STATUS(r, 200);
        QCOMPARE(r.body, "ACTION=POSTAUTH"_ba);
        QCOMPARE(status(*p), u"paid"_s);
        QCOMPARE(balance(merchant.token), 123456);
    }

    void callbackSuccessAndReplay()
    {
        const Account merchant = m_http.registerUser(u"merchant"_s);
        LM_VERIFY_ACCOUNT(merchant);
        QString problem;
        const auto p = recharge(merchant, 500000, &problem);
        QVERIFY2(p, qPrintable(problem));
        const Fields signedFields = withHash(callbackFields(*p, u"5000.00"_s, u"00"_s, u"Approved"_s));
        for (int i = 0; i < 3; ++i) {
            const Response r = post(signedFields);
            LM_VERIFY_STATUS(r, 200);
            QCOMPARE(r.body, "ACTION=POSTAUTH"_ba);
        }
        QCOMPARE(status(*p), u"paid"_s);
        QCOMPARE(balance(merchant.token), 500000);
        QCOMPARE(ledgerRows(*p), 1);
        // The paid page says so instead of posting the form again.
        const Response page = m_http.get(u"/payments/"_s + p->id + u"/cmi"_s);
        LM_VERIFY_STATUS(page, 200);
        QVERIFY(!page.body.contains("HASH"));
        // CMI sends the browser back to okUrl with a form POST: the return page answers it, with
        // the server's state (not the posted fields'), and changes nothing.
        const Response back = m_http.request("POST", u"/payments/"_s + p->id + u"/return?result=success"_s,
                                             Body::raw(encodeForm(signedFields), "application/x-www-form-urlencoded"));
        LM_VERIFY_STATUS(back, 200);
        QVERIFY2(back.body.contains("data-status=\"paid\""), back.body.constData());
        QCOMPARE(balance(merchant.token), 500000);
        QCOMPARE(ledgerRows(*p), 1);
    }

    void returnPageByPostShowsServerState()
    {
        // A POST to the return URL of an unpaid payment, claiming approval, shows it as not paid.
        const Account merchant = m_http.registerUser(u"merchant"_s);
        LM_VERIFY_ACCOUNT(merchant);
        QString problem;
        const auto p = recharge(merchant, 60000, &problem);
        QVERIFY2(p, qPrintable(problem));
        const Response back = m_http.request(
            "POST", u"/payments/"_s + p->id + u"/return?result=success"_s,
            Body::raw(encodeForm(callbackFields(*p, u"600.00"_s, u"00"_s, u"Approved"_s)), "application/x-www-form-urlencoded"));
        LM_VERIFY_STATUS(back, 200);
        QVERIFY2(back.body.contains("data-status=\"pending\""), back.body.constData());
        QCOMPARE(status(*p), u"pending"_s);
        QCOMPARE(balance(merchant.token), 0);
        const Response unknown = m_http.request("POST", u"/payments/nope/return?result=success"_s,
                                                Body::raw("a=b", "application/x-www-form-urlencoded"));
        LM_VERIFY_STATUS(unknown, 404);
    }

    void callbackDeclined()
    {
        const Account merchant = m_http.registerUser(u"merchant"_s);
        QString problem;
        const auto p = recharge(merchant, 500000, &problem);
        QVERIFY2(p, qPrintable(problem));
        const Response r = post(withHash(callbackFields(*p, u"5000.00"_s, u"05"_s, u"Declined"_s)));
        LM_VERIFY_STATUS(r, 200);
        QCOMPARE(r.body, "APPROVED"_ba);
        QCOMPARE(status(*p), u"pending"_s);
        QCOMPARE(balance(merchant.token), 0);
        QCOMPARE(ledgerRows(*p), 0);
    }

    void callbackRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("wrong hash") << u"wrong-hash"_s;
        QTest::newRow("no hash") << u"no-hash"_s;
        QTest::newRow("amount changed after signing") << u"tampered"_s;
        QTest::newRow("signed with another store key") << u"other-key"_s;
        QTest::newRow("amount does not match the payment") << u"amount"_s;
        QTest::newRow("unknown order") << u"unknown-oid"_s;
    }

    void callbackRefused()
    {
        QFETCH(QString, kind);
        const Account merchant = m_http.registerUser(u"merchant"_s);
        QString problem;
        const auto p = recharge(merchant, 500000, &problem);
        QVERIFY2(p, qPrintable(problem));
        Fields fields = callbackFields(*p, u"5000.00"_s, u"00"_s, u"Approved"_s);
        if (kind == "wrong-hash"_L1) {
            fields.append({u"HASH"_s, opensslSha512Base64("not the right text")});
        } else if (kind == "no-hash"_L1) {
            // nothing appended
        } else if (kind == "tampered"_L1) {
            fields = withHash(fields);
            for (auto &field : fields) {
                if (field.first == "amount"_L1)
                    field.second = u"50.00"_s;
            }
        } else if (kind == "other-key"_L1) {
            fields.append({u"HASH"_s, opensslSha512Base64(cmiPlainText(fields, u"another-key"_s))});
        } else if (kind == "amount"_L1) {
            for (auto &field : fields) {
                if (field.first == "amount"_L1)
                    field.second = u"4999.99"_s;
            }
            fields = withHash(fields);
        } else if (kind == "unknown-oid"_L1) {
            for (auto &field : fields) {
                if (field.first == "oid"_L1)
                    field.second = u"00000000-0000-7000-8000-000000000000"_s;
            }
            fields = withHash(fields);
        }
        const Response r = post(fields);
        LM_VERIFY_STATUS(r, 200);
        QCOMPARE(r.body, "FAILURE"_ba);
        QCOMPARE(status(*p), u"pending"_s);
        QCOMPARE(balance(merchant.token), 0);
        QCOMPARE(ledgerRows(*p), 0);
        QVERIFY(!m_server.stderrOutput().contains(storeKey.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestServerPaymentCmi)
#include "tst_server_payment_cmi.moc"
