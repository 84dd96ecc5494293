#include "actions.h"

#include "apiclient.h"
#include "cache.h"

#include <leadpolicy.h>

#include <QDateTime>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace lm::client {

Actions::Actions(Cache &cache, QObject *parent) : QObject(parent), m_cache(cache)
{
}

Actions::Decided Actions::decide(const QStringList &leadIds, LeadStatus to,
                                 const std::function<void(LocalAction &)> &describe)
{
    Decided decided;
    qint64 balanceDelta = 0;
    qint64 reservedDelta = 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QString &id : leadIds) {
        const auto lead = m_cache.lead(id);
        if (!lead || !canTransition(lead->status, to)) {
            ++decided.refused;
            continue;
        }
        LocalAction action;
        action.entry.targetId = id;
        action.entry.idempotencyKey = ApiClient::newIdempotencyKey();
        action.previous = *lead;
        action.lead = *lead;
        action.lead.status = to;
        action.lead.decidedAt = now;
        action.lead.updatedAt = now;
        describe(action);
        if (m_cache.queue(action).ok()) {
            decided.done.append(action.lead);
            balanceDelta += action.balanceDeltaCents;
            reservedDelta += action.reservedDeltaCents;
        } else {
            ++decided.refused;
        }
    }
    if (balanceDelta != 0 || reservedDelta != 0)
        Q_EMIT depositAdjusted(balanceDelta, reservedDelta);
    afterQueued(decided.done);
    return decided;
}

Actions::Decided Actions::validate(const QStringList &leadIds, int qualityScore, const QString &feedback)
{
    return decide(leadIds, LeadStatus::Validated, [&](LocalAction &action) {
        action.entry.kind = OutboxEntry::Kind::ValidateLead;
        action.entry.body = QJsonObject{{u"quality_score"_s, qualityScore}};
        if (!feedback.isEmpty())
            action.entry.body.insert(u"feedback"_s, feedback);
        action.lead.qualityScore = qualityScore;
        action.lead.feedback = feedback;
        // The commission is paid: it leaves the balance and the reservation.
        action.balanceDeltaCents = -action.lead.commissionCents;
        action.reservedDeltaCents = -action.lead.commissionCents;
    });
}

Actions::Decided Actions::reject(const QStringList &leadIds, const QString &reason)
{
    return decide(leadIds, LeadStatus::Rejected, [&](LocalAction &action) {
        action.entry.kind = OutboxEntry::Kind::RejectLead;
        action.entry.body = QJsonObject{{u"reason"_s, reason}};
        action.lead.rejectionReason = reason;
        action.reservedDeltaCents = -action.lead.commissionCents; // the reservation is released
    });
}

Result<dto::Lead> Actions::createLead(const QJsonObject &body)
{
    return queueLead(body, std::nullopt);
}

Result<dto::Lead> Actions::resubmitLead(qint64 refusedOutboxId, const QJsonObject &body)
{
    return queueLead(body, refusedOutboxId);
}

Result<dto::Lead> Actions::queueLead(const QJsonObject &body, std::optional<qint64> replacing)
{
    const auto campaign = m_cache.campaign(body.value("campaign_id"_L1).toString());
    if (!campaign)
        return Result<dto::Lead>::failure(tr("This campaign is not known here yet. Synchronise, then try again."));
    const auto me = m_cache.user();

    // A local preview with core's rules; the server's answer replaces it.
    LocalAction action;
    dto::Lead &lead = action.lead;
    lead.id = u"local-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    lead.campaignId = campaign->id;
    lead.campaignName = campaign->name;
    lead.merchantId = campaign->merchantId;
    lead.influencerId = me ? me->id : QString();
    lead.influencerName = me ? me->displayName : QString();
    lead.clientName = body.value("client_name"_L1).toString();
    lead.clientEmail = body.value("client_email"_L1).toString();
    lead.clientPhone = body.value("client_phone"_L1).toString();
    lead.company = body.value("company"_L1).toString();
    lead.estimatedValueCents = body.value("estimated_value_cents"_L1).toInteger();
    const Commission commission = campaign->policy.compute(lead.estimatedValueCents);
    lead.commissionCents = commission.commissionCents;
    lead.commissionType = commission.type;
    lead.influencerShareCents = commission.influencerShareCents;
    lead.source = leadSourceFromString(body.value("source"_L1).toString()).value_or(LeadSource::Other);
    lead.notes = body.value("notes"_L1).toString();
    lead.createdAt = QDateTime::currentMSecsSinceEpoch();
    lead.expiresAt = leadpolicy::expiresAt(lead.createdAt);
    lead.updatedAt = lead.createdAt;

    action.entry.kind = OutboxEntry::Kind::CreateLead;
    action.entry.targetId = lead.id;
    action.entry.body = body;
    action.entry.idempotencyKey = ApiClient::newIdempotencyKey(); // a corrected lead is a new request
    const auto queued = replacing ? m_cache.resubmit(*replacing, action) : m_cache.queue(action);
    if (!queued.ok())
        return Result<dto::Lead>::failure(tr("This lead could not be kept for sending. Synchronise, then try again."));
    afterQueued({lead});
    return lead;
}

void Actions::dismiss(qint64 outboxId)
{
    m_cache.outbox().dismiss(outboxId);
    Q_EMIT outboxChanged();
}

Result<> Actions::cancel(qint64 outboxId)
{
    const auto cancelled = m_cache.cancelOutbox(outboxId);
    if (!cancelled.ok()) {
        const auto entry = m_cache.outbox().entry(outboxId);
        Q_EMIT outboxChanged(); // what is shown may be out of date: read it again
        if (entry && entry->status == OutboxEntry::Status::Queued && entry->sending)
            return Result<>::failure(tr("This action is being sent: it can no longer be cancelled."));
        return Result<>::failure(tr("This action is no longer waiting to be sent."));
    }
    const CancelledAction &undone = cancelled.value();
    if (undone.lead)
        Q_EMIT leadsChanged({*undone.lead});
    else if (undone.entry.kind == OutboxEntry::Kind::CreateLead)
        Q_EMIT leadsRemoved({undone.entry.targetId});
    if (undone.entry.balanceDeltaCents != 0 || undone.entry.reservedDeltaCents != 0)
        Q_EMIT depositAdjusted(-undone.entry.balanceDeltaCents, -undone.entry.reservedDeltaCents);
    Q_EMIT outboxChanged();
    return Done{};
}

int Actions::markNotificationsRead(const QStringList &notificationIds)
{
    QList<PendingRead> reads;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QString &id : notificationIds)
        reads.append({id, ApiClient::newIdempotencyKey(), now});
    const int changed = int(m_cache.markNotificationsRead(reads).size());
    if (changed > 0) {
        Q_EMIT notificationsChanged();
        Q_EMIT readsQueued();
    }
    return changed;
}

void Actions::afterQueued(const QList<dto::Lead> &leads)
{
    if (leads.isEmpty())
        return;
    Q_EMIT leadsChanged(leads);
    Q_EMIT outboxChanged();
    Q_EMIT queued();
}

} // namespace lm::client
