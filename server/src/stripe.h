#pragma once

#include "context.h"
#include "httpapi.h"
#include "texts.h"

#include <QByteArray>
#include <QString>

namespace lm::server {

class PaymentService;

/// Stripe Checkout: sessions created through Stripe's REST API (base URL configurable) and the
/// signed webhook events that confirm, fail or expire them.
class StripeGateway final
{
public:
    explicit StripeGateway(Context &ctx) : m_ctx(ctx) {}

    static constexpr qint64 SignatureToleranceS = 300;

    bool enabled() const;

    struct CheckoutRequest
    {
        QString paymentId;
        QString merchantId;
        qint64 amountCents = 0;
        QString successUrl;
        QString cancelUrl;
        texts::Language language = texts::Language::French; ///< the merchant's: the line item's and the page's
    };
    struct Session
    {
        QString id;
        QString url;
    };
    /// Creates a Checkout Session. Throws 502 provider_unavailable when Stripe does not answer in
    /// time, refuses, or answers something unusable.
    Session createSession(const CheckoutRequest &checkout) const;

    /// Whether `header` (Stripe-Signature: "t=…,v1=…[,v1=…]") signs `body` with `secret` at a time
    /// within `toleranceS` of `nowS`, as Stripe's libraries check it.
    static bool verifySignature(const QByteArray &header, const QByteArray &body, const QByteArray &secret,
                                qint64 nowS, qint64 toleranceS = SignatureToleranceS);

    /// `POST /api/webhooks/stripe`: 200 {"received": true}; 400 invalid_signature.
    Response webhook(const Request &request, PaymentService &payments);

private:
    Context &m_ctx;
};

} // namespace lm::server
