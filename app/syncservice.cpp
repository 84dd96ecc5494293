#include "syncservice.h"

#include "syncengine.h"

#include <QMetaObject>

namespace lm::client {

SyncService::SyncService(const QString &cacheFile, QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("sync"));
    m_engine = new SyncEngine(cacheFile);
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);

    connect(m_engine, &SyncEngine::connectionChanged, this, [this](Connection connection) {
        m_connection = connection;
        Q_EMIT connectionChanged(connection);
    });
    connect(m_engine, &SyncEngine::syncingChanged, this, [this](bool syncing) {
        m_syncing = syncing;
        Q_EMIT syncingChanged(syncing);
    });
    connect(m_engine, &SyncEngine::outboxChanged, this, [this](int queued, int failed) {
        m_queued = queued;
        m_failed = failed;
        Q_EMIT outboxChanged(queued, failed);
    });
    connect(m_engine, &SyncEngine::progress, this, &SyncService::progress);
    connect(m_engine, &SyncEngine::syncFinished, this, &SyncService::syncFinished);
    connect(m_engine, &SyncEngine::cacheChanged, this, &SyncService::cacheChanged);
    connect(m_engine, &SyncEngine::actionFailed, this, &SyncService::actionFailed);
    connect(m_engine, &SyncEngine::authenticationRequired, this, &SyncService::authenticationRequired);
    connect(m_engine, &SyncEngine::liveChanged, this, [this](bool live) {
        m_live = live;
        Q_EMIT liveChanged(live);
    });
    connect(m_engine, &SyncEngine::leadsArrived, this, &SyncService::leadsArrived);
    connect(m_engine, &SyncEngine::accountChanged, this, &SyncService::accountChanged);
    connect(m_engine, &SyncEngine::alertsChanged, this, &SyncService::alertsChanged);

    m_thread.start();
    QMetaObject::invokeMethod(m_engine, &SyncEngine::start, Qt::QueuedConnection);
    setPushEnabled(true);
}

SyncService::~SyncService()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SyncService::configure(const QUrl &server, const QString &token, lm::Role role, bool allowInsecureHttp)
{
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, server, token, role, allowInsecureHttp] {
        engine->configure(server, token, role, allowInsecureHttp);
    });
}

void SyncService::setIntervalSeconds(int seconds)
{
    m_intervalSeconds = std::max(1, seconds);
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, seconds] { engine->setIntervalSeconds(seconds); });
}

void SyncService::setRequestTimeoutMs(int ms)
{
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, ms] { engine->setRequestTimeoutMs(ms); });
}

void SyncService::setRetryPolicy(const QList<int> &retryDelaysMs, int offlineRetryMs)
{
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, retryDelaysMs, offlineRetryMs] {
        engine->setRetryPolicy(retryDelaysMs, offlineRetryMs);
    });
}

void SyncService::setPushEnabled(bool enabled)
{
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, enabled] { engine->setPushEnabled(enabled); });
}

void SyncService::syncNow()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::syncNow, Qt::QueuedConnection);
}

void SyncService::stop()
{
    QMetaObject::invokeMethod(m_engine, &SyncEngine::stop, Qt::QueuedConnection);
}

} // namespace lm::client
