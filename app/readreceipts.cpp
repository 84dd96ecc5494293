#include "readreceipts.h"

#include "apiclient.h"
#include "cache.h"
#include "logging.h"

using namespace Qt::StringLiterals;

namespace lm::client {

ReadReceipts::ReadReceipts(ApiClient &api, Cache &cache, QObject *parent) : QObject(parent), m_api(api), m_cache(cache)
{
}

void ReadReceipts::send()
{
    if (!m_cache.isOpen() || m_api.token().isEmpty())
        return;
    for (const PendingRead &read : m_cache.pendingReads()) {
        if (m_inFlight.contains(read.notificationId))
            continue;
        m_inFlight.insert(read.notificationId);
        const QString id = read.notificationId;
        m_api.markNotificationRead(id, read.idempotencyKey, this, [this, id](const Result<Done> &result) {
            m_inFlight.remove(id);
            if (!result.ok()) {
                const ApiError &error = result.error();
                // No answer, or not now: kept for the next sync. Anything else (404: the
                // notification is gone there) will never be taken: the server's state stands.
                if (error.isTransient() || error.isAuthenticationExpired() || error.code() == "rate_limited"_L1
                    || error.kind() == ApiError::Kind::InsecureUrl) {
                    logger("app.sync")->debug("notification read not sent yet: {}", error.logText().toStdString());
                    return;
                }
                logger("app.sync")->info("notification read refused: {}", error.logText().toStdString());
            }
            m_cache.readDelivered(id);
            Q_EMIT delivered(id);
        });
    }
}

} // namespace lm::client
