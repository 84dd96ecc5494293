#pragma once

#include "cachedatabase.h"
#include "outboxstore.h"
#include "result.h"

#include <dto.h>

#include <QList>
#include <QString>

#include <optional>

namespace lm::client {

/// An action taken here, with the local effect it has until the server answers.
struct LocalAction
{
    OutboxEntry entry;                ///< what is sent, with its idempotency key
    std::optional<dto::Lead> previous; ///< the lead as it was (none: a lead created here)
    dto::Lead lead;                    ///< the lead as the action leaves it
    qint64 balanceDeltaCents = 0;      ///< on the cached deposit
    qint64 reservedDeltaCents = 0;
};

/// What Cache::adoptKey found and did.
struct KeyAdoption
{
    bool ok = true;             ///< false: an SQL error rolled it all back
    bool otherKey = false;      ///< sealed values under another key were dropped (the next sync refills them)
    int sealedLeads = 0;        ///< leads an earlier version had stored with their contact fields in clear
    int sealedActions = 0;      ///< queued actions' values sealed for the same reason
    int sealedListItems = 0;    ///< transactions and notifications (they name clients) sealed too
    int unreadableActions = 0;  ///< queued new leads sealed under another key, now failed (kept key only)
};

/// A notification read here, kept until the server has taken its `PUT …/read` (with this key).
struct PendingRead
{
    QString notificationId;
    QString idempotencyKey;
    qint64 readAt = 0;
};

/// A queued action cancelled before it was sent, and the lead as it is again (none: a lead
/// created here, gone with it).
struct CancelledAction
{
    OutboxEntry entry;
    std::optional<dto::Lead> lead;
};

/// The offline copy of what the server holds for one profile: an SQLite file readable by the user
/// alone (CacheDatabase), each lead in its packed form (leadcodec), the queued actions (OutboxStore).
/// One instance per thread (each has its own connection): the Store reads it, the Actions service
/// queues into it, the SyncEngine writes it. The server stays the authority: nothing here decides
/// money.
class Cache final
{
public:
    explicit Cache(QString filePath);
    Q_DISABLE_COPY_MOVE(Cache)

    Result<> open() { return m_db.open(); }
    bool isOpen() const { return m_db.isOpen(); }
    QString filePath() const { return m_db.filePath(); }

    /// The cipher has its key for this session (CacheCipher, from the keychain or session-only):
    /// in one transaction, seals the contact fields an earlier version stored in clear, and the
    /// transactions and notifications (their texts name clients), every other value kept; drops
    /// the sealed values that do not open under it and has the next sync fetch those lists again.
    /// With a key kept in the keychain the cache remembers it (a check value), so a later run
    /// finds whether its values are its own; with a session-only key, the lists are fetched again
    /// at each run. Also rewrites the file once sealed, so no contact is left in a free page.
    KeyAdoption adoptKey();

    // Who the cached data belongs to.
    std::optional<dto::User> user() const;
    QString serverUrl() const;
    /// Records the signed-in user; when it differs from the cached one (other user or server),
    /// everything cached and queued is dropped first, so one account never sees another's data.
    void setUser(const dto::User &account, const QString &server);
    void clearAll();

    // Server data.
    /// Every cached lead, most recently changed first (decoded straight from SQLite's rows).
    QList<dto::Lead> leads() const;
    std::optional<dto::Lead> lead(const QString &id) const;
    /// Leads with a queued mutation keep their local state (the outbox result will replace them).
    void upsertLeads(const QList<dto::Lead> &leads);
    QList<dto::Campaign> campaigns() const;
    std::optional<dto::Campaign> campaign(const QString &id) const;
    void upsertCampaigns(const QList<dto::Campaign> &campaigns);
    std::optional<dto::Deposit> deposit() const;
    void setDeposit(const dto::Deposit &deposit);
    QList<dto::Transaction> transactions() const; ///< newest first
    void upsertTransactions(const QList<dto::Transaction> &transactions);
    QList<dto::Notification> notifications() const; ///< newest first
    /// The server's read state wins, except for a notification read here whose PUT is still pending.
    void upsertNotifications(const QList<dto::Notification> &notifications);
    /// Marks the unread ones of `reads` read at once and keeps each PUT to send, in one
    /// transaction; the notifications it changed.
    QList<dto::Notification> markNotificationsRead(const QList<PendingRead> &reads);
    QList<PendingRead> pendingReads() const;
    /// The server took the read (or the notification is gone there): nothing more to send.
    void readDelivered(const QString &notificationId);

    // The influencer's figures, bank details and payouts.
    /// The stats as last fetched, and when (ms since the epoch; 0 with none).
    std::optional<dto::InfluencerStats> influencerStats(qint64 *fetchedAt = nullptr) const;
    void setInfluencerStats(const dto::InfluencerStats &stats, qint64 fetchedAt);
    /// The bank details on file (none: none given yet, or not fetched: see `known`).
    std::optional<dto::BankDetails> bankDetails(bool *known = nullptr) const;
    void setBankDetails(const std::optional<dto::BankDetails> &bank, qint64 fetchedAt);
    QList<dto::Payout> payouts() const; ///< newest first
    void upsertPayouts(const QList<dto::Payout> &payouts);

    // Sync bookkeeping (cursors, last server_time per list).
    QString syncState(const QString &key) const;
    void setSyncState(const QString &key, const QString &value);
    qint64 lastSyncAt() const;

    // The outbox.
    const OutboxStore &outbox() const { return m_outbox; }
    OutboxStore &outbox() { return m_outbox; }
    /// Stores the action and its local effect in one transaction; refused when the lead changed
    /// meanwhile (its stored status is no longer the previous one). The outbox entry's id.
    Result<qint64> queue(const LocalAction &action);
    /// The server accepted it: the entry goes, the server's lead replaces the local one.
    void completeOutbox(qint64 outboxId, const dto::Lead &serverLead);
    /// The server refused it: kept as failed with the reason; the lead goes back to the server's
    /// state (`serverLead`) or, without it, to what it was before (a local new lead is removed).
    void failOutbox(qint64 outboxId, const QString &code, const QString &message,
                    const QMap<QString, QString> &fields, const std::optional<dto::Lead> &serverLead);
    /// Removes a queued action not yet being sent and undoes its local effect (the lead as it was,
    /// the deposit's deltas reversed) in one transaction: the same undo as a refusal's. Fails when
    /// the replay has taken it meanwhile (it is being sent) or it is no longer queued.
    Result<CancelledAction> cancelOutbox(qint64 outboxId);
    /// A refused new lead sent again as corrected (`action`: a fresh entry and key): queued, and the
    /// refused entry gone, in one transaction (so it is never both or neither).
    Result<qint64> resubmit(qint64 refusedOutboxId, const LocalAction &action);

private:
    template <class T>
    QList<T> readAll(const QString &sql) const;
    template <class T>
    std::optional<T> readOne(const QString &sql, const QVariantList &values = {}) const;
    /// queue() and resubmit() without the transaction.
    Result<qint64> store(const LocalAction &action);
    template <class T>
    std::optional<T> document(const QString &key, qint64 *fetchedAt, bool *known) const;
    void setDocument(const QString &key, const std::optional<QJsonObject> &json, qint64 fetchedAt);
    template <class T>
    void upsertJson(const QString &table, const QString &orderColumn, const QList<T> &items,
                    qint64 (*order)(const T &));
    bool writeLead(const dto::Lead &lead, bool local);
    /// Undoes what `entry` did here (within the caller's transaction): the lead goes back to the
    /// server's (`serverLead`) or, without it, to what it was before, a local new lead goes, and the
    /// deposit's deltas are reversed. The lead as it is now (none: removed).
    std::optional<dto::Lead> undoLocal(const OutboxEntry &entry, const std::optional<dto::Lead> &serverLead);

    CacheDatabase m_db;
    OutboxStore m_outbox{m_db};
};

} // namespace lm::client
