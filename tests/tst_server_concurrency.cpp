// The money engine under concurrency: parallel lead creations never over-reserve a deposit,
// parallel decisions of one lead apply once, two server processes on one database agree and
// never over-reserve together, and API.md's Idempotency-Key (replay, conflict, per user, 4xx
// remembered, length, concurrent duplicates). The ledger check must pass after every test function.

#include "moneyharness.h"
#include "serverfixture.h"

#include <QJsonArray>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lmtest;

namespace {

int countStatus(const QList<Response> &responses, int status, const QString &code = {})
{
    int n = 0;
    for (const Response &r : responses) {
        if (r.status == status && (code.isEmpty() || r.errorCode() == code))
            ++n;
    }
    return n;
}

Headers idempotencyKey(const QString &key)
{
    return {{"Idempotency-Key"_ba, key.toUtf8()}};
}

} // namespace

class TestServerConcurrency final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void parallelCreationsNeverOverReserve();
    void parallelValidationsApplyOnce();
    void parallelValidateAndRejectDecideOnce();
    void twoProcessesShareOneDatabase();

    void idempotentLeadCreation();
    void idempotentValidation();
    void idempotentRecharge();
    void idempotencyConflict();
    void idempotencyKeysArePerUser();
    void idempotencyRemembersRefusals();
    void idempotencyKeyLength_data();
    void idempotencyKeyLength();
    void idempotencyConcurrentDuplicates();

private:
    int leadsOf(const Account &merchant);

    ServerFixture m_fixture;
    ServerProcess &m_server = m_fixture.server();
    Http &m_http = m_fixture.http();
    Account &m_admin = m_fixture.admin();
    Account m_influencer;
};

void TestServerConcurrency::initTestCase()
{
    LM_START_SERVER_WITH_ADMIN(m_fixture, {u"--sandbox-payments"_s});
    m_influencer = m_http.registerUser(u"influencer"_s);
    LM_VERIFY_ACCOUNT(m_influencer);
}

void TestServerConcurrency::cleanupTestCase()
{
    m_fixture.stop();
}

void TestServerConcurrency::cleanup()
{
    if (m_server.isRunning() && m_admin.ok())
        LM_VERIFY_LEDGER(m_http, m_admin.token);
}

int TestServerConcurrency::leadsOf(const Account &merchant)
{
    QString problem;
    const std::optional<QJsonArray> leads = m_http.listAll(u"/api/leads?limit=500"_s, merchant.token, &problem);
    if (!leads) {
        qWarning("%s", qPrintable(problem));
        return -1;
    }
    return int(leads->size());
}

// ---------------------------------------------------------------------------------------------
// Races on one deposit and one lead

void TestServerConcurrency::parallelCreationsNeverOverReserve()
{
    // 600 MAD and a commission of 100 MAD: room for exactly 6 leads.
    const MerchantSetup shop = setUpMerchant(m_http, 60000, fullCommissionCampaign());
    LM_VERIFY_OK(shop);
    const QList<Response> answers = runParallel(m_server.baseUrl(), 20, [&](int) {
        return RequestSpec{"POST"_ba, u"/api/leads/create"_s, leadBody(shop.campaignId, 10000), m_influencer.token, {}};
    });
    const QString summary = statusSummary(answers);
    QVERIFY2(countStatus(answers, 201) == 6, qPrintable(summary));
    QVERIFY2(countStatus(answers, 402, u"insufficient_deposit"_s) == 14, qPrintable(summary));
    for (const Response &r : answers) {
        if (r.status == 402)
            LM_VERIFY_ERROR(r, 402, u"insufficient_deposit"_s);
        else
            LM_VERIFY_SHAPE(leadProblem, r.json);
    }
    const QJsonObject d = depositOf(m_http, shop.merchant);
    QCOMPARE(d.value("current_balance_cents"_L1).toInteger(), qint64(60000));
    QCOMPARE(d.value("reserved_cents"_L1).toInteger(), qint64(6 * 10000));
    QCOMPARE(d.value("available_cents"_L1).toInteger(), qint64(0));
    QCOMPARE(leadsOf(shop.merchant), 6);
    // One reserve row per accepted lead, each after-value consistent.
    const QJsonArray rows = transactionsOf(m_http, shop.merchant);
    QCOMPARE(rows.size(), 7);
    QSet<qint64> reservedAfter;
    for (const QJsonValue &row : rows) {
        LM_VERIFY_SHAPE(transactionProblem, row.toObject());
        if (row.toObject().value("kind"_L1).toString() == u"reserve"_s)
            reservedAfter.insert(row.toObject().value("reserved_after_cents"_L1).toInteger());
    }
    QCOMPARE(reservedAfter, (QSet<qint64>{10000, 20000, 30000, 40000, 50000, 60000}));
}

void TestServerConcurrency::parallelValidationsApplyOnce()
{
    const MerchantSetup shop = setUpMerchant(m_http, 100000);
    LM_VERIFY_OK(shop);
    const Response lead = m_http.post(u"/api/leads/create"_s, leadBody(shop.campaignId, 150000), m_influencer.token);
    LM_VERIFY_STATUS(lead, 201);
    const QString id = lead.json.value("id"_L1).toString();
    const QList<Response> answers = runParallel(m_server.baseUrl(), 10, [&](int i) {
        return RequestSpec{"PUT"_ba, u"/api/leads/"_s + id + u"/validate"_s, QJsonObject{{"quality_score"_L1, 1 + i}},
                           shop.merchant.token, {}};
    });
    const QString summary = statusSummary(answers);
    QVERIFY2(countStatus(answers, 200) == 1, qPrintable(summary));
    QVERIFY2(countStatus(answers, 409, u"lead_not_pending"_s) == 9, qPrintable(summary));
    int winner = -1;
    for (int i = 0; i < answers.size(); ++i) {
        if (answers.at(i).status == 200)
            winner = i;
        else
            LM_VERIFY_ERROR(answers.at(i), 409, u"lead_not_pending"_s);
    }
    // The stored lead is the winner's.
    const Response stored = m_http.get(u"/api/leads/"_s + id, shop.merchant.token);
    LM_VERIFY_STATUS(stored, 200);
    QCOMPARE(stored.json, answers.at(winner).json);
    QCOMPARE(stored.json.value("quality_score"_L1).toInteger(), qint64(1 + winner));
    // One deduction.
    const QJsonArray rows = transactionsOf(m_http, shop.merchant);
    int deductions = 0;
    for (const QJsonValue &row : rows)
        deductions += row.toObject().value("kind"_L1).toString() == u"deduction"_s ? 1 : 0;
    QCOMPARE(deductions, 1);
    const QJsonObject d = depositOf(m_http, shop.merchant);
    QCOMPARE(d.value("current_balance_cents"_L1).toInteger(), qint64(100000 - 8000));
    QCOMPARE(d.value("reserved_cents"_L1).toInteger(), qint64(0));
}

void TestServerConcurrency::parallelValidateAndRejectDecideOnce()
{
    const MerchantSetup shop = setUpMerchant(m_http, 100000);
    LM_VERIFY_OK(shop);
    const Response lead = m_http.post(u"/api/leads/create"_s, leadBody(shop.campaignId, 150000), m_influencer.token);
    LM_VERIFY_STATUS(lead, 201);
    const QString id = lead.json.value("id"_L1).toString();
    const QList<Response> answers = runParallel(m_server.baseUrl(), 10, [&](int i) {
        if (i % 2 == 0)
            return RequestSpec{"PUT"_ba, u"/api/leads/"_s + id + u"/validate"_s, QJsonObject{{"quality_score"_L1, 5}},
                               shop.merchant.token, {}};
        return RequestSpec{"PUT"_ba, u"/api/leads/"_s + id + u"/reject"_s, QJsonObject{{"reason"_L1, u"Course"_s}},
                           shop.merchant.token, {}};
    });
    const QString summary = statusSummary(answers);
    QVERIFY2(countStatus(answers, 200) == 1, qPrintable(summary));
    QVERIFY2(countStatus(answers, 409, u"lead_not_pending"_s) == 9, qPrintable(summary));
    const QJsonObject d = depositOf(m_http, shop.merchant);
    QCOMPARE(d.value("reserved_cents"_L1).toInteger(), qint64(0));
    const QString status = m_http.get(u"/api/leads/"_s + id, shop.merchant.token).json.value("status"_L1).toString();
    QCOMPARE(d.value("current_balance_cents"_L1).toInteger(), qint64(status == u"validated"_s ? 92000 : 100000));
    QCOMPARE(transactionsOf(m_http, shop.merchant).size(), 3); // recharge, reserve, deduction or release
}

void TestServerConcurrency::twoProcessesShareOneDatabase()
{
    ServerProcess second(m_fixture.db().url(), {u"--sandbox-payments"_s});
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    Http other(second.baseUrl());

    // What one process wrote, the other reads; the same tokens work on both.
    const MerchantSetup shop = setUpMerchant(m_http, 80000, fullCommissionCampaign());
    LM_VERIFY_OK(shop);
    QCOMPARE(depositOf(other, shop.merchant), depositOf(m_http, shop.merchant));
    const Response created = other.post(u"/api/leads/create"_s, leadBody(shop.campaignId, 10000), m_influencer.token);
    LM_VERIFY_STATUS(created, 201);
    const Response seen = m_http.get(u"/api/leads/"_s + created.json.value("id"_L1).toString(), shop.merchant.token);
    LM_VERIFY_STATUS(seen, 200);
    QCOMPARE(seen.json, created.json);
    // A decision on one is final on the other.
    LM_VERIFY_STATUS(m_http.put(u"/api/leads/"_s + seen.json.value("id"_L1).toString() + u"/validate"_s,
                                QJsonObject{{"quality_score"_L1, 6}}, shop.merchant.token),
                     200);
    LM_VERIFY_ERROR(other.put(u"/api/leads/"_s + seen.json.value("id"_L1).toString() + u"/reject"_s,
                              QJsonObject{{"reason"_L1, u"Trop tard"_s}}, shop.merchant.token),
                    409, u"lead_not_pending"_s);
    // Balance 700 MAD: room for exactly 7 leads at 100 MAD, fought over by both processes.
    QCOMPARE(depositOf(other, shop.merchant).value("available_cents"_L1).toInteger(), qint64(70000));
    const QList<Response> answers = runParallelOn({m_server.baseUrl(), second.baseUrl()}, 24, [&](int) {
        return RequestSpec{"POST"_ba, u"/api/leads/create"_s, leadBody(shop.campaignId, 10000), m_influencer.token, {}};
    });
    const QString summary = statusSummary(answers);
    QVERIFY2(countStatus(answers, 201) == 7, qPrintable(summary));
    QVERIFY2(countStatus(answers, 402, u"insufficient_deposit"_s) == 17, qPrintable(summary));
    for (Http *http : {&m_http, &other}) {
        const QJsonObject d = depositOf(*http, shop.merchant);
        QCOMPARE(d.value("current_balance_cents"_L1).toInteger(), qint64(70000));
        QCOMPARE(d.value("reserved_cents"_L1).toInteger(), qint64(70000));
        QCOMPARE(d.value("available_cents"_L1).toInteger(), qint64(0));
    }
    QCOMPARE(leadsOf(shop.merchant), 8);
    // Both processes find the ledger consistent.
    LM_VERIFY_LEDGER(other, m_admin.token);
    LM_VERIFY_LEDGER(m_http, m_admin.token);
    // Every row's after-values follow from the one before it (oldest first).
    const QJsonArray rows = transactionsOf(m_http, shop.merchant);
    qint64 balance = 0;
    qint64 reserved = 0;
    for (qsizetype i = rows.size() - 1; i >= 0; --i) {
        const QJsonObject row = rows.at(i).toObject();
        balance += row.value("balance_delta_cents"_L1).toInteger();
        reserved += row.value("reserved_delta_cents"_L1).toInteger();
        QVERIFY2(row.value("balance_after_cents"_L1).toInteger() == balance
                     && row.value("reserved_after_cents"_L1).toInteger() == reserved,
                 qPrintable(u"transactions are not newest first in the order they were applied; at row %1: "_s.arg(i)
                            + QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact))));
    }
    second.stop();
}

// ---------------------------------------------------------------------------------------------
// Idempotency-Key

void TestServerConcurrency::idempotentLeadCreation()
{
    const MerchantSetup shop = setUpMerchant(m_http, 100000);
    LM_VERIFY_OK(shop);
    const QJsonObject body = leadBody(shop.campaignId, 150000);
    const QString key = u"create-"_s + uniqueSuffix();
    const Response first = m_http.request("POST", u"/api/leads/create"_s, body, m_influencer.token, idempotencyKey(key));
    LM_VERIFY_STATUS(first, 201);
    for (int retry = 0; retry < 3; ++retry) {
        const Response again =
            m_http.request("POST", u"/api/leads/create"_s, body, m_influencer.token, idempotencyKey(key));
        LM_VERIFY_STATUS(again, 201);
        QCOMPARE(again.body, first.body);
    }
    QCOMPARE(leadsOf(shop.merchant), 1);
    QCOMPARE(depositOf(m_http, shop.merchant).value("reserved_cents"_L1).toInteger(), qint64(8000));
    // Without the key the same body is a new request (and a duplicate).
    LM_VERIFY_ERROR(m_http.post(u"/api/leads/create"_s, body, m_influencer.token), 409, u"duplicate_lead"_s);
}

void TestServerConcurrency::idempotentValidation()
{
    const MerchantSetup shop = setUpMerchant(m_http, 100000);
    LM_VERIFY_OK(shop);
    const Response lead = m_http.post(u"/api/leads/create"_s, leadBody(shop.campaignId, 150000), m_influencer.token);
    LM_VERIFY_STATUS(lead, 201);
    const QString path = u"/api/leads/"_s + lead.json.value("id"_L1).toString() + u"/validate"_s;
    const QJsonObject body{{"quality_score"_L1, 9}, {"feedback"_L1, u"Parfait"_s}};
    const QString key = u"validate-"_s + uniqueSuffix();
    const Response first = m_http.request("PUT", path, body, shop.merchant.token, idempotencyKey(key));
    LM_VERIFY_STATUS(first, 200);
    const Response again = m_http.request("PUT", path, body, shop.merchant.token, idempotencyKey(key));
    LM_VERIFY_STATUS(again, 200);
    QCOMPARE(again.body, first.body);
    // Without the key: the lead is no longer pending.
    LM_VERIFY_ERROR(m_http.put(path, body, shop.merchant.token), 409, u"lead_not_pending"_s);
    const QJsonObject d = depositOf(m_http, shop.merchant);
    QCOMPARE(d.value("current_balance_cents"_L1).toInteger(), qint64(92000));
    QCOMPARE(d.value("reserved_cents"_L1).toInteger(), qint64(0));
    int deductions = 0;
    for (const QJsonValue &row : transactionsOf(m_http, shop.merchant))
        deductions += row.toObject().value("kind"_L1).toString() == u"deduction"_s ? 1 : 0;
    QCOMPARE(deductions, 1);
}

void TestServerConcurrency::idempotentRecharge()
{
    const Account merchant = m_http.registerUser(u"merchant"_s);
    LM_VERIFY_ACCOUNT(merchant);
    const QJsonObject body{{"amount_cents"_L1, 200000}, {"provider"_L1, u"sandbox"_s}};
    const QString key = u"recharge-"_s + uniqueSuffix();
    const Response first =
        m_http.request("POST", u"/api/leads/deposits/recharge"_s, body, merchant.token, idempotencyKey(key));
    LM_VERIFY_STATUS(first, 201);
    const Response again =
        m_http.request("POST", u"/api/leads/deposits/recharge"_s, body, merchant.token, idempotencyKey(key));
    LM_VERIFY_STATUS(again, 201);
    QCOMPARE(again.body, first.body);
    QCOMPARE(again.json.value("payment_id"_L1), first.json.value("payment_id"_L1));
    // One payment: paying it credits once.
    const QString checkout = pathOf(first.json.value("checkout_url"_L1).toString());
    LM_VERIFY_STATUS(m_http.post(checkout + u"/pay"_s, Body()), 303);
    QCOMPARE(depositOf(m_http, merchant).value("current_balance_cents"_L1).toInteger(), qint64(200000));
    const Response third =
        m_http.request("POST", u"/api/leads/deposits/recharge"_s, body, merchant.token, idempotencyKey(key));
    QCOMPARE(third.body, first.body);
    QCOMPARE(transactionsOf(m_http, merchant).size(), 1);
}

void TestServerConcurrency::idempotencyConflict()
{
    const MerchantSetup shop = setUpMerchant(m_http, 100000);
    LM_VERIFY_OK(shop);
    const QString key = u"conflict-"_s + uniqueSuffix();
    const QJsonObject body = leadBody(shop.campaignId, 20000);
    LM_VERIFY_STATUS(m_http.request("POST", u"/api/leads/create"_s, body, m_influencer.token, idempotencyKey(key)), 201);
    // Another body with the same key.
    QJsonObject changed = body;
    changed.insert("notes"_L1, u"une autre requête"_s);
    LM_VERIFY_ERROR(m_http.request("POST", u"/api/leads/create"_s, changed, m_influencer.token, idempotencyKey(key)),
                    409, u"idempotency_conflict"_s);
    // The same JSON with its bytes in another order is another body (compared by SHA-256).
    const QByteArray reordered = "{\"source\":\"instagram\",\"campaign_id\":\""_ba + shop.campaignId.toUtf8()
        + "\",\"client_name\":\""_ba + body.value("client_name"_L1).toString().toUtf8() + "\",\"client_email\":\""_ba
        + body.value("client_email"_L1).toString().toUtf8() + "\",\"client_phone\":\""_ba
        + body.value("client_phone"_L1).toString().toUtf8() + "\",\"estimated_value_cents\":20000}"_ba;
    LM_VERIFY_ERROR(m_http.request("POST", u"/api/leads/create"_s, Body::raw(reordered), m_influencer.token,
                                   idempotencyKey(key)),
                    409, u"idempotency_conflict"_s);
    QCOMPARE(leadsOf(shop.merchant), 1);
    // Another path or method with the same key (a merchant's key: routes it may use).
    const QString merchantKey = u"merchant-"_s + uniqueSuffix();
    const QJsonObject campaign{{"name"_L1, u"Clé réutilisée"_s}};
    LM_VERIFY_STATUS(m_http.request("POST", u"/api/campaigns"_s, campaign, shop.merchant.token,
                                    idempotencyKey(merchantKey)),
                     201);
    LM_VERIFY_ERROR(m_http.request("POST", u"/api/leads/deposits/recharge"_s,
                                   QJsonObject{{"amount_cents"_L1, 50000}, {"provider"_L1, u"sandbox"_s}},
                                   shop.merchant.token, idempotencyKey(merchantKey)),
                    409, u"idempotency_conflict"_s);
    LM_VERIFY_ERROR(m_http.request("PUT", u"/api/campaigns/"_s + shop.campaignId, campaign, shop.merchant.token,
                                   idempotencyKey(merchantKey)),
                    409, u"idempotency_conflict"_s);
    // Neither was applied: one new campaign, no payment, the first campaign keeps its name.
    QString problem;
    const std::optional<QJsonArray> campaigns = m_http.listAll(u"/api/campaigns"_s, shop.merchant.token, &problem);
    QVERIFY2(campaigns.has_value(), qPrintable(problem));
    QCOMPARE(campaigns->size(), 2);
    for (const QJsonValue &c : *campaigns) {
        if (c.toObject().value("id"_L1).toString() == shop.campaignId)
            QCOMPARE(c.toObject().value("name"_L1), shop.campaign.value("name"_L1));
    }
}

void TestServerConcurrency::idempotencyKeysArePerUser()
{
    const MerchantSetup shop = setUpMerchant(m_http, 100000);
    LM_VERIFY_OK(shop);
    const Account otherInfluencer = m_http.registerUser(u"influencer"_s);
    LM_VERIFY_ACCOUNT(otherInfluencer);
    const QString key = u"shared-key-"_s + uniqueSuffix();
    const Response mine = m_http.request("POST", u"/api/leads/create"_s, leadBody(shop.campaignId, 20000),
                                         m_influencer.token, idempotencyKey(key));
    LM_VERIFY_STATUS(mine, 201);
    const Response theirs = m_http.request("POST", u"/api/leads/create"_s, leadBody(shop.campaignId, 30000),
                                           otherInfluencer.token, idempotencyKey(key));
    LM_VERIFY_STATUS(theirs, 201);
    QVERIFY(theirs.json.value("id"_L1) != mine.json.value("id"_L1));
    QCOMPARE(theirs.json.value("influencer_id"_L1).toString(), otherInfluencer.id);
    // Even the same body by another user is applied for that user.
    const QJsonObject campaign{{"name"_L1, u"Même clé"_s}};
    const Account a = m_http.registerUser(u"merchant"_s);
    const Account b = m_http.registerUser(u"merchant"_s);
    LM_VERIFY_ACCOUNT(a);
    LM_VERIFY_ACCOUNT(b);
    const Response ra = m_http.request("POST", u"/api/campaigns"_s, campaign, a.token, idempotencyKey(key));
    const Response rb = m_http.request("POST", u"/api/campaigns"_s, campaign, b.token, idempotencyKey(key));
    LM_VERIFY_STATUS(ra, 201);
    LM_VERIFY_STATUS(rb, 201);
    QCOMPARE(ra.json.value("merchant_id"_L1).toString(), a.id);
    QCOMPARE(rb.json.value("merchant_id"_L1).toString(), b.id);
    QCOMPARE(leadsOf(shop.merchant), 2);
}

void TestServerConcurrency::idempotencyRemembersRefusals()
{
    const MerchantSetup shop = setUpMerchant(m_http, 100000);
    LM_VERIFY_OK(shop);
    const QString campaign = u"/api/campaigns/"_s + shop.campaignId;
    LM_VERIFY_STATUS(m_http.put(campaign, QJsonObject{{"status"_L1, u"paused"_s}}, shop.merchant.token), 200);
    const QJsonObject body = leadBody(shop.campaignId, 20000);
    const QString key = u"refused-"_s + uniqueSuffix();
    const Response refused = m_http.request("POST", u"/api/leads/create"_s, body, m_influencer.token, idempotencyKey(key));
    LM_VERIFY_ERROR(refused, 409, u"campaign_paused"_s);
    // The campaign resumes; the retry with the same key still gets the first answer.
    LM_VERIFY_STATUS(m_http.put(campaign, QJsonObject{{"status"_L1, u"active"_s}}, shop.merchant.token), 200);
    const Response replay = m_http.request("POST", u"/api/leads/create"_s, body, m_influencer.token, idempotencyKey(key));
    LM_VERIFY_ERROR(replay, 409, u"campaign_paused"_s);
    QCOMPARE(replay.body, refused.body);
    QCOMPARE(leadsOf(shop.merchant), 0);
    // A 422 is remembered too.
    const QString invalidKey = u"invalid-"_s + uniqueSuffix();
    QJsonObject invalid = body;
    invalid.insert("source"_L1, u"snapchat"_s);
    const Response first422 =
        m_http.request("POST", u"/api/leads/create"_s, invalid, m_influencer.token, idempotencyKey(invalidKey));
    LM_VERIFY_FIELD_ERROR(first422, u"source"_s);
    const Response again422 =
        m_http.request("POST", u"/api/leads/create"_s, invalid, m_influencer.token, idempotencyKey(invalidKey));
    QCOMPARE(again422.status, 422);
    QCOMPARE(again422.body, first422.body);
    // A new key runs the request again, now accepted.
    LM_VERIFY_STATUS(m_http.request("POST", u"/api/leads/create"_s, body, m_influencer.token,
                                    idempotencyKey(u"fresh-"_s + uniqueSuffix())),
                     201);
    QCOMPARE(leadsOf(shop.merchant), 1);
}

void TestServerConcurrency::idempotencyKeyLength_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("status");
    QTest::newRow("1 character") << 1 << 201;
    QTest::newRow("255 characters") << 255 << 201;
    QTest::newRow("256 characters") << 256 << 422;
    QTest::newRow("1,000 characters") << 1000 << 422;
}

void TestServerConcurrency::idempotencyKeyLength()
{
    QFETCH(int, length);
    QFETCH(int, status);
    const MerchantSetup shop = setUpMerchant(m_http, 100000);
    LM_VERIFY_OK(shop);
    // Unique per row: a random head, padded.
    QString key = uniqueSuffix().left(length);
    key += QString(length - key.size(), u'k');
    const Response r = m_http.request("POST", u"/api/leads/create"_s, leadBody(shop.campaignId, 20000),
                                      m_influencer.token, idempotencyKey(key));
    if (status == 422) {
        QVERIFY2(errorProblem(r, 422, u"validation_failed"_s).isEmpty(), qPrintable(r.describe()));
        QCOMPARE(leadsOf(shop.merchant), 0);
    } else {
        LM_VERIFY_STATUS(r, status);
        QCOMPARE(leadsOf(shop.merchant), 1);
    }
}

void TestServerConcurrency::idempotencyConcurrentDuplicates()
{
    const MerchantSetup shop = setUpMerchant(m_http, 100000);
    LM_VERIFY_OK(shop);
    const QJsonObject body = leadBody(shop.campaignId, 150000);
    const QString key = u"concurrent-"_s + uniqueSuffix();
    const QList<Response> answers = runParallel(m_server.baseUrl(), 10, [&](int) {
        return RequestSpec{"POST"_ba, u"/api/leads/create"_s, body, m_influencer.token, idempotencyKey(key)};
    });
    const QString summary = statusSummary(answers);
    QVERIFY2(countStatus(answers, 201) >= 1, qPrintable(summary));
    QVERIFY2(countStatus(answers, 201) + countStatus(answers, 409, u"idempotency_conflict"_s) == 10, qPrintable(summary));
    QByteArray created;
    for (const Response &r : answers) {
        if (r.status != 201)
            continue;
        if (created.isEmpty())
            created = r.body;
        QCOMPARE(r.body, created); // the same lead, replayed
    }
    QCOMPARE(leadsOf(shop.merchant), 1);
    QCOMPARE(depositOf(m_http, shop.merchant).value("reserved_cents"_L1).toInteger(), qint64(8000));
    // Afterwards the key replays the one answer.
    const Response later = m_http.request("POST", u"/api/leads/create"_s, body, m_influencer.token, idempotencyKey(key));
    LM_VERIFY_STATUS(later, 201);
    QCOMPARE(later.body, created);
}

QTEST_GUILESS_MAIN(TestServerConcurrency)
#include "tst_server_concurrency.moc"
