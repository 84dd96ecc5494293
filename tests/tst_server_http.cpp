// API.md "Conventions" and "Operations": body limits, JSON errors, the order of checks, unknown
// routes, /healthz and /metrics, garbage never answered with a 5xx, secrets never logged, the
// command line (--help, --print-config and its precedence, the --port 0 line).

#include "serverfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lmtest;

namespace {

constexpr int limit = 64 * 1024;

const QStringList &configurationVariables()
{
    static const QStringList names{
        u"LEADMARKET_DB"_s, u"LEADMARKET_LISTEN"_s, u"LEADMARKET_PORT"_s, u"LEADMARKET_PUBLIC_URL"_s,
        u"LEADMARKET_TLS_CERT"_s, u"LEADMARKET_TLS_KEY"_s, u"LEADMARKET_STRIPE_SECRET_KEY"_s,
        u"LEADMARKET_STRIPE_WEBHOOK_SECRET"_s, u"LEADMARKET_STRIPE_API_BASE"_s, u"LEADMARKET_CMI_CLIENT_ID"_s,
        u"LEADMARKET_CMI_STORE_KEY"_s, u"LEADMARKET_CMI_GATEWAY_URL"_s, u"LEADMARKET_SANDBOX_PAYMENTS"_s,
        u"LEADMARKET_SMTP_URL"_s, u"LEADMARKET_SMTP_USER"_s, u"LEADMARKET_SMTP_PASSWORD"_s,
        u"LEADMARKET_MAIL_FROM"_s, u"LEADMARKET_SMS_API_BASE"_s, u"LEADMARKET_SMS_ACCOUNT_SID"_s,
        u"LEADMARKET_SMS_AUTH_TOKEN"_s, u"LEADMARKET_SMS_FROM"_s, u"LEADMARKET_WHATSAPP_FROM"_s,
        u"LEADMARKET_WHATSAPP_TEMPLATE_SID"_s, u"LEADMARKET_TIMEZONE"_s, u"LEADMARKET_CLOCK_OFFSET_S"_s,
        u"LEADMARKET_TOKEN_TTL_S"_s};
    return names;
}

// The compact JSON of `object` plus a "padding" string (an unknown field, ignored) so that the
// whole body is exactly `size` bytes.
QByteArray paddedJson(QJsonObject object, int size)
{
    object.insert("padding"_L1, QString());
    const qsizetype base = QJsonDocument(object).toJson(QJsonDocument::Compact).size();
    object.insert("padding"_L1, QString(int(qMax<qsizetype>(0, size - base)), u'p'));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Invalid JSON of exactly `size` bytes.
QByteArray paddedGarbage(int size)
{
    QByteArray bytes = "{\"name\": \"unterminated"_ba;
    bytes.append(QByteArray(size - bytes.size(), 'g'));
    return bytes;
}

QString configValue(const QJsonObject &config, const QString &key)
{
    const QJsonValue value = config.value(key);
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

} // namespace

class TestServerHttp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void payloadTooLarge_data();
    void payloadTooLarge();
    void invalidJson_data();
    void invalidJson();
    void orderOfChecks_data();
    void orderOfChecks();
    void pathIdCheckedAfterAuth_data();
    void pathIdCheckedAfterAuth();
    void unknownRoute_data();
    void unknownRoute();
    void onlyExactPaths_data();
    void onlyExactPaths();
    void healthz();
    void metrics();
    void nulCharacterNeverAnswers5xx_data();
    void nulCharacterNeverAnswers5xx();
    void fuzzNeverAnswers5xx();
    void rawGarbageDoesNotCrash();
    void secretsNeverLogged();
    void databaseFilesPrivate();
    void controlCharactersEscapedInLog_data();
    void controlCharactersEscapedInLog();

    void helpListsConfiguration();
    void printConfigDefaults_data();
    void printConfigDefaults();
    void printConfigHidesSecrets_data();
    void printConfigHidesSecrets();
    void printConfigPrecedence_data();
    void printConfigPrecedence();
    void portZeroLine();

private:
    struct Route
    {
        QByteArray method;
        QString path;
        QString token;
        QJsonObject validBody;
        int okStatus = 0;
    };
    Route route(const QString &name);
    QString tokenFor(const QString &actor);

    ServerFixture m_fixture;
    ServerProcess &m_server = m_fixture.server();
    Http &m_http = m_fixture.http();
    Account &m_admin = m_fixture.admin();
    Account m_merchant;
    Account m_otherMerchant;
    Account m_influencer;
    QString m_campaignId;
    QString m_otherCampaignId;
};

void TestServerHttp::initTestCase()
{
    LM_START_SERVER_WITH_ADMIN(m_fixture);
    m_merchant = m_http.registerUser(u"merchant"_s);
    LM_VERIFY_ACCOUNT(m_merchant);
    m_otherMerchant = m_http.registerUser(u"merchant"_s);
    LM_VERIFY_ACCOUNT(m_otherMerchant);
    m_influencer = m_http.registerUser(u"influencer"_s);
    LM_VERIFY_ACCOUNT(m_influencer);
    const Response c = m_http.post(u"/api/campaigns"_s, QJsonObject{{"name"_L1, u"HTTP suite"_s}}, m_merchant.token);
    LM_VERIFY_STATUS(c, 201);
    m_campaignId = c.json.value("id"_L1).toString();
    QVERIFY(!m_campaignId.isEmpty());
    const Response o =
        m_http.post(u"/api/campaigns"_s, QJsonObject{{"name"_L1, u"Other's"_s}}, m_otherMerchant.token);
    LM_VERIFY_STATUS(o, 201);
    m_otherCampaignId = o.json.value("id"_L1).toString();
}

void TestServerHttp::cleanupTestCase()
{
    m_fixture.stop();
}

QString TestServerHttp::tokenFor(const QString &actor)
{
    if (actor == u"merchant"_s)
        return m_merchant.token;
    if (actor == u"other merchant"_s)
        return m_otherMerchant.token;
    if (actor == u"influencer"_s)
        return m_influencer.token;
    if (actor == u"admin"_s)
        return m_admin.token;
    if (actor == u"fresh merchant token"_s)
        return m_http.login(m_merchant.email, m_merchant.password).token;
    return {};
}

// A route of API.md's Auth and Campaigns tables with a caller allowed to use it and a valid body.
TestServerHttp::Route TestServerHttp::route(const QString &name)
{
    const QJsonObject newUser{{"email"_L1, uniqueEmail(u"http"_s)},
                              {"password"_L1, defaultPassword()},
                              {"role"_L1, u"influencer"_s},
                              {"display_name"_L1, u"Http"_s}};
    if (name == u"register"_s)
        return {"POST"_ba, u"/api/auth/register"_s, {}, newUser, 201};
    if (name == u"login"_s)
        return {"POST"_ba, u"/api/auth/login"_s, {},
                QJsonObject{{"email"_L1, m_influencer.email}, {"password"_L1, m_influencer.password}}, 200};
    if (name == u"logout"_s)
        return {"POST"_ba, u"/api/auth/logout"_s, tokenFor(u"fresh merchant token"_s), QJsonObject{}, 204};
    if (name == u"admin users"_s)
        return {"POST"_ba, u"/api/admin/users"_s, m_admin.token, newUser, 201};
    if (name == u"create campaign"_s)
        return {"POST"_ba, u"/api/campaigns"_s, m_merchant.token, QJsonObject{{"name"_L1, u"Padded"_s}}, 201};
    if (name == u"update campaign"_s)
        return {"PUT"_ba, u"/api/campaigns/"_s + m_campaignId, m_merchant.token,
                QJsonObject{{"description"_L1, u"padded update"_s}}, 200};
    qFatal("unknown route name %s", qPrintable(name));
}

void TestServerHttp::payloadTooLarge_data()
{
    QTest::addColumn<QString>("route");
    const QStringList routes{u"register"_s,       u"login"_s,           u"logout"_s,
                             u"admin users"_s,    u"create campaign"_s, u"update campaign"_s};
    for (const QString &name : routes)
        QTest::addRow("%s", qPrintable(name)) << name;
}

void TestServerHttp::payloadTooLarge()
{
    QFETCH(QString, route);
    // 65,537 bytes of valid JSON: refused, and nothing happens.
    const Route big = this->route(route);
    const QByteArray over = paddedJson(big.validBody, limit + 1);
    QCOMPARE(over.size(), limit + 1);
    const Response r = m_http.request(big.method, big.path, Body::raw(over), big.token);
    LM_VERIFY_ERROR(r, 413, u"payload_too_large"_s);
    if (route == u"register"_s || route == u"admin users"_s) {
        const Account nobody = m_http.login(big.validBody.value("email"_L1).toString(), defaultPassword());
        QVERIFY2(!nobody.ok(), "a refused 413 registration created the user");
    }
    if (route == u"logout"_s)
        LM_VERIFY_STATUS(m_http.get(u"/api/me"_s, big.token), 200);

    // Exactly 64 KiB is not too large.
    const Route exact = this->route(route);
    const QByteArray edge = paddedJson(exact.validBody, limit);
    QCOMPARE(edge.size(), limit);
    LM_VERIFY_STATUS(m_http.request(exact.method, exact.path, Body::raw(edge), exact.token), exact.okStatus);
}

void TestServerHttp::invalidJson_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QByteArray>("body");
    const QList<QPair<const char *, QByteArray>> bodies{
        {"unclosed brace", "{"_ba},
        {"missing value", "{\"name\": }"_ba},
        {"plain text", "not json at all"_ba},
        {"trailing garbage", "{\"name\": \"x\"} trailing"_ba},
        {"single quotes", "{'name': 'x'}"_ba},
        {"empty array", "[]"_ba},
        {"array of an object", "[{\"name\": \"x\"}]"_ba},
        {"a string", "\"name\""_ba},
        {"a number", "42"_ba},
        {"null", "null"_ba},
        {"empty body", QByteArray()},
    };
    const QStringList routes{u"register"_s, u"login"_s, u"admin users"_s, u"create campaign"_s,
                             u"update campaign"_s};
    for (const QString &name : routes) {
        for (const auto &[label, body] : bodies)
            QTest::addRow("%s: %s", qPrintable(name), label) << name << body;
    }
}

void TestServerHttp::invalidJson()
{
    QFETCH(QString, route);
    QFETCH(QByteArray, body);
    const Route target = this->route(route);
    const Response r = m_http.request(target.method, target.path, Body::raw(body), target.token);
    LM_VERIFY_ERROR(r, 400, u"invalid_json"_s);
}

void TestServerHttp::orderOfChecks_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path"); // {campaign}: the merchant's campaign; {missing}: no such id
    QTest::addColumn<QString>("body"); // valid, bad json, array, oversized, oversized bad json, invalid fields
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QString create = u"/api/campaigns"_s;
    const QString update = u"/api/campaigns/{campaign}"_s;
    const QString missing = u"/api/campaigns/{missing}"_s;
    const QString users = u"/api/admin/users"_s;
    const QString unauth = u"unauthenticated"_s;
    const QString forbidden = u"forbidden"_s;
    const QString tooLarge = u"payload_too_large"_s;
    const QString badJson = u"invalid_json"_s;
    const QString invalid = u"validation_failed"_s;
    const QString notFound = u"not_found"_s;

    QTest::newRow("401 before 413: anonymous, oversized") << u"anonymous"_s << "POST"_ba << create << u"oversized"_s << 401 << unauth;
    QTest::newRow("401 before 400: anonymous, bad JSON") << u"anonymous"_s << "POST"_ba << create << u"bad json"_s << 401 << unauth;
    QTest::newRow("401 before all: anonymous admin route, oversized bad JSON") << u"anonymous"_s << "POST"_ba << users << u"oversized bad json"_s << 401 << unauth;
    QTest::newRow("401 before 404: anonymous, missing campaign") << u"anonymous"_s << "PUT"_ba << missing << u"valid"_s << 401 << unauth;
    QTest::newRow("403 before 400: merchant on admin route, bad JSON") << u"merchant"_s << "POST"_ba << users << u"bad json"_s << 403 << forbidden;
    QTest::newRow("403 before 413: influencer creating a campaign, oversized") << u"influencer"_s << "POST"_ba << create << u"oversized"_s << 403 << forbidden;
    QTest::newRow("403 before 422: admin creating a campaign, invalid fields") << u"admin"_s << "POST"_ba << create << u"invalid fields"_s << 403 << forbidden;
    QTest::newRow("403 before 404: influencer, missing campaign") << u"influencer"_s << "PUT"_ba << missing << u"valid"_s << 403 << forbidden;
    QTest::newRow("413 before 400: merchant, oversized bad JSON") << u"merchant"_s << "POST"_ba << create << u"oversized bad json"_s << 413 << tooLarge;
    QTest::newRow("413 before 404: owner, missing campaign, oversized") << u"merchant"_s << "PUT"_ba << missing << u"oversized"_s << 413 << tooLarge;
    QTest::newRow("413 on an anonymous route, oversized bad JSON") << u"anonymous"_s << "POST"_ba << u"/api/auth/register"_s << u"oversized bad json"_s << 413 << tooLarge;
    QTest::newRow("400 before 422: merchant, bad JSON") << u"merchant"_s << "POST"_ba << create << u"bad json"_s << 400 << badJson;
    QTest::newRow("400 before 422: merchant, JSON array") << u"merchant"_s << "POST"_ba << create << u"array"_s << 400 << badJson;
    QTest::newRow("400 before 404: owner, missing campaign, bad JSON") << u"merchant"_s << "PUT"_ba << missing << u"bad json"_s << 400 << badJson;
    QTest::newRow("422: merchant, invalid fields") << u"merchant"_s << "POST"_ba << create << u"invalid fields"_s << 422 << invalid;
    QTest::newRow("422 before 404: owner, missing campaign, invalid status") << u"merchant"_s << "PUT"_ba << missing << u"invalid fields"_s << 422 << invalid;
    QTest::newRow("422 before 404: other merchant's campaign, invalid status") << u"other merchant"_s << "PUT"_ba << update << u"invalid fields"_s << 422 << invalid;
    QTest::newRow("404: owner, missing campaign") << u"merchant"_s << "PUT"_ba << missing << u"valid"_s << 404 << notFound;
    QTest::newRow("404: other merchant's campaign") << u"other merchant"_s << "PUT"_ba << update << u"valid"_s << 404 << notFound;
}

void TestServerHttp::orderOfChecks()
{
    QFETCH(QString, actor);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, body);
    QFETCH(int, status);
    QFETCH(QString, code);

    path.replace(u"{campaign}"_s, m_campaignId).replace(u"{missing}"_s, u"999999999"_s);
    QJsonObject valid;
    QJsonObject invalidFields;
    if (path == u"/api/admin/users"_s || path == u"/api/auth/register"_s) {
        valid = QJsonObject{{"email"_L1, uniqueEmail(u"order"_s)},
                            {"password"_L1, defaultPassword()},
                            {"role"_L1, u"merchant"_s},
                            {"display_name"_L1, u"Order"_s}};
        invalidFields = valid;
        invalidFields.insert("password"_L1, u"short"_s);
    } else if (method == "POST") {
        valid = QJsonObject{{"name"_L1, u"Order of checks"_s}};
        invalidFields = QJsonObject{{"name"_L1, QString()}};
    } else {
        valid = QJsonObject{{"name"_L1, u"Order of checks"_s}};
        invalidFields = QJsonObject{{"status"_L1, u"deleted"_s}};
    }
    Body payload;
    if (body == u"valid"_s)
        payload = valid;
    else if (body == u"invalid fields"_s)
        payload = invalidFields;
    else if (body == u"bad json"_s)
        payload = Body::raw("{\"name\": "_ba);
    else if (body == u"array"_s)
        payload = QJsonArray{valid};
    else if (body == u"oversized"_s)
        payload = Body::raw(paddedJson(valid, limit + 1));
    else if (body == u"oversized bad json"_s)
        payload = Body::raw(paddedGarbage(limit + 1));
    else
        QFAIL("unknown body kind");

    const Response r = m_http.request(method, path, payload, tokenFor(actor));
    LM_VERIFY_ERROR(r, status, code);
    // None of these refused requests renamed the merchant's campaign.
    const std::optional<QJsonArray> own = m_http.listAll(u"/api/campaigns"_s, m_merchant.token);
    QVERIFY(own.has_value());
    for (const QJsonValue &item : *own) {
        if (item.toObject().value("id"_L1).toString() == m_campaignId)
            QCOMPARE(item.toObject().value("name"_L1).toString(), u"HTTP suite"_s);
    }
}

void TestServerHttp::pathIdCheckedAfterAuth_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("body"); // valid, bad json, invalid fields
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QString validate = u"/api/leads/%20/validate"_s;
    const QString validateWord = u"/api/leads/not-a-uuid/validate"_s;
    const QString receipt = u"/api/payments/%20/receipt.pdf"_s;
    const QString unauth = u"unauthenticated"_s;
    const QString forbidden = u"forbidden"_s;
    const QString notFound = u"not_found"_s;

    QTest::newRow("401: anonymous, lead id not-a-uuid") << u"anonymous"_s << "PUT"_ba << validateWord << u"valid"_s << 401 << unauth;
    QTest::newRow("401: anonymous, lead id %20") << u"anonymous"_s << "PUT"_ba << validate << u"valid"_s << 401 << unauth;
    QTest::newRow("401: anonymous, lead id %0a") << u"anonymous"_s << "GET"_ba << u"/api/leads/%0a"_s << u"none"_s << 401 << unauth;
    QTest::newRow("401: anonymous, payment id %20") << u"anonymous"_s << "GET"_ba << receipt << u"none"_s << 401 << unauth;
    QTest::newRow("401: anonymous, notification id %22") << u"anonymous"_s << "PUT"_ba << u"/api/notifications/%22/read"_s << u"none"_s << 401 << unauth;
    QTest::newRow("401: anonymous, job name %3C") << u"anonymous"_s << "POST"_ba << u"/api/admin/jobs/%3C/run"_s << u"none"_s << 401 << unauth;
    QTest::newRow("401: anonymous, merchant id %C3%A9") << u"anonymous"_s << "PUT"_ba << u"/api/admin/merchants/%C3%A9"_s << u"valid"_s << 401 << unauth;
    QTest::newRow("403: influencer validating, lead id %20") << u"influencer"_s << "PUT"_ba << validate << u"valid"_s << 403 << forbidden;
    QTest::newRow("403: influencer, payment id %20") << u"influencer"_s << "GET"_ba << receipt << u"none"_s << 403 << forbidden;
    QTest::newRow("403: influencer, campaign id %20") << u"influencer"_s << "PUT"_ba << u"/api/campaigns/%20"_s << u"valid"_s << 403 << forbidden;
    QTest::newRow("403: merchant, job name %3C") << u"merchant"_s << "POST"_ba << u"/api/admin/jobs/%3C/run"_s << u"none"_s << 403 << forbidden;
    QTest::newRow("403: merchant, merchant id %C3%A9") << u"merchant"_s << "PUT"_ba << u"/api/admin/merchants/%C3%A9"_s << u"valid"_s << 403 << forbidden;
    QTest::newRow("400 before 404: merchant, lead id %20, bad JSON") << u"merchant"_s << "PUT"_ba << validate << u"bad json"_s << 400 << u"invalid_json"_s;
    QTest::newRow("404: merchant, lead id %20") << u"merchant"_s << "PUT"_ba << validate << u"valid"_s << 404 << notFound;
    QTest::newRow("404: merchant, lead id not-a-uuid") << u"merchant"_s << "PUT"_ba << validateWord << u"valid"_s << 404 << notFound;
    QTest::newRow("404: merchant, payment id %20") << u"merchant"_s << "GET"_ba << receipt << u"none"_s << 404 << notFound;
    QTest::newRow("404: merchant, payment id not-a-uuid") << u"merchant"_s << "GET"_ba << u"/api/payments/not-a-uuid"_s << u"none"_s << 404 << notFound;
    QTest::newRow("404: admin, payment id %20") << u"admin"_s << "GET"_ba << receipt << u"none"_s << 404 << notFound;
    QTest::newRow("404: admin, merchant id %C3%A9") << u"admin"_s << "PUT"_ba << u"/api/admin/merchants/%C3%A9"_s << u"valid"_s << 404 << notFound;
    QTest::newRow("404: merchant, notification id %22") << u"merchant"_s << "PUT"_ba << u"/api/notifications/%22/read"_s << u"none"_s << 404 << notFound;
}

// A path id is checked only after authentication and the role (API.md's order of checks): how an
// id is spelled tells an anonymous caller or a wrong role nothing.
void TestServerHttp::pathIdCheckedAfterAuth()
{
    QFETCH(QString, actor);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, body);
    QFETCH(int, status);
    QFETCH(QString, code);

    QJsonObject valid;
    if (path.startsWith(u"/api/leads/"_s))
        valid = QJsonObject{{"quality_score"_L1, 7}};
    else if (path.startsWith(u"/api/admin/merchants/"_s))
        valid = QJsonObject{{"status"_L1, u"active"_s}};
    else if (path.startsWith(u"/api/campaigns/"_s))
        valid = QJsonObject{{"name"_L1, u"Malformed id"_s}};
    Body payload;
    if (body == u"valid"_s)
        payload = valid;
    else if (body == u"bad json"_s)
        payload = Body::raw("{\"quality_score\": "_ba);
    else if (method != "GET")
        payload = QJsonObject{};
    const Response r = m_http.request(method, path, payload, tokenFor(actor));
    LM_VERIFY_ERROR(r, status, code);
}

void TestServerHttp::unknownRoute_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("withToken");
    QTest::newRow("GET /api/nope with a token") << "GET"_ba << u"/api/nope"_s << true;
    QTest::newRow("GET /nope") << "GET"_ba << u"/nope"_s << false;
    QTest::newRow("GET /api/campaigns/<id>/extra with a token") << "GET"_ba << u"/api/campaigns/1/extra/segments"_s << true;
    QTest::newRow("POST /api/auth/nope") << "POST"_ba << u"/api/auth/nope"_s << false;
    QTest::newRow("wrong method DELETE /api/campaigns (API.md lists no 405)") << "DELETE"_ba << u"/api/campaigns"_s << true;
    QTest::newRow("wrong method GET /api/auth/register") << "GET"_ba << u"/api/auth/register"_s << false;
}

void TestServerHttp::unknownRoute()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(bool, withToken);
    const Response r = m_http.request(method, path, Body(), withToken ? m_merchant.token : QString());
    LM_VERIFY_ERROR(r, 404, u"not_found"_s);
    QVERIFY2(r.header("Content-Type"_ba).startsWith("application/json"), qPrintable(r.describe()));
}

void TestServerHttp::onlyExactPaths_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path"); // {campaign}: the merchant's campaign
    QTest::addColumn<QString>("actor");

    QTest::newRow("GET /metrics/") << "GET"_ba << u"/metrics/"_s << u"anonymous"_s;
    QTest::newRow("GET //x/metrics") << "GET"_ba << u"//x/metrics"_s << u"anonymous"_s;
    QTest::newRow("POST //x/api/auth/login") << "POST"_ba << u"//x/api/auth/login"_s << u"anonymous"_s;
    QTest::newRow("GET /healthz/") << "GET"_ba << u"/healthz/"_s << u"anonymous"_s;
    QTest::newRow("POST /api/auth/login/") << "POST"_ba << u"/api/auth/login/"_s << u"anonymous"_s;
    QTest::newRow("POST /api/auth/register/") << "POST"_ba << u"/api/auth/register/"_s << u"anonymous"_s;
    QTest::newRow("POST /api//auth/login") << "POST"_ba << u"/api//auth/login"_s << u"anonymous"_s;
    QTest::newRow("GET /api/me/") << "GET"_ba << u"/api/me/"_s << u"merchant"_s;
    QTest::newRow("GET /api/me//") << "GET"_ba << u"/api/me//"_s << u"merchant"_s;
    QTest::newRow("GET /api/campaigns/") << "GET"_ba << u"/api/campaigns/"_s << u"merchant"_s;
    QTest::newRow("POST /api/campaigns/") << "POST"_ba << u"/api/campaigns/"_s << u"merchant"_s;
    QTest::newRow("PUT /api/campaigns/{id}/") << "PUT"_ba << u"/api/campaigns/{campaign}/"_s << u"merchant"_s;
    QTest::newRow("PUT /api/campaigns//{id}") << "PUT"_ba << u"/api/campaigns//{campaign}"_s << u"merchant"_s;
    QTest::newRow("GET /api/leads/deposits/me/") << "GET"_ba << u"/api/leads/deposits/me/"_s << u"merchant"_s;
    QTest::newRow("GET /api/admin/outbox/") << "GET"_ba << u"/api/admin/outbox/"_s << u"admin"_s;
    QTest::newRow("POST /api/admin/jobs/deposit-check/run/") << "POST"_ba << u"/api/admin/jobs/deposit-check/run/"_s
                                                             << u"admin"_s;
}

// A variant spelling of a route's path (trailing slash, doubled slash) is another path: 404, so that
// a proxy's rules written for the exact path cannot be bypassed; so is a target starting "//x/"
// (not an authority "x" and a path "/…": the server reads targets as they are spelled).
void TestServerHttp::onlyExactPaths()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, actor);
    path.replace(u"{campaign}"_s, m_campaignId);
    QJsonObject body;
    if (path.contains(u"auth/login"_s))
        body = QJsonObject{{"email"_L1, m_influencer.email}, {"password"_L1, m_influencer.password}};
    else if (path.contains(u"auth/register"_s))
        body = QJsonObject{{"email"_L1, uniqueEmail(u"exact"_s)},
                           {"password"_L1, defaultPassword()},
                           {"role"_L1, u"influencer"_s},
                           {"display_name"_L1, u"Exact"_s}};
    else if (path.contains(u"campaigns"_s))
        body = QJsonObject{{"name"_L1, u"Trailing slash"_s}};
    const Response r = m_http.request(method, path, method == "GET" ? Body() : Body(body), tokenFor(actor));
    LM_VERIFY_ERROR(r, 404, u"not_found"_s);
    QVERIFY2(r.header("Content-Type"_ba).startsWith("application/json"), qPrintable(r.describe()));
    // Nothing was done under the variant path.
    const std::optional<QJsonArray> own = m_http.listAll(u"/api/campaigns"_s, m_merchant.token);
    QVERIFY(own.has_value());
    for (const QJsonValue &item : *own)
        QVERIFY(item.toObject().value("name"_L1).toString() != u"Trailing slash"_s);
}

void TestServerHttp::healthz()
{
    const Response r = m_http.get(u"/healthz"_s);
    LM_VERIFY_STATUS(r, 200);
    QCOMPARE(r.json.value("status"_L1).toString(), u"ok"_s);
}

void TestServerHttp::metrics()
{
    LM_VERIFY_STATUS(m_http.get(u"/api/me"_s, m_merchant.token), 200);
    const Response r = m_http.get(u"/metrics"_s);
    LM_VERIFY_STATUS(r, 200);
    QVERIFY2(r.header("Content-Type"_ba).startsWith("text/plain"), qPrintable(r.describe()));
    static const QRegularExpression sample(
        u"^leadmarket_[a-zA-Z0-9_:]*(\\{[^}]*\\})?\\s+[-+]?([0-9.]+([eE][-+]?[0-9]+)?|NaN|Inf)(\\s+-?[0-9]+)?\\s*$"_s,
        QRegularExpression::MultilineOption);
    QVERIFY2(sample.match(QString::fromUtf8(r.body)).hasMatch(),
             qPrintable(u"no Prometheus sample line named leadmarket_…: "_s + r.describe()));
}

void TestServerHttp::nulCharacterNeverAnswers5xx_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("field");
    QTest::newRow("register display_name") << u"register"_s << u"display_name"_s;
    QTest::newRow("register email") << u"register"_s << u"email"_s;
    QTest::newRow("register password") << u"register"_s << u"password"_s;
    QTest::newRow("login email") << u"login"_s << u"email"_s;
    QTest::newRow("admin users display_name") << u"admin users"_s << u"display_name"_s;
    QTest::newRow("create campaign name") << u"create campaign"_s << u"name"_s;
    QTest::newRow("create campaign description") << u"create campaign"_s << u"description"_s;
    QTest::newRow("update campaign name") << u"update campaign"_s << u"name"_s;
    QTest::newRow("update campaign description") << u"update campaign"_s << u"description"_s;
}

// A JSON string may carry U+0000 ("\u0000"); PostgreSQL text cannot store it. Whatever the server
// decides (store, strip or 422), it is bad input, never a 5xx.
void TestServerHttp::nulCharacterNeverAnswers5xx()
{
    QFETCH(QString, route);
    QFETCH(QString, field);
    Route target = this->route(route);
    target.validBody.insert(field, QString(u"a"_s + QChar(0) + u"b"_s));
    const Response r = m_http.request(target.method, target.path, target.validBody, target.token);
    QVERIFY2(r.status >= 200 && r.status < 500, qPrintable(r.describe()));
}

void TestServerHttp::fuzzNeverAnswers5xx()
{
    const quint32 seed = 20261109;
    QRandomGenerator random(seed);
    qInfo("fuzz seed %u", seed);

    const Account logoutAccount = m_http.registerUser(u"merchant"_s);
    LM_VERIFY_ACCOUNT(logoutAccount);
    const Response created =
        m_http.post(u"/api/campaigns"_s, QJsonObject{{"name"_L1, u"Fuzz target"_s}}, m_merchant.token);
    LM_VERIFY_STATUS(created, 201);
    const QString fuzzCampaign = created.json.value("id"_L1).toString();
    struct Target
    {
        QByteArray method;
        QString path;
        QString token;
        QStringList keys;
    };
    const QStringList userKeys{u"email"_s, u"password"_s, u"role"_s, u"display_name"_s, u"phone"_s};
    const QStringList campaignKeys{u"name"_s,
                                   u"description"_s,
                                   u"status"_s,
                                   u"commission_rate_bp"_s,
                                   u"fixed_commission_cents"_s,
                                   u"fixed_threshold_cents"_s,
                                   u"influencer_share_bp"_s};
    const QList<Target> targets{
        {"POST"_ba, u"/api/auth/register"_s, {}, userKeys},
        {"POST"_ba, u"/api/auth/login"_s, {}, userKeys},
        {"POST"_ba, u"/api/auth/logout"_s, logoutAccount.token, {}},
        {"GET"_ba, u"/api/me"_s, m_influencer.token, {}},
        {"POST"_ba, u"/api/admin/users"_s, m_admin.token, userKeys},
        {"GET"_ba, u"/api/campaigns"_s, m_influencer.token, {}},
        {"POST"_ba, u"/api/campaigns"_s, m_merchant.token, campaignKeys},
        {"PUT"_ba, u"/api/campaigns/"_s + fuzzCampaign, m_merchant.token, campaignKeys},
        {"PUT"_ba, u"/api/campaigns/not-an-id%00"_s, m_admin.token, campaignKeys},
    };

    const auto randomString = [&random]() {
        static const QList<QString> pieces{u"a"_s, u"é"_s, u"ا"_s, u"😀"_s, u" "_s, u"\""_s, u"\\"_s,
                                           QString(QChar(0)), u"\n"_s, u"@"_s, u"+212"_s, u"'; DROP TABLE users; --"_s,
                                           u"%s%n"_s, u"../../etc/passwd"_s, u"<script>"_s};
        QString text;
        const int n = random.bounded(40);
        for (int i = 0; i < n; ++i)
            text += pieces.at(random.bounded(int(pieces.size())));
        if (random.bounded(10) == 0)
            text += QString(random.bounded(5000, 70000), u'z');
        return text;
    };
    std::function<QJsonValue(int)> randomValue = [&](int depth) -> QJsonValue {
        switch (random.bounded(depth > 2 ? 7 : 9)) {
        case 0: return QJsonValue(randomString());
        case 1: return QJsonValue(qint64(random.generate64()) >> random.bounded(64));
        case 2: return QJsonValue(-qint64(random.bounded(100000)));
        case 3: return QJsonValue(random.generateDouble() * 1e30);
        case 4: return QJsonValue(random.bounded(2) == 0);
        case 5: return QJsonValue(QJsonValue::Null);
        case 6: return QJsonValue(1.5);
        case 7: return QJsonArray{randomValue(depth + 1), randomValue(depth + 1)};
        default: return QJsonObject{{"k"_L1, randomValue(depth + 1)}};
        }
    };
    QList<QByteArray> fixedBodies{
        QByteArray(5000, '['),
        "{\"a\":"_ba.repeated(3000),
        "\xff\xfe\xfd"_ba,
        "{\"email\": \"\\ud800\", \"name\": \"\\ud800\"}"_ba,
        "{\"name\": 1e999, \"commission_rate_bp\": 1e999}"_ba,
        "{\"commission_rate_bp\": 9223372036854775808, \"fixed_commission_cents\": -9223372036854775809}"_ba,
        QByteArray("{\"name\": \"a\0b\", \"email\": \"a\0@b.c\"}", 36),
        "{\"name\": \"x\", \"name\": \"y\"}"_ba,
        "{\"status\": \"depleted\", \"paused_reason\": \"admin\"}"_ba,
        "{\"role\": \"admin\", \"email\": \"x@y.z\", \"password\": \"0123456789\", \"display_name\": \"x\"}"_ba,
        "\xef\xbb\xbf{\"name\": \"bom\"}"_ba,
        "{\"password\": 12345678901, \"email\": [\"a@b.c\"]}"_ba,
    };
    const QList<Headers> oddHeaders{
        {},
        {{"Content-Type"_ba, "text/plain"_ba}},
        {{"Content-Type"_ba, "application/json; charset=latin1"_ba}},
        {{"Content-Type"_ba, "multipart/form-data; boundary=zz"_ba}},
        {{"Content-Encoding"_ba, "gzip"_ba}},
        {{"Accept"_ba, "application/xml"_ba}, {"Accept-Language"_ba, "ar-MA;q=0.9, *"_ba}},
        {{"Idempotency-Key"_ba, QByteArray(300, 'k')}},
        {{"Idempotency-Key"_ba, QByteArray()}},
        {{"X-Forwarded-For"_ba, "999.999.1.1, garbage"_ba}},
        {{"Authorization"_ba, "Bearer "_ba + QByteArray(5000, 'a')}},
        {{"Authorization"_ba, "Bearer \t"_ba}},
        {{"Authorization"_ba, "Bearer \xc3\xa9\xff"_ba}},
        {{"Authorization"_ba, "Bearer a b c"_ba}},
    };

    int sent = 0;
    QStringList failures;
    for (const Target &target : targets) {
        QList<QByteArray> bodies = fixedBodies;
        for (int i = 0; i < 24; ++i) {
            QJsonObject object;
            const QStringList keys = target.keys.isEmpty() ? QStringList{u"x"_s} : target.keys;
            for (const QString &key : keys) {
                if (random.bounded(3) != 0)
                    object.insert(key, randomValue(0));
            }
            bodies.append(QJsonDocument(object).toJson(QJsonDocument::Compact));
        }
        for (int i = 0; i < 6; ++i) {
            QByteArray bytes(random.bounded(300), Qt::Uninitialized);
            for (char &c : bytes)
                c = char(random.bounded(256));
            bodies.append(bytes);
        }
        for (int i = 0; i < bodies.size(); ++i) {
            const Headers &headers = oddHeaders.at(i % oddHeaders.size());
            const bool anonymous = i % 5 == 4;
            const Body body = Body::raw(bodies.at(i), headers.isEmpty() || headers.first().first != "Content-Type"
                                                          ? "application/json"_ba
                                                          : QByteArray());
            const Response r =
                m_http.request(target.method, target.path, body, anonymous ? QString() : target.token, headers);
            ++sent;
            if (r.status < 200 || r.status >= 500) {
                failures.append(u"body #%1 (%2 bytes, headers set %3, %4): "_s.arg(i)
                                    .arg(bodies.at(i).size())
                                    .arg(i % oddHeaders.size())
                                    .arg(anonymous ? u"anonymous"_s : u"with token"_s)
                                + r.describe() + u"\n  body sent (percent-encoded): "_s
                                + QString::fromLatin1(bodies.at(i).left(400).toPercentEncoding(
                                    " {}[]\":,.-_+@'/;<>=!?#$&()*"_ba)));
            }
        }
    }
    const QStringList queries{u"?limit=-1"_s,
                              u"?limit=abc"_s,
                              u"?limit=99999999999999999999999"_s,
                              u"?limit=0"_s,
                              u"?cursor=garbage"_s,
                              u"?cursor=%00%ff"_s,
                              u"?cursor="_s + QString(3000, u'c'),
                              u"?updated_since=yesterday"_s,
                              u"?updated_since=2026-13-45T99:99:99Z"_s,
                              u"?updated_since=1e999"_s,
                              u"?limit=1&limit=2&cursor=&updated_since="_s};
    for (const QString &query : queries) {
        for (const QString &token : {m_merchant.token, m_influencer.token, m_admin.token}) {
            const Response r = m_http.get(u"/api/campaigns"_s + query, token);
            ++sent;
            if (r.status < 200 || r.status >= 500)
                failures.append(r.describe());
        }
    }
    qInfo("%d fuzzed requests", sent);
    QVERIFY2(failures.isEmpty(), qPrintable(u"%1 of %2 requests answered with a 5xx or not at all:\n"_s
                                                .arg(failures.size())
                                                .arg(sent)
                                            + failures.mid(0, 12).join(u"\n"_s)));
    QVERIFY(m_server.isRunning());
    LM_VERIFY_STATUS(m_http.get(u"/healthz"_s), 200);
    LM_VERIFY_STATUS(m_http.get(u"/api/me"_s, m_merchant.token), 200);
}

void TestServerHttp::rawGarbageDoesNotCrash()
{
    const QByteArray host = "Host: 127.0.0.1\r\n"_ba;
    QByteArray manyHeaders = "GET /healthz HTTP/1.1\r\n"_ba + host;
    for (int i = 0; i < 1000; ++i)
        manyHeaders += "X-H" + QByteArray::number(i) + ": v\r\n";
    manyHeaders += "\r\n";
    const QList<QPair<const char *, QByteArray>> requests{
        {"not HTTP", "GARBAGE\r\n\r\n"_ba},
        {"HTTP/9.9", "GET /healthz HTTP/9.9\r\n\r\n"_ba},
        {"huge Content-Length", "POST /api/auth/login HTTP/1.1\r\n"_ba + host
                                    + "Content-Length: 99999999999999999999\r\n\r\n{}"_ba},
        {"negative Content-Length", "POST /api/auth/login HTTP/1.1\r\n"_ba + host + "Content-Length: -1\r\n\r\n{}"_ba},
        {"two Content-Lengths", "POST /api/auth/login HTTP/1.1\r\n"_ba + host
                                    + "Content-Length: 2\r\nContent-Length: 7\r\n\r\n{}"_ba},
        {"bad chunk", "POST /api/auth/login HTTP/1.1\r\n"_ba + host + "Transfer-Encoding: chunked\r\n\r\nzz\r\n\r\n"_ba},
        {"100 KB header line", "GET /healthz HTTP/1.1\r\n"_ba + host + "X-Long: "_ba + QByteArray(100000, 'l')
                                   + "\r\n\r\n"_ba},
        {"control bytes in Authorization", "GET /api/me HTTP/1.1\r\n"_ba + host
                                               + QByteArray("Authorization: Bearer \0\x01\xff\r\n\r\n", 31)},
        {"TLS client hello on HTTP", QByteArray::fromHex("16030100a5010000a10303")
                                         + QByteArray(160, '\x01')},
        {"1000 headers", manyHeaders},
        {"path with NUL and dots", "GET /api/../%00/..%2f HTTP/1.1\r\n"_ba + host + "\r\n"_ba},
        {"truncated body then close", "POST /api/auth/login HTTP/1.1\r\n"_ba + host
                                          + "Content-Type: application/json\r\nContent-Length: 50\r\n\r\n{\"a\":"_ba},
    };
    for (const auto &[label, bytes] : requests) {
        QTcpSocket socket;
        socket.connectToHost(m_server.baseUrl().host(), quint16(m_server.baseUrl().port()));
        QVERIFY2(socket.waitForConnected(5000), label);
        socket.write(bytes);
        socket.flush();
        QByteArray answer;
        if (qstrcmp(label, "truncated body then close") != 0) {
            QDeadlineTimer deadline(1500);
            while (!deadline.hasExpired() && socket.state() == QAbstractSocket::ConnectedState
                   && !answer.contains("\r\n\r\n")) {
                if (socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
                    answer += socket.readAll();
            }
            answer += socket.readAll();
        }
        socket.abort();
        static const QRegularExpression statusLine(u"^HTTP/1\\.[01] (\\d{3})"_s);
        const QRegularExpressionMatch match = statusLine.match(QString::fromLatin1(answer.left(64)));
        if (match.hasMatch())
            QVERIFY2(match.captured(1).toInt() < 500, qPrintable(QString::fromLatin1(label) + u": "_s
                                                                  + QString::fromLatin1(answer.left(300))));
        QVERIFY2(m_server.isRunning(), label);
    }
    LM_VERIFY_STATUS(m_http.get(u"/healthz"_s), 200);
    LM_VERIFY_STATUS(m_http.get(u"/api/me"_s, m_merchant.token), 200);
}

void TestServerHttp::secretsNeverLogged()
{
    const QString sfx = uniqueSuffix();
    const QString stripeKey = u"sk_test_leakcheck"_s + sfx;
    const QString smtpPassword = u"smtp-leakcheck-"_s + sfx;
    QProcessEnvironment env;
    env.insert(u"LEADMARKET_STRIPE_SECRET_KEY"_s, stripeKey);
    env.insert(u"LEADMARKET_SMTP_PASSWORD"_s, smtpPassword);
    ServerFixture fixture;
    LM_START_SERVER(fixture, {u"--log-level"_s, u"debug"_s}, env);
    ServerProcess &server = fixture.server();
    Http &http = fixture.http();

    const QString password = u"Secret-Pa55word-"_s + sfx;
    const QString wrongPassword = u"Wrong-Pa55word-"_s + sfx;
    const QString adminMadePassword = u"Admin-Made-Pa55-"_s + sfx;
    const QString refusedPassword = u"Refused-Pa55-"_s + sfx;
    const QString email = uniqueEmail(u"leak"_s);

    const Account admin = http.createAdmin(fixture.db().url());
    LM_VERIFY_ACCOUNT(admin);
    LM_VERIFY_STATUS(http.post(u"/api/auth/register"_s, QJsonObject{{"email"_L1, email},
                                                                      {"password"_L1, password},
                                                                      {"role"_L1, u"merchant"_s},
                                                                      {"display_name"_L1, u"Leak check"_s}}),
                     201);
    LM_VERIFY_ERROR(http.post(u"/api/auth/register"_s, QJsonObject{{"email"_L1, uniqueEmail(u"leak"_s)},
                                                                     {"password"_L1, refusedPassword},
                                                                     {"role"_L1, u"admin"_s},
                                                                     {"display_name"_L1, u"Refused"_s}}),
                    422, u"validation_failed"_s);
    LM_VERIFY_ERROR(http.post(u"/api/auth/login"_s, QJsonObject{{"email"_L1, email}, {"password"_L1, wrongPassword}}),
                    401, u"invalid_credentials"_s);
    const Account account = http.login(email, password);
    LM_VERIFY_ACCOUNT(account);
    LM_VERIFY_STATUS(http.get(u"/api/me"_s, account.token), 200);
    LM_VERIFY_STATUS(http.post(u"/api/campaigns"_s, QJsonObject{{"name"_L1, u"Leak"_s}}, account.token), 201);
    LM_VERIFY_STATUS(http.get(u"/api/campaigns"_s, account.token), 200);
    LM_VERIFY_STATUS(http.request("POST"_ba, u"/api/campaigns"_s, Body::raw("{bad"_ba), account.token), 400);
    LM_VERIFY_STATUS(http.post(u"/api/admin/users"_s, QJsonObject{{"email"_L1, uniqueEmail(u"leak"_s)},
                                                                    {"password"_L1, adminMadePassword},
                                                                    {"role"_L1, u"influencer"_s},
                                                                    {"display_name"_L1, u"Made"_s}},
                               admin.token),
                     201);
    LM_VERIFY_STATUS(http.post(u"/api/auth/logout"_s, Body(), account.token), 204);
    LM_VERIFY_STATUS(http.get(u"/api/me"_s, account.token), 401);
    server.stop();

    const QByteArray log = server.stderrOutput();
    QVERIFY2(!log.isEmpty(), "the server wrote nothing to stderr at --log-level debug");
    const QList<QPair<const char *, QString>> secrets{
        {"password", password},
        {"wrong password", wrongPassword},
        {"password given to POST /api/admin/users", adminMadePassword},
        {"password of a refused registration", refusedPassword},
        {"bearer token", account.token},
        {"admin bearer token", admin.token},
        {"admin password (add-user)", defaultPassword()},
        {"LEADMARKET_STRIPE_SECRET_KEY", stripeKey},
        {"LEADMARKET_SMTP_PASSWORD", smtpPassword},
    };
    for (const auto &[what, secret] : secrets) {
        const qsizetype at = log.indexOf(secret.toUtf8());
        QVERIFY2(at < 0, qPrintable(u"the server's stderr contains the "_s + QString::fromLatin1(what) + u": …"_s
                                    + QString::fromUtf8(log.mid(qMax<qsizetype>(0, at - 120), 240)) + u"…"_s));
    }
}

// The SQLite database and its -wal and -shm files hold contacts and password hashes: mode 0600.
void TestServerHttp::databaseFilesPrivate()
{
    if (TestDatabase::enginePostgres())
        QSKIP("SQLite files only");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"fresh.db"_s);
    QVERIFY(!QFile::exists(path));
    ServerProcess server(u"sqlite:"_s + path);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Http http(server.baseUrl());
    LM_VERIFY_ACCOUNT(http.registerUser(u"merchant"_s)); // a write: the WAL exists

    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        const QFileInfo file(path + suffix);
        QVERIFY2(file.exists(), qPrintable(file.filePath() + u" does not exist"_s));
        // QFileInfo reports ReadUser/ReadOwner alike for the owner: compare the owner/group/other bits.
        const QFileDevice::Permissions mode =
            file.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
        QVERIFY2(mode == ownerOnly,
                 qPrintable(file.filePath() + u": mode "_s + QString::number(int(file.permissions()), 16)));
    }
    server.stop();
}

void TestServerHttp::controlCharactersEscapedInLog_data()
{
    QTest::addColumn<QString>("path"); // {forged}: a whole forged log line
    QTest::addColumn<QByteArray>("escaped"); // what the log shows instead of the control character

    QTest::newRow("%0a in a lead id") << u"/api/leads/%0a{forged}"_s << "\\n"_ba;
    QTest::newRow("%0d%0a in an unknown path") << u"/nope%0d%0a{forged}"_s << "\\x0d\\n"_ba;
    QTest::newRow("%0b and %1b in a path") << u"/api/me/%0b%1b{forged}"_s << "\\x0b\\x1b"_ba;
}

// A control character in a request never lets the client write a line of its own into the log.
void TestServerHttp::controlCharactersEscapedInLog()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, escaped);
    const QString forged = u"[2026-01-01 00:00:00.000] [server] [info] forged "_s + uniqueSuffix();
    path.replace(u"{forged}"_s, QString::fromLatin1(QUrl::toPercentEncoding(forged)));
    const Response r = m_http.get(path, m_merchant.token);
    LM_VERIFY_ERROR(r, 404, u"not_found"_s);

    const QByteArray log = m_server.stderrOutput();
    const QList<QByteArray> lines = log.split('\n');
    for (const QByteArray &line : lines) {
        const QByteArray trimmed = line.startsWith('\r') ? line.mid(1) : line;
        QVERIFY2(!trimmed.startsWith(forged.left(20).toUtf8()),
                 qPrintable(u"a forged log line: "_s + QString::fromUtf8(line)));
    }
    QVERIFY2(log.contains(QByteArray(escaped + forged.toUtf8())),
             qPrintable(u"the request's log line, escaped, is missing: "_s + QString::fromUtf8(log.right(600))));
}

void TestServerHttp::helpListsConfiguration()
{
    const CliResult help = runServerCommand({u"--help"_s});
    QVERIFY2(help.finished && !help.crashed && help.exitCode == 0, qPrintable(help.describe()));
    const QString text = QString::fromUtf8(help.out + help.err);
    for (const QString &name : configurationVariables())
        QVERIFY2(text.contains(name), qPrintable(name + u" is not in --help: "_s + help.describe()));
    for (const QString &flag : {u"--port"_s, u"--db"_s, u"--config"_s, u"--clock-offset"_s, u"--print-config"_s})
        QVERIFY2(text.contains(flag), qPrintable(flag + u" is not in --help"_s));
}

void TestServerHttp::printConfigDefaults_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("LEADMARKET_DB") << u"LEADMARKET_DB"_s << u"sqlite:leadmarket.db"_s;
    QTest::newRow("LEADMARKET_LISTEN") << u"LEADMARKET_LISTEN"_s << u"127.0.0.1"_s;
    QTest::newRow("LEADMARKET_PORT") << u"LEADMARKET_PORT"_s << u"8080"_s;
    QTest::newRow("LEADMARKET_STRIPE_API_BASE") << u"LEADMARKET_STRIPE_API_BASE"_s << u"https://api.stripe.com"_s;
    QTest::newRow("LEADMARKET_SANDBOX_PAYMENTS") << u"LEADMARKET_SANDBOX_PAYMENTS"_s << u"0"_s;
    QTest::newRow("LEADMARKET_TIMEZONE") << u"LEADMARKET_TIMEZONE"_s << u"Africa/Casablanca"_s;
    QTest::newRow("LEADMARKET_CLOCK_OFFSET_S") << u"LEADMARKET_CLOCK_OFFSET_S"_s << u"0"_s;
    QTest::newRow("LEADMARKET_TOKEN_TTL_S") << u"LEADMARKET_TOKEN_TTL_S"_s << u"2592000"_s;
}

void TestServerHttp::printConfigDefaults()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    const CliResult result = runServerCommand({u"--print-config"_s});
    QVERIFY2(result.finished && !result.crashed && result.exitCode == 0, qPrintable(result.describe()));
    const QJsonDocument doc = QJsonDocument::fromJson(result.out);
    QVERIFY2(doc.isObject(), qPrintable(u"stdout is not one JSON object: "_s + result.describe()));
    const QJsonObject config = doc.object();
    for (const QString &name : configurationVariables())
        QVERIFY2(config.contains(name), qPrintable(name + u" missing from --print-config"_s));
    QCOMPARE(configValue(config, key), value);
}

void TestServerHttp::printConfigHidesSecrets_data()
{
    QTest::addColumn<QString>("key");
    for (const char *key : {"LEADMARKET_STRIPE_SECRET_KEY", "LEADMARKET_STRIPE_WEBHOOK_SECRET", "LEADMARKET_CMI_STORE_KEY",
                            "LEADMARKET_SMTP_PASSWORD", "LEADMARKET_SMS_AUTH_TOKEN"})
        QTest::newRow(key) << QString::fromLatin1(key);
}

void TestServerHttp::printConfigHidesSecrets()
{
    QFETCH(QString, key);
    const QString secret = u"s3cret-value-"_s + uniqueSuffix();
    QProcessEnvironment env;
    env.insert(key, secret);
    const CliResult result = runServerCommand({u"--print-config"_s}, {}, env);
    QVERIFY2(result.finished && !result.crashed && result.exitCode == 0, qPrintable(result.describe()));
    QVERIFY2(!QByteArray(result.out + result.err).contains(secret.toUtf8()), qPrintable(result.describe()));
    const QJsonObject config = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(config.value(key).toString(), u"***"_s);
}

void TestServerHttp::printConfigPrecedence_data()
{
    QTest::addColumn<QVariantMap>("file");
    QTest::addColumn<QVariantMap>("env");
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QVariantMap>("expected");

    const QString port = u"LEADMARKET_PORT"_s;
    const QString db = u"LEADMARKET_DB"_s;
    const QString ttl = u"LEADMARKET_TOKEN_TTL_S"_s;
    const QVariantMap file{{port, u"9101"_s}, {db, u"sqlite:/tmp/from-file.db"_s}, {ttl, u"111"_s}};
    const QVariantMap env{{port, u"9202"_s}, {db, u"sqlite:/tmp/from-env.db"_s}, {ttl, u"222"_s}};
    const QStringList flags{u"--port"_s, u"9303"_s, u"--db"_s, u"sqlite:/tmp/from-flag.db"_s};
    const QVariantMap defaults{{port, u"8080"_s}, {db, u"sqlite:leadmarket.db"_s}, {ttl, u"2592000"_s}};
    const QVariantMap fromFlags{{port, u"9303"_s}, {db, u"sqlite:/tmp/from-flag.db"_s}};

    QTest::newRow("defaults") << QVariantMap() << QVariantMap() << QStringList() << defaults;
    QTest::newRow("config file over defaults") << file << QVariantMap() << QStringList() << file;
    QTest::newRow("environment over config file") << file << env << QStringList() << env;
    QTest::newRow("environment alone") << QVariantMap() << env << QStringList() << env;
    QVariantMap flagsOverAll = fromFlags;
    flagsOverAll.insert(ttl, u"222"_s);
    QTest::newRow("flags over environment and file") << file << env << flags << flagsOverAll;
    QVariantMap flagsOverFile = fromFlags;
    flagsOverFile.insert(ttl, u"111"_s);
    QTest::newRow("flags over file") << file << QVariantMap() << flags << flagsOverFile;
    QTest::newRow("mixed: port from flag, db from env, ttl from file")
        << file << QVariantMap{{db, u"sqlite:/tmp/from-env.db"_s}} << QStringList{u"--port"_s, u"9303"_s}
        << QVariantMap{{port, u"9303"_s}, {db, u"sqlite:/tmp/from-env.db"_s}, {ttl, u"111"_s}};
    QTest::newRow("mixed: db from flag, port from file, ttl from env")
        << file << QVariantMap{{ttl, u"222"_s}} << QStringList{u"--db"_s, u"sqlite:/tmp/from-flag.db"_s}
        << QVariantMap{{port, u"9101"_s}, {db, u"sqlite:/tmp/from-flag.db"_s}, {ttl, u"222"_s}};
}

void TestServerHttp::printConfigPrecedence()
{
    QFETCH(QVariantMap, file);
    QFETCH(QVariantMap, env);
    QFETCH(QStringList, flags);
    QFETCH(QVariantMap, expected);

    QStringList args{u"--print-config"_s};
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (!file.isEmpty()) {
        QFile ini(dir.filePath(u"leadmarket.ini"_s));
        QVERIFY(ini.open(QIODevice::WriteOnly | QIODevice::Text));
        for (auto it = file.cbegin(); it != file.cend(); ++it)
            ini.write((it.key() + u'=' + it.value().toString() + u'\n').toUtf8());
        ini.close();
        args << u"--config"_s << ini.fileName();
    }
    args += flags;
    QProcessEnvironment environment;
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        environment.insert(it.key(), it.value().toString());
    const CliResult result = runServerCommand(args, {}, environment);
    QVERIFY2(result.finished && !result.crashed && result.exitCode == 0, qPrintable(result.describe()));
    const QJsonDocument doc = QJsonDocument::fromJson(result.out);
    QVERIFY2(doc.isObject(), qPrintable(u"stdout is not one JSON object: "_s + result.describe()));
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(configValue(doc.object(), it.key()), it.value().toString());
}

void TestServerHttp::portZeroLine()
{
    ServerProcess first(m_fixture.db().url());
    QVERIFY2(first.start(), qPrintable(first.errorString()));
    ServerProcess second(m_fixture.db().url());
    QVERIFY2(second.start(), qPrintable(second.errorString()));

    static const QRegularExpression line(u"^listening on http://127\\.0\\.0\\.1:(\\d+)$"_s);
    const QRegularExpressionMatch match = line.match(first.listeningLine());
    QVERIFY2(match.hasMatch(), qPrintable(first.listeningLine()));
    const int port = match.captured(1).toInt();
    QVERIFY2(port > 0 && port <= 65535 && port != 8080, qPrintable(first.listeningLine()));
    QVERIFY(second.baseUrl().port() != port);

    Http http(first.baseUrl());
    LM_VERIFY_STATUS(http.get(u"/healthz"_s), 200);
    LM_VERIFY_STATUS(http.get(u"/api/me"_s, m_merchant.token), 200);
    first.stop();
    // Exactly one line on stdout, over the whole run; logs went to stderr.
    QCOMPARE(first.stdoutOutput(), first.listeningLine().toUtf8() + '\n');
}

QTEST_GUILESS_MAIN(TestServerHttp)
#include "tst_server_http.moc"
