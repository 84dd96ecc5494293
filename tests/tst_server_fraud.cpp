// Issue 17 (server): API.md contract v2 "fraud" — lead creation refuses, after every v1 check, a
// client email on a disposable-address domain (the list shipped with the server, re-read when its
// file changes), the influencer's own email or phone (422 "self_lead"), and more than
// LEADMARKET_MAX_LEADS_PER_HOUR (30) leads per influencer per rolling hour (429 rate_limited with
// Retry-After). A refused creation reserves nothing. Real server, SQLite and (_pg) PostgreSQL.

#include "jobsfixture.h"
#include "moneyharness.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace lmtest;
using namespace lmjobs;

namespace {

constexpr qint64 HourMs = 3600LL * 1000;

QJsonObject leadWith(const QString &campaignId, const QJsonObject &fields)
{
    return leadBody(campaignId, 1000, fields);
}

/// How many leads `user` can list.
qsizetype leadCount(Http &http, const Account &user)
{
    QString problem;
    const auto leads = http.listAll(u"/api/leads"_s, user.token, &problem);
    if (!leads) {
        QTest::qFail(qPrintable(problem), __FILE__, __LINE__);
        return -1;
    }
    return leads->size();
}

QJsonObject moneyOf(QJsonObject deposit)
{
    deposit.remove("updated_at"_L1);
    return deposit;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

class TestServerFraud final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void disposableDomain_data();
    void disposableDomain();
    void selfLead_data();
    void selfLead();
    void businessRefusalsComeFirst();
    void domainsFileReloaded();
    void hourlyLimit();

private:
    /// The new lead refused or accepted as expected, with nothing reserved when refused.
    void expectRefusal(const Account &influencer, const QJsonObject &body, const QStringList &fields,
                       const QString &why);

    std::unique_ptr<Env> m_env; ///< the shipped domains list
    Account m_merchant;
    QString m_campaignId;
};

void TestServerFraud::initTestCase()
{
    m_env = std::make_unique<Env>();
    QVERIFY2(m_env->start(QDateTime()), qPrintable(m_env->error()));
    m_merchant = m_env->merchant(u"Fraude "_s + uniqueSuffix());
    LM_STOP_IF_FAILED();
    m_env->recharge(m_merchant, 1000000);
    m_campaignId = m_env->campaign(m_merchant);
    LM_STOP_IF_FAILED();
}

void TestServerFraud::cleanupTestCase()
{
    if (m_env)
        LM_VERIFY_LEDGER(m_env->http(), m_env->admin().token);
    m_env.reset();
}

void TestServerFraud::expectRefusal(const Account &influencer, const QJsonObject &body, const QStringList &fields,
                                    const QString &why)
{
    Env &env = *m_env;
    const QJsonObject before = moneyOf(env.deposit(m_merchant));
    const qsizetype leadsBefore = leadCount(env.http(), influencer);
    const Response answer = env.http().post(u"/api/leads/create"_s, body, influencer.token);
    if (fields.isEmpty()) {
        LM_VERIFY_STATUS(answer, 201);
        return;
    }
    for (const QString &field : fields) {
        LM_VERIFY_FIELD_ERROR(answer, field);
        const QString given = answer.json.value("error"_L1).toObject().value("fields"_L1).toObject().value(field)
                                  .toString();
        QCOMPARE(given, why);
    }
    QCOMPARE(answer.json.value("error"_L1).toObject().value("fields"_L1).toObject().size(), fields.size());
    // Nothing reserved, nothing created.
    QCOMPARE(moneyOf(env.deposit(m_merchant)), before);
    QCOMPARE(leadCount(env.http(), influencer), leadsBefore);
}

// ---------------------------------------------------------------------------------------------

void TestServerFraud::disposableDomain_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("refused");

    QTest::newRow("mailinator.com") << u"jamal@mailinator.com"_s << true;
    QTest::newRow("yopmail.com") << u"jamal@yopmail.com"_s << true;
    QTest::newRow("guerrillamail.com") << u"jamal@guerrillamail.com"_s << true;
    QTest::newRow("10minutemail.com") << u"jamal@10minutemail.com"_s << true;
    QTest::newRow("temp-mail.org") << u"jamal@temp-mail.org"_s << true;
    QTest::newRow("trashmail.com") << u"jamal@trashmail.com"_s << true;
    QTest::newRow("a subdomain: inbox.mailinator.com") << u"jamal@inbox.mailinator.com"_s << true;
    QTest::newRow("a deeper subdomain: a.b.yopmail.fr") << u"jamal@a.b.yopmail.fr"_s << true;
    QTest::newRow("upper case: Jamal@YOPmail.COM") << u"Jamal@YOPmail.COM"_s << true;
    QTest::newRow("a normal domain: gmail.com accepted") << u"jamal.%1@gmail.com"_s << false;
    QTest::newRow("a Moroccan provider: menara.ma accepted") << u"jamal.%1@menara.ma"_s << false;
    QTest::newRow("a name ending like one: mymailinator.com accepted") << u"jamal.%1@mymailinator.com"_s << false;
    QTest::newRow("a listed name under another domain: mailinator.com.ma accepted")
        << u"jamal.%1@mailinator.com.ma"_s << false;
}

void TestServerFraud::disposableDomain()
{
    QFETCH(QString, email);
    QFETCH(bool, refused);

    const Account influencer = m_env->influencer();
    LM_STOP_IF_FAILED();
    const QString address = email.contains("%1"_L1) ? email.arg(uniqueSuffix()) : email;
    expectRefusal(influencer, leadWith(m_campaignId, {{"client_email"_L1, address}}),
                  refused ? QStringList{u"client_email"_s} : QStringList{}, u"disposable"_s);
}

void TestServerFraud::selfLead_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QStringList>("fields");

    QTest::newRow("own email") << u"email"_s << QStringList{u"client_email"_s};
    QTest::newRow("own email in upper case") << u"EMAIL"_s << QStringList{u"client_email"_s};
    QTest::newRow("own phone, written 06 12 34 56 78") << u"phone"_s << QStringList{u"client_phone"_s};
    QTest::newRow("own phone, written 00212…") << u"phone 00212"_s << QStringList{u"client_phone"_s};
    QTest::newRow("own email and phone") << u"both"_s << QStringList{u"client_email"_s, u"client_phone"_s};
    QTest::newRow("another client: accepted") << u"other"_s << QStringList{};
}

void TestServerFraud::selfLead()
{
    QFETCH(QString, what);
    QFETCH(QStringList, fields);

    QString e164;
    const QString written = uniqueMoroccanPhone(&e164); // "06 12 34 56 78"
    // Registered in E.164, submitted in the other forms.
    const Account influencer = m_env->http().registerUser(u"influencer"_s, u"Self "_s + uniqueSuffix(), e164);
    LM_VERIFY_ACCOUNT(influencer);
    QCOMPARE(influencer.user.value("phone"_L1).toString(), e164);

    QJsonObject fieldsOfLead;
    if (what == "email"_L1 || what == "both"_L1)
        fieldsOfLead.insert("client_email"_L1, influencer.email);
    if (what == "EMAIL"_L1)
        fieldsOfLead.insert("client_email"_L1, influencer.email.toUpper());
    if (what == "phone"_L1 || what == "both"_L1)
        fieldsOfLead.insert("client_phone"_L1, written);
    if (what == "phone 00212"_L1)
        fieldsOfLead.insert("client_phone"_L1, QString(u"00"_s + e164.mid(1)));
    expectRefusal(influencer, leadWith(m_campaignId, fieldsOfLead), fields, u"self_lead"_s);
}

void TestServerFraud::businessRefusalsComeFirst()
{
    Env &env = *m_env;
    // API.md: the fraud checks come after the v1 refusals; a merchant with nothing deposited answers 402.
    const Account poor = env.merchant();
    LM_STOP_IF_FAILED();
    const QString campaign = env.campaign(poor);
    const Account influencer = env.influencer();
    LM_STOP_IF_FAILED();
    LM_VERIFY_ERROR(env.http().post(u"/api/leads/create"_s,
                                    leadWith(campaign, {{"client_email"_L1, u"x@mailinator.com"_s},
                                                        {"client_phone"_L1, u"+212600000001"_s}}),
                                    influencer.token),
                    402, u"insufficient_deposit"_s);
    // A missing required field is still 422 before anything else.
    LM_VERIFY_FIELD_ERROR(env.http().post(u"/api/leads/create"_s,
                                          QJsonObject{{"campaign_id"_L1, campaign},
                                                      {"client_email"_L1, u"x@mailinator.com"_s}},
                                          influencer.token),
                          u"client_name"_s);
}

void TestServerFraud::domainsFileReloaded()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"domains.txt"_s);
    QVERIFY(writeFile(path, "# our own list\nthrowaway.example\n"));
    QProcessEnvironment extra;
    extra.insert(u"LEADMARKET_DISPOSABLE_DOMAINS_FILE"_s, path);
    Env env;
    QVERIFY2(env.start(QDateTime(), extra), qPrintable(env.error()));
    const Account merchant = env.merchant();
    LM_STOP_IF_FAILED();
    env.recharge(merchant, 100000);
    const QString campaign = env.campaign(merchant);
    const Account influencer = env.influencer();
    LM_STOP_IF_FAILED();
    const auto create = [&](const QString &email) {
        return env.http().post(u"/api/leads/create"_s, leadWith(campaign, {{"client_email"_L1, email}}),
                               influencer.token);
    };

    LM_VERIFY_FIELD_ERROR(create(u"a@throwaway.example"_s), u"client_email"_s);
    // The file replaces the shipped list: mailinator.com is not on this one.
    LM_VERIFY_STATUS(create(u"b@mailinator.com"_s), 201);
    LM_VERIFY_STATUS(create(u"c@fresh-spam.example"_s), 201);

    // Updated while the server runs: picked up at the next lead, no restart.
    QVERIFY(writeFile(path, "# our own list\nthrowaway.example\nfresh-spam.example\n"));
    const Response refused = create(u"d@fresh-spam.example"_s);
    LM_VERIFY_FIELD_ERROR(refused, u"client_email"_s);
    QCOMPARE(refused.json.value("error"_L1).toObject().value("fields"_L1).toObject().value("client_email"_L1)
                 .toString(),
             u"disposable"_s);
    QVERIFY(writeFile(path, "fresh-spam.example\n"));
    LM_VERIFY_STATUS(create(u"e@throwaway.example"_s), 201);
    LM_VERIFY_FIELD_ERROR(create(u"f@mx.fresh-spam.example"_s), u"client_email"_s);
    QVERIFY(env.server().isRunning());
    LM_VERIFY_LEDGER(env.http(), env.admin().token);
}

void TestServerFraud::hourlyLimit()
{
    // The default is 30 (the harness raises it for the other suites; this one sets it back).
    const CliResult help = runServerCommand({u"--help"_s});
    QVERIFY2(help.finished && help.exitCode == 0, qPrintable(help.describe()));
    const QString helpText = QString::fromUtf8(help.out);
    const qsizetype line = helpText.indexOf("LEADMARKET_MAX_LEADS_PER_HOUR"_L1);
    QVERIFY2(line >= 0, qPrintable(helpText));
    QVERIFY(helpText.mid(line, helpText.indexOf(u'\n', line) - line).endsWith("(default 30)"_L1));

    // A server of its own (its clock moves), with the limit at 30 leads an hour.
    QProcessEnvironment limit;
    limit.insert(u"LEADMARKET_MAX_LEADS_PER_HOUR"_s, u"30"_s);
    Env env;
    QVERIFY2(env.start(QDateTime(), limit), qPrintable(env.error()));
    const Account merchant = env.merchant();
    LM_STOP_IF_FAILED();
    env.recharge(merchant, 1000000);
    const QString campaign = env.campaign(merchant);
    const Account influencer = env.influencer();
    const Account other = env.influencer();
    LM_STOP_IF_FAILED();

    qint64 firstAt = 0;
    for (int i = 1; i <= 30; ++i) {
        const QJsonObject lead = env.lead(influencer, campaign, 100);
        LM_STOP_IF_FAILED();
        if (i == 1)
            firstAt = apiTimeMs(lead.value("created_at"_L1));
    }
    const QJsonObject before = moneyOf(env.deposit(merchant));
    const Response limited = env.http().post(u"/api/leads/create"_s, leadBody(campaign, 100), influencer.token);
    LM_VERIFY_ERROR(limited, 429, u"rate_limited"_s);
    bool ok = false;
    const int retryAfter = limited.header("Retry-After").toInt(&ok);
    QVERIFY2(ok && retryAfter >= 1 && retryAfter <= 3600, limited.header("Retry-After").constData());
    QCOMPARE(moneyOf(env.deposit(merchant)), before);
    QCOMPARE(leadCount(env.http(), influencer), qsizetype(30));
    // The limit is per influencer.
    LM_VERIFY_STATUS(env.http().post(u"/api/leads/create"_s, leadBody(campaign, 100), other.token), 201);

    // 20 s before the first lead is an hour old: still refused, for about those 20 s.
    QVERIFY2(env.restartAtMs(firstAt + HourMs - 20'000), qPrintable(env.error()));
    const Response still = env.http().post(u"/api/leads/create"_s, leadBody(campaign, 100), influencer.token);
    LM_VERIFY_ERROR(still, 429, u"rate_limited"_s);
    const int wait = still.header("Retry-After").toInt();
    QVERIFY2(wait >= 5 && wait <= 21, still.header("Retry-After").constData()); // less the restart's own time

    // Just after it: the oldest lead has left the rolling hour and a new one is accepted.
    QVERIFY2(env.restartAtMs(firstAt + HourMs + 2'000), qPrintable(env.error()));
    LM_VERIFY_STATUS(env.http().post(u"/api/leads/create"_s, leadBody(campaign, 100), influencer.token), 201);
    LM_VERIFY_LEDGER(env.http(), env.admin().token);
}

QTEST_GUILESS_MAIN(TestServerFraud)
#include "tst_server_fraud.moc"
