#include "paymentrepository.h"

using namespace Qt::StringLiterals;

namespace lm::server {

const QString PaymentRepository::columns = u"id, merchant_id, provider, amount_cents, currency, status, provider_ref, "
                                           u"success_url, cancel_url, created_at, paid_at, expires_at"_s;

PaymentReader::PaymentReader(const QSqlQuery &query)
{
    const ColumnLookup column(query);
    m_id = column("id"_L1);
    m_merchantId = column("merchant_id"_L1);
    m_provider = column("provider"_L1);
    m_amount = column("amount_cents"_L1);
    m_currency = column("currency"_L1);
    m_status = column("status"_L1);
    m_providerRef = column("provider_ref"_L1);
    m_successUrl = column("success_url"_L1);
    m_cancelUrl = column("cancel_url"_L1);
    m_createdAt = column("created_at"_L1);
    m_paidAt = column("paid_at"_L1);
    m_expiresAt = column("expires_at"_L1);
}

PaymentRecord PaymentReader::read(const QSqlQuery &q) const
{
    PaymentRecord r;
    dto::Payment &p = r.payment;
    p.id = q.value(m_id).toString();
    p.merchantId = q.value(m_merchantId).toString();
    p.provider = q.value(m_provider).toString();
    p.amountCents = q.value(m_amount).toLongLong();
    p.currency = q.value(m_currency).toString();
    p.status = q.value(m_status).toString();
    p.createdAt = q.value(m_createdAt).toLongLong();
    if (const QVariant paidAt = q.value(m_paidAt); !paidAt.isNull())
        p.paidAt = paidAt.toLongLong();
    r.providerRef = q.value(m_providerRef).toString();
    r.successUrl = q.value(m_successUrl).toString();
    r.cancelUrl = q.value(m_cancelUrl).toString();
    r.expiresAt = q.value(m_expiresAt).toLongLong();
    return r;
}

namespace {

std::optional<PaymentRecord> first(Rows<PaymentReader> rows)
{
    if (!rows.next())
        return std::nullopt;
    PaymentRecord r = rows.read();
    rows.finish();
    return r;
}

} // namespace

std::optional<PaymentRecord> PaymentRepository::find(const QString &id, bool lock)
{
    return first(Rows<PaymentReader>(
        m_db.exec(u"SELECT "_s + columns + u" FROM payments WHERE id = ?"_s + (lock ? m_db.forUpdate() : QString()),
                  {id})));
}

std::optional<PaymentRecord> PaymentRepository::findOf(const QString &provider, const QString &id)
{
    return first(Rows<PaymentReader>(
        m_db.exec(u"SELECT "_s + columns + u" FROM payments WHERE id = ? AND provider = ?"_s, {id, provider})));
}

std::optional<PaymentRecord> PaymentRepository::findStripe(const QString &id, const QString &sessionId)
{
    return first(Rows<PaymentReader>(m_db.exec(u"SELECT "_s + columns
                                                   + u" FROM payments WHERE id = ? AND provider = 'stripe' "
                                                     u"AND provider_ref = ?"_s,
                                               {id, sessionId})));
}

void PaymentRepository::insert(const dto::Payment &p, const QVariant &providerRef, const QString &checkoutUrl,
                               const QString &successUrl, const QString &cancelUrl, qint64 expiresAt)
{
    m_db.exec(u"INSERT INTO payments (id, merchant_id, provider, amount_cents, currency, status, provider_ref, "
              u"checkout_url, success_url, cancel_url, created_at, expires_at, updated_at) "
              u"VALUES (?, ?, ?, ?, 'MAD', 'pending', ?, ?, ?, ?, ?, ?, ?)"_s,
              {p.id, p.merchantId, p.provider, p.amountCents, providerRef, checkoutUrl, successUrl, cancelUrl,
               p.createdAt, expiresAt, p.createdAt});
}

void PaymentRepository::markPaid(const QString &id, const QString &providerRef, qint64 now)
{
    m_db.exec(u"UPDATE payments SET status = 'paid', paid_at = ?, provider_ref = ?, updated_at = ? WHERE id = ?"_s,
              {now, providerRef, now, id});
}

bool PaymentRepository::markUnpaid(const QString &id, const QString &status, qint64 now)
{
    QSqlQuery q = m_db.exec(u"UPDATE payments SET status = ?, updated_at = ? WHERE id = ? AND status = 'pending'"_s,
                            {status, now, id});
    return q.numRowsAffected() == 1;
}

QStringList PaymentRepository::paidWithoutReceipt()
{
    QStringList ids;
    QSqlQuery q = m_db.exec(u"SELECT p.id FROM payments p LEFT JOIN receipts r ON r.payment_id = p.id "
                            u"WHERE p.status = 'paid' AND r.payment_id IS NULL ORDER BY p.id"_s);
    const int id = ColumnLookup(q)("id"_L1);
    while (q.next())
        ids << q.value(id).toString();
    return ids;
}

bool PaymentRepository::recordEvent(const QString &provider, const QString &eventId, const QString &eventType,
                                    qint64 now)
{
    QSqlQuery q = m_db.exec(u"INSERT INTO webhook_events (provider, event_id, event_type, received_at) "
                            u"VALUES (?, ?, ?, ?) ON CONFLICT (provider, event_id) DO NOTHING"_s,
                            {provider, eventId, eventType, now});
    return q.numRowsAffected() == 1;
}

} // namespace lm::server
