// A recharge through each provider ends the same way (API.md "Deposits and payments", DESIGN.md
// "Server"): the right balance, one ledger row, one PDF receipt (read back with pdftotext) and one
// confirmation email with that PDF attached, received by a real SMTP server (aiosmtpd) — also when
// that server is down at first.

#include "paymenttestkit.h"
#include "serverfixture.h"

#include <QRegularExpression>
#include <QThread>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lmtest;

namespace {

const QByteArray webhookSecret = "whsec_receipt_suite";
const QString storeKey = u"receipt|suite\\key"_s;
const QString mailFrom = u"recus@leadmarket.test"_s;

QProcessEnvironment providersEnv(const QString &stripeBase, quint16 smtpPort)
{
    QProcessEnvironment e;
    e.insert(u"LEADMARKET_SANDBOX_PAYMENTS"_s, u"1"_s);
    e.insert(u"LEADMARKET_STRIPE_SECRET_KEY"_s, u"sk_test_receipt_suite"_s);
    e.insert(u"LEADMARKET_STRIPE_WEBHOOK_SECRET"_s, QString::fromLatin1(webhookSecret));
    e.insert(u"LEADMARKET_STRIPE_API_BASE"_s, stripeBase);
    e.insert(u"LEADMARKET_CMI_CLIENT_ID"_s, u"600009999"_s);
    e.insert(u"LEADMARKET_CMI_STORE_KEY"_s, storeKey);
    e.insert(u"LEADMARKET_CMI_GATEWAY_URL"_s, u"https://testpayment.cmi.co.ma/fim/est3Dgate"_s);
    e.insert(u"LEADMARKET_SMTP_URL"_s, u"smtp://127.0.0.1:"_s + QString::number(smtpPort));
    e.insert(u"LEADMARKET_MAIL_FROM"_s, mailFrom);
    e.insert(u"LEADMARKET_OUTBOX_POLL_MS"_s, u"100"_s);
    e.insert(u"LEADMARKET_OUTBOX_RETRY_BASE_MS"_s, u"200"_s);
    return e;
}

// The payment emails to `address` (its registration's email-verification link left aside).
QList<QJsonObject> mailsTo(const SmtpSink &sink, const QString &address)
{
    QList<QJsonObject> out;
    const QList<QJsonObject> all = sink.messages();
    for (const QJsonObject &m : all) {
        if (m.value("rcpt_tos"_L1).toArray().contains(QJsonValue(address))
            && !m.value("text"_L1).toString().contains(u"/account/verify?token="_s))
            out.append(m);
    }
    return out;
}

QByteArray attachmentBytes(const QJsonObject &mail, int index = 0)
{
    QFile file(mail.value("attachments"_L1).toArray().at(index).toObject().value("path"_L1).toString());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestServerPaymentReceipt final : public QObject
{
    Q_OBJECT

private:
    FakeStripe m_stripe;
    SmtpSink m_smtp;
    ServerFixture m_fixture;
    ServerProcess &m_server = m_fixture.server();
    Http &m_http = m_fixture.http();

    // Pays payment `id` through `provider` the way that provider confirms it; returns the
    // provider's reference the receipt must show, or an empty string (and `problem`) on failure.
    QString pay(Http &http, const QString &provider, const QJsonObject &recharge, qint64 amount, QString *problem)
    {
        const QString id = recharge.value("payment_id"_L1).toString();
        if (provider == "sandbox"_L1) {
            const Response r = http.post(u"/sandbox/checkout/"_s + id + u"/pay"_s, Body::raw({}, {}));
            if (r.status != 303)
                *problem = r.describe();
            return r.status == 303 ? u"sandbox_"_s + id : QString();
        }
        if (provider == "stripe"_L1) {
            const QString sessionId = recharge.value("checkout_url"_L1).toString().section(u'/', -1);
            const QJsonObject session{{u"id"_s, sessionId},
                                      {u"object"_s, u"checkout.session"_s},
                                      {u"amount_total"_s, QJsonValue(amount)},
                                      {u"currency"_s, u"mad"_s},
                                      {u"client_reference_id"_s, id},
                                      {u"payment_status"_s, u"paid"_s}};
            const QByteArray body = stripeEvent(u"evt_"_s + uniqueSuffix(), u"checkout.session.completed"_s, session);
            const Response r = http.request(
                "POST", u"/api/webhooks/stripe"_s, Body::raw(body), {},
                {{"Stripe-Signature", stripeSignature(webhookSecret, QDateTime::currentSecsSinceEpoch(), body)}});
            if (r.status != 200)
                *problem = r.describe();
            return r.status == 200 ? sessionId : QString();
        }
        const QString transId = u"T"_s + uniqueSuffix();
        const QString amountText = QString::number(amount / 100) + u'.' + QString::number(amount % 100).rightJustified(2, u'0');
        QList<QPair<QString, QString>> fields{{u"clientid"_s, u"600009999"_s}, {u"oid"_s, id},
                                              {u"amount"_s, amountText},      {u"currency"_s, u"504"_s},
                                              {u"ProcReturnCode"_s, u"00"_s}, {u"Response"_s, u"Approved"_s},
                                              {u"TransId"_s, transId},        {u"encoding"_s, u"UTF-8"_s}};
        fields.append({u"HASH"_s, opensslSha512Base64(cmiPlainText(fields, storeKey))});
        const Response r = http.request("POST", u"/api/payments/cmi/callback"_s,
                                        Body::raw(encodeForm(fields), "application/x-www-form-urlencoded"));
        if (r.body != "ACTION=POSTAUTH")
            *problem = r.describe();
        return r.body == "ACTION=POSTAUTH" ? transId : QString();
    }

    QJsonObject recharge(Http &http, const Account &merchant, const QString &provider, qint64 amount, QString *problem)
    {
        const Response r = http.post(u"/api/leads/deposits/recharge"_s,
                                     QJsonObject{{u"amount_cents"_s, amount}, {u"provider"_s, provider}},
                                     merchant.token);
        if (r.status != 201)
            *problem = r.describe();
        return r.json;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_stripe.listen());
        const quint16 port = freePort();
        QString error;
        QVERIFY2(m_smtp.start(port, &error), qPrintable(error));
        LM_START_SERVER(m_fixture, {}, providersEnv(m_stripe.baseUrl(), port));
        QVERIFY(m_server.stderrOutput().contains("payment providers on: stripe, cmi, sandbox"));
    }

    void eachProviderEndsWithReceiptAndEmail_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::newRow("sandbox") << u"sandbox"_s;
        QTest::newRow("stripe") << u"stripe"_s;
        QTest::newRow("cmi") << u"cmi"_s;
    }

    void eachProviderEndsWithReceiptAndEmail()
    {
        QFETCH(QString, provider);
        // "ff" and "fi": a ligature in the PDF would make them unreadable as text.
        const QString name = u"Société Atlas Fès — Effets officiels "_s + provider;
        const Account merchant = m_http.registerUser(u"merchant"_s, name);
        LM_VERIFY_ACCOUNT(merchant);
        QString problem;
        const QJsonObject first = recharge(m_http, merchant, provider, 500050, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString id = first.value("payment_id"_L1).toString();
        const QString reference = pay(m_http, provider, first, 500050, &problem);
        QVERIFY2(!reference.isEmpty(), qPrintable(problem));

        // Balance and ledger.
        const Response deposit = m_http.get(u"/api/leads/deposits/me"_s, merchant.token);
        QCOMPARE(deposit.json.value("current_balance_cents"_L1).toInteger(), 500050);
        DbProbe db(m_server.dbUrl());
        QCOMPARE(db.count(u"SELECT COUNT(*) FROM transactions WHERE payment_id = ?"_s, {id}), 1);
        QCOMPARE(db.count(u"SELECT COUNT(*) FROM transactions WHERE merchant_id = ?"_s, {merchant.id}), 1);

        // One receipt, made after the commit.
        QTRY_COMPARE_WITH_TIMEOUT(db.count(u"SELECT COUNT(*) FROM receipts WHERE payment_id = ?"_s, {id}), 1, 10000);
        const QString number = db.value(u"SELECT receipt_number FROM receipts WHERE payment_id = ?"_s, {id}).toString();
        QVERIFY2(QRegularExpression(u"^LM-\\d{4}-\\d{6}$"_s).match(number).hasMatch(), qPrintable(number));

        const Response pdf = m_http.get(u"/api/payments/"_s + id + u"/receipt.pdf"_s, merchant.token);
        LM_VERIFY_STATUS(pdf, 200);
        QCOMPARE(pdf.header("Content-Type"), "application/pdf"_ba);
        QVERIFY(pdf.body.startsWith("%PDF-"));
        const QString text = pdfText(pdf.body);
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        for (const QString &expected : {number, u"cinq mille dirhams et cinquante centimes"_s, u"5.000,50 dhs"_s,
                                        name, merchant.email, reference, u"Reçu"_s}) {
            QVERIFY2(text.contains(expected), qPrintable(expected + u" not in: "_s + text));
        }
        QVERIFY2(QRegularExpression(u"Nouveau solde du dépôt\\s*5\\.000,50 dhs"_s).match(text).hasMatch(),
                 qPrintable(text));

        // One email to the merchant, with that very PDF attached.
        QTRY_COMPARE_WITH_TIMEOUT(mailsTo(m_smtp, merchant.email).size(), 1, 15000);
        const QJsonObject mail = mailsTo(m_smtp, merchant.email).first();
        QCOMPARE(mail.value("mail_from"_L1).toString(), mailFrom);
        QVERIFY(mail.value("subject"_L1).toString().contains("5.000,50"_L1));
        const QString body = mail.value("text"_L1).toString();
        for (const QString &expected : {u"5.000,50 dhs"_s, reference, u"Nouveau solde"_s}) {
            QVERIFY2(body.contains(expected), qPrintable(expected + u" not in: "_s + body));
        }
        const QJsonArray attachments = mail.value("attachments"_L1).toArray();
        QCOMPARE(attachments.size(), 1);
        QCOMPARE(attachments.at(0).toObject().value("content_type"_L1).toString(), u"application/pdf"_s);
        QVERIFY(attachments.at(0).toObject().value("filename"_L1).toString().endsWith(".pdf"_L1));
        QCOMPARE(attachmentBytes(mail), pdf.body);

        // A second recharge: its own receipt number, the new balance, a second email.
        const QJsonObject second = recharge(m_http, merchant, provider, 100000, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString secondId = second.value("payment_id"_L1).toString();
        QVERIFY2(!pay(m_http, provider, second, 100000, &problem).isEmpty(), qPrintable(problem));
        const Response pdf2 = m_http.get(u"/api/payments/"_s + secondId + u"/receipt.pdf"_s, merchant.token);
        LM_VERIFY_STATUS(pdf2, 200);
        const QString text2 = pdfText(pdf2.body);
        const QString number2 =
            db.value(u"SELECT receipt_number FROM receipts WHERE payment_id = ?"_s, {secondId}).toString();
        QVERIFY(!number2.isEmpty());
        QVERIFY(number2 != number);
        QVERIFY2(text2.contains(number2) && text2.contains("mille dirhams"_L1), qPrintable(text2));
        QVERIFY2(QRegularExpression(u"Nouveau solde du dépôt\\s*6\\.000,50 dhs"_s).match(text2).hasMatch(),
                 qPrintable(text2));
        QTRY_COMPARE_WITH_TIMEOUT(mailsTo(m_smtp, merchant.email).size(), 2, 15000);

        // Nothing more arrives later, and every message left the outbox once.
        QThread::msleep(1500);
        QCOMPARE(mailsTo(m_smtp, merchant.email).size(), 2);
        QCOMPARE(db.count(u"SELECT COUNT(*) FROM outbox WHERE recipient = ? AND status = 'sent' AND attachment_ref LIKE 'receipt:%'"_s, {merchant.email}), 2);
        QCOMPARE(db.count(u"SELECT COUNT(*) FROM receipts WHERE payment_id IN (?, ?)"_s, {id, secondId}), 2);
    }

    void receiptAccess()
    {
        const Account owner = m_http.registerUser(u"merchant"_s);
        const Account other = m_http.registerUser(u"merchant"_s);
        const Account influencer = m_http.registerUser(u"influencer"_s);
        const Account admin = m_http.createAdmin(m_server.dbUrl());
        LM_VERIFY_ACCOUNT(owner);
        LM_VERIFY_ACCOUNT(other);
        LM_VERIFY_ACCOUNT(influencer);
        LM_VERIFY_ACCOUNT(admin);
        QString problem;
        const QJsonObject r = recharge(m_http, owner, u"sandbox"_s, 50000, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString path = u"/api/payments/"_s + r.value("payment_id"_L1).toString() + u"/receipt.pdf"_s;

        LM_VERIFY_ERROR(m_http.get(path, owner.token), 404, u"not_found"_s); // not paid yet
        QVERIFY(!pay(m_http, u"sandbox"_s, r, 50000, &problem).isEmpty());
        LM_VERIFY_STATUS(m_http.get(path, owner.token), 200);
        LM_VERIFY_STATUS(m_http.get(path, admin.token), 200);
        LM_VERIFY_ERROR(m_http.get(path, other.token), 404, u"not_found"_s);
        LM_VERIFY_ERROR(m_http.get(path, influencer.token), 403, u"forbidden"_s);
        LM_VERIFY_ERROR(m_http.get(path), 401, u"unauthenticated"_s);
        LM_VERIFY_ERROR(m_http.get(u"/api/payments/01a20b8b-2b57-7000-8e54-fa8f7f6e5c65/receipt.pdf"_s, owner.token),
                        404, u"not_found"_s);
        LM_VERIFY_ERROR(m_http.get(u"/api/payments/nope/receipt.pdf"_s, owner.token), 404, u"not_found"_s);
    }

    void missingReceiptMadeAtStart()
    {
        const Account merchant = m_http.registerUser(u"merchant"_s);
        QString problem;
        const QJsonObject r = recharge(m_http, merchant, u"sandbox"_s, 75000, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString id = r.value("payment_id"_L1).toString();
        QVERIFY(!pay(m_http, u"sandbox"_s, r, 75000, &problem).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(mailsTo(m_smtp, merchant.email).size(), 1, 15000);

        // As if the server had stopped between the credit and its receipt.
        m_server.stop();
        {
            DbProbe db(m_server.dbUrl());
            QCOMPARE(db.count(u"SELECT COUNT(*) FROM receipts WHERE payment_id = ?"_s, {id}), 1);
            db.value(u"DELETE FROM receipts WHERE payment_id = ?"_s, {id});
            QCOMPARE(db.count(u"SELECT COUNT(*) FROM receipts WHERE payment_id = ?"_s, {id}), 0);
        }
        QVERIFY2(m_fixture.restart(), qPrintable(m_fixture.error()));
        DbProbe db(m_server.dbUrl());
        QTRY_COMPARE_WITH_TIMEOUT(db.count(u"SELECT COUNT(*) FROM receipts WHERE payment_id = ?"_s, {id}), 1, 10000);
        QCOMPARE(mailsTo(m_smtp, merchant.email).size(), 1);
    }

    void smtpDownThenUp()
    {
        const quint16 port = freePort(); // nobody listens there yet
        ServerFixture fixture;
        LM_START_SERVER(fixture, {}, providersEnv(m_stripe.baseUrl(), port));
        Http &http = fixture.http();
        const Account merchant = http.registerUser(u"merchant"_s);
        LM_VERIFY_ACCOUNT(merchant);
        QString problem;
        const QJsonObject r = recharge(http, merchant, u"sandbox"_s, 500000, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(!pay(http, u"sandbox"_s, r, 500000, &problem).isEmpty(), qPrintable(problem));

        DbProbe db(fixture.server().dbUrl());
        const QString failedTries = u"SELECT COUNT(*) FROM outbox WHERE recipient = ? AND status <> 'sent' "
                                    u"AND attempts >= 2 AND last_error <> '' AND attachment_ref LIKE 'receipt:%'"_s;
        QTRY_VERIFY_WITH_TIMEOUT(db.count(failedTries, {merchant.email}) == 1, 15000);

        SmtpSink sink;
        QString error;
        QVERIFY2(sink.start(port, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(mailsTo(sink, merchant.email).size(), 1, 20000);
        QThread::msleep(2000);
        QCOMPARE(mailsTo(sink, merchant.email).size(), 1);
        const QJsonObject mail = mailsTo(sink, merchant.email).first();
        QVERIFY(attachmentBytes(mail).startsWith("%PDF-"));
        QVERIFY(pdfText(attachmentBytes(mail)).contains("cinq mille dirhams"_L1));
        QCOMPARE(db.count(u"SELECT COUNT(*) FROM outbox WHERE recipient = ? AND status = 'sent' AND attachment_ref LIKE 'receipt:%'"_s, {merchant.email}), 1);
    }
};

QTEST_GUILESS_MAIN(TestServerPaymentReceipt)
#include "tst_server_payment_receipt.moc"
