#include "syncengine.h"

#include "cache.h"
#include "eventapplier.h"
#include "eventstream.h"
#include "logging.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

// Where the id of the last event applied is kept: a restart resumes the stream after it.
const QString EventsAfterKey = u"events.after"_s;

} // namespace

SyncEngine::SyncEngine(QString cacheFile, QObject *parent)
    : QObject(parent), m_cacheFile(std::move(cacheFile)), m_timer(this), m_followUp(this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_followUp.setSingleShot(true);
    m_followUp.setInterval(FollowUpDelayMs);
    connect(&m_followUp, &QTimer::timeout, this, &SyncEngine::syncNow);
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::start()
{
    if (m_cache)
        return;
    m_cache = std::make_unique<Cache>(m_cacheFile);
    const auto opened = m_cache->open();
    if (!opened.ok())
        logger("app.sync")->error("{}", opened.errorMessage().toStdString());
    m_api = new ApiClient(this);
    connect(m_api, &ApiClient::reachabilityChanged, this, [this](bool reachable) {
        setConnection(reachable ? Connection::Online : Connection::Offline);
        if (reachable)
            m_stream->reconnectNow();
    });
    m_stream = new EventStream(this);
    connect(m_stream, &EventStream::liveChanged, this, &SyncEngine::streamLiveChanged);
    connect(m_stream, &EventStream::eventReceived, this, &SyncEngine::applyEvent);
    connect(m_stream, &EventStream::resyncRequested, this, [this] {
        if (!m_configured)
            return;
        m_cache->setSyncState(EventsAfterKey, m_stream->after());
        syncNow();
    });
    connect(m_stream, &EventStream::authenticationRejected, this, [this] {
        authenticationLost(ApiError::http(401, u"unauthenticated"_s, {}, {}).userMessage());
    });
    reportOutbox();
}

bool SyncEngine::isLive() const
{
    return m_stream && m_stream->isLive();
}

void SyncEngine::configure(const QUrl &server, const QString &token, lm::Role role, bool allowInsecureHttp)
{
    start();
    ++m_generation;
    if (m_running) {
        m_running = false;
        Q_EMIT syncingChanged(false);
    }
    m_api->setBaseUrl(server);
    m_api->setToken(token);
    m_api->setAllowInsecureHttp(allowInsecureHttp);
    m_role = role;
    m_configured = !token.isEmpty();
    m_stream->configure(server, token, allowInsecureHttp);
    if (!m_configured) {
        m_timer.stop();
        m_followUp.stop();
    }
    startStream();
}

void SyncEngine::setPushEnabled(bool enabled)
{
    start();
    m_pushEnabled = enabled;
    startStream();
}

void SyncEngine::startStream()
{
    if (!m_pushEnabled || !m_configured || !m_cache->isOpen()) {
        m_stream->stop();
        return;
    }
    m_stream->setAfter(m_cache->syncState(EventsAfterKey));
    m_stream->start();
}

void SyncEngine::setIntervalSeconds(int seconds)
{
    m_intervalMs = std::max(1, seconds) * 1000;
}

void SyncEngine::setRetryPolicy(const QList<int> &retryDelaysMs, int offlineRetryMs)
{
    start();
    m_api->setRetryDelaysMs(retryDelaysMs);
    m_offlineRetryMs = offlineRetryMs;
    QList<int> reconnect{1000, 2000, 5000, 10000, 30000};
    for (int &delay : reconnect)
        delay = std::min(delay, offlineRetryMs);
    m_stream->setReconnectDelaysMs(reconnect);
}

void SyncEngine::setRequestTimeoutMs(int ms)
{
    start();
    m_api->setTimeoutMs(ms);
}

void SyncEngine::stop()
{
    ++m_generation;
    m_timer.stop();
    m_followUp.stop();
    if (m_stream)
        m_stream->stop();
    m_configured = false;
    if (m_running) {
        m_running = false;
        Q_EMIT syncingChanged(false);
    }
}

void SyncEngine::syncNow()
{
    start();
    if (!m_configured || !m_cache->isOpen())
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    m_timer.stop();
    m_followUp.stop(); // this sync is the follow-up
    m_running = true;
    m_again = false;
    Q_EMIT syncingChanged(true);

    const bool merchant = m_role == Role::Merchant;
    const bool influencer = m_role == Role::Influencer;
    m_steps.clear();
    if (merchant || influencer)
        m_steps.append({tr("Sending queued actions"), [this] { flushOutbox(); }});
    if (merchant)
        m_steps.append({tr("Deposit"), [this] { pullDeposit(); }});
    m_steps.append({tr("Campaigns"), [this] {
                        pullList<dto::Campaign>(
                            u"campaigns"_s,
                            [this](const ListQuery &q, QObject *c, Callback<Page<dto::Campaign>> d) {
                                m_api->campaigns(q, c, std::move(d));
                            },
                            [this](const QList<dto::Campaign> &items) { m_cache->upsertCampaigns(items); });
                    }});
    m_steps.append({tr("Leads"), [this] {
                        pullList<dto::Lead>(
                            u"leads"_s,
                            [this](const ListQuery &q, QObject *c, Callback<Page<dto::Lead>> d) {
                                m_api->leads(q, c, std::move(d));
                            },
                            [this](const QList<dto::Lead> &items) { m_cache->upsertLeads(items); });
                    }});
    if (merchant) {
        m_steps.append({tr("Transactions"), [this] {
                            pullList<dto::Transaction>(
                                u"transactions"_s,
                                [this](const ListQuery &q, QObject *c, Callback<Page<dto::Transaction>> d) {
                                    m_api->transactions(q, c, std::move(d));
                                },
                                [this](const QList<dto::Transaction> &items) { m_cache->upsertTransactions(items); });
                        }});
    }
    if (influencer) {
        m_steps.append({tr("Performance"), [this] {
                            pullObject<dto::InfluencerStats>(
                                [this](QObject *c, Callback<dto::InfluencerStats> d) { m_api->influencerStats(c, std::move(d)); },
                                [this](const dto::InfluencerStats &stats) {
                                    // Stored at every sync: when they were fetched is shown with them.
                                    const bool changed = m_cache->influencerStats() != stats;
                                    m_cache->setInfluencerStats(stats, QDateTime::currentMSecsSinceEpoch());
                                    return changed;
                                });
                        }});
        m_steps.append({tr("Payouts"), [this] {
                            pullList<dto::Payout>(
                                u"payouts"_s,
                                [this](const ListQuery &q, QObject *c, Callback<Page<dto::Payout>> d) {
                                    m_api->payouts(q, c, std::move(d));
                                },
                                [this](const QList<dto::Payout> &items) { m_cache->upsertPayouts(items); });
                        }});
        m_steps.append({tr("Bank details"), [this] {
                            using Bank = std::optional<dto::BankDetails>;
                            pullObject<Bank>([this](QObject *c, Callback<Bank> d) { m_api->bankDetails(c, std::move(d)); },
                                             [this](const Bank &bank) {
                                                 bool known = false;
                                                 if (m_cache->bankDetails(&known) == bank && known)
                                                     return false;
                                                 m_cache->setBankDetails(bank, QDateTime::currentMSecsSinceEpoch());
                                                 return true;
                                             });
                        }});
    }
    m_steps.append({tr("Notifications"), [this] {
                        pullList<dto::Notification>(
                            u"notifications"_s,
                            [this](const ListQuery &q, QObject *c, Callback<Page<dto::Notification>> d) {
                                m_api->notifications(q, c, std::move(d));
                            },
                            [this](const QList<dto::Notification> &items) { m_cache->upsertNotifications(items); });
                    }});
    m_stepIndex = 0;
    runStep();
}

void SyncEngine::runStep()
{
    if (m_stepIndex >= m_steps.size()) {
        const bool first = m_cache->lastSyncAt() == 0;
        m_cache->setSyncState(u"last_sync_at"_s, QString::number(QDateTime::currentMSecsSinceEpoch()));
        // The first complete sync of a cache: readers learn that it is no longer being filled for
        // the first time (what arrives from now on, a pushed lead included, is news to announce).
        if (first)
            Q_EMIT cacheChanged();
        finish(true, {});
        return;
    }
    Q_EMIT progress(m_stepIndex, static_cast<int>(m_steps.size()), m_steps.at(m_stepIndex).label);
    m_steps.at(m_stepIndex).run();
}

void SyncEngine::stepDone()
{
    ++m_stepIndex;
    runStep();
}

void SyncEngine::fail(const ApiError &error)
{
    logger("app.sync")->info("sync stopped: {}", error.logText().toStdString());
    if (error.isAuthenticationExpired()) {
        authenticationLost(error.userMessage());
        return;
    }
    finish(false, error.userMessage());
}

void SyncEngine::authenticationLost(const QString &message)
{
    const bool wasConfigured = m_configured;
    m_configured = false;
    ++m_generation; // the answers still on their way belong to the refused token
    m_timer.stop();
    m_followUp.stop();
    m_stream->stop();
    if (m_running)
        finish(false, message);
    if (wasConfigured)
        Q_EMIT authenticationRequired();
}

void SyncEngine::finish(bool ok, const QString &message)
{
    m_running = false;
    Q_EMIT progress(static_cast<int>(m_steps.size()), static_cast<int>(m_steps.size()), QString());
    Q_EMIT syncingChanged(false);
    Q_EMIT syncFinished(ok, message);
    reportOutbox();
    if (!m_configured)
        return;
    if (ok)
        m_stream->reconnectNow(); // the server answers again: no need to wait for the stream's back-off
    if (m_again) {
        QTimer::singleShot(0, this, &SyncEngine::syncNow);
        return;
    }
    m_timer.start(nextIntervalMs());
}

int SyncEngine::nextIntervalMs() const
{
    if (m_connection == Connection::Offline)
        return std::min(m_offlineRetryMs, m_intervalMs);
    return isLive() ? std::max(m_intervalMs, LiveIntervalMs) : m_intervalMs;
}

void SyncEngine::setConnection(Connection connection)
{
    if (m_connection == connection)
        return;
    m_connection = connection;
    logger("app.sync")->info("server {}", connection == Connection::Online ? "reachable" : "unreachable");
    Q_EMIT connectionChanged(connection);
}

void SyncEngine::streamLiveChanged(bool live)
{
    Q_EMIT liveChanged(live);
    if (!m_configured)
        return;
    if (live) {
        setConnection(Connection::Online);
        // What happened while the stream was down: one catch-up sync (a running one is it).
        if (!m_running)
            syncNow();
        return;
    }
    // Back to polling: the next sync within the interval, not the live safety net's.
    if (!m_running && (!m_timer.isActive() || m_timer.remainingTime() > m_intervalMs))
        m_timer.start(m_intervalMs);
}

void SyncEngine::applyEvent(const StreamEvent &event)
{
    if (!m_configured || !m_cache->isOpen())
        return;
    const EventEffect effect = EventApplier(*m_cache, m_role).apply(event);
    if (!event.id.isEmpty())
        m_cache->setSyncState(EventsAfterKey, event.id);
    logger("app.push")->debug("event {} {} applied", event.id.toStdString(), event.type.toStdString());
    if (!effect.leads.isEmpty())
        Q_EMIT leadsArrived(effect.leads);
    if (effect.account)
        Q_EMIT accountChanged();
    if (effect.alerts)
        Q_EMIT alertsChanged();
    if (effect.followUp && !m_followUp.isActive())
        m_followUp.start(); // not restarted by later events: a steady flow still gets its sync
}

void SyncEngine::reportOutbox()
{
    if (m_cache && m_cache->isOpen())
        Q_EMIT outboxChanged(m_cache->outbox().count(OutboxEntry::Status::Queued), m_cache->outbox().count(OutboxEntry::Status::Failed));
}

void SyncEngine::flushOutbox()
{
    // An entry sealed under a key this session does not have (the keychain is missing for now)
    // waits, queued, for a run that has it.
    const QList<OutboxEntry> queued = m_cache->outbox().entries(OutboxEntry::Status::Queued);
    const auto next = std::find_if(queued.cbegin(), queued.cend(), [](const OutboxEntry &e) { return !e.unreadable; });
    if (next == queued.cend()) {
        stepDone();
        return;
    }
    const OutboxEntry entry = *next;
    const quint64 generation = m_generation;
    // Taken before it goes, so a cancellation (Actions::cancel) can no longer remove it. Not taken:
    // cancelled since it was read (then the next one), or the cache is busy (the next run sends it).
    if (!m_cache->outbox().claim(entry.id)) {
        if (m_cache->outbox().entry(entry.id))
            stepDone();
        else
            flushOutbox();
        return;
    }
    reportOutbox(); // the window shows it as being sent (no longer cancellable)
    auto done = [this, entry, generation](const Result<dto::Lead> &result) {
        if (generation != m_generation)
            return;
        if (result.ok()) {
            logger("app.sync")->info("queued {} {} applied by the server (lead {})",
                                     OutboxEntry::kindName(entry.kind).toStdString(), entry.id,
                                     result.value().id.toStdString());
            m_cache->completeOutbox(entry.id, result.value());
            Q_EMIT cacheChanged();
            reportOutbox();
            flushOutbox();
            return;
        }
        const ApiError &error = result.error();
        if (error.isTransient() || error.isAuthenticationExpired() || error.code() == "rate_limited"_L1
            || error.kind() == ApiError::Kind::InsecureUrl) {
            m_cache->outbox().release(entry.id); // no answer: waiting (and cancellable) again
            fail(error);
            return;
        }
        // Refused: keep it as failed with the server's reason and put the lead back as the server has it.
        const QString message = error.userMessage();
        logger("app.sync")->warn("queued {} {} refused: {}", OutboxEntry::kindName(entry.kind).toStdString(),
                                 entry.id, error.logText().toStdString());
        auto record = [this, entry, error, message](const std::optional<dto::Lead> &serverLead) {
            m_cache->failOutbox(entry.id, error.code(), message, error.fields(), serverLead);
            Q_EMIT cacheChanged();
            Q_EMIT actionFailed(entry.id, message);
            reportOutbox();
            flushOutbox();
        };
        if (entry.kind == OutboxEntry::Kind::CreateLead) {
            record(std::nullopt);
            return;
        }
        m_api->lead(entry.targetId, this, [this, record, generation](const Result<dto::Lead> &lead) {
            if (generation != m_generation)
                return;
            record(lead.ok() ? std::optional<dto::Lead>(lead.value()) : std::nullopt);
        });
    };
    switch (entry.kind) {
    case OutboxEntry::Kind::CreateLead:
        m_api->createLead(entry.body, entry.idempotencyKey, this, done);
        break;
    case OutboxEntry::Kind::ValidateLead:
        m_api->validateLead(entry.targetId, entry.body, entry.idempotencyKey, this, done);
        break;
    case OutboxEntry::Kind::RejectLead:
        m_api->rejectLead(entry.targetId, entry.body, entry.idempotencyKey, this, done);
        break;
    }
}

void SyncEngine::pullDeposit()
{
    // While actions are still queued, the cached deposit carries their effect: keep it.
    if (m_cache->outbox().count(OutboxEntry::Status::Queued) > 0) {
        stepDone();
        return;
    }
    const quint64 generation = m_generation;
    m_api->deposit(this, [this, generation](const Result<dto::Deposit> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok())
            return fail(result.error());
        if (m_cache->deposit() != result.value()) {
            m_cache->setDeposit(result.value());
            Q_EMIT cacheChanged();
        }
        stepDone();
    });
}

template <typename T>
void SyncEngine::pullObject(std::function<void(QObject *, Callback<T>)> fetch, std::function<bool(const T &)> store)
{
    const quint64 generation = m_generation;
    fetch(this, [this, store, generation](const Result<T> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok())
            return fail(result.error());
        if (store(result.value()))
            Q_EMIT cacheChanged();
        stepDone();
    });
}

template <typename T>
void SyncEngine::pullList(const QString &name, Fetch<T> fetch, std::function<void(const QList<T> &)> store)
{
    // State per list: `since` (server_time of the last complete pull), and while a pull is in
    // progress its `cursor` and `pending` (the server_time its first page answered), so a pull
    // interrupted by a crash or a network loss resumes where it stopped.
    const QString sinceKey = name + u".since"_s;
    const QString cursorKey = name + u".cursor"_s;
    const QString pendingKey = name + u".pending"_s;
    ListQuery query;
    query.limit = 500;
    const QString since = m_cache->syncState(sinceKey);
    if (!since.isEmpty())
        query.updatedSince = since.toLongLong();
    query.cursor = m_cache->syncState(cursorKey);
    const quint64 generation = m_generation;
    fetch(query, this,
          [this, name, fetch, store, query, sinceKey, cursorKey, pendingKey, generation](const Result<Page<T>> &result) {
              if (generation != m_generation)
                  return;
              if (!result.ok())
                  return fail(result.error());
              const Page<T> &page = result.value();
              if (!page.items.isEmpty()) {
                  store(page.items);
                  Q_EMIT cacheChanged();
              }
              if (query.cursor.isEmpty() && page.serverTime > 0)
                  m_cache->setSyncState(pendingKey, QString::number(page.serverTime));
              if (!page.nextCursor.isEmpty()) {
                  m_cache->setSyncState(cursorKey, page.nextCursor);
                  pullList<T>(name, fetch, store);
                  return;
              }
              const QString pending = m_cache->syncState(pendingKey);
              if (!pending.isEmpty())
                  m_cache->setSyncState(sinceKey, pending);
              m_cache->setSyncState(cursorKey, {});
              m_cache->setSyncState(pendingKey, {});
              logger("app.sync")->debug("{}: {} item(s) in the last page", name.toStdString(), page.items.size());
              stepDone();
          });
}

} // namespace lm::client
