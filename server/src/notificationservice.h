#pragma once

#include "context.h"
#include "httpapi.h"
#include "repositories/notificationrepository.h"
#include "repositories/outboxrepository.h"
#include "repositories/userrepository.h"
#include "texts.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace lm::server {

/// Dashboard notifications (stored per user: storing them is their delivery) and the outbox that
/// every outgoing channel (email, SMS, WhatsApp) goes through. Enqueueing happens inside the
/// caller's transaction, so a message exists exactly when the event that causes it committed;
/// OutboxSender delivers it afterwards.
class NotificationService final
{
public:
    explicit NotificationService(Context &ctx)
        : m_ctx(ctx), m_notifications(ctx.db), m_outbox(ctx.db), m_users(ctx.db)
    {
    }

    /// Stores a dashboard notification for `userId`. `level`: info | attention | warning | critical | depleted.
    void notify(const QString &userId, const QString &kind, const QString &level, const QString &title,
                const QString &body);
    /// The same news for every admin, each in their own language: `compose` words it in one.
    void notifyAdmins(const QString &kind, const QString &level,
                      const std::function<texts::Notice(texts::Language)> &compose);

    struct Message
    {
        QString channel;   ///< email | sms | whatsapp
        QString recipient; ///< address or E.164 number; empty → recorded as skipped
        QString subject;   ///< email only
        QString body;
        QJsonObject templateVariables; ///< WhatsApp template values ("1": …, "2": …)
        QString attachmentRef;         ///< "receipt:<payment_id>" attaches that payment's PDF receipt
    };
    /// Queues `message`, or records it as skipped (with the reason in last_error) when it cannot be
    /// sent: no recipient, or the channel has no provider configured. Returns the outbox id.
    QString enqueue(const Message &message);

    /// Whether a channel has its provider settings (SMTP URL and sender; Messages API base, SID,
    /// token and the channel's sender number).
    bool channelConfigured(const QString &channel) const;

    QJsonObject list(const AuthUser &user, const QUrlQuery &query);
    void markRead(const AuthUser &user, const QString &id);
    QJsonObject outbox(const QUrlQuery &query);

private:
    Context &m_ctx;
    NotificationRepository m_notifications;
    OutboxRepository m_outbox;
    UserRepository m_users;
};

} // namespace lm::server
