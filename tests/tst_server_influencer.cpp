// Contract v2 "Influencer: performance and payouts" (the performance half) and "Campaigns for
// influencers": the stats' new fields (average score to one decimal, the balance, the minimum
// payout) and its 12 weeks in Africa/Casablanca (creation and decision times on both sides of a
// Monday 00:00 there, placed with --clock-offset); the campaigns an influencer is offered, paused
// ones included, each with merchant_name and accepting (paused, blocked deposit, nothing available),
// also in a delta pull after a deposit change. The ledger check must pass after every test function.

#include "jobsfixture.h"
#include "moneyharness.h"
#include "serverfixture.h"

#include <QJsonArray>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lmtest;

namespace {

const QStringList statsKeys{u"leads_total"_s,  u"validated"_s,         u"rejected"_s,          u"pending"_s,
                            u"expired"_s,      u"validation_rate"_s,   u"avg_quality_score"_s, u"earned_cents"_s,
                            u"pending_earnings_cents"_s, u"paid_cents"_s, u"requested_cents"_s, u"available_cents"_s,
                            u"min_payout_cents"_s, u"weeks"_s};

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

// One week of the stats as "week_start leads/validated/rejected earned", for readable comparisons.
QString weekText(const QJsonObject &week)
{
    return u"%1 %2/%3/%4 %5"_s.arg(week.value("week_start"_L1).toString())
        .arg(week.value("leads"_L1).toInteger())
        .arg(week.value("validated"_L1).toInteger())
        .arg(week.value("rejected"_L1).toInteger())
        .arg(week.value("earned_cents"_L1).toInteger());
}

// The offer of `campaignId` in an influencer's list, or an empty object.
QJsonObject offerOf(const QJsonArray &offers, const QString &campaignId)
{
    for (const QJsonValue &item : offers) {
        if (item.toObject().value("id"_L1).toString() == campaignId)
            return item.toObject();
    }
    return {};
}

} // namespace

class TestServerInfluencer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void statsOfANewInfluencer();
    void averageScore_data();
    void averageScore();
    void weeksAtACasablancaWeekBoundary();
    void weeksLeaveOutOlderWeeks();

    void campaignsForInfluencers();
    void campaignsDeltaFollowsTheDeposit();
    void campaignsKeepTheirShapeForOthers();

private:
    QJsonObject stats(const Account &influencer, Http *http = nullptr);
    QJsonArray offers(const Account &influencer);

    ServerFixture m_fixture;
    Http &m_http = m_fixture.http();
    Account &m_admin = m_fixture.admin();
    MerchantSetup m_shop; ///< a merchant with room for many leads
};

void TestServerInfluencer::initTestCase()
{
    LM_START_SERVER_WITH_ADMIN(m_fixture, {u"--sandbox-payments"_s});
    m_shop = setUpMerchant(m_http, 5000000, {}, u"Atlas Services"_s);
    LM_VERIFY_OK(m_shop);
}

void TestServerInfluencer::cleanupTestCase()
{
    m_fixture.stop();
}

void TestServerInfluencer::cleanup()
{
    if (m_fixture.server().isRunning() && m_admin.ok())
        LM_VERIFY_LEDGER(m_http, m_admin.token);
}

QJsonObject TestServerInfluencer::stats(const Account &influencer, Http *http)
{
    const Response r = (http ? *http : m_http).get(u"/api/influencer/stats"_s, influencer.token);
    if (r.status != 200) {
        qWarning("%s", qPrintable(r.describe()));
        return {};
    }
    return r.json;
}

QJsonArray TestServerInfluencer::offers(const Account &influencer)
{
    QString problem;
    const std::optional<QJsonArray> items = m_http.listAll(u"/api/campaigns"_s, influencer.token, &problem);
    if (!items)
        qWarning("%s", qPrintable(problem));
    return items.value_or(QJsonArray());
}

// ---------------------------------------------------------------------------------------------
// Stats

void TestServerInfluencer::statsOfANewInfluencer()
{
    const Account influencer = m_http.registerUser(u"influencer"_s);
    LM_VERIFY_ACCOUNT(influencer);
    const QJsonObject s = stats(influencer);
    QCOMPARE(sorted(s.keys()), sorted(statsKeys));
    QVERIFY2(s.value("avg_quality_score"_L1).isNull(), "no scored lead: avg_quality_score is null");
    for (const char *key : {"paid_cents", "requested_cents", "available_cents"})
        QCOMPARE(s.value(QLatin1StringView(key)), QJsonValue(0));
    QCOMPARE(s.value("min_payout_cents"_L1), QJsonValue(20000));

    // Twelve weeks, oldest first, each a Monday seven days after the previous, the last one holding
    // today in Casablanca; all empty.
    const QJsonArray weeks = s.value("weeks"_L1).toArray();
    QCOMPARE(weeks.size(), 12);
    const QDate today = QDateTime::currentDateTime().toTimeZone(lmjobs::schedulerZone()).date();
    const QDate thisMonday = today.addDays(1 - today.dayOfWeek());
    for (qsizetype i = 0; i < weeks.size(); ++i) {
        const QJsonObject week = weeks.at(i).toObject();
        QCOMPARE(sorted(week.keys()),
                 sorted({u"week_start"_s, u"leads"_s, u"validated"_s, u"rejected"_s, u"earned_cents"_s}));
        const QDate start = QDate::fromString(week.value("week_start"_L1).toString(), Qt::ISODate);
        QCOMPARE(start, thisMonday.addDays(7 * (i - 11)));
        QCOMPARE(start.dayOfWeek(), 1);
        QCOMPARE(weekText(week), week.value("week_start"_L1).toString() + u" 0/0/0 0"_s);
    }
}

void TestServerInfluencer::averageScore_data()
{
    QTest::addColumn<QList<int>>("scores"); // one validated lead each
    QTest::addColumn<int>("rejected");      // rejected leads: no score, never counted
    QTest::addColumn<QJsonValue>("average");

    QTest::newRow("only a rejected lead: null") << QList<int>{} << 1 << QJsonValue(QJsonValue::Null);
    QTest::newRow("one 10") << QList<int>{10} << 0 << QJsonValue(10.0);
    QTest::newRow("9 and 6: 7.5") << QList<int>{9, 6} << 1 << QJsonValue(7.5);
    QTest::newRow("7, 8, 8: 7.67 is 7.7") << QList<int>{7, 8, 8} << 0 << QJsonValue(7.7);
    QTest::newRow("2, 2, 3: 2.33 is 2.3") << QList<int>{2, 2, 3} << 2 << QJsonValue(2.3);
    QTest::newRow("1, 2, 2, 2: 1.75 is 1.8 (half up)") << QList<int>{1, 2, 2, 2} << 0 << QJsonValue(1.8);
}

void TestServerInfluencer::averageScore()
{
    QFETCH(QList<int>, scores);
    QFETCH(int, rejected);
    QFETCH(QJsonValue, average);
    const Account influencer = m_http.registerUser(u"influencer"_s);
    LM_VERIFY_ACCOUNT(influencer);
    auto create = [&]() -> QString {
        const Response r = m_http.post(u"/api/leads/create"_s, leadBody(m_shop.campaignId, 100000), influencer.token);
        if (r.status != 201)
            qWarning("%s", qPrintable(r.describe()));
        return r.json.value("id"_L1).toString();
    };
    for (const int score : std::as_const(scores)) {
        const QString id = create();
        QVERIFY(!id.isEmpty());
        LM_VERIFY_STATUS(m_http.put(u"/api/leads/%1/validate"_s.arg(id), QJsonObject{{"quality_score"_L1, score}},
                                    m_shop.merchant.token),
                         200);
    }
    for (int i = 0; i < rejected; ++i) {
        const QString id = create();
        QVERIFY(!id.isEmpty());
        LM_VERIFY_STATUS(m_http.put(u"/api/leads/%1/reject"_s.arg(id), QJsonObject{{"reason"_L1, u"Hors cible"_s}},
                                    m_shop.merchant.token),
                         200);
    }
    QVERIFY(!create().isEmpty()); // a pending lead has no score either
    const QJsonObject s = stats(influencer);
    QCOMPARE(s.value("avg_quality_score"_L1), average);
    QCOMPARE(s.value("validated"_L1).toInteger(), qint64(scores.size()));
}

void TestServerInfluencer::weeksAtACasablancaWeekBoundary()
{
    // A Sunday a little ahead, one minute before Monday 00:00 in Casablanca; then just after it.
    QDate sunday = lmjobs::baseDay().addDays(14);
    while (sunday.dayOfWeek() != 7)
        sunday = sunday.addDays(1);
    const QDate monday = sunday.addDays(1);
    lmjobs::Env env;
    QVERIFY2(env.start(lmjobs::localTime(sunday, QTime(23, 59, 0))), qPrintable(env.error()));
    const Account merchant = env.merchant(u"Souk Digital"_s);
    const Account influencer = env.influencer();
    LM_STOP_IF_FAILED();
    env.recharge(merchant, 1000000);
    const QString campaign = env.campaign(merchant); // at cost: the share is 30 % of the value
    LM_STOP_IF_FAILED();

    // Sunday 23:59: two leads created, one of them validated (score 8) at once.
    const QJsonObject sundayValidated = env.lead(influencer, campaign, 100000);
    const QJsonObject sundayPending = env.lead(influencer, campaign, 200000);
    LM_STOP_IF_FAILED();
    env.validate(merchant, sundayValidated.value("id"_L1).toString());
    LM_STOP_IF_FAILED();
    QVERIFY2(lmjobs::apiTimeMs(sundayPending.value("created_at"_L1)) < monday.startOfDay(lmjobs::schedulerZone()).toMSecsSinceEpoch(),
             "the server's clock passed Monday 00:00 before the Sunday leads were made");

    // Monday 00:00:30: the Sunday lead is validated now, a Monday lead is created and rejected.
    QVERIFY2(env.restartAt(lmjobs::localTime(monday, QTime(0, 0, 30))), qPrintable(env.error()));
    env.validate(merchant, sundayPending.value("id"_L1).toString());
    const QJsonObject mondayLead = env.lead(influencer, campaign, 50000);
    LM_STOP_IF_FAILED();
    LM_VERIFY_STATUS(env.http().put(u"/api/leads/%1/reject"_s.arg(mondayLead.value("id"_L1).toString()),
                                    QJsonObject{{"reason"_L1, u"Doublon"_s}}, merchant.token),
                     200);

    const QJsonObject s = stats(influencer, &env.http());
    const QJsonArray weeks = s.value("weeks"_L1).toArray();
    QCOMPARE(weeks.size(), 12);
    // The last week starts this Monday; the one before it, the Monday before.
    QCOMPARE(weekText(weeks.at(11).toObject()), monday.toString(Qt::ISODate) + u" 1/1/1 60000"_s);
    QCOMPARE(weekText(weeks.at(10).toObject()), monday.addDays(-7).toString(Qt::ISODate) + u" 2/1/0 30000"_s);
    for (qsizetype i = 0; i < 10; ++i)
        QVERIFY2(weekText(weeks.at(i).toObject()).endsWith(u" 0/0/0 0"_s), qPrintable(weekText(weeks.at(i).toObject())));
    QCOMPARE(s.value("earned_cents"_L1).toInteger(), qint64(90000));
    QCOMPARE(s.value("avg_quality_score"_L1), QJsonValue(8.0));
    QCOMPARE(s.value("available_cents"_L1).toInteger(), qint64(90000));
    const Response check = env.http().get(u"/api/admin/ledger-check"_s, env.admin().token);
    QVERIFY2(check.json.value("ok"_L1) == QJsonValue(true), qPrintable(check.describe()));
}

void TestServerInfluencer::weeksLeaveOutOlderWeeks()
{
    // A lead created and validated 12 weeks before the current week's Monday is in no week, but
    // still in the totals; one decided in the oldest week counts there.
    QDate monday = lmjobs::baseDay().addDays(7);
    while (monday.dayOfWeek() != 1)
        monday = monday.addDays(1);
    const QDate oldest = monday.addDays(-7 * 11);
    lmjobs::Env env;
    QVERIFY2(env.start(lmjobs::localTime(oldest.addDays(-1), QTime(12, 0))), qPrintable(env.error()));
    const Account merchant = env.merchant();
    const Account influencer = env.influencer();
    LM_STOP_IF_FAILED();
    env.recharge(merchant, 1000000);
    const QString campaign = env.campaign(merchant);
    LM_STOP_IF_FAILED();
    env.spend(merchant, influencer, campaign, 10000); // Sunday before the oldest week: outside
    const QJsonObject late = env.lead(influencer, campaign, 20000);
    LM_STOP_IF_FAILED();
    QVERIFY2(env.restartAt(lmjobs::localTime(oldest, QTime(9, 0))), qPrintable(env.error()));
    env.validate(merchant, late.value("id"_L1).toString()); // decided in the oldest week
    LM_STOP_IF_FAILED();
    QVERIFY2(env.restartAt(lmjobs::localTime(monday, QTime(10, 0))), qPrintable(env.error()));
    // 11 weeks later the tokens have expired (30 days): sign in again.
    const Account again = env.http().login(influencer.email, influencer.password);
    LM_VERIFY_ACCOUNT(again);

    const QJsonObject s = stats(again, &env.http());
    const QJsonArray weeks = s.value("weeks"_L1).toArray();
    QCOMPARE(weeks.size(), 12);
    QCOMPARE(weekText(weeks.at(0).toObject()), oldest.toString(Qt::ISODate) + u" 0/1/0 6000"_s);
    QCOMPARE(weekText(weeks.at(11).toObject()), monday.toString(Qt::ISODate) + u" 0/0/0 0"_s);
    QCOMPARE(s.value("leads_total"_L1).toInteger(), qint64(2));
    QCOMPARE(s.value("earned_cents"_L1).toInteger(), qint64(3000 + 6000));
}

// ---------------------------------------------------------------------------------------------
// Campaigns for influencers

void TestServerInfluencer::campaignsForInfluencers()
{
    const Account influencer = m_http.registerUser(u"influencer"_s);
    LM_VERIFY_ACCOUNT(influencer);
    // Active with a deposit: accepting.
    const MerchantSetup open = setUpMerchant(m_http, 100000, {}, u"Open Shop"_s);
    LM_VERIFY_OK(open);
    // Paused by its merchant: listed, not accepting.
    const QString paused = createCampaign(m_http, open.merchant, {{"name"_L1, u"En pause"_s}});
    QVERIFY(!paused.isEmpty());
    LM_VERIFY_STATUS(m_http.put(u"/api/campaigns/"_s + paused, QJsonObject{{"status"_L1, u"paused"_s}},
                                open.merchant.token),
                     200);
    // Blocked by an admin: the campaign stays active, but takes no lead.
    const MerchantSetup blocked = setUpMerchant(m_http, 100000, {}, u"Blocked Shop"_s);
    LM_VERIFY_OK(blocked);
    LM_VERIFY_STATUS(m_http.put(u"/api/admin/merchants/"_s + blocked.merchant.id,
                                QJsonObject{{"status"_L1, u"blocked"_s}}, m_admin.token),
                     200);
    // Never recharged: nothing available.
    const MerchantSetup empty = setUpMerchant(m_http, 0, {}, u"Empty Shop"_s);
    LM_VERIFY_OK(empty);
    // Recharged, then all of it reserved by a pending lead: nothing available.
    const MerchantSetup full = setUpMerchant(m_http, 50000, fullCommissionCampaign(), u"Full Shop"_s);
    LM_VERIFY_OK(full);
    LM_VERIFY_STATUS(m_http.post(u"/api/leads/create"_s, leadBody(full.campaignId, 50000), influencer.token), 201);
    QCOMPARE(depositOf(m_http, full.merchant).value("available_cents"_L1).toInteger(), qint64(0));

    const QJsonArray list = offers(influencer);
    struct Expected
    {
        QString campaignId;
        QString merchantName;
        QString status;
        bool accepting;
    };
    const QList<Expected> expected{{open.campaignId, u"Open Shop"_s, u"active"_s, true},
                                   {paused, u"Open Shop"_s, u"paused"_s, false},
                                   {blocked.campaignId, u"Blocked Shop"_s, u"active"_s, false},
                                   {empty.campaignId, u"Empty Shop"_s, u"active"_s, false},
                                   {full.campaignId, u"Full Shop"_s, u"active"_s, false}};
    for (const Expected &e : expected) {
        const QJsonObject offer = offerOf(list, e.campaignId);
        QVERIFY2(!offer.isEmpty(), qPrintable(e.merchantName + u" / "_s + e.status + u" is not offered"_s));
        QCOMPARE(offer.value("merchant_name"_L1).toString(), e.merchantName);
        QCOMPARE(offer.value("status"_L1).toString(), e.status);
        QVERIFY2(offer.value("accepting"_L1) == QJsonValue(e.accepting),
                 qPrintable(e.merchantName + u" / "_s + e.status + u": "_s
                            + QString::fromUtf8(QJsonDocument(offer).toJson(QJsonDocument::Compact))));
    }

    // A lead on a campaign that is not accepting is refused as before.
    LM_VERIFY_ERROR(m_http.post(u"/api/leads/create"_s, leadBody(paused, 10000), influencer.token), 409,
                    u"campaign_paused"_s);
    LM_VERIFY_ERROR(m_http.post(u"/api/leads/create"_s, leadBody(blocked.campaignId, 10000), influencer.token), 423,
                    u"deposit_blocked"_s);
    LM_VERIFY_ERROR(m_http.post(u"/api/leads/create"_s, leadBody(empty.campaignId, 10000), influencer.token), 402,
                    u"insufficient_deposit"_s);
    LM_VERIFY_ERROR(m_http.post(u"/api/leads/create"_s, leadBody(full.campaignId, 10000), influencer.token), 402,
                    u"insufficient_deposit"_s);
    // … and one that is accepting takes it.
    LM_VERIFY_STATUS(m_http.post(u"/api/leads/create"_s, leadBody(open.campaignId, 10000), influencer.token), 201);

    // Unblocked, resumed, recharged: accepting again.
    LM_VERIFY_STATUS(m_http.put(u"/api/admin/merchants/"_s + blocked.merchant.id,
                                QJsonObject{{"status"_L1, u"active"_s}}, m_admin.token),
                     200);
    LM_VERIFY_STATUS(m_http.put(u"/api/campaigns/"_s + paused, QJsonObject{{"status"_L1, u"active"_s}},
                                open.merchant.token),
                     200);
    LM_VERIFY_OK(sandboxRecharge(m_http, empty.merchant, 50000));
    const QJsonArray after = offers(influencer);
    for (const QString &id : {paused, blocked.campaignId, empty.campaignId})
        QVERIFY2(offerOf(after, id).value("accepting"_L1) == QJsonValue(true), qPrintable(id));
}

void TestServerInfluencer::campaignsDeltaFollowsTheDeposit()
{
    const Account influencer = m_http.registerUser(u"influencer"_s);
    LM_VERIFY_ACCOUNT(influencer);
    const MerchantSetup shop = setUpMerchant(m_http, 100000, {}, u"Delta Shop"_s);
    LM_VERIFY_OK(shop);
    const Response first = m_http.get(u"/api/campaigns?limit=500"_s, influencer.token);
    LM_VERIFY_STATUS(first, 200);
    QVERIFY(offerOf(first.json.value("items"_L1).toArray(), shop.campaignId).value("accepting"_L1).toBool());
    const QString since = first.json.value("server_time"_L1).toString();
    QTest::qWait(5);

    // The campaign itself does not change; its merchant's deposit does: the delta pull brings it back.
    LM_VERIFY_STATUS(m_http.put(u"/api/admin/merchants/"_s + shop.merchant.id,
                                QJsonObject{{"status"_L1, u"blocked"_s}}, m_admin.token),
                     200);
    const Response delta =
        m_http.get(u"/api/campaigns?updated_since="_s + QString::fromLatin1(QUrl::toPercentEncoding(since)),
                   influencer.token);
    LM_VERIFY_STATUS(delta, 200);
    const QJsonObject changed = offerOf(delta.json.value("items"_L1).toArray(), shop.campaignId);
    QVERIFY2(!changed.isEmpty(), qPrintable(delta.describe()));
    QCOMPARE(changed.value("accepting"_L1), QJsonValue(false));
    LM_VERIFY_STATUS(m_http.put(u"/api/admin/merchants/"_s + shop.merchant.id,
                                QJsonObject{{"status"_L1, u"active"_s}}, m_admin.token),
                     200);
}

void TestServerInfluencer::campaignsKeepTheirShapeForOthers()
{
    // Merchants and admins get v1's Campaign (merchant_name as before, no accepting).
    QString problem;
    for (const Account *reader : {&m_shop.merchant, &m_admin}) {
        const std::optional<QJsonArray> items = m_http.listAll(u"/api/campaigns"_s, reader->token, &problem);
        QVERIFY2(items.has_value(), qPrintable(problem));
        QVERIFY(!items->isEmpty());
        for (const QJsonValue &item : *items) {
            QVERIFY(!item.toObject().contains("accepting"_L1));
            QVERIFY(item.toObject().value("merchant_name"_L1).isString());
        }
    }
}

QTEST_GUILESS_MAIN(TestServerInfluencer)
#include "tst_server_influencer.moc"
