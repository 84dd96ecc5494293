#pragma once

#include "context.h"
#include "dto.h"
#include "httpapi.h"
#include "repositories/depositrepository.h"
#include "repositories/userrepository.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace lm::server {

/// Users, passwords (Argon2id), bearer tokens (random, stored hashed) and the login rate limit.
class AuthService final
{
public:
    explicit AuthService(Context &ctx) : m_ctx(ctx), m_users(ctx.db), m_deposits(ctx.db) {}

    struct NewUser
    {
        QString email;
        QString password;
        Role role = Role::Merchant;
        QString displayName;
        QString phone; ///< as typed; normalised to E.164
    };
    /// Validates and creates a user (a merchant also gets an empty deposit). `allowedRoles` lists the
    /// roles the caller may create. Throws ApiError 422 / 409 email_taken.
    dto::User createUser(const NewUser &user, const QList<Role> &allowedRoles);

    struct Session
    {
        QString token;
        qint64 expiresAt = 0;
        dto::User user;
    };
    /// Checks the rate limit, then the password. Throws 429 rate_limited / 401 invalid_credentials.
    Session login(const QString &email, const QString &password);
    void logout(const QString &tokenHash);
    std::optional<AuthUser> authenticate(const QByteArray &token);
    std::optional<dto::User> user(const QString &id);

    QString hashPassword(const QString &password) const;
    static QString sha256Hex(const QByteArray &data);

    static constexpr int MaxFailures = 5;
    static constexpr qint64 FailureWindowMs = 60'000;

private:
    Context &m_ctx;
    UserRepository m_users;
    DepositRepository m_deposits;
};

/// Parses a user-creation body (register, admin users) into NewUser, recording field problems.
AuthService::NewUser readNewUser(const QJsonObject &json, FieldErrors &errors);

} // namespace lm::server
