// Issue 7, the automatic side of the server against DESIGN.md "Business rules" and API.md: the
// deposit check's levels and channels, escalation without repetition, the 24 h reminder, blocking
// and pausing on depletion and their undoing by a recharge, the 72 h expiry edge, the daily
// report's numbers, one run per slot with two servers on one database, a missed slot run once at
// start-up, and the notification, outbox, jobs and metrics routes.
//
// No messaging provider is configured here: every outgoing message is an outbox row `skipped`
// with its reason, which is what the outbox must record (delivery is tst_server_delivery's).

#include "jobsfixture.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace lmtest;
using namespace lmjobs;

namespace {

constexpr qint64 HourMs = 3600LL * 1000;
constexpr qint64 MinuteMs = 60LL * 1000;
constexpr qint64 Reference = 50000; // 500 MAD, the smallest recharge: the 100 % mark of these deposits

// One value of /metrics: the sample `name{labels}` (labels exactly as written), or -1 when absent.
double metricValue(const QByteArray &text, const QString &sample)
{
    const QStringList lines = QString::fromUtf8(text).split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(sample + u' '))
            return line.mid(sample.size() + 1).trimmed().toDouble();
    }
    return -1;
}

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

QJsonObject campaignOf(Env &env, const Account &merchant, const QString &id)
{
    QString problem;
    const auto rows = env.http().listAll(u"/api/campaigns"_s, merchant.token, &problem);
    if (!rows) {
        QTest::qFail(qPrintable(problem), __FILE__, __LINE__);
        return {};
    }
    for (const QJsonValue &row : *rows) {
        if (row.toObject().value("id"_L1).toString() == id)
            return row.toObject();
    }
    QTest::qFail(qPrintable(u"campaign %1 not listed"_s.arg(id)), __FILE__, __LINE__);
    return {};
}

// What one deposit check produced for one merchant.
struct Produced
{
    QJsonArray dashboard; ///< the merchant's new notifications
    QJsonArray email, sms, whatsapp;
    QJsonArray admins; ///< the admin's new notifications
    QJsonArray outbox; ///< every new outbox row
};

struct Snapshot
{
    QJsonArray outbox, merchant, admin;
};

Snapshot snapshot(Env &env, const Account &merchant)
{
    return {env.outbox(), env.notifications(merchant), env.notifications(env.admin())};
}

Produced producedSince(Env &env, const Snapshot &before, const Account &merchant)
{
    Produced p;
    p.outbox = added(before.outbox, env.outbox());
    p.dashboard = added(before.merchant, env.notifications(merchant));
    p.admins = added(before.admin, env.notifications(env.admin()));
    const QString phone = merchant.user.value("phone"_L1).toString();
    p.email = outboxTo(p.outbox, u"email"_s, merchant.email);
    p.sms = outboxTo(p.outbox, u"sms"_s, phone);
    p.whatsapp = outboxTo(p.outbox, u"whatsapp"_s, phone);
    return p;
}

// The admin's notices about deposits (critical and depleted ones), not about jobs.
QJsonArray depositNotices(const QJsonArray &adminNotifications)
{
    QJsonArray notices = where(adminNotifications, u"level"_s, u"critical"_s);
    for (const QJsonValue &n : where(adminNotifications, u"level"_s, u"depleted"_s))
        notices.append(n);
    return notices;
}

QString describe(const Produced &p)
{
    return u"dashboard %1, outbox %2, admins %3"_s.arg(compact(p.dashboard), compact(p.outbox), compact(p.admins));
}

} // namespace

class TestServerJobs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void levelBoundaries_data();
    void levelBoundaries();
    void neverRechargedIsLeftAlone();
    void escalationWithoutRepetition();
    void reminderEvery24Hours();
    void depletionBlocksAndPauses();
    void rechargeUnblocksAndResumesDepletedOnly();
    void adminBlockSurvivesRecharge();
    void expiryEdge();
    void dailyReportNumbers();
    void twoServersRunASlotOnce();
    void missedSlotRunsOnceAtStartup();

    void notificationRoutes();
    void newLeadNotifiesMerchant();
    void outboxRoute();
    void jobsRoute_data();
    void jobsRoute();
    void jobsRunWhereSchedulerIsOff();
    void metrics();

private:
    std::unique_ptr<Env> m_shared; ///< real clock, for everything that does not move time
    Account m_influencer;
};

void TestServerJobs::initTestCase()
{
    m_shared = std::make_unique<Env>();
    QVERIFY2(m_shared->start(QDateTime()), qPrintable(m_shared->error()));
    m_influencer = m_shared->influencer();
    LM_STOP_IF_FAILED();
}

void TestServerJobs::cleanupTestCase()
{
    m_shared.reset();
}

// ---------------------------------------------------------------------------------------------
// Levels and channels

void TestServerJobs::levelBoundaries_data()
{
    QTest::addColumn<qint64>("spent"); // of a 500 MAD reference
    QTest::addColumn<QString>("level");
    QTest::addColumn<bool>("dashboard");
    QTest::addColumn<bool>("email");
    QTest::addColumn<bool>("phone"); // SMS and WhatsApp
    QTest::addColumn<bool>("admins");
    QTest::addColumn<bool>("blocked");

    QTest::newRow("50 % + 1 centime is healthy: nothing")
        << qint64(24999) << u"healthy"_s << false << false << false << false << false;
    QTest::newRow("exactly 50 % is attention: dashboard")
        << qint64(25000) << u"attention"_s << true << false << false << false << false;
    QTest::newRow("20 % + 1 centime is attention")
        << qint64(39999) << u"attention"_s << true << false << false << false << false;
    QTest::newRow("exactly 20 % is warning: email + dashboard")
        << qint64(40000) << u"warning"_s << true << true << false << false << false;
    QTest::newRow("10 % + 1 centime is warning")
        << qint64(44999) << u"warning"_s << true << true << false << false << false;
    QTest::newRow("exactly 10 % is critical: email, SMS, WhatsApp, dashboard, admins")
        << qint64(45000) << u"critical"_s << true << true << true << true << false;
    QTest::newRow("1 centime left is critical")
        << qint64(49999) << u"critical"_s << true << true << true << true << false;
    QTest::newRow("0 is depleted: every channel, blocked")
        << qint64(50000) << u"depleted"_s << true << true << true << true << true;
}

void TestServerJobs::levelBoundaries()
{
    QFETCH(qint64, spent);
    QFETCH(QString, level);
    QFETCH(bool, dashboard);
    QFETCH(bool, email);
    QFETCH(bool, phone);
    QFETCH(bool, admins);
    QFETCH(bool, blocked);

    Env &env = *m_shared;
    const Account merchant = env.merchant(u"Riad Levels "_s + uniqueSuffix(), uniqueMobile());
    LM_STOP_IF_FAILED();
    env.recharge(merchant, Reference);
    const QString campaign = env.campaign(merchant);
    LM_STOP_IF_FAILED();
    env.spend(merchant, m_influencer, campaign, spent);
    LM_STOP_IF_FAILED();
    const QJsonObject before = env.deposit(merchant);
    QCOMPARE(before.value("current_balance_cents"_L1).toInteger(), Reference - spent);
    QCOMPARE(before.value("reference_cents"_L1).toInteger(), Reference);
    QCOMPARE(before.value("level"_L1).toString(), level);

    const Snapshot snap = snapshot(env, merchant);
    LM_STOP_IF_FAILED();
    env.runJob(u"deposit-check"_s);
    const Produced p = producedSince(env, snap, merchant);
    LM_STOP_IF_FAILED();

    QVERIFY2(p.dashboard.size() == (dashboard ? 1 : 0), qPrintable(describe(p)));
    if (dashboard)
        QCOMPARE(p.dashboard.at(0).toObject().value("level"_L1).toString(), level);
    QVERIFY2(p.email.size() == (email ? 1 : 0), qPrintable(describe(p)));
    QVERIFY2(p.sms.size() == (phone ? 1 : 0), qPrintable(describe(p)));
    QVERIFY2(p.whatsapp.size() == (phone ? 1 : 0), qPrintable(describe(p)));
    // Nothing else went out: the level's channels and no more.
    QVERIFY2(p.outbox.size() == p.email.size() + p.sms.size() + p.whatsapp.size(), qPrintable(describe(p)));
    for (const QJsonValue &row : std::as_const(p.outbox)) {
        const QJsonObject o = row.toObject();
        QVERIFY2(o.value("status"_L1).toString() == "skipped"_L1, qPrintable(compact(o)));
        QVERIFY2(!o.value("last_error"_L1).toString().isEmpty(), qPrintable(compact(o)));
        QCOMPARE(o.value("attempts"_L1).toInteger(), 0);
    }
    QVERIFY2(p.admins.size() == (admins ? 1 : 0), qPrintable(describe(p)));
    if (admins)
        QCOMPARE(p.admins.at(0).toObject().value("level"_L1).toString(), level);

    const QJsonObject after = env.deposit(merchant);
    QCOMPARE(after.value("status"_L1).toString(), blocked ? u"blocked"_s : u"active"_s);
    if (blocked)
        QCOMPARE(after.value("blocked_reason"_L1).toString(), u"depleted"_s);
    else
        QVERIFY2(after.value("blocked_reason"_L1).isNull(), qPrintable(compact(after)));
    const QJsonObject board = alertRowOf(env, merchant.id);
    LM_STOP_IF_FAILED();
    QCOMPARE(board.value("level"_L1).toString(), level);
    QVERIFY2(dashboard ? isApiTime(board.value("last_alert_at"_L1)) : board.value("last_alert_at"_L1).isNull(),
             qPrintable(compact(board)));
}

void TestServerJobs::neverRechargedIsLeftAlone()
{
    Env &env = *m_shared;
    const Account merchant = env.merchant(u"Jamais Rechargé "_s + uniqueSuffix(), uniqueMobile());
    LM_STOP_IF_FAILED();
    const QString campaign = env.campaign(merchant);
    LM_STOP_IF_FAILED();
    const Snapshot snap = snapshot(env, merchant);
    env.runJob(u"deposit-check"_s);
    env.runJob(u"deposit-check"_s);
    const Produced p = producedSince(env, snap, merchant);
    LM_STOP_IF_FAILED();
    QVERIFY2(p.dashboard.isEmpty() && p.email.isEmpty() && p.sms.isEmpty() && p.whatsapp.isEmpty() &&
                 p.admins.isEmpty(),
             qPrintable(describe(p)));
    const QJsonObject deposit = env.deposit(merchant);
    QCOMPARE(deposit.value("level"_L1).toString(), u"depleted"_s);
    QCOMPARE(deposit.value("status"_L1).toString(), u"active"_s);
    QVERIFY(deposit.value("blocked_reason"_L1).isNull());
    const QJsonObject c = campaignOf(env, merchant, campaign);
    LM_STOP_IF_FAILED();
    QCOMPARE(c.value("status"_L1).toString(), u"active"_s);
    // Not blocked: a lead is refused for want of money, not for a block.
    const Response r = env.http().post(u"/api/leads/create"_s,
                                       QJsonObject{{"campaign_id"_L1, campaign},
                                                   {"client_name"_L1, u"Sara Idrissi"_s},
                                                   {"client_email"_L1, uniqueEmail(u"client"_s)},
                                                   {"client_phone"_L1, uniqueMobile()},
                                                   {"estimated_value_cents"_L1, 10000},
                                                   {"source"_L1, u"tiktok"_s}},
                                       m_influencer.token);
    LM_VERIFY_ERROR(r, 402, u"insufficient_deposit"_s);
}

void TestServerJobs::escalationWithoutRepetition()
{
    Env &env = *m_shared;
    const Account merchant = env.merchant(u"Escalade "_s + uniqueSuffix(), uniqueMobile());
    LM_STOP_IF_FAILED();
    env.recharge(merchant, Reference);
    const QString campaign = env.campaign(merchant);
    LM_STOP_IF_FAILED();

    struct Step
    {
        qint64 spend;
        QString level;
        qsizetype email, phone, admins;
    };
    const QList<Step> steps{{25000, u"attention"_s, 0, 0, 0},
                            {15000, u"warning"_s, 1, 0, 0},
                            {5000, u"critical"_s, 1, 1, 1},
                            {5000, u"depleted"_s, 1, 1, 1}};
    for (const Step &step : steps) {
        env.spend(merchant, m_influencer, campaign, step.spend);
        LM_STOP_IF_FAILED();
        const Snapshot snap = snapshot(env, merchant);
        // Twice at the same level (and a third time for good measure): one alert.
        env.runJob(u"deposit-check"_s);
        env.runJob(u"deposit-check"_s);
        env.runJob(u"deposit-check"_s);
        const Produced p = producedSince(env, snap, merchant);
        LM_STOP_IF_FAILED();
        const QString where = step.level + u": "_s + describe(p);
        QVERIFY2(p.dashboard.size() == 1, qPrintable(where));
        QCOMPARE(p.dashboard.at(0).toObject().value("level"_L1).toString(), step.level);
        QVERIFY2(p.email.size() == step.email, qPrintable(where));
        QVERIFY2(p.sms.size() == step.phone && p.whatsapp.size() == step.phone, qPrintable(where));
        QVERIFY2(p.admins.size() == step.admins, qPrintable(where));
    }
}

// ---------------------------------------------------------------------------------------------
// Time travel: reminders, expiry, reports, slots

void TestServerJobs::reminderEvery24Hours()
{
    Env env;
    QVERIFY2(env.start(localTime(baseDay(), QTime(10, 0))), qPrintable(env.error()));
    const Account influencer = env.influencer();
    const Account critical = env.merchant(u"Critique SARL"_s, uniqueMobile());
    const Account warning = env.merchant(u"Avertie SARL"_s, uniqueMobile());
    const Account depleted = env.merchant(u"Épuisée SARL"_s, uniqueMobile());
    LM_STOP_IF_FAILED();
    for (const auto &[merchant, spent] :
         {std::pair{critical, qint64(45000)}, std::pair{warning, qint64(40000)}, std::pair{depleted, qint64(50000)}}) {
        env.recharge(merchant, Reference);
        const QString campaign = env.campaign(merchant);
        LM_STOP_IF_FAILED();
        env.spend(merchant, influencer, campaign, spent);
        LM_STOP_IF_FAILED();
    }
    env.runJob(u"deposit-check"_s);
    const qint64 alertedAt = apiTimeMs(alertRowOf(env, critical.id).value("last_alert_at"_L1));
    LM_STOP_IF_FAILED();
    QVERIFY2(alertedAt > 0, "the critical deposit has no last_alert_at after the check");

    const Snapshot criticalSnap = snapshot(env, critical);
    const QJsonArray warningBefore = env.notifications(warning);
    const QJsonArray depletedBefore = env.notifications(depleted);
    LM_STOP_IF_FAILED();

    // 23 h 57 min later: the start-up catch-up and a run now remind nobody.
    QVERIFY2(env.restartAtMs(alertedAt + 24 * HourMs - 3 * MinuteMs), qPrintable(env.error()));
    env.runJob(u"deposit-check"_s);
    {
        const Produced p = producedSince(env, criticalSnap, critical);
        LM_STOP_IF_FAILED();
        // (The restarts skip slots: the admin hears of those, and gets the daily report; not of deposits.)
        QVERIFY2(p.dashboard.isEmpty() && p.email.isEmpty() && p.sms.isEmpty() && p.whatsapp.isEmpty(),
                 qPrintable(describe(p)));
        QVERIFY2(depositNotices(p.admins).isEmpty(), qPrintable(describe(p)));
        QCOMPARE(added(depletedBefore, env.notifications(depleted)).size(), 0);
        QCOMPARE(outboxTo(p.outbox, u"sms"_s, depleted.user.value("phone"_L1).toString()).size(), 0);
    }

    // 24 h 2 min later: one reminder for critical and for depleted (start-up catch-up and a run now
    // together), nothing for warning.
    QVERIFY2(env.restartAtMs(alertedAt + 24 * HourMs + 2 * MinuteMs), qPrintable(env.error()));
    env.runJob(u"deposit-check"_s);
    const Produced p = producedSince(env, criticalSnap, critical);
    LM_STOP_IF_FAILED();
    QVERIFY2(p.dashboard.size() == 1 && p.email.size() == 1 && p.sms.size() == 1 && p.whatsapp.size() == 1,
             qPrintable(describe(p)));
    QCOMPARE(p.dashboard.at(0).toObject().value("level"_L1).toString(), u"critical"_s);
    QVERIFY2(depositNotices(p.admins).size() == 2,
             qPrintable(u"one admin notice for the critical and one for the depleted deposit: "_s + compact(p.admins)));
    const QJsonArray depletedNew = added(depletedBefore, env.notifications(depleted));
    QCOMPARE(depletedNew.size(), 1);
    QCOMPARE(depletedNew.at(0).toObject().value("level"_L1).toString(), u"depleted"_s);
    const QString depletedPhone = depleted.user.value("phone"_L1).toString();
    QCOMPARE(outboxTo(p.outbox, u"sms"_s, depletedPhone).size(), 1);
    QCOMPARE(outboxTo(p.outbox, u"email"_s, depleted.email).size(), 1);
    QCOMPARE(added(warningBefore, env.notifications(warning)).size(), 0);
    QCOMPARE(outboxTo(p.outbox, u"email"_s, warning.email).size(), 0);
}

void TestServerJobs::depletionBlocksAndPauses()
{
    Env &env = *m_shared;
    const Account merchant = env.merchant(u"Pause Manuelle "_s + uniqueSuffix(), uniqueMobile());
    LM_STOP_IF_FAILED();
    env.recharge(merchant, Reference);
    const QString running = env.campaign(merchant);
    const QString manual = env.campaign(merchant);
    LM_STOP_IF_FAILED();
    const Response paused =
        env.http().put(u"/api/campaigns/"_s + manual, QJsonObject{{"status"_L1, u"paused"_s}}, merchant.token);
    LM_VERIFY_STATUS(paused, 200);
    QCOMPARE(paused.json.value("paused_reason"_L1).toString(), u"manual"_s);
    env.spend(merchant, m_influencer, running, Reference);
    LM_STOP_IF_FAILED();

    // Depleted but not checked yet: not blocked.
    QCOMPARE(env.deposit(merchant).value("status"_L1).toString(), u"active"_s);
    env.runJob(u"deposit-check"_s);
    const QJsonObject deposit = env.deposit(merchant);
    QCOMPARE(deposit.value("status"_L1).toString(), u"blocked"_s);
    QCOMPARE(deposit.value("blocked_reason"_L1).toString(), u"depleted"_s);
    QCOMPARE(campaignOf(env, merchant, running).value("status"_L1).toString(), u"paused"_s);
    QCOMPARE(campaignOf(env, merchant, running).value("paused_reason"_L1).toString(), u"depleted"_s);
    QCOMPARE(campaignOf(env, merchant, manual).value("status"_L1).toString(), u"paused"_s);
    QCOMPARE(campaignOf(env, merchant, manual).value("paused_reason"_L1).toString(), u"manual"_s);

    for (const QString &campaign : {running, manual}) {
        const Response r = env.http().post(u"/api/leads/create"_s,
                                           QJsonObject{{"campaign_id"_L1, campaign},
                                                       {"client_name"_L1, u"Omar Tazi"_s},
                                                       {"client_email"_L1, uniqueEmail(u"client"_s)},
                                                       {"client_phone"_L1, uniqueMobile()},
                                                       {"estimated_value_cents"_L1, 1000},
                                                       {"source"_L1, u"facebook"_s}},
                                           m_influencer.token);
        LM_VERIFY_ERROR(r, 423, u"deposit_blocked"_s);
    }
}

void TestServerJobs::rechargeUnblocksAndResumesDepletedOnly()
{
    Env &env = *m_shared;
    const Account merchant = env.merchant(u"Reprise "_s + uniqueSuffix(), uniqueMobile());
    LM_STOP_IF_FAILED();
    env.recharge(merchant, Reference);
    const QString running = env.campaign(merchant);
    const QString manual = env.campaign(merchant);
    LM_STOP_IF_FAILED();
    LM_VERIFY_STATUS(
        env.http().put(u"/api/campaigns/"_s + manual, QJsonObject{{"status"_L1, u"paused"_s}}, merchant.token), 200);
    env.spend(merchant, m_influencer, running, Reference);
    env.runJob(u"deposit-check"_s);
    LM_STOP_IF_FAILED();
    QCOMPARE(env.deposit(merchant).value("blocked_reason"_L1).toString(), u"depleted"_s);

    const QJsonObject deposit = env.recharge(merchant, 60000);
    LM_STOP_IF_FAILED();
    QCOMPARE(deposit.value("status"_L1).toString(), u"active"_s);
    QVERIFY(deposit.value("blocked_reason"_L1).isNull());
    QCOMPARE(deposit.value("reference_cents"_L1).toInteger(), 60000);
    QCOMPARE(deposit.value("level"_L1).toString(), u"healthy"_s);
    const QJsonObject resumed = campaignOf(env, merchant, running);
    QCOMPARE(resumed.value("status"_L1).toString(), u"active"_s);
    QVERIFY(resumed.value("paused_reason"_L1).isNull());
    const QJsonObject stillManual = campaignOf(env, merchant, manual);
    QCOMPARE(stillManual.value("status"_L1).toString(), u"paused"_s);
    QCOMPARE(stillManual.value("paused_reason"_L1).toString(), u"manual"_s);

    // Leads come in again, and a check afterwards neither blocks nor alerts.
    const Snapshot snap = snapshot(env, merchant);
    const QJsonObject lead = env.lead(m_influencer, running, 1000);
    LM_STOP_IF_FAILED();
    QCOMPARE(lead.value("status"_L1).toString(), u"pending"_s);
    env.runJob(u"deposit-check"_s);
    QCOMPARE(env.deposit(merchant).value("status"_L1).toString(), u"active"_s);
    const Produced p = producedSince(env, snap, merchant);
    LM_STOP_IF_FAILED();
    QVERIFY2(where(p.dashboard, u"kind"_s, u"new_lead"_s).size() == p.dashboard.size(), qPrintable(describe(p)));
    QVERIFY2(p.sms.isEmpty() && p.admins.isEmpty(), qPrintable(describe(p)));

    // The recharge started a new gauge: going down to 50 % of it alerts again, from attention.
    env.validate(merchant, lead.value("id"_L1).toString());
    env.spend(merchant, m_influencer, running, 29000); // 60,000 − 1,000 − 29,000 = 30,000: 50 %
    LM_STOP_IF_FAILED();
    const Snapshot again = snapshot(env, merchant);
    env.runJob(u"deposit-check"_s);
    const Produced q = producedSince(env, again, merchant);
    LM_STOP_IF_FAILED();
    QVERIFY2(q.dashboard.size() == 1 && q.outbox.isEmpty(), qPrintable(describe(q)));
    QCOMPARE(q.dashboard.at(0).toObject().value("level"_L1).toString(), u"attention"_s);
}

void TestServerJobs::adminBlockSurvivesRecharge()
{
    Env &env = *m_shared;
    const Account merchant = env.merchant(u"Bloqué Admin "_s + uniqueSuffix(), uniqueMobile());
    LM_STOP_IF_FAILED();
    env.recharge(merchant, Reference);
    const QString campaign = env.campaign(merchant);
    LM_STOP_IF_FAILED();
    const QJsonObject pending = env.lead(m_influencer, campaign, Reference);
    LM_STOP_IF_FAILED();
    const Response blocked = env.http().put(u"/api/admin/merchants/"_s + merchant.id,
                                            QJsonObject{{"status"_L1, u"blocked"_s}}, env.admin().token);
    LM_VERIFY_STATUS(blocked, 200);
    QCOMPARE(blocked.json.value("blocked_reason"_L1).toString(), u"admin"_s);
    // The pending lead is still the merchant's to decide; it empties the deposit.
    env.validate(merchant, pending.value("id"_L1).toString());
    env.runJob(u"deposit-check"_s);
    LM_STOP_IF_FAILED();
    QJsonObject deposit = env.deposit(merchant);
    QCOMPARE(deposit.value("level"_L1).toString(), u"depleted"_s);
    QCOMPARE(deposit.value("status"_L1).toString(), u"blocked"_s);
    QCOMPARE(deposit.value("blocked_reason"_L1).toString(), u"admin"_s);

    deposit = env.recharge(merchant, Reference);
    LM_STOP_IF_FAILED();
    QCOMPARE(deposit.value("current_balance_cents"_L1).toInteger(), Reference);
    QCOMPARE(deposit.value("status"_L1).toString(), u"blocked"_s);
    QCOMPARE(deposit.value("blocked_reason"_L1).toString(), u"admin"_s);
    env.runJob(u"deposit-check"_s);
    QCOMPARE(env.deposit(merchant).value("blocked_reason"_L1).toString(), u"admin"_s);
    const Response r = env.http().post(u"/api/leads/create"_s,
                                       QJsonObject{{"campaign_id"_L1, campaign},
                                                   {"client_name"_L1, u"Nadia Alaoui"_s},
                                                   {"client_email"_L1, uniqueEmail(u"client"_s)},
                                                   {"client_phone"_L1, uniqueMobile()},
                                                   {"estimated_value_cents"_L1, 1000},
                                                   {"source"_L1, u"youtube"_s}},
                                       m_influencer.token);
    LM_VERIFY_ERROR(r, 423, u"deposit_blocked"_s);
}

void TestServerJobs::expiryEdge()
{
    Env env;
    QVERIFY2(env.start(localTime(baseDay(), QTime(10, 0))), qPrintable(env.error()));
    const Account influencer = env.influencer();
    const Account merchant = env.merchant(u"Expiration SARL"_s, uniqueMobile());
    LM_STOP_IF_FAILED();
    env.recharge(merchant, Reference);
    const QString campaign = env.campaign(merchant, /*atCost=*/false);
    LM_STOP_IF_FAILED();
    const QJsonObject lead = env.lead(influencer, campaign, 20000, u"Youssef Bennani"_s); // 10 %: 2,000 c
    const QJsonObject late = env.lead(influencer, campaign, 10000, u"Salma Chraibi"_s);   // 1,000 c
    LM_STOP_IF_FAILED();
    const QString leadId = lead.value("id"_L1).toString();
    const qint64 commission = lead.value("commission_cents"_L1).toInteger();
    QCOMPARE(commission, 2000);
    const qint64 createdAt = apiTimeMs(lead.value("created_at"_L1));
    QVERIFY(createdAt > 0);
    QCOMPARE(apiTimeMs(lead.value("expires_at"_L1)) - createdAt, 72 * HourMs);
    const QJsonArray influencerBefore = env.notifications(influencer);
    LM_STOP_IF_FAILED();

    // 71 h 59 min: still pending after the job.
    QVERIFY2(env.restartAtMs(createdAt + 72 * HourMs - MinuteMs), qPrintable(env.error()));
    env.runJob(u"expire-leads"_s);
    LM_STOP_IF_FAILED();
    QCOMPARE(env.leadById(merchant, leadId).value("status"_L1).toString(), u"pending"_s);
    QCOMPARE(env.deposit(merchant).value("reserved_cents"_L1).toInteger(), commission + 1000);
    QCOMPARE(added(influencerBefore, env.notifications(influencer)).size(), 0);

    // 72 h 1 min: past expires_at, but until the job runs a lead can still be decided.
    QVERIFY2(env.restartAtMs(createdAt + 72 * HourMs + MinuteMs), qPrintable(env.error()));
    QCOMPARE(env.leadById(merchant, leadId).value("status"_L1).toString(), u"pending"_s);
    QCOMPARE(env.validate(merchant, late.value("id"_L1).toString()).value("status"_L1).toString(), u"validated"_s);
    // Then the job: expired, reservation released, influencer told.
    env.runJob(u"expire-leads"_s);
    LM_STOP_IF_FAILED();
    const QJsonObject expired = env.leadById(merchant, leadId);
    QCOMPARE(expired.value("status"_L1).toString(), u"expired"_s);
    const QJsonObject deposit = env.deposit(merchant);
    QCOMPARE(deposit.value("reserved_cents"_L1).toInteger(), 0);
    QCOMPARE(deposit.value("current_balance_cents"_L1).toInteger(), Reference - 1000);
    QCOMPARE(deposit.value("available_cents"_L1).toInteger(), Reference - 1000);

    QString problem;
    const auto transactions = env.http().listAll(u"/api/leads/deposits/transactions"_s, merchant.token, &problem);
    QVERIFY2(transactions, qPrintable(problem));
    const QJsonArray releases = where(where(*transactions, u"kind"_s, u"release"_s), u"lead_id"_s, leadId);
    QVERIFY2(releases.size() == 1, qPrintable(compact(*transactions)));
    const QJsonObject release = releases.at(0).toObject();
    QCOMPARE(release.value("amount_cents"_L1).toInteger(), commission);
    QCOMPARE(release.value("reserved_delta_cents"_L1).toInteger(), -commission);
    QCOMPARE(release.value("balance_delta_cents"_L1).toInteger(), 0);
    QCOMPARE(release.value("reserved_after_cents"_L1).toInteger(), 0);
    QCOMPARE(where(*transactions, u"lead_id"_s, late.value("id"_L1).toString()).size(), 2); // reserve, deduction

    const QJsonArray told = added(influencerBefore, env.notifications(influencer));
    QVERIFY2(told.size() == 1, qPrintable(compact(told))); // of the expiry only
    const QJsonObject notice = told.at(0).toObject();
    const QString text = notice.value("title"_L1).toString() + u' ' + notice.value("body"_L1).toString();
    QVERIFY2(text.contains(u"Youssef Bennani"_s), qPrintable(u"the notice does not say which lead: "_s + text));

    // The ledger still adds up, and a second run changes nothing.
    const Response check = env.http().get(u"/api/admin/ledger-check"_s, env.admin().token);
    LM_VERIFY_STATUS(check, 200);
    QVERIFY2(check.json.value("ok"_L1).toBool(), qPrintable(check.describe()));
    env.runJob(u"expire-leads"_s);
    QCOMPARE(env.deposit(merchant).value("reserved_cents"_L1).toInteger(), 0);
    QCOMPARE(added(influencerBefore, env.notifications(influencer)).size(), 1);
}

void TestServerJobs::dailyReportNumbers()
{
    const QDate day = baseDay();
    Env env;
    QVERIFY2(env.start(localTime(day, QTime(10, 0))), qPrintable(env.error()));
    const Account influencer = env.influencer();
    const Account merchant = env.merchant(u"Rapport SARL"_s, uniqueMobile());
    LM_STOP_IF_FAILED();
    env.recharge(merchant, 100000);
    const QString campaign = env.campaign(merchant, /*atCost=*/false);
    LM_STOP_IF_FAILED();
    // Default policy: 10 % under 800 MAD, 80 MAD from 800 MAD on.
    const QJsonObject l1 = env.lead(influencer, campaign, 50000);  // 5,000 c
    const QJsonObject l2 = env.lead(influencer, campaign, 100000); // 8,000 c (fixed)
    const QJsonObject l3 = env.lead(influencer, campaign, 30000);  // 3,000 c
    const QJsonObject l4 = env.lead(influencer, campaign, 20000);  // 2,000 c, left pending
    LM_STOP_IF_FAILED();
    env.validate(merchant, l1.value("id"_L1).toString());
    env.validate(merchant, l2.value("id"_L1).toString());
    LM_VERIFY_STATUS(env.http().put(u"/api/leads/"_s + l3.value("id"_L1).toString() + u"/reject"_s,
                                    QJsonObject{{"reason"_L1, u"Numéro injoignable"_s}}, merchant.token),
                     200);
    LM_STOP_IF_FAILED();
    const QJsonArray adminMailBefore = outboxTo(env.outbox(), u"email"_s, env.admin().email);

    // 09:00 the next day: the start-up catch-up runs the slot, which stores and emails day's report.
    QVERIFY2(env.restartAt(localTime(day.addDays(1), QTime(9, 0, 30))), qPrintable(env.error()));
    const QString dayText = day.toString(Qt::ISODate);
    const Response report = env.http().get(u"/api/admin/reports/daily?date="_s + dayText, env.admin().token);
    LM_VERIFY_STATUS(report, 200);
    const QJsonObject expected{
        {"date"_L1, dayText},
        {"leads_created"_L1, 4},
        {"leads_validated"_L1, 2},
        {"leads_rejected"_L1, 1},
        {"leads_expired"_L1, 0},
        {"commissions_cents"_L1, 13000},
        {"recharges_cents"_L1, 100000},
        {"deposits_by_level"_L1,
         QJsonObject{
             {"healthy"_L1, 1}, {"attention"_L1, 0}, {"warning"_L1, 0}, {"critical"_L1, 0}, {"depleted"_L1, 0}}}};
    QVERIFY2(report.json == expected,
             qPrintable(u"expected "_s + compact(expected) + u"\n got "_s + report.describe()));
    // Without a date: yesterday in the scheduler's zone, that same report.
    const Response yesterday = env.http().get(u"/api/admin/reports/daily"_s, env.admin().token);
    LM_VERIFY_STATUS(yesterday, 200);
    QVERIFY2(yesterday.json == expected, qPrintable(yesterday.describe()));
    // Emailed to the admin once.
    const QJsonArray adminMail = added(adminMailBefore, outboxTo(env.outbox(), u"email"_s, env.admin().email));
    QVERIFY2(adminMail.size() == 1, qPrintable(compact(adminMail)));
    QVERIFY2(adminMail.at(0).toObject().value("subject"_L1).toString().contains(dayText) ||
                 adminMail.at(0).toObject().value("subject"_L1).toString().contains(day.toString(u"dd/MM/yyyy"_s)),
             qPrintable(u"the report email's subject does not name its day: "_s + compact(adminMail)));

    // Day + 3 at 23:00: the pending lead expires; that day's report counts it, day's report is unchanged.
    QVERIFY2(env.restartAt(localTime(day.addDays(3), QTime(23, 0, 30))), qPrintable(env.error()));
    QCOMPARE(env.leadById(merchant, l4.value("id"_L1).toString()).value("status"_L1).toString(), u"expired"_s);
    const Response later =
        env.http().get(u"/api/admin/reports/daily?date="_s + day.addDays(3).toString(Qt::ISODate), env.admin().token);
    LM_VERIFY_STATUS(later, 200);
    QCOMPARE(later.json.value("leads_created"_L1).toInteger(), 0);
    QCOMPARE(later.json.value("leads_validated"_L1).toInteger(), 0);
    QCOMPARE(later.json.value("leads_expired"_L1).toInteger(), 1);
    QCOMPARE(later.json.value("commissions_cents"_L1).toInteger(), 0);
    QCOMPARE(later.json.value("recharges_cents"_L1).toInteger(), 0);
    const Response again = env.http().get(u"/api/admin/reports/daily?date="_s + dayText, env.admin().token);
    QVERIFY2(again.json == expected, qPrintable(again.describe()));
    const Response quiet =
        env.http().get(u"/api/admin/reports/daily?date="_s + day.addDays(1).toString(Qt::ISODate), env.admin().token);
    LM_VERIFY_STATUS(quiet, 200);
    QCOMPARE(quiet.json.value("leads_created"_L1).toInteger(), 0);
    QCOMPARE(quiet.json.value("recharges_cents"_L1).toInteger(), 0);

    const Response bad = env.http().get(u"/api/admin/reports/daily?date=2026-13-45"_s, env.admin().token);
    LM_VERIFY_FIELD_ERROR(bad, u"date"_s);
}

void TestServerJobs::twoServersRunASlotOnce()
{
    const QDate day = baseDay().addDays(1);
    QProcessEnvironment fast;
    fast.insert(u"LEADMARKET_SCHEDULER_POLL_MS"_s, u"100"_s);
    Env env;
    QVERIFY2(env.start(localTime(day, QTime(8, 58)), fast), qPrintable(env.error()));
    const Account influencer = env.influencer();
    const Account merchant = env.merchant(u"Deux Serveurs SARL"_s, uniqueMobile());
    LM_STOP_IF_FAILED();
    env.recharge(merchant, Reference);
    const QString campaign = env.campaign(merchant);
    LM_STOP_IF_FAILED();
    env.spend(merchant, influencer, campaign, Reference); // depleted, not yet seen by a check
    LM_STOP_IF_FAILED();
    const Snapshot snap = snapshot(env, merchant);
    LM_STOP_IF_FAILED();

    // Both just before 09:00: the 08:00 slots already ran, so neither runs anything at start-up.
    const QDateTime before = localTime(day, QTime(8, 59, 54));
    QVERIFY2(env.restartAt(before), qPrintable(env.error()));
    QString error;
    std::unique_ptr<ServerProcess> second = env.startSecond(before, &error);
    QVERIFY2(second, qPrintable(error));
    Http secondHttp(second->baseUrl());

    // Past 09:00 on both clocks: deposit-check and daily-report are due on both.
    const qint64 slotS = localTime(day, QTime(9, 0)).toMSecsSinceEpoch() / 1000;
    auto lastRun = [](Http &http, const QString &job) {
        const Response m = http.get(u"/metrics"_s);
        return metricValue(m.body, u"leadmarket_job_last_run_timestamp_seconds{job=\""_s + job + u"\"}"_s);
    };
    QTRY_VERIFY_WITH_TIMEOUT(lastRun(env.http(), u"daily-report"_s) >= double(slotS) &&
                                 lastRun(env.http(), u"deposit-check"_s) >= double(slotS),
                             30000);
    QTest::qWait(1500); // both schedulers have polled many times since
    QVERIFY(lastRun(secondHttp, u"daily-report"_s) >= double(slotS));
    QVERIFY2(env.server().isRunning() && second->isRunning(), "a server died");

    const Produced p = producedSince(env, snap, merchant);
    LM_STOP_IF_FAILED();
    // The daily report went out once (a second run would email the admin again).
    const QJsonArray reportMail = outboxTo(p.outbox, u"email"_s, env.admin().email);
    QVERIFY2(reportMail.size() == 1, qPrintable(u"report emails: "_s + compact(reportMail)));
    // The depleted deposit was alerted once, on each of its channels.
    QVERIFY2(p.dashboard.size() == 1 && p.email.size() == 1 && p.sms.size() == 1 && p.whatsapp.size() == 1,
             qPrintable(describe(p)));
    // The admin heard of the depletion once, and of no missed slot.
    QVERIFY2(p.admins.size() == 1, qPrintable(compact(p.admins)));
    QCOMPARE(p.admins.at(0).toObject().value("level"_L1).toString(), u"depleted"_s);
    const Response board = secondHttp.get(u"/api/leads/deposits/me"_s, merchant.token);
    QCOMPARE(board.json.value("status"_L1).toString(), u"blocked"_s);
    second->stop();
}

void TestServerJobs::missedSlotRunsOnceAtStartup()
{
    const QDate day = baseDay();
    Env env;
    QVERIFY2(env.start(localTime(day, QTime(10, 0))), qPrintable(env.error()));
    const QJsonArray outboxBefore = env.outbox();
    const QJsonArray adminBefore = env.notifications(env.admin());
    LM_STOP_IF_FAILED();
    QVERIFY2(adminBefore.isEmpty(), qPrintable(u"a new database reported missed slots: "_s + compact(adminBefore)));

    // Down over night and through 09:00: back at 09:30 the report slot runs once, late.
    const QDateTime back = localTime(day.addDays(1), QTime(9, 30));
    QVERIFY2(env.restartAt(back), qPrintable(env.error()));
    const QJsonArray reportMail = outboxTo(added(outboxBefore, env.outbox()), u"email"_s, env.admin().email);
    QVERIFY2(reportMail.size() == 1, qPrintable(compact(reportMail)));
    const QJsonArray missed = added(adminBefore, env.notifications(env.admin()));
    QVERIFY2(!missed.isEmpty(), "admins were not told of the missed slots");
    bool namesReport = false;
    for (const QJsonValue &n : missed)
        namesReport =
            namesReport || QString(n.toObject().value("title"_L1).toString() + n.toObject().value("body"_L1).toString())
                               .contains(u"daily-report"_s);
    QVERIFY2(namesReport, qPrintable(u"no notice names the missed daily-report: "_s + compact(missed)));
    const Response report =
        env.http().get(u"/api/admin/reports/daily?date="_s + day.toString(Qt::ISODate), env.admin().token);
    LM_VERIFY_STATUS(report, 200);
    QCOMPARE(report.json.value("date"_L1).toString(), day.toString(Qt::ISODate));
    const Response metrics = env.http().get(u"/metrics"_s);
    const double ranAt =
        metricValue(metrics.body, u"leadmarket_job_last_run_timestamp_seconds{job=\"daily-report\"}"_s);
    QVERIFY2(ranAt >= double(back.toMSecsSinceEpoch() / 1000 - 5) &&
                 ranAt <= double(back.toMSecsSinceEpoch() / 1000 + 120),
             qPrintable(QString::fromUtf8(metrics.body)));

    // Another restart in the same slots: nothing runs again.
    const QJsonArray outboxMid = env.outbox();
    const QJsonArray adminMid = env.notifications(env.admin());
    QVERIFY2(env.restartAt(localTime(day.addDays(1), QTime(9, 45))), qPrintable(env.error()));
    QCOMPARE(outboxTo(added(outboxMid, env.outbox()), u"email"_s, env.admin().email).size(), 0);
    const QJsonArray noMore = added(adminMid, env.notifications(env.admin()));
    QVERIFY2(noMore.isEmpty(), qPrintable(compact(noMore)));
}

// ---------------------------------------------------------------------------------------------
// Routes

void TestServerJobs::notificationRoutes()
{
    Env &env = *m_shared;
    const Account merchant = env.merchant(u"Notif "_s + uniqueSuffix(), uniqueMobile());
    LM_STOP_IF_FAILED();
    env.recharge(merchant, Reference);
    const QString campaign = env.campaign(merchant);
    LM_STOP_IF_FAILED();
    for (int i = 0; i < 3; ++i)
        env.lead(m_influencer, campaign, 1000);
    LM_STOP_IF_FAILED();

    Response page = env.http().get(u"/api/notifications"_s, merchant.token);
    LM_VERIFY_STATUS(page, 200);
    QJsonArray items = page.json.value("items"_L1).toArray();
    QCOMPARE(items.size(), 3);
    QCOMPARE(page.json.value("unread_count"_L1).toInteger(), 3);
    QVERIFY(page.json.contains("next_cursor"_L1) && isApiTime(page.json.value("server_time"_L1)));
    for (const QJsonValue &item : std::as_const(items)) {
        const QJsonObject n = item.toObject();
        for (const char *key : {"id", "kind", "level", "title", "body"})
            QVERIFY2(n.value(QLatin1StringView(key)).isString(), qPrintable(compact(n)));
        QVERIFY2(isApiTime(n.value("created_at"_L1)) && n.contains("read_at"_L1) && n.value("read_at"_L1).isNull(),
                 qPrintable(compact(n)));
    }
    // Newest first.
    QVERIFY(apiTimeMs(items.at(0).toObject().value("created_at"_L1)) >=
            apiTimeMs(items.at(2).toObject().value("created_at"_L1)));

    const QString first = items.at(0).toObject().value("id"_L1).toString();
    const QString second = items.at(1).toObject().value("id"_L1).toString();
    LM_VERIFY_STATUS(env.http().put(u"/api/notifications/"_s + first + u"/read"_s, Body{}, merchant.token), 204);
    LM_VERIFY_STATUS(env.http().put(u"/api/notifications/"_s + first + u"/read"_s, Body{}, merchant.token), 204);
    page = env.http().get(u"/api/notifications"_s, merchant.token);
    QCOMPARE(page.json.value("unread_count"_L1).toInteger(), 2);
    for (const QJsonValue &item : page.json.value("items"_L1).toArray()) {
        const QJsonObject n = item.toObject();
        if (n.value("id"_L1).toString() == first)
            QVERIFY2(isApiTime(n.value("read_at"_L1)), qPrintable(compact(n)));
        else
            QVERIFY2(n.value("read_at"_L1).isNull(), qPrintable(compact(n)));
    }
    const Response unread = env.http().get(u"/api/notifications?unread=1"_s, merchant.token);
    LM_VERIFY_STATUS(unread, 200);
    const QJsonArray unreadItems = unread.json.value("items"_L1).toArray();
    QCOMPARE(unreadItems.size(), 2);
    QVERIFY(!idsOf(unreadItems).contains(first));
    QCOMPARE(unread.json.value("unread_count"_L1).toInteger(), 2);

    // Someone else's notification, or none at all: 404, and nothing changes.
    const Response foreign = env.http().put(u"/api/notifications/"_s + second + u"/read"_s, Body{}, m_influencer.token);
    LM_VERIFY_ERROR(foreign, 404, u"not_found"_s);
    const Response byAdmin = env.http().put(u"/api/notifications/"_s + second + u"/read"_s, Body{}, env.admin().token);
    LM_VERIFY_ERROR(byAdmin, 404, u"not_found"_s);
    const Response missing =
        env.http().put(u"/api/notifications/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces) + u"/read"_s,
                       Body{}, merchant.token);
    LM_VERIFY_ERROR(missing, 404, u"not_found"_s);
    QCOMPARE(env.http().get(u"/api/notifications"_s, merchant.token).json.value("unread_count"_L1).toInteger(), 2);
    QVERIFY(!idsOf(env.notifications(m_influencer)).contains(second));

    // Paging with limit and cursor walks every item once.
    const Response one = env.http().get(u"/api/notifications?limit=1"_s, merchant.token);
    LM_VERIFY_STATUS(one, 200);
    QCOMPARE(one.json.value("items"_L1).toArray().size(), 1);
    QVERIFY(one.json.value("next_cursor"_L1).isString());
    QCOMPARE(idsOf(env.notifications(merchant)).size(), 3);

    LM_VERIFY_ERROR(env.http().get(u"/api/notifications"_s), 401, u"unauthenticated"_s);
    LM_VERIFY_ERROR(env.http().put(u"/api/notifications/"_s + first + u"/read"_s, Body{}), 401, u"unauthenticated"_s);
}

void TestServerJobs::newLeadNotifiesMerchant()
{
    Env &env = *m_shared;
    const Account merchant = env.merchant(u"Nouveau Lead "_s + uniqueSuffix(), uniqueMobile());
    LM_STOP_IF_FAILED();
    env.recharge(merchant, Reference);
    const QString campaign = env.campaign(merchant);
    LM_STOP_IF_FAILED();
    const Snapshot snap = snapshot(env, merchant);
    const QJsonObject lead = env.lead(m_influencer, campaign, 1500, u"Karim Berrada"_s);
    LM_STOP_IF_FAILED();
    const Produced p = producedSince(env, snap, merchant);
    LM_STOP_IF_FAILED();
    QVERIFY2(p.dashboard.size() == 1, qPrintable(describe(p)));
    const QJsonObject n = p.dashboard.at(0).toObject();
    QCOMPARE(n.value("kind"_L1).toString(), u"new_lead"_s);
    QVERIFY(n.value("read_at"_L1).isNull());
    QVERIFY2(p.email.size() == 1, qPrintable(describe(p)));
    const QJsonObject mail = p.email.at(0).toObject();
    QCOMPARE(mail.value("status"_L1).toString(), u"skipped"_s); // no SMTP in this suite
    QVERIFY(!mail.value("last_error"_L1).toString().isEmpty());
    QVERIFY2(p.sms.isEmpty() && p.whatsapp.isEmpty() && p.admins.isEmpty(), qPrintable(describe(p)));
    // The influencer's own list does not get it.
    QVERIFY(!idsOf(env.notifications(m_influencer)).contains(n.value("id"_L1).toString()));
    QVERIFY(!lead.isEmpty());
}

void TestServerJobs::outboxRoute()
{
    Env &env = *m_shared;
    // At least one skipped row exists: a new lead emails its merchant.
    const Account merchant = env.merchant(u"Outbox "_s + uniqueSuffix());
    LM_STOP_IF_FAILED();
    env.recharge(merchant, Reference);
    const QString campaign = env.campaign(merchant);
    LM_STOP_IF_FAILED();
    env.lead(m_influencer, campaign, 1000);
    LM_STOP_IF_FAILED();

    const QJsonArray all = env.outbox();
    const QJsonArray skipped = env.outbox(u"?status=skipped"_s);
    LM_STOP_IF_FAILED();
    QVERIFY(!skipped.isEmpty());
    QCOMPARE(skipped.size(), where(all, u"status"_s, u"skipped"_s).size());
    for (const QJsonValue &row : skipped) {
        const QJsonObject o = row.toObject();
        QCOMPARE(o.value("status"_L1).toString(), u"skipped"_s);
        for (const char *key : {"id", "channel", "recipient", "status"})
            QVERIFY2(o.value(QLatin1StringView(key)).isString(), qPrintable(compact(o)));
        QVERIFY2(o.contains("subject"_L1) && o.value("attempts"_L1).isDouble() && o.contains("sent_at"_L1) &&
                     isApiTime(o.value("created_at"_L1)),
                 qPrintable(compact(o)));
        QVERIFY2(QStringList({u"email"_s, u"sms"_s, u"whatsapp"_s}).contains(o.value("channel"_L1).toString()),
                 qPrintable(compact(o)));
        QVERIFY2(!o.value("last_error"_L1).toString().isEmpty(), qPrintable(compact(o)));
    }
    // The registration's verification email, the new lead's email and the recharge's receipt email.
    QCOMPARE(outboxTo(skipped, u"email"_s, merchant.email).size(), 3);
    for (const QString &status : {u"queued"_s, u"sent"_s, u"failed"_s}) {
        const QJsonArray rows = env.outbox(u"?status="_s + status);
        LM_STOP_IF_FAILED();
        QCOMPARE(rows.size(), where(all, u"status"_s, status).size());
    }
    // Newest first.
    const Response firstPage = env.http().get(u"/api/admin/outbox?limit=2"_s, env.admin().token);
    LM_VERIFY_STATUS(firstPage, 200);
    const QJsonArray two = firstPage.json.value("items"_L1).toArray();
    QVERIFY(two.size() == 2);
    QVERIFY(apiTimeMs(two.at(0).toObject().value("created_at"_L1)) >=
            apiTimeMs(two.at(1).toObject().value("created_at"_L1)));

    LM_VERIFY_FIELD_ERROR(env.http().get(u"/api/admin/outbox?status=delivered"_s, env.admin().token), u"status"_s);
    LM_VERIFY_FIELD_ERROR(env.http().get(u"/api/admin/outbox?status="_s, env.admin().token), u"status"_s);
    LM_VERIFY_ERROR(env.http().get(u"/api/admin/outbox"_s, merchant.token), 403, u"forbidden"_s);
    LM_VERIFY_ERROR(env.http().get(u"/api/admin/outbox"_s, m_influencer.token), 403, u"forbidden"_s);
    LM_VERIFY_ERROR(env.http().get(u"/api/admin/outbox"_s), 401, u"unauthenticated"_s);
}

void TestServerJobs::jobsRoute_data()
{
    QTest::addColumn<QString>("job");
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    for (const QString &job : {u"deposit-check"_s, u"daily-report"_s, u"expire-leads"_s, u"pii-retention"_s}) {
        QTest::addRow("admin runs %s", qPrintable(job)) << job << u"admin"_s << 200 << QString();
        QTest::addRow("merchant may not run %s", qPrintable(job)) << job << u"merchant"_s << 403 << u"forbidden"_s;
        QTest::addRow("influencer may not run %s", qPrintable(job)) << job << u"influencer"_s << 403 << u"forbidden"_s;
        QTest::addRow("anonymous may not run %s", qPrintable(job))
            << job << u"anonymous"_s << 401 << u"unauthenticated"_s;
    }
    QTest::newRow("unknown job is 404") << u"vacuum"_s << u"admin"_s << 404 << u"not_found"_s;
    QTest::newRow("job names are exact") << u"Deposit-Check"_s << u"admin"_s << 404 << u"not_found"_s;
}

void TestServerJobs::jobsRoute()
{
    QFETCH(QString, job);
    QFETCH(QString, who);
    QFETCH(int, status);
    QFETCH(QString, code);

    Env &env = *m_shared;
    QString token;
    if (who == "admin"_L1) {
        token = env.admin().token;
    } else if (who == "influencer"_L1) {
        token = m_influencer.token;
    } else if (who == "merchant"_L1) {
        const Account merchant = env.merchant();
        LM_STOP_IF_FAILED();
        token = merchant.token;
    }
    const Response r = env.http().post(u"/api/admin/jobs/"_s + job + u"/run"_s, QJsonObject{}, token);
    if (status != 200) {
        LM_VERIFY_ERROR(r, status, code);
        return;
    }
    LM_VERIFY_STATUS(r, 200);
    QCOMPARE(r.json.value("job"_L1).toString(), job);
    QVERIFY2(isApiTime(r.json.value("ran_at"_L1)), qPrintable(r.describe()));
    QVERIFY2(qAbs(apiTimeMs(r.json.value("ran_at"_L1)) - QDateTime::currentMSecsSinceEpoch()) < 60000,
             qPrintable(r.describe()));
    QVERIFY2(r.json.value("result"_L1).isObject(), qPrintable(r.describe()));
}

void TestServerJobs::jobsRunWhereSchedulerIsOff()
{
    // API.md: the route runs a job now (200). An instance may have its scheduler off
    // (LEADMARKET_SCHEDULER=0, several instances behind a load balancer); the admin's request
    // still has to work whichever instance answers it.
    QProcessEnvironment off;
    off.insert(u"LEADMARKET_SCHEDULER"_s, u"0"_s);
    Env env;
    QVERIFY2(env.start(QDateTime(), off), qPrintable(env.error()));
    const Account merchant = env.merchant(u"Sans Planificateur"_s);
    LM_STOP_IF_FAILED();
    env.recharge(merchant, Reference);
    const QString campaign = env.campaign(merchant);
    LM_STOP_IF_FAILED();
    const Account influencer = env.influencer();
    env.spend(merchant, influencer, campaign, 30000); // 40 %: attention
    LM_STOP_IF_FAILED();
    const Response r = env.http().post(u"/api/admin/jobs/deposit-check/run"_s, QJsonObject{}, env.admin().token);
    QVERIFY2(r.status == 200, qPrintable(u"expected 200 {job, ran_at, result}, got: "_s + r.describe()));
    QCOMPARE(r.json.value("job"_L1).toString(), u"deposit-check"_s);
    const QJsonArray alerts = where(env.notifications(merchant), u"level"_s, u"attention"_s);
    QCOMPARE(alerts.size(), 1);
}

void TestServerJobs::metrics()
{
    Env &env = *m_shared;
    const QJsonArray all = env.outbox();
    LM_STOP_IF_FAILED();
    const Response m = env.http().get(u"/metrics"_s);
    LM_VERIFY_STATUS(m, 200);
    for (const QString &channel : {u"email"_s, u"sms"_s, u"whatsapp"_s}) {
        const qsizetype rows = where(where(all, u"channel"_s, channel), u"status"_s, u"skipped"_s).size();
        const double value =
            metricValue(m.body, u"leadmarket_outbox_messages{channel=\""_s + channel + u"\",status=\"skipped\"}"_s);
        // A series with no message may be left out.
        QVERIFY2(value == double(rows) || (rows == 0 && value < 0),
                 qPrintable(u"%1 skipped: outbox lists %2, metrics say %3\n"_s.arg(channel).arg(rows).arg(value) +
                            QString::fromUtf8(m.body)));
    }
    // Every job ran its slot at start-up.
    for (const QString &job : {u"deposit-check"_s, u"daily-report"_s, u"expire-leads"_s}) {
        const double at = metricValue(m.body, u"leadmarket_job_last_run_timestamp_seconds{job=\""_s + job + u"\"}"_s);
        QVERIFY2(at > 0 && qAbs(at - double(QDateTime::currentSecsSinceEpoch())) < 3600,
                 qPrintable(job + u": "_s + QString::fromUtf8(m.body)));
    }
}

QTEST_GUILESS_MAIN(TestServerJobs)
#include "tst_server_jobs.moc"
