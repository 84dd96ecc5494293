#include "payoutrepository.h"

using namespace Qt::StringLiterals;

namespace lm::server {

const QString PayoutRepository::select =
    u"SELECT p.id, p.influencer_id, u.display_name AS influencer_name, p.amount_cents, p.status, p.rib_last4, "
    u"p.reference, p.reason, p.requested_at, p.decided_at, p.updated_at FROM payouts p "
    u"JOIN users u ON u.id = p.influencer_id"_s;

namespace {

// The sums of InfluencerBalance for the influencer `u.id`, as columns of a SELECT … FROM users u.
const QString balanceColumns =
    u"(SELECT COALESCE(SUM(e.amount_cents), 0) FROM earnings e WHERE e.beneficiary = 'influencer' "
    u"AND e.influencer_id = u.id) AS earned_cents, "
    u"(SELECT COALESCE(SUM(p.amount_cents), 0) FROM payouts p WHERE p.influencer_id = u.id AND p.status = 'paid') "
    u"AS paid_cents, "
    u"(SELECT COALESCE(SUM(p.amount_cents), 0) FROM payouts p WHERE p.influencer_id = u.id "
    u"AND p.status = 'requested') AS requested_cents, "
    u"(SELECT COALESCE(SUM(x.amount_cents), 0) FROM payout_entries x WHERE x.influencer_id = u.id) AS entries_cents"_s;

class BalanceReader final
{
public:
    explicit BalanceReader(const QSqlQuery &query)
    {
        const ColumnLookup column(query);
        m_id = column("id"_L1);
        m_earned = column("earned_cents"_L1);
        m_paid = column("paid_cents"_L1);
        m_requested = column("requested_cents"_L1);
        m_entries = column("entries_cents"_L1);
    }
    InfluencerBalance read(const QSqlQuery &q) const
    {
        InfluencerBalance b;
        b.influencerId = q.value(m_id).toString();
        b.earnedCents = q.value(m_earned).toLongLong();
        b.paidCents = q.value(m_paid).toLongLong();
        b.requestedCents = q.value(m_requested).toLongLong();
        b.ledgerCents = b.earnedCents + q.value(m_entries).toLongLong();
        return b;
    }

private:
    int m_id, m_earned, m_paid, m_requested, m_entries;
};

} // namespace

QString maskRib(const QString &last4)
{
    return u"•••• •••• "_s + last4;
}

PayoutReader::PayoutReader(const QSqlQuery &query)
{
    const ColumnLookup column(query);
    m_id = column("id"_L1);
    m_influencerId = column("influencer_id"_L1);
    m_influencerName = column("influencer_name"_L1);
    m_amount = column("amount_cents"_L1);
    m_status = column("status"_L1);
    m_ribLast4 = column("rib_last4"_L1);
    m_reference = column("reference"_L1);
    m_reason = column("reason"_L1);
    m_requestedAt = column("requested_at"_L1);
    m_decidedAt = column("decided_at"_L1);
    m_updatedAt = column("updated_at"_L1);
}

PayoutRow PayoutReader::read(const QSqlQuery &q) const
{
    PayoutRow row;
    dto::Payout &p = row.payout;
    p.id = q.value(m_id).toString();
    p.influencerId = q.value(m_influencerId).toString();
    p.influencerName = q.value(m_influencerName).toString();
    p.amountCents = q.value(m_amount).toLongLong();
    // An unknown stored status reads as rejected: such a payout can be neither paid nor decided (logged).
    row.status = wireValue(q, m_status, &payoutStatusFromString, PayoutStatus::Rejected);
    p.status = toString(row.status);
    p.ribMasked = maskRib(q.value(m_ribLast4).toString());
    p.reference = q.value(m_reference).toString();
    p.reason = q.value(m_reason).toString();
    p.requestedAt = q.value(m_requestedAt).toLongLong();
    if (const QVariant decided = q.value(m_decidedAt); !decided.isNull())
        p.decidedAt = decided.toLongLong();
    p.updatedAt = q.value(m_updatedAt).toLongLong();
    return row;
}

std::optional<BankAccount> PayoutRepository::bankAccount(const QString &influencerId, bool lock)
{
    QSqlQuery q = m_db.exec(u"SELECT influencer_id, holder_name, rib_sealed, rib_last4, updated_at FROM bank_accounts "
                            u"WHERE influencer_id = ?"_s
                                + (lock ? m_db.forUpdate() : QString()),
                            {influencerId});
    if (!q.next())
        return std::nullopt;
    const ColumnLookup column(q);
    BankAccount a{q.value(column("influencer_id"_L1)).toString(), q.value(column("holder_name"_L1)).toString(),
                  q.value(column("rib_sealed"_L1)).toString(), q.value(column("rib_last4"_L1)).toString(),
                  q.value(column("updated_at"_L1)).toLongLong()};
    q.finish();
    return a;
}

void PayoutRepository::saveBankAccount(const BankAccount &a, qint64 now)
{
    // One statement, so two first saves at once cannot both insert.
    m_db.exec(u"INSERT INTO bank_accounts (influencer_id, holder_name, rib_sealed, rib_last4, created_at, updated_at) "
              u"VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (influencer_id) DO UPDATE SET holder_name = excluded.holder_name, "
              u"rib_sealed = excluded.rib_sealed, rib_last4 = excluded.rib_last4, updated_at = excluded.updated_at"_s,
              {a.influencerId, a.holderName, a.ribSealed, a.ribLast4, now, now});
}

std::optional<PayoutRow> PayoutRepository::find(const QString &id)
{
    Rows<PayoutReader> rows(m_db.exec(select + u" WHERE p.id = ?"_s, {id}));
    if (!rows.next())
        return std::nullopt;
    PayoutRow row = rows.read();
    rows.finish();
    return row;
}

void PayoutRepository::insert(const dto::Payout &p, const BankAccount &account)
{
    m_db.exec(u"INSERT INTO payouts (id, influencer_id, amount_cents, status, holder_name, rib_sealed, rib_last4, "
              u"requested_at, updated_at) VALUES (?, ?, ?, 'requested', ?, ?, ?, ?, ?)"_s,
              {p.id, p.influencerId, p.amountCents, account.holderName, account.ribSealed, account.ribLast4,
               p.requestedAt, p.updatedAt});
}

bool PayoutRepository::decide(const QString &id, PayoutStatus status, const QString &reference, const QString &reason,
                              const QString &decidedBy, qint64 now)
{
    QSqlQuery q = m_db.exec(u"UPDATE payouts SET status = ?, reference = ?, reason = ?, decided_by = ?, decided_at = ?, "
                            u"updated_at = CASE WHEN updated_at < ? THEN ? ELSE updated_at + 1 END "
                            u"WHERE id = ? AND status = 'requested'"_s,
                            {toString(status), reference, reason, decidedBy, now, now, now, id});
    return q.numRowsAffected() == 1;
}

void PayoutRepository::insertEntry(const QString &payoutId, const QString &influencerId, PayoutEntryKind kind,
                                   qint64 signedCents, qint64 now)
{
    m_db.exec(u"INSERT INTO payout_entries (id, payout_id, influencer_id, kind, amount_cents, created_at) "
              u"VALUES (?, ?, ?, ?, ?, ?)"_s,
              {newId(), payoutId, influencerId, toString(kind), signedCents, now});
}

Rows<PayoutReader> PayoutRepository::page(const Filter &filter, const std::optional<qint64> &updatedSince,
                                          const QString &cursor, int limit)
{
    QString sql = select + u" WHERE 1 = 1"_s;
    QVariantList values;
    if (!filter.influencerId.isEmpty()) {
        sql += u" AND p.influencer_id = ?"_s;
        values << filter.influencerId;
    }
    if (!filter.status.isEmpty()) {
        sql += u" AND p.status = ?"_s;
        values << filter.status;
    }
    appendPage(sql, values, {u"p"_s, u"id"_s, true}, updatedSince, cursor, limit);
    return Rows<PayoutReader>(m_db.exec(sql, values));
}

InfluencerBalance PayoutRepository::balance(const QString &influencerId)
{
    Rows<BalanceReader> rows(
        m_db.exec(u"SELECT u.id, "_s + balanceColumns + u" FROM users u WHERE u.id = ?"_s, {influencerId}));
    if (!rows.next())
        return {influencerId, 0, 0, 0, 0};
    InfluencerBalance b = rows.read();
    rows.finish();
    return b;
}

QList<InfluencerBalance> PayoutRepository::balances()
{
    Rows<BalanceReader> rows(m_db.exec(u"SELECT u.id, "_s + balanceColumns
                                       + u" FROM users u WHERE u.role = 'influencer' ORDER BY u.id"_s));
    QList<InfluencerBalance> all;
    while (rows.next())
        all.append(rows.read());
    return all;
}

} // namespace lm::server
