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

} // namespace lm::server
