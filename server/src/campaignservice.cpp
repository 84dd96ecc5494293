#include "campaignservice.h"

#include "apierror.h"
#include "eventlog.h"
#include "timeutil.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lm::server {

dto::Campaign CampaignService::create(const AuthUser &merchant, const QJsonObject &body)
{
    FieldReader r(body);
    dto::Campaign c;
    c.name = r.text(u"name"_s, limits::Name, true);
    c.description = r.text(u"description"_s, limits::LongText, false);
    const CommissionPolicy defaults;
    c.policy.rateBp = r.integer(u"commission_rate_bp"_s, 0, limits::BasisPointsMax, false).value_or(defaults.rateBp);
    c.policy.fixedCommissionCents =
        r.integer(u"fixed_commission_cents"_s, 0, limits::AmountMaxCents, false).value_or(defaults.fixedCommissionCents);
    c.policy.fixedThresholdCents =
        r.integer(u"fixed_threshold_cents"_s, 0, limits::AmountMaxCents, false).value_or(defaults.fixedThresholdCents);
    c.policy.influencerShareBp =
        r.integer(u"influencer_share_bp"_s, 0, limits::BasisPointsMax, false).value_or(defaults.influencerShareBp);
    r.check();

    const qint64 now = m_ctx.now();
    c.id = newId();
    c.merchantId = merchant.id;
    c.merchantName = merchant.displayName;
    c.status = CampaignStatus::Active;
    c.createdAt = c.updatedAt = now;
    WriteTransaction tx(m_ctx.db);
    // A campaign of a merchant whose deposit is blocked for depletion starts paused like the others.
    const bool depleted = m_deposits.isBlockedForDepletion(merchant.id);
    if (depleted) {
        c.status = CampaignStatus::Paused;
        c.pausedReason = toString(PausedReason::Depleted);
    }
    m_campaigns.insert(c);
    EventLog(m_ctx).campaignChanged(c.merchantId, c.id);
    tx.commit();
    return c;
}

QJsonObject CampaignService::list(const AuthUser &user, const PageRequest &page)
{
    CampaignRepository::Filter filter;
    if (user.isMerchant())
        filter.merchantId = user.id;
    // Contract v2: influencers see paused campaigns too, each saying whether it takes leads now;
    // that changes with the merchant's deposit, so a deposit change counts as a change of them.
    const bool influencer = user.isInfluencer();
    filter.depositChangesCount = influencer;
    const qint64 serverTime = m_ctx.now();
    auto rows = m_campaigns.page(filter, page.updatedSince, page.cursor, page.limit + 1);
    return pageOf(rows, page, serverTime, [influencer](dto::Campaign c) {
        if (!influencer)
            c.accepting.reset(); // merchants and admins keep v1's shape
        return std::pair{c.toJson(), c.id};
    });
}

std::optional<dto::Campaign> CampaignService::find(const QString &id)
{
    return m_campaigns.find(id);
}

dto::Campaign CampaignService::update(const AuthUser &user, const QString &id, const QJsonObject &body)
{
    FieldReader r(body);
    const bool hasName = r.has(u"name"_s);
    const QString name = r.text(u"name"_s, limits::Name, hasName);
    const bool hasDescription = r.has(u"description"_s);
    const QString description = r.text(u"description"_s, limits::LongText, false);
    const std::optional<CampaignStatus> status =
        campaignStatusFromString(r.choice(u"status"_s, wireNames(allCampaignStatuses()), false));
    // The commission terms, within the same limits as at creation; they apply to the leads created
    // from now on (a lead keeps the commission it reserved).
    const std::optional<qint64> rateBp = r.integer(u"commission_rate_bp"_s, 0, limits::BasisPointsMax, false);
    const std::optional<qint64> fixedCents = r.integer(u"fixed_commission_cents"_s, 0, limits::AmountMaxCents, false);
    const std::optional<qint64> thresholdCents =
        r.integer(u"fixed_threshold_cents"_s, 0, limits::AmountMaxCents, false);
    const std::optional<qint64> shareBp = r.integer(u"influencer_share_bp"_s, 0, limits::BasisPointsMax, false);
    r.check();

    WriteTransaction tx(m_ctx.db);
    auto current = find(id);
    if (!current || (!user.isAdmin() && current->merchantId != user.id))
        throw ApiError::notFound();
    dto::Campaign c = *current;
    if (hasName)
        c.name = name;
    if (hasDescription)
        c.description = description;
    c.policy.rateBp = rateBp.value_or(c.policy.rateBp);
    c.policy.fixedCommissionCents = fixedCents.value_or(c.policy.fixedCommissionCents);
    c.policy.fixedThresholdCents = thresholdCents.value_or(c.policy.fixedThresholdCents);
    c.policy.influencerShareBp = shareBp.value_or(c.policy.influencerShareBp);
    if (status == CampaignStatus::Active && c.status != CampaignStatus::Active)
        refuseResumeWithoutDeposit(c.merchantId);
    if (status == CampaignStatus::Paused && c.status != CampaignStatus::Paused) {
        c.status = *status;
        c.pausedReason = toString(PausedReason::Manual);
    } else if (status == CampaignStatus::Active) {
        c.status = *status;
        c.pausedReason.clear();
    }
    c.updatedAt = qMax(m_ctx.now(), c.updatedAt + 1);
    m_campaigns.update(c);
    EventLog(m_ctx).campaignChanged(c.merchantId, c.id);
    tx.commit();
    return c;
}

void CampaignService::refuseResumeWithoutDeposit(const QString &merchantId)
{
    // A campaign that cannot take a lead is not resumed: the deposit check would pause it again
    // within the hour, and a recharge resumes the campaigns paused for an empty deposit by itself.
    const auto deposit = m_deposits.find(merchantId);
    if (!deposit)
        return;
    if (deposit->status == DepositStatus::Blocked) {
        if (blockedReasonFromString(deposit->blockedReason) == BlockedReason::Admin)
            throw ApiError{423, u"deposit_blocked"_s,
                           u"This deposit is blocked by an administrator: its campaigns cannot be resumed."_s};
        throw ApiError{423, u"deposit_blocked"_s,
                       u"The deposit is empty: recharge it to resume this campaign."_s};
    }
    // Recharged before and empty now: what the deposit check blocks (a deposit never recharged is
    // not blocked, DESIGN.md).
    if (deposit->referenceCents > 0 && deposit->level() == AlertLevel::Depleted)
        throw ApiError{402, u"insufficient_deposit"_s, u"The deposit is empty: recharge it to resume this campaign."_s};
}

} // namespace lm::server
