#include "transactionrepository.h"

using namespace Qt::StringLiterals;

namespace lm::server {

const QString TransactionRepository::columns =
    u"id, kind, amount_cents, balance_delta_cents, reserved_delta_cents, balance_after_cents, reserved_after_cents, "
    u"lead_id, payment_id, description, created_at, seq"_s;

TransactionReader::TransactionReader(const QSqlQuery &query)
{
    const ColumnLookup column(query);
    m_id = column("id"_L1);
    m_kind = column("kind"_L1);
    m_amount = column("amount_cents"_L1);
    m_balanceDelta = column("balance_delta_cents"_L1);
    m_reservedDelta = column("reserved_delta_cents"_L1);
    m_balanceAfter = column("balance_after_cents"_L1);
    m_reservedAfter = column("reserved_after_cents"_L1);
    m_leadId = column("lead_id"_L1);
    m_paymentId = column("payment_id"_L1);
    m_description = column("description"_L1);
    m_createdAt = column("created_at"_L1);
    m_seq = column("seq"_L1);
}

SequencedTransaction TransactionReader::read(const QSqlQuery &q) const
{
    dto::Transaction t;
    t.id = q.value(m_id).toString();
    // An unknown stored kind reads as an adjustment (the deltas, read as stored, stay exact); logged.
    t.kind = wireValue(q, m_kind, &transactionKindFromString, TransactionKind::Adjustment);
    t.amountCents = q.value(m_amount).toLongLong();
    t.balanceDeltaCents = q.value(m_balanceDelta).toLongLong();
    t.reservedDeltaCents = q.value(m_reservedDelta).toLongLong();
    t.balanceAfterCents = q.value(m_balanceAfter).toLongLong();
    t.reservedAfterCents = q.value(m_reservedAfter).toLongLong();
    t.leadId = q.value(m_leadId).toString();
    t.paymentId = q.value(m_paymentId).toString();
    t.description = q.value(m_description).toString();
    t.createdAt = q.value(m_createdAt).toLongLong();
    return {t, q.value(m_seq).toLongLong()};
}

LedgerStepReader::LedgerStepReader(const QSqlQuery &query)
{
    const ColumnLookup column(query);
    m_merchantId = column("merchant_id"_L1);
    m_balanceDelta = column("balance_delta_cents"_L1);
    m_reservedDelta = column("reserved_delta_cents"_L1);
    m_balanceAfter = column("balance_after_cents"_L1);
    m_reservedAfter = column("reserved_after_cents"_L1);
}

LedgerStep LedgerStepReader::read(const QSqlQuery &q) const
{
    return {q.value(m_merchantId).toString(), q.value(m_balanceDelta).toLongLong(),
            q.value(m_reservedDelta).toLongLong(), q.value(m_balanceAfter).toLongLong(),
            q.value(m_reservedAfter).toLongLong()};
}

qint64 TransactionRepository::nextSeq(const QString &merchantId)
{
    return m_db.scalar(u"SELECT COALESCE(MAX(seq), 0) + 1 FROM transactions WHERE merchant_id = ?"_s, {merchantId})
        ->toLongLong();
}

void TransactionRepository::insert(const QString &merchantId, const dto::Transaction &t, qint64 seq)
{
    m_db.exec(u"INSERT INTO transactions (id, merchant_id, kind, amount_cents, balance_delta_cents, "
              u"reserved_delta_cents, balance_after_cents, reserved_after_cents, lead_id, payment_id, description, "
              u"seq, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
              {t.id, merchantId, toString(t.kind), t.amountCents, t.balanceDeltaCents, t.reservedDeltaCents,
               t.balanceAfterCents, t.reservedAfterCents, nullIfEmpty(t.leadId), nullIfEmpty(t.paymentId),
               t.description, seq, t.createdAt});
}

Rows<TransactionReader> TransactionRepository::page(const QString &merchantId,
                                                    const std::optional<qint64> &createdSince,
                                                    const std::optional<qint64> &beforeSeq, int limit)
{
    QString sql = u"SELECT "_s + columns + u" FROM transactions WHERE merchant_id = ?"_s;
    QVariantList values{merchantId};
    if (createdSince) {
        sql += u" AND created_at >= ?"_s;
        values << *createdSince;
    }
    if (beforeSeq) {
        sql += u" AND seq < ?"_s;
        values << *beforeSeq;
    }
    sql += u" ORDER BY seq DESC LIMIT ?"_s;
    values << limit;
    return Rows<TransactionReader>(m_db.exec(sql, values));
}

Rows<LedgerStepReader> TransactionRepository::allSteps()
{
    return Rows<LedgerStepReader>(
        m_db.exec(u"SELECT merchant_id, balance_delta_cents, reserved_delta_cents, balance_after_cents, "
                  u"reserved_after_cents FROM transactions ORDER BY merchant_id, seq"_s));
}

std::optional<qint64> TransactionRepository::balanceAfterRecharge(const QString &paymentId)
{
    if (auto after = m_db.scalar(u"SELECT balance_after_cents FROM transactions WHERE payment_id = ? "
                                 u"AND kind = 'recharge'"_s,
                                 {paymentId}))
        return after->toLongLong();
    return std::nullopt;
}

qint64 TransactionRepository::totalDeductions()
{
    return -m_db.scalar(u"SELECT COALESCE(SUM(balance_delta_cents), 0) FROM transactions WHERE kind = 'deduction'"_s)
                ->toLongLong();
}

void TransactionRepository::redactLeadDescriptions(const QString &leadId, const QString &name,
                                                   const QString &replacement)
{
    m_db.exec(u"UPDATE transactions SET description = REPLACE(description, ?, ?) WHERE lead_id = ?"_s,
              {name, replacement, leadId});
}

qint64 TransactionRepository::deductionsBetween(qint64 start, qint64 end)
{
    return m_db
        .scalar(u"SELECT COALESCE(-SUM(balance_delta_cents), 0) FROM transactions WHERE kind = 'deduction' "
                u"AND created_at >= ? AND created_at < ?"_s,
                {start, end})
        ->toLongLong();
}

qint64 TransactionRepository::rechargesBetween(qint64 start, qint64 end)
{
    return m_db
        .scalar(u"SELECT COALESCE(SUM(balance_delta_cents), 0) FROM transactions WHERE kind = 'recharge' "
                u"AND created_at >= ? AND created_at < ?"_s,
                {start, end})
        ->toLongLong();
}

void TransactionRepository::insertEarning(EarningsBeneficiary beneficiary, const QString &influencerId,
                                          const QString &merchantId, const QString &leadId, qint64 cents, qint64 now)
{
    m_db.exec(u"INSERT INTO earnings (id, beneficiary, influencer_id, merchant_id, lead_id, amount_cents, created_at) "
              u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
              {newId(), toString(beneficiary), nullIfEmpty(influencerId), merchantId, leadId, cents, now});
}

qint64 TransactionRepository::totalEarnings()
{
    return m_db.scalar(u"SELECT COALESCE(SUM(amount_cents), 0) FROM earnings"_s)->toLongLong();
}

qint64 TransactionRepository::influencerEarnings(const QString &influencerId)
{
    return m_db
        .scalar(u"SELECT COALESCE(SUM(amount_cents), 0) FROM earnings "
                u"WHERE beneficiary = 'influencer' AND influencer_id = ?"_s,
                {influencerId})
        ->toLongLong();
}

QList<std::pair<qint64, qint64>> TransactionRepository::influencerEarningsSince(const QString &influencerId,
                                                                                qint64 since)
{
    QSqlQuery q = m_db.exec(u"SELECT created_at, amount_cents FROM earnings WHERE beneficiary = 'influencer' "
                            u"AND influencer_id = ? AND created_at >= ?"_s,
                            {influencerId, since});
    const ColumnLookup column(q);
    const int createdAt = column("created_at"_L1);
    const int amount = column("amount_cents"_L1);
    QList<std::pair<qint64, qint64>> rows;
    while (q.next())
        rows.append({q.value(createdAt).toLongLong(), q.value(amount).toLongLong()});
    return rows;
}

} // namespace lm::server
