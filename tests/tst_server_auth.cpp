// API.md "Auth and users": register, login, me, logout, tokens, the login rate limit and
// POST /api/admin/users, spoken as raw JSON to the real server.

#include "paymenttestkit.h"
#include "serverfixture.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lmtest;

namespace {

QJsonObject registerBody(const QString &role = u"merchant"_s)
{
    return QJsonObject{{"email"_L1, uniqueEmail(role)},
                       {"password"_L1, defaultPassword()},
                       {"role"_L1, role},
                       {"display_name"_L1, QString(u"Test "_s + role)}};
}

// An address of exactly `length` characters, unique, with domain labels of at most 60 characters.
QString emailOfLength(int length)
{
    const QString local = u"l"_s + uniqueSuffix();
    int remaining = length - int(local.size()) - 1 - 3; // "@" and ".ma"
    QString domain;
    while (remaining > 61) {
        domain += QString(59, u'd') + u'.';
        remaining -= 60;
    }
    if (remaining == 61)
        domain += QString(30, u'd') + u'.' + QString(30, u'd');
    else
        domain += QString(remaining, u'd');
    return local + u'@' + domain + u".ma"_s;
}

// The exact User shape of API.md (contract v2); an empty string when it matches.
QString userProblem(const QJsonObject &user, const QString &email, const QString &role, const QString &name,
                    const QJsonValue &phone)
{
    QStringList keys = user.keys();
    keys.sort();
    const QStringList expectedKeys{u"created_at"_s, u"display_name"_s, u"email"_s,  u"email_verified"_s, u"id"_s,
                                   u"locale"_s,     u"phone"_s,        u"role"_s,   u"status"_s,         u"updated_at"_s};
    if (keys != expectedKeys)
        return u"User keys are ["_s + keys.join(u", "_s) + u"], expected ["_s + expectedKeys.join(u", "_s) + u']';
    if (!user.value("id"_L1).isString() || user.value("id"_L1).toString().isEmpty())
        return u"id is not a non-empty string"_s;
    if (user.value("email"_L1) != QJsonValue(email))
        return u"email is "_s + user.value("email"_L1).toString() + u", expected "_s + email;
    if (user.value("role"_L1) != QJsonValue(role))
        return u"role is "_s + user.value("role"_L1).toString() + u", expected "_s + role;
    if (user.value("display_name"_L1) != QJsonValue(name))
        return u"display_name is "_s + user.value("display_name"_L1).toString() + u", expected "_s + name;
    if (user.value("phone"_L1) != phone)
        return u"phone is "_s + QString::fromUtf8(QJsonDocument(QJsonArray{user.value("phone"_L1)}).toJson())
            + u", expected "_s + QString::fromUtf8(QJsonDocument(QJsonArray{phone}).toJson());
    // A new account: active, French, its email not verified yet.
    if (user.value("status"_L1) != QJsonValue(u"active"_s))
        return u"status is not active"_s;
    if (user.value("locale"_L1) != QJsonValue(u"fr"_s))
        return u"locale is not fr"_s;
    if (user.value("email_verified"_L1) != QJsonValue(false))
        return u"email_verified is not false"_s;
    if (!isApiTime(user.value("created_at"_L1)) || !isApiTime(user.value("updated_at"_L1)))
        return u"created_at or updated_at is not an API time"_s;
    return {};
}

} // namespace

class TestServerAuth final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void registerAnswersUser();
    void registerPhone_data();
    void registerPhone();
    void registerValidation_data();
    void registerValidation();
    void registerEmailTaken_data();
    void registerEmailTaken();
    void registerSameEmailConcurrently();

    void loginAnswersTokenAndUser();
    void loginRefused_data();
    void loginRefused();
    void me();
    void logoutRevokesOnlyThatToken();
    void unknownStoredRoleIsNotSignedIn();
    void unauthenticated_data();
    void unauthenticated();
    void tokenExpiresAfterThirtyDays();
    void tokenTtlIsConfigurable();
    void tokenValidOnSecondServer();

    void rateLimitAfterFiveFailures();
    void rateLimitResetBySuccess();
    void registrationRateLimitPerAddress();

    void adminCreatesUsers_data();
    void adminCreatesUsers();
    void adminUsersAccess_data();
    void adminUsersAccess();
    void adminUsersValidation_data();
    void adminUsersValidation();

private:
    ServerFixture m_fixture;
    Http &m_http = m_fixture.http();
    Account &m_admin = m_fixture.admin();
};

void TestServerAuth::initTestCase()
{
    LM_START_SERVER_WITH_ADMIN(m_fixture);
}

void TestServerAuth::cleanupTestCase()
{
    m_fixture.stop();
}

void TestServerAuth::registerAnswersUser()
{
    const QString suffix = uniqueSuffix();
    const QString email = u"Fatima.Zahra-"_s + suffix + u"@Example.COM"_s;
    const Response r = m_http.post(u"/api/auth/register"_s,
                                   QJsonObject{{"email"_L1, email},
                                               {"password"_L1, defaultPassword()},
                                               {"role"_L1, u"merchant"_s},
                                               {"display_name"_L1, u"Fatima Zahra"_s},
                                               {"phone"_L1, u"06 12 34 56 78"_s}});
    LM_VERIFY_STATUS(r, 201);
    const QString problem = userProblem(r.json, email.toLower(), u"merchant"_s, u"Fatima Zahra"_s,
                                        QJsonValue(u"+212612345678"_s));
    QVERIFY2(problem.isEmpty(), qPrintable(problem + u": "_s + r.describe()));

    // Without a phone the key is there and null; influencers register too.
    QJsonObject body = registerBody(u"influencer"_s);
    const Response r2 = m_http.post(u"/api/auth/register"_s, body);
    LM_VERIFY_STATUS(r2, 201);
    const QString problem2 = userProblem(r2.json, body.value("email"_L1).toString(), u"influencer"_s,
                                         body.value("display_name"_L1).toString(), QJsonValue(QJsonValue::Null));
    QVERIFY2(problem2.isEmpty(), qPrintable(problem2 + u": "_s + r2.describe()));
    QVERIFY(r2.json.value("id"_L1) != r.json.value("id"_L1));
}

void TestServerAuth::registerPhone_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("expected"); // empty: 422 with fields.phone

    QTest::newRow("spaced mobile 06 12 34 56 78") << u"06 12 34 56 78"_s << u"+212612345678"_s;
    QTest::newRow("plain 0612345678") << u"0612345678"_s << u"+212612345678"_s;
    QTest::newRow("international +212 6 12 34 56 78") << u"+212 6 12 34 56 78"_s << u"+212612345678"_s;
    QTest::newRow("00212612345678") << u"00212612345678"_s << u"+212612345678"_s;
    QTest::newRow("dots 06.12.34.56.78") << u"06.12.34.56.78"_s << u"+212612345678"_s;
    QTest::newRow("dashes 06-12-34-56-78") << u"06-12-34-56-78"_s << u"+212612345678"_s;
    QTest::newRow("mobile 07") << u"0712345678"_s << u"+212712345678"_s;
    QTest::newRow("fixed line 05 22 12 34 56") << u"05 22 12 34 56"_s << u"+212522123456"_s;
    QTest::newRow("08 line") << u"0812345678"_s << u"+212812345678"_s;
    QTest::newRow("E.164 already +212612345678") << u"+212612345678"_s << u"+212612345678"_s;
    QTest::newRow("French number in + form") << u"+33612345678"_s << u"+33612345678"_s;
    QTest::newRow("US number in + form") << u"+14155552671"_s << u"+14155552671"_s;

    QTest::newRow("too short 12345") << u"12345"_s << QString();
    QTest::newRow("starts with 4 after 0") << u"0412345678"_s << QString();
    QTest::newRow("starts with 9 after 0") << u"0912345678"_s << QString();
    QTest::newRow("8 digits after 0") << u"061234567"_s << QString();
    QTest::newRow("10 digits after 0") << u"06123456789"_s << QString();
    QTest::newRow("+212 then 4") << u"+212 4 12 34 56 78"_s << QString();
    QTest::newRow("foreign without +") << u"33612345678"_s << QString();
    QTest::newRow("foreign with 00") << u"0033612345678"_s << QString();
    QTest::newRow("letters") << u"call me"_s << QString();
    QTest::newRow("plus alone") << u"+"_s << QString();
}

void TestServerAuth::registerPhone()
{
    QFETCH(QString, phone);
    QFETCH(QString, expected);
    QJsonObject body = registerBody();
    body.insert("phone"_L1, phone);
    const Response r = m_http.post(u"/api/auth/register"_s, body);
    if (expected.isEmpty()) {
        LM_VERIFY_FIELD_ERROR(r, u"phone"_s);
        return;
    }
    LM_VERIFY_STATUS(r, 201);
    QCOMPARE(r.json.value("phone"_L1).toString(), expected);
    // Stored as answered: login sees the same phone.
    const Account account = m_http.login(body.value("email"_L1).toString(), defaultPassword());
    LM_VERIFY_ACCOUNT(account);
    QCOMPARE(account.user.value("phone"_L1).toString(), expected);
}

void TestServerAuth::registerValidation_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value"); // Undefined: the key is removed
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");

    const QJsonValue absent(QJsonValue::Undefined);
    QTest::newRow("email missing") << u"email"_s << absent << 422 << u"email"_s;
    QTest::newRow("email without @") << u"email"_s << QJsonValue(u"not-an-email"_s) << 422 << u"email"_s;
    QTest::newRow("email empty") << u"email"_s << QJsonValue(u""_s) << 422 << u"email"_s;
    QTest::newRow("email is a number") << u"email"_s << QJsonValue(42) << 422 << u"email"_s;
    QTest::newRow("email of 255 characters") << u"email"_s << QJsonValue(emailOfLength(255)) << 422 << u"email"_s;
    QTest::newRow("email of 254 characters is fine") << u"email"_s << QJsonValue(emailOfLength(254)) << 201
                                                      << QString();
    QTest::newRow("password missing") << u"password"_s << absent << 422 << u"password"_s;
    QTest::newRow("password of 9 characters") << u"password"_s << QJsonValue(u"123456789"_s) << 422
                                               << u"password"_s;
    QTest::newRow("password of 10 characters is fine") << u"password"_s << QJsonValue(u"1234567890"_s) << 201
                                                        << QString();
    QTest::newRow("role admin is refused") << u"role"_s << QJsonValue(u"admin"_s) << 422 << u"role"_s;
    QTest::newRow("role unknown") << u"role"_s << QJsonValue(u"superuser"_s) << 422 << u"role"_s;
    QTest::newRow("role missing") << u"role"_s << absent << 422 << u"role"_s;
    QTest::newRow("influencer is fine") << u"role"_s << QJsonValue(u"influencer"_s) << 201 << QString();
    QTest::newRow("display_name empty") << u"display_name"_s << QJsonValue(u""_s) << 422 << u"display_name"_s;
    QTest::newRow("display_name missing") << u"display_name"_s << absent << 422 << u"display_name"_s;
    QTest::newRow("display_name of 201 characters")
        << u"display_name"_s << QJsonValue(QString(201, u'n')) << 422 << u"display_name"_s;
    QTest::newRow("display_name of 200 characters is fine")
        << u"display_name"_s << QJsonValue(QString(200, u'n')) << 201 << QString();
    QTest::newRow("display_name of 200 accented characters is fine (characters, not bytes)")
        << u"display_name"_s << QJsonValue(QString(200, QChar(0xE9))) << 201 << QString();
    QTest::newRow("phone invalid") << u"phone"_s << QJsonValue(u"0412345678"_s) << 422 << u"phone"_s;
    QTest::newRow("phone null is fine") << u"phone"_s << QJsonValue(QJsonValue::Null) << 201 << QString();
}

void TestServerAuth::registerValidation()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(int, status);
    QFETCH(QString, field);
    QJsonObject body = registerBody();
    if (value.isUndefined())
        body.remove(key);
    else
        body.insert(key, value);
    const Response r = m_http.post(u"/api/auth/register"_s, body);
    if (status == 422) {
        LM_VERIFY_FIELD_ERROR(r, field);
        return;
    }
    LM_VERIFY_STATUS(r, status);
    const QString problem = userProblem(r.json, body.value("email"_L1).toString().toLower(),
                                        body.value("role"_L1).toString(), body.value("display_name"_L1).toString(),
                                        QJsonValue(QJsonValue::Null));
    QVERIFY2(problem.isEmpty(), qPrintable(problem + u": "_s + r.describe()));
    const Account account = m_http.login(body.value("email"_L1).toString(), body.value("password"_L1).toString());
    LM_VERIFY_ACCOUNT(account);
}

void TestServerAuth::registerEmailTaken_data()
{
    QTest::addColumn<bool>("upperCase");
    QTest::addColumn<QString>("secondRole");
    QTest::newRow("same email, same role") << false << u"merchant"_s;
    QTest::newRow("same email, other role") << false << u"influencer"_s;
    QTest::newRow("same email in upper case") << true << u"merchant"_s;
}

void TestServerAuth::registerEmailTaken()
{
    QFETCH(bool, upperCase);
    QFETCH(QString, secondRole);
    const QJsonObject first = registerBody();
    LM_VERIFY_STATUS(m_http.post(u"/api/auth/register"_s, first), 201);
    QJsonObject second = registerBody(secondRole);
    const QString email = first.value("email"_L1).toString();
    second.insert("email"_L1, upperCase ? email.toUpper() : email);
    const Response r = m_http.post(u"/api/auth/register"_s, second);
    LM_VERIFY_ERROR(r, 409, u"email_taken"_s);
    // The first account is untouched: its password still works, the second one's role was not applied.
    const Account account = m_http.login(email, defaultPassword());
    LM_VERIFY_ACCOUNT(account);
    QCOMPARE(account.user.value("role"_L1).toString(), u"merchant"_s);
}

void TestServerAuth::registerSameEmailConcurrently()
{
    const QString email = uniqueEmail(u"race"_s);
    const int n = 8;
    const QList<Response> answers = runParallel(m_fixture.server().baseUrl(), n, [&email](int i) {
        return RequestSpec{"POST"_ba, u"/api/auth/register"_s,
                           QJsonObject{{"email"_L1, email},
                                       {"password"_L1, defaultPassword()},
                                       {"role"_L1, u"influencer"_s},
                                       {"display_name"_L1, u"Racer %1"_s.arg(i)}},
                           {}, {}};
    });
    int created = 0;
    for (const Response &r : answers) {
        if (r.status == 201) {
            ++created;
            continue;
        }
        LM_VERIFY_ERROR(r, 409, u"email_taken"_s);
    }
    QCOMPARE(created, 1);
    LM_VERIFY_ACCOUNT(m_http.login(email, defaultPassword()));
}

void TestServerAuth::loginAnswersTokenAndUser()
{
    const QJsonObject body = registerBody(u"influencer"_s);
    const Response registered = m_http.post(u"/api/auth/register"_s, body);
    LM_VERIFY_STATUS(registered, 201);

    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Response r = m_http.post(u"/api/auth/login"_s, QJsonObject{{"email"_L1, body.value("email"_L1)},
                                                                    {"password"_L1, body.value("password"_L1)}});
    LM_VERIFY_STATUS(r, 200);
    QVERIFY2(r.json.value("token"_L1).isString() && r.json.value("token"_L1).toString().size() >= 16,
             qPrintable(r.describe()));
    QVERIFY2(isApiTime(r.json.value("expires_at"_L1)), qPrintable(r.describe()));
    const qint64 ttl = before.secsTo(parseApiTime(r.json.value("expires_at"_L1)));
    QVERIFY2(qAbs(ttl - 2592000) <= 120, qPrintable(u"expires_at is %1 s from now, expected 30 days"_s.arg(ttl)));
    QCOMPARE(r.json.value("user"_L1).toObject(), registered.json);

    // Every login is a new token.
    const Account again = m_http.login(body.value("email"_L1).toString(), defaultPassword());
    LM_VERIFY_ACCOUNT(again);
    QVERIFY(again.token != r.json.value("token"_L1).toString());
}

void TestServerAuth::loginRefused_data()
{
    QTest::addColumn<bool>("knownEmail");
    QTest::addColumn<QString>("password");
    QTest::newRow("wrong password") << true << u"wrong-password-123"_s;
    QTest::newRow("password of another case") << true << defaultPassword().toUpper();
    QTest::newRow("unknown email") << false << defaultPassword();
}

void TestServerAuth::loginRefused()
{
    QFETCH(bool, knownEmail);
    QFETCH(QString, password);
    const Account account = m_http.registerUser(u"merchant"_s);
    LM_VERIFY_ACCOUNT(account);
    const QString email = knownEmail ? account.email : uniqueEmail(u"nobody"_s);
    const Response r =
        m_http.post(u"/api/auth/login"_s, QJsonObject{{"email"_L1, email}, {"password"_L1, password}});
    LM_VERIFY_ERROR(r, 401, u"invalid_credentials"_s);
    QVERIFY2(!r.json.contains("token"_L1), qPrintable(r.describe()));
}

void TestServerAuth::me()
{
    const Account account = m_http.registerUser(u"merchant"_s, u"Omar Benali"_s, u"0661234567"_s);
    LM_VERIFY_ACCOUNT(account);
    const Response r = m_http.get(u"/api/me"_s, account.token);
    LM_VERIFY_STATUS(r, 200);
    const QString problem =
        userProblem(r.json, account.email, u"merchant"_s, u"Omar Benali"_s, QJsonValue(u"+212661234567"_s));
    QVERIFY2(problem.isEmpty(), qPrintable(problem + u": "_s + r.describe()));
    QCOMPARE(r.json.value("id"_L1).toString(), account.id);

    const Response admin = m_http.get(u"/api/me"_s, m_admin.token);
    LM_VERIFY_STATUS(admin, 200);
    QCOMPARE(admin.json.value("role"_L1).toString(), u"admin"_s);
}

void TestServerAuth::logoutRevokesOnlyThatToken()
{
    const Account first = m_http.registerUser(u"influencer"_s);
    LM_VERIFY_ACCOUNT(first);
    const Account second = m_http.login(first.email, first.password);
    LM_VERIFY_ACCOUNT(second);

    const Response out = m_http.post(u"/api/auth/logout"_s, Body(), first.token);
    LM_VERIFY_STATUS(out, 204);
    QVERIFY2(out.body.isEmpty(), qPrintable(out.describe()));
    LM_VERIFY_ERROR(m_http.get(u"/api/me"_s, first.token), 401, u"unauthenticated"_s);
    LM_VERIFY_ERROR(m_http.post(u"/api/auth/logout"_s, Body(), first.token), 401, u"unauthenticated"_s);
    LM_VERIFY_STATUS(m_http.get(u"/api/me"_s, second.token), 200);
}

void TestServerAuth::unknownStoredRoleIsNotSignedIn()
{
    const Account account = m_http.registerUser(u"merchant"_s);
    LM_VERIFY_ACCOUNT(account);
    LM_VERIFY_STATUS(m_http.get(u"/api/me"_s, account.token), 200);

    // A role this server does not know (a hand edit, a newer server's) grants nothing.
    DbProbe db(m_fixture.db().url());
    QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
    db.value(u"UPDATE users SET role = 'owner' WHERE id = ?"_s, {account.id});
    QVERIFY2(db.error().isEmpty(), qPrintable(db.error()));
    LM_VERIFY_ERROR(m_http.get(u"/api/me"_s, account.token), 401, u"unauthenticated"_s);
}

void TestServerAuth::unauthenticated_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("authorization"); // "<token>" is replaced by a valid token; empty: no header

    const QList<QPair<QByteArray, QString>> routes{{"GET"_ba, u"/api/me"_s},
                                                    {"POST"_ba, u"/api/auth/logout"_s},
                                                    {"GET"_ba, u"/api/campaigns"_s}};
    const QList<QPair<const char *, QByteArray>> headers{
        {"no Authorization header", QByteArray()},
        {"Bearer without token", "Bearer"_ba},
        {"Bearer and a space", "Bearer "_ba},
        {"unknown token", "Bearer 0123456789abcdef0123456789abcdef"_ba},
        {"valid token with a character more", "Bearer <token>x"_ba},
        {"valid token without Bearer", "<token>"_ba},
        {"valid token as Basic", "Basic <token>"_ba},
        {"Basic credentials", "Basic dXNlckBleGFtcGxlLmNvbTpjb3JyZWN0LWhvcnNl"_ba},
    };
    for (const auto &[method, path] : routes) {
        for (const auto &[name, header] : headers) {
            QTest::addRow("%s %s, %s", method.constData(), qPrintable(path), name) << path << method << header;
        }
    }
}

void TestServerAuth::unauthenticated()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, authorization);
    const Account account = m_http.registerUser(u"merchant"_s);
    LM_VERIFY_ACCOUNT(account);
    Headers headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization"_ba, QByteArray(authorization).replace("<token>"_ba, account.token.toUtf8())});
    const Response r = m_http.request(method, path, Body(), {}, headers);
    LM_VERIFY_ERROR(r, 401, u"unauthenticated"_s);
    // The real token still works (nothing above revoked it).
    LM_VERIFY_STATUS(m_http.get(u"/api/me"_s, account.token), 200);
}

void TestServerAuth::tokenExpiresAfterThirtyDays()
{
    ServerFixture fixture;
    LM_START_SERVER(fixture);
    Http &http = fixture.http();
    const Account account = http.registerUser(u"merchant"_s);
    LM_VERIFY_ACCOUNT(account);

    // Five minutes before the end of the 30 days the token still works…
    QVERIFY2(fixture.restart({u"--clock-offset"_s, u"2591700"_s}), qPrintable(fixture.error()));
    LM_VERIFY_STATUS(http.get(u"/api/me"_s, account.token), 200);

    // …and one second after them it does not.
    QVERIFY2(fixture.restart({u"--clock-offset"_s, u"2592001"_s}), qPrintable(fixture.error()));
    LM_VERIFY_ERROR(http.get(u"/api/me"_s, account.token), 401, u"unauthenticated"_s);
    // A fresh login on the shifted clock works.
    const Account fresh = http.login(account.email, account.password);
    LM_VERIFY_ACCOUNT(fresh);
    LM_VERIFY_STATUS(http.get(u"/api/me"_s, fresh.token), 200);
    fixture.stop();

    // LEADMARKET_CLOCK_OFFSET_S is the same as --clock-offset.
    QProcessEnvironment env;
    env.insert(u"LEADMARKET_CLOCK_OFFSET_S"_s, u"2592001"_s);
    ServerProcess shifted(fixture.db().url(), {}, env);
    QVERIFY2(shifted.start(), qPrintable(shifted.errorString()));
    http.setBaseUrl(shifted.baseUrl());
    LM_VERIFY_ERROR(http.get(u"/api/me"_s, account.token), 401, u"unauthenticated"_s);
}

void TestServerAuth::tokenTtlIsConfigurable()
{
    QProcessEnvironment env;
    env.insert(u"LEADMARKET_TOKEN_TTL_S"_s, u"120"_s);
    ServerFixture fixture;
    LM_START_SERVER(fixture, {}, env);
    Http &http = fixture.http();
    const QJsonObject body = registerBody();
    LM_VERIFY_STATUS(http.post(u"/api/auth/register"_s, body), 201);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Response r = http.post(u"/api/auth/login"_s, QJsonObject{{"email"_L1, body.value("email"_L1)},
                                                                  {"password"_L1, defaultPassword()}});
    LM_VERIFY_STATUS(r, 200);
    const qint64 ttl = before.secsTo(parseApiTime(r.json.value("expires_at"_L1)));
    QVERIFY2(ttl >= 110 && ttl <= 130, qPrintable(u"expires_at is %1 s from now, expected 120"_s.arg(ttl)));
    const QString token = r.json.value("token"_L1).toString();
    LM_VERIFY_STATUS(http.get(u"/api/me"_s, token), 200);

    QVERIFY2(fixture.restart({u"--clock-offset"_s, u"130"_s}), qPrintable(fixture.error()));
    LM_VERIFY_ERROR(http.get(u"/api/me"_s, token), 401, u"unauthenticated"_s);
}

void TestServerAuth::tokenValidOnSecondServer()
{
    const Account account = m_http.registerUser(u"influencer"_s);
    LM_VERIFY_ACCOUNT(account);
    ServerProcess second(m_fixture.db().url());
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    Http other(second.baseUrl());
    const Response me = other.get(u"/api/me"_s, account.token);
    LM_VERIFY_STATUS(me, 200);
    QCOMPARE(me.json.value("id"_L1).toString(), account.id);

    // A token issued by the second instance works on the first; a logout on one is seen by the other.
    const Account viaSecond = other.login(account.email, account.password);
    LM_VERIFY_ACCOUNT(viaSecond);
    LM_VERIFY_STATUS(m_http.get(u"/api/me"_s, viaSecond.token), 200);
    LM_VERIFY_STATUS(other.post(u"/api/auth/logout"_s, Body(), account.token), 204);
    LM_VERIFY_ERROR(m_http.get(u"/api/me"_s, account.token), 401, u"unauthenticated"_s);
    LM_VERIFY_STATUS(m_http.get(u"/api/me"_s, viaSecond.token), 200);
}

void TestServerAuth::rateLimitAfterFiveFailures()
{
    ServerFixture fixture;
    LM_START_SERVER(fixture);
    Http &http = fixture.http();
    const Account victim = http.registerUser(u"merchant"_s);
    LM_VERIFY_ACCOUNT(victim);
    const Account bystander = http.registerUser(u"merchant"_s);
    LM_VERIFY_ACCOUNT(bystander);
    const auto attempt = [&http](const QString &email, const QString &password) {
        return http.post(u"/api/auth/login"_s, QJsonObject{{"email"_L1, email}, {"password"_L1, password}});
    };

    for (int i = 1; i <= 5; ++i) {
        const Response r = attempt(victim.email, u"wrong-password-%1"_s.arg(i));
        LM_VERIFY_ERROR(r, 401, u"invalid_credentials"_s);
    }
    // After the 5th failure every attempt is refused, even the right password.
    const Response right = attempt(victim.email, victim.password);
    LM_VERIFY_ERROR(right, 429, u"rate_limited"_s);
    QVERIFY2(!right.json.contains("token"_L1), qPrintable(right.describe()));
    const int retryAfter = right.header("Retry-After"_ba).toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 60, qPrintable(right.describe()));
    LM_VERIFY_ERROR(attempt(victim.email, u"wrong-password-6"_s), 429, u"rate_limited"_s);
    // Other emails are unaffected.
    LM_VERIFY_STATUS(attempt(bystander.email, bystander.password), 200);
    LM_VERIFY_ERROR(attempt(bystander.email, u"wrong-password-1"_s), 401, u"invalid_credentials"_s);
    // Tokens issued before are not revoked by the limit.
    LM_VERIFY_STATUS(http.get(u"/api/me"_s, victim.token), 200);

    // 60 s after the 5th failure the right password works again.
    QVERIFY2(fixture.restart({u"--clock-offset"_s, u"61"_s}), qPrintable(fixture.error()));
    LM_VERIFY_STATUS(attempt(victim.email, victim.password), 200);
}

// At most LEADMARKET_REGISTRATIONS_PER_HOUR registrations per client address in an hour (the
// address nginx gives in X-Real-IP when the peer is the local machine).
void TestServerAuth::registrationRateLimitPerAddress()
{
    constexpr int limit = 3;
    QProcessEnvironment env;
    env.insert(u"LEADMARKET_REGISTRATIONS_PER_HOUR"_s, QString::number(limit));
    ServerFixture fixture;
    LM_START_SERVER(fixture, {}, env);
    Http &http = fixture.http();
    const auto registration = [&http](const QString &email, const QByteArray &realIp = {}) {
        const QJsonObject body{{"email"_L1, email},
                               {"password"_L1, defaultPassword()},
                               {"role"_L1, u"influencer"_s},
                               {"display_name"_L1, u"Rate"_s}};
        Headers headers;
        if (!realIp.isEmpty())
            headers.append({"X-Real-IP"_ba, realIp});
        return http.request("POST"_ba, u"/api/auth/register"_s, body, {}, headers);
    };

    // (LM_VERIFY_STATUS evaluates its response twice: each request is made once, before it.)
    for (int i = 1; i <= limit; ++i) {
        const Response admitted = registration(uniqueEmail(u"rate"_s));
        LM_VERIFY_STATUS(admitted, 201);
    }
    const QString refusedEmail = uniqueEmail(u"rate"_s);
    const Response refused = registration(refusedEmail);
    LM_VERIFY_ERROR(refused, 429, u"rate_limited"_s);
    const int retryAfter = refused.header("Retry-After"_ba).toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 3600, qPrintable(refused.describe()));
    // No user was created: signing in with it fails as for any unknown email.
    const Response login =
        http.post(u"/api/auth/login"_s, QJsonObject{{"email"_L1, refusedEmail}, {"password"_L1, defaultPassword()}});
    LM_VERIFY_ERROR(login, 401, u"invalid_credentials"_s);
    // An invalid registration is refused as invalid (422 comes first), and a refused one is not counted.
    const Response invalid = http.post(u"/api/auth/register"_s, QJsonObject{{"email"_L1, u"not an email"_s}});
    LM_VERIFY_FIELD_ERROR(invalid, u"email"_s);

    // Another address (given by nginx on this machine) has its own count.
    for (int i = 1; i <= limit; ++i) {
        const Response admitted = registration(uniqueEmail(u"rate"_s), "203.0.113.7"_ba);
        LM_VERIFY_STATUS(admitted, 201);
    }
    const Response refusedThere = registration(uniqueEmail(u"rate"_s), "203.0.113.7"_ba);
    LM_VERIFY_ERROR(refusedThere, 429, u"rate_limited"_s);
    const Response ipv6 = registration(uniqueEmail(u"rate"_s), "2001:db8::7"_ba);
    LM_VERIFY_STATUS(ipv6, 201);

    // An hour later the first address may register again.
    QVERIFY2(fixture.restart({u"--clock-offset"_s, u"3601"_s}), qPrintable(fixture.error()));
    const Response later = registration(refusedEmail);
    LM_VERIFY_STATUS(later, 201);
}

void TestServerAuth::rateLimitResetBySuccess()
{
    const Account account = m_http.registerUser(u"influencer"_s);
    LM_VERIFY_ACCOUNT(account);
    const auto attempt = [this, &account](const QString &password) {
        return m_http.post(u"/api/auth/login"_s,
                           QJsonObject{{"email"_L1, account.email}, {"password"_L1, password}});
    };
    for (int round = 0; round < 2; ++round) {
        for (int i = 1; i <= 4; ++i)
            LM_VERIFY_ERROR(attempt(u"wrong-password-%1"_s.arg(i)), 401, u"invalid_credentials"_s);
        // 4 failures are not 5: the success goes through, and resets the count.
        LM_VERIFY_STATUS(attempt(account.password), 200);
    }
    // The count restarted at the last success: 5 more failures are needed.
    for (int i = 1; i <= 5; ++i)
        LM_VERIFY_ERROR(attempt(u"wrong-password-%1"_s.arg(i)), 401, u"invalid_credentials"_s);
    LM_VERIFY_ERROR(attempt(account.password), 429, u"rate_limited"_s);
}

void TestServerAuth::adminCreatesUsers_data()
{
    QTest::addColumn<QString>("role");
    QTest::newRow("a merchant") << u"merchant"_s;
    QTest::newRow("an influencer") << u"influencer"_s;
    QTest::newRow("another admin") << u"admin"_s;
}

void TestServerAuth::adminCreatesUsers()
{
    QFETCH(QString, role);
    const QString email = u"Created-"_s + uniqueSuffix() + u"@Example.com"_s;
    const Response r = m_http.post(u"/api/admin/users"_s,
                                   QJsonObject{{"email"_L1, email},
                                               {"password"_L1, defaultPassword()},
                                               {"role"_L1, role},
                                               {"display_name"_L1, u"Made by admin"_s},
                                               {"phone"_L1, u"+212 5 22 12 34 56"_s}},
                                   m_admin.token);
    LM_VERIFY_STATUS(r, 201);
    const QString problem =
        userProblem(r.json, email.toLower(), role, u"Made by admin"_s, QJsonValue(u"+212522123456"_s));
    QVERIFY2(problem.isEmpty(), qPrintable(problem + u": "_s + r.describe()));

    const Account created = m_http.login(email.toLower(), defaultPassword());
    LM_VERIFY_ACCOUNT(created);
    QCOMPARE(created.user, r.json);
    // The created user has the role's rights: only an admin may create users.
    const Response next = m_http.post(u"/api/admin/users"_s, registerBody(), created.token);
    if (role == u"admin"_s)
        LM_VERIFY_STATUS(next, 201);
    else
        LM_VERIFY_ERROR(next, 403, u"forbidden"_s);
}

void TestServerAuth::adminUsersAccess_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("anonymous is 401") << u"anonymous"_s << 401 << u"unauthenticated"_s;
    QTest::newRow("merchant is 403") << u"merchant"_s << 403 << u"forbidden"_s;
    QTest::newRow("influencer is 403") << u"influencer"_s << 403 << u"forbidden"_s;
}

void TestServerAuth::adminUsersAccess()
{
    QFETCH(QString, actor);
    QFETCH(int, status);
    QFETCH(QString, code);
    QString token;
    if (actor != u"anonymous"_s) {
        const Account account = m_http.registerUser(actor);
        LM_VERIFY_ACCOUNT(account);
        token = account.token;
    }
    QJsonObject body = registerBody(u"admin"_s);
    const Response r = m_http.post(u"/api/admin/users"_s, body, token);
    LM_VERIFY_ERROR(r, status, code);
    // Nothing was created.
    const Response login = m_http.post(u"/api/auth/login"_s, QJsonObject{{"email"_L1, body.value("email"_L1)},
                                                                        {"password"_L1, defaultPassword()}});
    LM_VERIFY_ERROR(login, 401, u"invalid_credentials"_s);
}

void TestServerAuth::adminUsersValidation_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    QTest::newRow("password of 9 characters") << u"password"_s << QJsonValue(u"123456789"_s) << 422
                                               << u"password"_s;
    QTest::newRow("role unknown") << u"role"_s << QJsonValue(u"owner"_s) << 422 << u"role"_s;
    QTest::newRow("email invalid") << u"email"_s << QJsonValue(u"nope"_s) << 422 << u"email"_s;
    QTest::newRow("display_name of 201 characters") << u"display_name"_s << QJsonValue(QString(201, u'a')) << 422
                                                     << u"display_name"_s;
    QTest::newRow("phone invalid") << u"phone"_s << QJsonValue(u"0912345678"_s) << 422 << u"phone"_s;
    QTest::newRow("email of the admin itself is taken") << u"email"_s << QJsonValue() << 409 << QString();
}

void TestServerAuth::adminUsersValidation()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(int, status);
    QFETCH(QString, field);
    QJsonObject body = registerBody();
    body.insert(key, value.isNull() ? QJsonValue(m_admin.email) : value);
    const Response r = m_http.post(u"/api/admin/users"_s, body, m_admin.token);
    if (status == 422)
        LM_VERIFY_FIELD_ERROR(r, field);
    else
        LM_VERIFY_ERROR(r, status, u"email_taken"_s);
}

QTEST_GUILESS_MAIN(TestServerAuth)
#include "tst_server_auth.moc"
