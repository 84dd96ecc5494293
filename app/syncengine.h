#pragma once

#include "apiclient.h"
#include "connection.h"

#include <kinds.h>

#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace lm::client {

class Cache;
class EventStream;
struct StreamEvent;

/// Brings the cache up to date with the server: first replays the outbox (each mutation with the
/// idempotency key stored when it was queued), then pulls deltas (`updated_since` + cursors) of the
/// lists the user's role sees. Runs periodically and on demand, in whatever thread it lives in
/// (SyncService gives it its own); it owns its cache connection and its ApiClient.
///
/// With push enabled it also keeps the server's event stream open (EventStream): each event is
/// applied to the cache at once (EventApplier) and announced (leadsArrived, accountChanged, …);
/// every (re)connection is followed by a catch-up sync, and while the stream is live the periodic
/// sync relaxes to a slow safety net (LiveIntervalMs); when it is down, the interval applies.
class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    using Connection = lm::client::Connection;

    explicit SyncEngine(QString cacheFile, QObject *parent = nullptr);
    ~SyncEngine() override;
    Q_DISABLE_COPY_MOVE(SyncEngine)

    /// The periodic sync while the event stream is live (unless the interval is longer).
    static constexpr int LiveIntervalMs = 5 * 60 * 1000;
    /// A delta sync after an event that implies more than it carries (a ledger row), coalesced.
    static constexpr int FollowUpDelayMs = 2000;

    bool isSyncing() const { return m_running; }
    bool isLive() const;

public Q_SLOTS:
    /// Opens the cache connection in the engine's thread; call once before anything else.
    void start();
    /// Server, token and role of the signed-in user; an empty token pauses syncing.
    void configure(const QUrl &server, const QString &token, lm::Role role, bool allowInsecureHttp);
    void setIntervalSeconds(int seconds);
    /// Tests make back-off short: delays of the ApiClient's retries and the retry while offline.
    /// The event stream's reconnection waits too, none longer than `offlineRetryMs`.
    void setRetryPolicy(const QList<int> &retryDelaysMs, int offlineRetryMs);
    void setRequestTimeoutMs(int ms);
    /// Keep the event stream open while configured (off by default: pull only).
    void setPushEnabled(bool enabled);
    void syncNow();
    void stop();

Q_SIGNALS:
    void connectionChanged(lm::client::Connection connection);
    void syncingChanged(bool syncing);
    /// step `done` of `total`, named for the status bar.
    void progress(int done, int total, const QString &step);
    void syncFinished(bool ok, const QString &message);
    /// Cached data changed: readers reload.
    void cacheChanged();
    void outboxChanged(int queued, int failed);
    /// A queued action was refused by the server; `message` says why, for the user.
    void actionFailed(qint64 outboxId, const QString &message);
    void authenticationRequired();
    /// The event stream is open and answering (true) or down: polling only (false).
    void liveChanged(bool live);
    /// Pushed leads, as the cache holds them now: shown at once.
    void leadsArrived(const QList<lm::dto::Lead> &leads);
    /// A pushed deposit, campaign, notification or payout is in the cache: the small lists again.
    void accountChanged();
    /// Admins: the alerts board changed.
    void alertsChanged();

private:
    struct Step
    {
        QString label;
        std::function<void()> run;
    };

    void runStep();
    void stepDone();
    void fail(const ApiError &error);
    void finish(bool ok, const QString &message);
    void setConnection(Connection connection);
    void reportOutbox();
    /// The session's token was refused (by a request or by the event stream): stop everything.
    void authenticationLost(const QString &message);
    int nextIntervalMs() const;
    void startStream();
    void streamLiveChanged(bool live);
    void applyEvent(const lm::client::StreamEvent &event);

    void flushOutbox();
    void pullDeposit();
    /// One object route: `fetch` asks for it; `store` keeps it and says whether anything changed.
    template <typename T>
    void pullObject(std::function<void(QObject *, Callback<T>)> fetch, std::function<bool(const T &)> store);
    template <typename T>
    using Fetch = std::function<void(const ListQuery &, QObject *, Callback<Page<T>>)>;
    template <typename T>
    void pullList(const QString &name, Fetch<T> fetch, std::function<void(const QList<T> &)> store);

    QString m_cacheFile;
    std::unique_ptr<Cache> m_cache;
    ApiClient *m_api = nullptr;
    QTimer m_timer; ///< a child, so it moves with the engine to the sync thread
    QTimer m_followUp;
    EventStream *m_stream = nullptr;
    bool m_pushEnabled = false;
    Role m_role = Role::Admin;
    bool m_configured = false;
    bool m_running = false;
    bool m_again = false;
    int m_intervalMs = 30000;
    int m_offlineRetryMs = 10000;
    Connection m_connection = Connection::Unknown;
    QList<Step> m_steps;
    int m_stepIndex = 0;
    quint64 m_generation = 0; ///< bumped by configure/stop: answers of an older run are ignored
};

} // namespace lm::client
