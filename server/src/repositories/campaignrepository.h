#pragma once

#include "database.h"
#include "dto.h"
#include "rows.h"

#include <QString>

#include <optional>

namespace lm::server {

/// Maps rows of a SELECT of CampaignRepository's columns to dto::Campaign.
class CampaignReader final
{
public:
    explicit CampaignReader(const QSqlQuery &query);
    dto::Campaign read(const QSqlQuery &query) const;

private:
    int m_id, m_merchantId, m_merchantName, m_name, m_description, m_status, m_pausedReason, m_rateBp,
        m_fixedCommission, m_fixedThreshold, m_influencerShareBp, m_createdAt, m_updatedAt;
};

/// A campaign as a list shows it: with whether it takes new leads now (contract v2 `accepting`).
class CampaignListingReader final
{
public:
    explicit CampaignListingReader(const QSqlQuery &query);
    /// The campaign, its `accepting` set.
    dto::Campaign read(const QSqlQuery &query) const;

private:
    CampaignReader m_campaign;
    int m_accepting;
};

/// SQL of the `campaigns` table.
class CampaignRepository final
{
public:
    explicit CampaignRepository(Database &db) : m_db(db) {}

    /// Every SELECT of a campaign: its columns and its merchant's name.
    static const QString select;

    std::optional<dto::Campaign> find(const QString &id);
    void insert(const dto::Campaign &c);
    /// Writes the fields an update may change: name, description, status, paused reason, updated_at.
    void update(const dto::Campaign &c);

    struct Filter
    {
        QString merchantId; ///< only this merchant's; all when empty
        /// `updatedSince` also takes the campaigns whose merchant's deposit changed since (their
        /// `accepting` may have): what an influencer's delta sync needs.
        bool depositChangesCount = false;
    };
    /// Newest first: campaigns changed since `updatedSince`, before the id `cursor`, each with
    /// `accepting` (active, its merchant's deposit active and with something available).
    Rows<CampaignListingReader> page(const Filter &filter, const std::optional<qint64> &updatedSince,
                                     const QString &cursor, int limit);

    /// The campaigns of `merchantId` (only `campaignId` when given), each with `accepting`, by id.
    QList<dto::Campaign> listings(const QString &merchantId, const QString &campaignId = {});

    /// Pauses the merchant's active campaigns, the deposit being depleted; how many it paused.
    int pauseForDepletion(const QString &merchantId, qint64 now);
    /// Resumes only the campaigns paused for depletion (a merchant's own pause stays); how many.
    int resumeAfterDepletion(const QString &merchantId, qint64 now);

private:
    Database &m_db;
};

} // namespace lm::server
