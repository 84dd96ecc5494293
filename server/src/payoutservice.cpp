#include "payoutservice.h"

#include "apierror.h"
#include "audit.h"
#include "eventlog.h"
#include "logging.h"
#include "validation.h"
#include "texts.h"

using namespace Qt::StringLiterals;

namespace lm::server {

namespace {

// Longest text accepted for a RIB before it is read (24 digits and generous spacing).
constexpr int RibTextMax = 64;

QString ribProblemText(RibProblem problem)
{
    switch (problem) {
    case RibProblem::Characters: return u"must hold digits only (spaces are allowed)"_s;
    case RibProblem::Length: return u"must be 24 digits"_s;
    case RibProblem::Key: return u"has a wrong key: the last two digits do not match the first 22"_s;
    case RibProblem::None: break;
    }
    return {};
}

dto::BankDetails answer(const BankAccount &account)
{
    return {account.holderName, maskRib(account.ribLast4)};
}

} // namespace

void PayoutService::requireDataKey() const
{
    if (!m_ctx.cipher)
        throw ApiError{503, u"not_configured"_s,
                       u"Bank details and payouts are not available on this server yet (no data key is "
                       u"configured)."_s};
}

dto::BankDetails PayoutService::bankDetails(const AuthUser &influencer)
{
    requireDataKey();
    const auto account = m_payouts.bankAccount(influencer.id);
    if (!account)
        throw ApiError::notFound();
    return answer(*account);
}

dto::BankDetails PayoutService::saveBankDetails(const AuthUser &influencer, const QJsonObject &body)
{
    requireDataKey();
    FieldReader r(body);
    BankAccount account;
    account.influencerId = influencer.id;
    account.holderName = r.text(u"holder_name"_s, limits::Name, true);
    const QString rib = r.text(u"rib"_s, RibTextMax, true);
    if (!rib.isEmpty()) {
        if (const RibProblem problem = checkRib(rib); problem != RibProblem::None)
            r.fail(u"rib"_s, ribProblemText(problem));
    }
    r.check();

    const QString digits = ribDigits(rib);
    account.ribSealed = m_ctx.cipher->seal(digits.toLatin1());
    account.ribLast4 = digits.right(4);
    WriteTransaction tx(m_ctx.db);
    m_payouts.saveBankAccount(account, m_ctx.now());
    tx.commit();
    // Never the RIB, not even masked: logs are not the place for bank details.
    logger("server.payouts")->info("influencer {} saved bank details", influencer.id.toStdString());
    return answer(account);
}

dto::Payout PayoutService::request(const AuthUser &influencer, const QJsonObject &body)
{
    requireDataKey();
    FieldReader r(body);
    const qint64 amount = r.integer(u"amount_cents"_s, 1, limits::AmountMaxCents, true).value_or(0);
    r.check();
    const qint64 minimum = m_ctx.config.minPayoutCents();
    if (amount < minimum)
        r.fail(u"amount_cents"_s, u"must be at least the minimum payout of "_s + QString::number(minimum)
                                      + u" centimes"_s);

    WriteTransaction tx(m_ctx.db);
    // The bank row's lock orders this influencer's requests on PostgreSQL (SQLite's write
    // transaction already excludes every other writer): the balance read next cannot be spent twice.
    const auto account = m_payouts.bankAccount(influencer.id, /*lock=*/true);
    if (!account)
        r.fail(u"bank"_s, u"is missing: save your bank details (PUT /api/me/bank) first"_s);
    const InfluencerBalance balance = m_payouts.balance(influencer.id);
    if (amount > balance.availableCents() && !r.errors().contains(u"amount_cents"_s))
        r.fail(u"amount_cents"_s, u"is more than the "_s + QString::number(balance.availableCents())
                                      + u" centimes available"_s);
    r.check();

    const qint64 now = m_ctx.now();
    dto::Payout payout;
    payout.id = newId();
    payout.influencerId = influencer.id;
    payout.influencerName = influencer.displayName;
    payout.amountCents = amount;
    payout.status = toString(PayoutStatus::Requested);
    payout.ribMasked = maskRib(account->ribLast4);
    payout.requestedAt = payout.updatedAt = now;
    m_payouts.insert(payout, *account);
    m_payouts.insertEntry(payout.id, influencer.id, PayoutEntryKind::Requested, -amount, now);
    m_notifications.notifyAdmins(u"payout_requested"_s, u"info"_s, [&influencer, amount](texts::Language language) {
        return texts::payoutRequestedNotice(influencer.displayName, amount, language);
    });
    EventLog(m_ctx).payoutUpdated(payout);
    tx.commit();
    logger("server.payouts")->info("payout {} of {} centimes requested by influencer {}", payout.id.toStdString(),
                                   amount, influencer.id.toStdString());
    return payout;
}

QJsonObject PayoutService::list(const AuthUser &user, const QUrlQuery &query)
{
    const PageRequest page = PageRequest::fromQuery(query);
    PayoutRepository::Filter filter;
    if (query.hasQueryItem(u"status"_s)) {
        filter.status = query.queryItemValue(u"status"_s);
        if (!payoutStatusFromString(filter.status))
            throw ApiError::validation(u"status"_s,
                                       u"must be one of: "_s + wireNames(allPayoutStatuses()).join(u", "_s));
    }
    if (!user.isAdmin())
        filter.influencerId = user.id;
    const qint64 serverTime = m_ctx.now() - 2000; // see LeadService::list
    auto rows = m_payouts.page(filter, page.updatedSince, page.cursor, page.limit + 1);
    return pageOf(rows, page, serverTime, [](const PayoutRow &row) {
        return std::pair{row.payout.toJson(), row.payout.id};
    });
}

dto::Payout PayoutService::decide(const AuthUser &admin, const QString &id, const QJsonObject &body)
{
    FieldReader r(body);
    const auto status = payoutStatusFromString(
        r.choice(u"status"_s, wireNames(QList<PayoutStatus>{PayoutStatus::Paid, PayoutStatus::Rejected}), true));
    const QString reference = status == PayoutStatus::Paid ? r.text(u"reference"_s, limits::Name, true) : QString();
    const QString reason = status == PayoutStatus::Rejected ? r.text(u"reason"_s, limits::Reason, true) : QString();
    r.check();

    WriteTransaction tx(m_ctx.db);
    const auto found = m_payouts.find(id);
    if (!found)
        throw ApiError::notFound();
    const auto alreadyDecided = [] {
        return ApiError::conflict(u"already_decided"_s, u"This payout was already decided."_s);
    };
    if (found->status != PayoutStatus::Requested)
        throw alreadyDecided();
    const dto::Payout &payout = found->payout;
    const qint64 now = m_ctx.now();
    // Exactly once, also against a concurrent decision on another instance.
    if (!m_payouts.decide(id, *status, reference, reason, admin.id, now))
        throw alreadyDecided();
    const texts::PayoutDecision news{payout.influencerName, payout.amountCents, payout.ribMasked, reference, reason};
    const UserRepository::Recipient influencer = m_users.recipient(payout.influencerId);
    const texts::Language language = texts::languageFor(influencer.locale);
    if (*status == PayoutStatus::Rejected) {
        // The hold is given back: the amount is available again.
        m_payouts.insertEntry(id, payout.influencerId, PayoutEntryKind::Rejected, payout.amountCents, now);
        const texts::Notice notice = texts::payoutRejectedNotice(news, language);
        m_notifications.notify(payout.influencerId, u"payout_rejected"_s, u"attention"_s, notice.title, notice.body);
        const texts::Email mail = texts::payoutRejectedEmail(news, language);
        m_notifications.enqueue({u"email"_s, influencer.email, mail.subject, mail.body, {}, {}});
    } else {
        const texts::Notice notice = texts::payoutPaidNotice(news, language);
        m_notifications.notify(payout.influencerId, u"payout_paid"_s, u"info"_s, notice.title, notice.body);
        const texts::Email mail = texts::payoutPaidEmail(news, language);
        m_notifications.enqueue({u"email"_s, influencer.email, mail.subject, mail.body, {}, {}});
    }
    audit(m_ctx, admin.id, *status == PayoutStatus::Paid ? u"payout.paid"_s : u"payout.reject"_s, u"payout"_s, id,
          u"amount_cents="_s + QString::number(payout.amountCents)
              + (*status == PayoutStatus::Paid ? QString(u" reference="_s + reference)
                                               : QString(u" reason="_s + reason)));
    auto updated = m_payouts.find(id);
    EventLog(m_ctx).payoutUpdated(updated->payout);
    tx.commit();
    logger("server.payouts")->info("admin {} set payout {} to {}", admin.id.toStdString(), id.toStdString(),
                                   toString(*status).toStdString());
    return updated->payout;
}

} // namespace lm::server
