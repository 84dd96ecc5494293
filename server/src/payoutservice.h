#pragma once

#include "context.h"
#include "dto.h"
#include "httpapi.h"
#include "jsonfields.h"
#include "notificationservice.h"
#include "repositories/payoutrepository.h"
#include "repositories/userrepository.h"

#include <QJsonObject>

namespace lm::server {

/// Influencer payouts (contract v2): bank details encrypted at rest, payout requests drawn on the
/// available earnings, and the admins' decision (paid with a reference, or rejected with a reason),
/// each one transaction. A payout is two-phase like a lead's commission: the request holds its
/// amount in the influencer's earnings ledger, paid keeps the hold, rejected gives it back.
class PayoutService final
{
public:
    explicit PayoutService(Context &ctx) : m_ctx(ctx), m_notifications(ctx), m_payouts(ctx.db), m_users(ctx.db) {}

    /// GET /api/me/bank: 404 when none was saved.
    dto::BankDetails bankDetails(const AuthUser &influencer);
    /// PUT /api/me/bank: checks the RIB (24 digits and its key) and stores it sealed.
    dto::BankDetails saveBankDetails(const AuthUser &influencer, const QJsonObject &body);

    dto::Payout request(const AuthUser &influencer, const QJsonObject &body);
    /// An influencer's own payouts, or (admin) everyone's; `?status=` filters; newest first.
    QJsonObject list(const AuthUser &user, const QUrlQuery &query);
    dto::Payout decide(const AuthUser &admin, const QString &id, const QJsonObject &body);

    /// Earned, paid, requested and available: what the stats answer and the ledger check verifies.
    InfluencerBalance balance(const QString &influencerId) { return m_payouts.balance(influencerId); }

private:
    /// 503 not_configured without LEADMARKET_DATA_KEY_FILE.
    void requireDataKey() const;

    Context &m_ctx;
    NotificationService m_notifications;
    PayoutRepository m_payouts;
    UserRepository m_users;
};

} // namespace lm::server
