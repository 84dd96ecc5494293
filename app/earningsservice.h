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
    /// Disputes the rejection of `leadId` with `note` (within 7 days of it); the answered lead,
    /// with its open dispute, replaces the cached one.
    void disputeLead(const QString &leadId, const QString &note, QObject *context, Callback<dto::Lead> done);

    /// Whether `lead` may still be disputed at `nowMs`: rejected, never disputed, within the window.
    static bool canDispute(const dto::Lead &lead, qint64 nowMs);

Q_SIGNALS:
    /// The cached bank details or payouts changed; the figures are worth fetching again.
    void changed();
    /// The server answered a lead (a dispute opened): the cache holds it, the tables may show it.
    void leadChanged(const dto::Lead &lead);

private:
    ApiClient &m_api;
    Cache &m_cache;
    RetryKeys m_retryKeys;
};

} // namespace lm::client
