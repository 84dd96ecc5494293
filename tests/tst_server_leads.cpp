// API.md "Leads": creation (shape, commission and share, contact normalisation, every 422 field,
// the order of the business refusals), validation and rejection, the lead lists (filters, paging,
// delta sync), visibility by id and the influencer's statistics. The ledger check must pass after
// every test function (cleanup()).

#include "moneyharness.h"
#include "serverfixture.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>
#include <QThread>
#include <QtTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace lmtest;

namespace {

QSet<QString> idsOf(const QJsonArray &items)
{
    QSet<QString> ids;
    for (const QJsonValue &item : items)
        ids.insert(item.toObject().value("id"_L1).toString());
    return ids;
}

QString percentEncoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

class TestServerLeads final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void createShape();
    void commission_data();
    void commission();
    void phoneNormalised_data();
    void phoneNormalised();
    void acceptsLimits_data();
    void acceptsLimits();
    void createValidation_data();
    void createValidation();
    void unknownCampaign_data();
    void unknownCampaign();

    void duplicates();
    void refusalOrder();
    void neverRechargedDepositIsInsufficient();
    void zeroCommissionWritesNoEmptyLedgerRow();

    void validate_data();
    void validate();
    void reject_data();
    void reject();
    void secondDecision_data();
    void secondDecision();
    void decisionOnSomeoneElsesLead();

    void listFilters();
    void listPaging();
    void listLimits();
    void listUpdatedSinceIsInclusive();
    void deltaSync();
    void getVisibility();

    void influencerStats();

private:
    // POST /api/leads/create as `influencer`; the Lead, or an empty object with a warning.
    QJsonObject createLead(const QString &campaignId, qint64 estimatedValueCents, const Account &influencer,
                           const QJsonObject &extra = {});
    QJsonObject getLead(const QString &id, const Account &as);

    ServerFixture m_fixture;
    ServerProcess &m_server = m_fixture.server();
    Http &m_http = m_fixture.http();
    Account &m_admin = m_fixture.admin();
    Account m_influencer;
    Account m_otherInfluencer;
    MerchantSetup m_shop; ///< a merchant with a large deposit, shared by tests that only need room
};

void TestServerLeads::initTestCase()
{
    LM_START_SERVER_WITH_ADMIN(m_fixture, {u"--sandbox-payments"_s});
    m_influencer = m_http.registerUser(u"influencer"_s, u"Salma Influence"_s);
    LM_VERIFY_ACCOUNT(m_influencer);
    m_otherInfluencer = m_http.registerUser(u"influencer"_s, u"Karim Reach"_s);
    LM_VERIFY_ACCOUNT(m_otherInfluencer);
    m_shop = setUpMerchant(m_http, 99999999, {}, u"Atlas Services"_s);
    LM_VERIFY_OK(m_shop);
}

void TestServerLeads::cleanupTestCase()
{
    m_fixture.stop();
}

void TestServerLeads::cleanup()
{
    // Every scenario must leave the ledger consistent (API.md "GET /api/admin/ledger-check").
    if (m_server.isRunning() && m_admin.ok())
        LM_VERIFY_LEDGER(m_http, m_admin.token);
}

QJsonObject TestServerLeads::createLead(const QString &campaignId, qint64 estimatedValueCents,
                                        const Account &influencer, const QJsonObject &extra)
{
    const Response r =
        m_http.post(u"/api/leads/create"_s, leadBody(campaignId, estimatedValueCents, extra), influencer.token);
    if (r.status != 201) {
        qWarning("lead not created: %s", qPrintable(r.describe()));
        return {};
    }
    return r.json;
}

QJsonObject TestServerLeads::getLead(const QString &id, const Account &as)
{
    const Response r = m_http.get(u"/api/leads/"_s + id, as.token);
    if (r.status != 200) {
        qWarning("lead not read: %s", qPrintable(r.describe()));
        return {};
    }
    return r.json;
}

// ---------------------------------------------------------------------------------------------
// Creation

void TestServerLeads::createShape()
{
    const QJsonObject body{{"campaign_id"_L1, m_shop.campaignId},
                           {"client_name"_L1, u"Yassine El Amrani"_s},
                           {"client_email"_L1, u"Yassine.ElAmrani@Example.COM"_s},
                           {"client_phone"_L1, u"+212 6 61 23 45 67"_s},
                           {"company"_L1, u"Amrani Climatisation SARL"_s},
                           {"estimated_value_cents"_L1, 150000},
                           {"source"_L1, u"tiktok"_s},
                           {"notes"_L1, u"Rappeler après 18 h"_s}};
    const QJsonObject before = depositOf(m_http, m_shop.merchant);
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-60);
    const Response r = m_http.post(u"/api/leads/create"_s, body, m_influencer.token);
    LM_VERIFY_STATUS(r, 201);
    LM_VERIFY_SHAPE(leadProblem, r.json);
    const QJsonObject lead = r.json;
    QCOMPARE(lead.value("campaign_id"_L1).toString(), m_shop.campaignId);
    QCOMPARE(lead.value("campaign_name"_L1).toString(), m_shop.campaign.value("name"_L1).toString());
    QCOMPARE(lead.value("merchant_id"_L1).toString(), m_shop.merchant.id);
    QCOMPARE(lead.value("influencer_id"_L1).toString(), m_influencer.id);
    QCOMPARE(lead.value("influencer_name"_L1).toString(), u"Salma Influence"_s);
    QCOMPARE(lead.value("client_name"_L1).toString(), u"Yassine El Amrani"_s);
    QCOMPARE(lead.value("client_email"_L1).toString(), u"yassine.elamrani@example.com"_s);
    QCOMPARE(lead.value("client_phone"_L1).toString(), u"+212661234567"_s);
    QCOMPARE(lead.value("company"_L1).toString(), u"Amrani Climatisation SARL"_s);
    QCOMPARE(lead.value("estimated_value_cents"_L1).toInteger(), qint64(150000));
    QCOMPARE(lead.value("commission_cents"_L1).toInteger(), qint64(8000));
    QCOMPARE(lead.value("commission_type"_L1).toString(), u"fixed"_s);
    QCOMPARE(lead.value("influencer_share_cents"_L1).toInteger(), qint64(2400));
    QCOMPARE(lead.value("source"_L1).toString(), u"tiktok"_s);
    QCOMPARE(lead.value("notes"_L1).toString(), u"Rappeler après 18 h"_s);
    QCOMPARE(lead.value("status"_L1).toString(), u"pending"_s);
    QVERIFY(lead.value("quality_score"_L1).isNull());
    QVERIFY(lead.value("decided_at"_L1).isNull());
    QVERIFY(lead.value("feedback"_L1).isNull() || lead.value("feedback"_L1).toString().isEmpty());
    QVERIFY(lead.value("rejection_reason"_L1).isNull() || lead.value("rejection_reason"_L1).toString().isEmpty());
    const QDateTime created = parseApiTime(lead.value("created_at"_L1));
    QVERIFY2(created >= start && created <= QDateTime::currentDateTimeUtc().addSecs(60), qPrintable(r.describe()));
    // Expiry: exactly 72 h after creation.
    QCOMPARE(parseApiTime(lead.value("expires_at"_L1)), created.addSecs(72 * 3600));
    QCOMPARE(lead.value("updated_at"_L1), lead.value("created_at"_L1));

    // The stored lead answers the same, to the merchant, the influencer and an admin.
    for (const Account *who : {&m_shop.merchant, &m_influencer, &m_admin})
        QCOMPARE(getLead(lead.value("id"_L1).toString(), *who), lead);

    // The commission is reserved on the merchant's deposit, the balance is untouched.
    const QJsonObject after = depositOf(m_http, m_shop.merchant);
    QCOMPARE(after.value("reserved_cents"_L1).toInteger() - before.value("reserved_cents"_L1).toInteger(), qint64(8000));
    QCOMPARE(after.value("current_balance_cents"_L1).toInteger(), before.value("current_balance_cents"_L1).toInteger());
    const QJsonArray transactions = transactionsOf(m_http, m_shop.merchant);
    QVERIFY(!transactions.isEmpty());
    const QJsonObject reserve = transactions.first().toObject();
    LM_VERIFY_SHAPE(transactionProblem, reserve);
    QCOMPARE(reserve.value("kind"_L1).toString(), u"reserve"_s);
    QCOMPARE(reserve.value("lead_id"_L1).toString(), lead.value("id"_L1).toString());
    QCOMPARE(reserve.value("amount_cents"_L1).toInteger(), qint64(8000));

    // Optional fields may be left out.
    QJsonObject minimal = leadBody(m_shop.campaignId, 50000);
    QVERIFY(!minimal.contains("company"_L1) && !minimal.contains("notes"_L1));
    const Response bare = m_http.post(u"/api/leads/create"_s, minimal, m_influencer.token);
    LM_VERIFY_STATUS(bare, 201);
    LM_VERIFY_SHAPE(leadProblem, bare.json);
    QVERIFY(bare.json.value("company"_L1).isNull() || bare.json.value("company"_L1).toString().isEmpty());
    QVERIFY(bare.json.value("notes"_L1).isNull() || bare.json.value("notes"_L1).toString().isEmpty());
    QVERIFY(bare.json.value("id"_L1) != lead.value("id"_L1));
}

void TestServerLeads::commission_data()
{
    QTest::addColumn<QJsonObject>("campaign"); // campaign settings; empty: API.md's defaults
    QTest::addColumn<qint64>("estimated");
    QTest::addColumn<qint64>("commission");
    QTest::addColumn<QString>("type");
    QTest::addColumn<qint64>("share");

    const QJsonObject defaults;
    // DESIGN.md: 10 % below 800 MAD, fixed 80 MAD from 800 MAD, share 30 %, half-up to the centime.
    QTest::newRow("799.99 MAD is 10 %: 79.999 rounds half-up to 80.00") << defaults << qint64(79999) << qint64(8000)
                                                                        << u"percentage"_s << qint64(2400);
    QTest::newRow("799.94 MAD is 10 %: 79.994 rounds down to 79.99") << defaults << qint64(79994) << qint64(7999)
                                                                     << u"percentage"_s << qint64(2400);
    QTest::newRow("800.00 MAD is the fixed 80 MAD") << defaults << qint64(80000) << qint64(8000) << u"fixed"_s
                                                    << qint64(2400);
    QTest::newRow("100.05 MAD: 10.005 rounds half-up to 10.01") << defaults << qint64(10005) << qint64(1001)
                                                                << u"percentage"_s << qint64(300);
    QTest::newRow("100.50 MAD: share 3.015 rounds half-up to 3.02") << defaults << qint64(10050) << qint64(1005)
                                                                    << u"percentage"_s << qint64(302);
    QTest::newRow("1,500 MAD is the fixed 80 MAD") << defaults << qint64(150000) << qint64(8000) << u"fixed"_s
                                                   << qint64(2400);
    QTest::newRow("999,999.99 MAD is the fixed 80 MAD") << defaults << qint64(99999999) << qint64(8000) << u"fixed"_s
                                                        << qint64(2400);
    QTest::newRow("0.04 MAD: 10 % rounds to 0") << defaults << qint64(4) << qint64(0) << u"percentage"_s << qint64(0);

    const QJsonObject custom{{"commission_rate_bp"_L1, 1500},
                             {"fixed_commission_cents"_L1, 10000},
                             {"fixed_threshold_cents"_L1, 100000},
                             {"influencer_share_bp"_L1, 5000}};
    QTest::newRow("custom 15 % below 1,000 MAD: 999.99 → 150.00") << custom << qint64(99999) << qint64(15000)
                                                                 << u"percentage"_s << qint64(7500);
    QTest::newRow("custom fixed 100 MAD from 1,000 MAD") << custom << qint64(100000) << qint64(10000) << u"fixed"_s
                                                         << qint64(5000);
    const QJsonObject odd{{"commission_rate_bp"_L1, 1250}, {"influencer_share_bp"_L1, 3333}};
    QTest::newRow("12.5 % of 123.45 MAD = 15.43125 → 15.43, share 33.33 % → 5.14")
        << odd << qint64(12345) << qint64(1543) << u"percentage"_s << qint64(514);
    const QJsonObject alwaysFixed{{"fixed_threshold_cents"_L1, 0}, {"fixed_commission_cents"_L1, 5000}};
    QTest::newRow("threshold 0: even 0.01 MAD is fixed") << alwaysFixed << qint64(1) << qint64(5000) << u"fixed"_s
                                                         << qint64(1500);
    const QJsonObject noShare{{"influencer_share_bp"_L1, 0}};
    QTest::newRow("share 0 bp") << noShare << qint64(50000) << qint64(5000) << u"percentage"_s << qint64(0);
    const QJsonObject allShare{{"influencer_share_bp"_L1, 10000}};
    QTest::newRow("share 10,000 bp is the whole commission") << allShare << qint64(50000) << qint64(5000)
                                                             << u"percentage"_s << qint64(5000);
}

void TestServerLeads::commission()
{
    QFETCH(QJsonObject, campaign);
    QFETCH(qint64, estimated);
    QFETCH(qint64, commission);
    QFETCH(QString, type);
    QFETCH(qint64, share);
    QString problem;
    const QString campaignId = campaign.isEmpty() ? m_shop.campaignId
                                                  : createCampaign(m_http, m_shop.merchant, campaign, &problem);
    QVERIFY2(!campaignId.isEmpty(), qPrintable(problem));
    const qint64 reservedBefore = depositOf(m_http, m_shop.merchant).value("reserved_cents"_L1).toInteger();

    const Response r = m_http.post(u"/api/leads/create"_s, leadBody(campaignId, estimated), m_influencer.token);
    LM_VERIFY_STATUS(r, 201);
    LM_VERIFY_SHAPE(leadProblem, r.json);
    QCOMPARE(r.json.value("estimated_value_cents"_L1).toInteger(), estimated);
    QCOMPARE(r.json.value("commission_cents"_L1).toInteger(), commission);
    QCOMPARE(r.json.value("commission_type"_L1).toString(), type);
    QCOMPARE(r.json.value("influencer_share_cents"_L1).toInteger(), share);
    const qint64 reservedAfter = depositOf(m_http, m_shop.merchant).value("reserved_cents"_L1).toInteger();
    QCOMPARE(reservedAfter - reservedBefore, commission);
}

void TestServerLeads::phoneNormalised_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("e164");
    QTest::newRow("06 12 34 56 78") << u"06 12 34 56 78"_s << u"+212612345678"_s;
    QTest::newRow("0612345678") << u"0612345678"_s << u"+212612345678"_s;
    QTest::newRow("+212 6 12 34 56 78") << u"+212 6 12 34 56 78"_s << u"+212612345678"_s;
    QTest::newRow("00212612345678") << u"00212612345678"_s << u"+212612345678"_s;
    QTest::newRow("dots 06.12.34.56.78") << u"06.12.34.56.78"_s << u"+212612345678"_s;
    QTest::newRow("dashes 06-12-34-56-78") << u"06-12-34-56-78"_s << u"+212612345678"_s;
    QTest::newRow("mobile 07 …") << u"07 00 11 22 33"_s << u"+212700112233"_s;
    QTest::newRow("fixed line 05 22 …") << u"05 22 12 34 56"_s << u"+212522123456"_s;
    QTest::newRow("France in E.164") << u"+33 6 12 34 56 78"_s << u"+33612345678"_s;
}

void TestServerLeads::phoneNormalised()
{
    QFETCH(QString, written);
    QFETCH(QString, e164);
    // A campaign of its own: the same number in every row would otherwise be a duplicate.
    QString problem;
    const QString campaignId = createCampaign(m_http, m_shop.merchant, {}, &problem);
    QVERIFY2(!campaignId.isEmpty(), qPrintable(problem));
    const Response r = m_http.post(u"/api/leads/create"_s,
                                   leadBody(campaignId, 20000, {{"client_phone"_L1, written},
                                                                {"client_email"_L1, u"Mixed.Case@Example.MA"_s}}),
                                   m_influencer.token);
    LM_VERIFY_STATUS(r, 201);
    QCOMPARE(r.json.value("client_phone"_L1).toString(), e164);
    QCOMPARE(r.json.value("client_email"_L1).toString(), u"mixed.case@example.ma"_s);
    QCOMPARE(getLead(r.json.value("id"_L1).toString(), m_shop.merchant).value("client_phone"_L1).toString(), e164);
}

void TestServerLeads::acceptsLimits_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    const QString local(64, u'a');
    const QString label(61, u'b');
    // 64 + 1 + 3 × 62 + 3 = 254 characters.
    const QString email254 = local + u'@' + label + u'.' + label + u'.' + label + u".ma"_s;
    QTest::newRow("client_name of 200 characters") << u"client_name"_s << QJsonValue(QString(200, QChar(0x0645)));
    QTest::newRow("client_email of 254 characters") << u"client_email"_s << QJsonValue(email254);
    QTest::newRow("company of 200 characters") << u"company"_s << QJsonValue(QString(200, u'c'));
    QTest::newRow("notes of 2,000 characters") << u"notes"_s << QJsonValue(QString(2000, u'n'));
    QTest::newRow("estimated value 0.01 MAD") << u"estimated_value_cents"_s << QJsonValue(1);
    QTest::newRow("estimated value 99,999,999 centimes") << u"estimated_value_cents"_s << QJsonValue(99999999);
    for (const QString &source : {u"instagram"_s, u"tiktok"_s, u"whatsapp"_s, u"facebook"_s, u"youtube"_s, u"other"_s})
        QTest::addRow("source %s", qPrintable(source)) << u"source"_s << QJsonValue(source);
}

void TestServerLeads::acceptsLimits()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    const Response r = m_http.post(u"/api/leads/create"_s, leadBody(m_shop.campaignId, 30000, {{key, value}}),
                                   m_influencer.token);
    LM_VERIFY_STATUS(r, 201);
    LM_VERIFY_SHAPE(leadProblem, r.json);
    if (key == u"client_email"_s)
        QCOMPARE(r.json.value(key).toString(), value.toString().toLower());
    else
        QCOMPARE(r.json.value(key), value);
}

void TestServerLeads::createValidation_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value"); // Undefined: the key is left out
    QTest::addColumn<QString>("field");

    const QJsonValue absent(QJsonValue::Undefined);
    QTest::newRow("campaign_id missing") << u"campaign_id"_s << absent << u"campaign_id"_s;
    QTest::newRow("campaign_id empty") << u"campaign_id"_s << QJsonValue(u""_s) << u"campaign_id"_s;
    QTest::newRow("campaign_id is an object") << u"campaign_id"_s << QJsonValue(QJsonObject{}) << u"campaign_id"_s;
    QTest::newRow("client_name missing") << u"client_name"_s << absent << u"client_name"_s;
    QTest::newRow("client_name empty") << u"client_name"_s << QJsonValue(u""_s) << u"client_name"_s;
    QTest::newRow("client_name blank") << u"client_name"_s << QJsonValue(u"   "_s) << u"client_name"_s;
    QTest::newRow("client_name of 201 characters") << u"client_name"_s << QJsonValue(QString(201, u'x'))
                                                   << u"client_name"_s;
    QTest::newRow("client_email missing") << u"client_email"_s << absent << u"client_email"_s;
    QTest::newRow("client_email without @") << u"client_email"_s << QJsonValue(u"client.example.com"_s)
                                            << u"client_email"_s;
    QTest::newRow("client_email of 255 characters")
        << u"client_email"_s << QJsonValue(QString(64, u'a') + u'@' + QString(186, u'b') + u".com"_s)
        << u"client_email"_s;
    QTest::newRow("client_phone missing") << u"client_phone"_s << absent << u"client_phone"_s;
    QTest::newRow("client_phone too short") << u"client_phone"_s << QJsonValue(u"06 12 34"_s) << u"client_phone"_s;
    QTest::newRow("client_phone Moroccan starting 4") << u"client_phone"_s << QJsonValue(u"04 12 34 56 78"_s)
                                                      << u"client_phone"_s;
    QTest::newRow("client_phone letters") << u"client_phone"_s << QJsonValue(u"appelez-moi"_s) << u"client_phone"_s;
    QTest::newRow("client_phone foreign without +") << u"client_phone"_s << QJsonValue(u"33612345678"_s)
                                                    << u"client_phone"_s;
    QTest::newRow("estimated_value_cents missing") << u"estimated_value_cents"_s << absent << u"estimated_value_cents"_s;
    QTest::newRow("estimated_value_cents 0") << u"estimated_value_cents"_s << QJsonValue(0) << u"estimated_value_cents"_s;
    QTest::newRow("estimated_value_cents negative") << u"estimated_value_cents"_s << QJsonValue(-5000)
                                                    << u"estimated_value_cents"_s;
    QTest::newRow("estimated_value_cents fraction") << u"estimated_value_cents"_s << QJsonValue(1000.5)
                                                    << u"estimated_value_cents"_s;
    QTest::newRow("estimated_value_cents 100,000,000") << u"estimated_value_cents"_s << QJsonValue(100000000)
                                                       << u"estimated_value_cents"_s;
    QTest::newRow("estimated_value_cents as text") << u"estimated_value_cents"_s << QJsonValue(u"15000"_s)
                                                   << u"estimated_value_cents"_s;
    QTest::newRow("source missing") << u"source"_s << absent << u"source"_s;
    QTest::newRow("source snapchat") << u"source"_s << QJsonValue(u"snapchat"_s) << u"source"_s;
    QTest::newRow("source in capitals") << u"source"_s << QJsonValue(u"Instagram"_s) << u"source"_s;
    QTest::newRow("notes of 2,001 characters") << u"notes"_s << QJsonValue(QString(2001, u'n')) << u"notes"_s;
    QTest::newRow("company of 201 characters") << u"company"_s << QJsonValue(QString(201, u'c')) << u"company"_s;
}

void TestServerLeads::createValidation()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    QString problem;
    const QString campaignId = createCampaign(m_http, m_shop.merchant, {}, &problem);
    QVERIFY2(!campaignId.isEmpty(), qPrintable(problem));
    const qint64 reservedBefore = depositOf(m_http, m_shop.merchant).value("reserved_cents"_L1).toInteger();
    QJsonObject body = leadBody(campaignId, 50000, {{"company"_L1, u"Atlas"_s}, {"notes"_L1, u"ok"_s}});
    if (value.isUndefined())
        body.remove(key);
    else
        body.insert(key, value);
    LM_VERIFY_FIELD_ERROR(m_http.post(u"/api/leads/create"_s, body, m_influencer.token), field);
    // Nothing was created or reserved.
    const std::optional<QJsonArray> leads =
        m_http.listAll(u"/api/leads?campaign_id="_s + campaignId, m_shop.merchant.token, &problem);
    QVERIFY2(leads.has_value(), qPrintable(problem));
    QCOMPARE(leads->size(), 0);
    QCOMPARE(depositOf(m_http, m_shop.merchant).value("reserved_cents"_L1).toInteger(), reservedBefore);
}

void TestServerLeads::unknownCampaign_data()
{
    QTest::addColumn<QString>("campaignId");
    QTest::newRow("UUID that does not exist") << u"00000000-0000-0000-0000-000000000000"_s;
    QTest::newRow("integer id that does not exist") << u"999999999"_s;
    QTest::newRow("text that is no id") << u"nope"_s;
}

void TestServerLeads::unknownCampaign()
{
    QFETCH(QString, campaignId);
    LM_VERIFY_ERROR(m_http.post(u"/api/leads/create"_s, leadBody(campaignId, 50000), m_influencer.token), 404,
                    u"not_found"_s);
    // API.md order of checks: 422 comes before 404.
    LM_VERIFY_FIELD_ERROR(m_http.post(u"/api/leads/create"_s,
                                      leadBody(campaignId, 50000, {{"source"_L1, u"snapchat"_s}}), m_influencer.token),
                          u"source"_s);
}

// ---------------------------------------------------------------------------------------------
// Business refusals

void TestServerLeads::duplicates()
{
    const MerchantSetup shop = setUpMerchant(m_http, 100000);
    LM_VERIFY_OK(shop);
    QString e164;
    const QString phone = uniqueMoroccanPhone(&e164);
    const QString email = uniqueEmail(u"client"_s);
    const QJsonObject first = createLead(shop.campaignId, 30000, m_influencer,
                                         {{"client_email"_L1, email}, {"client_phone"_L1, phone}});
    QVERIFY(!first.isEmpty());

    auto refusedAsDuplicate = [this](const QString &campaignId, const QJsonObject &contact, const Account &influencer) {
        return errorProblem(m_http.post(u"/api/leads/create"_s, leadBody(campaignId, 30000, contact), influencer.token),
                            409, u"duplicate_lead"_s);
    };
    QString problem;
    // Same email, another phone; the email compared lower-case.
    problem = refusedAsDuplicate(shop.campaignId, {{"client_email"_L1, email.toUpper()}}, m_influencer);
    QVERIFY2(problem.isEmpty(), qPrintable(u"same email: "_s + problem));
    // Same phone written another way, another email.
    problem = refusedAsDuplicate(shop.campaignId, {{"client_phone"_L1, e164}}, m_influencer);
    QVERIFY2(problem.isEmpty(), qPrintable(u"same phone: "_s + problem));
    // Whoever brings it.
    problem = refusedAsDuplicate(shop.campaignId, {{"client_email"_L1, email}}, m_otherInfluencer);
    QVERIFY2(problem.isEmpty(), qPrintable(u"other influencer: "_s + problem));

    // Whatever the first lead's status: rejected, it still counts.
    LM_VERIFY_STATUS(m_http.put(u"/api/leads/"_s + first.value("id"_L1).toString() + u"/reject"_s,
                                QJsonObject{{"reason"_L1, u"Injoignable"_s}}, shop.merchant.token),
                     200);
    problem = refusedAsDuplicate(shop.campaignId, {{"client_phone"_L1, phone}}, m_influencer);
    QVERIFY2(problem.isEmpty(), qPrintable(u"after rejection: "_s + problem));
    // Validated, too.
    const QJsonObject second = createLead(shop.campaignId, 30000, m_influencer);
    QVERIFY(!second.isEmpty());
    LM_VERIFY_STATUS(m_http.put(u"/api/leads/"_s + second.value("id"_L1).toString() + u"/validate"_s,
                                QJsonObject{{"quality_score"_L1, 8}}, shop.merchant.token),
                     200);
    problem = refusedAsDuplicate(shop.campaignId, {{"client_email"_L1, second.value("client_email"_L1).toString()}},
                                 m_influencer);
    QVERIFY2(problem.isEmpty(), qPrintable(u"after validation: "_s + problem));

    // Another campaign, even of the same merchant, is not a duplicate.
    const QString otherCampaign = createCampaign(m_http, shop.merchant, {}, &problem);
    QVERIFY2(!otherCampaign.isEmpty(), qPrintable(problem));
    QVERIFY(!createLead(otherCampaign, 30000, m_influencer, {{"client_email"_L1, email}, {"client_phone"_L1, phone}})
                 .isEmpty());
    // Only the two first leads and this one exist for the merchant.
    const std::optional<QJsonArray> leads = m_http.listAll(u"/api/leads"_s, shop.merchant.token, &problem);
    QVERIFY2(leads.has_value(), qPrintable(problem));
    QCOMPARE(leads->size(), 3);
    // Reserved: only the pending lead on the other campaign (10 % of 300 MAD).
    QCOMPARE(depositOf(m_http, shop.merchant).value("reserved_cents"_L1).toInteger(), qint64(3000));
}

void TestServerLeads::refusalOrder()
{
    // Deposit 500 MAD; the default campaign C (10 %) and campaign F (100 %, to make a lead unaffordable).
    const MerchantSetup shop = setUpMerchant(m_http, 50000);
    LM_VERIFY_OK(shop);
    QString problem;
    const QString full = createCampaign(m_http, shop.merchant, fullCommissionCampaign(), &problem);
    QVERIFY2(!full.isEmpty(), qPrintable(problem));
    const QJsonObject client{{"client_email"_L1, uniqueEmail(u"client"_s)}, {"client_phone"_L1, uniqueMoroccanPhone()}};
    const QJsonObject onC = createLead(shop.campaignId, 30000, m_influencer, client); // reserves 3,000
    QVERIFY(!onC.isEmpty());
    const QJsonObject onF = createLead(full, 1000, m_influencer, client); // reserves 1,000
    QVERIFY(!onF.isEmpty());
    // Available now 46,000.

    auto attempt = [this](const QString &campaignId, qint64 estimated, const QJsonObject &contact) {
        return m_http.post(u"/api/leads/create"_s, leadBody(campaignId, estimated, contact), m_influencer.token);
    };
    // Unaffordable alone → 402.
    LM_VERIFY_ERROR(attempt(full, 46001, {}), 402, u"insufficient_deposit"_s);
    // Exactly the available amount is affordable; then nothing is left.
    const Response exact = attempt(full, 46000, {});
    LM_VERIFY_STATUS(exact, 201);
    QCOMPARE(depositOf(m_http, shop.merchant).value("available_cents"_L1).toInteger(), qint64(0));
    LM_VERIFY_ERROR(attempt(full, 1, {}), 402, u"insufficient_deposit"_s);
    LM_VERIFY_STATUS(m_http.put(u"/api/leads/"_s + exact.json.value("id"_L1).toString() + u"/reject"_s,
                                QJsonObject{{"reason"_L1, u"Test"_s}}, shop.merchant.token),
                     200);
    // Duplicate and unaffordable → 409 duplicate_lead.
    LM_VERIFY_ERROR(attempt(full, 99999998, client), 409, u"duplicate_lead"_s);

    // Paused: campaign_paused beats duplicate and insufficient.
    LM_VERIFY_STATUS(m_http.put(u"/api/campaigns/"_s + full, QJsonObject{{"status"_L1, u"paused"_s}}, shop.merchant.token),
                     200);
    LM_VERIFY_ERROR(attempt(full, 1000, {}), 409, u"campaign_paused"_s);
    LM_VERIFY_ERROR(attempt(full, 99999998, client), 409, u"campaign_paused"_s);

    // Blocked by an admin: deposit_blocked beats everything.
    const Response blocked = m_http.put(u"/api/admin/merchants/"_s + shop.merchant.id,
                                        QJsonObject{{"status"_L1, u"blocked"_s}}, m_admin.token);
    LM_VERIFY_STATUS(blocked, 200);
    LM_VERIFY_ERROR(attempt(full, 99999998, client), 423, u"deposit_blocked"_s);
    LM_VERIFY_ERROR(attempt(full, 1000, {}), 423, u"deposit_blocked"_s);
    LM_VERIFY_ERROR(attempt(shop.campaignId, 30000, {}), 423, u"deposit_blocked"_s);
    LM_VERIFY_ERROR(attempt(shop.campaignId, 30000, client), 423, u"deposit_blocked"_s);
    // 422 still comes before the business refusals, 404 too.
    LM_VERIFY_FIELD_ERROR(attempt(full, 0, client), u"estimated_value_cents"_s);
    LM_VERIFY_ERROR(attempt(u"00000000-0000-0000-0000-000000000000"_s, 1000, {}), 404, u"not_found"_s);

    // Unblocked and resumed: back to duplicate, then insufficient, then accepted.
    LM_VERIFY_STATUS(m_http.put(u"/api/admin/merchants/"_s + shop.merchant.id, QJsonObject{{"status"_L1, u"active"_s}},
                                m_admin.token),
                     200);
    LM_VERIFY_ERROR(attempt(full, 1000, {}), 409, u"campaign_paused"_s);
    LM_VERIFY_STATUS(m_http.put(u"/api/campaigns/"_s + full, QJsonObject{{"status"_L1, u"active"_s}}, shop.merchant.token),
                     200);
    LM_VERIFY_ERROR(attempt(full, 99999998, client), 409, u"duplicate_lead"_s);
    LM_VERIFY_ERROR(attempt(full, 99999998, {}), 402, u"insufficient_deposit"_s);
    LM_VERIFY_STATUS(attempt(full, 46000, {}), 201);

    // Only the accepted leads are reserved: 3,000 + 1,000 + 46,000.
    const QJsonObject deposit = depositOf(m_http, shop.merchant);
    QCOMPARE(deposit.value("reserved_cents"_L1).toInteger(), qint64(50000));
    QCOMPARE(deposit.value("current_balance_cents"_L1).toInteger(), qint64(50000));
    const std::optional<QJsonArray> leads = m_http.listAll(u"/api/leads"_s, shop.merchant.token, &problem);
    QVERIFY2(leads.has_value(), qPrintable(problem));
    QCOMPARE(leads->size(), 4);
}

void TestServerLeads::neverRechargedDepositIsInsufficient()
{
    // A deposit never recharged is depleted but not blocked (DESIGN.md): a lead is refused for money.
    const MerchantSetup shop = setUpMerchant(m_http, 0);
    LM_VERIFY_OK(shop);
    LM_VERIFY_ERROR(m_http.post(u"/api/leads/create"_s, leadBody(shop.campaignId, 1000), m_influencer.token), 402,
                    u"insufficient_deposit"_s);
    LM_VERIFY_ERROR(m_http.post(u"/api/leads/create"_s, leadBody(shop.campaignId, 150000), m_influencer.token), 402,
                    u"insufficient_deposit"_s);
    const QJsonObject deposit = depositOf(m_http, shop.merchant);
    LM_VERIFY_SHAPE(depositProblem, deposit);
    QCOMPARE(deposit.value("status"_L1).toString(), u"active"_s);
    QCOMPARE(deposit.value("reserved_cents"_L1).toInteger(), qint64(0));
}

void TestServerLeads::zeroCommissionWritesNoEmptyLedgerRow()
{
    // 10 % of 0.04 MAD rounds to a commission of 0. API.md: a Transaction's amount_cents is > 0, so
    // whatever the server does with such a lead, the ledger holds no row of 0.
    const MerchantSetup shop = setUpMerchant(m_http, 50000);
    LM_VERIFY_OK(shop);
    const Response created = m_http.post(u"/api/leads/create"_s, leadBody(shop.campaignId, 4), m_influencer.token);
    if (created.status == 201) {
        QCOMPARE(created.json.value("commission_cents"_L1).toInteger(), qint64(0));
        LM_VERIFY_STATUS(m_http.put(u"/api/leads/"_s + created.json.value("id"_L1).toString() + u"/validate"_s,
                                    QJsonObject{{"quality_score"_L1, 2}}, shop.merchant.token),
                         200);
    }
    QString problem;
    const QJsonArray rows = transactionsOf(m_http, shop.merchant, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    for (const QJsonValue &row : rows)
        LM_VERIFY_SHAPE(transactionProblem, row.toObject());
    const QJsonObject deposit = depositOf(m_http, shop.merchant);
    QCOMPARE(deposit.value("current_balance_cents"_L1).toInteger(), qint64(50000));
    QCOMPARE(deposit.value("reserved_cents"_L1).toInteger(), qint64(0));
}

// ---------------------------------------------------------------------------------------------
// Decisions

void TestServerLeads::validate_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field"); // empty: 200 expected
    QTest::newRow("score 1 (lowest)") << QJsonObject{{"quality_score"_L1, 1}} << QString();
    QTest::newRow("score 10 (highest)") << QJsonObject{{"quality_score"_L1, 10}} << QString();
    QTest::newRow("score 7 with feedback") << QJsonObject{{"quality_score"_L1, 7},
                                                          {"feedback"_L1, u"Client sérieux, devis signé"_s}}
                                           << QString();
    QTest::newRow("feedback of 2,000 characters") << QJsonObject{{"quality_score"_L1, 5},
                                                                 {"feedback"_L1, QString(2000, u'f')}}
                                                  << QString();
    QTest::newRow("score 0") << QJsonObject{{"quality_score"_L1, 0}} << u"quality_score"_s;
    QTest::newRow("score 11") << QJsonObject{{"quality_score"_L1, 11}} << u"quality_score"_s;
    QTest::newRow("score -1") << QJsonObject{{"quality_score"_L1, -1}} << u"quality_score"_s;
    QTest::newRow("score 7.5") << QJsonObject{{"quality_score"_L1, 7.5}} << u"quality_score"_s;
    QTest::newRow("score as text") << QJsonObject{{"quality_score"_L1, u"7"_s}} << u"quality_score"_s;
    QTest::newRow("score missing") << QJsonObject{{"feedback"_L1, u"Bien"_s}} << u"quality_score"_s;
    QTest::newRow("feedback of 2,001 characters") << QJsonObject{{"quality_score"_L1, 5},
                                                                 {"feedback"_L1, QString(2001, u'f')}}
                                                  << u"feedback"_s;
}

void TestServerLeads::validate()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const QJsonObject lead = createLead(m_shop.campaignId, 150000, m_influencer);
    QVERIFY(!lead.isEmpty());
    const QString id = lead.value("id"_L1).toString();
    const QJsonObject before = depositOf(m_http, m_shop.merchant);
    QThread::msleep(5);
    const Response r = m_http.put(u"/api/leads/"_s + id + u"/validate"_s, body, m_shop.merchant.token);
    const QJsonObject after = depositOf(m_http, m_shop.merchant);
    const qint64 balanceChange = after.value("current_balance_cents"_L1).toInteger()
        - before.value("current_balance_cents"_L1).toInteger();
    const qint64 reservedChange =
        after.value("reserved_cents"_L1).toInteger() - before.value("reserved_cents"_L1).toInteger();
    if (!field.isEmpty()) {
        LM_VERIFY_FIELD_ERROR(r, field);
        QCOMPARE(getLead(id, m_shop.merchant), lead);
        QCOMPARE(balanceChange, qint64(0));
        QCOMPARE(reservedChange, qint64(0));
        return;
    }
    LM_VERIFY_STATUS(r, 200);
    LM_VERIFY_SHAPE(leadProblem, r.json);
    QCOMPARE(r.json.value("id"_L1).toString(), id);
    QCOMPARE(r.json.value("status"_L1).toString(), u"validated"_s);
    QCOMPARE(r.json.value("quality_score"_L1).toInteger(), body.value("quality_score"_L1).toInteger());
    if (body.contains("feedback"_L1))
        QCOMPARE(r.json.value("feedback"_L1).toString(), body.value("feedback"_L1).toString());
    else
        QVERIFY(r.json.value("feedback"_L1).isNull() || r.json.value("feedback"_L1).toString().isEmpty());
    QVERIFY(isApiTime(r.json.value("decided_at"_L1)));
    QVERIFY(parseApiTime(r.json.value("decided_at"_L1)) >= parseApiTime(lead.value("created_at"_L1)));
    QVERIFY2(parseApiTime(r.json.value("updated_at"_L1)) > parseApiTime(lead.value("updated_at"_L1)),
             qPrintable(r.describe()));
    // Nothing else about the lead changed.
    for (const char *key : {"commission_cents", "influencer_share_cents", "created_at", "expires_at", "client_email"})
        QCOMPARE(r.json.value(QLatin1StringView(key)), lead.value(QLatin1StringView(key)));
    QCOMPARE(getLead(id, m_influencer), r.json);
    // The commission was paid: balance −c, reserved −c.
    QCOMPARE(balanceChange, qint64(-8000));
    QCOMPARE(reservedChange, qint64(-8000));
}

void TestServerLeads::reject_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field"); // empty: 200 expected
    QTest::newRow("a reason") << QJsonObject{{"reason"_L1, u"Numéro injoignable"_s}} << QString();
    QTest::newRow("reason of 500 characters") << QJsonObject{{"reason"_L1, QString(500, u'r')}} << QString();
    QTest::newRow("reason missing") << QJsonObject{} << u"reason"_s;
    QTest::newRow("reason empty") << QJsonObject{{"reason"_L1, u""_s}} << u"reason"_s;
    QTest::newRow("reason blank") << QJsonObject{{"reason"_L1, u"  \t "_s}} << u"reason"_s;
    QTest::newRow("reason null") << QJsonObject{{"reason"_L1, QJsonValue::Null}} << u"reason"_s;
    QTest::newRow("reason of 501 characters") << QJsonObject{{"reason"_L1, QString(501, u'r')}} << u"reason"_s;
    QTest::newRow("reason is a number") << QJsonObject{{"reason"_L1, 3}} << u"reason"_s;
}

void TestServerLeads::reject()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const QJsonObject lead = createLead(m_shop.campaignId, 10005, m_influencer); // commission 1,001
    QVERIFY(!lead.isEmpty());
    const QString id = lead.value("id"_L1).toString();
    const QJsonObject before = depositOf(m_http, m_shop.merchant);
    const Response r = m_http.put(u"/api/leads/"_s + id + u"/reject"_s, body, m_shop.merchant.token);
    const QJsonObject after = depositOf(m_http, m_shop.merchant);
    const qint64 balanceChange = after.value("current_balance_cents"_L1).toInteger()
        - before.value("current_balance_cents"_L1).toInteger();
    const qint64 reservedChange =
        after.value("reserved_cents"_L1).toInteger() - before.value("reserved_cents"_L1).toInteger();
    QCOMPARE(balanceChange, qint64(0));
    if (!field.isEmpty()) {
        LM_VERIFY_FIELD_ERROR(r, field);
        QCOMPARE(getLead(id, m_shop.merchant), lead);
        QCOMPARE(reservedChange, qint64(0));
        return;
    }
    LM_VERIFY_STATUS(r, 200);
    LM_VERIFY_SHAPE(leadProblem, r.json);
    QCOMPARE(r.json.value("status"_L1).toString(), u"rejected"_s);
    QCOMPARE(r.json.value("rejection_reason"_L1).toString(), body.value("reason"_L1).toString());
    QVERIFY(r.json.value("quality_score"_L1).isNull());
    QVERIFY(isApiTime(r.json.value("decided_at"_L1)));
    QCOMPARE(getLead(id, m_admin), r.json);
    // The reservation is released.
    QCOMPARE(reservedChange, qint64(-1001));
}

void TestServerLeads::secondDecision_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("validate, then validate again") << u"validate"_s << u"validate"_s;
    QTest::newRow("validate, then reject") << u"validate"_s << u"reject"_s;
    QTest::newRow("reject, then validate") << u"reject"_s << u"validate"_s;
    QTest::newRow("reject, then reject again") << u"reject"_s << u"reject"_s;
}

void TestServerLeads::secondDecision()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    const QJsonObject lead = createLead(m_shop.campaignId, 50000, m_influencer);
    QVERIFY(!lead.isEmpty());
    const QString id = lead.value("id"_L1).toString();
    auto decide = [this, &id](const QString &action) {
        const QJsonObject body = action == u"validate"_s ? QJsonObject{{"quality_score"_L1, 6}}
                                                         : QJsonObject{{"reason"_L1, u"Hors zone"_s}};
        return m_http.put(u"/api/leads/"_s + id + u'/' + action, body, m_shop.merchant.token);
    };
    const Response decided = decide(first);
    LM_VERIFY_STATUS(decided, 200);
    const QJsonObject deposit = depositOf(m_http, m_shop.merchant);
    const QJsonArray transactions = transactionsOf(m_http, m_shop.merchant);
    LM_VERIFY_ERROR(decide(second), 409, u"lead_not_pending"_s);
    // Nothing moved: the lead, the deposit and the ledger are as after the first decision.
    QCOMPARE(getLead(id, m_shop.merchant), decided.json);
    QCOMPARE(depositOf(m_http, m_shop.merchant).value("current_balance_cents"_L1),
             deposit.value("current_balance_cents"_L1));
    QCOMPARE(depositOf(m_http, m_shop.merchant).value("reserved_cents"_L1), deposit.value("reserved_cents"_L1));
    QCOMPARE(transactionsOf(m_http, m_shop.merchant).size(), transactions.size());
    // A wrong body is still a 422 (validation comes before the business refusal).
    const QJsonObject wrong = second == u"validate"_s ? QJsonObject{{"quality_score"_L1, 0}} : QJsonObject{};
    LM_VERIFY_FIELD_ERROR(m_http.put(u"/api/leads/"_s + id + u'/' + second, wrong, m_shop.merchant.token),
                          second == u"validate"_s ? u"quality_score"_s : u"reason"_s);
}

void TestServerLeads::decisionOnSomeoneElsesLead()
{
    const MerchantSetup other = setUpMerchant(m_http, 50000);
    LM_VERIFY_OK(other);
    const QJsonObject lead = createLead(m_shop.campaignId, 50000, m_influencer);
    QVERIFY(!lead.isEmpty());
    const QString id = lead.value("id"_L1).toString();
    for (const QString &action : {u"validate"_s, u"reject"_s}) {
        const QJsonObject body = action == u"validate"_s ? QJsonObject{{"quality_score"_L1, 6}}
                                                         : QJsonObject{{"reason"_L1, u"Hors zone"_s}};
        // Another merchant's lead: 404, existence not revealed.
        LM_VERIFY_ERROR(m_http.put(u"/api/leads/"_s + id + u'/' + action, body, other.merchant.token), 404,
                        u"not_found"_s);
        // No such lead.
        LM_VERIFY_ERROR(m_http.put(u"/api/leads/00000000-0000-0000-0000-000000000000/"_s + action, body,
                                   m_shop.merchant.token),
                        404, u"not_found"_s);
        // Influencers and admins do not decide (owner merchant only).
        LM_VERIFY_ERROR(m_http.put(u"/api/leads/"_s + id + u'/' + action, body, m_influencer.token), 403,
                        u"forbidden"_s);
        LM_VERIFY_ERROR(m_http.put(u"/api/leads/"_s + id + u'/' + action, body, m_admin.token), 403, u"forbidden"_s);
    }
    QCOMPARE(getLead(id, m_shop.merchant), lead);
}

// ---------------------------------------------------------------------------------------------
// Lists

void TestServerLeads::listFilters()
{
    const MerchantSetup shop = setUpMerchant(m_http, 100000);
    LM_VERIFY_OK(shop);
    QString problem;
    const QString second = createCampaign(m_http, shop.merchant, {}, &problem);
    QVERIFY2(!second.isEmpty(), qPrintable(problem));
    QMap<QString, QString> statusOf;   // lead id → status
    QMap<QString, QString> campaignOf; // lead id → campaign id
    QSet<QString> byOther;
    int n = 0;
    for (const QString &campaignId : {shop.campaignId, second}) {
        for (const QString &status : {u"pending"_s, u"validated"_s, u"rejected"_s}) {
            const Account &influencer = (n++ % 2 == 0) ? m_influencer : m_otherInfluencer;
            const QJsonObject lead = createLead(campaignId, 20000, influencer);
            QVERIFY(!lead.isEmpty());
            const QString id = lead.value("id"_L1).toString();
            if (status == u"validated"_s)
                LM_VERIFY_STATUS(m_http.put(u"/api/leads/"_s + id + u"/validate"_s,
                                            QJsonObject{{"quality_score"_L1, 9}}, shop.merchant.token),
                                 200);
            else if (status == u"rejected"_s)
                LM_VERIFY_STATUS(m_http.put(u"/api/leads/"_s + id + u"/reject"_s,
                                            QJsonObject{{"reason"_L1, u"Doublon"_s}}, shop.merchant.token),
                                 200);
            statusOf.insert(id, status);
            campaignOf.insert(id, campaignId);
            if (&influencer == &m_otherInfluencer)
                byOther.insert(id);
        }
    }

    auto expected = [&](const QString &status, const QString &campaignId) {
        QSet<QString> ids;
        for (auto it = statusOf.cbegin(); it != statusOf.cend(); ++it) {
            if ((status.isEmpty() || it.value() == status) && (campaignId.isEmpty() || campaignOf.value(it.key()) == campaignId))
                ids.insert(it.key());
        }
        return ids;
    };
    const QList<QPair<QString, QString>> filters{{QString(), QString()},
                                                 {u"pending"_s, QString()},
                                                 {u"validated"_s, QString()},
                                                 {u"rejected"_s, QString()},
                                                 {QString(), second},
                                                 {u"validated"_s, second},
                                                 {u"expired"_s, QString()}};
    for (const auto &[status, campaignId] : filters) {
        QString path = u"/api/leads?limit=500"_s;
        if (!status.isEmpty())
            path += u"&status="_s + status;
        if (!campaignId.isEmpty())
            path += u"&campaign_id="_s + campaignId;
        const std::optional<QJsonArray> items = m_http.listAll(path, shop.merchant.token, &problem);
        QVERIFY2(items.has_value(), qPrintable(problem));
        QVERIFY2(idsOf(*items) == expected(status, campaignId), qPrintable(path));
        for (const QJsonValue &item : *items)
            LM_VERIFY_SHAPE(leadProblem, item.toObject());
    }

    // An influencer sees its own leads only; the admin sees all of them.
    const std::optional<QJsonArray> other = m_http.listAll(u"/api/leads?campaign_id="_s + second + u"&limit=500"_s,
                                                           m_otherInfluencer.token, &problem);
    QVERIFY2(other.has_value(), qPrintable(problem));
    QCOMPARE(idsOf(*other), expected(QString(), second) & byOther);
    const std::optional<QJsonArray> all =
        m_http.listAll(u"/api/leads?campaign_id="_s + shop.campaignId, m_admin.token, &problem);
    QVERIFY2(all.has_value(), qPrintable(problem));
    QCOMPARE(idsOf(*all), expected(QString(), shop.campaignId));
    // Another merchant sees none of them.
    const std::optional<QJsonArray> foreign = m_http.listAll(u"/api/leads"_s, m_shop.merchant.token, &problem);
    QVERIFY2(foreign.has_value(), qPrintable(problem));
    QVERIFY((idsOf(*foreign) & expected(QString(), QString())).isEmpty());

    LM_VERIFY_FIELD_ERROR(m_http.get(u"/api/leads?status=deleted"_s, shop.merchant.token), u"status"_s);
}

void TestServerLeads::listPaging()
{
    const Account influencer = m_http.registerUser(u"influencer"_s);
    LM_VERIFY_ACCOUNT(influencer);
    QSet<QString> created;
    for (int i = 0; i < 5; ++i) {
        const QJsonObject lead = createLead(m_shop.campaignId, 20000, influencer);
        QVERIFY(!lead.isEmpty());
        created.insert(lead.value("id"_L1).toString());
    }
    QJsonArray pages;
    QString cursor;
    int pageCount = 0;
    for (;;) {
        QString path = u"/api/leads?limit=2"_s;
        if (!cursor.isEmpty())
            path += u"&cursor="_s + percentEncoded(cursor);
        const Response r = m_http.get(path, influencer.token);
        LM_VERIFY_STATUS(r, 200);
        QVERIFY(isApiTime(r.json.value("server_time"_L1)));
        const QJsonArray items = r.json.value("items"_L1).toArray();
        ++pageCount;
        QVERIFY2(items.size() <= 2, qPrintable(r.describe()));
        for (const QJsonValue &item : items)
            pages.append(item);
        if (r.json.value("next_cursor"_L1).isNull())
            break;
        QVERIFY2(items.size() == 2, qPrintable(r.describe()));
        cursor = r.json.value("next_cursor"_L1).toString();
        QVERIFY(!cursor.isEmpty());
        QVERIFY(pageCount < 10);
    }
    QCOMPARE(pageCount, 3);
    QCOMPARE(pages.size(), 5);
    QCOMPARE(idsOf(pages), created);
    // Oldest first, by (updated_at, id).
    for (qsizetype i = 1; i < pages.size(); ++i) {
        const QJsonObject a = pages.at(i - 1).toObject();
        const QJsonObject b = pages.at(i).toObject();
        const QDateTime ta = parseApiTime(a.value("updated_at"_L1));
        const QDateTime tb = parseApiTime(b.value("updated_at"_L1));
        QVERIFY2(ta < tb || (ta == tb && a.value("id"_L1).toString() < b.value("id"_L1).toString()),
                 qPrintable(u"items %1 and %2 out of (updated_at, id) order"_s.arg(i - 1).arg(i)));
    }

    // A lead that changes moves behind the others: validate the first one.
    const QString first = pages.first().toObject().value("id"_L1).toString();
    QThread::msleep(5);
    LM_VERIFY_STATUS(m_http.put(u"/api/leads/"_s + first + u"/validate"_s, QJsonObject{{"quality_score"_L1, 4}},
                                m_shop.merchant.token),
                     200);
    QString problem;
    const std::optional<QJsonArray> again = m_http.listAll(u"/api/leads?limit=2"_s, influencer.token, &problem);
    QVERIFY2(again.has_value(), qPrintable(problem));
    QCOMPARE(again->size(), 5);
    QCOMPARE(again->last().toObject().value("id"_L1).toString(), first);
    QCOMPARE(again->last().toObject().value("status"_L1).toString(), u"validated"_s);

    LM_VERIFY_FIELD_ERROR(m_http.get(u"/api/leads?cursor=bm90LWEtY3Vyc29y"_s, influencer.token), u"cursor"_s);
}

void TestServerLeads::listLimits()
{
    // 501 leads of one influencer: a limit above 500 is clamped to 500, the default is 50.
    const MerchantSetup shop = setUpMerchant(m_http, 60000, fullCommissionCampaign());
    LM_VERIFY_OK(shop);
    const Account influencer = m_http.registerUser(u"influencer"_s);
    LM_VERIFY_ACCOUNT(influencer);
    constexpr int Total = 501;
    int created = 0;
    for (int batch = 0; batch < Total; batch += 50) {
        const int n = qMin(50, Total - batch);
        const QList<Response> answers = runParallel(m_server.baseUrl(), n, [&](int) {
            return RequestSpec{"POST"_ba, u"/api/leads/create"_s, leadBody(shop.campaignId, 100), influencer.token, {}};
        });
        for (const Response &r : answers) {
            QVERIFY2(r.status == 201, qPrintable(r.describe()));
            ++created;
        }
    }
    QCOMPARE(created, Total);

    const Response clamped = m_http.get(u"/api/leads?limit=1000"_s, influencer.token);
    LM_VERIFY_STATUS(clamped, 200);
    QCOMPARE(clamped.json.value("items"_L1).toArray().size(), 500);
    QVERIFY2(clamped.json.value("next_cursor"_L1).isString(), qPrintable(clamped.describe().left(300)));
    const Response rest = m_http.get(u"/api/leads?limit=1000&cursor="_s
                                         + percentEncoded(clamped.json.value("next_cursor"_L1).toString()),
                                     influencer.token);
    LM_VERIFY_STATUS(rest, 200);
    QCOMPARE(rest.json.value("items"_L1).toArray().size(), 1);
    QVERIFY(rest.json.value("next_cursor"_L1).isNull());

    const Response byDefault = m_http.get(u"/api/leads"_s, influencer.token);
    LM_VERIFY_STATUS(byDefault, 200);
    QCOMPARE(byDefault.json.value("items"_L1).toArray().size(), 50);
    QVERIFY(byDefault.json.value("next_cursor"_L1).isString());

    LM_VERIFY_FIELD_ERROR(m_http.get(u"/api/leads?limit=0"_s, influencer.token), u"limit"_s);
    LM_VERIFY_FIELD_ERROR(m_http.get(u"/api/leads?limit=-3"_s, influencer.token), u"limit"_s);
    LM_VERIFY_FIELD_ERROR(m_http.get(u"/api/leads?limit=ten"_s, influencer.token), u"limit"_s);
    QCOMPARE(depositOf(m_http, shop.merchant).value("reserved_cents"_L1).toInteger(), qint64(100 * Total));
}

void TestServerLeads::listUpdatedSinceIsInclusive()
{
    const Account influencer = m_http.registerUser(u"influencer"_s);
    LM_VERIFY_ACCOUNT(influencer);
    const QJsonObject older = createLead(m_shop.campaignId, 20000, influencer);
    QVERIFY(!older.isEmpty());
    QThread::msleep(20);
    const QJsonObject newer = createLead(m_shop.campaignId, 20000, influencer);
    QVERIFY(!newer.isEmpty());
    QVERIFY(parseApiTime(newer.value("updated_at"_L1)) > parseApiTime(older.value("updated_at"_L1)));

    // updated_since equal to an item's updated_at includes that item (≥), and not the older one.
    QString problem;
    const std::optional<QJsonArray> since = m_http.listAll(
        u"/api/leads?updated_since="_s + percentEncoded(newer.value("updated_at"_L1).toString()), influencer.token,
        &problem);
    QVERIFY2(since.has_value(), qPrintable(problem));
    QCOMPARE(idsOf(*since), QSet<QString>{newer.value("id"_L1).toString()});
    // Without milliseconds (allowed in requests): the second's start, so both are ≥ it when in that second.
    const QDateTime olderTime = parseApiTime(older.value("updated_at"_L1));
    const QString wholeSecond = olderTime.toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u'Z';
    const std::optional<QJsonArray> bySecond =
        m_http.listAll(u"/api/leads?updated_since="_s + percentEncoded(wholeSecond), influencer.token, &problem);
    QVERIFY2(bySecond.has_value(), qPrintable(problem));
    QVERIFY(idsOf(*bySecond).contains(older.value("id"_L1).toString()));
    LM_VERIFY_FIELD_ERROR(m_http.get(u"/api/leads?updated_since=yesterday"_s, influencer.token), u"updated_since"_s);
}

void TestServerLeads::deltaSync()
{
    const Account influencer = m_http.registerUser(u"influencer"_s);
    LM_VERIFY_ACCOUNT(influencer);
    QMap<QString, QJsonObject> cache; // what a client keeps, by id
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        const QJsonObject lead = createLead(m_shop.campaignId, 20000, influencer);
        QVERIFY(!lead.isEmpty());
        ids << lead.value("id"_L1).toString();
    }
    const Response full = m_http.get(u"/api/leads?limit=500"_s, influencer.token);
    LM_VERIFY_STATUS(full, 200);
    QVERIFY(isApiTime(full.json.value("server_time"_L1)));
    const QJsonArray fullItems = full.json.value("items"_L1).toArray();
    for (const QJsonValue &item : fullItems)
        cache.insert(item.toObject().value("id"_L1).toString(), item.toObject());
    QCOMPARE(cache.size(), 3);
    const QString serverTime = full.json.value("server_time"_L1).toString();

    // Changes after the snapshot: one validated, one new.
    QThread::msleep(5);
    LM_VERIFY_STATUS(m_http.put(u"/api/leads/"_s + ids.at(1) + u"/validate"_s, QJsonObject{{"quality_score"_L1, 8}},
                                m_shop.merchant.token),
                     200);
    const QJsonObject added = createLead(m_shop.campaignId, 20000, influencer);
    QVERIFY(!added.isEmpty());

    QString problem;
    const std::optional<QJsonArray> delta = m_http.listAll(
        u"/api/leads?updated_since="_s + percentEncoded(serverTime), influencer.token, &problem);
    QVERIFY2(delta.has_value(), qPrintable(problem));
    const QSet<QString> deltaIds = idsOf(*delta);
    QVERIFY2(deltaIds.contains(ids.at(1)), "the validated lead is missing from the delta");
    QVERIFY2(deltaIds.contains(added.value("id"_L1).toString()), "the new lead is missing from the delta");
    // A delta may overlap the snapshot; the client de-duplicates by id.
    for (const QJsonValue &item : *delta)
        cache.insert(item.toObject().value("id"_L1).toString(), item.toObject());
    QCOMPARE(cache.size(), 4);
    QCOMPARE(cache.value(ids.at(1)).value("status"_L1).toString(), u"validated"_s);
    // The merged cache is exactly the current state.
    const std::optional<QJsonArray> now = m_http.listAll(u"/api/leads"_s, influencer.token, &problem);
    QVERIFY2(now.has_value(), qPrintable(problem));
    QCOMPARE(now->size(), cache.size());
    for (const QJsonValue &item : *now)
        QCOMPARE(cache.value(item.toObject().value("id"_L1).toString()), item.toObject());
}

void TestServerLeads::getVisibility()
{
    const QJsonObject lead = createLead(m_shop.campaignId, 20000, m_influencer);
    QVERIFY(!lead.isEmpty());
    const QString path = u"/api/leads/"_s + lead.value("id"_L1).toString();
    const MerchantSetup other = setUpMerchant(m_http, 0);
    LM_VERIFY_OK(other);
    for (const Account *who : {&m_shop.merchant, &m_influencer, &m_admin}) {
        const Response r = m_http.get(path, who->token);
        LM_VERIFY_STATUS(r, 200);
        LM_VERIFY_SHAPE(leadProblem, r.json);
        QCOMPARE(r.json, lead);
    }
    LM_VERIFY_ERROR(m_http.get(path, other.merchant.token), 404, u"not_found"_s);
    LM_VERIFY_ERROR(m_http.get(path, m_otherInfluencer.token), 404, u"not_found"_s);
    LM_VERIFY_ERROR(m_http.get(path, QString()), 401, u"unauthenticated"_s);
    LM_VERIFY_ERROR(m_http.get(u"/api/leads/00000000-0000-0000-0000-000000000000"_s, m_admin.token), 404,
                    u"not_found"_s);
}

// ---------------------------------------------------------------------------------------------
// Influencer statistics

void TestServerLeads::influencerStats()
{
    const Account influencer = m_http.registerUser(u"influencer"_s);
    LM_VERIFY_ACCOUNT(influencer);
    const QStringList keys{u"leads_total"_s, u"validated"_s, u"rejected"_s, u"pending"_s, u"expired"_s,
                           u"validation_rate"_s, u"earned_cents"_s, u"pending_earnings_cents"_s};
    // Contract v2's additions (tst_server_influencer checks their values).
    const QStringList v2Keys{u"avg_quality_score"_s, u"paid_cents"_s, u"requested_cents"_s, u"available_cents"_s,
                             u"min_payout_cents"_s, u"weeks"_s};
    auto stats = [this, &influencer]() {
        const Response r = m_http.get(u"/api/influencer/stats"_s, influencer.token);
        if (r.status != 200)
            qWarning("%s", qPrintable(r.describe()));
        return r.json;
    };
    // No leads: everything 0, the rate too.
    QJsonObject s = stats();
    QStringList answered = s.keys();
    std::sort(answered.begin(), answered.end());
    QStringList wanted = keys + v2Keys;
    std::sort(wanted.begin(), wanted.end());
    QCOMPARE(answered, wanted);
    for (const QString &key : keys)
        QVERIFY2(s.value(key).isDouble() && s.value(key).toDouble() == 0.0, qPrintable(key));

    // Shares: 2,400 (1,500 MAD), 300 (100.05 MAD), 2,400 (799.99 MAD), 302 (100.50 MAD), 1,500 (500 MAD).
    QStringList ids;
    for (const qint64 value : {qint64(150000), qint64(10005), qint64(79999), qint64(10050), qint64(50000)}) {
        const QJsonObject lead = createLead(m_shop.campaignId, value, influencer);
        QVERIFY(!lead.isEmpty());
        ids << lead.value("id"_L1).toString();
    }
    // Someone else's lead never counts.
    QVERIFY(!createLead(m_shop.campaignId, 150000, m_otherInfluencer).isEmpty());
    const QString validate = u"/api/leads/%1/validate"_s;
    const QString reject = u"/api/leads/%1/reject"_s;
    LM_VERIFY_STATUS(m_http.put(validate.arg(ids.at(0)), QJsonObject{{"quality_score"_L1, 9}}, m_shop.merchant.token), 200);
    LM_VERIFY_STATUS(m_http.put(validate.arg(ids.at(1)), QJsonObject{{"quality_score"_L1, 3}}, m_shop.merchant.token), 200);
    LM_VERIFY_STATUS(m_http.put(reject.arg(ids.at(2)), QJsonObject{{"reason"_L1, u"Faux numéro"_s}}, m_shop.merchant.token),
                     200);

    s = stats();
    QCOMPARE(s.value("leads_total"_L1).toInteger(), qint64(5));
    QCOMPARE(s.value("validated"_L1).toInteger(), qint64(2));
    QCOMPARE(s.value("rejected"_L1).toInteger(), qint64(1));
    QCOMPARE(s.value("pending"_L1).toInteger(), qint64(2));
    QCOMPARE(s.value("expired"_L1).toInteger(), qint64(0));
    QVERIFY2(qAbs(s.value("validation_rate"_L1).toDouble() - 0.4) < 1e-9, qPrintable(QString::number(s.value("validation_rate"_L1).toDouble())));
    QCOMPARE(s.value("earned_cents"_L1).toInteger(), qint64(2400 + 300));
    QCOMPARE(s.value("pending_earnings_cents"_L1).toInteger(), qint64(302 + 1500));

    // Deciding the pending ones moves their shares.
    LM_VERIFY_STATUS(m_http.put(validate.arg(ids.at(3)), QJsonObject{{"quality_score"_L1, 10}}, m_shop.merchant.token),
                     200);
    LM_VERIFY_STATUS(m_http.put(reject.arg(ids.at(4)), QJsonObject{{"reason"_L1, u"Annulé"_s}}, m_shop.merchant.token),
                     200);
    s = stats();
    QCOMPARE(s.value("validated"_L1).toInteger(), qint64(3));
    QCOMPARE(s.value("rejected"_L1).toInteger(), qint64(2));
    QCOMPARE(s.value("pending"_L1).toInteger(), qint64(0));
    QVERIFY(qAbs(s.value("validation_rate"_L1).toDouble() - 0.6) < 1e-9);
    QCOMPARE(s.value("earned_cents"_L1).toInteger(), qint64(2400 + 300 + 302));
    QCOMPARE(s.value("pending_earnings_cents"_L1).toInteger(), qint64(0));

    // Only influencers have statistics.
    LM_VERIFY_ERROR(m_http.get(u"/api/influencer/stats"_s, m_shop.merchant.token), 403, u"forbidden"_s);
    LM_VERIFY_ERROR(m_http.get(u"/api/influencer/stats"_s, m_admin.token), 403, u"forbidden"_s);
    LM_VERIFY_ERROR(m_http.get(u"/api/influencer/stats"_s, QString()), 401, u"unauthenticated"_s);
}

QTEST_GUILESS_MAIN(TestServerLeads)
#include "tst_server_leads.moc"
