#pragma once

#include "connection.h"

#include <kinds.h>

#include <QObject>
#include <QThread>
#include <QUrl>

namespace lm::client {

class SyncEngine;

/// Runs a SyncEngine in its own thread and relays its signals to the UI thread, so network waits
/// and cache writes never block the window.
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
    void syncNow();
    void stop();

    Connection connection() const { return m_connection; }
    bool isSyncing() const { return m_syncing; }
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

private:
    QThread m_thread;
    SyncEngine *m_engine = nullptr;
    Connection m_connection = Connection::Unknown;
    bool m_syncing = false;
    int m_queued = 0;
    int m_failed = 0;
};

} // namespace lm::client
