#include "paymentservice.h"

#include "apierror.h"
#include "eventlog.h"
#include "jsonfields.h"
#include "logging.h"
#include "money.h"
#include "notificationservice.h"
#include "texts.h"
#include "timeutil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace lm::server {

namespace {

QString page(const QString &title, const QString &content, texts::Language language)
{
    return u"<!DOCTYPE html><html "_s + texts::htmlAttributes(language)
        + u"><head><meta charset=\"utf-8\">"
          u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"_s
        + title.toHtmlEscaped()
        + u"</title><style>body{font-family:sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#222}"
          u".amount{font-size:2rem;font-weight:bold;margin:1rem 0}button{font-size:1rem;padding:.6rem 1.4rem;"
          u"margin-right:.5rem;border-radius:.4rem;border:1px solid #888;cursor:pointer}"
          u"#pay{background:#1a7f37;color:#fff;border-color:#1a7f37}.note{color:#666;font-size:.85rem}</style>"
          u"</head><body>"_s
        + content + u"</body></html>"_s;
}

Response html(int status, const QString &body)
{
    return Response::text(status, body.toUtf8(), "text/html; charset=utf-8");
}

} // namespace

QStringList PaymentService::enabledProviders() const
{
    QStringList providers;
    if (m_stripe.enabled())
        providers << u"stripe"_s;
    if (m_cmi.enabled())
        providers << u"cmi"_s;
    if (m_ctx.config.sandboxPayments())
        providers << u"sandbox"_s;
    return providers;
}

dto::Deposit PaymentService::deposit(const QString &merchantId)
{
    auto d = m_ledger.deposit(merchantId);
    if (!d)
        throw ApiError::notFound();
    return *d;
}

QJsonObject PaymentService::transactions(const AuthUser &user, const QUrlQuery &query)
{
    QString merchantId = user.id;
    if (user.isAdmin()) {
        merchantId = query.queryItemValue(u"merchant_id"_s);
        if (merchantId.isEmpty())
            throw ApiError::validation(u"merchant_id"_s, u"is required for an admin"_s);
        if (!isWellFormedId(merchantId))
            throw ApiError::notFound();
    }
    const PageRequest page = PageRequest::fromQuery(query);
    if (!m_ledger.deposit(merchantId))
        throw ApiError::notFound();
    std::optional<qint64> beforeSeq;
    if (!page.cursor.isEmpty()) {
        bool ok = false;
        beforeSeq = page.cursor.toLongLong(&ok);
        if (!ok)
            throw ApiError::validation(u"cursor"_s, u"is not a cursor this server gave"_s);
    }
    const qint64 serverTime = m_ctx.now() - 2000; // see LeadService::list
    auto rows = m_transactions.page(merchantId, page.updatedSince, beforeSeq, page.limit + 1);
    return pageOf(rows, page, serverTime, [](const SequencedTransaction &row) {
        return std::pair{row.transaction.toJson(), QString::number(row.seq)};
    });
}

QString PaymentService::paymentUrl(const QString &id, const QString &what) const
{
    return m_ctx.publicUrl + u"/payments/"_s + id + u"/return?result="_s + what;
}

PaymentService::NewPayment PaymentService::prepareRecharge(const AuthUser &merchant, const QJsonObject &body)
{
    FieldReader r(body);
    const auto amount = r.integer(u"amount_cents"_s, limits::RechargeMinCents, limits::AmountMaxCents, true);
    const QString provider = r.choice(u"provider"_s, {u"stripe"_s, u"cmi"_s, u"sandbox"_s}, true);
    if (!provider.isEmpty() && !enabledProviders().contains(provider))
        r.fail(u"provider"_s, u"is not enabled on this server (enabled: "_s
                                  + (enabledProviders().isEmpty() ? u"none"_s : enabledProviders().join(u", "_s))
                                  + u')');
    r.check();

    NewPayment n;
    dto::Payment &p = n.payment;
    p.id = newId();
    p.merchantId = merchant.id;
    p.provider = provider;
    p.amountCents = *amount;
    p.createdAt = m_ctx.now();
    n.expiresAt = p.createdAt + PaymentLifetimeMs;
    n.successUrl = paymentUrl(p.id, u"success"_s);
    n.cancelUrl = paymentUrl(p.id, u"cancel"_s);
    n.providerRef = QVariant(QMetaType(QMetaType::QString));
    if (provider == "stripe"_L1) {
        // Stripe first: a Stripe that times out or refuses leaves no payment row behind.
        const StripeGateway::Session session =
            m_stripe.createSession({p.id, p.merchantId, p.amountCents, n.successUrl, n.cancelUrl,
                                    merchantLanguage(p.merchantId)});
        n.checkoutUrl = session.url;
        n.providerRef = session.id;
    } else if (provider == "cmi"_L1) {
        n.checkoutUrl = m_cmi.checkoutUrl(p.id);
        if (const QString gateway = m_cmi.gatewayOrigin(); !gateway.isEmpty())
            n.checkoutOrigins.append(gateway);
    } else {
        n.checkoutUrl = m_ctx.publicUrl + u"/sandbox/checkout/"_s + p.id;
    }
    return n;
}

QJsonObject PaymentService::recharge(const NewPayment &n)
{
    const dto::Payment &p = n.payment;
    WriteTransaction tx(m_ctx.db);
    m_payments.insert(p, n.providerRef, n.checkoutUrl, n.successUrl, n.cancelUrl, n.expiresAt);
    if (const auto stored = m_payments.find(p.id))
        EventLog(m_ctx).paymentUpdated(stored->payment);
    tx.commit();
    logger("server.payments")->info("payment {} created: {} centimes through {}", p.id.toStdString(), p.amountCents,
                                    p.provider.toStdString());
    return {{u"payment_id"_s, p.id},
            {u"provider"_s, p.provider},
            {u"checkout_url"_s, n.checkoutUrl},
            {u"success_url"_s, n.successUrl},
            {u"cancel_url"_s, n.cancelUrl},
            {u"checkout_origins"_s, n.checkoutOrigins},
            {u"expires_at"_s, formatApiTime(n.expiresAt)}};
}

std::optional<dto::Payment> PaymentService::load(const QString &id)
{
    auto stored = m_payments.find(id);
    if (!stored)
        return std::nullopt;
    dto::Payment p = stored->payment;
    const qint64 expiresAt = stored->expiresAt;
    if (p.status == "pending"_L1 && m_ctx.now() >= expiresAt && markUnpaid(p.id, u"expired"_s))
        p.status = u"expired"_s;
    return p;
}

dto::Payment PaymentService::payment(const AuthUser &user, const QString &id)
{
    auto p = load(id);
    if (!p || (!user.isAdmin() && p->merchantId != user.id))
        throw ApiError::notFound();
    return *p;
}

bool PaymentService::confirm(const QString &paymentId, const QString &providerReference)
{
    WriteTransaction tx(m_ctx.db);
    const bool credited = confirmInTransaction(paymentId, providerReference);
    tx.commit();
    if (credited)
        afterConfirmed(paymentId);
    return credited;
}

bool PaymentService::confirmInTransaction(const QString &paymentId, const QString &providerReference)
{
    const auto stored = m_payments.find(paymentId, /*lock=*/true);
    if (!stored)
        throw ApiError::notFound();
    const QString merchantId = stored->payment.merchantId;
    const qint64 amount = stored->payment.amountCents;
    const QString status = stored->payment.status;
    const QString provider = stored->payment.provider;
    if (status == "paid"_L1)
        return false;

    const qint64 now = m_ctx.now();
    // Money actually taken is credited even when the payment had been marked expired or failed.
    m_payments.markPaid(paymentId, providerReference, now);
    const QString label = provider == "sandbox"_L1 ? u"Recharge (sandbox)"_s
        : provider == "cmi"_L1                     ? u"Recharge CMI"_s
                                                   : u"Recharge Stripe"_s;
    const dto::Transaction t = m_ledger.apply(merchantId, {TransactionKind::Recharge, amount, 0, {}, paymentId, label});
    // The gauge's 100 % mark is the balance right after the latest recharge.
    m_deposits.markRecharged(merchantId);
    const int resumed = m_campaigns.resumeAfterDepletion(merchantId, now);
    EventLog events(m_ctx);
    if (const auto paid = m_payments.find(paymentId))
        events.paymentUpdated(paid->payment);
    // Again after the ledger's: the reference (100 % mark) and a lifted block are the recharge's.
    events.depositChanged(merchantId);
    events.merchantCampaignsChanged(merchantId, /*everyone=*/resumed > 0);
    queueConfirmationEmail(paymentId, merchantId, amount, provider, providerReference, t.balanceAfterCents);
    logger("server.payments")->info("payment {} confirmed: {} centimes credited, balance {}", paymentId.toStdString(),
                                    amount, t.balanceAfterCents);
    return true;
}

texts::Language PaymentService::merchantLanguage(const QString &merchantId)
{
    return texts::languageFor(m_users.recipient(merchantId).locale);
}

void PaymentService::queueConfirmationEmail(const QString &paymentId, const QString &merchantId, qint64 amountCents,
                                            const QString &provider, const QString &providerReference,
                                            qint64 balanceAfterCents)
{
    const auto merchant = m_users.find(merchantId);
    const QString email = merchant ? merchant->email : QString();
    const QString name = merchant ? merchant->displayName : QString();
    const texts::Email mail =
        texts::paymentConfirmedEmail({name, amountCents, provider, providerReference, balanceAfterCents},
                                     texts::languageFor(merchant ? merchant->locale : QString()));
    // Queued with the credit, in its transaction: the email exists exactly when the credit does. The
    // sender attaches the receipt, and waits for it while it is being made.
    NotificationService(m_ctx).enqueue({u"email"_s, email, mail.subject, mail.body, {}, u"receipt:"_s + paymentId});
}

void PaymentService::afterConfirmed(const QString &paymentId)
{
    if (!QCoreApplication::instance())
        return; // no event loop (a one-shot command): the next server start makes the receipt
    // Bound to this service's lifetime: a receipt still queued when the service goes is made at
    // the next start instead of touching a closed database.
    QTimer::singleShot(0, &m_lifetime, [this, paymentId] {
        try {
            m_receipts.ensure(paymentId);
        } catch (const std::exception &e) {
            // The receipt is made on demand (GET …/receipt.pdf) or at the next start.
            logger("server.payments")->error("receipt of payment {} not made: {}", paymentId.toStdString(), e.what());
        }
    });
}

bool PaymentService::markUnpaid(const QString &paymentId, const QString &status)
{
    WriteTransaction tx(m_ctx.db);
    const bool changed = markUnpaidInTransaction(paymentId, status);
    tx.commit();
    return changed;
}

bool PaymentService::markUnpaidInTransaction(const QString &paymentId, const QString &status)
{
    if (!m_payments.markUnpaid(paymentId, status, m_ctx.now()))
        return false;
    if (const auto stored = m_payments.find(paymentId))
        EventLog(m_ctx).paymentUpdated(stored->payment);
    return true;
}

Response PaymentService::receiptPdf(const AuthUser &user, const QString &paymentId)
{
    Response r = Response::text(200, m_receipts.pdfFor(user, paymentId), "application/pdf");
    r.headers.append({"Content-Disposition", "inline; filename=\"recu-" + paymentId.toUtf8() + ".pdf\""});
    return r;
}

void PaymentService::generateMissingReceipts()
{
    try {
        m_receipts.generateMissing();
    } catch (const std::exception &e) {
        logger("server.payments")->error("missing receipts not made: {}", e.what());
    }
}

Response PaymentService::sandboxPage(const QString &paymentId)
{
    auto p = load(paymentId);
    if (!p || p->provider != "sandbox"_L1)
        throw ApiError::notFound();
    using texts::PageText;
    const texts::Language language = merchantLanguage(p->merchantId);
    const QString amount = Money(p->amountCents).format(texts::locale(language)).toHtmlEscaped();
    if (p->status != "pending"_L1) {
        const QString state = texts::pageText(p->status == "paid"_L1 ? PageText::AlreadyPaid
                                              : p->status == "expired"_L1 ? PageText::ExpiredAfter24h
                                                                          : PageText::Cancelled,
                                              language);
        return html(200, page(texts::pageText(PageText::PaymentTitle, language),
                              u"<h1>"_s + texts::pageText(PageText::PaymentHeading, language) + u"</h1><p class=\"amount\">"_s
                                  + amount + u"</p><p id=\"state\">"_s + state + u"</p>"_s,
                              language));
    }
    const QString base = u"/sandbox/checkout/"_s + p->id;
    return html(200, page(texts::pageText(PageText::SandboxTitle, language),
                          u"<h1>"_s + texts::pageText(PageText::SandboxHeading, language) + u"</h1><p>"_s
                              + texts::pageText(PageText::SandboxIntro, language) + u"</p><p class=\"amount\" id=\"amount\">"_s
                              + amount + u"</p><form method=\"post\" action=\""_s + base
                              + u"/pay\" style=\"display:inline\"><button id=\"pay\" type=\"submit\">"_s
                              + texts::pageText(PageText::Pay, language) + u"</button></form><form method=\"post\" action=\""_s
                              + base + u"/cancel\" style=\"display:inline\"><button id=\"cancel\" type=\"submit\">"_s
                              + texts::pageText(PageText::Cancel, language) + u"</button></form><p class=\"note\">"_s
                              + texts::pageText(PageText::ReferencePrefix, language) + p->id.toHtmlEscaped() + u"</p>"_s,
                          language));
}

Response PaymentService::sandboxPay(const QString &paymentId)
{
    auto p = load(paymentId);
    if (!p || p->provider != "sandbox"_L1)
        throw ApiError::notFound();
    if (p->status == "expired"_L1 || p->status == "failed"_L1)
        return Response::redirect(paymentUrl(p->id, u"cancel"_s));
    confirm(p->id, u"sandbox_"_s + p->id);
    return Response::redirect(paymentUrl(p->id, u"success"_s));
}

Response PaymentService::sandboxCancel(const QString &paymentId)
{
    auto p = load(paymentId);
    if (!p || p->provider != "sandbox"_L1)
        throw ApiError::notFound();
    markUnpaid(p->id, u"failed"_s);
    return Response::redirect(paymentUrl(p->id, u"cancel"_s));
}

Response PaymentService::returnPage(const QString &paymentId, const QString &result)
{
    auto p = load(paymentId);
    if (!p)
        throw ApiError::notFound();
    // The outcome shown is the server's, not the URL's: a success URL reached without payment says so.
    using texts::PageText;
    const texts::Language language = merchantLanguage(p->merchantId);
    const QString text = texts::pageText(p->status == "paid"_L1 ? PageText::ReturnPaid
                                         : p->status == "pending"_L1
                                         ? (result == "cancel"_L1 ? PageText::ReturnCancelled : PageText::ReturnConfirming)
                                         : p->status == "expired"_L1 ? PageText::ReturnExpired
                                                                     : PageText::ReturnCancelled,
                                         language);
    return html(200, page(u"LeadMarket"_s, u"<h1>LeadMarket</h1><p id=\"status\" data-status=\""_s + p->status
                                               + u"\">"_s + text + u"</p><p class=\"note\">"_s
                                               + texts::pageText(PageText::ReturnMayClose, language) + u"</p>"_s,
                          language));
}

} // namespace lm::server
