#pragma once

#include "context.h"
#include "dto.h"
#include "httpapi.h"
#include "ledger.h"
#include "repositories/auditrepository.h"
#include "repositories/depositrepository.h"
#include "repositories/payoutrepository.h"
#include "repositories/transactionrepository.h"
#include "repositories/userrepository.h"

#include <QJsonObject>

namespace lm::server {

/// One item of the alerts board (GET /api/admin/alerts), as push's alert.changed also sends it.
QJsonObject alertItemJson(const DepositOverview &row);

/// What admins watch and do: every deposit's level, blocking merchants, accounts, the ledger check,
/// the audit log.
class AdminService final
{
public:
    explicit AdminService(Context &ctx)
        : m_ctx(ctx), m_ledger(ctx), m_deposits(ctx.db), m_transactions(ctx.db), m_payouts(ctx.db), m_audit(ctx.db),
          m_users(ctx.db)
    {
    }

    /// The window of the alerts board's rejection rate.
    static constexpr qint64 RejectionWindowMs = 30LL * 24 * 3600 * 1000;

    /// The alerts board: every deposit with its level, amounts, block, pending leads and the
    /// merchant's rejection rate over the last 30 days (by decision time), in one query per page.
    QJsonObject alerts(const QUrlQuery &query);
    /// Blocks (with an optional `reason`, kept as the board's blocked_note) or unblocks a deposit.
    dto::Deposit setMerchantStatus(const AuthUser &admin, const QString &merchantId, const QJsonObject &body);

    /// Users, newest first: `?role=`, `?status=`, `?q=` (in the email or the display name).
    QJsonObject users(const QUrlQuery &query);
    /// Disables (revoking every token of the account) or enables an account; an admin cannot
    /// disable their own (422 fields.status).
    dto::User setUserStatus(const AuthUser &admin, const QString &userId, const QJsonObject &body);
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
    UserRepository m_users;
};

} // namespace lm::server
