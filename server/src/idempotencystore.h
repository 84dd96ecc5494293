#pragma once

#include "context.h"
#include "httpapi.h"

namespace lm::server {

/// Idempotency keys in the database, so every instance sharing it honours them (API.md: scoped to
/// the user; same method, path and body SHA-256 within 24 h → the first answer; otherwise 409).
/// The key, the handler's changes and the remembered answer commit in one transaction.
class SqlIdempotencyStore final : public IdempotencyStore
{
public:
    explicit SqlIdempotencyStore(Context &ctx) : m_ctx(ctx) {}

    std::optional<Response> lookup(const QString &userId, const QString &key, const QString &method,
                                   const QString &path, const QByteArray &body) override;
    Response run(const QString &userId, const QString &key, const QString &method, const QString &path,
                 const QByteArray &body, const std::function<Response()> &handler) override;

    static constexpr qint64 RetentionMs = 24LL * 3600 * 1000;

private:
    /// The answer for a key already stored: its response, or a conflict when the request differs.
    std::optional<Response> remembered(const QString &userId, const QString &key, const QString &method,
                                       const QString &path, const QString &bodyHash);
    Context &m_ctx;
};

} // namespace lm::server
