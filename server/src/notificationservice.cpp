#include "notificationservice.h"

#include "apierror.h"
#include "dto.h"
#include "eventlog.h"
#include "jsonfields.h"
#include "logging.h"
#include "timeutil.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace lm::server {

void NotificationService::notify(const QString &userId, const QString &kind, const QString &level,
                                 const QString &title, const QString &body)
{
    EventLog(m_ctx).notificationCreated(userId, m_notifications.insert(userId, kind, level, title, body, m_ctx.now()));
}

void NotificationService::notifyAdmins(const QString &kind, const QString &level,
                                       const std::function<texts::Notice(texts::Language)> &compose)
{
    const QList<UserRepository::Recipient> admins = m_users.admins();
    for (const UserRepository::Recipient &admin : admins) {
        const texts::Notice notice = compose(texts::languageFor(admin.locale));
        notify(admin.id, kind, level, notice.title, notice.body);
    }
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
    OutboxMessage row;
    row.id = id;
    row.channel = message.channel;
    row.recipient = message.recipient;
    row.subject = message.subject;
    row.body = message.body;
    if (!message.templateVariables.isEmpty())
        row.templateVariables =
            QString::fromUtf8(QJsonDocument(message.templateVariables).toJson(QJsonDocument::Compact));
    row.attachmentRef = message.attachmentRef;
    row.status = status;
    row.lastError = reason;
    m_outbox.insert(row, now);
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
    const QString unread = query.queryItemValue(u"unread"_s);
    if (query.hasQueryItem(u"unread"_s) && unread != "0"_L1 && unread != "1"_L1)
        throw ApiError::validation(u"unread"_s, u"must be 0 or 1"_s);
    const qint64 serverTime = m_ctx.now() - 2000; // see LeadService::list
    auto rows = m_notifications.page(user.id, unread == "1"_L1, page.updatedSince, page.cursor, page.limit + 1);
    QJsonObject answer = pageOf(rows, page, serverTime, [](const dto::Notification &n) {
        return std::pair{n.toJson(), n.id};
    });
    answer.insert(u"unread_count"_s, m_notifications.unreadCount(user.id));
    return answer;
}

void NotificationService::markRead(const AuthUser &user, const QString &id)
{
    WriteTransaction tx(m_ctx.db);
    if (!m_notifications.belongsTo(id, user.id))
        throw ApiError::notFound();
    m_notifications.markRead(id, m_ctx.now());
    tx.commit();
}

QJsonObject NotificationService::outbox(const QUrlQuery &query)
{
    const PageRequest page = PageRequest::fromQuery(query);
    QString onlyStatus;
    if (query.hasQueryItem(u"status"_s)) {
        onlyStatus = query.queryItemValue(u"status"_s);
        if (!QStringList{u"queued"_s, u"sent"_s, u"failed"_s, u"skipped"_s}.contains(onlyStatus))
            throw ApiError::validation(u"status"_s, u"must be one of: queued, sent, failed, skipped"_s);
    }
    const qint64 serverTime = m_ctx.now();
    auto rows = m_outbox.page(onlyStatus, page.updatedSince, page.cursor, page.limit + 1);
    return pageOf(rows, page, serverTime, [](const OutboxMessage &row) {
        // A message being sent right now is still "queued" to the outside.
        const QString status = row.status == "sending"_L1 ? u"queued"_s : row.status;
        return std::pair{
            QJsonObject{{u"id"_s, row.id},
                        {u"channel"_s, row.channel},
                        {u"recipient"_s, row.recipient},
                        {u"subject"_s, row.subject},
                        {u"status"_s, status},
                        {u"attempts"_s, qint64(row.attempts)},
                        {u"last_error"_s, row.lastError.isEmpty() ? QJsonValue() : QJsonValue(row.lastError)},
                        {u"created_at"_s, formatApiTime(row.createdAt)},
                        {u"sent_at"_s, row.sentAt ? QJsonValue(formatApiTime(*row.sentAt)) : QJsonValue()}},
            row.id};
    });
}

} // namespace lm::server
