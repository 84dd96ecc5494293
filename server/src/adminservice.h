#pragma once

#include "context.h"
#include "dto.h"
#include "httpapi.h"
#include "ledger.h"
#include "repositories/auditrepository.h"
#include "repositories/depositrepository.h"
#include "repositories/payoutrepository.h"
#include "repositories/transactionrepository.h"

#include <QJsonObject>

namespace lm::server {

/// What admins watch and do: every deposit's level, blocking merchants, the ledger check, the audit log.
class AdminService final
{
public:
    explicit AdminService(Context &ctx)
        : m_ctx(ctx), m_ledger(ctx), m_deposits(ctx.db), m_transactions(ctx.db), m_payouts(ctx.db), m_audit(ctx.db)
    {
    }

    QJsonObject alerts(const QUrlQuery &query);
    dto::Deposit setMerchantStatus(const AuthUser &admin, const QString &merchantId, const QJsonObject &body);
    /// Verifies every deposit against its ledger, that deductions equal earnings, and every
    /// influencer's earnings ledger against its payouts (earned − paid − requested ≥ 0).
    QJsonObject ledgerCheck();
    QJsonObject auditLog(const QUrlQuery &query);

private:
    Context &m_ctx;
    Ledger m_ledger;
    DepositRepository m_deposits;
    TransactionRepository m_transactions;
    PayoutRepository m_payouts;
    AuditRepository m_audit;
};

} // namespace lm::server
