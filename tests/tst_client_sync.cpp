// The client's cache, outbox and SyncEngine against the real leadmarket-server on loopback.

#include "serverharness.h"

#include "apiclient.h"
#include "actions.h"
#include "cache.h"
#include "syncengine.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace lm;
using namespace lm::client;

namespace {

template <typename T>
QList<T> sortedById(QList<T> items)
{
    std::sort(items.begin(), items.end(), [](const T &a, const T &b) { return a.id < b.id; });
    return items;
}

template <typename T>
QList<T> parseAll(const QJsonArray &array)
{
    QList<T> result;
    for (const QJsonValue &value : array) {
        if (auto item = T::fromJson(value.toObject()))
            result.append(*item);
    }
    return result;
}

} // namespace

class TestClientSync final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void signInAndSyncMirrorsTheServer();
    void deltaSyncFetchesOnlyChanges();
    void offlineValidationIsReplayedOnceAfterRestart();
    void offlineLeadCreationReservesOnce();
    void refusedReplayIsMarkedFailedWithReason();

private:
    QString createLead(const lmtest::Account &influencer, qint64 valueCents);
    std::unique_ptr<SyncEngine> makeEngine(const lmtest::Account &account);
    bool sync(SyncEngine &engine, QString *message = nullptr);
    void restartServerOnSamePort();

    std::unique_ptr<lmtest::TestDatabase> m_db;
    std::unique_ptr<lmtest::ServerProcess> m_server;
    std::unique_ptr<lmtest::Http> m_http;
    std::unique_ptr<QTemporaryDir> m_dir;
    lmtest::Account m_merchant;
    lmtest::Account m_influencer;
    QString m_campaignId;
};

void TestClientSync::init()
{
    m_db = std::make_unique<lmtest::TestDatabase>();
    QVERIFY2(m_db->create(), qPrintable(m_db->errorString()));
    m_server = std::make_unique<lmtest::ServerProcess>(m_db->url(), QStringList{u"--sandbox-payments"_s});
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_http = std::make_unique<lmtest::Http>(m_server->baseUrl());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());

    m_merchant = m_http->registerUser(u"merchant"_s, u"Agence Atlas"_s);
    LM_VERIFY_ACCOUNT(m_merchant);
    m_influencer = m_http->registerUser(u"influencer"_s, u"Yasmine"_s);
    LM_VERIFY_ACCOUNT(m_influencer);
    const auto campaign = m_http->post(u"/api/campaigns"_s, QJsonObject{{u"name"_s, u"Marketing digital"_s}}, m_merchant.token);
    LM_VERIFY_STATUS(campaign, 201);
    m_campaignId = campaign.json.value("id"_L1).toString();
    const auto recharge = m_http->post(u"/api/leads/deposits/recharge"_s,
                                       QJsonObject{{u"amount_cents"_s, 500000}, {u"provider"_s, u"sandbox"_s}},
                                       m_merchant.token);
    LM_VERIFY_STATUS(recharge, 201);
    const auto paid = m_http->post(u"/sandbox/checkout/"_s + recharge.json.value("payment_id"_L1).toString() + u"/pay"_s,
                                   lmtest::Body::raw({}, "application/x-www-form-urlencoded"));
    LM_VERIFY_STATUS(paid, 303);
}

void TestClientSync::cleanup()
{
    m_server.reset();
    m_http.reset();
    m_db.reset();
    m_dir.reset();
}

QString TestClientSync::createLead(const lmtest::Account &influencer, qint64 valueCents)
{
    const QString suffix = lmtest::uniqueSuffix();
    const auto r = m_http->post(u"/api/leads/create"_s,
                                QJsonObject{{u"campaign_id"_s, m_campaignId},
                                            {u"client_name"_s, QString(u"Client "_s + suffix)},
                                            {u"client_email"_s, QString(u"client-"_s + suffix + u"@example.ma"_s)},
                                            {u"client_phone"_s, QString(u"+2126"_s + QString::number(10000000 + QRandomGenerator::global()->bounded(89999999)))},
                                            {u"estimated_value_cents"_s, valueCents},
                                            {u"source"_s, u"instagram"_s}},
                                influencer.token);
    if (r.status != 201)
        qWarning("create lead failed: %s", qPrintable(r.describe()));
    return r.json.value("id"_L1).toString();
}

std::unique_ptr<SyncEngine> TestClientSync::makeEngine(const lmtest::Account &account)
{
    auto engine = std::make_unique<SyncEngine>(m_dir->filePath(u"cache.sqlite"_s));
    engine->start();
    engine->setRetryPolicy({50, 100}, 200);
    engine->setRequestTimeoutMs(5000);
    engine->setIntervalSeconds(3600);
    engine->configure(m_server->baseUrl(), account.token, *roleFromString(account.role), false);
    return engine;
}

bool TestClientSync::sync(SyncEngine &engine, QString *message)
{
    QSignalSpy finished(&engine, &SyncEngine::syncFinished);
    engine.syncNow();
    if (!finished.wait(30000))
        return false;
    if (message)
        *message = finished.first().at(1).toString();
    return finished.first().at(0).toBool();
}

void TestClientSync::restartServerOnSamePort()
{
    const QString port = QString::number(m_server->baseUrl().port());
    QVERIFY2(m_server->restart({u"--sandbox-payments"_s, u"--port"_s, port}), qPrintable(m_server->errorString()));
    QCOMPARE(QString::number(m_server->baseUrl().port()), port);
}

void TestClientSync::signInAndSyncMirrorsTheServer()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(!createLead(m_influencer, 50000 + i * 40000).isEmpty());

    // Sign in as the desktop client does.
    ApiClient api;
    api.setBaseUrl(m_server->baseUrl());
    std::optional<LoginResult> login;
    api.login(m_merchant.email, lmtest::defaultPassword(), this, [&](const Result<LoginResult> &r) {
        QVERIFY2(r.ok(), qPrintable(r.error().logText()));
        login = r.value();
    });
    QTRY_VERIFY_WITH_TIMEOUT(login.has_value(), 20000);
    QCOMPARE(toString(login->user.role), u"merchant"_s);

    lmtest::Account session = m_merchant;
    session.token = login->token;
    auto engine = makeEngine(session);
    QSignalSpy progress(engine.get(), &SyncEngine::progress);
    QSignalSpy connection(engine.get(), &SyncEngine::connectionChanged);
    QString message;
    QVERIFY2(sync(*engine, &message), qPrintable(message));
    QVERIFY(progress.count() >= 5);
    QVERIFY(!connection.isEmpty());
    QCOMPARE(connection.last().at(0).value<Connection>(), Connection::Online);

    Cache cache(m_dir->filePath(u"cache.sqlite"_s));
    QVERIFY(cache.open().ok());
    QString problem;
    const auto leads = m_http->listAll(u"/api/leads"_s, m_merchant.token, &problem);
    QVERIFY2(leads, qPrintable(problem));
    QCOMPARE(leads->size(), 3);
    QCOMPARE(sortedById(cache.leads()), sortedById(parseAll<dto::Lead>(*leads)));
    const auto campaigns = m_http->listAll(u"/api/campaigns"_s, m_merchant.token, &problem);
    QVERIFY2(campaigns, qPrintable(problem));
    QCOMPARE(sortedById(cache.campaigns()), sortedById(parseAll<dto::Campaign>(*campaigns)));
    const auto transactions = m_http->listAll(u"/api/leads/deposits/transactions"_s, m_merchant.token, &problem);
    QVERIFY2(transactions, qPrintable(problem));
    QCOMPARE(transactions->size(), 4); // one recharge, three reservations
    QCOMPARE(sortedById(cache.transactions()), sortedById(parseAll<dto::Transaction>(*transactions)));
    const auto deposit = m_http->get(u"/api/leads/deposits/me"_s, m_merchant.token);
    LM_VERIFY_STATUS(deposit, 200);
    QCOMPARE(cache.deposit(), dto::Deposit::fromJson(deposit.json));
    // Notifications as the server lists them; a server without the route (404) means none yet.
    const auto notificationsPage = m_http->get(u"/api/notifications?limit=500"_s, m_merchant.token);
    if (notificationsPage.status == 404) {
        QVERIFY(cache.notifications().isEmpty());
    } else {
        LM_VERIFY_STATUS(notificationsPage, 200);
        const auto notifications = m_http->listAll(u"/api/notifications"_s, m_merchant.token, &problem);
        QVERIFY2(notifications, qPrintable(problem));
        QCOMPARE(sortedById(cache.notifications()), sortedById(parseAll<dto::Notification>(*notifications)));
    }
    QVERIFY(cache.lastSyncAt() > 0);
    QVERIFY(!cache.syncState(u"leads.since"_s).isEmpty());
}

void TestClientSync::deltaSyncFetchesOnlyChanges()
{
    const QString first = createLead(m_influencer, 60000);
    QVERIFY(!first.isEmpty());
    auto engine = makeEngine(m_merchant);
    QVERIFY(sync(*engine));
    QString since;
    {
        Cache before(m_dir->filePath(u"cache.sqlite"_s));
        QVERIFY(before.open().ok());
        since = before.syncState(u"leads.since"_s);
        QVERIFY(!since.isEmpty());
    }

    const QString second = createLead(m_influencer, 70000);
    LM_VERIFY_STATUS(m_http->put(u"/api/leads/"_s + first + u"/reject"_s, QJsonObject{{u"reason"_s, u"injoignable"_s}},
                                 m_merchant.token),
                     200);
    QVERIFY(sync(*engine));

    Cache cache(m_dir->filePath(u"cache.sqlite"_s));
    QVERIFY(cache.open().ok());
    QCOMPARE(cache.leads().size(), 2);
    QCOMPARE(toString(cache.lead(first)->status), toString(LeadStatus::Rejected));
    QCOMPARE(toString(cache.lead(second)->status), toString(LeadStatus::Pending));
    QVERIFY(cache.syncState(u"leads.since"_s).toLongLong() > since.toLongLong());
    QVERIFY(cache.syncState(u"leads.cursor"_s).isEmpty());
}

void TestClientSync::offlineValidationIsReplayedOnceAfterRestart()
{
    const QString leadId = createLead(m_influencer, 150000); // ≥ 800 MAD: fixed 80 MAD commission
    QVERIFY(!leadId.isEmpty());
    {
        auto engine = makeEngine(m_merchant);
        QVERIFY(sync(*engine));
    }
    const QString cacheFile = m_dir->filePath(u"cache.sqlite"_s);
    Cache ui(cacheFile);
    QVERIFY(ui.open().ok());
    QCOMPARE(ui.deposit()->reservedCents, 8000);

    m_server->stop();
    Actions actions(ui);
    const auto queued = actions.validate({leadId}, 8, u"Très bon contact"_s);
    QCOMPARE(queued.done.size(), 1);
    QCOMPARE(queued.refused, 0);
    // Applied to the cache at once.
    QCOMPARE(toString(ui.lead(leadId)->status), toString(LeadStatus::Validated));
    QCOMPARE(ui.deposit()->reservedCents, 0);
    QCOMPARE(ui.deposit()->currentBalanceCents, 500000 - 8000);
    QCOMPARE(ui.outbox().count(OutboxEntry::Status::Queued), 1);
    const QString key = ui.outbox().entries().first().idempotencyKey;
    QVERIFY(!key.isEmpty());

    {
        auto engine = makeEngine(m_merchant);
        QSignalSpy connection(engine.get(), &SyncEngine::connectionChanged);
        QVERIFY(!sync(*engine));
        QCOMPARE(connection.last().at(0).value<Connection>(), Connection::Offline);
        QCOMPARE(ui.outbox().count(OutboxEntry::Status::Queued), 1);
        QCOMPARE(ui.outbox().entries().first().idempotencyKey, key); // the same key for every attempt
        QVERIFY(ui.outbox().entries().first().attempts >= 1);
    }

    restartServerOnSamePort();
    // The first send reached the server but its answer was lost (crash, cut connection).
    const auto firstSend = m_http->request("PUT", u"/api/leads/"_s + leadId + u"/validate"_s,
                                           QJsonObject{{u"feedback"_s, u"Très bon contact"_s}, {u"quality_score"_s, 8}},
                                           m_merchant.token, {{"Idempotency-Key", key.toUtf8()}});
    LM_VERIFY_STATUS(firstSend, 200);

    // A new client process on the same profile replays the outbox.
    auto engine = makeEngine(m_merchant);
    QString message;
    QVERIFY2(sync(*engine, &message), qPrintable(message));
    QCOMPARE(ui.outbox().count(OutboxEntry::Status::Queued), 0);
    QCOMPARE(ui.outbox().count(OutboxEntry::Status::Failed), 0);
    QCOMPARE(toString(ui.lead(leadId)->status), toString(LeadStatus::Validated));
    QCOMPARE(ui.lead(leadId)->qualityScore, 8);

    const auto deposit = dto::Deposit::fromJson(m_http->get(u"/api/leads/deposits/me"_s, m_merchant.token).json);
    QVERIFY(deposit);
    QCOMPARE(deposit->currentBalanceCents, 500000 - 8000);
    QCOMPARE(deposit->reservedCents, 0);
    QCOMPARE(ui.deposit(), deposit);
    const auto transactions = m_http->listAll(u"/api/leads/deposits/transactions"_s, m_merchant.token);
    QVERIFY(transactions);
    int deductions = 0;
    for (const QJsonValue &t : *transactions)
        deductions += t.toObject().value("kind"_L1).toString() == "deduction"_L1 ? 1 : 0;
    QCOMPARE(deductions, 1);
}

void TestClientSync::offlineLeadCreationReservesOnce()
{
    {
        auto engine = makeEngine(m_influencer);
        QVERIFY(sync(*engine));
    }
    Cache ui(m_dir->filePath(u"cache.sqlite"_s));
    QVERIFY(ui.open().ok());
    QCOMPARE(ui.campaigns().size(), 1);

    m_server->stop();
    const QJsonObject body{{u"campaign_id"_s, m_campaignId},
                           {u"client_name"_s, u"Ahmed Bennani"_s},
                           {u"client_email"_s, QString(u"ahmed-"_s + lmtest::uniqueSuffix() + u"@email.com"_s)},
                           {u"client_phone"_s, u"+212 6 12 34 56 78"_s},
                           {u"company"_s, u"TechCorp"_s},
                           {u"estimated_value_cents"_s, 60000},
                           {u"source"_s, u"instagram"_s}};
    Actions actions(ui);
    const auto queued = actions.createLead(body);
    QVERIFY2(queued.ok(), qPrintable(queued.errorMessage()));
    const QList<dto::Lead> local = ui.leads();
    QCOMPARE(local.size(), 1);
    QVERIFY(local.first().id.startsWith(u"local-"_s));
    QCOMPARE(local.first().commissionCents, 6000); // core's rule: 10 % of 600 MAD
    const QString key = ui.outbox().entries().first().idempotencyKey;

    restartServerOnSamePort();
    // The first send was applied by the server, its answer lost.
    const auto firstSend = m_http->request("POST", u"/api/leads/create"_s, body, m_influencer.token,
                                           {{"Idempotency-Key", key.toUtf8()}});
    LM_VERIFY_STATUS(firstSend, 201);
    auto engine = makeEngine(m_influencer);
    QString message;
    QVERIFY2(sync(*engine, &message), qPrintable(message));

    const QList<dto::Lead> leads = ui.leads();
    QCOMPARE(leads.size(), 1);
    QCOMPARE(leads.first().id, firstSend.json.value("id"_L1).toString());
    QCOMPARE(ui.outbox().count(OutboxEntry::Status::Queued), 0);

    const auto deposit = dto::Deposit::fromJson(m_http->get(u"/api/leads/deposits/me"_s, m_merchant.token).json);
    QVERIFY(deposit);
    QCOMPARE(deposit->reservedCents, 6000); // one reservation, not two
    const auto serverLeads = m_http->listAll(u"/api/leads"_s, m_merchant.token);
    QVERIFY(serverLeads);
    QCOMPARE(serverLeads->size(), 1);
}

void TestClientSync::refusedReplayIsMarkedFailedWithReason()
{
    const QString leadId = createLead(m_influencer, 50000);
    QVERIFY(!leadId.isEmpty());
    auto engine = makeEngine(m_merchant);
    QVERIFY(sync(*engine));
    Cache ui(m_dir->filePath(u"cache.sqlite"_s));
    QVERIFY(ui.open().ok());

    // Offline, the merchant rejects the lead here; meanwhile it was validated on another computer.
    m_server->stop();
    Actions actions(ui);
    QCOMPARE(actions.reject({leadId}, u"Hors zone"_s).done.size(), 1);
    QCOMPARE(toString(ui.lead(leadId)->status), toString(LeadStatus::Rejected));
    restartServerOnSamePort();
    LM_VERIFY_STATUS(m_http->put(u"/api/leads/"_s + leadId + u"/validate"_s, QJsonObject{{u"quality_score"_s, 6}},
                                 m_merchant.token),
                     200);

    QSignalSpy failed(engine.get(), &SyncEngine::actionFailed);
    QVERIFY(sync(*engine));
    QCOMPARE(failed.count(), 1);
    const QList<OutboxEntry> entries = ui.outbox().entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().status, OutboxEntry::Status::Failed);
    QCOMPARE(entries.first().errorCode, u"lead_not_pending"_s);
    const QString expected = ApiError::http(409, u"lead_not_pending"_s, {}).userMessage();
    QCOMPARE(entries.first().errorMessage, expected);
    QCOMPARE(failed.first().at(1).toString(), expected);
    // The cache shows the server's truth again.
    QCOMPARE(toString(ui.lead(leadId)->status), toString(LeadStatus::Validated));
    QCOMPARE(ui.outbox().count(OutboxEntry::Status::Queued), 0);
    QCOMPARE(ui.outbox().count(OutboxEntry::Status::Failed), 1);
    // A failed action is not sent again.
    QVERIFY(sync(*engine));
    QCOMPARE(ui.outbox().entries().first().attempts, 1);
    actions.dismiss(entries.first().id);
    QCOMPARE(ui.outbox().count(OutboxEntry::Status::Failed), 0);
}

QTEST_GUILESS_MAIN(TestClientSync)
#include "tst_client_sync.moc"
