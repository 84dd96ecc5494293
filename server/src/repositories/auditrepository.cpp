#include "auditrepository.h"

using namespace Qt::StringLiterals;

namespace lm::server {

AuditReader::AuditReader(const QSqlQuery &query)
{
    const ColumnLookup column(query);
    m_id = column("id"_L1);
    m_actorId = column("actor_id"_L1);
    m_actorEmail = column("actor_email"_L1);
    m_action = column("action"_L1);
    m_targetType = column("target_type"_L1);
    m_targetId = column("target_id"_L1);
    m_details = column("details"_L1);
    m_createdAt = column("created_at"_L1);
}

AuditEntry AuditReader::read(const QSqlQuery &q) const
{
    return {q.value(m_id).toString(),         q.value(m_actorId).toString(),  q.value(m_actorEmail).toString(),
            q.value(m_action).toString(),     q.value(m_targetType).toString(), q.value(m_targetId).toString(),
            q.value(m_details).toString(),    q.value(m_createdAt).toLongLong()};
}

void AuditRepository::insert(const QString &actorId, const QString &action, const QString &targetType,
                             const QString &targetId, const QString &details, qint64 now)
{
    m_db.exec(u"INSERT INTO audit_log (id, actor_id, action, target_type, target_id, details, created_at) "
              u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
              {newId(), actorId, action, targetType, targetId, details, now});
}

Rows<AuditReader> AuditRepository::page(const QString &cursor, int limit)
{
    QString sql = u"SELECT a.id, a.actor_id, u.email AS actor_email, a.action, a.target_type, a.target_id, a.details, "
                  u"a.created_at FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id WHERE 1 = 1"_s;
    QVariantList values;
    if (!cursor.isEmpty()) {
        sql += u" AND a.id < ?"_s;
        values << cursor;
    }
    sql += u" ORDER BY a.id DESC LIMIT ?"_s;
    values << limit;
    return Rows<AuditReader>(m_db.exec(sql, values));
}

} // namespace lm::server
