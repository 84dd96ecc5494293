#pragma once

#include "database.h"
#include "dto.h"
#include "rows.h"

#include <QString>

#include <optional>

namespace lm::server {

/// Maps rows of a SELECT of UserRepository::columns to dto::User.
class UserReader final
{
public:
    explicit UserReader(const QSqlQuery &query);
    dto::User read(const QSqlQuery &query) const;

private:
    int m_id, m_email, m_role, m_displayName, m_phone, m_status, m_locale, m_emailVerified, m_createdAt, m_updatedAt;
};

/// SQL of the sign-in aggregate: `users`, their bearer `tokens` and the login rate limit
/// (`login_failures`, `login_locks`).
class UserRepository final
{
public:
    explicit UserRepository(Database &db) : m_db(db) {}

    /// Every SELECT of a user lists these columns of `users u`.
    static const QString columns;

    std::optional<dto::User> find(const QString &id);
    /// The admins' list of users: newest first (by id, after `cursor`), of one role when `role` is
    /// set, whose email or display name contains `search` (case-insensitively) when it is not empty.
    struct Filter
    {
        std::optional<Role> role;
        std::optional<AccountStatus> status;
        QString search;
    };
    Rows<UserReader> page(const Filter &filter, const std::optional<qint64> &updatedSince, const QString &cursor,
                          int limit);
    /// Sets an account's status; false when there is no such user.
    bool setStatus(const QString &id, AccountStatus status, qint64 now);
    /// Revokes every live token of the user (a disabled account); returns how many.
    int revokeAllTokens(const QString &userId, qint64 now);

    /// The user signing in with `email` and the stored Argon2id hash of its password.
    std::optional<std::pair<dto::User, QString>> findForLogin(const QString &email);
    /// The signed-in user a live token (neither revoked nor expired at `now`) belongs to; none when the
    /// user's stored role is not one this server knows.
    std::optional<dto::User> findByToken(const QString &tokenHash, qint64 now);
    bool emailTaken(const QString &email);

    /// Whom a message goes to, and the language it is written in (the user's `locale`).
    struct Recipient
    {
        QString id;
        QString email;
        QString phone;
        QString locale;
    };
    /// The user `id` as a recipient (empty fields when there is no such user).
    Recipient recipient(const QString &id);
    /// Every admin, in id order.
    QList<Recipient> admins();
    void insert(const dto::User &user, const QString &passwordHash, qint64 now);

    void insertToken(const QString &tokenHash, const QString &userId, qint64 now, qint64 expiresAt);
    void revokeToken(const QString &tokenHash, qint64 now);

    /// When `email`'s sign-in lock ends, if it has one.
    std::optional<qint64> lockedUntil(const QString &email);
    /// Records a failure and answers how many `email` had since `since`.
    qint64 recordFailure(const QString &email, qint64 now, qint64 since);
    /// Replaces `email`'s failures by a lock until `until`.
    void lock(const QString &email, qint64 until);
    /// Forgets `email`'s failures and lock (a successful sign-in).
    void clearFailures(const QString &email);
    void forgetFailuresBefore(qint64 time);

    /// Records an event of a rate limit's `scope` for `key` at `now`.
    void recordRateEvent(const QString &scope, const QString &key, qint64 now);
    /// How many events `key` had in `scope` since `since`, and when the oldest of them was.
    std::pair<qint64, qint64> rateEventsSince(const QString &scope, const QString &key, qint64 since);
    void forgetRateEventsBefore(const QString &scope, qint64 time);

private:
    Database &m_db;
};

} // namespace lm::server
