#pragma once

#include "context.h"
#include "dto.h"
#include "httpapi.h"
#include "leadservice.h"
#include "ledger.h"
#include "texts.h"
#include "notificationservice.h"
#include "repositories/leadrepository.h"
#include "repositories/userrepository.h"

#include <QJsonObject>

namespace lm::server {

/// Disputes of rejected leads (contract v2 "Disputes"): the influencer opens one within 7 days of
/// the rejection; an admin upholds it (the lead stays rejected) or overturns it (the lead is
/// validated and paid exactly as a merchant's validation pays it, from the merchant's available
/// deposit). Each call is one transaction; a dispute is decided exactly once.
class DisputeService final
{
public:
    explicit DisputeService(Context &ctx)
        : m_ctx(ctx), m_ledger(ctx), m_leadService(ctx), m_notifications(ctx), m_leads(ctx.db), m_users(ctx.db)
    {
    }

    /// POST /api/leads/{id}/dispute: 404 for a lead not the influencer's, 409 dispute_exists,
    /// lead_not_rejected or dispute_window_closed.
    dto::Lead open(const AuthUser &influencer, const QString &leadId, const QJsonObject &body);
    /// GET /api/admin/disputes?status=: disputed leads, newest dispute first.
    QJsonObject list(const QUrlQuery &query);
    /// PUT /api/admin/disputes/{lead_id} {decision: uphold|overturn, note?}: 404 without a dispute,
    /// 409 already_decided, 402 insufficient_deposit when an overturn's commission is not available
    /// (nothing changes: the dispute stays open).
    dto::Lead decide(const AuthUser &admin, const QString &leadId, const QJsonObject &body);

private:
    texts::Language languageOf(const QString &userId);

    Context &m_ctx;
    Ledger m_ledger;
    LeadService m_leadService; ///< its payCommission: the validation's one code path
    NotificationService m_notifications;
    LeadRepository m_leads;
    UserRepository m_users;
};

} // namespace lm::server
