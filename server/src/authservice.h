#pragma once

#include "context.h"
#include "dto.h"
#include "httpapi.h"
#include "repositories/depositrepository.h"
#include "repositories/userrepository.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace lm::server {

/// Every rate limit of the server, in one table: at most `max` events per key within `windowMs`.
struct RateLimit
{
    const char *scope;
    int max;
    qint64 windowMs;
};
struct RateLimits
{
    /// Wrong passwords per email (API.md), at sign-in or as the current password of a password
    /// change: the 5th locks the email for 60 s, for both.
    RateLimit loginFailures{"login", 5, 60'000};
    /// Registrations per client address; the count comes from LEADMARKET_REGISTRATIONS_PER_HOUR.
    RateLimit registrations{"register", 10, 3'600'000};

    static RateLimits fromConfig(const Config &config);
};

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
        QString locale = QStringLiteral("fr"); ///< the language of the user's texts (contract v2)
    };
    /// Validates and creates a user (a merchant also gets an empty deposit). `allowedRoles` lists the
    /// roles the caller may create; `passwordHash` is hashPassword(user.password) when the caller
    /// made it before its transaction (hashed here otherwise); `inTransaction` runs in the creation's
    /// transaction (registration's verification email). Throws ApiError 422 / 409 email_taken.
    dto::User createUser(const NewUser &user, const QList<Role> &allowedRoles, const QString &passwordHash = {},
                         const std::function<void(const dto::User &)> &inTransaction = {});

    struct Session
    {
        QString token;
        qint64 expiresAt = 0;
        dto::User user;
    };
    /// Checks the rate limit, then the password, then the account's status. Throws 429 rate_limited /
    /// 401 invalid_credentials / 403 account_disabled.
    Session login(const QString &email, const QString &password);
    void logout(const QString &tokenHash);
    std::optional<AuthUser> authenticate(const QByteArray &token);
    std::optional<dto::User> user(const QString &id);

    /// Argon2id, on the password-hashing threads (one fewer than the cores), never inside a transaction.
    QString hashPassword(const QString &password) const;
    /// Whether `password` matches a stored hash; on the password-hashing threads too.
    bool verifyPassword(const QString &hash, const QString &password) const;
    static QString sha256Hex(const QByteArray &data);
    /// 32 random bytes, base64url: a bearer token, or the token of an emailed link.
    static QByteArray randomToken();

    /// Throws 429 rate_limited (with Retry-After) while wrong passwords lock `email`.
    void refuseWhileLocked(const QString &email);
    /// Counts a wrong password for `email` (a sign-in, or a password change's current password) in
    /// its own transaction; the 5th within the window locks the email until a window after it.
    void recordWrongPassword(const QString &email);

    /// Counts a registration from `clientAddress`; throws 429 rate_limited (with Retry-After) when
    /// the address already made RateLimits::registrations' number within the window.
    void admitRegistration(const QString &clientAddress);

    static constexpr int MaxFailures = RateLimits{}.loginFailures.max;
    static constexpr qint64 FailureWindowMs = RateLimits{}.loginFailures.windowMs;

private:
    Context &m_ctx;
    UserRepository m_users;
    DepositRepository m_deposits;
};

/// Parses a user-creation body (register, admin users) into NewUser, recording field problems.
AuthService::NewUser readNewUser(const QJsonObject &json, FieldErrors &errors);
/// Why a new password (a JSON value) is refused, if it is: the registration's rules.
std::optional<QString> passwordProblem(const QJsonValue &password);

} // namespace lm::server
