#pragma once

#include "database.h"
#include "rows.h"

#include <QString>

namespace lm::server {

/// One admin action of the audit log, with its actor's email.
struct AuditEntry
{
    QString id;
    QString actorId;
    QString actorEmail;
    QString action;
    QString targetType;
    QString targetId;
    QString details;
    qint64 createdAt = 0;
};

class AuditReader final
{
public:
    explicit AuditReader(const QSqlQuery &query);
    AuditEntry read(const QSqlQuery &query) const;

private:
    int m_id, m_actorId, m_actorEmail, m_action, m_targetType, m_targetId, m_details, m_createdAt;
};

/// SQL of the `audit_log` table.
class AuditRepository final
{
public:
    explicit AuditRepository(Database &db) : m_db(db) {}

    void insert(const QString &actorId, const QString &action, const QString &targetType, const QString &targetId,
                const QString &details, qint64 now);
    /// Newest first, before the id `cursor`.
    Rows<AuditReader> page(const QString &cursor, int limit);

private:
    Database &m_db;
};

} // namespace lm::server
