#include "idempotencystore.h"

#include "authservice.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lm::server {

std::optional<Response> SqlIdempotencyStore::remembered(const QString &userId, const QString &key,
                                                        const QString &method, const QString &path,
                                                        const QString &bodyHash)
{
    QSqlQuery q = m_ctx.db.exec(u"SELECT method, path, body_sha256, status, response_body FROM idempotency_keys "
                                u"WHERE user_id = ? AND idem_key = ? AND created_at >= ?"_s,
                                {userId, key, m_ctx.now() - RetentionMs});
    if (!q.next())
        return std::nullopt;
    const bool same = q.value(0).toString() == method && q.value(1).toString() == path
        && q.value(2).toString() == bodyHash;
    const int status = q.value(3).toInt();
    const QByteArray responseBody = q.value(4).toString().toUtf8();
    q.finish();
    if (!same)
        return Response::error(
            ApiError::conflict(u"idempotency_conflict"_s, u"This Idempotency-Key was used for another request."_s));
    return Response::text(status, responseBody, responseBody.isEmpty() ? QByteArray() : "application/json");
}

Response SqlIdempotencyStore::run(const QString &userId, const QString &key, const QString &method,
                                  const QString &path, const QByteArray &body, const std::function<Response()> &handler)
{
    const QString bodyHash = AuthService::sha256Hex(body);
    try {
        WriteTransaction outer(m_ctx.db);
        if (auto answer = remembered(userId, key, method, path, bodyHash))
            return *answer;
        const qint64 now = m_ctx.now();
        m_ctx.db.exec(u"DELETE FROM idempotency_keys WHERE user_id = ? AND idem_key = ?"_s, {userId, key});
        // Claimed inside the transaction: a concurrent request with this key (another instance)
        // waits on the primary key until we commit, then finds the answer stored.
        m_ctx.db.exec(u"INSERT INTO idempotency_keys (user_id, idem_key, method, path, body_sha256, state, created_at) "
                      u"VALUES (?, ?, ?, ?, ?, 'pending', ?)"_s,
                      {userId, key, method, path, bodyHash, now});
        Response response;
        {
            WriteTransaction handlerChanges(m_ctx.db); // a savepoint: a refusal undoes only the handler's work
            try {
                response = handler();
                handlerChanges.commit();
            } catch (const ApiError &e) {
                response = Response::error(e);
            }
        }
        if (response.status >= 500)
            return response; // not remembered: the outer transaction rolls back, the retry runs
        m_ctx.db.exec(u"UPDATE idempotency_keys SET state = 'done', status = ?, response_body = ? "
                      u"WHERE user_id = ? AND idem_key = ?"_s,
                      {response.status, QString::fromUtf8(response.body), userId, key});
        outer.commit();
        return response;
    } catch (const DbError &e) {
        if (!e.isUniqueViolation())
            throw;
    }
    // Another instance committed this key while we waited: answer what it stored.
    if (auto answer = remembered(userId, key, method, path, bodyHash))
        return *answer;
    return Response::error(ApiError::conflict(u"idempotency_conflict"_s,
                                              u"A request with this Idempotency-Key is still being processed."_s));
}

} // namespace lm::server
