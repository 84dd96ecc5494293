#pragma once

#include "database.h"

#include <QString>

#include <optional>

namespace lm::server {

/// SQL of what a user changes on their own account (contract v2 "Accounts"): the single-use tokens
/// of emailed links (`account_tokens`, stored as SHA-256), the password, the profile, the verified
/// email.
class AccountRepository final
{
public:
    explicit AccountRepository(Database &db) : m_db(db) {}

    /// What an emailed link's token is for (the `purpose` column).
    static constexpr const char *Reset = "reset";
    static constexpr const char *Verify = "verify";

    void insertToken(const QString &tokenHash, const QString &userId, const QString &purpose, qint64 now,
                     qint64 expiresAt);
    /// The user of a token of `purpose` that is neither used nor expired at `now`.
    std::optional<QString> liveTokenUser(const QString &tokenHash, const QString &purpose, qint64 now);
    /// Marks a live token used and answers its user; none when it was unknown, used or expired
    /// (one statement: of two concurrent uses exactly one wins).
    std::optional<QString> useToken(const QString &tokenHash, const QString &purpose, qint64 now);
    /// The user a token belongs to, whatever its state (a page's language).
    std::optional<QString> tokenOwner(const QString &tokenHash);
    /// Marks every other unused token of `purpose` of the user used (a reset link dies with the first reset).
    void retireTokens(const QString &userId, const QString &purpose, qint64 now);

    /// The stored Argon2id hash of the user's password (empty for no such user).
    QString passwordHash(const QString &userId);
    void setPasswordHash(const QString &userId, const QString &hash, qint64 now);
    /// Revokes every live bearer token of the user but `keepTokenHash`; returns how many.
    int revokeOtherTokens(const QString &userId, const QString &keepTokenHash, qint64 now);
    void setEmailVerified(const QString &userId, qint64 now);

    struct Profile
    {
        std::optional<QString> displayName;
        std::optional<QString> phone; ///< E.164, or empty for none
        std::optional<QString> locale;
    };
    /// Writes the fields that are set (and updated_at).
    void updateProfile(const QString &userId, const Profile &profile, qint64 now);

private:
    Database &m_db;
};

} // namespace lm::server
