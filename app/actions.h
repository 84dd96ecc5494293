#pragma once

#include "result.h"

#include <dto.h>

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace lm::client {

class Cache;
struct LocalAction;

/// What the user does to the server's data, queued here first: each action is checked with core's
/// rules, stored with its idempotency key and its local effect (the lead's new state, the cached
/// deposit) in one cache transaction, shown at once (leadsChanged, depositAdjusted), and a sync is
/// asked for (queued). The SyncEngine sends it; a refusal comes back through the outbox.
class Actions final : public QObject
{
    Q_OBJECT

public:
    explicit Actions(Cache &cache, QObject *parent = nullptr);

    /// Decisions on several leads: the ones queued, and how many could no longer be decided.
    struct Decided
    {
        QList<dto::Lead> done;
        int refused = 0;
    };
    Decided validate(const QStringList &leadIds, int qualityScore, const QString &feedback);
    Decided reject(const QStringList &leadIds, const QString &reason);
    /// `body` is API.md's create-lead body; the local preview of the lead (core's commission rule).
    Result<dto::Lead> createLead(const QJsonObject &body);
    /// A refused new lead, corrected: queued afresh (new idempotency key) and the refused entry
    /// gone, in one cache transaction.
    Result<dto::Lead> resubmitLead(qint64 refusedOutboxId, const QJsonObject &body);
    /// Forgets a refused action (only a failed one).
    void dismiss(qint64 outboxId);
    /// Cancels a queued action the replay has not taken yet: the entry goes and its local effect
    /// is undone (the lead as it was, the deposit's figures) in one cache transaction, shown at once.
    /// Refused (with the reason, for the user) once it is being sent or no longer queued.
    Result<> cancel(qint64 outboxId);
    /// Marks these notifications read here at once; each PUT waits in the cache with its
    /// idempotency key until the server has it (readsQueued: time to send). How many changed.
    int markNotificationsRead(const QStringList &notificationIds);

Q_SIGNALS:
    void leadsChanged(const QList<lm::dto::Lead> &leads);
    /// What the queued actions did to the cached deposit (the same deltas the cache applied).
    void depositAdjusted(qint64 balanceDeltaCents, qint64 reservedDeltaCents);
    void outboxChanged();
    /// Something waits in the outbox: time to send it.
    void queued();
    /// Leads created here are gone from the cache (their new-lead action was cancelled).
    void leadsRemoved(const QStringList &leadIds);
    /// Notifications were marked read in the cache.
    void notificationsChanged();
    /// Reads wait to be sent (see ReadReceipts).
    void readsQueued();

private:
    Decided decide(const QStringList &leadIds, LeadStatus to,
                   const std::function<void(LocalAction &)> &describe);
    void afterQueued(const QList<dto::Lead> &leads);
    Result<dto::Lead> queueLead(const QJsonObject &body, std::optional<qint64> replacing);

    Cache &m_cache;
};

} // namespace lm::client
