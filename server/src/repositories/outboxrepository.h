#pragma once

#include "database.h"
#include "rows.h"

#include <QString>

#include <optional>

namespace lm::server {

/// One outgoing message of the outbox.
struct OutboxMessage
{
    QString id;
    QString channel; ///< email | sms | whatsapp
    QString recipient;
    QString subject;
    QString body;
    QString templateVariables; ///< WhatsApp template values as compact JSON, or empty
    QString attachmentRef;
    QString status; ///< queued | sending | sent | failed | skipped
    int attempts = 0;
    QString lastError;
    qint64 createdAt = 0;
    std::optional<qint64> sentAt;
};

/// Maps rows of a SELECT of OutboxRepository::columns to OutboxMessage.
class OutboxReader final
{
public:
    explicit OutboxReader(const QSqlQuery &query);
    OutboxMessage read(const QSqlQuery &query) const;

private:
    int m_id, m_channel, m_recipient, m_subject, m_body, m_templateVariables, m_attachmentRef, m_status, m_attempts,
        m_lastError, m_createdAt, m_sentAt;
};

/// SQL of the `outbox` table: messages are queued in the transaction of the event that causes them,
/// then claimed, sent and marked by OutboxSender.
class OutboxRepository final
{
public:
    explicit OutboxRepository(Database &db) : m_db(db) {}

    /// Every SELECT of an outbox message lists these columns.
    static const QString columns;

    /// `message.status` is queued or skipped (then `message.lastError` says why).
    void insert(const OutboxMessage &message, qint64 now);
    /// Newest first: messages in `status` (all when empty), changed since `updatedSince`, before the id `cursor`.
    Rows<OutboxReader> page(const QString &status, const std::optional<qint64> &updatedSince, const QString &cursor,
                            int limit);

    /// Messages whose sender died mid-send are queued again once their lease has passed at `now`.
    void requeueExpiredClaims(qint64 now);
    /// The queued message due first at `now`, locked for the rest of the transaction on PostgreSQL.
    std::optional<OutboxMessage> nextDue(qint64 now);
    /// Claims a message until `leaseUntil`.
    void markSending(const QString &id, qint64 leaseUntil, qint64 now);
    void markSent(const QString &id, qint64 now);
    void markFailed(const QString &id, const QString &error, qint64 now);
    void scheduleRetry(const QString &id, const QString &error, qint64 nextAttemptAt, qint64 now);
    /// Queues it again for `until` without counting an attempt (quiet hours, a receipt not made yet).
    void postpone(const QString &id, qint64 until, const QString &why, qint64 now);

    /// Messages failing since before `failingSince` that admins have not heard of yet.
    QList<OutboxMessage> stuck(qint64 failingSince);
    void markAdminsAlerted(const QString &id);

private:
    Database &m_db;
};

} // namespace lm::server
