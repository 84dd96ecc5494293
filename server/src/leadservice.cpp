#include "leadservice.h"

#include "apierror.h"
#include "audit.h"
#include "eventlog.h"
#include "leadfraudchecks.h"
#include "leadpolicy.h"
#include "logging.h"
#include "repositories/campaignrepository.h"
#include "repositories/notificationrepository.h"
#include "texts.h"
#include "timeutil.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lm::server {

std::optional<dto::Lead> LeadService::load(const QString &id, bool lock)
{
    return m_leads.find(id, lock);
}

dto::Lead LeadService::create(const AuthUser &influencer, const QJsonObject &body)
{
    FieldReader r(body);
    const QString campaignId = r.text(u"campaign_id"_s, 64, true);
    dto::Lead lead;
    lead.clientName = r.text(u"client_name"_s, limits::Name, true);
    lead.clientEmail = normalizeEmail(r.text(u"client_email"_s, limits::Email, true));
    if (!lead.clientEmail.isEmpty() && !isValidEmail(lead.clientEmail))
        r.fail(u"client_email"_s, u"is not a valid email address"_s);
    const QString phone = r.text(u"client_phone"_s, 40, true);
    if (!phone.isEmpty()) {
        if (auto e164 = normalizePhone(phone))
            lead.clientPhone = *e164;
        else
            r.fail(u"client_phone"_s, u"is not a phone number (Moroccan forms, or + and the country code)"_s);
    }
    lead.company = r.text(u"company"_s, limits::Company, false);
    lead.estimatedValueCents = r.integer(u"estimated_value_cents"_s, 1, limits::AmountMaxCents, true).value_or(0);
    const QString source = r.choice(u"source"_s, wireNames(allLeadSources()), true);
    lead.source = leadSourceFromString(source).value_or(LeadSource::Other);
    lead.notes = r.text(u"notes"_s, limits::LongText, false);
    r.check();
    if (m_ctx.config.value(u"LEADMARKET_REQUIRE_VERIFIED_EMAIL"_s) == "1"_L1
        && !m_users.find(influencer.id).value_or(dto::User{}).emailVerified)
        throw ApiError{403, u"email_unverified"_s, u"Confirm your email address before submitting leads."_s};

    WriteTransaction tx(m_ctx.db);
    const auto found = CampaignRepository(m_ctx.db).find(campaignId);
    if (!found)
        throw ApiError::notFound();
    const dto::Campaign &campaign = *found;

    const auto deposit = m_ledger.deposit(campaign.merchantId, /*lock=*/true);
    if (!deposit || deposit->status != DepositStatus::Active)
        throw ApiError{423, u"deposit_blocked"_s, u"This merchant's deposit is blocked: new leads are refused."_s};
    if (campaign.status != CampaignStatus::Active)
        throw ApiError::conflict(u"campaign_paused"_s, u"This campaign is paused and takes no new leads."_s);
    const qint64 now = m_ctx.now();
    if (m_leads.hasRecent(campaign.id, leadpolicy::duplicateWindowStart(now), lead.clientEmail, lead.clientPhone))
        throw ApiError::conflict(u"duplicate_lead"_s,
                                 u"This client (same email or phone) was already submitted to this campaign in the "
                                 u"last 30 days."_s);

    const Commission commission = campaign.policy.compute(lead.estimatedValueCents);
    lead.id = newId();
    lead.campaignId = campaign.id;
    lead.campaignName = campaign.name;
    lead.merchantId = campaign.merchantId;
    lead.influencerId = influencer.id;
    lead.influencerName = influencer.displayName;
    lead.commissionCents = commission.commissionCents;
    lead.commissionType = commission.type;
    lead.influencerShareCents = commission.influencerShareCents;
    lead.status = LeadStatus::Pending;
    lead.createdAt = lead.updatedAt = now;
    lead.expiresAt = leadpolicy::expiresAt(now);

    if (!m_ledger.reserve(lead.merchantId, lead.commissionCents, lead.id,
                          u"Reservation for lead "_s + lead.clientName))
        throw ApiError{402, u"insufficient_deposit"_s,
                       u"The merchant's available deposit does not cover this lead's commission."_s};
    // Contract v2's fraud refusals come after every check above (a refusal rolls the reservation back).
    LeadFraudChecks(m_ctx).check(influencer, lead, now);
    m_leads.insert(lead);
    EventLog(m_ctx).leadCreated(lead);
    // The merchant hears of it at once (the brief's step 2): dashboard and email, same transaction.
    // The texts are written from the lead's data, the wording is texts.cpp's.
    const texts::NewLead news{campaign.merchantName, lead.clientName, campaign.name, lead.estimatedValueCents,
                              lead.commissionCents};
    const UserRepository::Recipient merchant = m_users.recipient(lead.merchantId);
    const texts::Language language = texts::languageFor(merchant.locale);
    const texts::Notice notice = texts::newLeadNotice(news, language);
    m_notifications.notify(lead.merchantId, u"new_lead"_s, u"info"_s, notice.title, notice.body);
    const texts::Email email = texts::newLeadEmail(news, language);
    m_notifications.enqueue({u"email"_s, merchant.email, email.subject, email.body, {}, {}});
    tx.commit();
    logger("server.leads")->info("lead {} created on campaign {} (commission {} centimes reserved)",
                                 lead.id.toStdString(), lead.campaignId.toStdString(), lead.commissionCents);
    return lead;
}

QJsonObject LeadService::list(const AuthUser &user, const QUrlQuery &query)
{
    const PageRequest page = PageRequest::fromQuery(query);
    FieldErrors errors;
    const QString status = query.queryItemValue(u"status"_s);
    if (query.hasQueryItem(u"status"_s) && !leadStatusFromString(status))
        errors.insert(u"status"_s, u"must be one of: pending, validated, rejected, expired"_s);
    qint64 cursorTime = 0;
    QString cursorId;
    if (!page.cursor.isEmpty()) {
        const qsizetype colon = page.cursor.indexOf(u':');
        bool ok = colon > 0;
        if (ok)
            cursorTime = page.cursor.left(colon).toLongLong(&ok);
        cursorId = page.cursor.mid(colon + 1);
        if (!ok || cursorId.isEmpty())
            errors.insert(u"cursor"_s, u"is not a cursor this server gave"_s);
    }
    throwIfInvalid(errors);

    LeadRepository::Filter filter;
    if (user.isMerchant())
        filter.merchantId = user.id;
    else if (user.isInfluencer())
        filter.influencerId = user.id;
    filter.status = status;
    if (query.hasQueryItem(u"campaign_id"_s) && !isWellFormedId(query.queryItemValue(u"campaign_id"_s)))
        errors.insert(u"campaign_id"_s, u"is not a campaign id"_s);
    throwIfInvalid(errors);
    if (query.hasQueryItem(u"campaign_id"_s))
        filter.campaignId = query.queryItemValue(u"campaign_id"_s);
    std::optional<std::pair<qint64, QString>> after;
    if (!page.cursor.isEmpty())
        after = std::pair{cursorTime, cursorId};

    // A write that started before this read may commit just after it with an earlier updated_at;
    // answering a server_time slightly in the past makes the next delta pull overlap (the client
    // de-duplicates by id) instead of missing that write.
    const qint64 serverTime = m_ctx.now() - 2000;
    auto rows = m_leads.page(filter, page.updatedSince, after, page.limit + 1);
    return pageOf(rows, page, serverTime, [](const dto::Lead &lead) {
        return std::pair{lead.toJson(), QString(QString::number(lead.updatedAt) + u':' + lead.id)};
    });
}

dto::Lead LeadService::get(const AuthUser &user, const QString &id)
{
    auto lead = load(id, false);
    if (!lead || (user.isMerchant() && lead->merchantId != user.id)
        || (user.isInfluencer() && lead->influencerId != user.id))
        throw ApiError::notFound();
    return *lead;
}

dto::Lead LeadService::pendingOwnedBy(const AuthUser &merchant, const QString &id, LeadStatus target)
{
    auto lead = load(id, true);
    if (!lead || lead->merchantId != merchant.id)
        throw ApiError::notFound();
    if (!canTransition(lead->status, target))
        throw ApiError::conflict(u"lead_not_pending"_s, u"This lead was already "_s + toString(lead->status) + u'.');
    return *lead;
}

bool LeadService::leavePending(const dto::Lead &lead, LeadStatus status, const QVariant &score,
                               const QString &feedback, const QString &reason, qint64 now)
{
    return m_leads.leavePending(lead.id, status, score, feedback, reason, now, qMax(now, lead.updatedAt + 1));
}

void LeadService::payCommission(const dto::Lead &lead, qint64 now)
{
    m_ledger.apply(lead.merchantId, {TransactionKind::Deduction, -lead.commissionCents, -lead.commissionCents, lead.id, {},
                                     u"Lead validated: "_s + lead.clientName});
    // Double entry: what the merchant pays is the influencer's share plus the platform's revenue.
    const qint64 platform = lead.commissionCents - lead.influencerShareCents;
    if (lead.influencerShareCents != 0)
        m_transactions.insertEarning(EarningsBeneficiary::Influencer, lead.influencerId, lead.merchantId, lead.id,
                                     lead.influencerShareCents, now);
    if (platform != 0)
        m_transactions.insertEarning(EarningsBeneficiary::Platform, {}, lead.merchantId, lead.id, platform, now);
}

dto::Lead LeadService::validate(const AuthUser &merchant, const QString &id, const QJsonObject &body)
{
    FieldReader r(body);
    const auto score = r.integer(u"quality_score"_s, 1, 10, true);
    const QString feedback = r.text(u"feedback"_s, limits::LongText, false);
    r.check();

    WriteTransaction tx(m_ctx.db);
    const dto::Lead lead = pendingOwnedBy(merchant, id, LeadStatus::Validated);
    const qint64 now = m_ctx.now();
    if (!leavePending(lead, LeadStatus::Validated, QVariant(qint64(*score)), feedback, {}, now))
        throw ApiError::conflict(u"lead_not_pending"_s, u"This lead was decided by another request."_s);
    payCommission(lead, now);
    auto updated = load(id, false);
    EventLog(m_ctx).leadUpdated(*updated);
    tx.commit();
    logger("server.leads")->info("lead {} validated (score {}), {} centimes deducted", id.toStdString(), *score,
                                 lead.commissionCents);
    return *updated;
}

dto::Lead LeadService::reject(const AuthUser &merchant, const QString &id, const QJsonObject &body)
{
    FieldReader r(body);
    const QString reason = r.text(u"reason"_s, limits::Reason, true);
    r.check();

    WriteTransaction tx(m_ctx.db);
    const dto::Lead lead = pendingOwnedBy(merchant, id, LeadStatus::Rejected);
    if (!leavePending(lead, LeadStatus::Rejected, QVariant(QMetaType(QMetaType::LongLong)), {}, reason, m_ctx.now()))
        throw ApiError::conflict(u"lead_not_pending"_s, u"This lead was decided by another request."_s);
    m_ledger.apply(lead.merchantId, {TransactionKind::Release, 0, -lead.commissionCents, lead.id, {},
                                     u"Lead rejected: "_s + lead.clientName});
    auto updated = load(id, false);
    EventLog(m_ctx).leadUpdated(*updated);
    tx.commit();
    logger("server.leads")->info("lead {} rejected, {} centimes released", id.toStdString(), lead.commissionCents);
    return *updated;
}

int LeadService::expireDue()
{
    const qint64 now = m_ctx.now();
    const QStringList due = m_leads.dueForExpiry(now);
    int expired = 0;
    for (const QString &id : due) {
        // One transaction per lead: a lead validated meanwhile is simply skipped.
        WriteTransaction tx(m_ctx.db);
        auto lead = load(id, true);
        if (!lead || !canTransition(lead->status, LeadStatus::Expired)
            || !leavePending(*lead, LeadStatus::Expired, QVariant(QMetaType(QMetaType::LongLong)), {}, {}, now))
            continue;
        m_ledger.apply(lead->merchantId, {TransactionKind::Release, 0, -lead->commissionCents, lead->id, {},
                                          u"Lead expired after %1 h: "_s.arg(leadpolicy::ExpiryHours) + lead->clientName});
        const texts::Notice notice = texts::leadExpiredNotice(
            lead->clientName, lead->campaignName, texts::languageFor(m_users.recipient(lead->influencerId).locale));
        m_notifications.notify(lead->influencerId, u"lead_expired"_s, u"info"_s, notice.title, notice.body);
        EventLog(m_ctx).leadUpdated(*load(id, false));
        tx.commit();
        ++expired;
    }
    if (expired > 0)
        logger("server.leads")->info("{} pending lead(s) expired", expired);
    return expired;
}

bool LeadService::eraseContacts(const dto::Lead &lead, qint64 now)
{
    const QString initials = leadpolicy::clientInitials(lead.clientName);
    if (!m_leads.eraseContacts(lead.id, initials, now, qMax(now, lead.updatedAt + 1)))
        return false;
    if (lead.clientName != initials) {
        m_transactions.redactLeadDescriptions(lead.id, lead.clientName, initials);
        // The new-lead notice (at creation) and the expiry notice (at the 23:00 run after the
        // expiry) are the notifications that name the client.
        const qint64 until = lead.decidedAt.value_or(now) + 24 * 3600 * 1000LL;
        NotificationRepository(m_ctx.db).redact({lead.merchantId, lead.influencerId}, lead.createdAt, until,
                                                lead.clientName, initials, now);
    }
    return true;
}

dto::Lead LeadService::erase(const AuthUser &admin, const QString &id)
{
    WriteTransaction tx(m_ctx.db);
    const auto lead = load(id, true);
    if (!lead)
        throw ApiError::notFound();
    const bool changed = !lead->erased && eraseContacts(*lead, m_ctx.now());
    if (changed)
        audit(m_ctx, admin.id, u"lead.erase"_s, u"lead"_s, id, u"status="_s + toString(lead->status));
    auto updated = load(id, false);
    if (changed)
        EventLog(m_ctx).leadUpdated(*updated);
    tx.commit();
    if (changed)
        logger("server.leads")->info("lead {}: client contact details erased by admin {}", id.toStdString(),
                                     admin.id.toStdString());
    return *updated;
}

int LeadService::eraseDueContacts()
{
    const qint64 now = m_ctx.now();
    const qint64 retentionMs = m_ctx.config.piiRetentionDays() * 24 * 3600 * 1000LL;
    int erased = 0;
    for (;;) {
        const QStringList due = m_leads.dueForErasure(now - retentionMs, 500);
        int batch = 0;
        for (const QString &id : due) {
            // One transaction per lead, like the expiry: a failure leaves the others done.
            WriteTransaction tx(m_ctx.db);
            const auto lead = load(id, true);
            if (!lead || lead->erased || !eraseContacts(*lead, now))
                continue;
            EventLog(m_ctx).leadUpdated(*load(id, false));
            tx.commit();
            ++batch;
        }
        erased += batch;
        if (batch == 0 || due.size() < 500)
            break;
    }
    if (erased > 0)
        logger("server.leads")->info("retention: client contact details of {} lead(s) erased", erased);
    return erased;
}

dto::InfluencerStats LeadService::influencerStats(const AuthUser &influencer)
{
    dto::InfluencerStats stats;
    for (const LeadRepository::StatusTotals &row : m_leads.influencerTotals(influencer.id)) {
        const auto status = leadStatusFromString(row.status);
        if (!status)
            continue;
        switch (*status) {
        case LeadStatus::Pending:
            stats.pending = row.leads;
            stats.pendingEarningsCents = row.influencerShareCents;
            break;
        case LeadStatus::Validated: stats.validated = row.leads; break;
        case LeadStatus::Rejected: stats.rejected = row.leads; break;
        case LeadStatus::Expired: stats.expired = row.leads; break;
        }
    }
    stats.leadsTotal = stats.pending + stats.validated + stats.rejected + stats.expired;
    stats.validationRate = stats.leadsTotal == 0 ? 0.0 : double(stats.validated) / double(stats.leadsTotal);
    // The mean score to one decimal, rounded half up on integers (scores are 1–10).
    if (const auto [sum, scored] = m_leads.influencerScores(influencer.id); scored > 0)
        stats.avgQualityScore = double((sum * 20 + scored) / (2 * scored)) / 10.0;

    const InfluencerBalance balance = m_payouts.balance(influencer.id);
    stats.earnedCents = balance.earnedCents;
    stats.paidCents = balance.paidCents;
    stats.requestedCents = balance.requestedCents;
    stats.availableCents = balance.availableCents();
    stats.minPayoutCents = m_ctx.config.minPayoutCents();

    // The last 12 weeks, Monday to Monday in the scheduler's zone (a week may be an hour shorter or
    // longer when the zone changes its offset), the current one last.
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_ctx.now(), m_zone).date();
    const QDate thisMonday = today.addDays(1 - today.dayOfWeek());
    QList<qint64> starts; // StatsWeeks + 1 boundaries: each week is [starts[i], starts[i + 1])
    for (int i = 0; i <= StatsWeeks; ++i) {
        const QDate monday = thisMonday.addDays(7 * (i - (StatsWeeks - 1)));
        starts.append(monday.startOfDay(m_zone).toMSecsSinceEpoch());
        if (i < StatsWeeks)
            stats.weeks.append(dto::WeekStats{monday.toString(Qt::ISODate), 0, 0, 0, 0});
    }
    // The week `time` falls in, or -1 outside the 12.
    const auto weekOf = [&starts](qint64 time) -> qsizetype {
        if (time < starts.constFirst() || time >= starts.constLast())
            return -1;
        return std::upper_bound(starts.cbegin(), starts.cend(), time) - starts.cbegin() - 1;
    };
    for (const LeadRepository::Moment &m : m_leads.influencerMomentsSince(influencer.id, starts.constFirst())) {
        if (const qsizetype week = weekOf(m.createdAt); week >= 0)
            ++stats.weeks[week].leads;
        const qsizetype decidedWeek = m.decidedAt ? weekOf(*m.decidedAt) : -1;
        if (decidedWeek >= 0 && m.status == LeadStatus::Validated)
            ++stats.weeks[decidedWeek].validated;
        else if (decidedWeek >= 0 && m.status == LeadStatus::Rejected)
            ++stats.weeks[decidedWeek].rejected;
    }
    for (const auto &[at, cents] : m_transactions.influencerEarningsSince(influencer.id, starts.constFirst())) {
        if (const qsizetype week = weekOf(at); week >= 0)
            stats.weeks[week].earnedCents += cents;
    }
    return stats;
}

} // namespace lm::server
