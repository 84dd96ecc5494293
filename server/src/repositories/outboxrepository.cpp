#include "outboxrepository.h"

using namespace Qt::StringLiterals;

namespace lm::server {

const QString OutboxRepository::columns = u"id, channel, recipient, subject, body, template_variables, attachment_ref, "
                                          u"status, attempts, last_error, created_at, sent_at"_s;

OutboxReader::OutboxReader(const QSqlQuery &query)
{
    const ColumnLookup column(query);
    m_id = column("id"_L1);
    m_channel = column("channel"_L1);
    m_recipient = column("recipient"_L1);
    m_subject = column("subject"_L1);
    m_body = column("body"_L1);
    m_templateVariables = column("template_variables"_L1);
    m_attachmentRef = column("attachment_ref"_L1);
    m_status = column("status"_L1);
    m_attempts = column("attempts"_L1);
    m_lastError = column("last_error"_L1);
    m_createdAt = column("created_at"_L1);
    m_sentAt = column("sent_at"_L1);
}

OutboxMessage OutboxReader::read(const QSqlQuery &q) const
{
    OutboxMessage m;
    m.id = q.value(m_id).toString();
    m.channel = q.value(m_channel).toString();
    m.recipient = q.value(m_recipient).toString();
    m.subject = q.value(m_subject).toString();
    m.body = q.value(m_body).toString();
    m.templateVariables = q.value(m_templateVariables).toString();
    m.attachmentRef = q.value(m_attachmentRef).toString();
    m.status = q.value(m_status).toString();
    m.attempts = q.value(m_attempts).toInt();
    m.lastError = q.value(m_lastError).toString();
    m.createdAt = q.value(m_createdAt).toLongLong();
    if (const QVariant sentAt = q.value(m_sentAt); !sentAt.isNull())
        m.sentAt = sentAt.toLongLong();
    return m;
}

void OutboxRepository::insert(const OutboxMessage &m, qint64 now)
{
    m_db.exec(u"INSERT INTO outbox (id, channel, recipient, subject, body, template_variables, attachment_ref, "
              u"status, last_error, next_attempt_at, created_at, updated_at) "
              u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
              {m.id, m.channel, m.recipient, m.subject, m.body, m.templateVariables, m.attachmentRef, m.status,
               m.lastError, now, now, now});
}

Rows<OutboxReader> OutboxRepository::page(const QString &status, const std::optional<qint64> &updatedSince,
                                          const QString &cursor, int limit)
{
    QString sql = u"SELECT "_s + columns + u" FROM outbox WHERE 1 = 1"_s;
    QVariantList values;
    if (!status.isEmpty()) {
        sql += u" AND status = ?"_s;
        values << status;
    }
    appendPage(sql, values, {QString(), u"id"_s, true}, updatedSince, cursor, limit);
    return Rows<OutboxReader>(m_db.exec(sql, values));
}

void OutboxRepository::requeueExpiredClaims(qint64 now)
{
    m_db.exec(u"UPDATE outbox SET status = 'queued' WHERE status = 'sending' AND next_attempt_at <= ?"_s, {now});
}

std::optional<OutboxMessage> OutboxRepository::nextDue(qint64 now)
{
    Rows<OutboxReader> rows(m_db.exec(u"SELECT "_s + columns
                                          + u" FROM outbox WHERE status = 'queued' AND next_attempt_at <= ? "
                                            u"ORDER BY next_attempt_at, id LIMIT 1"_s
                                          + m_db.forUpdate(),
                                      {now}));
    if (!rows.next())
        return std::nullopt;
    OutboxMessage m = rows.read();
    rows.finish();
    return m;
}

void OutboxRepository::markSending(const QString &id, qint64 leaseUntil, qint64 now)
{
    m_db.exec(u"UPDATE outbox SET status = 'sending', next_attempt_at = ?, updated_at = ? WHERE id = ?"_s,
              {leaseUntil, now, id});
}

void OutboxRepository::markSent(const QString &id, qint64 now)
{
    m_db.exec(u"UPDATE outbox SET status = 'sent', attempts = attempts + 1, sent_at = ?, last_error = '', "
              u"updated_at = ? WHERE id = ?"_s,
              {now, now, id});
}

void OutboxRepository::markFailed(const QString &id, const QString &error, qint64 now)
{
    m_db.exec(u"UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = ?, "
              u"first_failure_at = COALESCE(first_failure_at, ?), updated_at = ? WHERE id = ?"_s,
              {error, now, now, id});
}

void OutboxRepository::scheduleRetry(const QString &id, const QString &error, qint64 nextAttemptAt, qint64 now)
{
    m_db.exec(u"UPDATE outbox SET status = 'queued', attempts = attempts + 1, last_error = ?, "
              u"next_attempt_at = ?, first_failure_at = COALESCE(first_failure_at, ?), updated_at = ? "
              u"WHERE id = ?"_s,
              {error, nextAttemptAt, now, now, id});
}

void OutboxRepository::postpone(const QString &id, qint64 until, const QString &why, qint64 now)
{
    m_db.exec(u"UPDATE outbox SET status = 'queued', next_attempt_at = ?, last_error = ?, updated_at = ? "
              u"WHERE id = ?"_s,
              {until, why, now, id});
}

QList<OutboxMessage> OutboxRepository::stuck(qint64 failingSince)
{
    Rows<OutboxReader> rows(m_db.exec(u"SELECT "_s + columns
                                          + u" FROM outbox WHERE status IN ('queued', 'failed') AND "
                                            u"first_failure_at IS NOT NULL AND first_failure_at < ? AND "
                                            u"admins_alerted = 0"_s,
                                      {failingSince}));
    QList<OutboxMessage> stuck;
    while (rows.next())
        stuck.append(rows.read());
    rows.finish();
    return stuck;
}

void OutboxRepository::markAdminsAlerted(const QString &id)
{
    m_db.exec(u"UPDATE outbox SET admins_alerted = 1 WHERE id = ?"_s, {id});
}

} // namespace lm::server
