#include "clientcore.h"

#include "accountservice.h"
#include "actions.h"
#include "adminservice.h"
#include "cache.h"
#include "cachecipher.h"
#include "cachekeys.h"
#include "campaignservice.h"
#include "checkoutsession.h"
#include "earningsservice.h"
#include "logging.h"
#include "readreceipts.h"
#include "session.h"
#include "settings.h"
#include "store.h"
#include "syncservice.h"
#include "tokenstore.h"

namespace lm::client {

ClientCore::ClientCore(const QString &cacheFile, Settings &settings, QObject *parent)
    : QObject(parent),
      m_cache(std::make_unique<Cache>(cacheFile)),
      m_cacheStatus(m_cache->open()),
      m_tokens(std::make_unique<TokenStore>(settings.keychainService())),
      m_session(std::make_unique<Session>(settings, *m_tokens)),
      m_sync(std::make_unique<SyncService>(cacheFile)),
      m_store(std::make_unique<Store>(cacheFile)),
      m_actions(std::make_unique<Actions>(*m_cache)),
      m_checkout(std::make_unique<CheckoutSession>(m_session->api())),
      m_earnings(std::make_unique<EarningsService>(m_session->api(), *m_cache)),
      m_admin(std::make_unique<AdminService>(*m_session)),
      m_campaigns(std::make_unique<CampaignService>(m_session->api(), *m_cache)),
      m_reads(std::make_unique<ReadReceipts>(m_session->api(), *m_cache)),
      m_accounts(std::make_unique<AccountService>(*m_session, settings))
{
    if (!m_cacheStatus.ok())
        logger("app")->error("{}", m_cacheStatus.errorMessage().toStdString());
    m_sync->setIntervalSeconds(settings.syncIntervalSeconds());
    m_sync->setRequestTimeoutMs(settings.requestTimeoutMs());

    // What the user does is shown at once and sent as soon as possible.
    connect(m_actions.get(), &Actions::leadsChanged, m_store.get(), &Store::applyLeads);
    connect(m_actions.get(), &Actions::depositAdjusted, m_store.get(), &Store::adjustDeposit);
    connect(m_actions.get(), &Actions::outboxChanged, m_store.get(), [store = m_store.get()] { store->reload(Store::Outbox); });
    connect(m_actions.get(), &Actions::queued, m_sync.get(), &SyncService::syncNow);
    // What a sync changed is read again (an outbox change alone: only the outbox; whatever it does
    // to the leads comes with its own cacheChanged).
    connect(m_sync.get(), &SyncService::cacheChanged, m_store.get(), [store = m_store.get()] { store->reload(); });
    connect(m_sync.get(), &SyncService::outboxChanged, m_store.get(),
            [store = m_store.get()](int, int) { store->reload(Store::Outbox); });
    // Bank details or a payout saved: shown at once; the figures (available amount) follow a sync.
    connect(m_earnings.get(), &EarningsService::changed, m_store.get(), [this] {
        m_store->reload(Store::Account);
        m_sync->syncNow();
    });
    // A campaign the server took is in the cache already: the lists show it without a sync.
    connect(m_campaigns.get(), &CampaignService::saved, m_store.get(), [this] { m_store->reload(Store::Account); });
    connect(m_sync.get(), &SyncService::authenticationRequired, m_session.get(), &Session::expire);
    // Pushed changes are shown at once: leads in place (a new one with a read of the leads), the
    // small lists read again; the admin's alerts board reads itself again.
    connect(m_sync.get(), &SyncService::leadsArrived, m_store.get(), &Store::applyLeads);
    connect(m_sync.get(), &SyncService::accountChanged, m_store.get(),
            [store = m_store.get()] { store->reload(Store::Account); });
    connect(m_sync.get(), &SyncService::alertsChanged, m_admin.get(), &AdminService::depositsChanged);
    // A cancelled new lead leaves the cache; notifications read here show at once, and their reads
    // go to the server now and after each sync until it has them.
    connect(m_actions.get(), &Actions::leadsRemoved, m_store.get(), [store = m_store.get()] { store->reload(Store::Leads); });
    connect(m_actions.get(), &Actions::notificationsChanged, m_store.get(),
            [store = m_store.get()] { store->reload(Store::Account); });
    connect(m_actions.get(), &Actions::readsQueued, m_reads.get(), &ReadReceipts::send);
    connect(m_sync.get(), &SyncService::syncFinished, m_reads.get(), [reads = m_reads.get()](bool ok) {
        if (ok)
            reads->send();
    });
    // A profile saved or the email verified: the cache's copy of the user follows (it signs in
    // offline and shows who is signed in before the server answers).
    connect(m_session.get(), &Session::userChanged, this, [this](const dto::User &user) {
        const auto cached = m_cache->isOpen() ? m_cache->user() : std::nullopt;
        if (cached && cached->id == user.id)
            m_cache->setUser(user, m_cache->serverUrl());
    });
}

ClientCore::~ClientCore()
{
    m_checkout->abort();
}

std::optional<dto::User> ClientCore::cachedUser() const
{
    return m_cache->isOpen() ? m_cache->user() : std::nullopt;
}

QString ClientCore::cachedServer() const
{
    return m_cache->isOpen() ? m_cache->serverUrl() : QString();
}

void ClientCore::startFor(const dto::User &user, const QString &server, const QString &token, bool allowInsecureHttp)
{
    if (m_cache->isOpen())
        m_cache->setUser(user, server);
    m_sync->configure(QUrl(server), token, user.role, allowInsecureHttp);
    // The cache's key comes first (the keychain answers asynchronously): nothing is synced, so
    // nothing written, before the contact fields can be sealed with it. Without a keychain they
    // are sealed with a key of this session only (CacheCipher), never stored in clear.
    const quint64 unlock = ++m_unlocks;
    cachekeys::unlock(*m_tokens, QUrl(server), user.email, CacheCipher::forFile(m_cache->filePath()), this,
                      [this, unlock](cachekeys::Outcome, const QString &) {
                          if (unlock != m_unlocks)
                              return; // signed out, or signed in again, meanwhile
                          if (m_cache->isOpen())
                              m_cache->adoptKey();
                          m_store->reload();
                          m_sync->syncNow();
                      });
}

void ClientCore::stop()
{
    ++m_unlocks;
    m_sync->stop();
    m_checkout->abort();
    m_store->cancel();
}

} // namespace lm::client
