#pragma once

#include "context.h"
#include "httpapi.h"

namespace lm::server {

/// Idempotency keys in the database, so every instance sharing it honours them (API.md: scoped to
/// the user; same method, path and body SHA-256 within 24 h → the first answer; otherwise 409).
class SqlIdempotencyStore final : public IdempotencyStore
{
public:
    explicit SqlIdempotencyStore(Context &ctx) : m_ctx(ctx) {}

    std::optional<Response> claim(const QString &userId, const QString &key, const QString &method,
                                  const QString &path, const QByteArray &body) override;
    void finish(const QString &userId, const QString &key, const Response &response) override;

    static constexpr qint64 RetentionMs = 24LL * 3600 * 1000;
    /// A claim older than this whose request never finished (its process died) may be taken over;
    /// the business rules (one transition out of pending, duplicate leads) still refuse a repeat.
    static constexpr qint64 AbandonedAfterMs = 60'000;

private:
    Context &m_ctx;
};

} // namespace lm::server
