#pragma once

#include "context.h"
#include "dto.h"
#include "kinds.h"

#include <QJsonObject>
#include <QString>

namespace lm::server {

/// The push events (API.md "Push"): each change writes, in the transaction that makes it, one
/// `events` row per reader with the data as that reader may see it, so a rolled-back change
/// publishes nothing and a committed one is never lost to a socket that resumes. EventHub sends
/// the rows. Stateless: make one where it is needed, like a repository.
class EventLog final
{
public:
    explicit EventLog(Context &ctx) : m_ctx(ctx) {}

    /// Audiences: one user, or every signed-in user of a role.
    static QString userAudience(const QString &userId) { return QStringLiteral("user:") + userId; }
    static QString roleAudience(Role role) { return QStringLiteral("role:") + toString(role); }

    /// Closes the user's sockets whose token no longer authenticates (logout, disabled account,
    /// password change). Never sent to a client.
    static constexpr const char *SessionRevoked = "session.revoked";

    /// lead.created: its merchant, its influencer and the admins.
    void leadCreated(const dto::Lead &lead) { leadEvent(QStringLiteral("lead.created"), lead); }
    /// lead.updated (any change: decision, expiry, erasure): the same readers.
    void leadUpdated(const dto::Lead &lead) { leadEvent(QStringLiteral("lead.updated"), lead); }
    /// deposit.changed to its merchant, and alert.changed (its row of the alerts board) to admins.
    void depositChanged(const QString &merchantId);
    /// alert.changed alone (the deposit check's alert level, which the Deposit does not carry).
    void alertChanged(const QString &merchantId);
    /// campaign.updated: its merchant and admins as they list it, influencers with `accepting`.
    void campaignChanged(const QString &merchantId, const QString &campaignId) { campaigns(merchantId, campaignId, true); }
    /// campaign.updated for every campaign of the merchant; only influencers (whose `accepting`
    /// follows the deposit) when `everyone` is false.
    void merchantCampaignsChanged(const QString &merchantId, bool everyone) { campaigns(merchantId, {}, everyone); }
    /// notification.created: its user.
    void notificationCreated(const QString &userId, const dto::Notification &notification);
    /// payment.updated: its merchant.
    void paymentUpdated(const dto::Payment &payment);
    /// payout.updated: its influencer and admins.
    void payoutUpdated(const dto::Payout &payout);
    void sessionRevoked(const QString &userId);

private:
    void leadEvent(const QString &type, const dto::Lead &lead);
    void campaigns(const QString &merchantId, const QString &campaignId, bool everyone);
    void publish(const QString &audience, const QString &type, const QJsonObject &data);

    Context &m_ctx;
};

} // namespace lm::server
