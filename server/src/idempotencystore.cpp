#include "idempotencystore.h"

#include "authservice.h"
#include "repositories/idempotencyrepository.h"

using namespace Qt::StringLiterals;

namespace lm::server {

std::optional<Response> SqlIdempotencyStore::remembered(const QString &userId, const QString &key,
                                                        const QString &method, const QString &path,
                                                        const QString &bodyHash)
{
    const auto stored = IdempotencyRepository(m_ctx.db).find(userId, key, m_ctx.now() - RetentionMs);
    if (!stored)
        return std::nullopt;
    const bool same = stored->method == method && stored->path == path && stored->bodySha256 == bodyHash;
    const int status = stored->status;
    const QByteArray &responseBody = stored->responseBody;
    if (!same)
        return Response::error(
            ApiError::conflict(u"idempotency_conflict"_s, u"This Idempotency-Key was used for another request."_s));
    return Response::text(status, responseBody, responseBody.isEmpty() ? QByteArray() : "application/json");
}

std::optional<Response> SqlIdempotencyStore::lookup(const QString &userId, const QString &key,
                                                    const QString &method, const QString &path,
                                                    const QByteArray &body)
{
    return remembered(userId, key, method, path, AuthService::sha256Hex(body));
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
        // Claimed inside the transaction: a concurrent request with this key (another instance)
        // waits on the primary key until we commit, then finds the answer stored.
        IdempotencyRepository(m_ctx.db).claim(userId, key, method, path, bodyHash, now, now - RetentionMs);
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
        IdempotencyRepository(m_ctx.db).complete(userId, key, response.status, response.body);
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
