#include "store.h"

#include "cache.h"

#include <QMetaObject>

#include <utility>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace lm::client {

struct Store::Snapshot
{
    Parts parts;
    QString problem;
    // Account
    std::optional<dto::Deposit> deposit;
    QList<dto::Campaign> campaigns;
    QList<dto::Transaction> transactions;
    QList<dto::Notification> notifications;
    Earnings earnings;
    qint64 lastSyncAt = 0;
    // Outbox
    QList<OutboxEntry> outbox;
    int queued = 0;
    int failed = 0;
    // Leads
    std::shared_ptr<LeadIndex> leads;
};

Store::Store(QString cacheFile, QObject *parent) : QObject(parent), m_cacheFile(std::move(cacheFile))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // one thread for the store's life: it keeps its connection
    m_pool.setObjectName(QStringLiteral("store"));
}

Store::~Store()
{
    ++m_generation;
    m_pool.start([this] { m_workerCache.reset(); }); // the connection closes in its own thread
    m_pool.waitForDone();
}

Cache *Store::workerCache(QString *problem)
{
    if (!m_workerCache) {
        auto cache = std::make_unique<Cache>(m_cacheFile);
        const auto opened = cache->open();
        if (!opened.ok()) {
            *problem = opened.errorMessage();
            return nullptr;
        }
        m_workerCache = std::move(cache);
    }
    return m_workerCache.get();
}

void Store::reload(Parts parts)
{
    if (m_running) {
        m_waiting |= int(parts);
        return;
    }
    start(parts);
}

void Store::cancel()
{
    ++m_generation;
    m_waiting = 0;
    m_leadsRead = false;
    m_deposit.reset();
    m_lastSyncAt = 0;
}

void Store::start(Parts parts)
{
    m_running = true;
    const quint64 generation = m_generation;
    m_pool.start([this, parts, generation] {
        const auto post = [this, generation](std::shared_ptr<Snapshot> snapshot) {
            // Delivered on the store's thread; dropped with the store if it is gone by then.
            QMetaObject::invokeMethod(
                this, [this, snapshot, generation] { deliver(*snapshot, generation); }, Qt::QueuedConnection);
        };
        if (generation == m_generation) { // not cancelled before it started
            QString problem;
            Cache *cache = workerCache(&problem);
            auto small = std::make_shared<Snapshot>();
            small->parts = parts & (Account | Outbox);
            small->problem = problem;
            if (cache && parts.testFlag(Account)) {
                small->deposit = cache->deposit();
                small->campaigns = cache->campaigns();
                small->transactions = cache->transactions();
                small->notifications = cache->notifications();
                small->earnings.stats = cache->influencerStats(&small->earnings.statsFetchedAt);
                small->earnings.bank = cache->bankDetails(&small->earnings.bankKnown);
                small->earnings.payouts = cache->payouts();
                small->lastSyncAt = cache->lastSyncAt();
            }
            if (cache && parts.testFlag(Outbox)) {
                small->outbox = cache->outbox().entries();
                small->queued = cache->outbox().count(OutboxEntry::Status::Queued);
                small->failed = cache->outbox().count(OutboxEntry::Status::Failed);
            }
            if (small->parts || !problem.isEmpty())
                post(small);
            if (cache && parts.testFlag(Leads)) {
                auto leads = std::make_shared<Snapshot>();
                leads->parts = Leads;
                leads->leads = std::make_shared<LeadIndex>(LeadIndex::build(cache->leads()));
#ifdef __GLIBC__
                // This thread's malloc arena is left with the reading's freed buffers in between the
                // leads' strings: hand those pages back (DESIGN.md: < 150 MB with 100,000 leads).
                malloc_trim(0);
#endif
                post(leads);
            }
        }
        QMetaObject::invokeMethod(this, [this, generation] { readEnded(generation); }, Qt::QueuedConnection);
    });
}

void Store::deliver(const Snapshot &snapshot, quint64 generation)
{
    if (generation != m_generation)
        return;
    if (!snapshot.problem.isEmpty()) {
        Q_EMIT loadFailed(snapshot.problem);
        return;
    }
    if (snapshot.parts.testFlag(Account)) {
        m_deposit = snapshot.deposit;
        m_lastSyncAt = snapshot.lastSyncAt;
        Q_EMIT campaignsChanged(snapshot.campaigns);
        Q_EMIT depositChanged(snapshot.deposit);
        Q_EMIT transactionsChanged(snapshot.transactions);
        Q_EMIT notificationsChanged(snapshot.notifications);
        Q_EMIT earningsChanged(snapshot.earnings);
    }
    if (snapshot.parts.testFlag(Outbox))
        Q_EMIT outboxChanged(snapshot.outbox, snapshot.queued, snapshot.failed);
    if (snapshot.parts.testFlag(Leads)) {
        m_leadsRead = true;
        Q_EMIT leadsLoaded(snapshot.leads);
    }
}

void Store::readEnded(quint64 generation)
{
    m_running = false;
    if (m_waiting != 0) {
        start(Parts(std::exchange(m_waiting, 0)));
        return;
    }
    if (generation == m_generation)
        Q_EMIT idle(std::exchange(m_leadsRead, false));
}

void Store::applyLeads(const QList<dto::Lead> &leads)
{
    Q_EMIT leadsUpdated(leads);
}

void Store::adjustDeposit(qint64 balanceDeltaCents, qint64 reservedDeltaCents)
{
    if (!m_deposit)
        return; // not read yet: the next read brings it
    m_deposit->currentBalanceCents += balanceDeltaCents;
    m_deposit->reservedCents += reservedDeltaCents;
    Q_EMIT depositChanged(m_deposit);
}

} // namespace lm::client
