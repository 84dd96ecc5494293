#pragma once

#include "database.h"
#include "dto.h"
#include "rows.h"

#include <QString>

#include <optional>

namespace lm::server {

/// A payment row: what the API shows and what only the server keeps.
struct PaymentRecord
{
    dto::Payment payment;
    QString providerRef;
    QString successUrl;
    QString cancelUrl;
    qint64 expiresAt = 0;
};

/// Maps rows of a SELECT of PaymentRepository::columns to PaymentRecord.
class PaymentReader final
{
public:
    explicit PaymentReader(const QSqlQuery &query);
    PaymentRecord read(const QSqlQuery &query) const;

private:
    int m_id, m_merchantId, m_provider, m_amount, m_currency, m_status, m_providerRef, m_successUrl, m_cancelUrl,
        m_createdAt, m_paidAt, m_expiresAt;
};

/// SQL of the `payments` table and of the provider events applied to them (`webhook_events`).
class PaymentRepository final
{
public:
    explicit PaymentRepository(Database &db) : m_db(db) {}

    /// Every SELECT of a payment lists these columns.
    static const QString columns;

    /// With `lock`, the row is locked for the rest of the transaction on PostgreSQL.
    std::optional<PaymentRecord> find(const QString &id, bool lock = false);
    /// The payment if it goes through `provider`.
    std::optional<PaymentRecord> findOf(const QString &provider, const QString &id);
    /// The Stripe payment of a Checkout Session.
    std::optional<PaymentRecord> findStripe(const QString &id, const QString &sessionId);
    /// A new pending payment in MAD; `providerRef` may be SQL NULL.
    void insert(const dto::Payment &p, const QVariant &providerRef, const QString &checkoutUrl,
                const QString &successUrl, const QString &cancelUrl, qint64 expiresAt);
    void markPaid(const QString &id, const QString &providerRef, qint64 now);
    /// Moves a pending payment to `status`; false when it was no longer pending.
    bool markUnpaid(const QString &id, const QString &status, qint64 now);
    /// Ids of the paid payments without a receipt, by id.
    QStringList paidWithoutReceipt();

    /// Records a provider's event once; false when it was recorded before (a redelivery).
    bool recordEvent(const QString &provider, const QString &eventId, const QString &eventType, qint64 now);

private:
    Database &m_db;
};

} // namespace lm::server
