#pragma once

#include "leadindex.h"
#include "outboxstore.h"

#include <dto.h>

#include <QList>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>

namespace lm::client {

class Cache;

/// What an influencer earned and asked for, as the cache holds it (empty for other roles).
struct Earnings
{
    std::optional<dto::InfluencerStats> stats;
    qint64 statsFetchedAt = 0; ///< 0: never fetched
    std::optional<dto::BankDetails> bank;
    bool bankKnown = false; ///< false: not fetched yet (as opposed to: none given)
    QList<dto::Payout> payouts; ///< newest first
};

/// What the UI shows, read from the cache off the UI thread: a worker with its own cache
/// connection reads what was asked for and hands it over; the models are fed from the signals.
/// Local changes (an action queued here) come through apply…() and are shown at once, without a read.
///
/// One read at a time: a reload asked for while another runs waits for it (the running one's
/// result is shown meanwhile: it is only a moment older), and further requests merge into that
/// waiting one. So a burst of reloads costs at most two reads, and the last state wins. The small
/// lists arrive first, the leads (100,000 of them in about a quarter of a second) after them.
class Store final : public QObject
{
    Q_OBJECT

public:
    enum Part { Leads = 0x1, Outbox = 0x2, Account = 0x4, Everything = Leads | Outbox | Account };
    Q_DECLARE_FLAGS(Parts, Part)

    explicit Store(QString cacheFile, QObject *parent = nullptr);
    /// Waits for a running read (its result is dropped).
    ~Store() override;
    Q_DISABLE_COPY_MOVE(Store)

    QString cacheFile() const { return m_cacheFile; }
    /// Account: the deposit, campaigns, transactions, notifications, earnings and sync time.
    void reload(lm::client::Store::Parts parts = Everything);
    /// Sign-out: drops the reads in flight and the waiting request.
    void cancel();
    /// A read runs or waits: more signals are coming.
    bool isLoading() const { return m_running || m_waiting != 0; }

    /// The last values delivered.
    std::optional<dto::Deposit> deposit() const { return m_deposit; }
    qint64 lastSyncAt() const { return m_lastSyncAt; }

public Q_SLOTS:
    /// Leads changed here (a decision, a new lead): their rows change at once.
    void applyLeads(const QList<lm::dto::Lead> &leads);
    /// The deposit changed here by these deltas (a decision queued): shown without a read.
    void adjustDeposit(qint64 balanceDeltaCents, qint64 reservedDeltaCents);

Q_SIGNALS:
    void campaignsChanged(const QList<lm::dto::Campaign> &campaigns);
    void depositChanged(const std::optional<lm::dto::Deposit> &deposit);
    void transactionsChanged(const QList<lm::dto::Transaction> &transactions);
    void notificationsChanged(const QList<lm::dto::Notification> &notifications);
    void earningsChanged(const lm::client::Earnings &earnings);
    void outboxChanged(const QList<lm::client::OutboxEntry> &entries, int queued, int failed);
    /// Every cached lead, prepared for the leads model (which takes the rows).
    void leadsLoaded(const std::shared_ptr<lm::client::LeadIndex> &leads);
    /// A few leads changed here (see applyLeads).
    void leadsUpdated(const QList<lm::dto::Lead> &leads);
    void loadFailed(const QString &problem);
    /// The last requested read has been delivered (isLoading() is false now); `leadsRead`: the
    /// leads were among what was read since the previous idle().
    void idle(bool leadsRead);

private:
    struct Snapshot;
    void start(Parts parts);
    void deliver(const Snapshot &snapshot, quint64 generation);
    void readEnded(quint64 generation);
    /// In the worker thread: its own connection, opened at the first read.
    Cache *workerCache(QString *problem);

    QString m_cacheFile;
    QThreadPool m_pool;
    std::unique_ptr<Cache> m_workerCache; ///< used only in the pool's thread
    std::atomic<quint64> m_generation{0};
    bool m_running = false;
    int m_waiting = 0; ///< the parts of the waiting request
    bool m_leadsRead = false;
    std::optional<dto::Deposit> m_deposit;
    qint64 m_lastSyncAt = 0;
};

} // namespace lm::client

Q_DECLARE_OPERATORS_FOR_FLAGS(lm::client::Store::Parts)
