#include "leadservice.h"

#include "apierror.h"
#include "campaignservice.h"
#include "leadpolicy.h"
#include "logging.h"
#include "texts.h"
#include "timeutil.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lm::server {

namespace {

const QString leadSelect =
    u"SELECT l.id, l.campaign_id, c.name, l.merchant_id, l.influencer_id, u.display_name, l.client_name, "
    u"l.client_email, l.client_phone, l.company, l.estimated_value_cents, l.commission_cents, l.commission_type, "
    u"l.influencer_share_cents, l.source, l.notes, l.status, l.quality_score, l.feedback, l.rejection_reason, "
    u"l.created_at, l.expires_at, l.decided_at, l.updated_at "
    u"FROM leads l JOIN campaigns c ON c.id = l.campaign_id JOIN users u ON u.id = l.influencer_id"_s;

dto::Lead leadFrom(const QSqlQuery &q)
{
    dto::Lead l;
    l.id = q.value(0).toString();
    l.campaignId = q.value(1).toString();
    l.campaignName = q.value(2).toString();
    l.merchantId = q.value(3).toString();
    l.influencerId = q.value(4).toString();
    l.influencerName = q.value(5).toString();
    l.clientName = q.value(6).toString();
    l.clientEmail = q.value(7).toString();
    l.clientPhone = q.value(8).toString();
    l.company = q.value(9).toString();
    l.estimatedValueCents = q.value(10).toLongLong();
    l.commissionCents = q.value(11).toLongLong();
    l.commissionType = q.value(12).toString() == "fixed"_L1 ? CommissionType::Fixed : CommissionType::Percentage;
    l.influencerShareCents = q.value(13).toLongLong();
    l.source = leadSourceFromString(q.value(14).toString()).value_or(LeadSource::Other);
    l.notes = q.value(15).toString();
    l.status = leadStatusFromString(q.value(16).toString()).value_or(LeadStatus::Pending);
    if (!q.value(17).isNull())
        l.qualityScore = q.value(17).toInt();
    l.feedback = q.value(18).toString();
    l.rejectionReason = q.value(19).toString();
    l.createdAt = q.value(20).toLongLong();
    l.expiresAt = q.value(21).toLongLong();
    if (!q.value(22).isNull())
        l.decidedAt = q.value(22).toLongLong();
    l.updatedAt = q.value(23).toLongLong();
    return l;
}

} // namespace

std::optional<dto::Lead> LeadService::load(const QString &id, bool lock)
{
    // FOR UPDATE cannot lock the joined rows' nullable side on PostgreSQL; lock the lead alone.
    if (lock && m_ctx.db.engine() == Engine::PostgreSQL)
        m_ctx.db.exec(u"SELECT id FROM leads WHERE id = ? FOR UPDATE"_s, {id});
    QSqlQuery q = m_ctx.db.exec(leadSelect + u" WHERE l.id = ?"_s, {id});
    if (!q.next())
        return std::nullopt;
    return leadFrom(q);
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

    WriteTransaction tx(m_ctx.db);
    QSqlQuery cq = m_ctx.db.exec(CampaignService::selectSql + u" WHERE c.id = ?"_s, {campaignId});
    if (!cq.next())
        throw ApiError::notFound();
    const dto::Campaign campaign = campaignFrom(cq);
    cq.finish();

    const auto deposit = m_ledger.deposit(campaign.merchantId, /*lock=*/true);
    if (!deposit || deposit->status != DepositStatus::Active)
        throw ApiError{423, u"deposit_blocked"_s, u"This merchant's deposit is blocked: new leads are refused."_s};
    if (campaign.status != CampaignStatus::Active)
        throw ApiError::conflict(u"campaign_paused"_s, u"This campaign is paused and takes no new leads."_s);
    const qint64 now = m_ctx.now();
    if (m_ctx.db.scalar(u"SELECT 1 FROM leads WHERE campaign_id = ? AND created_at >= ? AND "
                        u"(client_email = ? OR client_phone = ?)"_s,
                        {campaign.id, leadpolicy::duplicateWindowStart(now), lead.clientEmail, lead.clientPhone}))
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
    m_ctx.db.exec(u"INSERT INTO leads (id, campaign_id, merchant_id, influencer_id, client_name, client_email, "
                  u"client_phone, company, estimated_value_cents, commission_cents, commission_type, "
                  u"influencer_share_cents, source, notes, status, created_at, expires_at, updated_at) "
                  u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?)"_s,
                  {lead.id, lead.campaignId, lead.merchantId, lead.influencerId, lead.clientName, lead.clientEmail,
                   lead.clientPhone, lead.company, lead.estimatedValueCents, lead.commissionCents,
                   toString(lead.commissionType), lead.influencerShareCents, source, lead.notes, lead.createdAt,
                   lead.expiresAt, lead.updatedAt});
    // The merchant hears of it at once (the brief's step 2): dashboard and email, same transaction.
    // The texts are written from the lead's data, the wording is texts.cpp's.
    const texts::NewLead news{campaign.merchantName, lead.clientName, campaign.name, lead.estimatedValueCents,
                              lead.commissionCents};
    const texts::Notice notice = texts::newLeadNotice(news);
    m_notifications.notify(lead.merchantId, u"new_lead"_s, u"info"_s, notice.title, notice.body);
    const QString merchantEmail =
        m_ctx.db.scalar(u"SELECT email FROM users WHERE id = ?"_s, {lead.merchantId}).value_or(QVariant()).toString();
    const texts::Email email = texts::newLeadEmail(news);
    m_notifications.enqueue({u"email"_s, merchantEmail, email.subject, email.body, {}, {}});
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

    QString sql = leadSelect + u" WHERE 1 = 1"_s;
    QVariantList values;
    if (user.isMerchant()) {
        sql += u" AND l.merchant_id = ?"_s;
        values << user.id;
    } else if (user.isInfluencer()) {
        sql += u" AND l.influencer_id = ?"_s;
        values << user.id;
    }
    if (!status.isEmpty()) {
        sql += u" AND l.status = ?"_s;
        values << status;
    }
    if (query.hasQueryItem(u"campaign_id"_s) && !isWellFormedId(query.queryItemValue(u"campaign_id"_s)))
        errors.insert(u"campaign_id"_s, u"is not a campaign id"_s);
    throwIfInvalid(errors);
    if (query.hasQueryItem(u"campaign_id"_s)) {
        sql += u" AND l.campaign_id = ?"_s;
        values << query.queryItemValue(u"campaign_id"_s);
    }
    if (page.updatedSince) {
        sql += u" AND l.updated_at >= ?"_s;
        values << *page.updatedSince;
    }
    if (!page.cursor.isEmpty()) {
        sql += u" AND (l.updated_at > ? OR (l.updated_at = ? AND l.id > ?))"_s;
        values << cursorTime << cursorTime << cursorId;
    }
    sql += u" ORDER BY l.updated_at, l.id LIMIT ?"_s;
    values << page.limit + 1;

    // A write that started before this read may commit just after it with an earlier updated_at;
    // answering a server_time slightly in the past makes the next delta pull overlap (the client
    // de-duplicates by id) instead of missing that write.
    const qint64 serverTime = m_ctx.now() - 2000;
    QSqlQuery q = m_ctx.db.exec(sql, values);
    return pageOf(q, page, serverTime, [](const QSqlQuery &row) {
        const dto::Lead lead = leadFrom(row);
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
    QSqlQuery q = m_ctx.db.exec(u"UPDATE leads SET status = ?, quality_score = ?, feedback = ?, rejection_reason = ?, "
                                u"decided_at = ?, updated_at = ? WHERE id = ? AND status = 'pending'"_s,
                                {toString(status), score, feedback, reason, now, qMax(now, lead.updatedAt + 1), lead.id});
    return q.numRowsAffected() == 1;
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
    m_ledger.apply(lead.merchantId, {TransactionKind::Deduction, -lead.commissionCents, -lead.commissionCents, lead.id, {},
                                     u"Lead validated: "_s + lead.clientName});
    // Double entry: what the merchant pays is the influencer's share plus the platform's revenue.
    const qint64 platform = lead.commissionCents - lead.influencerShareCents;
    const QString insertEarning = u"INSERT INTO earnings (id, beneficiary, influencer_id, merchant_id, lead_id, "
                                  u"amount_cents, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s;
    if (lead.influencerShareCents != 0)
        m_ctx.db.exec(insertEarning, {newId(), toString(EarningsBeneficiary::Influencer), lead.influencerId, lead.merchantId, lead.id,
                                      lead.influencerShareCents, now});
    if (platform != 0)
        m_ctx.db.exec(insertEarning, {newId(), toString(EarningsBeneficiary::Platform), nullIfEmpty({}), lead.merchantId, lead.id, platform, now});
    auto updated = load(id, false);
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
    tx.commit();
    logger("server.leads")->info("lead {} rejected, {} centimes released", id.toStdString(), lead.commissionCents);
    return *updated;
}

int LeadService::expireDue()
{
    const qint64 now = m_ctx.now();
    QStringList due;
    {
        QSqlQuery q = m_ctx.db.exec(u"SELECT id FROM leads WHERE status = 'pending' AND expires_at <= ? ORDER BY id"_s,
                                    {now});
        while (q.next())
            due.append(q.value(0).toString());
    }
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
        const texts::Notice notice = texts::leadExpiredNotice(lead->clientName, lead->campaignName);
        m_notifications.notify(lead->influencerId, u"lead_expired"_s, u"info"_s, notice.title, notice.body);
        tx.commit();
        ++expired;
    }
    if (expired > 0)
        logger("server.leads")->info("{} pending lead(s) expired", expired);
    return expired;
}

QJsonObject LeadService::influencerStats(const AuthUser &influencer)
{
    QSqlQuery q = m_ctx.db.exec(u"SELECT status, COUNT(*), COALESCE(SUM(influencer_share_cents), 0) FROM leads "
                                u"WHERE influencer_id = ? GROUP BY status"_s,
                                {influencer.id});
    qint64 counts[4] = {0, 0, 0, 0};
    qint64 pendingEarnings = 0;
    while (q.next()) {
        const auto status = leadStatusFromString(q.value(0).toString());
        if (!status)
            continue;
        counts[int(*status)] = q.value(1).toLongLong();
        if (*status == LeadStatus::Pending)
            pendingEarnings = q.value(2).toLongLong();
    }
    const qint64 earned = m_ctx.db.scalar(u"SELECT COALESCE(SUM(amount_cents), 0) FROM earnings "
                                          u"WHERE beneficiary = 'influencer' AND influencer_id = ?"_s,
                                          {influencer.id})->toLongLong();
    const qint64 total = counts[0] + counts[1] + counts[2] + counts[3];
    const qint64 validated = counts[int(LeadStatus::Validated)];
    return {{u"leads_total"_s, total},
            {u"validated"_s, validated},
            {u"rejected"_s, counts[int(LeadStatus::Rejected)]},
            {u"pending"_s, counts[int(LeadStatus::Pending)]},
            {u"expired"_s, counts[int(LeadStatus::Expired)]},
            {u"validation_rate"_s, total == 0 ? 0.0 : double(validated) / double(total)},
            {u"earned_cents"_s, earned},
            {u"pending_earnings_cents"_s, pendingEarnings}};
}

} // namespace lm::server
