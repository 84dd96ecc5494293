#pragma once

#include "connection.h"

#include <dto.h>
#include <kinds.h>

#include <QObject>
#include <QThread>
#include <QUrl>

namespace lm::client {

class SyncEngine;

/// Runs a SyncEngine in its own thread and relays its signals to the UI thread, so network waits
/// and cache writes never block the window. Push (the server's event stream) is on by default.
class SyncService final : public QObject
{
    Q_OBJECT

public:
    explicit SyncService(const QString &cacheFile, QObject *parent = nullptr);
    ~SyncService() override;
    Q_DISABLE_COPY_MOVE(SyncService)

    void configure(const QUrl &server, const QString &token, lm::Role role, bool allowInsecureHttp);
    void setIntervalSeconds(int seconds);
    void setRequestTimeoutMs(int ms);
    /// Tests make back-off short (see SyncEngine::setRetryPolicy).
    void setRetryPolicy(const QList<int> &retryDelaysMs, int offlineRetryMs);
    /// Off: the client polls only (every interval), as before push existed.
    void setPushEnabled(bool enabled);
    void syncNow();
    void stop();

    Connection connection() const { return m_connection; }
    bool isSyncing() const { return m_syncing; }
    /// The event stream is open: changes arrive as they happen.
    bool isLive() const { return m_live; }
    int intervalSeconds() const { return m_intervalSeconds; }
    int queuedCount() const { return m_queued; }
    int failedCount() const { return m_failed; }

Q_SIGNALS:
    void connectionChanged(lm::client::Connection connection);
    void syncingChanged(bool syncing);
    void progress(int done, int total, const QString &step);
    void syncFinished(bool ok, const QString &message);
    void cacheChanged();
    void outboxChanged(int queued, int failed);
    void actionFailed(qint64 outboxId, const QString &message);
    void authenticationRequired();
    void liveChanged(bool live);
    void leadsArrived(const QList<lm::dto::Lead> &leads);
    void accountChanged();
    void alertsChanged();

private:
    QThread m_thread;
    SyncEngine *m_engine = nullptr;
    Connection m_connection = Connection::Unknown;
    bool m_syncing = false;
    bool m_live = false;
    int m_intervalSeconds = 30;
    int m_queued = 0;
    int m_failed = 0;
};

} // namespace lm::client
