#pragma once

#include "database.h"
#include "dto.h"
#include "rows.h"

#include <QString>

namespace lm::server {

/// Maps rows of a SELECT of NotificationRepository::columns to dto::Notification.
class NotificationReader final
{
public:
    explicit NotificationReader(const QSqlQuery &query);
    dto::Notification read(const QSqlQuery &query) const;

private:
    int m_id, m_kind, m_level, m_title, m_body, m_createdAt, m_readAt;
};

/// SQL of the `notifications` table (dashboard notifications).
class NotificationRepository final
{
public:
    explicit NotificationRepository(Database &db) : m_db(db) {}

    /// Every SELECT of a notification lists these columns.
    static const QString columns;

    /// Stores a new unread notification and answers it.
    dto::Notification insert(const QString &userId, const QString &kind, const QString &level, const QString &title,
                             const QString &body, qint64 now);
    /// `userId`'s notifications, newest first: only unread ones when `unreadOnly`, changed since
    /// `updatedSince`, before the id `cursor`.
    Rows<NotificationReader> page(const QString &userId, bool unreadOnly, const std::optional<qint64> &updatedSince,
                                  const QString &cursor, int limit);
    qint64 unreadCount(const QString &userId);
    bool belongsTo(const QString &id, const QString &userId);
    void markRead(const QString &id, qint64 now);
    /// Replaces `name` by `replacement` in the titles and bodies of the notifications of `userIds`
    /// created in [from, to] that contain it (a lead whose contact details are erased).
    void redact(const QStringList &userIds, qint64 from, qint64 to, const QString &name, const QString &replacement,
                qint64 now);

private:
    Database &m_db;
};

} // namespace lm::server
