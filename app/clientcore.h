#pragma once

#include "result.h"

#include <dto.h>

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace lm::client {

class AccountService;
class Actions;
class AdminService;
class Cache;
class CampaignService;
class CheckoutSession;
class EarningsService;
class ReadReceipts;
class Session;
class Settings;
class Store;
class SyncService;
class TokenStore;

/// The client's application services for one profile, without widgets: the cache (this thread's
/// connection), the Store that reads it for the UI, the Actions service that queues what the user
/// does, the session with its keychain, the SyncService in its own thread, the checkout and the
/// online services (earnings, the admin console). Wired together here: an action queued asks for
/// a sync; what a sync or an action changed reaches the Store, and from it the models.
class ClientCore final : public QObject
{
    Q_OBJECT

public:
    ClientCore(const QString &cacheFile, Settings &settings, QObject *parent = nullptr);
    ~ClientCore() override;
    Q_DISABLE_COPY_MOVE(ClientCore)

    /// Whether the cache could be opened (the client still runs without one, online only).
    const Result<> &cacheStatus() const { return m_cacheStatus; }

    Store &store() { return *m_store; }
    Actions &actions() { return *m_actions; }
    Session &session() { return *m_session; }
    SyncService &sync() { return *m_sync; }
    CheckoutSession &checkout() { return *m_checkout; }
    EarningsService &earnings() { return *m_earnings; }
    AdminService &admin() { return *m_admin; }
    CampaignService &campaigns() { return *m_campaigns; }
    ReadReceipts &readReceipts() { return *m_reads; }
    AccountService &accounts() { return *m_accounts; }

    /// Whose data the cache holds, and from which server.
    std::optional<dto::User> cachedUser() const;
    QString cachedServer() const;
    /// `user` signed in on `server`: the cache is theirs from now on (another account's data is
    /// dropped first) and the sync starts.
    void startFor(const dto::User &user, const QString &server, const QString &token, bool allowInsecureHttp);
    /// Signed out: syncing and reading stop, the payment window closes.
    void stop();

private:
    std::unique_ptr<Cache> m_cache;
    Result<> m_cacheStatus;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Actions> m_actions;
    std::unique_ptr<CheckoutSession> m_checkout;
    std::unique_ptr<EarningsService> m_earnings;
    std::unique_ptr<AdminService> m_admin;
    std::unique_ptr<CampaignService> m_campaigns;
    std::unique_ptr<ReadReceipts> m_reads;
    std::unique_ptr<AccountService> m_accounts;
    quint64 m_unlocks = 0; ///< the cache key's reads asked for (a late answer to an older one is ignored)
};

} // namespace lm::client
