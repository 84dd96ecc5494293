#include "adminservice.h"

#include "apierror.h"
#include "audit.h"
#include "jsonfields.h"
#include "logging.h"
#include "timeutil.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lm::server {

QJsonObject AdminService::alerts(const QUrlQuery &query)
{
    const PageRequest page = PageRequest::fromQuery(query);
    QString sql = u"SELECT d.merchant_id, u.display_name, d.current_balance, d.reference_amount, d.status, "
                  u"d.last_alert_at, d.updated_at FROM deposits d JOIN users u ON u.id = d.merchant_id WHERE 1 = 1"_s;
    QVariantList values;
    if (page.updatedSince) {
        sql += u" AND d.updated_at >= ?"_s;
        values << *page.updatedSince;
    }
    if (!page.cursor.isEmpty()) {
        sql += u" AND d.merchant_id > ?"_s;
        values << page.cursor;
    }
    sql += u" ORDER BY d.merchant_id LIMIT ?"_s;
    values << page.limit + 1;
    const qint64 serverTime = m_ctx.now();
    QSqlQuery q = m_ctx.db.exec(sql, values);
    return pageOf(q, page, serverTime, [](const QSqlQuery &row) {
        const qint64 balance = row.value(2).toLongLong();
        const qint64 reference = row.value(3).toLongLong();
        const QString merchant = row.value(0).toString();
        return std::pair{
            QJsonObject{
                {u"merchant_id"_s, merchant},
                {u"merchant_name"_s, row.value(1).toString()},
                {u"current_balance_cents"_s, balance},
                {u"reference_cents"_s, reference},
                {u"percent"_s, dto::percentForJson(percentTenths(balance, reference))},
                {u"level"_s, toString(classifyDeposit(balance, reference))},
                {u"status"_s, row.value(4).toString()},
                {u"last_alert_at"_s,
                 row.value(5).isNull() ? QJsonValue() : QJsonValue(formatApiTime(row.value(5).toLongLong()))},
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
        m_ctx.db.exec(u"UPDATE deposits SET status = 'blocked', blocked_reason = 'admin', updated_at = ? "
                      u"WHERE merchant_id = ?"_s,
                      {now, merchantId});
    } else {
        // Unblocking lifts the block whatever its reason; a deposit still depleted is blocked again
        // by the next deposit check.
        m_ctx.db.exec(u"UPDATE deposits SET status = 'active', blocked_reason = NULL, updated_at = ? "
                      u"WHERE merchant_id = ?"_s,
                      {now, merchantId});
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
    QSqlQuery q = m_ctx.db.exec(
        u"SELECT d.merchant_id, d.current_balance, d.reserved_amount, "
        u"(SELECT COALESCE(SUM(balance_delta_cents), 0) FROM transactions t WHERE t.merchant_id = d.merchant_id), "
        u"(SELECT COALESCE(SUM(reserved_delta_cents), 0) FROM transactions t WHERE t.merchant_id = d.merchant_id), "
        u"(SELECT COALESCE(SUM(commission_cents), 0) FROM leads l WHERE l.merchant_id = d.merchant_id "
        u"AND l.status = 'pending') FROM deposits d ORDER BY d.merchant_id"_s);
    int checked = 0;
    while (q.next()) {
        ++checked;
        const QString merchant = q.value(0).toString();
        const qint64 balance = q.value(1).toLongLong();
        const qint64 reserved = q.value(2).toLongLong();
        if (q.value(3).toLongLong() != balance)
            mismatch(merchant, u"current_balance = sum of ledger balance deltas"_s, q.value(3).toLongLong(), balance);
        if (q.value(4).toLongLong() != reserved)
            mismatch(merchant, u"reserved_amount = sum of ledger reserved deltas"_s, q.value(4).toLongLong(), reserved);
        if (q.value(5).toLongLong() != reserved)
            mismatch(merchant, u"reserved_amount = commissions of pending leads"_s, q.value(5).toLongLong(), reserved);
        if (reserved < 0)
            mismatch(merchant, u"reserved_amount >= 0"_s, 0, reserved);
    }
    q.finish();
    // Each ledger row's after-values must follow from the previous row.
    QSqlQuery rows = m_ctx.db.exec(u"SELECT merchant_id, balance_delta_cents, reserved_delta_cents, balance_after_cents, "
                                   u"reserved_after_cents FROM transactions ORDER BY merchant_id, seq"_s);
    QString current;
    qint64 runningBalance = 0;
    qint64 runningReserved = 0;
    while (rows.next()) {
        const QString merchant = rows.value(0).toString();
        if (merchant != current) {
            current = merchant;
            runningBalance = runningReserved = 0;
        }
        runningBalance += rows.value(1).toLongLong();
        runningReserved += rows.value(2).toLongLong();
        if (rows.value(3).toLongLong() != runningBalance)
            mismatch(merchant, u"balance_after_cents follows the ledger"_s, runningBalance, rows.value(3).toLongLong());
        if (rows.value(4).toLongLong() != runningReserved)
            mismatch(merchant, u"reserved_after_cents follows the ledger"_s, runningReserved, rows.value(4).toLongLong());
    }
    rows.finish();
    const qint64 deductions =
        -m_ctx.db.scalar(u"SELECT COALESCE(SUM(balance_delta_cents), 0) FROM transactions WHERE kind = 'deduction'"_s)
             ->toLongLong();
    const qint64 earnings = m_ctx.db.scalar(u"SELECT COALESCE(SUM(amount_cents), 0) FROM earnings"_s)->toLongLong();
    if (deductions != earnings)
        mismatch({}, u"sum of deductions = influencer earnings + platform revenue"_s, deductions, earnings);
    tx.commit();
    return {{u"ok"_s, mismatches.isEmpty()}, {u"deposits_checked"_s, checked}, {u"mismatches"_s, mismatches}};
}

QJsonObject AdminService::auditLog(const QUrlQuery &query)
{
    const PageRequest page = PageRequest::fromQuery(query);
    QString sql = u"SELECT a.id, a.actor_id, u.email, a.action, a.target_type, a.target_id, a.details, a.created_at "
                  u"FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id WHERE 1 = 1"_s;
    QVariantList values;
    if (!page.cursor.isEmpty()) {
        sql += u" AND a.id < ?"_s;
        values << page.cursor;
    }
    sql += u" ORDER BY a.id DESC LIMIT ?"_s;
    values << page.limit + 1;
    const qint64 serverTime = m_ctx.now();
    QSqlQuery q = m_ctx.db.exec(sql, values);
    return pageOf(q, page, serverTime, [](const QSqlQuery &row) {
        const QString id = row.value(0).toString();
        return std::pair{QJsonObject{{u"id"_s, id},
                                     {u"actor_id"_s, row.value(1).toString()},
                                     {u"actor_email"_s, row.value(2).toString()},
                                     {u"action"_s, row.value(3).toString()},
                                     {u"target_type"_s, row.value(4).toString()},
                                     {u"target_id"_s, row.value(5).toString()},
                                     {u"details"_s, row.value(6).toString()},
                                     {u"created_at"_s, formatApiTime(row.value(7).toLongLong())}},
                         id};
    });
}

} // namespace lm::server
