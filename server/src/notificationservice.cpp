#include "notificationservice.h"

#include "apierror.h"
#include "dto.h"
#include "jsonfields.h"
#include "logging.h"
#include "timeutil.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lm::server {

void NotificationService::notify(const QString &userId, const QString &kind, const QString &level,
                                 const QString &title, const QString &body)
{
    const qint64 now = m_ctx.now();
    m_ctx.db.exec(u"INSERT INTO notifications (id, user_id, kind, level, title, body, created_at, updated_at) "
                  u"VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                  {newId(), userId, kind, level, title, body, now, now});
}

void NotificationService::notifyAdmins(const QString &kind, const QString &level, const QString &title,
                                       const QString &body)
{
    QStringList admins;
    QSqlQuery q = m_ctx.db.exec(u"SELECT id FROM users WHERE role = 'admin' ORDER BY id"_s);
    while (q.next())
        admins << q.value(0).toString();
    for (const QString &admin : admins)
        notify(admin, kind, level, title, body);
}

bool NotificationService::channelConfigured(const QString &channel) const
{
    const Config &c = m_ctx.config;
    if (channel == "email"_L1)
        return c.isSet(u"LEADMARKET_SMTP_URL"_s) && c.isSet(u"LEADMARKET_MAIL_FROM"_s);
    const bool api = c.isSet(u"LEADMARKET_SMS_API_BASE"_s) && c.isSet(u"LEADMARKET_SMS_ACCOUNT_SID"_s)
        && c.isSet(u"LEADMARKET_SMS_AUTH_TOKEN"_s);
    if (channel == "sms"_L1)
        return api && c.isSet(u"LEADMARKET_SMS_FROM"_s);
    if (channel == "whatsapp"_L1)
        return api && c.isSet(u"LEADMARKET_WHATSAPP_FROM"_s);
    return false;
}

QString NotificationService::enqueue(const Message &message)
{
    const qint64 now = m_ctx.now();
    QString status = u"queued"_s;
    QString reason;
    if (message.recipient.isEmpty()) {
        status = u"skipped"_s;
        reason = message.channel == "email"_L1 ? u"no recipient: the user has no email address"_s
                                               : u"no recipient: the user has no phone number"_s;
    } else if (!channelConfigured(message.channel)) {
        status = u"skipped"_s;
        reason = message.channel == "email"_L1 ? u"no provider configured: LEADMARKET_SMTP_URL / LEADMARKET_MAIL_FROM unset"_s
                                               : u"no provider configured: LEADMARKET_SMS_* settings or the sender number unset"_s;
    }
    const QString id = newId();
    m_ctx.db.exec(u"INSERT INTO outbox (id, channel, recipient, subject, body, template_variables, attachment_ref, "
                  u"status, last_error, next_attempt_at, created_at, updated_at) "
                  u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                  {id, message.channel, message.recipient, message.subject, message.body,
                   message.templateVariables.isEmpty()
                       ? QString()
                       : QString::fromUtf8(QJsonDocument(message.templateVariables).toJson(QJsonDocument::Compact)),
                   message.attachmentRef, status, reason, now, now, now});
    if (status == "skipped"_L1) {
        // Nothing pretends to be sent: the message stays in the outbox, and the log says so
        // (without the recipient or the text, which may hold contact details).
        logger("server.notify")->info("{} message {} skipped: {}", message.channel.toStdString(), id.toStdString(),
                                      reason.toStdString());
    }
    return id;
}

QJsonObject NotificationService::list(const AuthUser &user, const QUrlQuery &query)
{
    const PageRequest page = PageRequest::fromQuery(query);
    QString sql = u"SELECT id, kind, level, title, body, created_at, read_at FROM notifications WHERE user_id = ?"_s;
    QVariantList values{user.id};
    const QString unread = query.queryItemValue(u"unread"_s);
    if (query.hasQueryItem(u"unread"_s) && unread != "0"_L1 && unread != "1"_L1)
        throw ApiError::validation(u"unread"_s, u"must be 0 or 1"_s);
    if (unread == "1"_L1)
        sql += u" AND read_at IS NULL"_s;
    if (page.updatedSince) {
        sql += u" AND updated_at >= ?"_s;
        values << *page.updatedSince;
    }
    if (!page.cursor.isEmpty()) {
        sql += u" AND id < ?"_s;
        values << page.cursor;
    }
    sql += u" ORDER BY id DESC LIMIT ?"_s;
    values << page.limit + 1;
    const qint64 serverTime = m_ctx.now() - 2000; // see LeadService::list
    QSqlQuery q = m_ctx.db.exec(sql, values);
    QJsonObject answer = pageOf(q, page, serverTime, [](const QSqlQuery &row) {
        dto::Notification n;
        n.id = row.value(0).toString();
        n.kind = row.value(1).toString();
        n.level = row.value(2).toString();
        n.title = row.value(3).toString();
        n.body = row.value(4).toString();
        n.createdAt = row.value(5).toLongLong();
        if (!row.value(6).isNull())
            n.readAt = row.value(6).toLongLong();
        return std::pair{n.toJson(), n.id};
    });
    answer.insert(u"unread_count"_s,
                  m_ctx.db.scalar(u"SELECT COUNT(*) FROM notifications WHERE user_id = ? AND read_at IS NULL"_s,
                                  {user.id})->toLongLong());
    return answer;
}

void NotificationService::markRead(const AuthUser &user, const QString &id)
{
    WriteTransaction tx(m_ctx.db);
    if (!m_ctx.db.scalar(u"SELECT 1 FROM notifications WHERE id = ? AND user_id = ?"_s, {id, user.id}))
        throw ApiError::notFound();
    const qint64 now = m_ctx.now();
    m_ctx.db.exec(u"UPDATE notifications SET read_at = ?, updated_at = ? WHERE id = ? AND read_at IS NULL"_s,
                  {now, now, id});
    tx.commit();
}

QJsonObject NotificationService::outbox(const QUrlQuery &query)
{
    const PageRequest page = PageRequest::fromQuery(query);
    QString sql = u"SELECT id, channel, recipient, subject, status, attempts, last_error, created_at, sent_at "
                  u"FROM outbox WHERE 1 = 1"_s;
    QVariantList values;
    if (query.hasQueryItem(u"status"_s)) {
        const QString status = query.queryItemValue(u"status"_s);
        if (!QStringList{u"queued"_s, u"sent"_s, u"failed"_s, u"skipped"_s}.contains(status))
            throw ApiError::validation(u"status"_s, u"must be one of: queued, sent, failed, skipped"_s);
        sql += u" AND status = ?"_s;
        values << status;
    }
    if (page.updatedSince) {
        sql += u" AND updated_at >= ?"_s;
        values << *page.updatedSince;
    }
    if (!page.cursor.isEmpty()) {
        sql += u" AND id < ?"_s;
        values << page.cursor;
    }
    sql += u" ORDER BY id DESC LIMIT ?"_s;
    values << page.limit + 1;
    const qint64 serverTime = m_ctx.now();
    QSqlQuery q = m_ctx.db.exec(sql, values);
    return pageOf(q, page, serverTime, [](const QSqlQuery &row) {
        const QString id = row.value(0).toString();
        // A message being sent right now is still "queued" to the outside.
        const QString status = row.value(4).toString() == "sending"_L1 ? u"queued"_s : row.value(4).toString();
        return std::pair{
            QJsonObject{{u"id"_s, id},
                        {u"channel"_s, row.value(1).toString()},
                        {u"recipient"_s, row.value(2).toString()},
                        {u"subject"_s, row.value(3).toString()},
                        {u"status"_s, status},
                        {u"attempts"_s, row.value(5).toLongLong()},
                        {u"last_error"_s, row.value(6).toString().isEmpty() ? QJsonValue() : QJsonValue(row.value(6).toString())},
                        {u"created_at"_s, formatApiTime(row.value(7).toLongLong())},
                        {u"sent_at"_s, row.value(8).isNull() ? QJsonValue() : QJsonValue(formatApiTime(row.value(8).toLongLong()))}},
            id};
    });
}

} // namespace lm::server
