#include "disputeservice.h"

#include "apierror.h"
#include "audit.h"
#include "disputetexts.h"
#include "eventlog.h"
#include "leadpolicy.h"
#include "logging.h"

using namespace Qt::StringLiterals;

namespace lm::server {

namespace {

ApiError alreadyDecided()
{
    return ApiError::conflict(u"already_decided"_s, u"This dispute was already decided."_s);
}

texts::DisputeNews newsOf(const dto::Lead &lead, const QString &note)
{
    return {lead.clientName, lead.campaignName, lead.influencerName, lead.commissionCents, lead.influencerShareCents,
            note};
}

} // namespace

texts::Language DisputeService::languageOf(const QString &userId)
{
    return texts::languageFor(m_users.recipient(userId).locale);
}

dto::Lead DisputeService::open(const AuthUser &influencer, const QString &leadId, const QJsonObject &body)
{
    FieldReader r(body);
    const QString note = r.text(u"note"_s, limits::LongText, true);
    r.check();

    WriteTransaction tx(m_ctx.db);
    const auto lead = m_leads.find(leadId, /*lock=*/true);
    if (!lead || lead->influencerId != influencer.id)
        throw ApiError::notFound();
    if (lead->dispute)
        throw ApiError::conflict(u"dispute_exists"_s, u"This lead was already disputed."_s);
    if (lead->status != LeadStatus::Rejected)
        throw ApiError::conflict(u"lead_not_rejected"_s, u"Only a rejected lead can be disputed; this one is "_s
                                                             + toString(lead->status) + u'.');
    const qint64 now = m_ctx.now();
    if (!lead->decidedAt || !leadpolicy::isWithinDisputeWindow(*lead->decidedAt, now))
        throw ApiError::conflict(u"dispute_window_closed"_s,
                                 u"A rejection can be disputed for %1 days; this one is older."_s.arg(
                                     leadpolicy::DisputeWindowDays));
    if (!m_leads.openDispute(leadId, note, now, qMax(now, lead->updatedAt + 1)))
        throw ApiError::conflict(u"dispute_exists"_s, u"This lead was disputed by another request."_s);
    const texts::DisputeNews news = newsOf(*lead, note);
    m_notifications.notifyAdmins(u"dispute_opened"_s, u"attention"_s, [&news](texts::Language language) {
        return texts::disputeOpenedNotice(news, language);
    });
    auto updated = m_leads.find(leadId, false);
    EventLog(m_ctx).leadUpdated(*updated);
    tx.commit();
    logger("server.disputes")->info("lead {}: rejection disputed by influencer {}", leadId.toStdString(),
                                    influencer.id.toStdString());
    return *updated;
}

QJsonObject DisputeService::list(const QUrlQuery &query)
{
    const PageRequest page = PageRequest::fromQuery(query);
    FieldErrors errors;
    const QString status = query.queryItemValue(u"status"_s);
    if (query.hasQueryItem(u"status"_s) && !disputeStatusFromString(status))
        errors.insert(u"status"_s, u"must be one of: "_s + wireNames(allDisputeStatuses()).join(u", "_s));
    std::optional<std::pair<qint64, QString>> after;
    if (!page.cursor.isEmpty()) {
        const qsizetype colon = page.cursor.indexOf(u':');
        bool ok = colon > 0;
        const qint64 time = ok ? page.cursor.left(colon).toLongLong(&ok) : 0;
        const QString id = page.cursor.mid(colon + 1);
        if (!ok || id.isEmpty())
            errors.insert(u"cursor"_s, u"is not a cursor this server gave"_s);
        else
            after = std::pair{time, id};
    }
    throwIfInvalid(errors);

    const qint64 serverTime = m_ctx.now() - 2000; // see LeadService::list
    auto rows = m_leads.disputePage(status, page.updatedSince, after, page.limit + 1);
    return pageOf(rows, page, serverTime, [](const dto::Lead &lead) {
        return std::pair{lead.toJson(), QString(QString::number(lead.dispute->createdAt) + u':' + lead.id)};
    });
}

dto::Lead DisputeService::decide(const AuthUser &admin, const QString &leadId, const QJsonObject &body)
{
    FieldReader r(body);
    const QString decision = r.choice(u"decision"_s, {u"uphold"_s, u"overturn"_s}, true);
    const QString note = r.text(u"note"_s, limits::LongText, false);
    r.check();
    const bool overturn = decision == "overturn"_L1;

    WriteTransaction tx(m_ctx.db);
    // The lead's lock orders every decision on it (and the merchant's own validate/reject) on
    // PostgreSQL; the conditional updates below make each decision happen once on both engines.
    const auto lead = m_leads.find(leadId, /*lock=*/true);
    if (!lead || !lead->dispute)
        throw ApiError::notFound();
    if (lead->dispute->status != DisputeStatus::Open)
        throw alreadyDecided();
    const qint64 now = m_ctx.now();
    const qint64 updatedAt = qMax(now, lead->updatedAt + 1);
    const texts::DisputeNews news = newsOf(*lead, note);
    if (overturn) {
        // The rejection released the reservation: the commission is held again from what is
        // available now (402 when short: nothing changed, the dispute stays open), then paid as a
        // merchant's validation pays it.
        if (!m_ledger.reserve(lead->merchantId, lead->commissionCents, lead->id,
                              u"Reservation for lead "_s + lead->clientName + u" (dispute overturned)"_s,
                              Ledger::Hold::Owed))
            throw ApiError{402, u"insufficient_deposit"_s,
                           u"The merchant's available deposit does not cover this lead's commission."_s};
        if (!m_leads.overturnDispute(leadId, note, admin.id, now, updatedAt))
            throw alreadyDecided();
        m_leadService.payCommission(*lead, now);
        const UserRepository::Recipient merchant = m_users.recipient(lead->merchantId);
        const texts::Language merchantLanguage = texts::languageFor(merchant.locale);
        const texts::Notice merchantNotice = texts::disputeOverturnedMerchantNotice(news, merchantLanguage);
        m_notifications.notify(lead->merchantId, u"dispute_overturned"_s, u"attention"_s, merchantNotice.title,
                               merchantNotice.body);
        const texts::Email mail = texts::disputeOverturnedMerchantEmail(news, merchantLanguage);
        m_notifications.enqueue({u"email"_s, merchant.email, mail.subject, mail.body, {}, {}});
        const texts::Notice notice = texts::disputeOverturnedInfluencerNotice(news, languageOf(lead->influencerId));
        m_notifications.notify(lead->influencerId, u"dispute_overturned"_s, u"info"_s, notice.title, notice.body);
    } else {
        if (!m_leads.upholdDispute(leadId, note, admin.id, now, updatedAt))
            throw alreadyDecided();
        const texts::Notice notice = texts::disputeUpheldNotice(news, languageOf(lead->influencerId));
        m_notifications.notify(lead->influencerId, u"dispute_upheld"_s, u"info"_s, notice.title, notice.body);
    }
    audit(m_ctx, admin.id, overturn ? u"dispute.overturn"_s : u"dispute.uphold"_s, u"lead"_s, leadId,
          (overturn ? u"commission_cents="_s + QString::number(lead->commissionCents) + u' ' : QString())
              + u"note="_s + note);
    auto updated = m_leads.find(leadId, false);
    EventLog(m_ctx).leadUpdated(*updated);
    tx.commit();
    logger("server.disputes")->info("admin {} {} the dispute of lead {}{}", admin.id.toStdString(),
                                    overturn ? "overturned" : "upheld", leadId.toStdString(),
                                    overturn ? QString(u" ("_s + QString::number(lead->commissionCents)
                                                       + u" centimes charged)"_s).toStdString()
                                             : std::string());
    return *updated;
}

} // namespace lm::server
