// The cache's client contact fields sealed with a key kept in the OS keychain: a real
// gnome-keyring in a private D-Bus session (tests/run-with-keyring.sh), leads synced from the real
// leadmarket-server; and, without any keychain, a key of the session only.

#include "serverharness.h"

#include "cache.h"
#include "cachecipher.h"
#include "cachekeys.h"
#include "leadcodec.h"
#include "syncengine.h"
#include "tokenstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace lm;
using namespace lm::client;

namespace {

const QUrl FixtureServer(u"https://leads.example.ma"_s);
const QString FixtureEmail = u"merchant@example.ma"_s;

dto::Lead fixtureLead(int i)
{
    dto::Lead l;
    l.id = u"lead-%1"_s.arg(i);
    l.campaignId = u"c1"_s;
    l.campaignName = u"Service Marketing Digital"_s;
    l.merchantId = u"m1"_s;
    l.influencerId = u"i1"_s;
    l.influencerName = u"Yasmine"_s;
    l.clientName = u"Ahmed Bennani %1"_s.arg(i);
    l.clientEmail = u"ahmed.%1@secret-client.ma"_s.arg(i);
    l.clientPhone = u"+21261234567%1"_s.arg(i);
    l.company = u"TechCorpSecret%1"_s.arg(i);
    l.notes = u"Préfère être appelé après 18 h — مرحبا %1"_s.arg(i);
    l.estimatedValueCents = 150000 + i;
    l.commissionCents = 8000 + i;
    l.commissionType = CommissionType::Fixed;
    l.influencerShareCents = 2400 + i;
    l.source = LeadSource::WhatsApp;
    l.status = i % 2 ? LeadStatus::Validated : LeadStatus::Pending;
    if (i % 2) {
        l.qualityScore = 9;
        l.decidedAt = 1'793'000'100'000 + i;
    }
    l.createdAt = 1'793'000'000'000 + i;
    l.expiresAt = l.createdAt + 72 * 3600 * 1000LL;
    l.updatedAt = 1'793'000'100'000 + i;
    return l;
}

QList<dto::Lead> fixtureLeads()
{
    return {fixtureLead(0), fixtureLead(1), fixtureLead(2)};
}

QList<dto::Lead> sortedById(QList<dto::Lead> leads)
{
    std::sort(leads.begin(), leads.end(), [](const dto::Lead &a, const dto::Lead &b) { return a.id < b.id; });
    return leads;
}

/// The cache file and its write-ahead log, as bytes.
QByteArray fileBytes(const QString &file)
{
    QByteArray bytes;
    for (const QString &path : QStringList{file, file + u"-wal"_s}) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    return bytes;
}

/// The first of `texts` found in `bytes` as UTF-8 or as UTF-16 (the packed form's), or empty.
QString foundIn(const QByteArray &bytes, const QStringList &texts)
{
    for (const QString &text : texts) {
        const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        if (bytes.contains(text.toUtf8()) || bytes.contains(utf16))
            return text;
    }
    return {};
}

QStringList contactTexts(const QList<dto::Lead> &leads)
{
    QStringList texts;
    for (const dto::Lead &l : leads) {
        for (const QString &t : {l.clientName, l.clientEmail, l.clientPhone, l.company, l.notes}) {
            if (!t.isEmpty())
                texts.append(t);
        }
    }
    return texts;
}

bool noContact(const dto::Lead &l)
{
    return !leadcodec::hasContact(l);
}

} // namespace

class TestClientCacheCrypto final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void syncedContactsAreSealedInTheFile();
    void cacheWithoutItsKeyShowsNoContact_data();
    void cacheWithoutItsKeyShowsNoContact();
    void plaintextCacheMigrates();
    void tamperedValueIsUnavailable_data();
    void tamperedValueIsUnavailable();
    void queuedLeadOfAnotherKeyFails();
    void missingKeychainKeepsContactsForTheSession();

private:
    std::optional<cachekeys::Outcome> unlock(const QString &service, const QString &file, const QUrl &server,
                                             const QString &email, QString *problem = nullptr);
    std::optional<cachekeys::Outcome> unlockMerchant(const QString &service, const QString &file);
    bool removeKey(const QString &service);
    bool sync(const QString &file, QString *message);
    QList<dto::Lead> serverLeads();

    bool m_present = false;
    std::unique_ptr<lmtest::TestDatabase> m_db;
    std::unique_ptr<lmtest::ServerProcess> m_server;
    std::unique_ptr<lmtest::Http> m_http;
    lmtest::Account m_merchant;
    lmtest::Account m_influencer;
    QList<dto::Lead> m_expected; ///< the leads on the server, with their contact fields
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_service; ///< this test's keychain service (the keychain of "this account")
};

void TestClientCacheCrypto::initTestCase()
{
    const QByteArray mode = qgetenv("LEADMARKET_TEST_KEYCHAIN");
    QVERIFY2(mode == "present" || mode == "absent",
             "set LEADMARKET_TEST_KEYCHAIN=present (inside tests/run-with-keyring.sh) or absent (no session bus)");
    m_present = mode == "present";
    if (!m_present) {
        QVERIFY2(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") && qEnvironmentVariableIsEmpty("DISPLAY"),
                 "the absent case runs without a session bus and without a display");
        return;
    }
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "no session bus: run through run-with-keyring.sh");
    m_db = std::make_unique<lmtest::TestDatabase>();
    QVERIFY2(m_db->create(), qPrintable(m_db->errorString()));
    m_server = std::make_unique<lmtest::ServerProcess>(m_db->url(), QStringList{u"--sandbox-payments"_s});
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_http = std::make_unique<lmtest::Http>(m_server->baseUrl());
    m_merchant = m_http->registerUser(u"merchant"_s, u"Agence Atlas"_s);
    LM_VERIFY_ACCOUNT(m_merchant);
    m_influencer = m_http->registerUser(u"influencer"_s, u"Yasmine"_s);
    LM_VERIFY_ACCOUNT(m_influencer);
    const auto campaign = m_http->post(u"/api/campaigns"_s, QJsonObject{{u"name"_s, u"Marketing digital"_s}}, m_merchant.token);
    LM_VERIFY_STATUS(campaign, 201);
    const auto recharge = m_http->post(u"/api/leads/deposits/recharge"_s,
                                       QJsonObject{{u"amount_cents"_s, 500000}, {u"provider"_s, u"sandbox"_s}},
                                       m_merchant.token);
    LM_VERIFY_STATUS(recharge, 201);
    const auto paid = m_http->post(u"/sandbox/checkout/"_s + recharge.json.value("payment_id"_L1).toString() + u"/pay"_s,
                                   lmtest::Body::raw({}, "application/x-www-form-urlencoded"));
    LM_VERIFY_STATUS(paid, 303);
    for (int i = 0; i < 3; ++i) {
        const auto r = m_http->post(u"/api/leads/create"_s,
                                    QJsonObject{{u"campaign_id"_s, campaign.json.value("id"_L1).toString()},
                                                {u"client_name"_s, u"Khadija Secretname %1"_s.arg(i)},
                                                {u"client_email"_s, u"khadija.%1@hidden-client.ma"_s.arg(i)},
                                                {u"client_phone"_s, u"+21266123450%1"_s.arg(i)},
                                                {u"company"_s, u"Atlas Hiddenco %1"_s.arg(i)},
                                                {u"notes"_s, u"Rappeler mardi, code porte 77%1"_s.arg(i)},
                                                {u"estimated_value_cents"_s, 120000 + i},
                                                {u"source"_s, u"instagram"_s}},
                                    m_influencer.token);
        LM_VERIFY_STATUS(r, 201);
    }
    m_expected = serverLeads();
    QCOMPARE(m_expected.size(), 3);
    for (const dto::Lead &l : std::as_const(m_expected)) {
        QVERIFY(!l.clientEmail.isEmpty() && !l.clientPhone.isEmpty() && !l.company.isEmpty() && !l.notes.isEmpty());
    }
}

void TestClientCacheCrypto::cleanupTestCase()
{
    m_server.reset();
    m_http.reset();
    m_db.reset();
}

void TestClientCacheCrypto::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_service = u"LeadMarketCacheTest-"_s + lmtest::uniqueSuffix();
}

void TestClientCacheCrypto::cleanup()
{
    m_dir.reset();
}

QList<dto::Lead> TestClientCacheCrypto::serverLeads()
{
    const auto r = m_http->get(u"/api/leads?limit=100"_s, m_merchant.token);
    if (r.status != 200)
        return {};
    QList<dto::Lead> leads;
    for (const QJsonValue &v : r.json.value("items"_L1).toArray()) {
        if (auto l = dto::Lead::fromJson(v.toObject()))
            leads.append(*l);
    }
    return sortedById(leads);
}

std::optional<cachekeys::Outcome> TestClientCacheCrypto::unlock(const QString &service, const QString &file,
                                                                const QUrl &server, const QString &email,
                                                                QString *problem)
{
    TokenStore store(service);
    QObject context;
    std::optional<cachekeys::Outcome> outcome;
    cachekeys::unlock(store, server, email, CacheCipher::forFile(file), &context,
                      [&](cachekeys::Outcome o, const QString &p) {
                          outcome = o;
                          if (problem)
                              *problem = p;
                      });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 25000))
        return std::nullopt;
    return outcome;
}

std::optional<cachekeys::Outcome> TestClientCacheCrypto::unlockMerchant(const QString &service, const QString &file)
{
    return unlock(service, file, m_server->baseUrl(), m_merchant.email);
}

bool TestClientCacheCrypto::removeKey(const QString &service)
{
    TokenStore store(service);
    QObject context;
    std::optional<bool> removed;
    store.remove(cachekeys::keyName(m_server->baseUrl(), m_merchant.email), &context,
                 [&](const Result<> &r) { removed = r.ok(); });
    if (!QTest::qWaitFor([&] { return removed.has_value(); }, 20000))
        return false;
    return removed.value_or(false);
}

bool TestClientCacheCrypto::sync(const QString &file, QString *message)
{
    SyncEngine engine(file);
    engine.start();
    engine.setRetryPolicy({50, 100}, 200);
    engine.setRequestTimeoutMs(5000);
    engine.setIntervalSeconds(3600);
    engine.configure(m_server->baseUrl(), m_merchant.token, Role::Merchant, false);
    QSignalSpy finished(&engine, &SyncEngine::syncFinished);
    engine.syncNow();
    if (!finished.wait(30000)) {
        *message = u"no syncFinished"_s;
        return false;
    }
    *message = finished.first().at(1).toString();
    const bool ok = finished.first().at(0).toBool();
    engine.stop();
    return ok;
}

void TestClientCacheCrypto::syncedContactsAreSealedInTheFile()
{
    QVERIFY2(m_present, "runs inside run-with-keyring.sh (ctest: tst_client_cachecrypto)");
    const QString file = m_dir->filePath(u"cache.sqlite"_s);
    QCOMPARE(unlockMerchant(m_service, file), cachekeys::Outcome::Created);
    QString message;
    {
        Cache cache(file);
        QVERIFY(cache.open().ok());
        const KeyAdoption adopted = cache.adoptKey();
        QVERIFY(adopted.ok);
        QVERIFY(!adopted.otherKey);
    }
    QVERIFY2(sync(file, &message), qPrintable(message));

    Cache cache(file);
    QVERIFY(cache.open().ok());
    QCOMPARE(sortedById(cache.leads()), m_expected);
    const QString found = foundIn(fileBytes(file), contactTexts(m_expected));
    QVERIFY2(found.isEmpty(), qPrintable(u"in clear in the cache file: "_s + found));

    // A new run: without the key nothing shows; with the key from the keychain, everything does.
    CacheCipher::forFile(file)->forget();
    const QList<dto::Lead> locked = cache.leads();
    QCOMPARE(locked.size(), m_expected.size());
    QVERIFY(std::all_of(locked.cbegin(), locked.cend(), noContact));
    QCOMPARE(unlockMerchant(m_service, file), cachekeys::Outcome::Kept);
    QVERIFY(!cache.adoptKey().otherKey);
    QCOMPARE(sortedById(cache.leads()), m_expected);
    QCOMPARE(cache.lead(m_expected.first().id), m_expected.first());
}

void TestClientCacheCrypto::cacheWithoutItsKeyShowsNoContact_data()
{
    QTest::addColumn<bool>("copied");
    QTest::newRow("copied to another account's keychain") << true;
    QTest::newRow("its keychain entry deleted") << false;
}

void TestClientCacheCrypto::cacheWithoutItsKeyShowsNoContact()
{
    QFETCH(bool, copied);
    QVERIFY2(m_present, "runs inside run-with-keyring.sh (ctest: tst_client_cachecrypto)");
    const QString file = m_dir->filePath(u"cache.sqlite"_s);
    QCOMPARE(unlockMerchant(m_service, file), cachekeys::Outcome::Created);
    {
        Cache cache(file);
        QVERIFY(cache.open().ok());
        QVERIFY(cache.adoptKey().ok);
    }
    QString message;
    QVERIFY2(sync(file, &message), qPrintable(message));

    QString target = file;
    QString service = m_service;
    if (copied) {
        target = m_dir->filePath(u"copy.sqlite"_s);
        QVERIFY(QFile::copy(file, target));
        if (QFile::exists(file + u"-wal"_s))
            QVERIFY(QFile::copy(file + u"-wal"_s, target + u"-wal"_s));
        service = u"LeadMarketCacheTestOther-"_s + lmtest::uniqueSuffix();
    } else {
        QVERIFY(removeKey(m_service));
        CacheCipher::forFile(file)->forget(); // a new run
    }

    Cache cache(target);
    QVERIFY(cache.open().ok());
    // It opens; every lead is there with its amounts and status, and no contact field.
    QList<dto::Lead> shown = sortedById(cache.leads());
    QCOMPARE(shown.size(), m_expected.size());
    for (qsizetype i = 0; i < shown.size(); ++i) {
        QVERIFY(noContact(shown.at(i)));
        dto::Lead expected = leadcodec::withoutContact(m_expected.at(i));
        QCOMPARE(shown.at(i), expected);
    }
    QVERIFY(cache.deposit().has_value());

    // Its keychain has no key for it: a new one, the values of the old one dropped, then refilled.
    QCOMPARE(unlockMerchant(service, target), cachekeys::Outcome::Created);
    const KeyAdoption adopted = cache.adoptKey();
    QVERIFY(adopted.ok);
    QVERIFY(adopted.otherKey);
    shown = cache.leads();
    QVERIFY(std::all_of(shown.cbegin(), shown.cend(), noContact));
    QVERIFY2(sync(target, &message), qPrintable(message));
    QCOMPARE(sortedById(cache.leads()), m_expected);
    const QString found = foundIn(fileBytes(target), contactTexts(m_expected));
    QVERIFY2(found.isEmpty(), qPrintable(u"in clear in the cache file: "_s + found));

    // Sealed under the new key: the next run reads them with it.
    CacheCipher::forFile(target)->forget();
    QCOMPARE(unlockMerchant(service, target), cachekeys::Outcome::Kept);
    QVERIFY(!cache.adoptKey().otherKey);
    QCOMPARE(sortedById(cache.leads()), m_expected);
}

void TestClientCacheCrypto::plaintextCacheMigrates()
{
    QVERIFY2(m_present, "runs inside run-with-keyring.sh (ctest: tst_client_cachecrypto)");
    const QString file = m_dir->filePath(u"old.sqlite"_s);
    const QList<dto::Lead> leads = fixtureLeads();
    dto::Lead erased = fixtureLead(3);
    erased.clientName = u"A. B."_s;
    erased.clientEmail.clear();
    erased.clientPhone.clear();
    erased.company.clear();
    erased.notes.clear();
    erased.erased = true;
    dto::Deposit deposit;
    deposit.merchantId = u"m1"_s;
    deposit.currentBalanceCents = 123456789;
    deposit.reservedCents = 4321;
    deposit.referenceCents = 100000;
    deposit.updatedAt = 1'793'000'000'000;
    dto::Transaction transaction;
    transaction.id = u"t1"_s;
    transaction.amountCents = -8001;
    transaction.balanceAfterCents = 123456789;
    transaction.createdAt = 1'793'000'000'000;
    transaction.kind = TransactionKind::Reserve;
    transaction.leadId = leads.at(0).id;
    transaction.description = u"Reservation for lead "_s + leads.at(0).clientName;
    dto::Notification notification;
    notification.id = u"n1"_s;
    notification.kind = u"new_lead"_s;
    notification.level = u"info"_s;
    notification.title = u"Nouveau lead : "_s + leads.at(1).clientName;
    notification.body = u"Campagne Service Marketing Digital"_s;
    notification.createdAt = 1'793'000'000'500;
    const QJsonObject newLeadBody{{u"campaign_id"_s, u"c1"_s},
                                  {u"client_name"_s, u"Nadia Offlinequeued"_s},
                                  {u"client_email"_s, u"nadia@offline-queued.ma"_s},
                                  {u"client_phone"_s, u"+212677777777"_s},
                                  {u"estimated_value_cents"_s, 99999}};
    const QJsonObject validateBody{{u"quality_score"_s, 8}};

    // The earlier release's file: its schema (steps 1 to 5, as shipped) and its rows, the whole
    // lead packed with its contact fields, the outbox's JSON in clear.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old-release"_s);
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        const QStringList schema{
            u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s,
            u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
            u"CREATE TABLE leads (id TEXT PRIMARY KEY, status TEXT NOT NULL, updated_at INTEGER NOT NULL, "
            "local INTEGER NOT NULL DEFAULT 0, json TEXT NOT NULL)"_s,
            u"CREATE INDEX leads_status ON leads (status)"_s,
            u"CREATE TABLE campaigns (id TEXT PRIMARY KEY, updated_at INTEGER NOT NULL, json TEXT NOT NULL)"_s,
            u"CREATE TABLE deposit (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL)"_s,
            u"CREATE TABLE transactions (id TEXT PRIMARY KEY, created_at INTEGER NOT NULL, json TEXT NOT NULL)"_s,
            u"CREATE TABLE notifications (id TEXT PRIMARY KEY, created_at INTEGER NOT NULL, json TEXT NOT NULL)"_s,
            u"CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
            u"CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, target_id TEXT NOT NULL, "
            "body TEXT NOT NULL, idempotency_key TEXT NOT NULL UNIQUE, status TEXT NOT NULL, error_code TEXT, "
            "error_message TEXT, previous TEXT, attempts INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL)"_s,
            u"ALTER TABLE leads ADD COLUMN packed BLOB"_s,
            u"ALTER TABLE leads DROP COLUMN json"_s,
            u"CREATE TABLE documents (key TEXT PRIMARY KEY, fetched_at INTEGER NOT NULL, json TEXT)"_s,
            u"CREATE TABLE payouts (id TEXT PRIMARY KEY, requested_at INTEGER NOT NULL, json TEXT NOT NULL)"_s,
            u"ALTER TABLE outbox ADD COLUMN error_fields TEXT"_s,
            u"ALTER TABLE outbox ADD COLUMN balance_delta INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE outbox ADD COLUMN reserved_delta INTEGER NOT NULL DEFAULT 0"_s,
            u"CREATE TABLE notification_reads (notification_id TEXT PRIMARY KEY, idempotency_key TEXT NOT NULL, "
            "read_at INTEGER NOT NULL)"_s,
            u"INSERT INTO schema_version (version) VALUES (5)"_s,
        };
        for (const QString &sql : schema)
            QVERIFY2(q.exec(sql), qPrintable(sql));
        const auto json = [](const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); };
        QVERIFY(q.prepare(u"INSERT INTO leads (id, status, updated_at, local, packed) VALUES (?, ?, ?, 0, ?)"_s));
        for (const dto::Lead &l : leads + QList<dto::Lead>{erased}) {
            q.addBindValue(l.id);
            q.addBindValue(toString(l.status));
            q.addBindValue(l.updatedAt);
            q.addBindValue(leadcodec::pack(l));
            QVERIFY(q.exec());
        }
        QVERIFY(q.exec(u"INSERT INTO meta (key, value) VALUES ('server', '%1')"_s.arg(FixtureServer.toString())));
        QVERIFY(q.prepare(u"INSERT INTO deposit (id, json) VALUES (1, ?)"_s));
        q.addBindValue(json(deposit.toJson()));
        QVERIFY(q.exec());
        QVERIFY(q.prepare(u"INSERT INTO transactions (id, created_at, json) VALUES (?, ?, ?)"_s));
        q.addBindValue(transaction.id);
        q.addBindValue(transaction.createdAt);
        q.addBindValue(json(transaction.toJson()));
        QVERIFY(q.exec());
        QVERIFY(q.prepare(u"INSERT INTO notifications (id, created_at, json) VALUES (?, ?, ?)"_s));
        q.addBindValue(notification.id);
        q.addBindValue(notification.createdAt);
        q.addBindValue(json(notification.toJson()));
        QVERIFY(q.exec());
        QVERIFY(q.exec(u"INSERT INTO sync_state (key, value) VALUES ('leads.since', '1793000200000')"_s));
        QVERIFY(q.prepare(u"INSERT INTO outbox (kind, target_id, body, idempotency_key, status, previous, created_at, "
                          "balance_delta, reserved_delta) VALUES (?, ?, ?, ?, 'queued', ?, ?, ?, ?)"_s));
        for (const auto &[kind, target, body, key, previous, delta] :
             {std::tuple{u"create_lead"_s, u"local-1"_s, newLeadBody, u"key-1"_s, QString(), qint64(0)},
              std::tuple{u"validate_lead"_s, leads.at(0).id, validateBody, u"key-2"_s, json(leads.at(0).toJson()),
                         qint64(-8000)}}) {
            q.addBindValue(kind);
            q.addBindValue(target);
            q.addBindValue(json(body));
            q.addBindValue(key);
            q.addBindValue(previous);
            q.addBindValue(qint64(1'793'000'300'000));
            q.addBindValue(delta);
            q.addBindValue(-delta);
            QVERIFY(q.exec());
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old-release"_s);
    QStringList secrets = contactTexts(leads);
    secrets << u"Nadia Offlinequeued"_s << u"nadia@offline-queued.ma"_s << u"+212677777777"_s;
    QVERIFY2(!foundIn(fileBytes(file), secrets).isEmpty(), "the fixture holds the contacts in clear");

    Cache cache(file);
    QVERIFY(cache.open().ok());
    const QList<OutboxEntry> before = cache.outbox().entries();
    QCOMPARE(before.size(), 2);
    QCOMPARE(unlock(m_service, file, FixtureServer, FixtureEmail), cachekeys::Outcome::Created);
    const KeyAdoption adopted = cache.adoptKey();
    QVERIFY(adopted.ok);
    QVERIFY(!adopted.otherKey);
    QCOMPARE(adopted.sealedLeads, 4);  // the erased lead's initials too
    QCOMPARE(adopted.sealedActions, 2); // the new lead's body, the validated one's earlier lead
    QCOMPARE(adopted.sealedListItems, 2); // the reservation and the notification naming clients

    const QString found = foundIn(fileBytes(file), secrets);
    QVERIFY2(found.isEmpty(), qPrintable(u"still in clear after the migration: "_s + found));
    const QList<dto::Lead> all = leads + QList<dto::Lead>{erased};
    QCOMPARE(sortedById(cache.leads()), all);
    QCOMPARE(cache.deposit(), deposit);
    QCOMPARE(cache.transactions(), QList<dto::Transaction>{transaction});
    QCOMPARE(cache.notifications(), QList<dto::Notification>{notification});
    QCOMPARE(cache.syncState(u"leads.since"_s), u"1793000200000"_s);
    QCOMPARE(cache.outbox().entries(), before);
    QCOMPARE(cache.outbox().entries().at(0).body, newLeadBody);
    QCOMPARE(cache.outbox().previousLead(before.at(1).id), leads.at(0));
    QCOMPARE(cache.outbox().entries().at(1).balanceDeltaCents, -8000);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        raw.setDatabaseName(file);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"SELECT version FROM schema_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), CacheDatabase::SchemaVersion);
        QVERIFY(q.exec(u"SELECT count(*) FROM leads WHERE contact IS NULL"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"check"_s);

    // Done once: a second adoption seals nothing more, a new run reads everything with the key.
    QCOMPARE(cache.adoptKey().sealedLeads, 0);
    CacheCipher::forFile(file)->forget();
    QCOMPARE(unlock(m_service, file, FixtureServer, FixtureEmail), cachekeys::Outcome::Kept);
    QVERIFY(!cache.adoptKey().otherKey);
    QCOMPARE(sortedById(cache.leads()), all);
    QCOMPARE(cache.outbox().entries(), before);
    QCOMPARE(cache.transactions(), QList<dto::Transaction>{transaction});
    QCOMPARE(cache.notifications(), QList<dto::Notification>{notification});
}

void TestClientCacheCrypto::tamperedValueIsUnavailable_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("prefix") << u"prefix"_s;
    QTest::newRow("nonce byte") << u"nonce"_s;
    QTest::newRow("ciphertext byte") << u"ciphertext"_s;
    QTest::newRow("last tag byte") << u"last"_s;
    QTest::newRow("truncated") << u"truncated"_s;
    QTest::newRow("another lead's value") << u"moved"_s;
}

void TestClientCacheCrypto::tamperedValueIsUnavailable()
{
    QFETCH(QString, how);
    QVERIFY2(m_present, "runs inside run-with-keyring.sh (ctest: tst_client_cachecrypto)");
    const QString file = m_dir->filePath(u"cache.sqlite"_s);
    QCOMPARE(unlock(m_service, file, FixtureServer, FixtureEmail), cachekeys::Outcome::Created);
    Cache cache(file);
    QVERIFY(cache.open().ok());
    QVERIFY(cache.adoptKey().ok);
    const QList<dto::Lead> leads = fixtureLeads();
    cache.upsertLeads(leads);
    QCOMPARE(sortedById(cache.leads()), leads);

    const QString target = leads.at(1).id;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
    db.setDatabaseName(file);
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT contact FROM leads WHERE id = '%1'"_s.arg(how == u"moved"_s ? leads.at(2).id : target)));
        QVERIFY(q.next());
        QByteArray sealed = q.value(0).toByteArray();
        q.finish();
        QVERIFY(sealed.startsWith("v1:"));
        if (how == u"prefix"_s)
            sealed[1] = '2';
        else if (how == u"nonce"_s)
            sealed[3 + 5] = char(sealed[3 + 5] ^ 0x01);
        else if (how == u"ciphertext"_s)
            sealed[3 + 24 + 16 + 4] = char(sealed[3 + 24 + 16 + 4] ^ 0x80);
        else if (how == u"last"_s)
            sealed[sealed.size() - 1] = char(sealed[sealed.size() - 1] ^ 0x01);
        else if (how == u"truncated"_s)
            sealed.chop(1);
        QVERIFY(q.prepare(u"UPDATE leads SET contact = ? WHERE id = ?"_s));
        q.addBindValue(sealed);
        q.addBindValue(target);
        QVERIFY(q.exec());
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"tamper"_s);

    const auto shown = cache.lead(target);
    QVERIFY(shown.has_value());
    QVERIFY(noContact(*shown));
    QCOMPARE(*shown, leadcodec::withoutContact(leads.at(1)));
    QList<dto::Lead> expected = leads;
    expected[1] = leadcodec::withoutContact(leads.at(1));
    QCOMPARE(sortedById(cache.leads()), expected);
}

void TestClientCacheCrypto::queuedLeadOfAnotherKeyFails()
{
    QVERIFY2(m_present, "runs inside run-with-keyring.sh (ctest: tst_client_cachecrypto)");
    const QString file = m_dir->filePath(u"cache.sqlite"_s);
    QCOMPARE(unlock(m_service, file, FixtureServer, FixtureEmail), cachekeys::Outcome::Created);
    Cache cache(file);
    QVERIFY(cache.open().ok());
    QVERIFY(cache.adoptKey().ok);
    LocalAction action;
    action.entry.kind = OutboxEntry::Kind::CreateLead;
    action.entry.targetId = u"local-offline"_s;
    action.entry.idempotencyKey = u"key-offline"_s;
    action.entry.body = QJsonObject{{u"campaign_id"_s, u"c1"_s},
                                    {u"client_name"_s, u"Nadia Offlinequeued"_s},
                                    {u"client_email"_s, u"nadia@offline-queued.ma"_s},
                                    {u"client_phone"_s, u"+212677777777"_s},
                                    {u"estimated_value_cents"_s, 99999}};
    action.lead = fixtureLead(7);
    action.lead.id = action.entry.targetId;
    action.lead.clientName = u"Nadia Offlinequeued"_s;
    action.lead.clientEmail = u"nadia@offline-queued.ma"_s;
    action.lead.clientPhone = u"+212677777777"_s;
    const auto queued = cache.queue(action);
    QVERIFY(queued.ok());
    const QStringList secrets = contactTexts({action.lead});
    QVERIFY2(foundIn(fileBytes(file), secrets).isEmpty(), "the queued lead is sealed");
    QCOMPARE(cache.outbox().entries().at(0).body, action.entry.body);

    // The same file under another keychain's key: the queued lead cannot be sent from here.
    CacheCipher::forFile(file)->forget();
    const QString other = u"LeadMarketCacheTestOther-"_s + lmtest::uniqueSuffix();
    QCOMPARE(unlock(other, file, FixtureServer, FixtureEmail), cachekeys::Outcome::Created);
    const KeyAdoption adopted = cache.adoptKey();
    QVERIFY(adopted.otherKey);
    QCOMPARE(adopted.unreadableActions, 1);
    const QList<OutboxEntry> entries = cache.outbox().entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).status, OutboxEntry::Status::Failed);
    QCOMPARE(entries.at(0).errorCode, u"unreadable"_s);
    QVERIFY(!entries.at(0).errorMessage.isEmpty());
    QVERIFY(entries.at(0).unreadable);
    QVERIFY(entries.at(0).body.isEmpty());
    QCOMPARE(cache.outbox().count(OutboxEntry::Status::Queued), 0);
}

void TestClientCacheCrypto::missingKeychainKeepsContactsForTheSession()
{
    QVERIFY2(!m_present, "runs without a session bus (ctest: tst_client_cachecrypto_nokeychain)");
    const QString file = m_dir->filePath(u"cache.sqlite"_s);
    QString problem;
    QCOMPARE(unlock(u"LeadMarketCacheTest"_s, file, FixtureServer, FixtureEmail, &problem),
             cachekeys::Outcome::SessionOnly);
    QVERIFY(!problem.isEmpty());
    QVERIFY(!CacheCipher::forFile(file)->isKept());
    Cache cache(file);
    QVERIFY(cache.open().ok());
    cache.setSyncState(u"leads.since"_s, u"1793000200000"_s);
    const KeyAdoption adopted = cache.adoptKey();
    QVERIFY(adopted.ok);
    // Whatever this run seals is lost with it: the leads come again at the next sync.
    QVERIFY(cache.syncState(u"leads.since"_s).isEmpty());

    const QList<dto::Lead> leads = fixtureLeads();
    cache.upsertLeads(leads);
    QCOMPARE(sortedById(cache.leads()), leads);
    const QString found = foundIn(fileBytes(file), contactTexts(leads));
    QVERIFY2(found.isEmpty(), qPrintable(u"in clear in the cache file: "_s + found));

    CacheCipher::forFile(file)->forget(); // the next run
    const QList<dto::Lead> next = sortedById(cache.leads());
    QCOMPARE(next.size(), leads.size());
    for (qsizetype i = 0; i < next.size(); ++i)
        QCOMPARE(next.at(i), leadcodec::withoutContact(leads.at(i)));
}

QTEST_GUILESS_MAIN(TestClientCacheCrypto)
#include "tst_client_cachecrypto.moc"
