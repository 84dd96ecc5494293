// Issue 7, delivery: the outbox sender against a real SMTP server on loopback (tests/smtpsink.py,
// aiosmtpd) and a Twilio-style Messages API played by an HTTP server inside this test. Alert emails
// in French, the exact SMS/WhatsApp requests (path, Basic auth, form fields, whatsapp: prefixes,
// template fields), retries with back-off when a provider is down or answers 5xx, no retry after
// a 4xx, quiet hours on the server's clock, and `skipped` rows when nothing can be sent.

#include "jobsfixture.h"
#include "mailsink.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace lmtest;
using namespace lmjobs;

namespace {

constexpr qint64 Reference = 50000; // 500 MAD
const QString AccountSid = u"AC0123456789abcdef0123456789abcdef"_s;
const QString AuthToken = u"tok-secret-42"_s;
const QString SmsFrom = u"+15005550006"_s;
const QString WhatsappNumber = u"+14155238886"_s;
const QString MailFrom = u"alertes@leadmarket.test"_s;

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// ---------------------------------------------------------------------------------------------
// The Messages API: HTTP/1.1 with Content-Length, one request per connection, every request kept.

struct Recorded
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; ///< names lower-case
    QByteArray body;
    QList<QPair<QString, QString>> form;
    int answered = 0;

    bool has(const QString &name) const
    {
        for (const auto &[key, value] : form) {
            if (key == name)
                return true;
        }
        return false;
    }
    QString field(const QString &name) const
    {
        for (const auto &[key, value] : form) {
            if (key == name)
                return value;
        }
        return {};
    }
    bool isWhatsapp() const { return field(u"To"_s).startsWith(u"whatsapp:"_s); }
    QString describe() const
    {
        return QString::fromLatin1(method + ' ' + path) + u" → "_s + QString::number(answered) + u" "_s +
               QString::fromUtf8(body);
    }
};

QList<QPair<QString, QString>> parseForm(const QByteArray &body)
{
    QList<QPair<QString, QString>> fields;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        fields.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                       QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return fields;
}

class FakeMessagesApi final : public QObject
{
public:
    FakeMessagesApi()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    quint16 port() const { return m_server.serverPort(); }
    QString baseUrl() const { return u"http://127.0.0.1:"_s + QString::number(port()); }
    void close() { m_server.close(); }

    /// The status to answer a request with (default 201).
    std::function<int(const Recorded &)> answer;
    /// The body of an error answer, when set (else a fixed one).
    std::function<QByteArray(const Recorded &)> errorBody;
    QList<Recorded> requests;

    QList<Recorded> to(const QString &recipient) const
    {
        QList<Recorded> matching;
        for (const Recorded &r : requests) {
            if (r.field(u"To"_s) == recipient)
                matching.append(r);
        }
        return matching;
    }
    QString describe() const
    {
        QStringList lines;
        for (const Recorded &r : requests)
            lines << r.describe();
        return lines.join(u'\n');
    }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        Recorded r;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        r.method = requestLine.value(0);
        r.path = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                r.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        if (r.headers.value("expect").toLower() == "100-continue" && !m_continued.contains(socket)) {
            m_continued.insert(socket, true);
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        const qsizetype length = r.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        r.body = buffer.mid(headerEnd + 4, length);
        r.form = parseForm(r.body);
        m_buffers.remove(socket);
        m_continued.remove(socket);
        r.answered = answer ? answer(r) : 201;
        QByteArray payload;
        QByteArray reason = "Created";
        if (r.answered >= 200 && r.answered < 300) {
            payload = R"({"sid":"SM)" + QByteArray::number(requests.size() + 1) + R"(","status":"queued"})";
            reason = r.answered == 201 ? "Created" : "OK";
        } else if (r.answered >= 400 && r.answered < 500) {
            payload = R"({"code":21211,"message":"The 'To' number is not a valid phone number.","status":)" +
                      QByteArray::number(r.answered) + "}";
            reason = "Bad Request";
        } else {
            payload = R"({"message":"Service unavailable, try again","status":)" + QByteArray::number(r.answered) + "}";
            reason = "Server Error";
        }
        if (errorBody && r.answered >= 400)
            payload = errorBody(r);
        requests.append(r);
        socket->write("HTTP/1.1 " + QByteArray::number(r.answered) + ' ' + reason +
                      "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(payload.size()) +
                      "\r\nConnection: close\r\n\r\n" + payload);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QTcpSocket *, bool> m_continued;
};

// ---------------------------------------------------------------------------------------------
// Scenario helpers

QProcessEnvironment deliveryEnv(quint16 smtpPort, const QString &apiBase, const QString &whatsappFrom = WhatsappNumber,
                                const QString &templateSid = {})
{
    QProcessEnvironment env;
    env.insert(u"LEADMARKET_OUTBOX_POLL_MS"_s, u"100"_s);
    env.insert(u"LEADMARKET_OUTBOX_RETRY_BASE_MS"_s, u"300"_s);
    if (smtpPort != 0) {
        env.insert(u"LEADMARKET_SMTP_URL"_s, u"smtp://127.0.0.1:"_s + QString::number(smtpPort));
        env.insert(u"LEADMARKET_MAIL_FROM"_s, MailFrom);
    }
    if (!apiBase.isEmpty()) {
        env.insert(u"LEADMARKET_SMS_API_BASE"_s, apiBase);
        env.insert(u"LEADMARKET_SMS_ACCOUNT_SID"_s, AccountSid);
        env.insert(u"LEADMARKET_SMS_AUTH_TOKEN"_s, AuthToken);
        env.insert(u"LEADMARKET_SMS_FROM"_s, SmsFrom);
        env.insert(u"LEADMARKET_WHATSAPP_FROM"_s, whatsappFrom);
        if (!templateSid.isEmpty())
            env.insert(u"LEADMARKET_WHATSAPP_TEMPLATE_SID"_s, templateSid);
    }
    return env;
}

// Midday on the base day: out of quiet hours whatever the real time.
QDateTime midday()
{
    return localTime(baseDay(), QTime(12, 0));
}

struct AlertRows
{
    QString email, sms, whatsapp; ///< outbox ids (empty when the row is missing)
};

// A merchant brought to `spent` of a 500 MAD reference, then a deposit check; the outbox rows the
// check produced for it.
AlertRows alertAt(Env &env, const Account &merchant, qint64 spent)
{
    const Account influencer = env.influencer();
    env.recharge(merchant, Reference);
    const QString campaign = env.campaign(merchant);
    if (QTest::currentTestFailed())
        return {};
    env.spend(merchant, influencer, campaign, spent);
    const QJsonArray before = env.outbox();
    env.runJob(u"deposit-check"_s);
    const QJsonArray fresh = added(before, env.outbox());
    const QString phone = merchant.user.value("phone"_L1).toString();
    auto idOf = [&fresh](const QString &channel, const QString &recipient) {
        const QJsonArray rows = outboxTo(fresh, channel, recipient);
        return rows.size() == 1 ? rows.at(0).toObject().value("id"_L1).toString() : QString();
    };
    AlertRows rows{idOf(u"email"_s, merchant.email), idOf(u"sms"_s, phone), idOf(u"whatsapp"_s, phone)};
    if (rows.email.isEmpty())
        QTest::qFail(qPrintable(u"no single alert email row: "_s + compact(fresh)), __FILE__, __LINE__);
    return rows;
}

QJsonObject rowById(Env &env, const QString &id)
{
    const QJsonArray rows = env.outbox();
    for (const QJsonValue &row : rows) {
        if (row.toObject().value("id"_L1).toString() == id)
            return row.toObject();
    }
    return {};
}

QString statusOf(Env &env, const QString &id)
{
    return rowById(env, id).value("status"_L1).toString();
}

} // namespace

class TestServerDelivery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alertEmailInFrench();
    void messagesApiRequests_data();
    void messagesApiRequests();
    void providerDownThenUp_data();
    void providerDownThenUp();
    void providerRefusal400();
    void providerErrorWithoutRecipient();
    void failingForAnHourTellsAdmins();
    void smtpDownThenUp();
    void quietHours_data();
    void quietHours();
    void merchantWithoutPhone();
    void noProviderSettings();
};

void TestServerDelivery::alertEmailInFrench()
{
    MailSink sink;
    QVERIFY2(sink.start(freePort()), qPrintable(sink.error()));
    Env env;
    QVERIFY2(env.start(midday(), deliveryEnv(sink.port(), {})), qPrintable(env.error()));
    const QString name = u"Riad Zitoun Services"_s;
    const Account merchant = env.merchant(name, uniqueMobile());
    LM_STOP_IF_FAILED();
    const AlertRows rows = alertAt(env, merchant, 45000); // 50 dhs left of 500: 10 %, critical
    LM_STOP_IF_FAILED();

    QTRY_COMPARE_WITH_TIMEOUT(statusOf(env, rows.email), u"sent"_s, 15000);
    const QJsonObject row = rowById(env, rows.email);
    QCOMPARE(row.value("attempts"_L1).toInteger(), 1);
    QVERIFY2(isApiTime(row.value("sent_at"_L1)) && row.value("last_error"_L1).isNull(), qPrintable(compact(row)));
    const QString subject = row.value("subject"_L1).toString();
    QVERIFY(!subject.isEmpty());

    const QList<QJsonObject> mails = sink.messagesTo(merchant.email, subject);
    QCOMPARE(mails.size(), 1);
    const QJsonObject mail = mails.at(0);
    QCOMPARE(mail.value("mail_from"_L1).toString(), MailFrom);
    QVERIFY2(mail.value("to"_L1).toString().contains(merchant.email), qPrintable(compact(mail)));
    const QString body = mail.value("body"_L1).toString();
    const QString shown = u"\n--- email body:\n"_s + body;
    QVERIFY2(body.contains(name), qPrintable(u"the merchant's name is missing"_s + shown));
    QVERIFY2(body.contains(u"dépôt"_s, Qt::CaseInsensitive), qPrintable(u"not French about a deposit"_s + shown));
    // The balance in French notation (fr_MA: decimal comma), and the percentage.
    QVERIFY2(body.contains(QLocale(u"fr_MA"_s).toString(50.0, 'f', 2)), qPrintable(u"balance 50,00 missing"_s + shown));
    static const QRegularExpression percent(u"(^|[^0-9,])10(,0)?[ \\x{00A0}\\x{202F}]?%"_s);
    QVERIFY2(percent.match(body).hasMatch(), qPrintable(u"percentage 10 % missing"_s + shown));
    // A recharge link on the server's public URL.
    const QString base = env.server().baseUrl().toString(QUrl::StripTrailingSlash);
    static const QRegularExpression link(u"https?://\\S+"_s);
    bool linked = false;
    for (auto it = link.globalMatch(body); it.hasNext();)
        linked = linked || it.next().captured(0).startsWith(base);
    QVERIFY2(linked, qPrintable(u"no link to "_s + base + shown));

    // The registration's verification email, the new lead's email and the recharge's receipt went
    // out too; the phone channels have no provider: skipped, with why.
    QTRY_COMPARE_WITH_TIMEOUT(sink.messagesTo(merchant.email).size(), 4, 10000);
    for (const QString &id : {rows.sms, rows.whatsapp}) {
        QVERIFY2(!id.isEmpty(), "an SMS or WhatsApp row is missing");
        const QJsonObject phoneRow = rowById(env, id);
        QCOMPARE(phoneRow.value("status"_L1).toString(), u"skipped"_s);
        QVERIFY2(!phoneRow.value("last_error"_L1).toString().isEmpty(), qPrintable(compact(phoneRow)));
    }
    env.server().stop();
    sink.stop();
}

void TestServerDelivery::messagesApiRequests_data()
{
    QTest::addColumn<QString>("whatsappFrom");
    QTest::addColumn<QString>("templateSid");
    QTest::newRow("SMS and WhatsApp with a plain body") << WhatsappNumber << QString();
    QTest::newRow("WhatsApp sender already prefixed") << u"whatsapp:"_s + WhatsappNumber << QString();
    QTest::newRow("WhatsApp template: ContentSid + ContentVariables")
        << WhatsappNumber << u"HXb5b62575e6e4ff6129ad7c8efe1f983e"_s;
}

void TestServerDelivery::messagesApiRequests()
{
    QFETCH(QString, whatsappFrom);
    QFETCH(QString, templateSid);

    FakeMessagesApi api;
    QVERIFY(api.listen());
    Env env;
    QVERIFY2(env.start(midday(), deliveryEnv(0, api.baseUrl(), whatsappFrom, templateSid)), qPrintable(env.error()));
    const QString name = u"Dar Essalam Traiteur"_s;
    const Account merchant = env.merchant(name, uniqueMobile());
    LM_STOP_IF_FAILED();
    const QString phone = merchant.user.value("phone"_L1).toString();
    const AlertRows rows = alertAt(env, merchant, 45000);
    LM_STOP_IF_FAILED();
    QVERIFY(!rows.sms.isEmpty() && !rows.whatsapp.isEmpty());

    QTRY_VERIFY_WITH_TIMEOUT(statusOf(env, rows.sms) == "sent"_L1 && statusOf(env, rows.whatsapp) == "sent"_L1, 15000);
    QVERIFY2(api.requests.size() == 2, qPrintable(api.describe()));
    const QByteArray basic = "Basic " + (AccountSid + u':' + AuthToken).toUtf8().toBase64();
    for (const Recorded &r : std::as_const(api.requests)) {
        QCOMPARE(r.method, "POST"_ba);
        QCOMPARE(QString::fromLatin1(r.path), u"/2010-04-01/Accounts/"_s + AccountSid + u"/Messages.json"_s);
        QCOMPARE(r.headers.value("authorization"), basic);
        QVERIFY2(r.headers.value("content-type").startsWith("application/x-www-form-urlencoded"),
                 qPrintable(r.describe()));
    }
    const QList<Recorded> sms = api.to(phone);
    QVERIFY2(sms.size() == 1, qPrintable(api.describe()));
    QCOMPARE(sms.at(0).field(u"From"_s), SmsFrom);
    QVERIFY2(sms.at(0).field(u"Body"_s).contains(u'%'), qPrintable(sms.at(0).describe()));

    const QList<Recorded> whatsapp = api.to(u"whatsapp:"_s + phone);
    QVERIFY2(whatsapp.size() == 1, qPrintable(api.describe()));
    const Recorded &wa = whatsapp.at(0);
    QCOMPARE(wa.field(u"From"_s), u"whatsapp:"_s + WhatsappNumber);
    if (templateSid.isEmpty()) {
        QVERIFY2(!wa.field(u"Body"_s).isEmpty(), qPrintable(wa.describe()));
        QVERIFY2(!wa.has(u"ContentSid"_s), qPrintable(wa.describe()));
    } else {
        QCOMPARE(wa.field(u"ContentSid"_s), templateSid);
        QJsonParseError error{};
        const QJsonDocument variables = QJsonDocument::fromJson(wa.field(u"ContentVariables"_s).toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError && variables.isObject() && !variables.object().isEmpty(),
                 qPrintable(wa.describe()));
        bool named = false;
        for (const QJsonValue &v : variables.object())
            named = named || v.toString().contains(name);
        QVERIFY2(named, qPrintable(u"the template variables do not name the merchant: "_s + wa.describe()));
    }
    for (const QString &id : {rows.sms, rows.whatsapp}) {
        const QJsonObject row = rowById(env, id);
        QCOMPARE(row.value("attempts"_L1).toInteger(), 1);
        QVERIFY2(row.value("last_error"_L1).isNull() && isApiTime(row.value("sent_at"_L1)), qPrintable(compact(row)));
    }
    // No SMTP settings here: the alert email is skipped, with its reason.
    const QJsonObject email = rowById(env, rows.email);
    QCOMPARE(email.value("status"_L1).toString(), u"skipped"_s);
    QVERIFY(!email.value("last_error"_L1).toString().isEmpty());
    env.server().stop();
}

void TestServerDelivery::providerDownThenUp_data()
{
    QTest::addColumn<int>("failures"); // answers before the 201 (0: the provider is not listening at first)
    QTest::addColumn<int>("status");
    QTest::newRow("HTTP 500 twice, then 201") << 2 << 500;
    QTest::newRow("HTTP 503 once, then 201") << 1 << 503;
    QTest::newRow("connection refused, then up") << 0 << 0;
}

void TestServerDelivery::providerDownThenUp()
{
    QFETCH(int, failures);
    QFETCH(int, status);

    FakeMessagesApi api;
    const quint16 port = freePort();
    QVERIFY(port != 0);
    const bool refused = failures == 0;
    if (!refused)
        QVERIFY(api.listen(port));
    int failed = 0;
    api.answer = [&failed, failures, status](const Recorded &r) {
        if (!r.isWhatsapp() && failed < failures) {
            ++failed;
            return status;
        }
        return 201;
    };
    Env env;
    QVERIFY2(env.start(midday(), deliveryEnv(0, u"http://127.0.0.1:"_s + QString::number(port))),
             qPrintable(env.error()));
    const Account merchant = env.merchant(u"Retry SARL"_s, uniqueMobile());
    LM_STOP_IF_FAILED();
    const QString phone = merchant.user.value("phone"_L1).toString();
    const AlertRows rows = alertAt(env, merchant, 45000);
    LM_STOP_IF_FAILED();

    if (refused) {
        // Down: the first attempt fails, and the message waits for its retry.
        QTRY_VERIFY_WITH_TIMEOUT(rowById(env, rows.sms).value("attempts"_L1).toInteger() >= 1, 10000);
        const QJsonObject waiting = rowById(env, rows.sms);
        QCOMPARE(waiting.value("status"_L1).toString(), u"queued"_s);
        QVERIFY2(!waiting.value("last_error"_L1).toString().isEmpty(), qPrintable(compact(waiting)));
        QVERIFY(api.listen(port));
    }
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(env, rows.sms), u"sent"_s, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(env, rows.whatsapp), u"sent"_s, 20000);
    QTest::qWait(1000); // a duplicate would come now
    const QJsonObject row = rowById(env, rows.sms);
    const QList<Recorded> sms = api.to(phone);
    int delivered = 0;
    for (const Recorded &r : sms)
        delivered += r.answered >= 200 && r.answered < 300 ? 1 : 0;
    QVERIFY2(delivered == 1, qPrintable(u"delivered %1 times:\n"_s.arg(delivered) + api.describe()));
    if (refused) {
        QVERIFY2(row.value("attempts"_L1).toInteger() >= 2, qPrintable(compact(row)));
        QCOMPARE(sms.size(), 1);
    } else {
        QCOMPARE(row.value("attempts"_L1).toInteger(), failures + 1);
        QCOMPARE(sms.size(), failures + 1);
    }
    // Late: at least one back-off after it was queued.
    QVERIFY2(apiTimeMs(row.value("sent_at"_L1)) - apiTimeMs(row.value("created_at"_L1)) >= 300,
             qPrintable(compact(row)));
    QVERIFY2(row.value("last_error"_L1).isNull(), qPrintable(compact(row)));
    QCOMPARE(api.to(u"whatsapp:"_s + phone).size(), 1);
    env.server().stop();
}

void TestServerDelivery::providerRefusal400()
{
    FakeMessagesApi api;
    QVERIFY(api.listen());
    api.answer = [](const Recorded &r) {
        return r.isWhatsapp() ? 201 : 400;
    };
    Env env;
    QVERIFY2(env.start(midday(), deliveryEnv(0, api.baseUrl())), qPrintable(env.error()));
    const Account merchant = env.merchant(u"Refus SARL"_s, uniqueMobile());
    LM_STOP_IF_FAILED();
    const QString phone = merchant.user.value("phone"_L1).toString();
    const AlertRows rows = alertAt(env, merchant, 45000);
    LM_STOP_IF_FAILED();

    QTRY_COMPARE_WITH_TIMEOUT(statusOf(env, rows.sms), u"failed"_s, 15000);
    QTest::qWait(2500); // eight retry bases: a retry would have come
    const QJsonObject row = rowById(env, rows.sms);
    QCOMPARE(row.value("status"_L1).toString(), u"failed"_s);
    QCOMPARE(row.value("attempts"_L1).toInteger(), 1);
    const QString error = row.value("last_error"_L1).toString();
    QVERIFY2(error.contains(u"400"_s) || error.contains(u"not a valid phone number"_s), qPrintable(compact(row)));
    QVERIFY(row.value("sent_at"_L1).isNull());
    QVERIFY2(api.to(phone).size() == 1, qPrintable(api.describe()));
    QCOMPARE(statusOf(env, rows.whatsapp), u"sent"_s);
    const QJsonArray failedRows = env.outbox(u"?status=failed"_s);
    QVERIFY(idsOf(failedRows).contains(rows.sms));
    env.server().stop();
}

// A provider that echoes the recipient in its error: the outbox row and the log keep the provider's
// code and message, never the phone number.
void TestServerDelivery::providerErrorWithoutRecipient()
{
    FakeMessagesApi api;
    QVERIFY(api.listen());
    api.answer = [](const Recorded &r) {
        return r.isWhatsapp() ? 503 : 400;
    };
    api.errorBody = [](const Recorded &r) -> QByteArray {
        const QByteArray to = r.field(u"To"_s).toUtf8();
        const QByteArray national = "0" + to.right(9);
        return R"({"code":21211,"message":"The 'To' number )" + to + " (" + national
            + R"() is not a valid phone number.","more_info":"https://example.test/errors/21211?To=)"
            + QUrl::toPercentEncoding(QString::fromUtf8(to)) + R"("})";
    };
    Env env;
    QVERIFY2(env.start(midday(), deliveryEnv(0, api.baseUrl())), qPrintable(env.error()));
    const Account merchant = env.merchant(u"Echo SARL"_s, uniqueMobile());
    LM_STOP_IF_FAILED();
    const QString phone = merchant.user.value("phone"_L1).toString();
    const QString subscriber = phone.right(9);
    const AlertRows rows = alertAt(env, merchant, 45000);
    LM_STOP_IF_FAILED();

    QTRY_COMPARE_WITH_TIMEOUT(statusOf(env, rows.sms), u"failed"_s, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(rowById(env, rows.whatsapp).value("attempts"_L1).toInteger() >= 1, 15000);
    for (const QString &id : {rows.sms, rows.whatsapp}) {
        const QJsonObject row = rowById(env, id);
        const QString error = row.value("last_error"_L1).toString();
        QVERIFY2(error.contains(u"21211"_s) && error.contains(u"is not a valid phone number"_s),
                 qPrintable(compact(row)));
        QVERIFY2(error.contains(u"<recipient>"_s), qPrintable(compact(row)));
        QVERIFY2(!error.contains(subscriber), qPrintable(compact(row)));
    }
    env.server().stop();
    const QByteArray log = env.server().stderrOutput();
    QVERIFY2(log.contains("21211"), "the provider's error is not logged");
    const qsizetype at = log.indexOf(subscriber.toUtf8());
    QVERIFY2(at < 0, qPrintable(u"the log holds the recipient's number: "_s
                                + QString::fromUtf8(log.mid(qMax<qsizetype>(0, at - 150), 300))));
}

void TestServerDelivery::failingForAnHourTellsAdmins()
{
    const quint16 port = freePort(); // nothing listens there: every attempt fails
    QVERIFY(port != 0);
    Env env;
    QVERIFY2(env.start(midday(), deliveryEnv(0, u"http://127.0.0.1:"_s + QString::number(port))),
             qPrintable(env.error()));
    const Account merchant = env.merchant(u"Toujours Injoignable"_s, uniqueMobile());
    LM_STOP_IF_FAILED();
    const AlertRows rows = alertAt(env, merchant, 45000);
    LM_STOP_IF_FAILED();
    QTRY_VERIFY_WITH_TIMEOUT(rowById(env, rows.sms).value("attempts"_L1).toInteger() >= 1, 10000);
    const qint64 firstFailure = apiTimeMs(rowById(env, rows.sms).value("created_at"_L1));
    QVERIFY(firstFailure > 0);
    const QJsonArray adminBefore = env.notifications(env.admin());
    LM_STOP_IF_FAILED();
    auto aboutTheMessage = [&env, &adminBefore, &rows] {
        QJsonArray notices;
        for (const QJsonValue &n : added(adminBefore, env.notifications(env.admin()))) {
            const QString text =
                n.toObject().value("title"_L1).toString() + u' ' + n.toObject().value("body"_L1).toString();
            if (text.contains(rows.sms) || text.contains(u"sms"_s, Qt::CaseInsensitive))
                notices.append(n);
        }
        return notices;
    };

    // 58 minutes on: still retrying, nobody told yet.
    QVERIFY2(env.restartAtMs(firstFailure + 58 * 60 * 1000), qPrintable(env.error()));
    QTest::qWait(1000);
    QVERIFY2(aboutTheMessage().isEmpty(), qPrintable(compact(aboutTheMessage())));
    QCOMPARE(statusOf(env, rows.sms), u"queued"_s);

    // 62 minutes on: the admin hears of it, once.
    QVERIFY2(env.restartAtMs(firstFailure + 62 * 60 * 1000), qPrintable(env.error()));
    QTRY_VERIFY_WITH_TIMEOUT(!aboutTheMessage().isEmpty(), 10000);
    QTest::qWait(1000);
    QVERIFY2(aboutTheMessage().size() == 1, qPrintable(compact(aboutTheMessage())));
    QCOMPARE(statusOf(env, rows.sms), u"queued"_s); // and it keeps trying
    env.server().stop();
}

void TestServerDelivery::smtpDownThenUp()
{
    const quint16 port = freePort();
    QVERIFY(port != 0);
    Env env;
    QVERIFY2(env.start(midday(), deliveryEnv(port, {})), qPrintable(env.error()));
    const Account merchant = env.merchant(u"Patience SARL"_s);
    LM_STOP_IF_FAILED();
    const AlertRows rows = alertAt(env, merchant, 40000); // 20 %: warning, email
    LM_STOP_IF_FAILED();

    QTRY_VERIFY_WITH_TIMEOUT(rowById(env, rows.email).value("attempts"_L1).toInteger() >= 1, 15000);
    const QJsonObject waiting = rowById(env, rows.email);
    QCOMPARE(waiting.value("status"_L1).toString(), u"queued"_s);
    QVERIFY2(!waiting.value("last_error"_L1).toString().isEmpty(), qPrintable(compact(waiting)));

    MailSink sink;
    QVERIFY2(sink.start(port), qPrintable(sink.error()));
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(env, rows.email), u"sent"_s, 20000);
    QTest::qWait(1000);
    const QJsonObject row = rowById(env, rows.email);
    QVERIFY2(row.value("attempts"_L1).toInteger() >= 2, qPrintable(compact(row)));
    QVERIFY(apiTimeMs(row.value("sent_at"_L1)) - apiTimeMs(row.value("created_at"_L1)) >= 300);
    QCOMPARE(sink.messagesTo(merchant.email, row.value("subject"_L1).toString()).size(), 1);
    env.server().stop();
    sink.stop();
}

void TestServerDelivery::quietHours_data()
{
    QTest::addColumn<QTime>("at");
    QTest::addColumn<bool>("waits");
    QTest::newRow("20:59:30 sends SMS and WhatsApp now") << QTime(20, 59, 30) << false;
    QTest::newRow("21:00:30 waits for the morning") << QTime(21, 0, 30) << true;
    QTest::newRow("22:00 waits for the morning") << QTime(22, 0) << true;
    QTest::newRow("07:59:00 waits for 08:00") << QTime(7, 59, 0) << true;
    QTest::newRow("08:00:30 sends now") << QTime(8, 0, 30) << false;
}

void TestServerDelivery::quietHours()
{
    QFETCH(QTime, at);
    QFETCH(bool, waits);

    MailSink sink;
    QVERIFY2(sink.start(freePort()), qPrintable(sink.error()));
    FakeMessagesApi api;
    QVERIFY(api.listen());
    const QDate day = baseDay();
    Env env;
    QVERIFY2(env.start(localTime(day, at), deliveryEnv(sink.port(), api.baseUrl())), qPrintable(env.error()));
    const Account merchant = env.merchant(u"Nuit Calme SARL"_s, uniqueMobile());
    LM_STOP_IF_FAILED();
    const QString phone = merchant.user.value("phone"_L1).toString();
    const AlertRows rows = alertAt(env, merchant, 45000);
    LM_STOP_IF_FAILED();

    // Email never waits.
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(env, rows.email), u"sent"_s, 15000);
    QCOMPARE(sink.messagesTo(merchant.email, rowById(env, rows.email).value("subject"_L1).toString()).size(), 1);
    if (!waits) {
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(env, rows.sms) == "sent"_L1 && statusOf(env, rows.whatsapp) == "sent"_L1,
                                 15000);
        QCOMPARE(api.requests.size(), 2);
        env.server().stop();
        sink.stop();
        return;
    }
    QTest::qWait(1500); // fifteen sender passes
    for (const QString &id : {rows.sms, rows.whatsapp}) {
        const QJsonObject row = rowById(env, id);
        QVERIFY2(row.value("status"_L1).toString() == "queued"_L1, qPrintable(compact(row)));
        QVERIFY2(row.value("attempts"_L1).toInteger() == 0,
                 qPrintable(u"a postponement is not an attempt: "_s + compact(row)));
        QVERIFY(row.value("sent_at"_L1).isNull());
    }
    QVERIFY2(api.requests.isEmpty(), qPrintable(api.describe()));

    // 08:00:30 the next morning (the same morning for 07:59): out they go, once each.
    const QDate morning = at.hour() >= 21 ? day.addDays(1) : day;
    QVERIFY2(env.restartAt(localTime(morning, QTime(8, 0, 30))), qPrintable(env.error()));
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(env, rows.sms) == "sent"_L1 && statusOf(env, rows.whatsapp) == "sent"_L1, 15000);
    QTest::qWait(500);
    QVERIFY2(api.to(phone).size() == 1 && api.to(u"whatsapp:"_s + phone).size() == 1, qPrintable(api.describe()));
    QCOMPARE(rowById(env, rows.sms).value("attempts"_L1).toInteger(), 1);
    QCOMPARE(sink.messagesTo(merchant.email, rowById(env, rows.email).value("subject"_L1).toString()).size(), 1);
    env.server().stop();
    sink.stop();
}

void TestServerDelivery::merchantWithoutPhone()
{
    MailSink sink;
    QVERIFY2(sink.start(freePort()), qPrintable(sink.error()));
    FakeMessagesApi api;
    QVERIFY(api.listen());
    Env env;
    QVERIFY2(env.start(midday(), deliveryEnv(sink.port(), api.baseUrl())), qPrintable(env.error()));
    const Account merchant = env.merchant(u"Sans Téléphone SARL"_s);
    LM_STOP_IF_FAILED();
    QVERIFY(merchant.user.value("phone"_L1).isNull());
    const QJsonArray before = env.outbox();
    const AlertRows rows = alertAt(env, merchant, 45000); // critical: SMS and WhatsApp are due
    LM_STOP_IF_FAILED();
    const QJsonArray all = env.outbox();
    for (const QString &channel : {u"sms"_s, u"whatsapp"_s}) {
        const QJsonArray phoneRows = outboxTo(added(before, all), channel, QString());
        QVERIFY2(phoneRows.size() == 1, qPrintable(channel + u": "_s + compact(added(before, all))));
        const QJsonObject row = phoneRows.at(0).toObject();
        QCOMPARE(row.value("status"_L1).toString(), u"skipped"_s);
        const QString why = row.value("last_error"_L1).toString();
        QVERIFY2(why.contains(u"phone"_s, Qt::CaseInsensitive) || why.contains(u"recipient"_s, Qt::CaseInsensitive),
                 qPrintable(u"the reason does not say there is no phone: "_s + compact(row)));
    }
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(env, rows.email), u"sent"_s, 15000);
    QTest::qWait(800);
    QVERIFY2(api.requests.isEmpty(), qPrintable(api.describe()));
    env.server().stop();
    sink.stop();
}

void TestServerDelivery::noProviderSettings()
{
    Env env;
    QVERIFY2(env.start(midday(), deliveryEnv(0, {})), qPrintable(env.error()));
    const Account merchant = env.merchant(u"Hors Ligne SARL"_s, uniqueMobile());
    LM_STOP_IF_FAILED();
    const AlertRows rows = alertAt(env, merchant, 50000); // depleted: every channel
    LM_STOP_IF_FAILED();
    QVERIFY(!rows.sms.isEmpty() && !rows.whatsapp.isEmpty());
    QTest::qWait(800); // eight sender passes: nothing may pick them up
    for (const QString &id : {rows.email, rows.sms, rows.whatsapp}) {
        const QJsonObject row = rowById(env, id);
        QCOMPARE(row.value("status"_L1).toString(), u"skipped"_s);
        QVERIFY2(!row.value("last_error"_L1).toString().isEmpty(), qPrintable(compact(row)));
        QCOMPARE(row.value("attempts"_L1).toInteger(), 0);
        QVERIFY(row.value("sent_at"_L1).isNull());
    }
    env.server().stop();
}

QTEST_GUILESS_MAIN(TestServerDelivery)
#include "tst_server_delivery.moc"
