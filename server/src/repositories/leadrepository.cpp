#include "leadrepository.h"

using namespace Qt::StringLiterals;

namespace lm::server {

const QString LeadRepository::select =
    u"SELECT l.id, l.campaign_id, c.name AS campaign_name, l.merchant_id, l.influencer_id, "
    u"u.display_name AS influencer_name, l.client_name, l.client_email, l.client_phone, l.company, "
    u"l.estimated_value_cents, l.commission_cents, l.commission_type, l.influencer_share_cents, l.source, l.notes, "
    u"l.status, l.quality_score, l.feedback, l.rejection_reason, l.created_at, l.expires_at, l.decided_at, "
    u"l.updated_at, l.erased_at, l.dispute_status, l.dispute_note, l.dispute_created_at, l.dispute_decided_at, "
    u"l.dispute_decision_note FROM leads l JOIN campaigns c ON c.id = l.campaign_id JOIN users u ON u.id = l.influencer_id"_s;

LeadReader::LeadReader(const QSqlQuery &query)
{
    const ColumnLookup column(query);
    m_id = column("id"_L1);
    m_campaignId = column("campaign_id"_L1);
    m_campaignName = column("campaign_name"_L1);
    m_merchantId = column("merchant_id"_L1);
    m_influencerId = column("influencer_id"_L1);
    m_influencerName = column("influencer_name"_L1);
    m_clientName = column("client_name"_L1);
    m_clientEmail = column("client_email"_L1);
    m_clientPhone = column("client_phone"_L1);
    m_company = column("company"_L1);
    m_estimatedValue = column("estimated_value_cents"_L1);
    m_commission = column("commission_cents"_L1);
    m_commissionType = column("commission_type"_L1);
    m_influencerShare = column("influencer_share_cents"_L1);
    m_source = column("source"_L1);
    m_notes = column("notes"_L1);
    m_status = column("status"_L1);
    m_qualityScore = column("quality_score"_L1);
    m_feedback = column("feedback"_L1);
    m_rejectionReason = column("rejection_reason"_L1);
    m_createdAt = column("created_at"_L1);
    m_expiresAt = column("expires_at"_L1);
    m_decidedAt = column("decided_at"_L1);
    m_updatedAt = column("updated_at"_L1);
    m_erasedAt = column("erased_at"_L1);
    m_disputeStatus = column("dispute_status"_L1);
    m_disputeNote = column("dispute_note"_L1);
    m_disputeCreatedAt = column("dispute_created_at"_L1);
    m_disputeDecidedAt = column("dispute_decided_at"_L1);
    m_disputeDecisionNote = column("dispute_decision_note"_L1);
}

dto::Lead LeadReader::read(const QSqlQuery &q) const
{
    dto::Lead l;
    l.id = q.value(m_id).toString();
    l.campaignId = q.value(m_campaignId).toString();
    l.campaignName = q.value(m_campaignName).toString();
    l.merchantId = q.value(m_merchantId).toString();
    l.influencerId = q.value(m_influencerId).toString();
    l.influencerName = q.value(m_influencerName).toString();
    l.clientName = q.value(m_clientName).toString();
    l.clientEmail = q.value(m_clientEmail).toString();
    l.clientPhone = q.value(m_clientPhone).toString();
    l.company = q.value(m_company).toString();
    l.estimatedValueCents = q.value(m_estimatedValue).toLongLong();
    l.commissionCents = q.value(m_commission).toLongLong();
    l.commissionType =
        q.value(m_commissionType).toString() == "fixed"_L1 ? CommissionType::Fixed : CommissionType::Percentage;
    l.influencerShareCents = q.value(m_influencerShare).toLongLong();
    l.source = leadSourceFromString(q.value(m_source).toString()).value_or(LeadSource::Other);
    l.notes = q.value(m_notes).toString();
    l.status = leadStatusFromString(q.value(m_status).toString()).value_or(LeadStatus::Pending);
    if (const QVariant score = q.value(m_qualityScore); !score.isNull())
        l.qualityScore = score.toInt();
    l.feedback = q.value(m_feedback).toString();
    l.rejectionReason = q.value(m_rejectionReason).toString();
    l.createdAt = q.value(m_createdAt).toLongLong();
    l.expiresAt = q.value(m_expiresAt).toLongLong();
    if (const QVariant decided = q.value(m_decidedAt); !decided.isNull())
        l.decidedAt = decided.toLongLong();
    l.updatedAt = q.value(m_updatedAt).toLongLong();
    l.erased = !q.value(m_erasedAt).isNull();
    if (!q.value(m_disputeStatus).isNull()) {
        dto::Dispute d;
        // An unknown stored status reads as open: it pays nothing and an admin may still decide it.
        d.status = wireValue(q, m_disputeStatus, &disputeStatusFromString, DisputeStatus::Open);
        d.note = q.value(m_disputeNote).toString();
        d.createdAt = q.value(m_disputeCreatedAt).toLongLong();
        if (const QVariant decided = q.value(m_disputeDecidedAt); !decided.isNull())
            d.decidedAt = decided.toLongLong();
        d.decisionNote = q.value(m_disputeDecisionNote).toString();
        l.dispute = d;
    }
    return l;
}

std::optional<dto::Lead> LeadRepository::find(const QString &id, bool lock)
{
    // FOR UPDATE cannot lock the joined rows' nullable side on PostgreSQL; lock the lead alone.
    if (lock && m_db.engine() == Engine::PostgreSQL)
        m_db.exec(u"SELECT id FROM leads WHERE id = ? FOR UPDATE"_s, {id});
    Rows<LeadReader> rows(m_db.exec(select + u" WHERE l.id = ?"_s, {id}));
    if (!rows.next())
        return std::nullopt;
    return rows.read();
}

bool LeadRepository::hasRecent(const QString &campaignId, qint64 since, const QString &email, const QString &phone)
{
    return m_db
        .scalar(u"SELECT 1 FROM leads WHERE campaign_id = ? AND created_at >= ? AND "
                u"(client_email = ? OR client_phone = ?)"_s,
                {campaignId, since, email, phone})
        .has_value();
}

void LeadRepository::insert(const dto::Lead &lead)
{
    m_db.exec(u"INSERT INTO leads (id, campaign_id, merchant_id, influencer_id, client_name, client_email, "
              u"client_phone, company, estimated_value_cents, commission_cents, commission_type, "
              u"influencer_share_cents, source, notes, status, created_at, expires_at, updated_at) "
              u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?)"_s,
              {lead.id, lead.campaignId, lead.merchantId, lead.influencerId, lead.clientName, lead.clientEmail,
               lead.clientPhone, lead.company, lead.estimatedValueCents, lead.commissionCents,
               toString(lead.commissionType), lead.influencerShareCents, toString(lead.source), lead.notes,
               lead.createdAt, lead.expiresAt, lead.updatedAt});
}

bool LeadRepository::leavePending(const QString &id, LeadStatus status, const QVariant &score,
                                  const QString &feedback, const QString &reason, qint64 decidedAt, qint64 updatedAt)
{
    QSqlQuery q = m_db.exec(u"UPDATE leads SET status = ?, quality_score = ?, feedback = ?, rejection_reason = ?, "
                            u"decided_at = ?, updated_at = ? WHERE id = ? AND status = 'pending'"_s,
                            {toString(status), score, feedback, reason, decidedAt, updatedAt, id});
    return q.numRowsAffected() == 1;
}

Rows<LeadReader> LeadRepository::page(const Filter &filter, const std::optional<qint64> &updatedSince,
                                      const std::optional<std::pair<qint64, QString>> &after, int limit)
{
    QString sql = select + u" WHERE 1 = 1"_s;
    QVariantList values;
    if (!filter.merchantId.isEmpty()) {
        sql += u" AND l.merchant_id = ?"_s;
        values << filter.merchantId;
    }
    if (!filter.influencerId.isEmpty()) {
        sql += u" AND l.influencer_id = ?"_s;
        values << filter.influencerId;
    }
    if (!filter.status.isEmpty()) {
        sql += u" AND l.status = ?"_s;
        values << filter.status;
    }
    if (!filter.campaignId.isEmpty()) {
        sql += u" AND l.campaign_id = ?"_s;
        values << filter.campaignId;
    }
    if (updatedSince) {
        sql += u" AND l.updated_at >= ?"_s;
        values << *updatedSince;
    }
    if (after) {
        sql += u" AND (l.updated_at > ? OR (l.updated_at = ? AND l.id > ?))"_s;
        values << after->first << after->first << after->second;
    }
    sql += u" ORDER BY l.updated_at, l.id LIMIT ?"_s;
    values << limit;
    return Rows<LeadReader>(m_db.exec(sql, values));
}

QStringList LeadRepository::dueForExpiry(qint64 now)
{
    QStringList due;
    QSqlQuery q = m_db.exec(u"SELECT id FROM leads WHERE status = 'pending' AND expires_at <= ? ORDER BY id"_s, {now});
    const int id = ColumnLookup(q)("id"_L1);
    while (q.next())
        due.append(q.value(id).toString());
    return due;
}

bool LeadRepository::eraseContacts(const QString &id, const QString &initials, qint64 erasedAt, qint64 updatedAt)
{
    QSqlQuery q = m_db.exec(u"UPDATE leads SET client_name = ?, client_email = '', client_phone = '', company = '', "
                            u"notes = '', erased_at = ?, updated_at = ? WHERE id = ? AND erased_at IS NULL"_s,
                            {initials, erasedAt, updatedAt, id});
    return q.numRowsAffected() == 1;
}

QStringList LeadRepository::dueForErasure(qint64 before, int limit)
{
    QStringList due;
    // decided_at is set exactly when a lead leaves pending (validated, rejected or expired); the
    // WHERE repeats leads_retention's condition so both engines use that partial index.
    QSqlQuery q = m_db.exec(u"SELECT id FROM leads WHERE decided_at < ? AND erased_at IS NULL "
                            u"ORDER BY decided_at, id LIMIT ?"_s,
                            {before, limit});
    const int id = ColumnLookup(q)("id"_L1);
    while (q.next())
        due.append(q.value(id).toString());
    return due;
}

QList<LeadRepository::StatusTotals> LeadRepository::influencerTotals(const QString &influencerId)
{
    QSqlQuery q = m_db.exec(u"SELECT status, COUNT(*) AS leads, COALESCE(SUM(influencer_share_cents), 0) AS "
                            u"influencer_share_cents FROM leads WHERE influencer_id = ? GROUP BY status"_s,
                            {influencerId});
    const ColumnLookup column(q);
    const int status = column("status"_L1);
    const int leads = column("leads"_L1);
    const int share = column("influencer_share_cents"_L1);
    QList<LeadRepository::StatusTotals> totals;
    while (q.next())
        totals.append({q.value(status).toString(), q.value(leads).toLongLong(), q.value(share).toLongLong()});
    return totals;
}

std::pair<qint64, qint64> LeadRepository::influencerScores(const QString &influencerId)
{
    QSqlQuery q = m_db.exec(u"SELECT COALESCE(SUM(quality_score), 0) AS score_sum, COUNT(quality_score) AS scored "
                            u"FROM leads WHERE influencer_id = ?"_s,
                            {influencerId});
    if (!q.next())
        return {0, 0};
    const ColumnLookup column(q);
    const std::pair<qint64, qint64> scores{q.value(column("score_sum"_L1)).toLongLong(),
                                           q.value(column("scored"_L1)).toLongLong()};
    q.finish();
    return scores;
}

QList<LeadRepository::Moment> LeadRepository::influencerMomentsSince(const QString &influencerId, qint64 since)
{
    QSqlQuery q = m_db.exec(u"SELECT created_at, status, decided_at FROM leads WHERE influencer_id = ? "
                            u"AND (created_at >= ? OR decided_at >= ?)"_s,
                            {influencerId, since, since});
    const ColumnLookup column(q);
    const int createdAt = column("created_at"_L1);
    const int status = column("status"_L1);
    const int decidedAt = column("decided_at"_L1);
    QList<Moment> moments;
    while (q.next()) {
        Moment m;
        m.createdAt = q.value(createdAt).toLongLong();
        // An unknown stored status reads as pending: it counts as neither validated nor rejected (logged).
        m.status = wireValue(q, status, &leadStatusFromString, LeadStatus::Pending);
        if (const QVariant decided = q.value(decidedAt); !decided.isNull())
            m.decidedAt = decided.toLongLong();
        moments.append(m);
    }
    return moments;
}

qint64 LeadRepository::countCreatedBetween(qint64 start, qint64 end)
{
    return m_db.scalar(u"SELECT COUNT(*) FROM leads WHERE created_at >= ? AND created_at < ?"_s, {start, end})
        ->toLongLong();
}

qint64 LeadRepository::countDecidedBetween(LeadStatus status, qint64 start, qint64 end)
{
    return m_db
        .scalar(u"SELECT COUNT(*) FROM leads WHERE status = ? AND decided_at >= ? AND decided_at < ?"_s,
                {toString(status), start, end})
        ->toLongLong();
}

bool LeadRepository::openDispute(const QString &id, const QString &note, qint64 now, qint64 updatedAt)
{
    QSqlQuery q = m_db.exec(u"UPDATE leads SET dispute_status = 'open', dispute_note = ?, dispute_created_at = ?, "
                            u"updated_at = ? WHERE id = ? AND status = 'rejected' AND dispute_status IS NULL"_s,
                            {note, now, updatedAt, id});
    return q.numRowsAffected() == 1;
}

bool LeadRepository::upholdDispute(const QString &id, const QString &note, const QString &adminId, qint64 now,
                                   qint64 updatedAt)
{
    QSqlQuery q = m_db.exec(u"UPDATE leads SET dispute_status = 'upheld', dispute_decided_at = ?, "
                            u"dispute_decision_note = ?, dispute_decided_by = ?, updated_at = ? "
                            u"WHERE id = ? AND dispute_status = 'open'"_s,
                            {now, nullIfEmpty(note), adminId, updatedAt, id});
    return q.numRowsAffected() == 1;
}

bool LeadRepository::overturnDispute(const QString &id, const QString &note, const QString &adminId, qint64 now,
                                     qint64 updatedAt)
{
    // The lead leaves `rejected` for `validated` in the same conditional update that closes the
    // dispute: of two concurrent overturns (or an overturn and an uphold) exactly one matches.
    QSqlQuery q = m_db.exec(u"UPDATE leads SET status = 'validated', quality_score = NULL, decided_at = ?, "
                            u"dispute_status = 'overturned', dispute_decided_at = ?, dispute_decision_note = ?, "
                            u"dispute_decided_by = ?, updated_at = ? "
                            u"WHERE id = ? AND status = 'rejected' AND dispute_status = 'open'"_s,
                            {now, now, nullIfEmpty(note), adminId, updatedAt, id});
    return q.numRowsAffected() == 1;
}

Rows<LeadReader> LeadRepository::disputePage(const QString &status, const std::optional<qint64> &updatedSince,
                                             const std::optional<std::pair<qint64, QString>> &after, int limit)
{
    QString sql = select + u" WHERE l.dispute_status IS NOT NULL"_s;
    QVariantList values;
    if (!status.isEmpty()) {
        sql += u" AND l.dispute_status = ?"_s;
        values << status;
    }
    if (updatedSince) {
        sql += u" AND l.updated_at >= ?"_s;
        values << *updatedSince;
    }
    if (after) {
        sql += u" AND (l.dispute_created_at < ? OR (l.dispute_created_at = ? AND l.id < ?))"_s;
        values << after->first << after->first << after->second;
    }
    sql += u" ORDER BY l.dispute_created_at DESC, l.id DESC LIMIT ?"_s;
    values << limit;
    return Rows<LeadReader>(m_db.exec(sql, values));
}

std::pair<qint64, qint64> LeadRepository::createdByInfluencerSince(const QString &influencerId, qint64 since)
{
    QSqlQuery q = m_db.exec(u"SELECT COUNT(*) AS leads, MIN(created_at) AS oldest FROM leads "
                            u"WHERE influencer_id = ? AND created_at > ?"_s,
                            {influencerId, since});
    if (!q.next())
        return {0, 0};
    const ColumnLookup column(q);
    const std::pair<qint64, qint64> result{q.value(column("leads"_L1)).toLongLong(),
                                           q.value(column("oldest"_L1)).toLongLong()};
    q.finish();
    return result;
}

} // namespace lm::server
