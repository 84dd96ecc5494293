#include "ledger.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lm::server {

std::optional<dto::Deposit> Ledger::deposit(const QString &merchantId, bool lock)
{
    QSqlQuery q = m_ctx.db.exec(u"SELECT merchant_id, current_balance, reserved_amount, reference_amount, status, "
                                u"blocked_reason, updated_at FROM deposits WHERE merchant_id = ?"_s
                                    + (lock ? m_ctx.db.forUpdate() : QString()),
                                {merchantId});
    if (!q.next())
        return std::nullopt;
    dto::Deposit d;
    d.merchantId = q.value(0).toString();
    d.currentBalanceCents = q.value(1).toLongLong();
    d.reservedCents = q.value(2).toLongLong();
    d.referenceCents = q.value(3).toLongLong();
    d.status = depositStatusFromString(q.value(4).toString()).value_or(DepositStatus::Blocked);
    d.blockedReason = q.value(5).toString();
    d.updatedAt = q.value(6).toLongLong();
    return d;
}

std::optional<dto::Transaction> Ledger::reserve(const QString &merchantId, qint64 cents, const QString &leadId,
                                                const QString &description)
{
    if (cents == 0) { // nothing to hold back: no deposit change and no empty ledger row
        dto::Transaction none;
        none.kind = TransactionKind::Reserve;
        return none;
    }
    QSqlQuery q = m_ctx.db.exec(
        u"UPDATE deposits SET reserved_amount = reserved_amount + ?, updated_at = ? "
        u"WHERE merchant_id = ? AND status = 'active' AND current_balance - reserved_amount >= ? "
        u"RETURNING current_balance, reserved_amount"_s,
        {cents, m_ctx.now(), merchantId, cents});
    if (!q.next())
        return std::nullopt;
    const qint64 balance = q.value(0).toLongLong();
    const qint64 reserved = q.value(1).toLongLong();
    q.finish(); // SQLite: an unfinished RETURNING statement makes COMMIT fail.
    return record(merchantId, {TransactionKind::Reserve, 0, cents, leadId, {}, description}, balance, reserved);
}

dto::Transaction Ledger::apply(const QString &merchantId, const Entry &entry)
{
    if (entry.balanceDelta == 0 && entry.reservedDelta == 0) { // a zero commission moves nothing
        dto::Transaction none;
        none.kind = entry.kind;
        return none;
    }
    QSqlQuery q = m_ctx.db.exec(
        u"UPDATE deposits SET current_balance = current_balance + ?, reserved_amount = reserved_amount + ?, "
        u"updated_at = ? WHERE merchant_id = ? RETURNING current_balance, reserved_amount"_s,
        {entry.balanceDelta, entry.reservedDelta, m_ctx.now(), merchantId});
    if (!q.next())
        throw DbError(u"no deposit for merchant "_s + merchantId, false);
    const qint64 balance = q.value(0).toLongLong();
    const qint64 reserved = q.value(1).toLongLong();
    q.finish();
    return record(merchantId, entry, balance, reserved);
}

dto::Transaction Ledger::record(const QString &merchantId, const Entry &entry, qint64 balanceAfter,
                                qint64 reservedAfter)
{
    dto::Transaction t;
    t.id = newId();
    t.kind = entry.kind;
    t.balanceDeltaCents = entry.balanceDelta;
    t.reservedDeltaCents = entry.reservedDelta;
    t.amountCents = qMax(qAbs(entry.balanceDelta), qAbs(entry.reservedDelta));
    t.balanceAfterCents = balanceAfter;
    t.reservedAfterCents = reservedAfter;
    t.leadId = entry.leadId;
    t.paymentId = entry.paymentId;
    t.description = entry.description;
    t.createdAt = m_ctx.now();
    // The deposit row was just updated in this transaction, so no other writer can number a row
    // of this merchant until we commit.
    const qint64 seq = m_ctx.db.scalar(u"SELECT COALESCE(MAX(seq), 0) + 1 FROM transactions WHERE merchant_id = ?"_s,
                                       {merchantId})->toLongLong();
    m_ctx.db.exec(u"INSERT INTO transactions (id, merchant_id, kind, amount_cents, balance_delta_cents, "
                  u"reserved_delta_cents, balance_after_cents, reserved_after_cents, lead_id, payment_id, description, "
                  u"seq, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                  {t.id, merchantId, toString(t.kind), t.amountCents, t.balanceDeltaCents, t.reservedDeltaCents,
                   t.balanceAfterCents, t.reservedAfterCents, nullIfEmpty(t.leadId), nullIfEmpty(t.paymentId),
                   t.description, seq, t.createdAt});
    return t;
}

} // namespace lm::server
