#include "eventlog.h"

#include "adminservice.h"
#include "repositories/campaignrepository.h"
#include "repositories/depositrepository.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace lm::server {

void EventLog::publish(const QString &audience, const QString &type, const QJsonObject &data)
{
    // `seq` stays NULL here: the engine numbers the row as its transaction commits (migration 6).
    m_ctx.db.exec(u"INSERT INTO events (id, audience, type, data, created_at) VALUES (?, ?, ?, ?, ?)"_s,
                  {newId(), audience, type, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)),
                   m_ctx.now()});
    if (m_ctx.eventWritten)
        m_ctx.eventWritten();
}

void EventLog::leadEvent(const QString &type, const dto::Lead &lead)
{
    // Every reader of a lead sees all of it today (API.md's Lead); one row each all the same, so
    // that a field one day kept from a reader is kept from that reader's row alone.
    const QJsonObject json = lead.toJson();
    publish(userAudience(lead.merchantId), type, json);
    publish(userAudience(lead.influencerId), type, json);
    publish(roleAudience(Role::Admin), type, json);
}

void EventLog::depositChanged(const QString &merchantId)
{
    if (const auto deposit = DepositRepository(m_ctx.db).find(merchantId))
        publish(userAudience(merchantId), u"deposit.changed"_s, deposit->toJson());
    alertChanged(merchantId);
}

void EventLog::alertChanged(const QString &merchantId)
{
    const auto row = DepositRepository(m_ctx.db).overview(merchantId, m_ctx.now() - AdminService::RejectionWindowMs);
    if (row)
        publish(roleAudience(Role::Admin), u"alert.changed"_s, alertItemJson(*row));
}

void EventLog::campaigns(const QString &merchantId, const QString &campaignId, bool everyone)
{
    for (dto::Campaign campaign : CampaignRepository(m_ctx.db).listings(merchantId, campaignId)) {
        // Influencers list campaigns with `accepting`; merchants and admins without (v1's shape).
        publish(roleAudience(Role::Influencer), u"campaign.updated"_s, campaign.toJson());
        if (!everyone)
            continue;
        campaign.accepting.reset();
        const QJsonObject json = campaign.toJson();
        publish(userAudience(merchantId), u"campaign.updated"_s, json);
        publish(roleAudience(Role::Admin), u"campaign.updated"_s, json);
    }
}

void EventLog::notificationCreated(const QString &userId, const dto::Notification &notification)
{
    publish(userAudience(userId), u"notification.created"_s, notification.toJson());
}

void EventLog::paymentUpdated(const dto::Payment &payment)
{
    publish(userAudience(payment.merchantId), u"payment.updated"_s, payment.toJson());
}

void EventLog::payoutUpdated(const dto::Payout &payout)
{
    const QJsonObject json = payout.toJson();
    publish(userAudience(payout.influencerId), u"payout.updated"_s, json);
    publish(roleAudience(Role::Admin), u"payout.updated"_s, json);
}

void EventLog::sessionRevoked(const QString &userId)
{
    publish(userAudience(userId), QString::fromLatin1(SessionRevoked), {});
}

} // namespace lm::server
