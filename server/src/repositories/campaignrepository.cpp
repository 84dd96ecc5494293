#include "campaignrepository.h"

using namespace Qt::StringLiterals;

namespace lm::server {

namespace {

const QString columns =
    u"c.id, c.merchant_id, u.display_name AS merchant_name, c.name, c.description, c.status, "
    u"c.paused_reason, c.commission_rate_bp, c.fixed_commission_cents, c.fixed_threshold_cents, "
    u"c.influencer_share_bp, c.created_at, c.updated_at"_s;
const QString from = u" FROM campaigns c JOIN users u ON u.id = c.merchant_id"_s;
// Each campaign with its merchant's deposit (a merchant always has one; LEFT JOIN all the same:
// a campaign without one is listed, not accepting).
const QString listingSelect = u"SELECT "_s + columns
    + u", CASE WHEN c.status = 'active' AND d.status = 'active' AND d.current_balance - d.reserved_amount > 0 "
      u"THEN 1 ELSE 0 END AS accepting"_s
    + from + u" LEFT JOIN deposits d ON d.merchant_id = c.merchant_id"_s;

} // namespace

const QString CampaignRepository::select = u"SELECT "_s + columns + from;

CampaignReader::CampaignReader(const QSqlQuery &query)
{
    const ColumnLookup column(query);
    m_id = column("id"_L1);
    m_merchantId = column("merchant_id"_L1);
    m_merchantName = column("merchant_name"_L1);
    m_name = column("name"_L1);
    m_description = column("description"_L1);
    m_status = column("status"_L1);
    m_pausedReason = column("paused_reason"_L1);
    m_rateBp = column("commission_rate_bp"_L1);
    m_fixedCommission = column("fixed_commission_cents"_L1);
    m_fixedThreshold = column("fixed_threshold_cents"_L1);
    m_influencerShareBp = column("influencer_share_bp"_L1);
    m_createdAt = column("created_at"_L1);
    m_updatedAt = column("updated_at"_L1);
}

dto::Campaign CampaignReader::read(const QSqlQuery &q) const
{
    dto::Campaign c;
    c.id = q.value(m_id).toString();
    c.merchantId = q.value(m_merchantId).toString();
    c.merchantName = q.value(m_merchantName).toString();
    c.name = q.value(m_name).toString();
    c.description = q.value(m_description).toString();
    // An unknown stored status reads as paused: such a campaign takes no lead (logged).
    c.status = wireValue(q, m_status, &campaignStatusFromString, CampaignStatus::Paused);
    c.pausedReason = q.value(m_pausedReason).toString();
    c.policy.rateBp = q.value(m_rateBp).toLongLong();
    c.policy.fixedCommissionCents = q.value(m_fixedCommission).toLongLong();
    c.policy.fixedThresholdCents = q.value(m_fixedThreshold).toLongLong();
    c.policy.influencerShareBp = q.value(m_influencerShareBp).toLongLong();
    c.createdAt = q.value(m_createdAt).toLongLong();
    c.updatedAt = q.value(m_updatedAt).toLongLong();
    return c;
}

CampaignListingReader::CampaignListingReader(const QSqlQuery &query)
    : m_campaign(query), m_accepting(ColumnLookup(query)("accepting"_L1))
{
}

dto::Campaign CampaignListingReader::read(const QSqlQuery &q) const
{
    dto::Campaign c = m_campaign.read(q);
    c.accepting = q.value(m_accepting).toInt() == 1;
    return c;
}

std::optional<dto::Campaign> CampaignRepository::find(const QString &id)
{
    Rows<CampaignReader> rows(m_db.exec(select + u" WHERE c.id = ?"_s, {id}));
    if (!rows.next())
        return std::nullopt;
    dto::Campaign c = rows.read();
    rows.finish();
    return c;
}

void CampaignRepository::insert(const dto::Campaign &c)
{
    m_db.exec(u"INSERT INTO campaigns (id, merchant_id, name, description, status, paused_reason, commission_rate_bp, "
              u"fixed_commission_cents, fixed_threshold_cents, influencer_share_bp, created_at, updated_at) "
              u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
              {c.id, c.merchantId, c.name, c.description, toString(c.status), nullIfEmpty(c.pausedReason),
               c.policy.rateBp, c.policy.fixedCommissionCents, c.policy.fixedThresholdCents, c.policy.influencerShareBp,
               c.createdAt, c.updatedAt});
}

void CampaignRepository::update(const dto::Campaign &c)
{
    m_db.exec(u"UPDATE campaigns SET name = ?, description = ?, status = ?, paused_reason = ?, updated_at = ? "
              u"WHERE id = ?"_s,
              {c.name, c.description, toString(c.status), nullIfEmpty(c.pausedReason), c.updatedAt, c.id});
}

Rows<CampaignListingReader> CampaignRepository::page(const Filter &filter, const std::optional<qint64> &updatedSince,
                                                     const QString &cursor, int limit)
{
    QString sql = listingSelect + u" WHERE 1 = 1"_s;
    QVariantList values;
    if (!filter.merchantId.isEmpty()) {
        sql += u" AND c.merchant_id = ?"_s;
        values << filter.merchantId;
    }
    std::optional<qint64> since = updatedSince;
    if (since && filter.depositChangesCount) {
        sql += u" AND (c.updated_at >= ? OR d.updated_at >= ?)"_s;
        values << *since << *since;
        since.reset();
    }
    appendPage(sql, values, {u"c"_s, u"id"_s, true}, since, cursor, limit);
    return Rows<CampaignListingReader>(m_db.exec(sql, values));
}

QList<dto::Campaign> CampaignRepository::listings(const QString &merchantId, const QString &campaignId)
{
    QString sql = listingSelect + u" WHERE c.merchant_id = ?"_s;
    QVariantList values{merchantId};
    if (!campaignId.isEmpty()) {
        sql += u" AND c.id = ?"_s;
        values << campaignId;
    }
    Rows<CampaignListingReader> rows(m_db.exec(sql + u" ORDER BY c.id"_s, values));
    QList<dto::Campaign> all;
    while (rows.next())
        all.append(rows.read());
    rows.finish();
    return all;
}

int CampaignRepository::pauseForDepletion(const QString &merchantId, qint64 now)
{
    return m_db.exec(u"UPDATE campaigns SET status = 'paused', paused_reason = 'depleted', updated_at = ? "
              u"WHERE merchant_id = ? AND status = 'active'"_s,
              {now, merchantId})
        .numRowsAffected();
}

int CampaignRepository::resumeAfterDepletion(const QString &merchantId, qint64 now)
{
    return m_db.exec(u"UPDATE campaigns SET status = 'active', paused_reason = NULL, updated_at = ? "
              u"WHERE merchant_id = ? AND status = 'paused' AND paused_reason = 'depleted'"_s,
              {now, merchantId})
        .numRowsAffected();
}

} // namespace lm::server
