// Issue 17 item 1, the server half: API.md contract v2 "Accounts" against the real server on SQLite
// and (tst_server_accounts_pg) PostgreSQL, with a real SMTP server on loopback (tests/smtpsink.py):
// password reset (the emailed link, single use, 1 h on the server's clock, the same answer and
// about the same time for known, disabled and unknown addresses, 3 emails per address per hour,
// every session revoked), password change, the profile, email verification (with
// LEADMARKET_REQUIRE_VERIFIED_EMAIL=1 for leads), and the pages the links open.

#include "jobsfixture.h"
#include "mailsink.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace lmtest;
using namespace lmjobs;

namespace {

const QString MailFrom = u"comptes@leadmarket.test"_s;
const QString NewPassword = u"a-new-password-42"_s;

QProcessEnvironment mailEnv(quint16 smtpPort)
{
    QProcessEnvironment env;
    env.insert(u"LEADMARKET_OUTBOX_POLL_MS"_s, u"100"_s);
    env.insert(u"LEADMARKET_SMTP_URL"_s, u"smtp://127.0.0.1:"_s + QString::number(smtpPort));
    env.insert(u"LEADMARKET_MAIL_FROM"_s, MailFrom);
    return env;
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

/// A form body as browsers send it (application/x-www-form-urlencoded: a space is '+').
Body form(const QList<QPair<QString, QString>> &fields)
{
    QByteArrayList pairs;
    for (const auto &[name, value] : fields)
        pairs << QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value).replace("%20", "+");
    return Body::raw(pairs.join('&'), "application/x-www-form-urlencoded");
}

} // namespace

class TestServerAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void userAnswersEveryV2Field();
    void resetEmailsASingleUseLinkAndRevokesEverySession();
    void resetTokenExpiresAfterOneHour_data();
    void resetTokenExpiresAfterOneHour();
    void resetAnswersAlikeForKnownDisabledAndUnknownEmails();
    void resetSendsAtMostThreeEmailsPerHour();
    void resetLinkIsUsedOnceUnderConcurrency();
    void resetLinkDiesWithTheAccountsStatus();
    void resetRefusesMalformedBodies_data();
    void resetRefusesMalformedBodies();
    void changePasswordKeepsOnlyTheCurrentSession();
    void changePasswordRetriedWithItsKeyChangesNothingTwice();
    void wrongCurrentPasswordsLockLikeSignIns();
    void updateProfile_data();
    void updateProfile();
    void localePersistsAndPicksTheEmailLanguage();
    void registrationEmailsAVerificationLink();
    void registrationLocaleWritesTheFirstEmail_data();
    void registrationLocaleWritesTheFirstEmail();
    void resendIsRateLimitedAndSilentOnceVerified();
    void resetPagesFinishInTheBrowser();
    void verifyPagesHaveNoSideEffectOnGet();
    void unverifiedInfluencerCannotCreateLeadsWhenRequired();
    void everyReaderGetsTheirTextsInTheirLocale();

private:
    /// The token of the `count`th message to `address` with a link to `page` (reset or verify).
    QString awaitToken(const QString &address, const QString &page, int count = 1);
    QList<QJsonObject> linkMessages(const QString &address, const QString &page) const
    {
        return m_sink.linkMessages(address, page);
    }
    int linkCount(const QString &address, const QString &page) const
    {
        return int(linkMessages(address, page).size());
    }
    /// Outbox emails to `address` whose subject holds `subjectPart` (rows are written with the request).
    int outboxCount(const QString &address, const QString &subjectPart);
    Account disabledUser();

    MailSink m_sink;
    std::unique_ptr<Env> m_env;
};

QString TestServerAccounts::awaitToken(const QString &address, const QString &page, int count)
{
    QDeadlineTimer deadline(20000);
    while (linkCount(address, page) < count && !deadline.hasExpired())
        QTest::qWait(50);
    const QList<QJsonObject> messages = linkMessages(address, page);
    if (messages.size() < count) {
        QTest::qFail(qPrintable(u"no email #%1 with a /account/%2 link to %3"_s.arg(count).arg(page, address)),
                     __FILE__, __LINE__);
        return {};
    }
    return MailSink::linkToken(messages.at(count - 1), page);
}

int TestServerAccounts::outboxCount(const QString &address, const QString &subjectPart)
{
    int count = 0;
    for (const QJsonValue &row : outboxTo(m_env->outbox(), u"email"_s, address)) {
        if (row.toObject().value("subject"_L1).toString().contains(subjectPart))
            ++count;
    }
    return count;
}

Account TestServerAccounts::disabledUser()
{
    Account user = m_env->merchant();
    const Response r = m_env->http().put(u"/api/admin/users/"_s + user.id, QJsonObject{{"status"_L1, u"disabled"_s}},
                                         m_env->admin().token);
    if (r.status != 200)
        QTest::qFail(qPrintable(r.describe()), __FILE__, __LINE__);
    return user;
}

void TestServerAccounts::initTestCase()
{
    QVERIFY2(m_sink.start(), qPrintable(m_sink.error()));
    m_env = std::make_unique<Env>();
    QVERIFY2(m_env->start(QDateTime(), mailEnv(m_sink.port())), qPrintable(m_env->error()));
}

void TestServerAccounts::cleanupTestCase()
{
    m_env.reset();
    m_sink.stop();
}

void TestServerAccounts::userAnswersEveryV2Field()
{
    Http &http = m_env->http();
    const Account user = m_env->influencer();
    LM_STOP_IF_FAILED();
    const Response me = http.get(u"/api/me"_s, user.token);
    LM_VERIFY_STATUS(me, 200);
    for (const QJsonObject &json : {user.user, me.json}) {
        QCOMPARE(json.value("locale"_L1).toString(), u"fr"_s);
        QCOMPARE(json.value("status"_L1).toString(), u"active"_s);
        QVERIFY(json.value("email_verified"_L1).isBool());
        QCOMPARE(json.value("email_verified"_L1).toBool(), false);
        QVERIFY2(isApiTime(json.value("created_at"_L1)), qPrintable(compact(json)));
        QVERIFY2(isApiTime(json.value("updated_at"_L1)), qPrintable(compact(json)));
    }
}

void TestServerAccounts::resetEmailsASingleUseLinkAndRevokesEverySession()
{
    Http &http = m_env->http();
    const Account user = m_env->merchant();
    LM_STOP_IF_FAILED();
    const Account second = http.login(user.email, user.password);
    LM_VERIFY_ACCOUNT(second);

    const Response asked = http.post(u"/api/auth/password-reset"_s, QJsonObject{{"email"_L1, user.email.toUpper()}});
    LM_VERIFY_STATUS(asked, 202);
    const QString token = awaitToken(user.email, u"reset"_s);
    LM_STOP_IF_FAILED();
    const QJsonObject mail = linkMessages(user.email, u"reset"_s).constFirst();
    QVERIFY2(mail.value("subject"_L1).toString().contains(u"mot de passe"_s), qPrintable(compact(mail)));
    QVERIFY2(mail.value("body"_L1).toString().contains(http.baseUrl().toString(QUrl::StripTrailingSlash)
                                                       + u"/account/reset?token="_s + token),
             qPrintable(compact(mail)));

    // The new password follows the registration's rules; a refused one leaves the token usable.
    const Response tooShort = http.post(u"/api/auth/password-reset/confirm"_s,
                                        QJsonObject{{"token"_L1, token}, {"new_password"_L1, u"short"_s}});
    LM_VERIFY_FIELD_ERROR(tooShort, u"new_password"_s);
    const Response confirmed = http.post(u"/api/auth/password-reset/confirm"_s,
                                         QJsonObject{{"token"_L1, token}, {"new_password"_L1, NewPassword}});
    LM_VERIFY_STATUS(confirmed, 204);
    const Response again = http.post(u"/api/auth/password-reset/confirm"_s,
                                     QJsonObject{{"token"_L1, token}, {"new_password"_L1, u"yet-another-one-7"_s}});
    LM_VERIFY_FIELD_ERROR(again, u"token"_s);
    const Response unknown = http.post(u"/api/auth/password-reset/confirm"_s,
                                       QJsonObject{{"token"_L1, u"not-a-token"_s}, {"new_password"_L1, NewPassword}});
    LM_VERIFY_FIELD_ERROR(unknown, u"token"_s);

    // Every session is gone; only the new password signs in.
    LM_VERIFY_ERROR(http.get(u"/api/me"_s, user.token), 401, u"unauthenticated"_s);
    LM_VERIFY_ERROR(http.get(u"/api/me"_s, second.token), 401, u"unauthenticated"_s);
    LM_VERIFY_ERROR(http.post(u"/api/auth/login"_s, QJsonObject{{"email"_L1, user.email}, {"password"_L1, user.password}}),
                    401, u"invalid_credentials"_s);
    const Account signedIn = http.login(user.email, NewPassword);
    LM_VERIFY_ACCOUNT(signedIn);
}

void TestServerAccounts::resetTokenExpiresAfterOneHour_data()
{
    QTest::addColumn<qint64>("shiftMs");
    QTest::addColumn<bool>("fromAfterTheRequest");
    QTest::addColumn<int>("status");
    // The server's clock moves between the request and the confirmation (restarted with
    // --clock-offset, whole seconds): "just before" is measured from before the request, "just
    // after" from after its answer, so each row holds whatever the request took.
    QTest::newRow("59 min 50 s later: still valid") << qint64(3590'000) << false << 204;
    QTest::newRow("60 min 2 s later: expired") << qint64(3602'000) << true << 422;
}

void TestServerAccounts::resetTokenExpiresAfterOneHour()
{
    QFETCH(qint64, shiftMs);
    QFETCH(bool, fromAfterTheRequest);
    QFETCH(int, status);
    const Account user = m_env->merchant();
    LM_STOP_IF_FAILED();
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    LM_VERIFY_STATUS(m_env->http().post(u"/api/auth/password-reset"_s, QJsonObject{{"email"_L1, user.email}}), 202);
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    const QString token = awaitToken(user.email, u"reset"_s);
    LM_STOP_IF_FAILED();

    QVERIFY2(m_env->restartAtMs((fromAfterTheRequest ? after : before) + shiftMs), qPrintable(m_env->error()));
    const Response r = m_env->http().post(u"/api/auth/password-reset/confirm"_s,
                                          QJsonObject{{"token"_L1, token}, {"new_password"_L1, NewPassword}});
    QVERIFY2(m_env->restartAt(QDateTime()), qPrintable(m_env->error()));
    if (status == 204)
        LM_VERIFY_STATUS(r, 204);
    else
        LM_VERIFY_FIELD_ERROR(r, u"token"_s);
}

void TestServerAccounts::resetAnswersAlikeForKnownDisabledAndUnknownEmails()
{
    Http &http = m_env->http();
    // Each known address is asked 3 times (its hourly limit), so every one of its requests sends.
    constexpr int Users = 10;
    constexpr int Rounds = 3;
    QList<Account> known;
    QList<Account> disabled;
    for (int i = 0; i < Users; ++i) {
        known.append(m_env->merchant());
        disabled.append(disabledUser());
        LM_STOP_IF_FAILED();
    }
    QList<qint64> knownMs;
    QList<qint64> disabledMs;
    QList<qint64> unknownMs;
    QByteArray knownBody;
    const auto ask = [&http](const QString &email, QList<qint64> &times) {
        QElapsedTimer timer;
        timer.start();
        const Response r = http.post(u"/api/auth/password-reset"_s, QJsonObject{{"email"_L1, email}});
        times.append(timer.nsecsElapsed() / 1000);
        return r;
    };
    // Warm-up (first statements prepared on a worker), not measured.
    for (int i = 0; i < 3; ++i) {
        QList<qint64> ignored;
        ask(uniqueEmail(u"warmup"_s), ignored);
    }
    // Interleaved, so that a burst of load on the machine hits the three kinds alike.
    for (int round = 0; round < Rounds; ++round) {
        for (int i = 0; i < Users; ++i) {
            // Each kind takes each place in the round in turn (the first after a pause may be slower).
            Response answers[3];
            for (int place = 0; place < 3; ++place) {
                const int kind = (place + round * Users + i) % 3;
                answers[kind] = kind == 0 ? ask(known.at(i).email, knownMs)
                    : kind == 1           ? ask(disabled.at(i).email, disabledMs)
                                          : ask(uniqueEmail(u"nobody"_s), unknownMs);
            }
            const Response &k = answers[0];
            const Response &d = answers[1];
            const Response &u = answers[2];
            LM_VERIFY_STATUS(k, 202);
            QCOMPARE(d.status, k.status);
            QCOMPARE(u.status, k.status);
            QCOMPARE(d.body, k.body);
            QCOMPARE(u.body, k.body);
            QCOMPARE(d.header("Content-Type"), k.header("Content-Type"));
            QCOMPARE(u.header("Content-Type"), k.header("Content-Type"));
            knownBody = k.body;
        }
    }
    // The three requests of a round run back to back, under the same load of the machine: the
    // median of the per-round differences is what the address changes, the load mostly cancels.
    QList<qint64> knownMinusUnknown;
    QList<qint64> knownMinusDisabled;
    for (qsizetype i = 0; i < knownMs.size(); ++i) {
        knownMinusUnknown.append(knownMs.at(i) - unknownMs.at(i));
        knownMinusDisabled.append(knownMs.at(i) - disabledMs.at(i));
    }
    const qint64 overUnknown = median(knownMinusUnknown);
    const qint64 overDisabled = median(knownMinusDisabled);
    qInfo("password-reset over %d requests each: medians known %lld µs, disabled %lld µs, unknown %lld µs; median "
          "differences known-unknown %lld µs, known-disabled %lld µs (body %s)",
          int(knownMs.size()), median(knownMs), median(disabledMs), median(unknownMs), overUnknown, overDisabled,
          knownBody.constData());
    constexpr qint64 ToleranceUs = 3000; // "within a few ms"
    QVERIFY2(qAbs(overUnknown) < ToleranceUs, "known and unknown addresses differ by 3 ms or more");
    QVERIFY2(qAbs(overDisabled) < ToleranceUs, "known and disabled addresses differ by 3 ms or more");

    // Only the active accounts got mail.
    for (int i = 0; i < Users; ++i) {
        QCOMPARE(outboxCount(known.at(i).email, u"mot de passe"_s), Rounds);
        QCOMPARE(outboxCount(disabled.at(i).email, u"mot de passe"_s), 0);
        QTRY_COMPARE_WITH_TIMEOUT(linkCount(known.at(i).email, u"reset"_s), Rounds, 20000);
    }
}

void TestServerAccounts::resetSendsAtMostThreeEmailsPerHour()
{
    const Account user = m_env->merchant();
    LM_STOP_IF_FAILED();
    for (int i = 0; i < 4; ++i)
        LM_VERIFY_STATUS(m_env->http().post(u"/api/auth/password-reset"_s, QJsonObject{{"email"_L1, user.email}}),
                         202);
    // The outbox rows are written with the request: exactly three, whatever the sender did yet.
    QCOMPARE(outboxCount(user.email, u"mot de passe"_s), 3);
    QTRY_COMPARE_WITH_TIMEOUT(linkCount(user.email, u"reset"_s), 3, 20000);
    QTest::qWait(500);
    QCOMPARE(linkCount(user.email, u"reset"_s), 3);

    // A rolling hour: once the first three are more than an hour old, the address gets mail again.
    QVERIFY2(m_env->restartAtMs(QDateTime::currentMSecsSinceEpoch() + 3602'000), qPrintable(m_env->error()));
    const Response later = m_env->http().post(u"/api/auth/password-reset"_s, QJsonObject{{"email"_L1, user.email}});
    const int rows = outboxCount(user.email, u"mot de passe"_s);
    QVERIFY2(m_env->restartAt(QDateTime()), qPrintable(m_env->error()));
    LM_VERIFY_STATUS(later, 202);
    QCOMPARE(rows, 4);
}

void TestServerAccounts::resetLinkIsUsedOnceUnderConcurrency()
{
    const Account user = m_env->merchant();
    LM_STOP_IF_FAILED();
    LM_VERIFY_STATUS(m_env->http().post(u"/api/auth/password-reset"_s, QJsonObject{{"email"_L1, user.email}}), 202);
    const QString token = awaitToken(user.email, u"reset"_s);
    LM_STOP_IF_FAILED();
    constexpr int N = 6;
    const QList<Response> answers = runParallel(m_env->server().baseUrl(), N, [&token](int i) {
        return RequestSpec{"POST"_ba, u"/api/auth/password-reset/confirm"_s,
                           QJsonObject{{"token"_L1, token}, {"new_password"_L1, u"racing-password-%1"_s.arg(i)}},
                           {}, {}};
    });
    int winner = -1;
    for (int i = 0; i < N; ++i) {
        if (answers.at(i).status == 204) {
            QVERIFY2(winner < 0, "two confirmations of one link succeeded");
            winner = i;
            continue;
        }
        LM_VERIFY_FIELD_ERROR(answers.at(i), u"token"_s);
    }
    QVERIFY2(winner >= 0, "no confirmation succeeded");
    LM_VERIFY_ACCOUNT(m_env->http().login(user.email, u"racing-password-%1"_s.arg(winner)));
}

void TestServerAccounts::resetLinkDiesWithTheAccountsStatus()
{
    Http &http = m_env->http();
    const Account user = m_env->merchant();
    LM_STOP_IF_FAILED();
    LM_VERIFY_STATUS(http.post(u"/api/auth/password-reset"_s, QJsonObject{{"email"_L1, user.email}}), 202);
    const QString token = awaitToken(user.email, u"reset"_s);
    LM_STOP_IF_FAILED();
    LM_VERIFY_STATUS(http.put(u"/api/admin/users/"_s + user.id, QJsonObject{{"status"_L1, u"disabled"_s}},
                              m_env->admin().token),
                     200);
    LM_VERIFY_FIELD_ERROR(http.post(u"/api/auth/password-reset/confirm"_s,
                                    QJsonObject{{"token"_L1, token}, {"new_password"_L1, NewPassword}}),
                          u"token"_s);
    // Enabled again, the link works (it was not used up by the refusal).
    LM_VERIFY_STATUS(http.put(u"/api/admin/users/"_s + user.id, QJsonObject{{"status"_L1, u"active"_s}},
                              m_env->admin().token),
                     200);
    LM_VERIFY_STATUS(http.post(u"/api/auth/password-reset/confirm"_s,
                               QJsonObject{{"token"_L1, token}, {"new_password"_L1, NewPassword}}),
                     204);
}

void TestServerAccounts::resetRefusesMalformedBodies_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("no email") << QJsonObject{} << u"email"_s;
    QTest::newRow("email not a string") << QJsonObject{{"email"_L1, 42}} << u"email"_s;
    QTest::newRow("not an address") << QJsonObject{{"email"_L1, u"nobody"_s}} << u"email"_s;
    QTest::newRow("255 characters") << QJsonObject{{"email"_L1, QString(QString(245, u'a') + u"@exemple.ma"_s)}} << u"email"_s;
}

void TestServerAccounts::resetRefusesMalformedBodies()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    LM_VERIFY_FIELD_ERROR(m_env->http().post(u"/api/auth/password-reset"_s, body), field);
}

void TestServerAccounts::changePasswordKeepsOnlyTheCurrentSession()
{
    Http &http = m_env->http();
    const Account user = m_env->influencer();
    LM_STOP_IF_FAILED();
    const Account other = http.login(user.email, user.password);
    LM_VERIFY_ACCOUNT(other);

    LM_VERIFY_ERROR(http.put(u"/api/me/password"_s, QJsonObject{{"current_password"_L1, user.password},
                                                               {"new_password"_L1, NewPassword}}),
                    401, u"unauthenticated"_s);
    LM_VERIFY_FIELD_ERROR(http.put(u"/api/me/password"_s,
                                   QJsonObject{{"current_password"_L1, u"wrong-password-1"_s},
                                               {"new_password"_L1, NewPassword}},
                                   user.token),
                          u"current_password"_s);
    LM_VERIFY_FIELD_ERROR(http.put(u"/api/me/password"_s, QJsonObject{{"new_password"_L1, NewPassword}}, user.token),
                          u"current_password"_s);
    LM_VERIFY_FIELD_ERROR(http.put(u"/api/me/password"_s,
                                   QJsonObject{{"current_password"_L1, user.password}, {"new_password"_L1, u"short"_s}},
                                   user.token),
                          u"new_password"_s);
    // Nothing changed so far: both sessions live, the old password works.
    LM_VERIFY_STATUS(http.get(u"/api/me"_s, other.token), 200);

    const Response changed = http.put(u"/api/me/password"_s,
                                      QJsonObject{{"current_password"_L1, user.password}, {"new_password"_L1, NewPassword}},
                                      user.token);
    LM_VERIFY_STATUS(changed, 204);
    LM_VERIFY_STATUS(http.get(u"/api/me"_s, user.token), 200);
    LM_VERIFY_ERROR(http.get(u"/api/me"_s, other.token), 401, u"unauthenticated"_s);
    LM_VERIFY_ERROR(http.post(u"/api/auth/login"_s, QJsonObject{{"email"_L1, user.email}, {"password"_L1, user.password}}),
                    401, u"invalid_credentials"_s);
    LM_VERIFY_ACCOUNT(http.login(user.email, NewPassword));
}

void TestServerAccounts::changePasswordRetriedWithItsKeyChangesNothingTwice()
{
    Http &http = m_env->http();
    const Account user = m_env->influencer();
    LM_STOP_IF_FAILED();
    const Headers key{{"Idempotency-Key", "change-" + uniqueSuffix().toLatin1()}};
    const QJsonObject body{{"current_password"_L1, user.password}, {"new_password"_L1, NewPassword}};
    LM_VERIFY_STATUS(http.request("PUT", u"/api/me/password"_s, body, user.token, key), 204);
    const Account other = http.login(user.email, NewPassword);
    LM_VERIFY_ACCOUNT(other);
    // The retry is answered from memory: the old password is not checked again, the new session lives.
    LM_VERIFY_STATUS(http.request("PUT", u"/api/me/password"_s, body, user.token, key), 204);
    LM_VERIFY_STATUS(http.get(u"/api/me"_s, other.token), 200);
    // The same key with another body is a conflict.
    LM_VERIFY_ERROR(http.request("PUT", u"/api/me/password"_s,
                                 QJsonObject{{"current_password"_L1, NewPassword}, {"new_password"_L1, u"third-one-123"_s}},
                                 user.token, key),
                    409, u"idempotency_conflict"_s);
}

void TestServerAccounts::wrongCurrentPasswordsLockLikeSignIns()
{
    // A stolen session is no way to guess the password: the 5th wrong current password within a
    // minute locks the email, for password changes and sign-ins alike, the right password too.
    Http &http = m_env->http();
    const Account user = m_env->influencer();
    LM_STOP_IF_FAILED();
    for (int i = 1; i <= 5; ++i) {
        LM_VERIFY_FIELD_ERROR(http.put(u"/api/me/password"_s,
                                       QJsonObject{{"current_password"_L1, u"guess-number-%1"_s.arg(i)},
                                                   {"new_password"_L1, NewPassword}},
                                       user.token),
                              u"current_password"_s);
    }
    const Response locked = http.put(u"/api/me/password"_s,
                                     QJsonObject{{"current_password"_L1, user.password}, {"new_password"_L1, NewPassword}},
                                     user.token);
    LM_VERIFY_ERROR(locked, 429, u"rate_limited"_s);
    const int retryAfter = locked.header("Retry-After"_ba).toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 60, locked.header("Retry-After"_ba).constData());
    LM_VERIFY_ERROR(http.post(u"/api/auth/login"_s, QJsonObject{{"email"_L1, user.email}, {"password"_L1, user.password}}),
                    429, u"rate_limited"_s);
    // Nothing changed: the session lives.
    LM_VERIFY_STATUS(http.get(u"/api/me"_s, user.token), 200);
}

void TestServerAccounts::updateProfile_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("errorField"); // empty: 200
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("expected");

    QTest::newRow("name changed") << QJsonObject{{"display_name"_L1, u"  Salma Idrissi "_s}} << QString()
                                  << u"display_name"_s << QJsonValue(u"Salma Idrissi"_s);
    QTest::newRow("name of 200 characters") << QJsonObject{{"display_name"_L1, QString(200, u'n')}} << QString()
                                            << u"display_name"_s << QJsonValue(QString(200, u'n'));
    QTest::newRow("name of 201 characters refused") << QJsonObject{{"display_name"_L1, QString(201, u'n')}}
                                                    << u"display_name"_s << QString() << QJsonValue();
    QTest::newRow("blank name refused") << QJsonObject{{"display_name"_L1, u"   "_s}} << u"display_name"_s << QString()
                                        << QJsonValue();
    QTest::newRow("null name refused") << QJsonObject{{"display_name"_L1, QJsonValue()}} << u"display_name"_s
                                       << QString() << QJsonValue();
    QTest::newRow("Moroccan phone stored in E.164") << QJsonObject{{"phone"_L1, u"06 12 34 56 78"_s}} << QString()
                                                    << u"phone"_s << QJsonValue(u"+212612345678"_s);
    QTest::newRow("not a phone number refused") << QJsonObject{{"phone"_L1, u"12ab"_s}} << u"phone"_s << QString()
                                                << QJsonValue();
    QTest::newRow("phone removed with null") << QJsonObject{{"phone"_L1, QJsonValue()}} << QString() << u"phone"_s
                                             << QJsonValue();
    QTest::newRow("locale ar") << QJsonObject{{"locale"_L1, u"ar"_s}} << QString() << u"locale"_s
                               << QJsonValue(u"ar"_s);
    QTest::newRow("locale en") << QJsonObject{{"locale"_L1, u"en"_s}} << QString() << u"locale"_s
                               << QJsonValue(u"en"_s);
    QTest::newRow("locale de refused") << QJsonObject{{"locale"_L1, u"de"_s}} << u"locale"_s << QString()
                                       << QJsonValue();
    QTest::newRow("locale as a number refused") << QJsonObject{{"locale"_L1, 1}} << u"locale"_s << QString()
                                                << QJsonValue();
    QTest::newRow("one bad field refuses all") << QJsonObject{{"display_name"_L1, u"Ok"_s}, {"locale"_L1, u"xx"_s}}
                                               << u"locale"_s << QString() << QJsonValue();
    QTest::newRow("empty body changes nothing") << QJsonObject{} << QString() << u"locale"_s << QJsonValue(u"fr"_s);
}

void TestServerAccounts::updateProfile()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, errorField);
    QFETCH(QString, key);
    QFETCH(QJsonValue, expected);
    Http &http = m_env->http();
    const Account user = m_env->merchant(u"Avant"_s, u"+212661000001"_s);
    LM_STOP_IF_FAILED();

    const Response r = http.put(u"/api/me"_s, body, user.token);
    const Response me = http.get(u"/api/me"_s, user.token);
    LM_VERIFY_STATUS(me, 200);
    if (!errorField.isEmpty()) {
        LM_VERIFY_FIELD_ERROR(r, errorField);
        QCOMPARE(me.json, user.user); // nothing written
        return;
    }
    LM_VERIFY_STATUS(r, 200);
    QCOMPARE(r.json.value(key), expected);
    QCOMPARE(me.json, r.json);
    for (const QString &field : {u"id"_s, u"email"_s, u"role"_s, u"status"_s, u"email_verified"_s, u"created_at"_s})
        QCOMPARE(r.json.value(field), user.user.value(field));
}

void TestServerAccounts::localePersistsAndPicksTheEmailLanguage()
{
    Http &http = m_env->http();
    const Account user = m_env->merchant();
    LM_STOP_IF_FAILED();
    LM_VERIFY_STATUS(http.put(u"/api/me"_s, QJsonObject{{"locale"_L1, u"ar"_s}}, user.token), 200);
    const Account again = http.login(user.email, user.password);
    LM_VERIFY_ACCOUNT(again);
    QCOMPARE(again.user.value("locale"_L1).toString(), u"ar"_s);

    LM_VERIFY_STATUS(http.post(u"/api/auth/password-reset"_s, QJsonObject{{"email"_L1, user.email}}), 202);
    const QString token = awaitToken(user.email, u"reset"_s);
    LM_STOP_IF_FAILED();
    const QJsonObject mail = linkMessages(user.email, u"reset"_s).constFirst();
    QVERIFY2(mail.value("subject"_L1).toString().contains(u"كلمة المرور"_s), qPrintable(compact(mail)));

    const Response page = http.get(u"/account/reset?token="_s + token);
    LM_VERIFY_STATUS(page, 200);
    QVERIFY2(page.body.contains("<html lang=\"ar\" dir=\"rtl\">"), page.body.constData());
    QVERIFY2(QString::fromUtf8(page.body).contains(u"كلمة مرور جديدة"_s), page.body.constData());

    LM_VERIFY_STATUS(http.put(u"/api/me"_s, QJsonObject{{"locale"_L1, u"en"_s}}, user.token), 200);
    const Response english = http.get(u"/account/reset?token="_s + token);
    QVERIFY2(english.body.contains("<html lang=\"en\" dir=\"ltr\">"), english.body.constData());
    QVERIFY2(english.body.contains("New password"), english.body.constData());
}

void TestServerAccounts::registrationEmailsAVerificationLink()
{
    Http &http = m_env->http();
    const Account user = m_env->influencer();
    LM_STOP_IF_FAILED();
    QCOMPARE(user.user.value("email_verified"_L1).toBool(), false);
    const QString token = awaitToken(user.email, u"verify"_s);
    LM_STOP_IF_FAILED();
    const QJsonObject mail = linkMessages(user.email, u"verify"_s).constFirst();
    QVERIFY2(mail.value("subject"_L1).toString().contains(u"confirmez"_s), qPrintable(compact(mail)));
    QVERIFY2(mail.value("body"_L1).toString().contains(u"7 jours"_s), qPrintable(compact(mail)));

    LM_VERIFY_FIELD_ERROR(http.post(u"/api/auth/verify-email"_s, QJsonObject{}), u"token"_s);
    LM_VERIFY_FIELD_ERROR(http.post(u"/api/auth/verify-email"_s, QJsonObject{{"token"_L1, u"nope"_s}}), u"token"_s);
    QCOMPARE(http.get(u"/api/me"_s, user.token).json.value("email_verified"_L1).toBool(), false);

    LM_VERIFY_STATUS(http.post(u"/api/auth/verify-email"_s, QJsonObject{{"token"_L1, token}}), 204);
    const Response me = http.get(u"/api/me"_s, user.token);
    QCOMPARE(me.json.value("email_verified"_L1).toBool(), true);
    QVERIFY(parseApiTime(me.json.value("updated_at"_L1)) >= parseApiTime(user.user.value("updated_at"_L1)));
    LM_VERIFY_FIELD_ERROR(http.post(u"/api/auth/verify-email"_s, QJsonObject{{"token"_L1, token}}), u"token"_s);
    // A reset token is not a verification token.
    LM_VERIFY_STATUS(http.post(u"/api/auth/password-reset"_s, QJsonObject{{"email"_L1, user.email}}), 202);
    const QString resetToken = awaitToken(user.email, u"reset"_s);
    LM_STOP_IF_FAILED();
    LM_VERIFY_FIELD_ERROR(http.post(u"/api/auth/verify-email"_s, QJsonObject{{"token"_L1, resetToken}}), u"token"_s);
}

void TestServerAccounts::registrationLocaleWritesTheFirstEmail_data()
{
    QTest::addColumn<QJsonValue>("locale"); // undefined: not sent
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("subject");
    QTest::newRow("not sent: French") << QJsonValue(QJsonValue::Undefined) << 201 << u"fr"_s
                                      << u"LeadMarket — confirmez votre adresse e-mail"_s;
    QTest::newRow("ar") << QJsonValue(u"ar"_s) << 201 << u"ar"_s << u"LeadMarket — أكّد بريدك الإلكتروني"_s;
    QTest::newRow("en") << QJsonValue(u"en"_s) << 201 << u"en"_s << u"LeadMarket — confirm your email address"_s;
    QTest::newRow("unknown language: 422") << QJsonValue(u"de"_s) << 422 << QString() << QString();
    QTest::newRow("not a string: 422") << QJsonValue(7) << 422 << QString() << QString();
}

void TestServerAccounts::registrationLocaleWritesTheFirstEmail()
{
    // Whoever signs up in Arabic gets the verification email, the first one, in Arabic.
    QFETCH(QJsonValue, locale);
    QFETCH(int, status);
    QFETCH(QString, stored);
    QFETCH(QString, subject);
    Http &http = m_env->http();
    const QString email = uniqueEmail(u"locale"_s);
    QJsonObject body{{"email"_L1, email},
                     {"password"_L1, u"a-long-enough-secret"_s},
                     {"role"_L1, u"influencer"_s},
                     {"display_name"_L1, u"Salma"_s}};
    if (!locale.isUndefined())
        body.insert("locale"_L1, locale);
    const Response created = http.post(u"/api/auth/register"_s, body);
    if (status == 422) {
        LM_VERIFY_FIELD_ERROR(created, u"locale"_s);
        return;
    }
    LM_VERIFY_STATUS(created, 201);
    QCOMPARE(created.json.value("locale"_L1).toString(), stored);
    QVERIFY(!awaitToken(email, u"verify"_s).isEmpty());
    QCOMPARE(linkMessages(email, u"verify"_s).constFirst().value("subject"_L1).toString(), subject);
}

void TestServerAccounts::resendIsRateLimitedAndSilentOnceVerified()
{
    Http &http = m_env->http();
    const Account user = m_env->influencer();
    LM_STOP_IF_FAILED();
    LM_VERIFY_ERROR(http.post(u"/api/auth/verify-email/resend"_s, QJsonObject{}), 401, u"unauthenticated"_s);
    const QString subject = u"confirmez"_s;
    QCOMPARE(outboxCount(user.email, subject), 1); // the registration's
    for (int i = 0; i < 4; ++i)
        LM_VERIFY_STATUS(http.post(u"/api/auth/verify-email/resend"_s, QJsonObject{}, user.token), 202);
    QCOMPARE(outboxCount(user.email, subject), 4); // 3 resends in the hour, the 4th sends nothing

    // Any of the links works (the newest here); then resending sends nothing.
    const QString token = awaitToken(user.email, u"verify"_s, 4);
    LM_STOP_IF_FAILED();
    LM_VERIFY_STATUS(http.post(u"/api/auth/verify-email"_s, QJsonObject{{"token"_L1, token}}), 204);
    const Account verified = m_env->influencer();
    LM_STOP_IF_FAILED();
    const QString own = awaitToken(verified.email, u"verify"_s);
    LM_STOP_IF_FAILED();
    LM_VERIFY_STATUS(http.post(u"/api/auth/verify-email"_s, QJsonObject{{"token"_L1, own}}), 204);
    LM_VERIFY_STATUS(http.post(u"/api/auth/verify-email/resend"_s, QJsonObject{}, verified.token), 202);
    QCOMPARE(outboxCount(verified.email, subject), 1);
}

void TestServerAccounts::resetPagesFinishInTheBrowser()
{
    Http &http = m_env->http();
    const Account user = m_env->merchant();
    LM_STOP_IF_FAILED();
    LM_VERIFY_STATUS(http.post(u"/api/auth/password-reset"_s, QJsonObject{{"email"_L1, user.email}}), 202);
    const QString token = awaitToken(user.email, u"reset"_s);
    LM_STOP_IF_FAILED();

    // GET shows the form, twice if need be, and changes nothing.
    for (int i = 0; i < 2; ++i) {
        const Response page = http.get(u"/account/reset?token="_s + token);
        LM_VERIFY_STATUS(page, 200);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        QCOMPARE(page.header("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(page.header("Referrer-Policy"), QByteArray("no-referrer"));
        QVERIFY2(page.header("Content-Security-Policy").contains("frame-ancestors 'none'"),
                 page.header("Content-Security-Policy").constData());
        QVERIFY2(page.body.contains("<html lang=\"fr\" dir=\"ltr\">"), page.body.constData());
        QVERIFY2(page.body.contains("<form method=\"post\" action=\"reset\">"), page.body.constData());
        const QByteArray hidden = QByteArray("name=\"token\" value=\"") + token.toLatin1() + QByteArray("\"");
        QVERIFY2(page.body.contains(hidden), page.body.constData());
        QVERIFY(page.body.contains("name=\"new_password\"") && page.body.contains("name=\"new_password_confirm\""));
    }
    LM_VERIFY_STATUS(http.get(u"/api/me"_s, user.token), 200);

    // The form posted with two different passwords: the form again, with the reason.
    const Response differ = http.post(u"/account/reset"_s, form({{u"token"_s, token},
                                                                 {u"new_password"_s, NewPassword},
                                                                 {u"new_password_confirm"_s, NewPassword + u"x"_s}}));
    LM_VERIFY_STATUS(differ, 422);
    QVERIFY2(QString::fromUtf8(differ.body).contains(u"ne sont pas identiques"_s), differ.body.constData());
    const Response shortOne = http.post(u"/account/reset"_s, form({{u"token"_s, token},
                                                                   {u"new_password"_s, u"court"_s},
                                                                   {u"new_password_confirm"_s, u"court"_s}}));
    LM_VERIFY_STATUS(shortOne, 422);
    QVERIFY2(QString::fromUtf8(shortOne.body).contains(u"au moins 10"_s), shortOne.body.constData());

    // A password with '+', '&' and spaces survives the form encoding.
    const QString tricky = u"un mot+de&passe=sûr"_s;
    const Response done = http.post(u"/account/reset"_s, form({{u"token"_s, token},
                                                               {u"new_password"_s, tricky},
                                                               {u"new_password_confirm"_s, tricky}}));
    LM_VERIFY_STATUS(done, 200);
    QVERIFY2(QString::fromUtf8(done.body).contains(u"a été changé"_s), done.body.constData());
    LM_VERIFY_ERROR(http.get(u"/api/me"_s, user.token), 401, u"unauthenticated"_s);
    LM_VERIFY_ACCOUNT(http.login(user.email, tricky));

    // The link is dead now, and so is a made-up one (in French, the default).
    for (const QString &dead : {token, u"made-up"_s}) {
        const Response gone = http.get(u"/account/reset?token="_s + dead);
        LM_VERIFY_STATUS(gone, 410);
        QVERIFY2(QString::fromUtf8(gone.body).contains(u"n'est plus valable"_s.toHtmlEscaped()), gone.body.constData());
        QVERIFY(!gone.body.contains("<form"));
    }
    const Response replay = http.post(u"/account/reset"_s, form({{u"token"_s, token},
                                                                 {u"new_password"_s, NewPassword},
                                                                 {u"new_password_confirm"_s, NewPassword}}));
    LM_VERIFY_STATUS(replay, 410);
    LM_VERIFY_ACCOUNT(http.login(user.email, tricky));

    // Whatever is in the token is escaped on the page.
    const Response hostile = http.get(u"/account/reset?token=%22%3E%3Cscript%3E"_s);
    QVERIFY(!hostile.body.contains("<script>"));
}

void TestServerAccounts::verifyPagesHaveNoSideEffectOnGet()
{
    Http &http = m_env->http();
    const Account user = m_env->influencer();
    LM_STOP_IF_FAILED();
    LM_VERIFY_STATUS(http.put(u"/api/me"_s, QJsonObject{{"locale"_L1, u"ar"_s}}, user.token), 200);
    const QString token = awaitToken(user.email, u"verify"_s);
    LM_STOP_IF_FAILED();

    for (int i = 0; i < 3; ++i) { // a mail scanner, then the user
        const Response page = http.get(u"/account/verify?token="_s + token);
        LM_VERIFY_STATUS(page, 200);
        QVERIFY2(page.body.contains("<html lang=\"ar\" dir=\"rtl\">"), page.body.constData());
        QVERIFY2(page.body.contains("<form method=\"post\" action=\"verify\">"), page.body.constData());
        QVERIFY2(page.body.contains("id=\"verify\""), page.body.constData());
    }
    QCOMPARE(http.get(u"/api/me"_s, user.token).json.value("email_verified"_L1).toBool(), false);

    const Response done = http.post(u"/account/verify"_s, form({{u"token"_s, token}}));
    LM_VERIFY_STATUS(done, 200);
    QVERIFY2(done.body.contains("dir=\"rtl\""), done.body.constData());
    QVERIFY2(QString::fromUtf8(done.body).contains(u"تم تأكيد"_s), done.body.constData());
    QCOMPARE(http.get(u"/api/me"_s, user.token).json.value("email_verified"_L1).toBool(), true);
    LM_VERIFY_STATUS(http.get(u"/account/verify?token="_s + token), 410);
    LM_VERIFY_STATUS(http.post(u"/account/verify"_s, form({{u"token"_s, token}})), 410);
    LM_VERIFY_STATUS(http.post(u"/account/verify"_s, form({})), 410);
}

void TestServerAccounts::unverifiedInfluencerCannotCreateLeadsWhenRequired()
{
    QProcessEnvironment extra = mailEnv(m_sink.port());
    extra.insert(u"LEADMARKET_REQUIRE_VERIFIED_EMAIL"_s, u"1"_s);
    Env env;
    QVERIFY2(env.start(QDateTime(), extra), qPrintable(env.error()));
    const Account merchant = env.merchant();
    const Account influencer = env.influencer();
    LM_STOP_IF_FAILED();
    env.recharge(merchant, 500000);
    const QString campaign = env.campaign(merchant, false);
    LM_STOP_IF_FAILED();
    const QJsonObject lead{{"campaign_id"_L1, campaign},
                           {"client_name"_L1, u"Youssef Alaoui"_s},
                           {"client_email"_L1, uniqueEmail(u"client"_s)},
                           {"client_phone"_L1, uniqueMobile()},
                           {"estimated_value_cents"_L1, 50000},
                           {"source"_L1, u"instagram"_s}};

    // A bad body is still a 422 first; then the unverified address is refused.
    LM_VERIFY_FIELD_ERROR(env.http().post(u"/api/leads/create"_s, QJsonObject{{"campaign_id"_L1, campaign}},
                                          influencer.token),
                          u"client_name"_s);
    LM_VERIFY_ERROR(env.http().post(u"/api/leads/create"_s, lead, influencer.token), 403, u"email_unverified"_s);

    const QString token = awaitToken(influencer.email, u"verify"_s);
    LM_STOP_IF_FAILED();
    LM_VERIFY_STATUS(env.http().post(u"/api/auth/verify-email"_s, QJsonObject{{"token"_L1, token}}), 204);
    LM_VERIFY_STATUS(env.http().post(u"/api/leads/create"_s, lead, influencer.token), 201);
}

void TestServerAccounts::everyReaderGetsTheirTextsInTheirLocale()
{
    // A merchant reading Arabic, an influencer reading English, an admin reading English: the same
    // events, each told in the reader's language (API.md: PUT /api/me's locale).
    Http &http = m_env->http();
    const Account merchant = m_env->merchant(u"Atlas"_s);
    const Account influencer = m_env->influencer();
    LM_STOP_IF_FAILED();
    LM_VERIFY_STATUS(http.put(u"/api/me"_s, QJsonObject{{"locale"_L1, u"ar"_s}}, merchant.token), 200);
    LM_VERIFY_STATUS(http.put(u"/api/me"_s, QJsonObject{{"locale"_L1, u"en"_s}}, influencer.token), 200);
    LM_VERIFY_STATUS(http.put(u"/api/me"_s, QJsonObject{{"locale"_L1, u"en"_s}}, m_env->admin().token), 200);
    m_env->recharge(merchant, 500000);
    const QString campaign = m_env->campaign(merchant, false);
    m_env->lead(influencer, campaign, 150000, u"Yasmine"_s);
    LM_STOP_IF_FAILED();

    // The merchant's new-lead notification and email, in Arabic.
    const QJsonArray merchantNotes = where(m_env->notifications(merchant), u"kind"_s, u"new_lead"_s);
    QCOMPARE(merchantNotes.size(), 1);
    QCOMPARE(merchantNotes.first().toObject().value("title"_L1).toString(), u"عميل محتمل جديد: Yasmine"_s);
    const QJsonArray mails = outboxTo(m_env->outbox(), u"email"_s, merchant.email);
    QVERIFY2(std::any_of(mails.cbegin(), mails.cend(), [](const QJsonValue &m) {
                 return m.toObject().value("subject"_L1).toString() == u"LeadMarket — عميل محتمل جديد: Yasmine"_s;
             }),
             qPrintable(compact(mails)));

    // The payment's email, as the merchant receives it: in Arabic, the amount in Arabic words.
    const auto paymentEmail = [this, &merchant] {
        for (const QJsonObject &m : m_sink.messagesTo(merchant.email))
            if (m.value("subject"_L1).toString().contains(u"تم استلام دفعة"_s))
                return m;
        return QJsonObject();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!paymentEmail().isEmpty(), 20'000);
    QVERIFY2(paymentEmail().value("body"_L1).toString().contains(u"(خمسة آلاف درهم)"_s),
             qPrintable(compact(paymentEmail())));

    // The sandbox checkout page of the merchant's next payment: Arabic, right to left.
    const Response created = http.post(u"/api/leads/deposits/recharge"_s,
                                       QJsonObject{{"amount_cents"_L1, 100000}, {"provider"_L1, u"sandbox"_s}},
                                       merchant.token);
    LM_VERIFY_STATUS(created, 201);
    const QString checkout = QUrl(created.json.value("checkout_url"_L1).toString()).path();
    const Response page = http.get(checkout);
    LM_VERIFY_STATUS(page, 200);
    QVERIFY2(page.body.contains("<html lang=\"ar\" dir=\"rtl\">"), page.body.constData());
    QVERIFY2(QString::fromUtf8(page.body).contains(u"ادفع"_s), page.body.constData());

    // The influencer asks for nothing here; the admin is told of a payout request in English.
    // A deposit alert tells the admins (Critical and below) in their language: spend to 5 %.
    m_env->spend(merchant, influencer, m_env->campaign(merchant, true), 475000 - 8000);
    m_env->runJob(u"deposit-check"_s);
    LM_STOP_IF_FAILED();
    const QJsonArray adminNotes = where(m_env->notifications(m_env->admin()), u"kind"_s, u"merchant_alert"_s);
    QVERIFY2(!adminNotes.isEmpty(), qPrintable(compact(m_env->notifications(m_env->admin()))));
    QVERIFY2(adminNotes.first().toObject().value("title"_L1).toString().startsWith(u"Atlas: "_s),
             qPrintable(compact(adminNotes)));
    const QJsonArray merchantAlerts = where(m_env->notifications(merchant), u"kind"_s, u"deposit_alert"_s);
    QVERIFY2(!merchantAlerts.isEmpty(), qPrintable(compact(m_env->notifications(merchant))));
    QVERIFY2(merchantAlerts.first().toObject().value("title"_L1).toString().contains(u"الرصيد عند"_s),
             qPrintable(compact(merchantAlerts)));
}

QTEST_GUILESS_MAIN(TestServerAccounts)
#include "tst_server_accounts.moc"
