#include "notificationrepository.h"

using namespace Qt::StringLiterals;

namespace lm::server {

const QString NotificationRepository::columns = u"id, kind, level, title, body, created_at, read_at"_s;

NotificationReader::NotificationReader(const QSqlQuery &query)
{
    const ColumnLookup column(query);
    m_id = column("id"_L1);
    m_kind = column("kind"_L1);
    m_level = column("level"_L1);
    m_title = column("title"_L1);
    m_body = column("body"_L1);
    m_createdAt = column("created_at"_L1);
    m_readAt = column("read_at"_L1);
}

dto::Notification NotificationReader::read(const QSqlQuery &q) const
{
    dto::Notification n;
    n.id = q.value(m_id).toString();
    n.kind = q.value(m_kind).toString();
    n.level = q.value(m_level).toString();
    n.title = q.value(m_title).toString();
    n.body = q.value(m_body).toString();
    n.createdAt = q.value(m_createdAt).toLongLong();
    if (const QVariant readAt = q.value(m_readAt); !readAt.isNull())
        n.readAt = readAt.toLongLong();
    return n;
}

dto::Notification NotificationRepository::insert(const QString &userId, const QString &kind, const QString &level,
                                                 const QString &title, const QString &body, qint64 now)
{
    const dto::Notification n{newId(), kind, level, title, body, now, std::nullopt};
    m_db.exec(u"INSERT INTO notifications (id, user_id, kind, level, title, body, created_at, updated_at) "
              u"VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
              {n.id, userId, kind, level, title, body, now, now});
    return n;
}

Rows<NotificationReader> NotificationRepository::page(const QString &userId, bool unreadOnly,
                                                      const std::optional<qint64> &updatedSince,
                                                      const QString &cursor, int limit)
{
    QString sql = u"SELECT "_s + columns + u" FROM notifications WHERE user_id = ?"_s;
    QVariantList values{userId};
    if (unreadOnly)
        sql += u" AND read_at IS NULL"_s;
    appendPage(sql, values, {QString(), u"id"_s, true}, updatedSince, cursor, limit);
    return Rows<NotificationReader>(m_db.exec(sql, values));
}

qint64 NotificationRepository::unreadCount(const QString &userId)
{
    return m_db.scalar(u"SELECT COUNT(*) FROM notifications WHERE user_id = ? AND read_at IS NULL"_s, {userId})
        ->toLongLong();
}

bool NotificationRepository::belongsTo(const QString &id, const QString &userId)
{
    return m_db.scalar(u"SELECT 1 FROM notifications WHERE id = ? AND user_id = ?"_s, {id, userId}).has_value();
}

void NotificationRepository::markRead(const QString &id, qint64 now)
{
    m_db.exec(u"UPDATE notifications SET read_at = ?, updated_at = ? WHERE id = ? AND read_at IS NULL"_s,
              {now, now, id});
}

void NotificationRepository::redact(const QStringList &userIds, qint64 from, qint64 to, const QString &name,
                                    const QString &replacement, qint64 now)
{
    if (userIds.isEmpty() || name.isEmpty())
        return;
    const QString pattern = likeContains(name);
    QVariantList values{name, replacement, name, replacement, now};
    for (const QString &id : userIds)
        values << id;
    values << from << to << pattern << pattern;
    const QStringList marks(userIds.size(), u"?"_s);
    m_db.exec(u"UPDATE notifications SET title = REPLACE(title, ?, ?), body = REPLACE(body, ?, ?), updated_at = ? "
              u"WHERE user_id IN ("_s
                  + marks.join(u", "_s)
                  + u") AND created_at >= ? AND created_at <= ? AND (title LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\')"_s,
              values);
}

} // namespace lm::server
