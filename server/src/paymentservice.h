#pragma once

#include "cmi.h"
#include "context.h"
#include "dto.h"
#include "httpapi.h"
#include "ledger.h"
#include "receipt.h"
#include "repositories/campaignrepository.h"
#include "repositories/depositrepository.h"
#include "repositories/paymentrepository.h"
#include "repositories/transactionrepository.h"
#include "repositories/userrepository.h"
#include "texts.h"
#include "stripe.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

namespace lm::server {

/// Deposits as merchants see them, and recharges: payment creation per provider, the checkout
/// pages of the built-in sandbox, and the one confirmation path every provider ends in.
class PaymentService final
{
public:
    explicit PaymentService(Context &ctx)
        : m_ctx(ctx), m_ledger(ctx), m_stripe(ctx), m_cmi(ctx), m_receipts(ctx), m_payments(ctx.db),
          m_deposits(ctx.db), m_campaigns(ctx.db), m_transactions(ctx.db), m_users(ctx.db)
    {
    }

    static constexpr qint64 PaymentLifetimeMs = 24LL * 3600 * 1000;

    /// Providers this server can take payments with now (configuration decides).
    QStringList enabledProviders() const;

    dto::Deposit deposit(const QString &merchantId);
    QJsonObject transactions(const AuthUser &user, const QUrlQuery &query);

    /// A recharge checked and opened at its provider, not stored yet.
    struct NewPayment
    {
        dto::Payment payment;
        qint64 expiresAt = 0;
        QString successUrl;
        QString cancelUrl;
        QString checkoutUrl;
        QJsonArray checkoutOrigins; ///< where the checkout goes besides checkout_url's own origin
        QVariant providerRef;
    };
    /// Checks a recharge request and opens its checkout at the provider (Stripe: an API call, made
    /// outside any transaction). Throws ApiError 422, or 502 when the provider fails.
    NewPayment prepareRecharge(const AuthUser &merchant, const QJsonObject &body);
    /// Stores the pending payment and answers where to pay it (API.md's recharge answer).
    QJsonObject recharge(const NewPayment &payment);
    dto::Payment payment(const AuthUser &user, const QString &id);

    /// The shared confirmation path: marks the payment paid once, credits the deposit (ledger
    /// `recharge`), moves the 100 % mark, lifts a depletion block and resumes the campaigns paused
    /// for depletion. Returns false when the payment was already credited (nothing changes).
    bool confirm(const QString &paymentId, const QString &providerReference);
    /// Marks a pending payment failed or expired; a paid one stays paid. Returns whether it changed.
    bool markUnpaid(const QString &paymentId, const QString &status);

    /// confirm() and markUnpaid() inside the caller's write transaction (a webhook event stored
    /// together with its effect). After committing a confirmInTransaction() that returned true,
    /// call afterConfirmed().
    bool confirmInTransaction(const QString &paymentId, const QString &providerReference);
    bool markUnpaidInTransaction(const QString &paymentId, const QString &status);
    /// The slow work of a committed confirmation (the PDF receipt), queued on the event loop so the
    /// provider gets its answer first.
    void afterConfirmed(const QString &paymentId);

    Response stripeWebhook(const Request &request) { return m_stripe.webhook(request, *this); }
    Response cmiPage(const QString &paymentId) { return m_cmi.paymentPage(paymentId); }
    Response cmiCallback(const Request &request) { return m_cmi.callback(request, *this); }
    /// GET /api/payments/{id}/receipt.pdf
    Response receiptPdf(const AuthUser &user, const QString &paymentId);
    /// Receipts left missing by a stop between a credit and its receipt (run at start-up).
    void generateMissingReceipts();

    Response sandboxPage(const QString &paymentId);
    Response sandboxPay(const QString &paymentId);
    Response sandboxCancel(const QString &paymentId);
    /// The page a browser lands on after the provider (success or cancel).
    Response returnPage(const QString &paymentId, const QString &result);

private:
    std::optional<dto::Payment> load(const QString &id);
    /// The language of a merchant's pages and emails: its locale.
    texts::Language merchantLanguage(const QString &merchantId);
    QString paymentUrl(const QString &id, const QString &what) const;
    void queueConfirmationEmail(const QString &paymentId, const QString &merchantId, qint64 amountCents,
                                const QString &provider, const QString &providerReference, qint64 balanceAfterCents);

    Context &m_ctx;
    Ledger m_ledger;
    StripeGateway m_stripe;
    CmiGateway m_cmi;
    ReceiptService m_receipts;
    PaymentRepository m_payments;
    DepositRepository m_deposits;
    CampaignRepository m_campaigns;
    TransactionRepository m_transactions;
    UserRepository m_users;
    QObject m_lifetime; ///< context of the work queued after a commit (see afterConfirmed)
};

} // namespace lm::server
