#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>

namespace lm::client {

/// Idempotency keys for mutations sent at once (not through the outbox): a request retried after
/// no answer (network, timeout, 5xx) goes out under its first attempt's key, so the server applies
/// it at most once; once answered (accepted or refused), the same request again is a new one.
class RetryKeys final
{
public:
    /// The key for `request` (any bytes naming it: method, path, body).
    QString keyFor(const QByteArray &request, const std::function<QString()> &newKey)
    {
        QString &key = m_pending[request];
        if (key.isEmpty())
            key = newKey();
        return key;
    }
    /// `request` got `error` (none: accepted).
    void answered(const QByteArray &request, const ApiError &error)
    {
        if (!error.isTransient())
            m_pending.remove(request);
    }

private:
    QHash<QByteArray, QString> m_pending;
};

} // namespace lm::client
