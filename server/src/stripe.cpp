#include "stripe.h"

#include "apierror.h"
#include "curlclient.h"
#include "database.h"
#include "logging.h"
#include "paymentservice.h"
#include "repositories/paymentrepository.h"
#include "texts.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace lm::server {

namespace {

auto plog()
{
    return logger("server.payments");
}

constexpr int DefaultTimeoutMs = 10000;

QByteArray hmacSha256Hex(const QByteArray &key, const QByteArray &message)
{
    crypto_auth_hmacsha256_state state;
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char *>(key.constData()), size_t(key.size()));
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char *>(message.constData()),
                                  static_cast<unsigned long long>(message.size()));
    crypto_auth_hmacsha256_final(&state, mac);
    return QByteArray(reinterpret_cast<const char *>(mac), sizeof mac).toHex();
}

ApiError invalidSignature()
{
    return ApiError(400, u"invalid_signature"_s, u"The Stripe-Signature header does not sign this body"_s);
}

} // namespace

bool StripeGateway::enabled() const
{
    return m_ctx.config.isSet(u"LEADMARKET_STRIPE_SECRET_KEY"_s)
        && m_ctx.config.isSet(u"LEADMARKET_STRIPE_WEBHOOK_SECRET"_s);
}

StripeGateway::Session StripeGateway::createSession(const CheckoutRequest &checkout) const
{
    QString base = m_ctx.config.value(u"LEADMARKET_STRIPE_API_BASE"_s);
    while (base.endsWith(u'/'))
        base.chop(1);
    const QString url = base + u"/v1/checkout/sessions"_s;
    const curl::FormFields fields{
        {u"mode"_s, u"payment"_s},
        {u"line_items[0][price_data][currency]"_s, u"mad"_s},
        {u"line_items[0][price_data][unit_amount]"_s, QString::number(checkout.amountCents)},
        {u"line_items[0][price_data][product_data][name]"_s,
         texts::pageText(texts::PageText::StripeProductName, checkout.language)},
        // Stripe's page in the merchant's language; Checkout has no Arabic, so Arabic readers get the browser's.
        {u"locale"_s, checkout.language == texts::Language::Arabic ? u"auto"_s : texts::languageCode(checkout.language)},
        {u"line_items[0][quantity]"_s, u"1"_s},
        {u"success_url"_s, checkout.successUrl},
        {u"cancel_url"_s, checkout.cancelUrl},
        {u"client_reference_id"_s, checkout.paymentId},
        {u"metadata[payment_id]"_s, checkout.paymentId},
        {u"metadata[merchant_id]"_s, checkout.merchantId},
    };
    // One key per payment: a retry of this very call can never make a second session.
    const QByteArray idempotencyKey = "lm-checkout-" + checkout.paymentId.toUtf8();
    bool ok = false;
    int timeoutMs = m_ctx.config.value(u"LEADMARKET_STRIPE_TIMEOUT_MS"_s).toInt(&ok);
    if (!ok || timeoutMs <= 0)
        timeoutMs = DefaultTimeoutMs;
    const curl::HttpResult result =
        curl::postForm(url, fields, m_ctx.config.value(u"LEADMARKET_STRIPE_SECRET_KEY"_s), QString(),
                       {{"Idempotency-Key", idempotencyKey}}, timeoutMs);
    if (result.status == 0) {
        plog()->warn("Stripe did not answer the Checkout Session request for payment {}{}: {}",
                     checkout.paymentId.toStdString(), result.timedOut ? " (timeout)" : "",
                     result.error.toStdString());
        throw ApiError::providerUnavailable(u"Stripe did not answer; nothing was charged. Try again later."_s);
    }
    const QJsonObject answer = QJsonDocument::fromJson(result.body).object();
    if (result.status < 200 || result.status >= 300) {
        const QJsonObject error = answer.value("error"_L1).toObject();
        plog()->warn("Stripe refused the Checkout Session for payment {}: HTTP {} {} {}",
                     checkout.paymentId.toStdString(), result.status,
                     error.value("type"_L1).toString().toStdString(), error.value("code"_L1).toString().toStdString());
        throw ApiError::providerUnavailable(u"Stripe refused the payment request; nothing was charged."_s);
    }
    Session session{answer.value("id"_L1).toString(), answer.value("url"_L1).toString()};
    if (session.id.isEmpty() || !(session.url.startsWith("https://"_L1) || session.url.startsWith("http://"_L1))) {
        plog()->warn("Stripe answered the Checkout Session for payment {} without an id or url",
                     checkout.paymentId.toStdString());
        throw ApiError::providerUnavailable(u"Stripe answered an unusable Checkout Session."_s);
    }
    return session;
}

bool StripeGateway::verifySignature(const QByteArray &header, const QByteArray &body, const QByteArray &secret,
                                    qint64 nowS, qint64 toleranceS)
{
    if (secret.isEmpty())
        return false;
    QByteArray timestamp;
    QList<QByteArray> signatures;
    const QList<QByteArray> items = header.split(',');
    for (const QByteArray &item : items) {
        const qsizetype eq = item.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = item.left(eq).trimmed();
        const QByteArray value = item.mid(eq + 1).trimmed();
        if (key == "t")
            timestamp = value;
        else if (key == "v1")
            signatures.append(value.toLower());
    }
    bool ok = false;
    const qint64 t = timestamp.toLongLong(&ok);
    if (!ok || signatures.isEmpty())
        return false;
    if (qAbs(nowS - t) > toleranceS)
        return false;
    const QByteArray expected = hmacSha256Hex(secret, timestamp + '.' + body);
    bool match = false;
    for (const QByteArray &signature : std::as_const(signatures)) {
        // Constant time per candidate; every candidate is compared (no early exit on a match).
        if (signature.size() == expected.size()
            && sodium_memcmp(signature.constData(), expected.constData(), size_t(expected.size())) == 0)
            match = true;
    }
    return match;
}

Response StripeGateway::webhook(const Request &request, PaymentService &payments)
{
    const QByteArray secret = m_ctx.config.value(u"LEADMARKET_STRIPE_WEBHOOK_SECRET"_s).toUtf8();
    if (!verifySignature(request.header("Stripe-Signature"), request.body, secret, m_ctx.now() / 1000)) {
        plog()->warn("Stripe webhook refused: missing, wrong or stale signature");
        throw invalidSignature();
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        throw ApiError::invalidJson(u"the event is not a JSON object"_s);
    const QJsonObject event = doc.object();
    const QString eventId = event.value("id"_L1).toString();
    const QString type = event.value("type"_L1).toString();
    if (eventId.isEmpty() || type.isEmpty())
        throw ApiError::invalidJson(u"the event has no id or type"_s);
    const QJsonObject session = event.value("data"_L1).toObject().value("object"_L1).toObject();
    const Response received = Response::json(200, {{u"received"_s, true}});

    // The event id and its effect commit together: a redelivery finds the id and changes nothing,
    // and a failure before the commit leaves neither (Stripe delivers again).
    WriteTransaction tx(m_ctx.db);
    if (!PaymentRepository(m_ctx.db).recordEvent(u"stripe"_s, eventId, type, m_ctx.now())) {
        plog()->info("Stripe event {} ({}) delivered again: already applied", eventId.toStdString(),
                     type.toStdString());
        return received;
    }

    const bool credits = type == "checkout.session.completed"_L1 || type == "checkout.session.async_payment_succeeded"_L1;
    const bool fails = type == "checkout.session.async_payment_failed"_L1;
    const bool expires = type == "checkout.session.expired"_L1;
    QString confirmedId;
    if (credits || fails || expires) {
        const QString sessionId = session.value("id"_L1).toString();
        QString paymentId = session.value("client_reference_id"_L1).toString();
        if (paymentId.isEmpty())
            paymentId = session.value("metadata"_L1).toObject().value("payment_id"_L1).toString();
        const auto payment = PaymentRepository(m_ctx.db).findStripe(paymentId, sessionId);
        if (!payment) {
            plog()->warn("Stripe event {} ({}) for an unknown session {}: ignored", eventId.toStdString(),
                         type.toStdString(), sessionId.toStdString());
        } else {
            const qint64 amount = payment->payment.amountCents;
            const QString currency = payment->payment.currency.toLower();
            if (credits) {
                const QString paymentStatus = session.value("payment_status"_L1).toString();
                const QJsonValue total = session.value("amount_total"_L1);
                const bool amountMatches = total.isDouble() && total.toInteger(-1) == amount;
                const bool currencyMatches = session.value("currency"_L1).toString().toLower() == currency;
                if (type == "checkout.session.completed"_L1 && paymentStatus != "paid"_L1) {
                    plog()->info("Stripe event {}: session {} completed with payment_status {}, awaiting the "
                                 "asynchronous payment",
                                 eventId.toStdString(), sessionId.toStdString(), paymentStatus.toStdString());
                } else if (!amountMatches || !currencyMatches) {
                    plog()->warn("Stripe event {} ({}) for payment {}: amount {} {} does not match the payment's "
                                 "{} {}; not credited",
                                 eventId.toStdString(), type.toStdString(), paymentId.toStdString(),
                                 total.toInteger(-1), session.value("currency"_L1).toString().toStdString(), amount,
                                 currency.toStdString());
                } else if (payments.confirmInTransaction(paymentId, sessionId)) {
                    confirmedId = paymentId;
                }
            } else {
                const QString status = fails ? u"failed"_s : u"expired"_s;
                if (!payments.markUnpaidInTransaction(paymentId, status))
                    plog()->info("Stripe event {} ({}): payment {} is no longer pending, unchanged",
                                 eventId.toStdString(), type.toStdString(), paymentId.toStdString());
            }
        }
    } else {
        plog()->debug("Stripe event {} of type {} ignored", eventId.toStdString(), type.toStdString());
    }
    tx.commit();
    if (!confirmedId.isEmpty())
        payments.afterConfirmed(confirmedId);
    return received;
}

} // namespace lm::server
