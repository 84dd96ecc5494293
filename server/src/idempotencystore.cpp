#include "idempotencystore.h"

#include "authservice.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lm::server {

std::optional<Response> SqlIdempotencyStore::claim(const QString &userId, const QString &key, const QString &method,
                                                   const QString &path, const QByteArray &body)
{
    const QString bodyHash = AuthService::sha256Hex(body);
    const qint64 now = m_ctx.now();
    WriteTransaction tx(m_ctx.db);
    m_ctx.db.exec(u"DELETE FROM idempotency_keys WHERE user_id = ? AND idem_key = ? AND created_at < ?"_s,
                  {userId, key, now - RetentionMs});
    QSqlQuery q = m_ctx.db.exec(u"SELECT method, path, body_sha256, state, status, response_body, created_at FROM "
                                u"idempotency_keys WHERE user_id = ? AND idem_key = ?"_s + m_ctx.db.forUpdate(),
                                {userId, key});
    if (q.next()) {
        const bool same = q.value(0).toString() == method && q.value(1).toString() == path
            && q.value(2).toString() == bodyHash;
        const QString state = q.value(3).toString();
        const int status = q.value(4).toInt();
        const QByteArray responseBody = q.value(5).toString().toUtf8();
        const qint64 createdAt = q.value(6).toLongLong();
        q.finish();
        if (!same)
            return Response::error(ApiError::conflict(
                u"idempotency_conflict"_s, u"This Idempotency-Key was used for another request."_s));
        if (state == "done"_L1) {
            Response r = Response::text(status, responseBody, responseBody.isEmpty() ? QByteArray() : "application/json");
            return r;
        }
        if (createdAt > now - AbandonedAfterMs)
            return Response::error(ApiError::conflict(
                u"idempotency_conflict"_s, u"A request with this Idempotency-Key is still being processed."_s));
        m_ctx.db.exec(u"UPDATE idempotency_keys SET created_at = ? WHERE user_id = ? AND idem_key = ?"_s,
                      {now, userId, key});
        tx.commit();
        return std::nullopt;
    }
    try {
        m_ctx.db.exec(u"INSERT INTO idempotency_keys (user_id, idem_key, method, path, body_sha256, state, created_at) "
                      u"VALUES (?, ?, ?, ?, ?, 'pending', ?)"_s,
                      {userId, key, method, path, bodyHash, now});
        tx.commit();
    } catch (const DbError &e) {
        if (!e.isUniqueViolation())
            throw;
        // Another instance claimed the same key a moment ago.
        return Response::error(ApiError::conflict(
            u"idempotency_conflict"_s, u"A request with this Idempotency-Key is still being processed."_s));
    }
    return std::nullopt;
}

void SqlIdempotencyStore::finish(const QString &userId, const QString &key, const Response &response)
{
    WriteTransaction tx(m_ctx.db);
    if (response.status >= 500) {
        m_ctx.db.exec(u"DELETE FROM idempotency_keys WHERE user_id = ? AND idem_key = ?"_s, {userId, key});
    } else {
        m_ctx.db.exec(u"UPDATE idempotency_keys SET state = 'done', status = ?, response_body = ? "
                      u"WHERE user_id = ? AND idem_key = ?"_s,
                      {response.status, QString::fromUtf8(response.body), userId, key});
    }
    tx.commit();
}

} // namespace lm::server
