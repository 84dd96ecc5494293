#pragma once

#include "eventstream.h"

#include <dto.h>
#include <kinds.h>

#include <QList>

namespace lm::client {

class Cache;

/// What one pushed event changed, for those who show it.
struct EventEffect
{
    QList<dto::Lead> leads;  ///< as the cache holds them now (a queued action's local state wins)
    bool account = false;    ///< the deposit, campaigns, notifications or earnings: read them again
    bool followUp = false;   ///< what the event implies but does not carry (the ledger rows, the
                             ///< influencer's figures): worth a delta sync soon
    bool alerts = false;     ///< the admin's alerts board changed
};

/// Applies the events of `/api/events` to the cache as a sync would store the same objects:
/// one place that knows what each event type means. An object older than the cached one (a delta
/// sync wrote a later state meanwhile) is left alone.
class EventApplier final
{
public:
    EventApplier(Cache &cache, Role role) : m_cache(cache), m_role(role) {}

    EventEffect apply(const StreamEvent &event);

private:
    void applyLead(const QJsonObject &json, EventEffect &effect);
    void applyDeposit(const QJsonObject &json, EventEffect &effect);
    void applyCampaign(const QJsonObject &json, EventEffect &effect);
    void applyNotification(const QJsonObject &json, EventEffect &effect);
    void applyPayout(const QJsonObject &json, EventEffect &effect);

    Cache &m_cache;
    Role m_role;
};

} // namespace lm::client
