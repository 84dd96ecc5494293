#pragma once

#include "database.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace lm::server {

/// SQL of the `idempotency_keys` table: one row per (user, key), claimed as 'pending' inside the
/// request's transaction and completed with the answer.
class IdempotencyRepository final
{
public:
    explicit IdempotencyRepository(Database &db) : m_db(db) {}

    struct Stored
    {
        QString method;
        QString path;
        QString bodySha256;
        int status = 0;
        QByteArray responseBody;
    };
    /// The request and answer stored for the key since `since`.
    std::optional<Stored> find(const QString &userId, const QString &key, qint64 since);
    /// Claims the key with a pending row, replacing a claim made before `expiredBefore`; throws
    /// DbError (unique violation) while a live one exists, committed or not.
    void claim(const QString &userId, const QString &key, const QString &method, const QString &path,
               const QString &bodySha256, qint64 now, qint64 expiredBefore);
    void complete(const QString &userId, const QString &key, int status, const QByteArray &responseBody);

private:
    Database &m_db;
};

} // namespace lm::server
