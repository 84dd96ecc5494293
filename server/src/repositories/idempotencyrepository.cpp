#include "idempotencyrepository.h"

#include "rows.h"

using namespace Qt::StringLiterals;

namespace lm::server {

std::optional<IdempotencyRepository::Stored> IdempotencyRepository::find(const QString &userId, const QString &key,
                                                                          qint64 since)
{
    QSqlQuery q = m_db.exec(u"SELECT method, path, body_sha256, status, response_body FROM idempotency_keys "
                            u"WHERE user_id = ? AND idem_key = ? AND created_at >= ?"_s,
                            {userId, key, since});
    if (!q.next())
        return std::nullopt;
    const ColumnLookup column(q);
    Stored s{q.value(column("method"_L1)).toString(), q.value(column("path"_L1)).toString(),
             q.value(column("body_sha256"_L1)).toString(), q.value(column("status"_L1)).toInt(),
             q.value(column("response_body"_L1)).toString().toUtf8()};
    q.finish();
    return s;
}

void IdempotencyRepository::claim(const QString &userId, const QString &key, const QString &method,
                                  const QString &path, const QString &bodySha256, qint64 now, qint64 expiredBefore)
{
    // Only an expired claim goes. On PostgreSQL each statement sees what committed before it: a
    // DELETE of the key whatever its age would remove the answer a concurrent request with this
    // key committed since this transaction looked, and the work would run twice (two payouts
    // seen under load). A live row makes the INSERT below fail instead, and the answer is read.
    m_db.exec(u"DELETE FROM idempotency_keys WHERE user_id = ? AND idem_key = ? AND created_at < ?"_s,
              {userId, key, expiredBefore});
    m_db.exec(u"INSERT INTO idempotency_keys (user_id, idem_key, method, path, body_sha256, state, created_at) "
              u"VALUES (?, ?, ?, ?, ?, 'pending', ?)"_s,
              {userId, key, method, path, bodySha256, now});
}

void IdempotencyRepository::complete(const QString &userId, const QString &key, int status,
                                     const QByteArray &responseBody)
{
    m_db.exec(u"UPDATE idempotency_keys SET state = 'done', status = ?, response_body = ? "
              u"WHERE user_id = ? AND idem_key = ?"_s,
              {status, QString::fromUtf8(responseBody), userId, key});
}

} // namespace lm::server
