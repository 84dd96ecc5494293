#include "depositrepository.h"

using namespace Qt::StringLiterals;

namespace lm::server {

const QString DepositRepository::columns = u"d.merchant_id, d.current_balance, d.reserved_amount, d.reference_amount, "
                                           u"d.status, d.blocked_reason, d.updated_at"_s;

DepositReader::DepositReader(const QSqlQuery &query)
{
    const ColumnLookup column(query);
    m_merchantId = column("merchant_id"_L1);
    m_currentBalance = column("current_balance"_L1);
    m_reserved = column("reserved_amount"_L1);
    m_reference = column("reference_amount"_L1);
    m_status = column("status"_L1);
    m_blockedReason = column("blocked_reason"_L1);
    m_updatedAt = column("updated_at"_L1);
}

dto::Deposit DepositReader::read(const QSqlQuery &q) const
{
    dto::Deposit d;
    d.merchantId = q.value(m_merchantId).toString();
    d.currentBalanceCents = q.value(m_currentBalance).toLongLong();
    d.reservedCents = q.value(m_reserved).toLongLong();
    d.referenceCents = q.value(m_reference).toLongLong();
    // An unknown stored status reads as blocked: such a deposit takes no lead (logged).
    d.status = wireValue(q, m_status, &depositStatusFromString, DepositStatus::Blocked);
    d.blockedReason = q.value(m_blockedReason).toString();
    d.updatedAt = q.value(m_updatedAt).toLongLong();
    return d;
}

DepositOverviewReader::DepositOverviewReader(const QSqlQuery &query) : m_deposit(query)
{
    const ColumnLookup column(query);
    m_merchantName = column("merchant_name"_L1);
    m_lastAlertAt = column("last_alert_at"_L1);
    m_blockedNote = column("blocked_note"_L1);
    m_pendingLeads = column("pending_leads"_L1);
    m_rejected = column("rejected_in_window"_L1);
    m_decided = column("decided_in_window"_L1);
}

DepositOverview DepositOverviewReader::read(const QSqlQuery &q) const
{
    DepositOverview o;
    o.deposit = m_deposit.read(q);
    o.merchantName = q.value(m_merchantName).toString();
    if (const QVariant at = q.value(m_lastAlertAt); !at.isNull())
        o.lastAlertAt = at.toLongLong();
    o.blockedNote = q.value(m_blockedNote).toString();
    o.pendingLeads = q.value(m_pendingLeads).toLongLong();
    o.rejectedInWindow = q.value(m_rejected).toLongLong();
    o.decidedInWindow = q.value(m_decided).toLongLong();
    return o;
}

namespace {

/// The amounts a `… RETURNING current_balance, reserved_amount` gave, if it updated a row.
std::optional<DepositRepository::Amounts> returnedAmounts(QSqlQuery &q)
{
    if (!q.next())
        return std::nullopt;
    const ColumnLookup column(q);
    const DepositRepository::Amounts after{q.value(column("current_balance"_L1)).toLongLong(),
                                           q.value(column("reserved_amount"_L1)).toLongLong()};
    q.finish(); // SQLite: an unfinished RETURNING statement makes COMMIT fail.
    return after;
}

} // namespace

std::optional<dto::Deposit> DepositRepository::find(const QString &merchantId, bool lock)
{
    Rows<DepositReader> rows(m_db.exec(u"SELECT "_s + columns + u" FROM deposits d WHERE d.merchant_id = ?"_s
                                           + (lock ? m_db.forUpdate() : QString()),
                                       {merchantId}));
    if (!rows.next())
        return std::nullopt;
    return rows.read();
}

void DepositRepository::create(const QString &merchantId, qint64 now)
{
    m_db.exec(u"INSERT INTO deposits (merchant_id, updated_at) VALUES (?, ?)"_s, {merchantId, now});
}

std::optional<DepositRepository::Amounts> DepositRepository::reserve(const QString &merchantId, qint64 cents,
                                                                     qint64 now, bool requireActive)
{
    QSqlQuery q = m_db.exec(u"UPDATE deposits SET reserved_amount = reserved_amount + ?, updated_at = ? "
                            u"WHERE merchant_id = ? "_s
                                + (requireActive ? u"AND status = 'active' "_s : QString())
                                + u"AND current_balance - reserved_amount >= ? "
                                  u"RETURNING current_balance, reserved_amount"_s,
                            {cents, now, merchantId, cents});
    return returnedAmounts(q);
}

std::optional<DepositRepository::Amounts> DepositRepository::move(const QString &merchantId, qint64 balanceDelta,
                                                                  qint64 reservedDelta, qint64 now)
{
    QSqlQuery q = m_db.exec(
        u"UPDATE deposits SET current_balance = current_balance + ?, reserved_amount = reserved_amount + ?, "
        u"updated_at = ? WHERE merchant_id = ? RETURNING current_balance, reserved_amount"_s,
        {balanceDelta, reservedDelta, now, merchantId});
    return returnedAmounts(q);
}

void DepositRepository::blockByAdmin(const QString &merchantId, const QString &note, qint64 now)
{
    m_db.exec(u"UPDATE deposits SET status = 'blocked', blocked_reason = 'admin', blocked_note = ?, updated_at = ? "
              u"WHERE merchant_id = ?"_s,
              {nullIfEmpty(note), now, merchantId});
}

void DepositRepository::unblock(const QString &merchantId, qint64 now)
{
    m_db.exec(u"UPDATE deposits SET status = 'active', blocked_reason = NULL, blocked_note = NULL, updated_at = ? "
              u"WHERE merchant_id = ?"_s,
              {now, merchantId});
}

void DepositRepository::blockForDepletion(const QString &merchantId, qint64 now)
{
    m_db.exec(u"UPDATE deposits SET status = 'blocked', blocked_reason = 'depleted', updated_at = ? "
              u"WHERE merchant_id = ?"_s,
              {now, merchantId});
}

bool DepositRepository::isBlockedForDepletion(const QString &merchantId)
{
    return m_db
        .scalar(u"SELECT 1 FROM deposits WHERE merchant_id = ? AND status = 'blocked' "
                u"AND blocked_reason = 'depleted'"_s,
                {merchantId})
        .has_value();
}

void DepositRepository::markRecharged(const QString &merchantId)
{
    m_db.exec(u"UPDATE deposits SET reference_amount = current_balance, "
              u"status = CASE WHEN status = 'blocked' AND blocked_reason = 'depleted' THEN 'active' ELSE status END, "
              u"blocked_reason = CASE WHEN blocked_reason = 'depleted' THEN NULL ELSE blocked_reason END, "
              u"last_level = NULL WHERE merchant_id = ?"_s,
              {merchantId});
}

std::optional<DepositRepository::AlertState> DepositRepository::alertState(const QString &merchantId)
{
    QSqlQuery q = m_db.exec(u"SELECT "_s + columns
                                + u", d.last_level, d.last_alert_at, u.display_name, u.email, u.phone, u.locale FROM deposits d "
                                  u"JOIN users u ON u.id = d.merchant_id WHERE d.merchant_id = ?"_s
                                + m_db.forUpdate(),
                            {merchantId});
    if (!q.next())
        return std::nullopt;
    const ColumnLookup column(q);
    AlertState s;
    s.deposit = DepositReader(q).read(q);
    s.lastLevel = q.value(column("last_level"_L1)).toString();
    if (const QVariant at = q.value(column("last_alert_at"_L1)); !at.isNull())
        s.lastAlertAt = at.toLongLong();
    s.merchantName = q.value(column("display_name"_L1)).toString();
    s.email = q.value(column("email"_L1)).toString();
    s.phone = q.value(column("phone"_L1)).toString();
    s.locale = q.value(column("locale"_L1)).toString();
    q.finish();
    return s;
}

void DepositRepository::setLastLevel(const QString &merchantId, const QString &level)
{
    m_db.exec(u"UPDATE deposits SET last_level = ? WHERE merchant_id = ?"_s, {level, merchantId});
}

void DepositRepository::setLastAlert(const QString &merchantId, const QString &level, qint64 now)
{
    m_db.exec(u"UPDATE deposits SET last_level = ?, last_alert_at = ? WHERE merchant_id = ?"_s,
              {level, now, merchantId});
}

QStringList DepositRepository::merchantIds()
{
    QStringList ids;
    QSqlQuery q = m_db.exec(u"SELECT merchant_id FROM deposits ORDER BY merchant_id"_s);
    const int merchantId = ColumnLookup(q)("merchant_id"_L1);
    while (q.next())
        ids << q.value(merchantId).toString();
    return ids;
}

QList<dto::Deposit> DepositRepository::all()
{
    Rows<DepositReader> rows(m_db.exec(u"SELECT "_s + columns + u" FROM deposits d ORDER BY d.merchant_id"_s));
    QList<dto::Deposit> deposits;
    while (rows.next())
        deposits.append(rows.read());
    return deposits;
}

qint64 DepositRepository::totalReserved()
{
    return m_db.scalar(u"SELECT COALESCE(SUM(reserved_amount), 0) FROM deposits"_s)->toLongLong();
}

namespace {

// The lead counts are correlated subqueries on leads_merchant_decided (merchant, status,
// decided_at): one statement for a whole page, a few index lookups per row. Two values: decidedSince, twice.
QString overviewSelect(const QString &columns)
{
    return u"SELECT "_s + columns
        + u", u.display_name AS merchant_name, d.last_alert_at, d.blocked_note, "
          u"(SELECT COUNT(*) FROM leads l WHERE l.merchant_id = d.merchant_id AND l.status = 'pending') "
          u"AS pending_leads, "
          u"(SELECT COUNT(*) FROM leads l WHERE l.merchant_id = d.merchant_id AND l.status = 'rejected' "
          u"AND l.decided_at >= ?) AS rejected_in_window, "
          u"(SELECT COUNT(*) FROM leads l WHERE l.merchant_id = d.merchant_id "
          u"AND l.status IN ('validated', 'rejected') AND l.decided_at >= ?) AS decided_in_window "
          u"FROM deposits d JOIN users u ON u.id = d.merchant_id"_s;
}

} // namespace

Rows<DepositOverviewReader> DepositRepository::overviewPage(qint64 decidedSince,
                                                            const std::optional<qint64> &updatedSince,
                                                            const QString &cursor, int limit)
{
    QString sql = overviewSelect(columns) + u" WHERE 1 = 1"_s;
    QVariantList values{decidedSince, decidedSince};
    appendPage(sql, values, {u"d"_s, u"merchant_id"_s, false}, updatedSince, cursor, limit);
    return Rows<DepositOverviewReader>(m_db.exec(sql, values));
}

std::optional<DepositOverview> DepositRepository::overview(const QString &merchantId, qint64 decidedSince)
{
    Rows<DepositOverviewReader> rows(
        m_db.exec(overviewSelect(columns) + u" WHERE d.merchant_id = ?"_s, {decidedSince, decidedSince, merchantId}));
    if (!rows.next())
        return std::nullopt;
    DepositOverview row = rows.read();
    rows.finish();
    return row;
}

QList<DepositRepository::Reconciliation> DepositRepository::reconciliation()
{
    QSqlQuery q = m_db.exec(
        u"SELECT "_s + columns
        + u", (SELECT COALESCE(SUM(balance_delta_cents), 0) FROM transactions t WHERE t.merchant_id = d.merchant_id) "
          u"AS ledger_balance, "
          u"(SELECT COALESCE(SUM(reserved_delta_cents), 0) FROM transactions t WHERE t.merchant_id = d.merchant_id) "
          u"AS ledger_reserved, "
          u"(SELECT COALESCE(SUM(commission_cents), 0) FROM leads l WHERE l.merchant_id = d.merchant_id "
          u"AND l.status = 'pending') AS pending_commissions FROM deposits d ORDER BY d.merchant_id"_s);
    const DepositReader deposit(q);
    const ColumnLookup column(q);
    const int ledgerBalance = column("ledger_balance"_L1);
    const int ledgerReserved = column("ledger_reserved"_L1);
    const int pendingCommissions = column("pending_commissions"_L1);
    QList<Reconciliation> all;
    while (q.next())
        all.append({deposit.read(q), q.value(ledgerBalance).toLongLong(), q.value(ledgerReserved).toLongLong(),
                    q.value(pendingCommissions).toLongLong()});
    q.finish();
    return all;
}

} // namespace lm::server
