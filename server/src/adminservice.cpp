#include "adminservice.h"

#include "apierror.h"
#include "audit.h"
#include "jsonfields.h"
#include "logging.h"
#include "timeutil.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lm::server {

QJsonObject AdminService::alerts(const QUrlQuery &query)
{
    const PageRequest page = PageRequest::fromQuery(query);
    const qint64 serverTime = m_ctx.now();
    auto rows = m_deposits.overviewPage(page.updatedSince, page.cursor, page.limit + 1);
    return pageOf(rows, page, serverTime, [](const DepositOverview &row) {
        const qint64 balance = row.deposit.currentBalanceCents;
        const qint64 reference = row.deposit.referenceCents;
        const QString merchant = row.deposit.merchantId;
        return std::pair{
            QJsonObject{
                {u"merchant_id"_s, merchant},
                {u"merchant_name"_s, row.merchantName},
                {u"current_balance_cents"_s, balance},
                {u"reference_cents"_s, reference},
                {u"percent"_s, dto::percentForJson(percentTenths(balance, reference))},
                {u"level"_s, toString(classifyDeposit(balance, reference))},
                {u"status"_s, toString(row.deposit.status)},
                {u"last_alert_at"_s, row.lastAlertAt ? QJsonValue(formatApiTime(*row.lastAlertAt)) : QJsonValue()},
            },
            merchant};
    });
}

dto::Deposit AdminService::setMerchantStatus(const AuthUser &admin, const QString &merchantId, const QJsonObject &body)
{
    FieldReader r(body);
    const DepositStatus status =
        depositStatusFromString(r.choice(u"status"_s, wireNames(allDepositStatuses()), true)).value_or(DepositStatus::Active);
    r.check();

    WriteTransaction tx(m_ctx.db);
    auto deposit = m_ledger.deposit(merchantId, /*lock=*/true);
    if (!deposit)
        throw ApiError::notFound();
    const qint64 now = m_ctx.now();
    if (status == DepositStatus::Blocked) {
        m_deposits.blockByAdmin(merchantId, now);
    } else {
        // Unblocking lifts the block whatever its reason; a deposit still depleted is blocked again
        // by the next deposit check.
        m_deposits.unblock(merchantId, now);
    }
    audit(m_ctx, admin.id, status == DepositStatus::Blocked ? u"merchant.block"_s : u"merchant.unblock"_s, u"merchant"_s,
          merchantId, u"previous status="_s + toString(deposit->status));
    auto updated = m_ledger.deposit(merchantId);
    tx.commit();
    logger("server.admin")->info("admin {} set merchant {} to {}", admin.id.toStdString(), merchantId.toStdString(),
                                 toString(status).toStdString());
    return *updated;
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
