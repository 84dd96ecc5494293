// Issue 13, the server half: API.md contract v2 "Admin" and the retention of personal data ("Disputes,
// fraud, personal data"), against the real server on SQLite and (tst_server_admin_pg) PostgreSQL.
// The alerts board's additions (reserved, available, pending leads, the 30-day rejection rate, the
// block and the admin's reason), daily reports over a range, users (list, search, disable, enable),
// the jobs page, the pii-retention job and the erase route, and the admins' deposit notices.

#include "jobsfixture.h"
#include "moneyharness.h"

#include <QJsonArray>
#include <QUuid>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace lmtest;
using namespace lmjobs;

namespace {

constexpr qint64 DayMs = 24LL * 3600 * 1000;

QJsonObject alertRowOf(Env &env, const QString &merchantId)
{
    QString problem;
    const auto rows = env.http().listAll(u"/api/admin/alerts"_s, env.admin().token, &problem);
    if (!rows) {
        QTest::qFail(qPrintable(problem), __FILE__, __LINE__);
        return {};
    }
    for (const QJsonValue &row : *rows) {
        if (row.toObject().value("merchant_id"_L1).toString() == merchantId)
            return row.toObject();
    }
    QTest::qFail(qPrintable(u"merchant %1 is not on the alerts board"_s.arg(merchantId)), __FILE__, __LINE__);
    return {};
}

/// A lead body with every contact field, company and notes included.
QJsonObject fullLeadBody(const QString &campaignId, const QString &clientName, qint64 valueCents)
{
    return QJsonObject{{"campaign_id"_L1, campaignId},
                       {"client_name"_L1, clientName},
                       {"client_email"_L1, uniqueEmail(u"client"_s)},
                       {"client_phone"_L1, uniqueMobile()},
                       {"company"_L1, QString(u"Société "_s + clientName)},
                       {"estimated_value_cents"_L1, valueCents},
                       {"source"_L1, u"whatsapp"_s},
                       {"notes"_L1, QString(u"Rappeler "_s + clientName + u" après 18 h"_s)}};
}

QJsonObject createLead(Env &env, const Account &influencer, const QJsonObject &body)
{
    const Response r = env.http().post(u"/api/leads/create"_s, body, influencer.token);
    if (r.status != 201) {
        QTest::qFail(qPrintable(u"lead not created: "_s + r.describe()), __FILE__, __LINE__);
        return {};
    }
    return r.json;
}

QJsonObject reject(Env &env, const Account &merchant, const QString &leadId)
{
    const Response r = env.http().put(u"/api/leads/"_s + leadId + u"/reject"_s,
                                      QJsonObject{{"reason"_L1, u"Injoignable"_s}}, merchant.token);
    if (r.status != 200)
        QTest::qFail(qPrintable(u"lead not rejected: "_s + r.describe()), __FILE__, __LINE__);
    return r.json;
}

/// The money of a ledger row (everything but its description), to compare before and after an erasure.
QJsonObject moneyOf(const QJsonObject &transaction)
{
    QJsonObject money = transaction;
    money.remove("description"_L1);
    return money;
}

/// Every page of the admins' users list with `query` ("?role=merchant").
QJsonArray usersOf(Env &env, const QString &query)
{
    QString problem;
    const auto rows = env.http().listAll(u"/api/admin/users"_s + query, env.admin().token, &problem);
    if (!rows) {
        QTest::qFail(qPrintable(problem), __FILE__, __LINE__);
        return {};
    }
    return *rows;
}

} // namespace

class TestServerAdmin final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    // GET /api/admin/alerts additions, PUT /api/admin/merchants/{id} with a reason
    void rejectionRate_data();
    void rejectionRate();
    void alertsBoardAdditions();
    void blockReasonRefused_data();
    void blockReasonRefused();

    // GET /api/admin/reports/daily?from=&to=
    void reportsRange_data();
    void reportsRange();
    void reportsRangeEqualsDays();

    // GET/PUT /api/admin/users
    void usersListAndSearch();
    void usersListRefused_data();
    void usersListRefused();
    void disableAndEnable();
    void setUserStatusRefused_data();
    void setUserStatusRefused();

    // GET /api/admin/jobs
    void jobsPage();

    // pii-retention and POST /api/admin/leads/{id}/erase
    void piiRetention();
    void eraseRoute_data();
    void eraseRoute();

    // The admins' dashboard notices about deposits
    void adminNoticeWording();

private:
    std::unique_ptr<Env> m_shared; ///< real clock, scheduler on
    Account m_influencer;
};

void TestServerAdmin::initTestCase()
{
    m_shared = std::make_unique<Env>();
    QVERIFY2(m_shared->start(QDateTime()), qPrintable(m_shared->error()));
    m_influencer = m_shared->influencer();
    LM_STOP_IF_FAILED();
}

void TestServerAdmin::cleanupTestCase()
{
    m_shared.reset();
}

// ---------------------------------------------------------------------------------------------
// Alerts board

void TestServerAdmin::rejectionRate_data()
{
    QTest::addColumn<int>("validated");
    QTest::addColumn<int>("rejected");
    QTest::addColumn<int>("pending");
    QTest::addColumn<QJsonValue>("rate");

    QTest::newRow("no decision: null") << 0 << 0 << 0 << QJsonValue();
    QTest::newRow("pending leads are not decisions: null") << 0 << 0 << 2 << QJsonValue();
    QTest::newRow("validated only: 0") << 2 << 0 << 0 << QJsonValue(0.0);
    QTest::newRow("rejected only: 1") << 0 << 1 << 0 << QJsonValue(1.0);
    QTest::newRow("1 rejected of 4 decided: 0.25") << 3 << 1 << 1 << QJsonValue(0.25);
}

void TestServerAdmin::rejectionRate()
{
    QFETCH(int, validated);
    QFETCH(int, rejected);
    QFETCH(int, pending);
    QFETCH(QJsonValue, rate);

    Env &env = *m_shared;
    const Account merchant = env.merchant(u"Taux "_s + uniqueSuffix());
    LM_STOP_IF_FAILED();
    env.recharge(merchant, 100000);
    const QString campaign = env.campaign(merchant);
    LM_STOP_IF_FAILED();
    for (int i = 0; i < validated; ++i)
        env.spend(merchant, m_influencer, campaign, 1000);
    for (int i = 0; i < rejected; ++i)
        reject(env, merchant, env.lead(m_influencer, campaign, 1000).value("id"_L1).toString());
    for (int i = 0; i < pending; ++i)
        env.lead(m_influencer, campaign, 1000);
    LM_STOP_IF_FAILED();

    const QJsonObject row = alertRowOf(env, merchant.id);
    LM_STOP_IF_FAILED();
    QVERIFY2(row.value("rejection_rate_30d"_L1) == rate, qPrintable(compact(row)));
    QCOMPARE(row.value("pending_leads"_L1).toInteger(), qint64(pending));
}

void TestServerAdmin::alertsBoardAdditions()
{
    Env &env = *m_shared;
    const Account merchant = env.merchant(u"Agence Tableau "_s + uniqueSuffix());
    LM_STOP_IF_FAILED();
    env.recharge(merchant, 100000);
    const QString campaign = env.campaign(merchant);
    LM_STOP_IF_FAILED();
    // 3 validated (3,000 centimes paid), 1 rejected, 2 pending of 2,000 (4,000 reserved).
    for (int i = 0; i < 3; ++i)
        env.spend(merchant, m_influencer, campaign, 1000);
    reject(env, merchant, env.lead(m_influencer, campaign, 1000).value("id"_L1).toString());
    env.lead(m_influencer, campaign, 2000);
    env.lead(m_influencer, campaign, 2000);
    LM_STOP_IF_FAILED();

    QJsonObject row = alertRowOf(env, merchant.id);
    LM_STOP_IF_FAILED();
    QCOMPARE(row.value("current_balance_cents"_L1).toInteger(), qint64(97000));
    QCOMPARE(row.value("reserved_cents"_L1).toInteger(), qint64(4000));
    QCOMPARE(row.value("available_cents"_L1).toInteger(), qint64(93000));
    QCOMPARE(row.value("reference_cents"_L1).toInteger(), qint64(100000));
    QCOMPARE(row.value("pending_leads"_L1).toInteger(), qint64(2));
    QCOMPARE(row.value("rejection_rate_30d"_L1).toDouble(), 0.25);
    QCOMPARE(row.value("status"_L1).toString(), u"active"_s);
    QVERIFY2(row.value("blocked_reason"_L1).isNull() && row.value("blocked_note"_L1).isNull(), qPrintable(compact(row)));
    // The board agrees with the merchant's own deposit.
    const QJsonObject deposit = env.deposit(merchant);
    QCOMPARE(row.value("reserved_cents"_L1), deposit.value("reserved_cents"_L1));
    QCOMPARE(row.value("available_cents"_L1), deposit.value("available_cents"_L1));

    // Blocked with a reason: the answer is the Deposit of v1, the board shows who and why.
    const QString path = u"/api/admin/merchants/"_s + merchant.id;
    const QString reason = u"Leads en double signalés par trois influenceurs"_s;
    const Response blocked = env.http().put(path, QJsonObject{{"status"_L1, u"blocked"_s}, {"reason"_L1, reason}},
                                            env.admin().token);
    LM_VERIFY_STATUS(blocked, 200);
    LM_VERIFY_SHAPE(depositProblem, blocked.json);
    QCOMPARE(blocked.json.value("blocked_reason"_L1).toString(), u"admin"_s);
    row = alertRowOf(env, merchant.id);
    LM_STOP_IF_FAILED();
    QCOMPARE(row.value("status"_L1).toString(), u"blocked"_s);
    QCOMPARE(row.value("blocked_reason"_L1).toString(), u"admin"_s);
    QCOMPARE(row.value("blocked_note"_L1).toString(), reason);
    LM_VERIFY_ERROR(env.http().post(u"/api/leads/create"_s, leadBody(campaign, 1000), m_influencer.token), 423,
                    u"deposit_blocked"_s);

    // Unblocked: the reason goes with the block.
    const Response unblocked = env.http().put(path, QJsonObject{{"status"_L1, u"active"_s}}, env.admin().token);
    LM_VERIFY_STATUS(unblocked, 200);
    row = alertRowOf(env, merchant.id);
    LM_STOP_IF_FAILED();
    QCOMPARE(row.value("status"_L1).toString(), u"active"_s);
    QVERIFY2(row.value("blocked_reason"_L1).isNull() && row.value("blocked_note"_L1).isNull(), qPrintable(compact(row)));

    // Blocked again without a reason: no note left over from the first block.
    const Response blockedAgain = env.http().put(path, QJsonObject{{"status"_L1, u"blocked"_s}}, env.admin().token);
    LM_VERIFY_STATUS(blockedAgain, 200);
    row = alertRowOf(env, merchant.id);
    LM_STOP_IF_FAILED();
    QCOMPARE(row.value("blocked_reason"_L1).toString(), u"admin"_s);
    QVERIFY2(row.value("blocked_note"_L1).isNull(), qPrintable(compact(row)));
    const Response unblockedAgain = env.http().put(path, QJsonObject{{"status"_L1, u"active"_s}}, env.admin().token);
    LM_VERIFY_STATUS(unblockedAgain, 200);

    // Audited with the reason, newest first.
    const QJsonArray audit = auditOf(env.http(), env.admin().token, merchant.id);
    LM_STOP_IF_FAILED();
    QVERIFY2(audit.size() == 4, qPrintable(compact(audit)));
    QCOMPARE(audit.at(3).toObject().value("action"_L1).toString(), u"merchant.block"_s);
    QVERIFY2(audit.at(3).toObject().value("details"_L1).toString().contains(reason), qPrintable(compact(audit)));
    QCOMPARE(audit.at(2).toObject().value("action"_L1).toString(), u"merchant.unblock"_s);
}

void TestServerAdmin::blockReasonRefused_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");

    QTest::newRow("a reason of 500 characters is fine")
        << QJsonObject{{"status"_L1, u"blocked"_s}, {"reason"_L1, QString(500, u'r')}} << 200;
    QTest::newRow("a reason of 501 characters: 422")
        << QJsonObject{{"status"_L1, u"blocked"_s}, {"reason"_L1, QString(501, u'r')}} << 422;
    QTest::newRow("a reason that is a number: 422")
        << QJsonObject{{"status"_L1, u"blocked"_s}, {"reason"_L1, 12}} << 422;
    QTest::newRow("a null reason is none") << QJsonObject{{"status"_L1, u"blocked"_s}, {"reason"_L1, QJsonValue()}}
                                           << 200;
}

void TestServerAdmin::blockReasonRefused()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);

    Env &env = *m_shared;
    const Account merchant = env.merchant();
    LM_STOP_IF_FAILED();
    const Response r = env.http().put(u"/api/admin/merchants/"_s + merchant.id, body, env.admin().token);
    if (status == 422) {
        LM_VERIFY_FIELD_ERROR(r, u"reason"_s);
        QCOMPARE(env.deposit(merchant).value("status"_L1).toString(), u"active"_s);
        return;
    }
    LM_VERIFY_STATUS(r, status);
    const QJsonObject row = alertRowOf(env, merchant.id);
    LM_STOP_IF_FAILED();
    const QString reason = body.value("reason"_L1).toString();
    QVERIFY2(reason.isEmpty() ? row.value("blocked_note"_L1).isNull()
                              : row.value("blocked_note"_L1).toString() == reason,
             qPrintable(compact(row)));
}

// ---------------------------------------------------------------------------------------------
// Reports over a range

void TestServerAdmin::reportsRange_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("days"); ///< items expected; -1: 422
    QTest::addColumn<QString>("field");

    const QDate today = QDateTime::currentDateTime().toTimeZone(schedulerZone()).date();
    auto range = [](const QDate &from, const QDate &to) -> QString {
        return u"?from="_s + from.toString(Qt::ISODate) + u"&to="_s + to.toString(Qt::ISODate);
    };
    QTest::newRow("one day") << range(today, today) << 1 << QString();
    QTest::newRow("3 days") << range(today.addDays(-2), today) << 3 << QString();
    QTest::newRow("92 days is the most") << range(today.addDays(-91), today) << 92 << QString();
    QTest::newRow("93 days: 422 to") << range(today.addDays(-92), today) << -1 << u"to"_s;
    QTest::newRow("to before from: 422 to") << range(today, today.addDays(-1)) << -1 << u"to"_s;
    QTest::newRow("92 days across a leap day") << range(QDate(2028, 1, 1), QDate(2028, 4, 1)) << 92 << QString();
    QTest::newRow("from malformed: 422 from") << u"?from=2026-1-05&to=2026-01-06"_s << -1 << u"from"_s;
    QTest::newRow("to not a day: 422 to") << u"?from=2026-02-01&to=2026-02-30"_s << -1 << u"to"_s;
    QTest::newRow("to missing: 422 to") << u"?from=2026-02-01"_s << -1 << u"to"_s;
    QTest::newRow("from missing: 422 from") << u"?to=2026-02-01"_s << -1 << u"from"_s;
    QTest::newRow("date with a range: 422 date") << u"?date=2026-02-01&from=2026-02-01&to=2026-02-02"_s << -1
                                                 << u"date"_s;
}

void TestServerAdmin::reportsRange()
{
    QFETCH(QString, query);
    QFETCH(int, days);
    QFETCH(QString, field);

    Env &env = *m_shared;
    const Response r = env.http().get(u"/api/admin/reports/daily"_s + query, env.admin().token);
    if (days < 0) {
        LM_VERIFY_FIELD_ERROR(r, field);
        return;
    }
    LM_VERIFY_STATUS(r, 200);
    const QJsonArray items = r.json.value("items"_L1).toArray();
    QCOMPARE(items.size(), days);
    QVERIFY2(r.json.value("next_cursor"_L1).isNull(), qPrintable(r.describe()));
    // Oldest first, one item per day, each a whole daily report.
    const QDate from = QDate::fromString(QUrlQuery(query.mid(1)).queryItemValue(u"from"_s), Qt::ISODate);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        QCOMPARE(item.value("date"_L1).toString(), from.addDays(i).toString(Qt::ISODate));
        for (const char *key : {"leads_created", "leads_validated", "leads_rejected", "leads_expired",
                                "commissions_cents", "recharges_cents"})
            QVERIFY2(item.value(QLatin1StringView(key)).isDouble(), qPrintable(compact(item)));
        QVERIFY2(item.value("deposits_by_level"_L1).isObject(), qPrintable(compact(item)));
    }
}

void TestServerAdmin::reportsRangeEqualsDays()
{
    Env &env = *m_shared;
    // Activity today, and yesterday's report stored by the job (the range must answer it as stored).
    const Account merchant = env.merchant();
    LM_STOP_IF_FAILED();
    env.recharge(merchant, 60000);
    const QString campaign = env.campaign(merchant);
    LM_STOP_IF_FAILED();
    env.spend(merchant, m_influencer, campaign, 1500);
    reject(env, merchant, env.lead(m_influencer, campaign, 700).value("id"_L1).toString());
    env.runJob(u"daily-report"_s);
    LM_STOP_IF_FAILED();

    const QDate today = QDateTime::currentDateTime().toTimeZone(schedulerZone()).date();
    const QDate from = today.addDays(-2);
    const QDate to = today.addDays(1);
    const Response range = env.http().get(u"/api/admin/reports/daily?from="_s + from.toString(Qt::ISODate)
                                              + u"&to="_s + to.toString(Qt::ISODate),
                                          env.admin().token);
    LM_VERIFY_STATUS(range, 200);
    const QJsonArray items = range.json.value("items"_L1).toArray();
    QCOMPARE(items.size(), 4);
    for (const QJsonValue &item : items) {
        const QString day = item.toObject().value("date"_L1).toString();
        const Response one = env.http().get(u"/api/admin/reports/daily?date="_s + day, env.admin().token);
        LM_VERIFY_STATUS(one, 200);
        QVERIFY2(one.json == item.toObject(),
                 qPrintable(u"day %1: range %2, date %3"_s.arg(day, compact(item.toObject()), compact(one.json))));
    }
    const QJsonObject todays = items.at(2).toObject();
    QVERIFY(todays.value("leads_created"_L1).toInteger() >= 2);
    QVERIFY(todays.value("leads_validated"_L1).toInteger() >= 1);
    QVERIFY(todays.value("leads_rejected"_L1).toInteger() >= 1);
    QVERIFY(todays.value("commissions_cents"_L1).toInteger() >= 1500);
    QVERIFY(todays.value("recharges_cents"_L1).toInteger() >= 60000);

    LM_VERIFY_ERROR(env.http().get(u"/api/admin/reports/daily?from=2026-01-01&to=2026-01-02"_s, merchant.token), 403,
                    u"forbidden"_s);
}

// ---------------------------------------------------------------------------------------------
// Users

void TestServerAdmin::usersListAndSearch()
{
    Env &env = *m_shared;
    const QString tag = u"Zephyr"_s + uniqueSuffix();
    const Account merchant = env.merchant(u"Boulangerie "_s + tag);
    LM_STOP_IF_FAILED();
    const Account influencer = env.http().registerUser(u"influencer"_s, tag.toLower() + u" Créations"_s);
    LM_VERIFY_ACCOUNT(influencer);
    const Account other = env.merchant(u"Épicerie sans rapport "_s + uniqueSuffix());
    LM_STOP_IF_FAILED();

    // The name, in another case, finds both; the role narrows it.
    QJsonArray found = usersOf(env, u"?q="_s + tag.toUpper());
    LM_STOP_IF_FAILED();
    QCOMPARE(idsOf(found), (QSet<QString>{merchant.id, influencer.id}));
    // Newest first.
    QCOMPARE(found.at(0).toObject().value("id"_L1).toString(), influencer.id);
    for (const QJsonValue &user : found) {
        const QJsonObject u = user.toObject();
        QCOMPARE(u.value("status"_L1).toString(), u"active"_s);
        for (const char *key : {"id", "email", "role", "display_name", "locale", "status"})
            QVERIFY2(u.value(QLatin1StringView(key)).isString(), qPrintable(compact(u)));
        QVERIFY2(u.value("email_verified"_L1).isBool() && isApiTime(u.value("created_at"_L1))
                     && isApiTime(u.value("updated_at"_L1)) && u.contains("phone"_L1),
                 qPrintable(compact(u)));
    }
    found = usersOf(env, u"?role=merchant&q="_s + tag);
    LM_STOP_IF_FAILED();
    QCOMPARE(idsOf(found), QSet<QString>{merchant.id});
    // Part of an email finds its user.
    const QString emailPart = other.email.left(other.email.indexOf(u'@'));
    QCOMPARE(idsOf(usersOf(env, u"?q="_s + emailPart.toUpper())), QSet<QString>{other.id});
    // LIKE's wildcards are plain characters in q.
    QCOMPARE(usersOf(env, u"?q=%25"_s).size(), 0);

    // Every admin, and nobody else, with role=admin.
    const QJsonArray admins = usersOf(env, u"?role=admin"_s);
    LM_STOP_IF_FAILED();
    QVERIFY(idsOf(admins).contains(env.admin().id));
    QCOMPARE(where(admins, u"role"_s, u"admin"_s).size(), admins.size());

    // Paging: limit and cursor walk every user once.
    const Response first = env.http().get(u"/api/admin/users?limit=1"_s, env.admin().token);
    LM_VERIFY_STATUS(first, 200);
    QCOMPARE(first.json.value("items"_L1).toArray().size(), 1);
    QVERIFY(first.json.value("next_cursor"_L1).isString());
    QVERIFY(isApiTime(first.json.value("server_time"_L1)));
    const QJsonArray all = usersOf(env, QString());
    LM_STOP_IF_FAILED();
    QCOMPARE(idsOf(all).size(), all.size());
    QVERIFY(idsOf(all).contains(other.id) && idsOf(all).contains(m_influencer.id));
}

void TestServerAdmin::usersListRefused_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code"); ///< or the field of a 422

    QTest::newRow("anonymous: 401") << u"anonymous"_s << QString() << 401 << u"unauthenticated"_s;
    QTest::newRow("merchant: 403") << u"merchant"_s << QString() << 403 << u"forbidden"_s;
    QTest::newRow("influencer: 403") << u"influencer"_s << QString() << 403 << u"forbidden"_s;
    QTest::newRow("unknown role: 422") << u"admin"_s << u"?role=client"_s << 422 << u"role"_s;
    QTest::newRow("roles are exact: 422") << u"admin"_s << u"?role=Admin"_s << 422 << u"role"_s;
    QTest::newRow("unknown status: 422") << u"admin"_s << u"?status=blocked"_s << 422 << u"status"_s;
    QTest::newRow("q of 255 characters: 422") << u"admin"_s << u"?q="_s + QString(255, u'a') << 422 << u"q"_s;
}

void TestServerAdmin::usersListRefused()
{
    QFETCH(QString, who);
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, code);

    Env &env = *m_shared;
    const QString token = who == "admin"_L1        ? env.admin().token
        : who == "influencer"_L1                   ? m_influencer.token
        : who == "merchant"_L1                     ? env.merchant().token
                                                   : QString();
    const Response r = env.http().get(u"/api/admin/users"_s + query, token);
    if (status == 422)
        LM_VERIFY_FIELD_ERROR(r, code);
    else
        LM_VERIFY_ERROR(r, status, code);
}

void TestServerAdmin::disableAndEnable()
{
    Env &env = *m_shared;
    const Account user = env.influencer();
    LM_STOP_IF_FAILED();
    const Account secondSession = env.http().login(user.email, user.password);
    LM_VERIFY_ACCOUNT(secondSession);
    const QString path = u"/api/admin/users/"_s + user.id;

    const Response disabled = env.http().put(path, QJsonObject{{"status"_L1, u"disabled"_s}}, env.admin().token);
    LM_VERIFY_STATUS(disabled, 200);
    QCOMPARE(disabled.json.value("id"_L1).toString(), user.id);
    QCOMPARE(disabled.json.value("status"_L1).toString(), u"disabled"_s);
    QCOMPARE(disabled.json.value("email"_L1).toString(), user.email);
    // Every session ends at once.
    LM_VERIFY_ERROR(env.http().get(u"/api/me"_s, user.token), 401, u"unauthenticated"_s);
    LM_VERIFY_ERROR(env.http().get(u"/api/me"_s, secondSession.token), 401, u"unauthenticated"_s);
    LM_VERIFY_ERROR(env.http().get(u"/api/leads"_s, user.token), 401, u"unauthenticated"_s);
    // The right password learns that the account is disabled; a wrong one learns nothing.
    const Response login = env.http().post(u"/api/auth/login"_s,
                                           QJsonObject{{"email"_L1, user.email}, {"password"_L1, user.password}});
    LM_VERIFY_ERROR(login, 403, u"account_disabled"_s);
    LM_VERIFY_ERROR(env.http().post(u"/api/auth/login"_s,
                                    QJsonObject{{"email"_L1, user.email}, {"password"_L1, u"not-the-password"_s}}),
                    401, u"invalid_credentials"_s);
    QVERIFY(idsOf(usersOf(env, u"?status=disabled"_s)).contains(user.id));
    QVERIFY(!idsOf(usersOf(env, u"?status=active"_s)).contains(user.id));

    // Disabling again changes nothing (and is not audited twice).
    const Response disabledAgain = env.http().put(path, QJsonObject{{"status"_L1, u"disabled"_s}}, env.admin().token);
    LM_VERIFY_STATUS(disabledAgain, 200);
    QCOMPARE(disabledAgain.json.value("status"_L1).toString(), u"disabled"_s);

    const Response enabled = env.http().put(path, QJsonObject{{"status"_L1, u"active"_s}}, env.admin().token);
    LM_VERIFY_STATUS(enabled, 200);
    QCOMPARE(enabled.json.value("status"_L1).toString(), u"active"_s);
    // The old sessions stay closed; signing in works again.
    LM_VERIFY_ERROR(env.http().get(u"/api/me"_s, user.token), 401, u"unauthenticated"_s);
    const Account back = env.http().login(user.email, user.password);
    LM_VERIFY_ACCOUNT(back);
    const Response me = env.http().get(u"/api/me"_s, back.token);
    LM_VERIFY_STATUS(me, 200);
    QCOMPARE(me.json.value("status"_L1).toString(), u"active"_s);

    const QJsonArray audit = auditOf(env.http(), env.admin().token, user.id);
    LM_STOP_IF_FAILED();
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit.at(0).toObject().value("action"_L1).toString(), u"user.enable"_s);
    QCOMPARE(audit.at(1).toObject().value("action"_L1).toString(), u"user.disable"_s);
    QCOMPARE(audit.at(1).toObject().value("actor_id"_L1).toString(), env.admin().id);
}

void TestServerAdmin::setUserStatusRefused_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("target"); ///< "self", "user", or an id
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code"); ///< or the field of a 422

    const QJsonObject disable{{"status"_L1, u"disabled"_s}};
    QTest::newRow("an admin cannot disable themself: 422 status") << u"admin"_s << u"self"_s << disable << 422
                                                                  << u"status"_s;
    QTest::newRow("an admin may set themself active: 200")
        << u"admin"_s << u"self"_s << QJsonObject{{"status"_L1, u"active"_s}} << 200 << QString();
    QTest::newRow("status missing: 422") << u"admin"_s << u"user"_s << QJsonObject{} << 422 << u"status"_s;
    QTest::newRow("status unknown: 422") << u"admin"_s << u"user"_s << QJsonObject{{"status"_L1, u"blocked"_s}} << 422
                                         << u"status"_s;
    QTest::newRow("bad status and unknown user: 422 first")
        << u"admin"_s << u"00000000-0000-0000-0000-000000000000"_s << QJsonObject{{"status"_L1, 1}} << 422
        << u"status"_s;
    QTest::newRow("unknown user: 404") << u"admin"_s << u"00000000-0000-0000-0000-000000000000"_s << disable << 404
                                       << u"not_found"_s;
    QTest::newRow("malformed id: 404") << u"admin"_s << u"%C3%A9"_s << disable << 404 << u"not_found"_s;
    QTest::newRow("merchant: 403") << u"merchant"_s << u"user"_s << disable << 403 << u"forbidden"_s;
    QTest::newRow("the user themself: 403") << u"user"_s << u"user"_s << disable << 403 << u"forbidden"_s;
    QTest::newRow("anonymous: 401") << u"anonymous"_s << u"user"_s << disable << 401 << u"unauthenticated"_s;
}

void TestServerAdmin::setUserStatusRefused()
{
    QFETCH(QString, who);
    QFETCH(QString, target);
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, code);

    Env &env = *m_shared;
    const Account user = env.influencer();
    LM_STOP_IF_FAILED();
    const QString id = target == "self"_L1 ? env.admin().id : target == "user"_L1 ? user.id : target;
    const QString token = who == "admin"_L1 ? env.admin().token
        : who == "user"_L1                  ? user.token
        : who == "merchant"_L1              ? env.merchant().token
                                            : QString();
    const Response r = env.http().put(u"/api/admin/users/"_s + id, body, token);
    if (status == 200)
        LM_VERIFY_STATUS(r, 200);
    else if (status == 422)
        LM_VERIFY_FIELD_ERROR(r, code);
    else
        LM_VERIFY_ERROR(r, status, code);
    // Nobody was signed out: the admin and the user still are who they were.
    const Response adminMe = env.http().get(u"/api/me"_s, env.admin().token);
    LM_VERIFY_STATUS(adminMe, 200);
    const Response userMe = env.http().get(u"/api/me"_s, user.token);
    LM_VERIFY_STATUS(userMe, 200);
}

// ---------------------------------------------------------------------------------------------
// Jobs

void TestServerAdmin::jobsPage()
{
    // A fresh database at 10:30 in Casablanca: start-up runs each job's latest slot once.
    const QDate day = baseDay();
    const QDateTime at = localTime(day, QTime(10, 30));
    Env env;
    QVERIFY2(env.start(at), qPrintable(env.error()));

    const Response page = env.http().get(u"/api/admin/jobs"_s, env.admin().token);
    LM_VERIFY_STATUS(page, 200);
    const QJsonArray items = page.json.value("items"_L1).toArray();
    QStringList names;
    for (const QJsonValue &item : items)
        names << item.toObject().value("name"_L1).toString();
    QCOMPARE(names, (QStringList{u"deposit-check"_s, u"daily-report"_s, u"expire-leads"_s, u"pii-retention"_s}));

    const QHash<QString, QPair<QDateTime, QDateTime>> slots{
        // name → (latest slot, next slot)
        {u"deposit-check"_s, {localTime(day, QTime(10, 0)), localTime(day, QTime(11, 0))}},
        {u"daily-report"_s, {localTime(day, QTime(9, 0)), localTime(day.addDays(1), QTime(9, 0))}},
        {u"expire-leads"_s, {localTime(day.addDays(-1), QTime(23, 0)), localTime(day, QTime(23, 0))}},
        {u"pii-retention"_s, {localTime(day, QTime(3, 0)), localTime(day.addDays(1), QTime(3, 0))}},
    };
    QHash<QString, qint64> lastRuns;
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const QString name = item.value("name"_L1).toString();
        QStringList keys = item.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{u"last_result"_s, u"last_run_at"_s, u"last_slot"_s, u"name"_s, u"next_run_at"_s}));
        QCOMPARE(apiTimeMs(item.value("last_slot"_L1)), slots.value(name).first.toMSecsSinceEpoch());
        QCOMPARE(apiTimeMs(item.value("next_run_at"_L1)), slots.value(name).second.toMSecsSinceEpoch());
        const qint64 ran = apiTimeMs(item.value("last_run_at"_L1));
        QVERIFY2(qAbs(ran - at.toMSecsSinceEpoch()) < 120'000, qPrintable(compact(item)));
        QVERIFY2(item.value("last_result"_L1).isObject(), qPrintable(compact(item)));
        lastRuns.insert(name, ran);
    }

    // Run now: the last run and its result follow, the slot does not (a manual run is no slot).
    QTest::qWait(5);
    const QJsonObject run = env.runJob(u"pii-retention"_s);
    LM_STOP_IF_FAILED();
    QCOMPARE(run.value("result"_L1).toObject(), (QJsonObject{{"erased"_L1, 0}}));
    const Response after = env.http().get(u"/api/admin/jobs"_s, env.admin().token);
    LM_VERIFY_STATUS(after, 200);
    const QJsonObject pii = where(after.json.value("items"_L1).toArray(), u"name"_s, u"pii-retention"_s).at(0).toObject();
    QVERIFY2(apiTimeMs(pii.value("last_run_at"_L1)) >= lastRuns.value(u"pii-retention"_s), qPrintable(compact(pii)));
    QVERIFY2(apiTimeMs(pii.value("last_run_at"_L1)) >= apiTimeMs(run.value("ran_at"_L1)), qPrintable(compact(pii)));
    QCOMPARE(pii.value("last_result"_L1).toObject(), (QJsonObject{{"erased"_L1, 0}}));
    QCOMPARE(apiTimeMs(pii.value("last_slot"_L1)), slots.value(u"pii-retention"_s).first.toMSecsSinceEpoch());

    // A fresh database told no admin of missed slots; the page is the admins' only.
    const QJsonArray missed = where(env.notifications(env.admin()), u"level"_s, u"warning"_s);
    QVERIFY2(missed.isEmpty(), qPrintable(compact(missed)));
    const Account merchant = env.merchant();
    LM_STOP_IF_FAILED();
    LM_VERIFY_ERROR(env.http().get(u"/api/admin/jobs"_s, merchant.token), 403, u"forbidden"_s);
    LM_VERIFY_ERROR(env.http().get(u"/api/admin/jobs"_s), 401, u"unauthenticated"_s);
}

// ---------------------------------------------------------------------------------------------
// Retention

void TestServerAdmin::piiRetention()
{
    // The scheduler off: the job runs when the test says so.
    QProcessEnvironment off;
    off.insert(u"LEADMARKET_SCHEDULER"_s, u"0"_s);
    Env env;
    QVERIFY2(env.start(QDateTime(), off), qPrintable(env.error()));
    const Account admin = env.admin();
    Account merchant = env.merchant(u"Riad Rétention"_s);
    Account influencer = env.influencer();
    LM_STOP_IF_FAILED();
    env.recharge(merchant, 100000);
    const QString campaign = env.campaign(merchant, /*atCost=*/false); // 80 MAD fixed, 30 % to the influencer
    LM_STOP_IF_FAILED();
    const QJsonObject validated = createLead(env, influencer, fullLeadBody(campaign, u"Youssef El Amrani"_s, 100000));
    const QJsonObject rejected = createLead(env, influencer, fullLeadBody(campaign, u"Salma Bennani"_s, 50000));
    const QJsonObject pending = createLead(env, influencer, fullLeadBody(campaign, u"Karim Tazi"_s, 60000));
    LM_STOP_IF_FAILED();
    const QJsonObject validatedThen = env.validate(merchant, validated.value("id"_L1).toString());
    const QJsonObject rejectedThen = reject(env, merchant, rejected.value("id"_L1).toString());
    LM_STOP_IF_FAILED();
    const QJsonArray ledgerBefore = transactionsOf(env.http(), merchant);
    const QJsonObject statsBefore = env.http().get(u"/api/influencer/stats"_s, influencer.token).json;
    const QJsonObject depositBefore = env.deposit(merchant);
    QVERIFY(!ledgerBefore.isEmpty());

    // Two years and a day later (730 days is the default retention).
    QVERIFY2(env.restartAtMs(QDateTime::currentMSecsSinceEpoch() + 731 * DayMs), qPrintable(env.error()));
    // Tokens of two years ago have expired: everyone signs in again.
    const Account adminNow = env.http().login(admin.email, admin.password);
    merchant = env.http().login(merchant.email, merchant.password);
    influencer = env.http().login(influencer.email, influencer.password);
    LM_VERIFY_ACCOUNT(adminNow);
    LM_VERIFY_ACCOUNT(merchant);
    LM_VERIFY_ACCOUNT(influencer);
    // A lead decided today is recent, whatever the others' age.
    const QJsonObject recent = createLead(env, influencer, fullLeadBody(campaign, u"Nadia Recent"_s, 40000));
    LM_STOP_IF_FAILED();
    const Response recentDecided = env.http().put(u"/api/leads/"_s + recent.value("id"_L1).toString() + u"/validate"_s,
                                                  QJsonObject{{"quality_score"_L1, 7}}, merchant.token);
    LM_VERIFY_STATUS(recentDecided, 200);
    const Response cursor = env.http().get(u"/api/leads?limit=1"_s, merchant.token);
    const QString before = cursor.json.value("server_time"_L1).toString();

    const Response run = env.http().post(u"/api/admin/jobs/pii-retention/run"_s, QJsonObject{}, adminNow.token);
    LM_VERIFY_STATUS(run, 200);
    QCOMPARE(run.json.value("result"_L1).toObject(), (QJsonObject{{"erased"_L1, 2}}));
    // Running a job by hand is an admin action: audited.
    const QJsonArray ran = auditOf(env.http(), adminNow.token, u"pii-retention"_s);
    QVERIFY2(!ran.isEmpty() && ran.first().toObject().value("action"_L1).toString() == "job.run"_L1,
             qPrintable(QString::fromUtf8(QJsonDocument(ran).toJson(QJsonDocument::Compact))));

    auto leadNow = [&](const QJsonObject &lead) {
        const Response r = env.http().get(u"/api/leads/"_s + lead.value("id"_L1).toString(), merchant.token);
        if (r.status != 200)
            QTest::qFail(qPrintable(r.describe()), __FILE__, __LINE__);
        return r.json;
    };
    const struct
    {
        QJsonObject lead;
        QString initials;
    } erasedLeads[] = {{validatedThen, u"Y. E. A."_s}, {rejectedThen, u"S. B."_s}};
    for (const auto &[original, initials] : erasedLeads) {
        const QJsonObject now = leadNow(original);
        LM_STOP_IF_FAILED();
        LM_VERIFY_SHAPE(leadProblem, now);
        QCOMPARE(now.value("erased"_L1).toBool(), true);
        QCOMPARE(now.value("client_name"_L1).toString(), initials);
        for (const char *key : {"client_email", "client_phone", "company", "notes"})
            QVERIFY2(now.value(QLatin1StringView(key)).toString().isEmpty(), qPrintable(compact(now)));
        // What the lead was worth, and what became of it, stay.
        for (const char *key : {"id", "campaign_id", "influencer_id", "status", "estimated_value_cents",
                                "commission_cents", "commission_type", "influencer_share_cents", "source",
                                "quality_score", "feedback", "rejection_reason", "created_at", "expires_at",
                                "decided_at"})
            QVERIFY2(now.value(QLatin1StringView(key)) == original.value(QLatin1StringView(key)),
                     qPrintable(QLatin1StringView(key) + u": "_s + compact(now)));
        // Changed: a delta sync brings the erasure to every client's cache.
        QVERIFY(apiTimeMs(now.value("updated_at"_L1)) > apiTimeMs(original.value("updated_at"_L1)));
    }
    // Untouched: a lead still pending, and a lead decided today.
    for (const QJsonObject &kept : {pending, recent}) {
        const QJsonObject now = leadNow(kept);
        LM_STOP_IF_FAILED();
        LM_VERIFY_SHAPE(leadProblem, now);
        QCOMPARE(now.value("erased"_L1).toBool(), false);
        for (const char *key : {"client_name", "client_email", "client_phone", "company", "notes"})
            QCOMPARE(now.value(QLatin1StringView(key)), kept.value(QLatin1StringView(key)));
    }
    // The clients' caches hear of it: a delta sync pulls the erased leads.
    const Response delta = env.http().get(u"/api/leads?updated_since="_s + before, merchant.token);
    LM_VERIFY_STATUS(delta, 200);
    const QSet<QString> changed = idsOf(delta.json.value("items"_L1).toArray());
    QVERIFY(changed.contains(validated.value("id"_L1).toString()) && changed.contains(rejected.value("id"_L1).toString()));

    // Money rows stay as they were (their descriptions name the client by initials now).
    const QJsonArray ledgerAfter = transactionsOf(env.http(), merchant);
    QCOMPARE(ledgerAfter.size(), ledgerBefore.size() + 2); // the recent lead's reserve and deduction
    for (const QJsonValue &old : ledgerBefore) {
        const QJsonObject row = old.toObject();
        const QJsonArray same = where(ledgerAfter, u"id"_s, row.value("id"_L1).toString());
        QCOMPARE(same.size(), 1);
        QCOMPARE(moneyOf(same.at(0).toObject()), moneyOf(row));
        const QString description = same.at(0).toObject().value("description"_L1).toString();
        QVERIFY2(!description.contains(u"Youssef"_s) && !description.contains(u"Salma"_s), qPrintable(description));
    }
    // The deposit moved by the recent lead only.
    const QJsonObject depositAfter = env.deposit(merchant);
    QCOMPARE(depositAfter.value("current_balance_cents"_L1).toInteger(),
             depositBefore.value("current_balance_cents"_L1).toInteger()
                 - recentDecided.json.value("commission_cents"_L1).toInteger());
    QCOMPARE(depositAfter.value("reserved_cents"_L1), depositBefore.value("reserved_cents"_L1));
    QCOMPARE(depositAfter.value("reference_cents"_L1), depositBefore.value("reference_cents"_L1));
    const QJsonObject statsAfter = env.http().get(u"/api/influencer/stats"_s, influencer.token).json;
    QCOMPARE(statsAfter.value("earned_cents"_L1).toInteger(),
             statsBefore.value("earned_cents"_L1).toInteger() + recentDecided.json.value("influencer_share_cents"_L1).toInteger());
    LM_VERIFY_LEDGER(env.http(), adminNow.token);
    // The notifications that named the clients name them by initials too.
    for (const Account &who : {merchant, influencer}) {
        QString problem;
        const auto notices = env.http().listAll(u"/api/notifications"_s, who.token, &problem);
        QVERIFY2(notices.has_value(), qPrintable(problem));
        const QString text = compact(*notices);
        QVERIFY2(!text.contains(u"Youssef El Amrani"_s) && !text.contains(u"Salma Bennani"_s), qPrintable(text));
        QVERIFY2(who.id != merchant.id || text.contains(u"Karim Tazi"_s), qPrintable(text));
    }

    // The 30-day rejection rate counts today's decision only (the rejection is two years old).
    QString problem;
    const auto board = env.http().listAll(u"/api/admin/alerts"_s, adminNow.token, &problem);
    QVERIFY2(board.has_value(), qPrintable(problem));
    const QJsonObject row = where(*board, u"merchant_id"_s, merchant.id).at(0).toObject();
    QCOMPARE(row.value("rejection_rate_30d"_L1).toDouble(), 0.0);
    QCOMPARE(row.value("pending_leads"_L1).toInteger(), qint64(1));

    // A second run finds nothing left to erase.
    const Response again = env.http().post(u"/api/admin/jobs/pii-retention/run"_s, QJsonObject{}, adminNow.token);
    LM_VERIFY_STATUS(again, 200);
    QCOMPARE(again.json.value("result"_L1).toObject(), (QJsonObject{{"erased"_L1, 0}}));
}

void TestServerAdmin::eraseRoute_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("target"); ///< "lead" or an id
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    QTest::newRow("admin: 200") << u"admin"_s << u"lead"_s << 200 << QString();
    QTest::newRow("unknown lead: 404") << u"admin"_s << u"00000000-0000-0000-0000-000000000000"_s << 404
                                       << u"not_found"_s;
    QTest::newRow("malformed id: 404") << u"admin"_s << u"%C3%A9"_s << 404 << u"not_found"_s;
    QTest::newRow("its merchant: 403") << u"merchant"_s << u"lead"_s << 403 << u"forbidden"_s;
    QTest::newRow("its influencer: 403") << u"influencer"_s << u"lead"_s << 403 << u"forbidden"_s;
    QTest::newRow("anonymous: 401") << u"anonymous"_s << u"lead"_s << 401 << u"unauthenticated"_s;
}

void TestServerAdmin::eraseRoute()
{
    QFETCH(QString, who);
    QFETCH(QString, target);
    QFETCH(int, status);
    QFETCH(QString, code);

    Env &env = *m_shared;
    const Account merchant = env.merchant();
    LM_STOP_IF_FAILED();
    env.recharge(merchant, 60000);
    const QString campaign = env.campaign(merchant);
    LM_STOP_IF_FAILED();
    const QJsonObject lead = createLead(env, m_influencer, fullLeadBody(campaign, u"Omar Alaoui"_s, 3000));
    LM_STOP_IF_FAILED();
    const QString id = target == "lead"_L1 ? lead.value("id"_L1).toString() : target;
    const QString token = who == "admin"_L1 ? env.admin().token
        : who == "merchant"_L1              ? merchant.token
        : who == "influencer"_L1            ? m_influencer.token
                                            : QString();
    const QString path = u"/api/admin/leads/"_s + id + u"/erase"_s;
    const Response r = env.http().post(path, QJsonObject{}, token);
    if (status != 200) {
        LM_VERIFY_ERROR(r, status, code);
        QCOMPARE(env.leadById(merchant, lead.value("id"_L1).toString()).value("client_name"_L1).toString(),
                 u"Omar Alaoui"_s);
        return;
    }
    LM_VERIFY_STATUS(r, 200);
    LM_VERIFY_SHAPE(leadProblem, r.json);
    QCOMPARE(r.json.value("erased"_L1).toBool(), true);
    QCOMPARE(r.json.value("client_name"_L1).toString(), u"O. A."_s);
    QCOMPARE(r.json.value("status"_L1).toString(), u"pending"_s); // any lead, at once
    QCOMPARE(r.json.value("commission_cents"_L1), lead.value("commission_cents"_L1));
    QCOMPARE(env.leadById(merchant, id), r.json);
    // Again: the same answer, nothing changed twice, one audit row.
    const Response again = env.http().post(path, QJsonObject{}, token);
    LM_VERIFY_STATUS(again, 200);
    QCOMPARE(again.json, r.json);
    const QJsonArray audit = auditOf(env.http(), env.admin().token, id);
    LM_STOP_IF_FAILED();
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.at(0).toObject().value("action"_L1).toString(), u"lead.erase"_s);
    // Still decidable: the money flow does not need the contact details.
    const Response decided =
        env.http().put(u"/api/leads/"_s + id + u"/validate"_s, QJsonObject{{"quality_score"_L1, 6}}, merchant.token);
    LM_VERIFY_STATUS(decided, 200);
    LM_VERIFY_LEDGER(env.http(), env.admin().token);
}

// ---------------------------------------------------------------------------------------------
// Admin notices

void TestServerAdmin::adminNoticeWording()
{
    Env &env = *m_shared;
    const QString name = u"Agence Lumière "_s + uniqueSuffix();
    const Account merchant = env.merchant(name, uniqueMobile());
    LM_STOP_IF_FAILED();
    env.recharge(merchant, 50000);
    const QString campaign = env.campaign(merchant);
    LM_STOP_IF_FAILED();
    env.spend(merchant, m_influencer, campaign, 46000); // 4,000 of 50,000 left: 8 %, critical
    LM_STOP_IF_FAILED();

    QJsonArray before = env.notifications(env.admin());
    env.runJob(u"deposit-check"_s);
    QJsonArray notices = where(added(before, env.notifications(env.admin())), u"kind"_s, u"merchant_alert"_s);
    LM_STOP_IF_FAILED();
    QVERIFY2(notices.size() == 1, qPrintable(compact(notices)));
    QJsonObject notice = notices.at(0).toObject();
    QCOMPARE(notice.value("title"_L1).toString(), name + u" : dépôt critique, 8 %"_s);
    QCOMPARE(notice.value("level"_L1).toString(), u"critical"_s);
    QVERIFY2(notice.value("body"_L1).toString().startsWith(u"Solde : 40,00 dhs (500,00 dhs après la dernière recharge)."_s),
             qPrintable(compact(notice)));
    QVERIFY2(!notice.value("body"_L1).toString().contains(u"rechargez"_s), qPrintable(compact(notice)));
    // The merchant's own notice keeps the merchant's wording.
    const QJsonArray own = where(env.notifications(merchant), u"level"_s, u"critical"_s);
    QVERIFY2(own.size() == 1 && own.at(0).toObject().value("body"_L1).toString().contains(u"rechargez"_s),
             qPrintable(compact(own)));

    // Same level at the next check: nothing new for the admin.
    before = env.notifications(env.admin());
    env.runJob(u"deposit-check"_s);
    QCOMPARE(where(added(before, env.notifications(env.admin())), u"kind"_s, u"merchant_alert"_s).size(), 0);

    // Depleted: one more, with its level.
    env.spend(merchant, m_influencer, campaign, 4000);
    LM_STOP_IF_FAILED();
    env.runJob(u"deposit-check"_s);
    notices = where(added(before, env.notifications(env.admin())), u"kind"_s, u"merchant_alert"_s);
    LM_STOP_IF_FAILED();
    QVERIFY2(notices.size() == 1, qPrintable(compact(notices)));
    notice = notices.at(0).toObject();
    QCOMPARE(notice.value("title"_L1).toString(), name + u" : dépôt épuisé, 0 %"_s);
    QCOMPARE(notice.value("level"_L1).toString(), u"depleted"_s);
    QVERIFY2(notice.value("body"_L1).toString().contains(u"Dépôt bloqué"_s), qPrintable(compact(notice)));
}

QTEST_GUILESS_MAIN(TestServerAdmin)
#include "tst_server_admin.moc"
