#include "campaignservice.h"

#include "apierror.h"
#include "timeutil.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lm::server {

const QString CampaignService::selectSql =
    u"SELECT c.id, c.merchant_id, u.display_name, c.name, c.description, c.status, c.paused_reason, "
    u"c.commission_rate_bp, c.fixed_commission_cents, c.fixed_threshold_cents, c.influencer_share_bp, "
    u"c.created_at, c.updated_at FROM campaigns c JOIN users u ON u.id = c.merchant_id"_s;

dto::Campaign campaignFrom(const QSqlQuery &q)
{
    dto::Campaign c;
    c.id = q.value(0).toString();
    c.merchantId = q.value(1).toString();
    c.merchantName = q.value(2).toString();
    c.name = q.value(3).toString();
    c.description = q.value(4).toString();
    c.status = campaignStatusFromString(q.value(5).toString()).value_or(CampaignStatus::Paused);
    c.pausedReason = q.value(6).toString();
    c.policy.rateBp = q.value(7).toLongLong();
    c.policy.fixedCommissionCents = q.value(8).toLongLong();
    c.policy.fixedThresholdCents = q.value(9).toLongLong();
    c.policy.influencerShareBp = q.value(10).toLongLong();
    c.createdAt = q.value(11).toLongLong();
    c.updatedAt = q.value(12).toLongLong();
    return c;
}

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
    const bool depleted = m_ctx.db.scalar(u"SELECT 1 FROM deposits WHERE merchant_id = ? AND status = 'blocked' "
                                          u"AND blocked_reason = 'depleted'"_s,
                                          {merchant.id})
                              .has_value();
    if (depleted) {
        c.status = CampaignStatus::Paused;
        c.pausedReason = toString(PausedReason::Depleted);
    }
    m_ctx.db.exec(u"INSERT INTO campaigns (id, merchant_id, name, description, status, paused_reason, commission_rate_bp, "
                  u"fixed_commission_cents, fixed_threshold_cents, influencer_share_bp, created_at, updated_at) "
                  u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                  {c.id, c.merchantId, c.name, c.description, toString(c.status),
                   nullIfEmpty(c.pausedReason), c.policy.rateBp,
                   c.policy.fixedCommissionCents, c.policy.fixedThresholdCents, c.policy.influencerShareBp, now, now});
    tx.commit();
    return c;
}

QJsonObject CampaignService::list(const AuthUser &user, const PageRequest &page)
{
    QString sql = selectSql + u" WHERE 1 = 1"_s;
    QVariantList values;
    if (user.isMerchant()) {
        sql += u" AND c.merchant_id = ?"_s;
        values << user.id;
    } else if (user.isInfluencer()) {
        sql += u" AND c.status = 'active'"_s;
    }
    if (page.updatedSince) {
        sql += u" AND c.updated_at >= ?"_s;
        values << *page.updatedSince;
    }
    if (!page.cursor.isEmpty()) {
        sql += u" AND c.id < ?"_s;
        values << page.cursor;
    }
    sql += u" ORDER BY c.id DESC LIMIT ?"_s;
    values << page.limit + 1;
    const qint64 serverTime = m_ctx.now();
    QSqlQuery q = m_ctx.db.exec(sql, values);
    return pageOf(q, page, serverTime, [](const QSqlQuery &row) {
        const dto::Campaign c = campaignFrom(row);
        return std::pair{c.toJson(), c.id};
    });
}

std::optional<dto::Campaign> CampaignService::find(const QString &id)
{
    QSqlQuery q = m_ctx.db.exec(selectSql + u" WHERE c.id = ?"_s, {id});
    if (!q.next())
        return std::nullopt;
    return campaignFrom(q);
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
    m_ctx.db.exec(u"UPDATE campaigns SET name = ?, description = ?, status = ?, paused_reason = ?, updated_at = ? WHERE id = ?"_s,
                  {c.name, c.description, toString(c.status),
                   nullIfEmpty(c.pausedReason),
                   c.updatedAt, c.id});
    tx.commit();
    return c;
}

} // namespace lm::server
