#include "adminservice.h"

#include "apierror.h"
#include "audit.h"
#include "eventlog.h"
#include "jsonfields.h"
#include "logging.h"
#include "timeutil.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lm::server {

namespace {

QJsonValue nullableText(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

QJsonObject alertItemJson(const DepositOverview &row)
{
    const qint64 balance = row.deposit.currentBalanceCents;
    const qint64 reference = row.deposit.referenceCents;
    const QString merchant = row.deposit.merchantId;
    return QJsonObject{
        {u"merchant_id"_s, merchant},
        {u"merchant_name"_s, row.merchantName},
        {u"current_balance_cents"_s, balance},
        {u"reserved_cents"_s, row.deposit.reservedCents},
        {u"available_cents"_s, row.deposit.availableCents()},
        {u"reference_cents"_s, reference},
        {u"percent"_s, dto::percentForJson(percentTenths(balance, reference))},
        {u"level"_s, toString(classifyDeposit(balance, reference))},
        {u"status"_s, toString(row.deposit.status)},
        // As in the Deposit: who blocked it ("admin" or "depleted"); the admin's words are the note.
        {u"blocked_reason"_s, nullableText(row.deposit.blockedReason)},
        {u"blocked_note"_s, nullableText(row.blockedNote)},
        {u"pending_leads"_s, row.pendingLeads},
        {u"rejection_rate_30d"_s, row.decidedInWindow == 0
                                      ? QJsonValue()
                                      : QJsonValue(double(row.rejectedInWindow) / double(row.decidedInWindow))},
        {u"last_alert_at"_s, row.lastAlertAt ? QJsonValue(formatApiTime(*row.lastAlertAt)) : QJsonValue()},
    };
}

QJsonObject AdminService::alerts(const QUrlQuery &query)
{
    const PageRequest page = PageRequest::fromQuery(query);
    const qint64 serverTime = m_ctx.now();
    auto rows = m_deposits.overviewPage(serverTime - RejectionWindowMs, page.updatedSince, page.cursor, page.limit + 1);
    return pageOf(rows, page, serverTime, [](const DepositOverview &row) {
        return std::pair{alertItemJson(row), row.deposit.merchantId};
    });
}

dto::Deposit AdminService::setMerchantStatus(const AuthUser &admin, const QString &merchantId, const QJsonObject &body)
{
    FieldReader r(body);
    const DepositStatus status =
        depositStatusFromString(r.choice(u"status"_s, wireNames(allDepositStatuses()), true)).value_or(DepositStatus::Active);
    const QString reason = r.text(u"reason"_s, limits::Reason, false);
    r.check();

    WriteTransaction tx(m_ctx.db);
    auto deposit = m_ledger.deposit(merchantId, /*lock=*/true);
    if (!deposit)
        throw ApiError::notFound();
    const qint64 now = m_ctx.now();
    if (status == DepositStatus::Blocked) {
        m_deposits.blockByAdmin(merchantId, reason, now);
    } else {
        // Unblocking lifts the block whatever its reason; a deposit still depleted is blocked again
        // by the next deposit check.
        m_deposits.unblock(merchantId, now);
    }
    audit(m_ctx, admin.id, status == DepositStatus::Blocked ? u"merchant.block"_s : u"merchant.unblock"_s, u"merchant"_s,
          merchantId,
          u"previous status="_s + toString(deposit->status) + (reason.isEmpty() ? QString() : u"; reason="_s + reason));
    auto updated = m_ledger.deposit(merchantId);
    EventLog events(m_ctx);
    events.depositChanged(merchantId);
    events.merchantCampaignsChanged(merchantId, /*everyone=*/false); // `accepting` follows the block
    tx.commit();
    logger("server.admin")->info("admin {} set merchant {} to {}", admin.id.toStdString(), merchantId.toStdString(),
                                 toString(status).toStdString());
    return *updated;
}

QJsonObject AdminService::users(const QUrlQuery &query)
{
    const PageRequest page = PageRequest::fromQuery(query);
    FieldErrors errors;
    UserRepository::Filter filter;
    if (query.hasQueryItem(u"role"_s)) {
        filter.role = roleFromString(query.queryItemValue(u"role"_s, QUrl::FullyDecoded));
        if (!filter.role)
            errors.insert(u"role"_s, u"must be one of: "_s + wireNames(allRoles()).join(u", "_s));
    }
    if (query.hasQueryItem(u"status"_s)) {
        filter.status = accountStatusFromString(query.queryItemValue(u"status"_s, QUrl::FullyDecoded));
        if (!filter.status)
            errors.insert(u"status"_s, u"must be one of: "_s + wireNames(allAccountStatuses()).join(u", "_s));
    }
    filter.search = query.queryItemValue(u"q"_s, QUrl::FullyDecoded).trimmed();
    if (filter.search.size() > limits::Email)
        errors.insert(u"q"_s, u"must be at most 254 characters"_s);
    throwIfInvalid(errors);
    const qint64 serverTime = m_ctx.now() - 2000; // see LeadService::list
    auto rows = m_users.page(filter, page.updatedSince, page.cursor, page.limit + 1);
    return pageOf(rows, page, serverTime, [](const dto::User &user) { return std::pair{user.toJson(), user.id}; });
}

dto::User AdminService::setUserStatus(const AuthUser &admin, const QString &userId, const QJsonObject &body)
{
    FieldReader r(body);
    const AccountStatus status = accountStatusFromString(r.choice(u"status"_s, wireNames(allAccountStatuses()), true))
                                     .value_or(AccountStatus::Active);
    r.check();

    WriteTransaction tx(m_ctx.db);
    const auto before = m_users.find(userId);
    if (!before)
        throw ApiError::notFound();
    // Refused even when already active: the console must never offer it (and the last admin could
    // otherwise lock everyone out).
    if (status == AccountStatus::Disabled && userId == admin.id)
        throw ApiError::validation(u"status"_s, u"an admin cannot disable their own account"_s);
    int revoked = 0;
    if (before->status != status) {
        const qint64 now = m_ctx.now();
        m_users.setStatus(userId, status, now);
        // Disabled means signed out everywhere at once: every token dies with this commit.
        if (status == AccountStatus::Disabled) {
            revoked = m_users.revokeAllTokens(userId, now);
            EventLog(m_ctx).sessionRevoked(userId); // its open sockets close too
        }
        audit(m_ctx, admin.id, status == AccountStatus::Disabled ? u"user.disable"_s : u"user.enable"_s, u"user"_s,
              userId, u"role="_s + toString(before->role) + u"; tokens revoked="_s + QString::number(revoked));
    }
    const auto after = m_users.find(userId);
    tx.commit();
    if (before->status != status)
        logger("server.admin")->info("admin {} set user {} to {} ({} token(s) revoked)", admin.id.toStdString(),
                                     userId.toStdString(), toString(status).toStdString(), revoked);
    return *after;
}

QJsonObject AdminService::ledgerCheck()
{
    QJsonArray mismatches;
    auto mismatch = [&mismatches](const QString &merchantId, const QString &what, qint64 expected, qint64 actual) {
        mismatches.append(QJsonObject{{u"merchant_id"_s, merchantId.isEmpty() ? QJsonValue() : QJsonValue(merchantId)},
                                      {u"check"_s, what},
                                      {u"expected_cents"_s, expected},
                                      {u"actual_cents"_s, actual}});
    };
    // A consistent snapshot: the checks must not see half of a concurrent money move.
    WriteTransaction tx(m_ctx.db);
    const QList<DepositRepository::Reconciliation> deposits = m_deposits.reconciliation();
    for (const DepositRepository::Reconciliation &d : deposits) {
        const QString &merchant = d.deposit.merchantId;
        const qint64 balance = d.deposit.currentBalanceCents;
        const qint64 reserved = d.deposit.reservedCents;
        if (d.ledgerBalance != balance)
            mismatch(merchant, u"current_balance = sum of ledger balance deltas"_s, d.ledgerBalance, balance);
        if (d.ledgerReserved != reserved)
            mismatch(merchant, u"reserved_amount = sum of ledger reserved deltas"_s, d.ledgerReserved, reserved);
        if (d.pendingCommissions != reserved)
            mismatch(merchant, u"reserved_amount = commissions of pending leads"_s, d.pendingCommissions, reserved);
        if (reserved < 0)
            mismatch(merchant, u"reserved_amount >= 0"_s, 0, reserved);
    }
    const int checked = int(deposits.size());
    // Each ledger row's after-values must follow from the previous row.
    auto rows = m_transactions.allSteps();
    QString current;
    qint64 runningBalance = 0;
    qint64 runningReserved = 0;
    while (rows.next()) {
        const LedgerStep step = rows.read();
        if (step.merchantId != current) {
            current = step.merchantId;
            runningBalance = runningReserved = 0;
        }
        runningBalance += step.balanceDelta;
        runningReserved += step.reservedDelta;
        if (step.balanceAfter != runningBalance)
            mismatch(step.merchantId, u"balance_after_cents follows the ledger"_s, runningBalance, step.balanceAfter);
        if (step.reservedAfter != runningReserved)
            mismatch(step.merchantId, u"reserved_after_cents follows the ledger"_s, runningReserved,
                     step.reservedAfter);
    }
    rows.finish();
    const qint64 deductions = m_transactions.totalDeductions();
    const qint64 earnings = m_transactions.totalEarnings();
    if (deductions != earnings)
        mismatch({}, u"sum of deductions = influencer earnings + platform revenue"_s, deductions, earnings);
    // Each influencer's earnings ledger (earnings rows and payout entries) against its payouts'
    // states: the available amount the stats answer, never negative.
    const QList<InfluencerBalance> influencers = m_payouts.balances();
    for (const InfluencerBalance &b : influencers) {
        const auto influencerMismatch = [&mismatches, &b](const QString &what, qint64 expected, qint64 actual) {
            mismatches.append(QJsonObject{{u"merchant_id"_s, QJsonValue()},
                                          {u"influencer_id"_s, b.influencerId},
                                          {u"check"_s, what},
                                          {u"expected_cents"_s, expected},
                                          {u"actual_cents"_s, actual}});
        };
        if (b.ledgerCents != b.availableCents())
            influencerMismatch(u"earned - paid - requested = sum of earnings and payout entries"_s, b.ledgerCents,
                               b.availableCents());
        if (b.availableCents() < 0)
            influencerMismatch(u"earned - paid - requested >= 0"_s, 0, b.availableCents());
    }
    tx.commit();
    return {{u"ok"_s, mismatches.isEmpty()},
            {u"deposits_checked"_s, checked},
            {u"influencers_checked"_s, qint64(influencers.size())},
            {u"mismatches"_s, mismatches}};
}

QJsonObject AdminService::auditLog(const QUrlQuery &query)
{
    const PageRequest page = PageRequest::fromQuery(query);
    const qint64 serverTime = m_ctx.now();
    auto rows = m_audit.page(page.cursor, page.limit + 1);
    return pageOf(rows, page, serverTime, [](const AuditEntry &row) {
        return std::pair{QJsonObject{{u"id"_s, row.id},
                                     {u"actor_id"_s, row.actorId},
                                     {u"actor_email"_s, row.actorEmail},
                                     {u"action"_s, row.action},
                                     {u"target_type"_s, row.targetType},
                                     {u"target_id"_s, row.targetId},
                                     {u"details"_s, row.details},
                                     {u"created_at"_s, formatApiTime(row.createdAt)}},
                         row.id};
    });
}

} // namespace lm::server
