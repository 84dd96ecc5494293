// API.md "Campaigns": creation with defaults and limits, who sees which campaigns, updates by the
// owner and by an admin, and the role/owner matrix of every Auth and Campaigns route.

#include "serverfixture.h"

#include <QJsonArray>
#include <QSet>
#include <QThread>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace lmtest;

namespace {

// The Campaign shape of API.md (required keys and their types); empty when it matches.
QString campaignProblem(const QJsonObject &c)
{
    for (const char *key : {"id", "merchant_id", "merchant_name", "name", "status"}) {
        if (!c.value(QLatin1StringView(key)).isString() || c.value(QLatin1StringView(key)).toString().isEmpty())
            return u"%1 is not a non-empty string"_s.arg(QLatin1StringView(key));
    }
    if (!c.contains("description"_L1) || !(c.value("description"_L1).isString() || c.value("description"_L1).isNull()))
        return u"description missing or neither a string nor null"_s;
    if (!c.contains("paused_reason"_L1))
        return u"paused_reason missing"_s;
    for (const char *key : {"commission_rate_bp", "fixed_commission_cents", "fixed_threshold_cents", "influencer_share_bp"}) {
        const QJsonValue v = c.value(QLatin1StringView(key));
        if (!v.isDouble() || v.toDouble() != double(v.toInteger()))
            return u"%1 is not an integer"_s.arg(QLatin1StringView(key));
    }
    for (const char *key : {"created_at", "updated_at"}) {
        if (!isApiTime(c.value(QLatin1StringView(key))))
            return u"%1 is not an API time"_s.arg(QLatin1StringView(key));
    }
    const QString status = c.value("status"_L1).toString();
    const QJsonValue reason = c.value("paused_reason"_L1);
    if (status == u"active"_s && !reason.isNull())
        return u"an active campaign has a paused_reason"_s;
    if (status == u"paused"_s && !(reason == QJsonValue(u"manual"_s) || reason == QJsonValue(u"depleted"_s)))
        return u"a paused campaign's paused_reason is not manual or depleted"_s;
    if (status != u"active"_s && status != u"paused"_s)
        return u"status is neither active nor paused"_s;
    return {};
}

QSet<QString> idsOf(const QJsonArray &items)
{
    QSet<QString> ids;
    for (const QJsonValue &item : items)
        ids.insert(item.toObject().value("id"_L1).toString());
    return ids;
}

} // namespace

#define LM_VERIFY_CAMPAIGN(object)                                                                          \
    do {                                                                                                    \
        const QString lmShape_ = campaignProblem(object);                                                   \
        QVERIFY2(lmShape_.isEmpty(),                                                                        \
                 qPrintable(lmShape_ + u": "_s + QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)))); \
    } while (false)

class TestServerCampaigns final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void createWithDefaults();
    void createWithCustomValues_data();
    void createWithCustomValues();
    void createValidation_data();
    void createValidation();

    void listVisibility();
    void listPaging();
    void listUpdatedSince();

    void updateByOwner();
    void updateByAdmin();
    void updateRefused_data();
    void updateRefused();
    void updateValidation_data();
    void updateValidation();
    void updateCommission();
    void resumeRefusedWhileBlocked();

    void accessMatrix_data();
    void accessMatrix();

private:
    QString createCampaign(const Account &merchant, const QString &name);
    const Account &actor(const QString &name) const;

    ServerFixture m_fixture;
    Http &m_http = m_fixture.http();
    Account &m_admin = m_fixture.admin();
    Account m_merchant;
    Account m_otherMerchant;
    Account m_influencer;
    Account m_otherInfluencer;
    Account m_anonymous;
};

void TestServerCampaigns::initTestCase()
{
    LM_START_SERVER_WITH_ADMIN(m_fixture);
    m_merchant = m_http.registerUser(u"merchant"_s, u"Atlas Services"_s);
    LM_VERIFY_ACCOUNT(m_merchant);
    m_otherMerchant = m_http.registerUser(u"merchant"_s, u"Rif Plomberie"_s);
    LM_VERIFY_ACCOUNT(m_otherMerchant);
    m_influencer = m_http.registerUser(u"influencer"_s);
    LM_VERIFY_ACCOUNT(m_influencer);
    m_otherInfluencer = m_http.registerUser(u"influencer"_s);
    LM_VERIFY_ACCOUNT(m_otherInfluencer);
}

void TestServerCampaigns::cleanupTestCase()
{
    m_fixture.stop();
}

QString TestServerCampaigns::createCampaign(const Account &merchant, const QString &name)
{
    const Response r = m_http.post(u"/api/campaigns"_s, QJsonObject{{"name"_L1, name}}, merchant.token);
    if (r.status != 201) {
        qWarning("%s", qPrintable(r.describe()));
        return {};
    }
    return r.json.value("id"_L1).toString();
}

const Account &TestServerCampaigns::actor(const QString &name) const
{
    if (name == u"merchant"_s)
        return m_merchant;
    if (name == u"other merchant"_s)
        return m_otherMerchant;
    if (name == u"influencer"_s)
        return m_influencer;
    if (name == u"other influencer"_s)
        return m_otherInfluencer;
    if (name == u"admin"_s)
        return m_admin;
    return m_anonymous;
}

void TestServerCampaigns::createWithDefaults()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-60);
    const Response r = m_http.post(u"/api/campaigns"_s, QJsonObject{{"name"_L1, u"Climatisation Casablanca"_s}},
                                   m_merchant.token);
    LM_VERIFY_STATUS(r, 201);
    LM_VERIFY_CAMPAIGN(r.json);
    QCOMPARE(r.json.value("merchant_id"_L1).toString(), m_merchant.id);
    QCOMPARE(r.json.value("merchant_name"_L1).toString(), u"Atlas Services"_s);
    QCOMPARE(r.json.value("name"_L1).toString(), u"Climatisation Casablanca"_s);
    QCOMPARE(r.json.value("status"_L1).toString(), u"active"_s);
    QVERIFY(r.json.value("paused_reason"_L1).isNull());
    QCOMPARE(r.json.value("commission_rate_bp"_L1).toInteger(), 1000);
    QCOMPARE(r.json.value("fixed_commission_cents"_L1).toInteger(), 8000);
    QCOMPARE(r.json.value("fixed_threshold_cents"_L1).toInteger(), 80000);
    QCOMPARE(r.json.value("influencer_share_bp"_L1).toInteger(), 3000);
    const QDateTime created = parseApiTime(r.json.value("created_at"_L1));
    QVERIFY2(created >= before && created <= QDateTime::currentDateTimeUtc().addSecs(60), qPrintable(r.describe()));
    QVERIFY(parseApiTime(r.json.value("updated_at"_L1)) >= created);

    // Two campaigns of one merchant are two ids.
    const QString second = createCampaign(m_merchant, u"Climatisation Rabat"_s);
    QVERIFY(!second.isEmpty());
    QVERIFY(second != r.json.value("id"_L1).toString());
}

void TestServerCampaigns::createWithCustomValues_data()
{
    QTest::addColumn<QJsonObject>("fields");
    QTest::newRow("every setting custom") << QJsonObject{{"description"_L1, u"Installation et entretien"_s},
                                                          {"commission_rate_bp"_L1, 1500},
                                                          {"fixed_commission_cents"_L1, 10000},
                                                          {"fixed_threshold_cents"_L1, 100000},
                                                          {"influencer_share_bp"_L1, 5000}};
    QTest::newRow("basis points 0") << QJsonObject{{"commission_rate_bp"_L1, 0}, {"influencer_share_bp"_L1, 0}};
    QTest::newRow("basis points 10,000") << QJsonObject{{"commission_rate_bp"_L1, 10000},
                                                         {"influencer_share_bp"_L1, 10000}};
    QTest::newRow("amounts 0") << QJsonObject{{"fixed_commission_cents"_L1, 0}, {"fixed_threshold_cents"_L1, 0}};
    QTest::newRow("amounts 99,999,999 centimes") << QJsonObject{{"fixed_commission_cents"_L1, 99999999},
                                                                 {"fixed_threshold_cents"_L1, 99999999}};
    QTest::newRow("name of 200 characters") << QJsonObject{{"name"_L1, QString(200, QChar(0x0645))}};
    QTest::newRow("description of 2,000 characters") << QJsonObject{{"description"_L1, QString(2000, u'd')}};
}

void TestServerCampaigns::createWithCustomValues()
{
    QFETCH(QJsonObject, fields);
    QJsonObject body{{"name"_L1, u"Custom"_s}};
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        body.insert(it.key(), it.value());
    const Response r = m_http.post(u"/api/campaigns"_s, body, m_merchant.token);
    LM_VERIFY_STATUS(r, 201);
    LM_VERIFY_CAMPAIGN(r.json);
    for (auto it = body.constBegin(); it != body.constEnd(); ++it)
        QCOMPARE(r.json.value(it.key()), it.value());
    // The stored campaign answers the same.
    const std::optional<QJsonArray> all = m_http.listAll(u"/api/campaigns"_s, m_merchant.token);
    QVERIFY(all.has_value());
    bool found = false;
    for (const QJsonValue &item : *all) {
        if (item.toObject().value("id"_L1) == r.json.value("id"_L1)) {
            found = true;
            for (auto it = body.constBegin(); it != body.constEnd(); ++it)
                QCOMPARE(item.toObject().value(it.key()), it.value());
        }
    }
    QVERIFY(found);
}

void TestServerCampaigns::createValidation_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value"); // Undefined: key removed
    QTest::addColumn<QString>("field");

    const QJsonValue absent(QJsonValue::Undefined);
    QTest::newRow("name missing") << u"name"_s << absent << u"name"_s;
    QTest::newRow("name empty") << u"name"_s << QJsonValue(u""_s) << u"name"_s;
    QTest::newRow("name of 201 characters") << u"name"_s << QJsonValue(QString(201, u'n')) << u"name"_s;
    QTest::newRow("name is a number") << u"name"_s << QJsonValue(7) << u"name"_s;
    QTest::newRow("description of 2,001 characters") << u"description"_s << QJsonValue(QString(2001, u'd'))
                                                      << u"description"_s;
    QTest::newRow("commission_rate_bp 10,001") << u"commission_rate_bp"_s << QJsonValue(10001) << u"commission_rate_bp"_s;
    QTest::newRow("commission_rate_bp -1") << u"commission_rate_bp"_s << QJsonValue(-1) << u"commission_rate_bp"_s;
    QTest::newRow("commission_rate_bp is text") << u"commission_rate_bp"_s << QJsonValue(u"abc"_s)
                                                 << u"commission_rate_bp"_s;
    QTest::newRow("influencer_share_bp 10,001") << u"influencer_share_bp"_s << QJsonValue(10001) << u"influencer_share_bp"_s;
    QTest::newRow("influencer_share_bp -1") << u"influencer_share_bp"_s << QJsonValue(-1) << u"influencer_share_bp"_s;
    QTest::newRow("fixed_commission_cents -1") << u"fixed_commission_cents"_s << QJsonValue(-1)
                                                << u"fixed_commission_cents"_s;
    QTest::newRow("fixed_commission_cents 100,000,000") << u"fixed_commission_cents"_s << QJsonValue(100000000)
                                                         << u"fixed_commission_cents"_s;
    QTest::newRow("fixed_threshold_cents -1") << u"fixed_threshold_cents"_s << QJsonValue(-1)
                                               << u"fixed_threshold_cents"_s;
    QTest::newRow("fixed_threshold_cents 100,000,000") << u"fixed_threshold_cents"_s << QJsonValue(100000000)
                                                        << u"fixed_threshold_cents"_s;
}

void TestServerCampaigns::createValidation()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    const Account merchant = m_http.registerUser(u"merchant"_s);
    LM_VERIFY_ACCOUNT(merchant);
    QJsonObject body{{"name"_L1, u"Invalid"_s}};
    if (value.isUndefined())
        body.remove(key);
    else
        body.insert(key, value);
    LM_VERIFY_FIELD_ERROR(m_http.post(u"/api/campaigns"_s, body, merchant.token), field);
    // Nothing was created.
    const std::optional<QJsonArray> all = m_http.listAll(u"/api/campaigns"_s, merchant.token);
    QVERIFY(all.has_value());
    QCOMPARE(all->size(), 0);
}

void TestServerCampaigns::listVisibility()
{
    const Account a = m_http.registerUser(u"merchant"_s);
    LM_VERIFY_ACCOUNT(a);
    const Account b = m_http.registerUser(u"merchant"_s);
    LM_VERIFY_ACCOUNT(b);
    const QString aActive = createCampaign(a, u"A active"_s);
    const QString aPaused = createCampaign(a, u"A paused"_s);
    const QString bActive = createCampaign(b, u"B active"_s);
    const QString bPaused = createCampaign(b, u"B paused"_s);
    QVERIFY(!aActive.isEmpty() && !aPaused.isEmpty() && !bActive.isEmpty() && !bPaused.isEmpty());
    LM_VERIFY_STATUS(m_http.put(u"/api/campaigns/"_s + aPaused, QJsonObject{{"status"_L1, u"paused"_s}}, a.token), 200);
    LM_VERIFY_STATUS(m_http.put(u"/api/campaigns/"_s + bPaused, QJsonObject{{"status"_L1, u"paused"_s}}, b.token), 200);

    QString problem;
    // A merchant sees its own campaigns, paused ones too, and nobody else's.
    const std::optional<QJsonArray> mine = m_http.listAll(u"/api/campaigns"_s, a.token, &problem);
    QVERIFY2(mine.has_value(), qPrintable(problem));
    QCOMPARE(idsOf(*mine), (QSet<QString>{aActive, aPaused}));
    for (const QJsonValue &item : *mine) {
        LM_VERIFY_CAMPAIGN(item.toObject());
        QCOMPARE(item.toObject().value("merchant_id"_L1).toString(), a.id);
    }

    // An influencer sees the campaigns of every merchant, paused ones too (contract v2), each saying
    // whether it takes leads now: a paused one never does (tst_server_influencer checks the deposit's part).
    const std::optional<QJsonArray> offers = m_http.listAll(u"/api/campaigns"_s, m_influencer.token, &problem);
    QVERIFY2(offers.has_value(), qPrintable(problem));
    const QSet<QString> offered = idsOf(*offers);
    for (const QString &id : {aActive, aPaused, bActive, bPaused})
        QVERIFY2(offered.contains(id), qPrintable(id));
    for (const QJsonValue &item : *offers) {
        LM_VERIFY_CAMPAIGN(item.toObject());
        QVERIFY2(item.toObject().value("accepting"_L1).isBool(), qPrintable(item.toObject().value("id"_L1).toString()));
        if (item.toObject().value("status"_L1).toString() == u"paused"_s)
            QCOMPARE(item.toObject().value("accepting"_L1).toBool(), false);
    }
    // Merchants keep v1's shape.
    for (const QJsonValue &item : *mine)
        QVERIFY(!item.toObject().contains("accepting"_L1));

    // An admin sees them all.
    const std::optional<QJsonArray> all = m_http.listAll(u"/api/campaigns"_s, m_admin.token, &problem);
    QVERIFY2(all.has_value(), qPrintable(problem));
    const QSet<QString> every = idsOf(*all);
    for (const QString &id : {aActive, aPaused, bActive, bPaused})
        QVERIFY2(every.contains(id), qPrintable(id));

    // Resuming makes it active for influencers again.
    LM_VERIFY_STATUS(m_http.put(u"/api/campaigns/"_s + aPaused, QJsonObject{{"status"_L1, u"active"_s}}, a.token), 200);
    const std::optional<QJsonArray> again = m_http.listAll(u"/api/campaigns"_s, m_otherInfluencer.token, &problem);
    QVERIFY2(again.has_value(), qPrintable(problem));
    bool resumed = false;
    for (const QJsonValue &item : *again)
        resumed |= item.toObject().value("id"_L1).toString() == aPaused
            && item.toObject().value("status"_L1).toString() == u"active"_s;
    QVERIFY(resumed);
}

void TestServerCampaigns::listPaging()
{
    const Account merchant = m_http.registerUser(u"merchant"_s);
    LM_VERIFY_ACCOUNT(merchant);
    QSet<QString> created;
    for (int i = 0; i < 3; ++i)
        created.insert(createCampaign(merchant, u"Page %1"_s.arg(i)));
    QCOMPARE(created.size(), 3);

    const Response first = m_http.get(u"/api/campaigns?limit=1"_s, merchant.token);
    LM_VERIFY_STATUS(first, 200);
    QCOMPARE(first.json.value("items"_L1).toArray().size(), 1);
    QVERIFY2(first.json.value("next_cursor"_L1).isString(), qPrintable(first.describe()));
    QVERIFY(isApiTime(first.json.value("server_time"_L1)));

    QString problem;
    const std::optional<QJsonArray> paged = m_http.listAll(u"/api/campaigns?limit=1"_s, merchant.token, &problem);
    QVERIFY2(paged.has_value(), qPrintable(problem));
    QCOMPARE(paged->size(), 3);
    QCOMPARE(idsOf(*paged), created);

    const Response whole = m_http.get(u"/api/campaigns?limit=50"_s, merchant.token);
    LM_VERIFY_STATUS(whole, 200);
    QCOMPARE(whole.json.value("items"_L1).toArray().size(), 3);
    QVERIFY2(whole.json.value("next_cursor"_L1).isNull(), qPrintable(whole.describe()));
}

void TestServerCampaigns::listUpdatedSince()
{
    const Account merchant = m_http.registerUser(u"merchant"_s);
    LM_VERIFY_ACCOUNT(merchant);
    const QString changed = createCampaign(merchant, u"Will change"_s);
    const QString untouched = createCampaign(merchant, u"Stays"_s);
    QThread::msleep(30);
    const Response snapshot = m_http.get(u"/api/campaigns"_s, merchant.token);
    LM_VERIFY_STATUS(snapshot, 200);
    const QString since = snapshot.json.value("server_time"_L1).toString();
    QVERIFY(isApiTime(QJsonValue(since)));
    QThread::msleep(30);
    LM_VERIFY_STATUS(m_http.put(u"/api/campaigns/"_s + changed, QJsonObject{{"name"_L1, u"Changed"_s}}, merchant.token),
                     200);
    QString problem;
    const std::optional<QJsonArray> delta = m_http.listAll(
        u"/api/campaigns?updated_since="_s + QString::fromLatin1(QUrl::toPercentEncoding(since)), merchant.token,
        &problem);
    QVERIFY2(delta.has_value(), qPrintable(problem));
    const QSet<QString> ids = idsOf(*delta);
    QVERIFY(ids.contains(changed));
    QVERIFY(!ids.contains(untouched));
}

void TestServerCampaigns::updateByOwner()
{
    const Response created = m_http.post(u"/api/campaigns"_s,
                                         QJsonObject{{"name"_L1, u"Before"_s},
                                                     {"description"_L1, u"First text"_s},
                                                     {"commission_rate_bp"_L1, 1200}},
                                         m_merchant.token);
    LM_VERIFY_STATUS(created, 201);
    const QString id = created.json.value("id"_L1).toString();
    const QString path = u"/api/campaigns/"_s + id;
    QThread::msleep(20);

    const Response renamed = m_http.put(path, QJsonObject{{"name"_L1, u"After"_s}}, m_merchant.token);
    LM_VERIFY_STATUS(renamed, 200);
    LM_VERIFY_CAMPAIGN(renamed.json);
    QCOMPARE(renamed.json.value("id"_L1).toString(), id);
    QCOMPARE(renamed.json.value("name"_L1).toString(), u"After"_s);
    QCOMPARE(renamed.json.value("description"_L1).toString(), u"First text"_s);
    QCOMPARE(renamed.json.value("commission_rate_bp"_L1).toInteger(), 1200);
    QCOMPARE(renamed.json.value("created_at"_L1), created.json.value("created_at"_L1));
    QVERIFY2(parseApiTime(renamed.json.value("updated_at"_L1)) > parseApiTime(created.json.value("updated_at"_L1)),
             qPrintable(renamed.describe()));
    QThread::msleep(20);

    const Response described = m_http.put(path, QJsonObject{{"description"_L1, u"Second text"_s}}, m_merchant.token);
    LM_VERIFY_STATUS(described, 200);
    QCOMPARE(described.json.value("description"_L1).toString(), u"Second text"_s);
    QCOMPARE(described.json.value("name"_L1).toString(), u"After"_s);
    QVERIFY(parseApiTime(described.json.value("updated_at"_L1)) > parseApiTime(renamed.json.value("updated_at"_L1)));

    const Response paused = m_http.put(path, QJsonObject{{"status"_L1, u"paused"_s}}, m_merchant.token);
    LM_VERIFY_STATUS(paused, 200);
    LM_VERIFY_CAMPAIGN(paused.json);
    QCOMPARE(paused.json.value("status"_L1).toString(), u"paused"_s);
    QCOMPARE(paused.json.value("paused_reason"_L1).toString(), u"manual"_s);

    const Response resumed = m_http.put(path, QJsonObject{{"status"_L1, u"active"_s}}, m_merchant.token);
    LM_VERIFY_STATUS(resumed, 200);
    LM_VERIFY_CAMPAIGN(resumed.json);
    QCOMPARE(resumed.json.value("status"_L1).toString(), u"active"_s);
    QVERIFY(resumed.json.value("paused_reason"_L1).isNull());
    QCOMPARE(resumed.json.value("name"_L1).toString(), u"After"_s);
}

void TestServerCampaigns::updateByAdmin()
{
    const QString id = createCampaign(m_merchant, u"Admin will edit"_s);
    QVERIFY(!id.isEmpty());
    const QString path = u"/api/campaigns/"_s + id;
    const Response r = m_http.put(path, QJsonObject{{"name"_L1, u"Edited by admin"_s}, {"status"_L1, u"paused"_s}},
                                  m_admin.token);
    LM_VERIFY_STATUS(r, 200);
    LM_VERIFY_CAMPAIGN(r.json);
    QCOMPARE(r.json.value("name"_L1).toString(), u"Edited by admin"_s);
    QCOMPARE(r.json.value("status"_L1).toString(), u"paused"_s);
    QCOMPARE(r.json.value("paused_reason"_L1).toString(), u"manual"_s);
    QCOMPARE(r.json.value("merchant_id"_L1).toString(), m_merchant.id); // still the merchant's
    const std::optional<QJsonArray> mine = m_http.listAll(u"/api/campaigns"_s, m_merchant.token);
    QVERIFY(mine.has_value());
    bool seen = false;
    for (const QJsonValue &item : *mine) {
        if (item.toObject().value("id"_L1).toString() == id) {
            seen = true;
            QCOMPARE(item.toObject().value("name"_L1).toString(), u"Edited by admin"_s);
        }
    }
    QVERIFY(seen);
}

void TestServerCampaigns::updateRefused_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("id"); // empty: the merchant's campaign
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("other merchant: 404, existence not revealed") << u"other merchant"_s << QString() << 404 << u"not_found"_s;
    QTest::newRow("influencer: 403") << u"influencer"_s << QString() << 403 << u"forbidden"_s;
    QTest::newRow("anonymous: 401") << u"anonymous"_s << QString() << 401 << u"unauthenticated"_s;
    QTest::newRow("owner, integer id that does not exist") << u"merchant"_s << u"999999999"_s << 404 << u"not_found"_s;
    QTest::newRow("owner, UUID that does not exist") << u"merchant"_s << u"00000000-0000-0000-0000-000000000000"_s
                                                     << 404 << u"not_found"_s;
    QTest::newRow("owner, id that is not an id") << u"merchant"_s << u"nope"_s << 404 << u"not_found"_s;
    QTest::newRow("owner, id with an encoded NUL byte") << u"merchant"_s << u"nope%00"_s << 404 << u"not_found"_s;
    QTest::newRow("admin, id that does not exist") << u"admin"_s << u"999999998"_s << 404 << u"not_found"_s;
}

void TestServerCampaigns::updateRefused()
{
    QFETCH(QString, actor);
    QFETCH(QString, id);
    QFETCH(int, status);
    QFETCH(QString, code);
    const QString own = createCampaign(m_merchant, u"Untouchable"_s);
    QVERIFY(!own.isEmpty());
    const Response r = m_http.put(u"/api/campaigns/"_s + (id.isEmpty() ? own : id),
                                  QJsonObject{{"name"_L1, u"Hijacked"_s}, {"status"_L1, u"paused"_s}},
                                  this->actor(actor).token);
    LM_VERIFY_ERROR(r, status, code);
    // Nothing changed.
    const std::optional<QJsonArray> mine = m_http.listAll(u"/api/campaigns"_s, m_merchant.token);
    QVERIFY(mine.has_value());
    for (const QJsonValue &item : *mine) {
        if (item.toObject().value("id"_L1).toString() == own) {
            QCOMPARE(item.toObject().value("name"_L1).toString(), u"Untouchable"_s);
            QCOMPARE(item.toObject().value("status"_L1).toString(), u"active"_s);
        }
    }
}

void TestServerCampaigns::updateValidation_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("status deleted") << u"status"_s << QJsonValue(u"deleted"_s);
    QTest::newRow("status depleted (not the merchant's to set)") << u"status"_s << QJsonValue(u"depleted"_s);
    QTest::newRow("status empty") << u"status"_s << QJsonValue(u""_s);
    QTest::newRow("status is a number") << u"status"_s << QJsonValue(1);
    QTest::newRow("name empty") << u"name"_s << QJsonValue(u""_s);
    QTest::newRow("name of 201 characters") << u"name"_s << QJsonValue(QString(201, u'n'));
    QTest::newRow("description of 2,001 characters") << u"description"_s << QJsonValue(QString(2001, u'd'));
    QTest::newRow("commission rate 10,001 bp") << u"commission_rate_bp"_s << QJsonValue(10001);
    QTest::newRow("commission rate -1 bp") << u"commission_rate_bp"_s << QJsonValue(-1);
    QTest::newRow("commission rate 12.5 bp") << u"commission_rate_bp"_s << QJsonValue(12.5);
    QTest::newRow("commission rate as text") << u"commission_rate_bp"_s << QJsonValue(u"1000"_s);
    QTest::newRow("influencer share 10,001 bp") << u"influencer_share_bp"_s << QJsonValue(10001);
    QTest::newRow("fixed commission 100,000,000 centimes") << u"fixed_commission_cents"_s << QJsonValue(100000000);
    QTest::newRow("fixed threshold -1 centime") << u"fixed_threshold_cents"_s << QJsonValue(-1);
}

void TestServerCampaigns::updateValidation()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    const QString id = createCampaign(m_merchant, u"Valid"_s);
    QVERIFY(!id.isEmpty());
    LM_VERIFY_FIELD_ERROR(m_http.put(u"/api/campaigns/"_s + id, QJsonObject{{key, value}}, m_merchant.token), key);
    // The admin gets the same answer.
    LM_VERIFY_FIELD_ERROR(m_http.put(u"/api/campaigns/"_s + id, QJsonObject{{key, value}}, m_admin.token), key);
    // A valid change beside the invalid one is not applied either.
    const QString other = key == u"name"_s ? u"description"_s : u"name"_s;
    LM_VERIFY_FIELD_ERROR(m_http.put(u"/api/campaigns/"_s + id, QJsonObject{{key, value}, {other, u"Changed"_s}},
                                     m_merchant.token),
                          key);
    const std::optional<QJsonArray> mine = m_http.listAll(u"/api/campaigns"_s, m_merchant.token);
    QVERIFY(mine.has_value());
    for (const QJsonValue &item : *mine) {
        const QJsonObject c = item.toObject();
        if (c.value("id"_L1).toString() != id)
            continue;
        QCOMPARE(c.value("name"_L1).toString(), u"Valid"_s);
        QVERIFY(c.value("description"_L1).toString() != u"Changed"_s);
        QCOMPARE(c.value("commission_rate_bp"_L1).toInteger(), 1000);
        QCOMPARE(c.value("fixed_commission_cents"_L1).toInteger(), 8000);
        QCOMPARE(c.value("fixed_threshold_cents"_L1).toInteger(), 80000);
        QCOMPARE(c.value("influencer_share_bp"_L1).toInteger(), 3000);
    }
}

void TestServerCampaigns::updateCommission()
{
    const QString id = createCampaign(m_merchant, u"New terms"_s);
    QVERIFY(!id.isEmpty());
    const QString path = u"/api/campaigns/"_s + id;
    const Response changed = m_http.put(path,
                                        QJsonObject{{"commission_rate_bp"_L1, 1250},
                                                    {"fixed_commission_cents"_L1, 12000},
                                                    {"fixed_threshold_cents"_L1, 100000},
                                                    {"influencer_share_bp"_L1, 4000}},
                                        m_merchant.token);
    LM_VERIFY_STATUS(changed, 200);
    LM_VERIFY_CAMPAIGN(changed.json);
    QCOMPARE(changed.json.value("commission_rate_bp"_L1).toInteger(), 1250);
    QCOMPARE(changed.json.value("fixed_commission_cents"_L1).toInteger(), 12000);
    QCOMPARE(changed.json.value("fixed_threshold_cents"_L1).toInteger(), 100000);
    QCOMPARE(changed.json.value("influencer_share_bp"_L1).toInteger(), 4000);
    QCOMPARE(changed.json.value("name"_L1).toString(), u"New terms"_s);
    QCOMPARE(changed.json.value("status"_L1).toString(), u"active"_s);

    // One term alone: the others stay; the limits are accepted.
    const Response one = m_http.put(path, QJsonObject{{"influencer_share_bp"_L1, 10000}, {"commission_rate_bp"_L1, 0}},
                                    m_admin.token);
    LM_VERIFY_STATUS(one, 200);
    QCOMPARE(one.json.value("influencer_share_bp"_L1).toInteger(), 10000);
    QCOMPARE(one.json.value("commission_rate_bp"_L1).toInteger(), 0);
    QCOMPARE(one.json.value("fixed_commission_cents"_L1).toInteger(), 12000);
    QCOMPARE(one.json.value("fixed_threshold_cents"_L1).toInteger(), 100000);
    // Stored, not only answered: the list reads the campaign back from the database.
    const std::optional<QJsonArray> mine = m_http.listAll(u"/api/campaigns"_s, m_merchant.token);
    QVERIFY(mine.has_value());
    bool seen = false;
    for (const QJsonValue &item : *mine) {
        if (item.toObject().value("id"_L1).toString() != id)
            continue;
        seen = true;
        QCOMPARE(item.toObject().value("commission_rate_bp"_L1).toInteger(), 0);
        QCOMPARE(item.toObject().value("fixed_commission_cents"_L1).toInteger(), 12000);
        QCOMPARE(item.toObject().value("fixed_threshold_cents"_L1).toInteger(), 100000);
        QCOMPARE(item.toObject().value("influencer_share_bp"_L1).toInteger(), 10000);
    }
    QVERIFY(seen);
}

void TestServerCampaigns::resumeRefusedWhileBlocked()
{
    const Account merchant = m_http.registerUser(u"merchant"_s, u"Blocked Shop"_s);
    LM_VERIFY_ACCOUNT(merchant);
    const QString id = createCampaign(merchant, u"Paused while blocked"_s);
    QVERIFY(!id.isEmpty());
    const QString path = u"/api/campaigns/"_s + id;
    LM_VERIFY_STATUS(m_http.put(path, QJsonObject{{"status"_L1, u"paused"_s}}, merchant.token), 200);
    LM_VERIFY_STATUS(m_http.put(u"/api/admin/merchants/"_s + merchant.id, QJsonObject{{"status"_L1, u"blocked"_s}},
                                m_admin.token),
                     200);

    // Resuming is refused, with a rename in the same request: nothing changes.
    LM_VERIFY_ERROR(
        m_http.put(path, QJsonObject{{"status"_L1, u"active"_s}, {"name"_L1, u"Renamed"_s}}, merchant.token), 423,
        u"deposit_blocked"_s);
    // Other changes of a paused campaign are still taken.
    const Response renamed = m_http.put(path, QJsonObject{{"description"_L1, u"Still editable"_s}}, merchant.token);
    LM_VERIFY_STATUS(renamed, 200);
    QCOMPARE(renamed.json.value("name"_L1).toString(), u"Paused while blocked"_s);
    QCOMPARE(renamed.json.value("status"_L1).toString(), u"paused"_s);
    QCOMPARE(renamed.json.value("paused_reason"_L1).toString(), u"manual"_s);

    // Unblocked: resumed. A deposit never recharged is empty but not blocked (DESIGN.md).
    LM_VERIFY_STATUS(m_http.put(u"/api/admin/merchants/"_s + merchant.id, QJsonObject{{"status"_L1, u"active"_s}},
                                m_admin.token),
                     200);
    const Response resumed = m_http.put(path, QJsonObject{{"status"_L1, u"active"_s}}, merchant.token);
    LM_VERIFY_STATUS(resumed, 200);
    QCOMPARE(resumed.json.value("status"_L1).toString(), u"active"_s);
    QVERIFY(resumed.json.value("paused_reason"_L1).isNull());
}

void TestServerCampaigns::accessMatrix_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<int>("status");

    const QStringList actors{u"anonymous"_s, u"merchant"_s, u"other merchant"_s, u"influencer"_s,
                             u"other influencer"_s, u"admin"_s};
    // Expected status per actor, in the order above.
    const QList<QPair<QString, QList<int>>> routes{
        {u"POST /api/auth/register"_s, {201, 201, 201, 201, 201, 201}},
        {u"POST /api/auth/login"_s, {200, 200, 200, 200, 200, 200}},
        {u"POST /api/auth/logout"_s, {401, 204, 204, 204, 204, 204}},
        {u"GET /api/me"_s, {401, 200, 200, 200, 200, 200}},
        {u"POST /api/admin/users"_s, {401, 403, 403, 403, 403, 201}},
        {u"GET /api/campaigns"_s, {401, 200, 200, 200, 200, 200}},
        {u"POST /api/campaigns"_s, {401, 201, 201, 403, 403, 403}},
        {u"PUT /api/campaigns/{merchant's}"_s, {401, 200, 404, 403, 403, 200}},
    };
    for (const auto &[route, statuses] : routes) {
        for (int i = 0; i < actors.size(); ++i) {
            QTest::addRow("%s by %s -> %d", qPrintable(route), qPrintable(actors.at(i)), statuses.at(i))
                << route << actors.at(i) << statuses.at(i);
        }
    }
}

void TestServerCampaigns::accessMatrix()
{
    QFETCH(QString, route);
    QFETCH(QString, actor);
    QFETCH(int, status);
    const Account &who = this->actor(actor);
    QString token = who.token;
    const QJsonObject newUser{{"email"_L1, uniqueEmail(u"matrix"_s)},
                              {"password"_L1, defaultPassword()},
                              {"role"_L1, u"influencer"_s},
                              {"display_name"_L1, u"Matrix"_s}};
    Response r;
    if (route == u"POST /api/auth/register"_s) {
        r = m_http.post(u"/api/auth/register"_s, newUser, token);
    } else if (route == u"POST /api/auth/login"_s) {
        const Account &credentials = actor == u"anonymous"_s ? m_merchant : who;
        r = m_http.post(u"/api/auth/login"_s,
                        QJsonObject{{"email"_L1, credentials.email}, {"password"_L1, credentials.password}}, token);
    } else if (route == u"POST /api/auth/logout"_s) {
        if (actor != u"anonymous"_s) {
            const Account fresh = m_http.login(who.email, who.password);
            LM_VERIFY_ACCOUNT(fresh);
            token = fresh.token;
        }
        r = m_http.post(u"/api/auth/logout"_s, Body(), token);
    } else if (route == u"GET /api/me"_s) {
        r = m_http.get(u"/api/me"_s, token);
    } else if (route == u"POST /api/admin/users"_s) {
        r = m_http.post(u"/api/admin/users"_s, newUser, token);
    } else if (route == u"GET /api/campaigns"_s) {
        r = m_http.get(u"/api/campaigns"_s, token);
    } else if (route == u"POST /api/campaigns"_s) {
        r = m_http.post(u"/api/campaigns"_s, QJsonObject{{"name"_L1, u"Matrix"_s}}, token);
    } else {
        const QString id = createCampaign(m_merchant, u"Matrix target"_s);
        QVERIFY(!id.isEmpty());
        r = m_http.put(u"/api/campaigns/"_s + id, QJsonObject{{"description"_L1, QString(u"by "_s + actor)}}, token);
    }
    if (status < 400) {
        LM_VERIFY_STATUS(r, status);
        return;
    }
    const QString code = status == 401 ? u"unauthenticated"_s : status == 403 ? u"forbidden"_s : u"not_found"_s;
    LM_VERIFY_ERROR(r, status, code);
}

QTEST_GUILESS_MAIN(TestServerCampaigns)
#include "tst_server_campaigns.moc"
