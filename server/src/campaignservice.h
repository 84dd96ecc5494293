#pragma once

#include "context.h"
#include "dto.h"
#include "httpapi.h"
#include "jsonfields.h"
#include "repositories/campaignrepository.h"
#include "repositories/depositrepository.h"

#include <QJsonObject>

namespace lm::server {

/// Campaigns: creation by merchants, visibility by role, updates (name, description, commission
/// terms, pause and resume) by the owner or an admin.
class CampaignService final
{
public:
    explicit CampaignService(Context &ctx) : m_ctx(ctx), m_campaigns(ctx.db), m_deposits(ctx.db) {}

    dto::Campaign create(const AuthUser &merchant, const QJsonObject &body);
    /// API.md's page: merchant → own, influencer → all, each with `accepting` (contract v2), admin →
    /// all; newest first.
    QJsonObject list(const AuthUser &user, const PageRequest &page);
    dto::Campaign update(const AuthUser &user, const QString &id, const QJsonObject &body);
    /// The campaign as `user` may see it, or nullopt (missing or not theirs).
    std::optional<dto::Campaign> find(const QString &id);

private:
    /// 423 (blocked) or 402 (recharged before, empty now) when the merchant's deposit cannot pay
    /// for a lead, so a resumed campaign would take none.
    void refuseResumeWithoutDeposit(const QString &merchantId);

    Context &m_ctx;
    CampaignRepository m_campaigns;
    DepositRepository m_deposits;
};

} // namespace lm::server
