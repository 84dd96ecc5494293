#pragma once

#include "context.h"
#include "dto.h"
#include "httpapi.h"
#include "jsonfields.h"
#include "ledger.h"
#include "notificationservice.h"
#include "repositories/leadrepository.h"
#include "repositories/payoutrepository.h"
#include "repositories/transactionrepository.h"
#include "repositories/userrepository.h"

#include <QJsonObject>
#include <QTimeZone>

namespace lm::server {

/// Leads and their two-phase money flow: create reserves, validate deducts (and pays the
/// influencer's share), reject and expire release. Each step is one transaction.
class LeadService final
{
public:
    explicit LeadService(Context &ctx)
        : m_ctx(ctx), m_ledger(ctx), m_notifications(ctx), m_leads(ctx.db), m_users(ctx.db), m_transactions(ctx.db),
          m_payouts(ctx.db), m_zone(ctx.config.value(QStringLiteral("LEADMARKET_TIMEZONE")).toUtf8())
    {
    }

    /// How many weeks the influencer stats chart (contract v2 `weeks`).
    static constexpr int StatsWeeks = 12;

    dto::Lead create(const AuthUser &influencer, const QJsonObject &body);
    QJsonObject list(const AuthUser &user, const QUrlQuery &query);
    dto::Lead get(const AuthUser &user, const QString &id);
    dto::Lead validate(const AuthUser &merchant, const QString &id, const QJsonObject &body);
    dto::Lead reject(const AuthUser &merchant, const QString &id, const QJsonObject &body);
    /// Expires every pending lead whose expires_at has passed (releasing its reservation).
    /// Returns how many were expired.
    int expireDue();

    /// Inside the caller's transaction, for a lead that has just become validated: the deduction of
    /// its commission (which must be reserved) and the two ledger entries of what it pays (the
    /// influencer's share, the platform's revenue), all integer centimes. The one code path of a merchant's validation and of an admin's
    /// overturned dispute (DisputeService).
    void payCommission(const dto::Lead &lead, qint64 now);

    /// Erases the client's contact details of one lead at once (an admin's request under law
    /// 09-08): 404 for an unknown lead; a lead already erased is answered as it is. Audited.
    dto::Lead erase(const AuthUser &admin, const QString &id);
    /// The daily retention job: erases the contact details of every lead decided or expired more
    /// than LEADMARKET_PII_RETENTION_DAYS ago. Returns how many were erased.
    int eraseDueContacts();

    /// Everything an influencer sees about its own results (API.md's influencer stats, contract v2):
    /// counts, score, earnings and payouts, and the last 12 weeks in the scheduler's time zone.
    dto::InfluencerStats influencerStats(const AuthUser &influencer);

private:
    std::optional<dto::Lead> load(const QString &id, bool lock);
    /// The lead `merchant` owns, locked, when core's status machine lets it move to `target`;
    /// 404 when missing or foreign, 409 when it cannot (already decided).
    dto::Lead pendingOwnedBy(const AuthUser &merchant, const QString &id, LeadStatus target);
    /// Moves a pending lead to `status` exactly once; false when another request did first.
    bool leavePending(const dto::Lead &lead, LeadStatus status, const QVariant &score, const QString &feedback,
                      const QString &reason, qint64 now);
    /// Inside the caller's transaction: the lead's contact fields, and the client's name wherever
    /// the lead's own records repeat it (its ledger rows' descriptions, the notifications it caused).
    bool eraseContacts(const dto::Lead &lead, qint64 now);

    Context &m_ctx;
    Ledger m_ledger;
    NotificationService m_notifications;
    LeadRepository m_leads;
    UserRepository m_users;
    TransactionRepository m_transactions;
    PayoutRepository m_payouts;
    QTimeZone m_zone;
};

} // namespace lm::server
