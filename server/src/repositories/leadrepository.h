#pragma once

#include "database.h"
#include "dto.h"
#include "rows.h"

#include <QString>

#include <optional>

namespace lm::server {

/// Maps rows of LeadRepository::select to dto::Lead.
class LeadReader final
{
public:
    explicit LeadReader(const QSqlQuery &query);
    dto::Lead read(const QSqlQuery &query) const;

private:
    int m_id, m_campaignId, m_campaignName, m_merchantId, m_influencerId, m_influencerName, m_clientName,
        m_clientEmail, m_clientPhone, m_company, m_estimatedValue, m_commission, m_commissionType,
        m_influencerShare, m_source, m_notes, m_status, m_qualityScore, m_feedback, m_rejectionReason, m_createdAt,
        m_expiresAt, m_decidedAt, m_updatedAt, m_erasedAt, m_disputeStatus, m_disputeNote, m_disputeCreatedAt,
        m_disputeDecidedAt, m_disputeDecisionNote;
};

/// SQL of the `leads` table.
class LeadRepository final
{
public:
    explicit LeadRepository(Database &db) : m_db(db) {}

    /// Every SELECT of a lead: its columns, its campaign's name and its influencer's name.
    static const QString select;

    /// The lead; with `lock`, its row is locked for the rest of the transaction on PostgreSQL.
    std::optional<dto::Lead> find(const QString &id, bool lock);
    /// Whether `campaignId` has a lead created since `since` with this email or this phone.
    bool hasRecent(const QString &campaignId, qint64 since, const QString &email, const QString &phone);
    /// Inserts a new pending lead.
    void insert(const dto::Lead &lead);
    /// Moves a pending lead to `status` exactly once; false when it was no longer pending.
    bool leavePending(const QString &id, LeadStatus status, const QVariant &score, const QString &feedback,
                      const QString &reason, qint64 decidedAt, qint64 updatedAt);

    struct Filter
    {
        QString merchantId;   ///< only this merchant's; all when empty
        QString influencerId; ///< only this influencer's; all when empty
        QString status;       ///< only leads in this status; all when empty
        QString campaignId;   ///< only this campaign's; all when empty
    };
    /// Oldest change first: leads changed since `updatedSince`, after (`afterTime`, `afterId`) when set.
    Rows<LeadReader> page(const Filter &filter, const std::optional<qint64> &updatedSince,
                          const std::optional<std::pair<qint64, QString>> &after, int limit);
    /// Ids of the pending leads whose expires_at has passed at `now`, by id.
    QStringList dueForExpiry(qint64 now);

    /// Replaces the client's contact details (name by `initials`; email, phone, company and notes
    /// emptied) and marks the lead erased; false when it already was.
    bool eraseContacts(const QString &id, const QString &initials, qint64 erasedAt, qint64 updatedAt);
    /// Ids of the leads not yet erased that were decided or expired before `before`, oldest first.
    QStringList dueForErasure(qint64 before, int limit);

    /// Opens a dispute on a rejected lead that has none; false when it is not rejected or has one.
    bool openDispute(const QString &id, const QString &note, qint64 now, qint64 updatedAt);
    /// Closes an open dispute as upheld (the lead stays rejected); false when it is not open.
    bool upholdDispute(const QString &id, const QString &note, const QString &adminId, qint64 now, qint64 updatedAt);
    /// Closes an open dispute as overturned and moves the rejected lead to validated (no quality
    /// score: no merchant gave one), exactly once; false when the dispute is not open.
    bool overturnDispute(const QString &id, const QString &note, const QString &adminId, qint64 now,
                         qint64 updatedAt);
    /// Disputed leads, newest dispute first (`status` empty: all), after (`afterCreated`, `afterId`) when set.
    Rows<LeadReader> disputePage(const QString &status, const std::optional<qint64> &updatedSince,
                                 const std::optional<std::pair<qint64, QString>> &after, int limit);
    /// How many leads `influencerId` created after `since`, and when the oldest of them was (0 for none).
    std::pair<qint64, qint64> createdByInfluencerSince(const QString &influencerId, qint64 since);

    struct StatusTotals
    {
        QString status;
        qint64 leads = 0;
        qint64 influencerShareCents = 0;
    };
    /// An influencer's leads by status, with the sum of its shares.
    QList<StatusTotals> influencerTotals(const QString &influencerId);
    /// The sum and the number of the quality scores an influencer's leads received.
    std::pair<qint64, qint64> influencerScores(const QString &influencerId);
    /// When each of an influencer's leads created or decided since `since` was created and decided.
    struct Moment
    {
        qint64 createdAt = 0;
        LeadStatus status = LeadStatus::Pending;
        std::optional<qint64> decidedAt;
    };
    QList<Moment> influencerMomentsSince(const QString &influencerId, qint64 since);
    qint64 countCreatedBetween(qint64 start, qint64 end);
    /// Leads decided in [start, end) that now have `status`.
    qint64 countDecidedBetween(LeadStatus status, qint64 start, qint64 end);

private:
    Database &m_db;
};

} // namespace lm::server
