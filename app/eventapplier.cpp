#include "eventapplier.h"

#include "cache.h"
#include "logging.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace lm::client {

namespace {

/// A pushed object as its DTO, or nothing (logged) when it does not read.
template <typename T>
std::optional<T> readPushed(const QJsonObject &json, const char *what)
{
    auto value = T::fromJson(json);
    if (!value)
        logger("app.push")->warn("a pushed {} could not be read: ignored", what);
    return value;
}

} // namespace

EventEffect EventApplier::apply(const StreamEvent &event)
{
    EventEffect effect;
    const QJsonObject data = event.data.toObject();
    if (event.type == "lead.created"_L1 || event.type == "lead.updated"_L1)
        applyLead(data, effect);
    else if (event.type == "deposit.changed"_L1)
        applyDeposit(data, effect);
    else if (event.type == "campaign.updated"_L1)
        applyCampaign(data, effect);
    else if (event.type == "notification.created"_L1)
        applyNotification(data, effect);
    else if (event.type == "payout.updated"_L1)
        applyPayout(data, effect);
    else if (event.type == "payment.updated"_L1)
        // A paid payment adds a ledger row (its deposit change comes as an event of its own).
        effect.followUp = data.value("status"_L1).toString() == "paid"_L1;
    else if (event.type == "alert.changed"_L1)
        effect.alerts = true;
    else
        logger("app.push")->debug("event {} of unknown type {} ignored", event.id.toStdString(), event.type.toStdString());
    return effect;
}

void EventApplier::applyLead(const QJsonObject &json, EventEffect &effect)
{
    const auto lead = readPushed<dto::Lead>(json, "lead");
    if (!lead)
        return;
    if (const auto cached = m_cache.lead(lead->id); cached && cached->updatedAt > lead->updatedAt)
        return;
    m_cache.upsertLeads({*lead}); // a lead with a queued action keeps its local state
    if (auto stored = m_cache.lead(lead->id))
        effect.leads.append(std::move(*stored));
    // A new or decided lead adds a ledger row for its merchant and moves its influencer's figures.
    effect.followUp = m_role != Role::Admin;
}

void EventApplier::applyDeposit(const QJsonObject &json, EventEffect &effect)
{
    const auto deposit = readPushed<dto::Deposit>(json, "deposit");
    if (!deposit)
        return;
    effect.followUp = true; // the ledger rows behind the change
    // While actions are still queued the cached deposit carries their effect (as in a sync).
    if (m_cache.outbox().count(OutboxEntry::Status::Queued) > 0)
        return;
    const auto cached = m_cache.deposit();
    if (cached && (cached->updatedAt > deposit->updatedAt || *cached == *deposit))
        return;
    m_cache.setDeposit(*deposit);
    effect.account = true;
}

void EventApplier::applyCampaign(const QJsonObject &json, EventEffect &effect)
{
    const auto campaign = readPushed<dto::Campaign>(json, "campaign");
    if (!campaign)
        return;
    if (const auto cached = m_cache.campaign(campaign->id);
        cached && (cached->updatedAt > campaign->updatedAt || *cached == *campaign))
        return;
    m_cache.upsertCampaigns({*campaign});
    effect.account = true;
}

void EventApplier::applyNotification(const QJsonObject &json, EventEffect &effect)
{
    const auto notification = readPushed<dto::Notification>(json, "notification");
    if (!notification)
        return;
    m_cache.upsertNotifications({*notification});
    effect.account = true;
}

void EventApplier::applyPayout(const QJsonObject &json, EventEffect &effect)
{
    if (m_role != Role::Influencer)
        return; // the admin's payout list is read online when its page opens, not cached
    const auto payout = readPushed<dto::Payout>(json, "payout");
    if (!payout)
        return;
    m_cache.upsertPayouts({*payout});
    effect.account = true;
    effect.followUp = true; // the figures (paid, requested, available) follow from it
}

} // namespace lm::client
