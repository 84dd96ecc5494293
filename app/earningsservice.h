#pragma once

#include "result.h"
#include "retrykeys.h"

#include <dto.h>

#include <QObject>
#include <QString>

namespace lm::client {

class ApiClient;
class Cache;

/// What an influencer does with their earnings, online (the server decides, at once): give bank
/// details and ask for a payout. An answer is kept in the cache (so it shows offline too) and
/// announced with changed(); a refusal comes back as the callback's error, with its fields.
class EarningsService final : public QObject
{
    Q_OBJECT

public:
    EarningsService(ApiClient &api, Cache &cache, QObject *parent = nullptr);

    void saveBankDetails(const QString &holderName, const QString &rib, QObject *context,
                         Callback<dto::BankDetails> done);
    /// A retry of the same amount after no answer (network, timeout) reuses the first attempt's
    /// idempotency key: the server applies it once.
    void requestPayout(qint64 amountCents, QObject *context, Callback<dto::Payout> done);

Q_SIGNALS:
    /// The cached bank details or payouts changed; the figures are worth fetching again.
    void changed();

private:
    ApiClient &m_api;
    Cache &m_cache;
    RetryKeys m_retryKeys;
};

} // namespace lm::client
