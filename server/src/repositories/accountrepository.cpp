#include "accountrepository.h"

#include <QStringList>
#include <QVariantList>

using namespace Qt::StringLiterals;

namespace lm::server {

void AccountRepository::insertToken(const QString &tokenHash, const QString &userId, const QString &purpose,
                                    qint64 now, qint64 expiresAt)
{
    m_db.exec(u"INSERT INTO account_tokens (token_hash, user_id, purpose, expires_at, created_at) "
              u"VALUES (?, ?, ?, ?, ?)"_s,
              {tokenHash, userId, purpose, expiresAt, now});
}

std::optional<QString> AccountRepository::liveTokenUser(const QString &tokenHash, const QString &purpose, qint64 now)
{
    const auto user = m_db.scalar(u"SELECT user_id FROM account_tokens WHERE token_hash = ? AND purpose = ? "
                                  u"AND used_at IS NULL AND expires_at > ?"_s,
                                  {tokenHash, purpose, now});
    if (!user)
        return std::nullopt;
    return user->toString();
}

std::optional<QString> AccountRepository::useToken(const QString &tokenHash, const QString &purpose, qint64 now)
{
    QSqlQuery q = m_db.exec(u"UPDATE account_tokens SET used_at = ? WHERE token_hash = ? AND purpose = ? "
                            u"AND used_at IS NULL AND expires_at > ?"_s,
                            {now, tokenHash, purpose, now});
    if (q.numRowsAffected() != 1)
        return std::nullopt;
    return m_db.scalar(u"SELECT user_id FROM account_tokens WHERE token_hash = ?"_s, {tokenHash})->toString();
}

std::optional<QString> AccountRepository::tokenOwner(const QString &tokenHash)
{
    const auto user = m_db.scalar(u"SELECT user_id FROM account_tokens WHERE token_hash = ?"_s, {tokenHash});
    if (!user)
        return std::nullopt;
    return user->toString();
}

void AccountRepository::retireTokens(const QString &userId, const QString &purpose, qint64 now)
{
    m_db.exec(u"UPDATE account_tokens SET used_at = ? WHERE user_id = ? AND purpose = ? AND used_at IS NULL"_s,
              {now, userId, purpose});
}

QString AccountRepository::passwordHash(const QString &userId)
{
    return m_db.scalar(u"SELECT password_hash FROM users WHERE id = ?"_s, {userId}).value_or(QVariant()).toString();
}

void AccountRepository::setPasswordHash(const QString &userId, const QString &hash, qint64 now)
{
    m_db.exec(u"UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?"_s, {hash, now, userId});
}

int AccountRepository::revokeOtherTokens(const QString &userId, const QString &keepTokenHash, qint64 now)
{
    QSqlQuery q = m_db.exec(u"UPDATE tokens SET revoked_at = ? WHERE user_id = ? AND token_hash <> ? "
                            u"AND revoked_at IS NULL"_s,
                            {now, userId, keepTokenHash});
    return q.numRowsAffected();
}

void AccountRepository::setEmailVerified(const QString &userId, qint64 now)
{
    m_db.exec(u"UPDATE users SET email_verified = 1, updated_at = ? WHERE id = ? AND email_verified = 0"_s,
              {now, userId});
}

void AccountRepository::updateProfile(const QString &userId, const Profile &profile, qint64 now)
{
    QStringList sets;
    QVariantList values;
    if (profile.displayName) {
        sets << u"display_name = ?"_s;
        values << *profile.displayName;
    }
    if (profile.phone) {
        sets << u"phone = ?"_s;
        values << nullIfEmpty(*profile.phone);
    }
    if (profile.locale) {
        sets << u"locale = ?"_s;
        values << *profile.locale;
    }
    sets << u"updated_at = ?"_s;
    values << now << userId;
    m_db.exec(u"UPDATE users SET "_s + sets.join(u", "_s) + u" WHERE id = ?"_s, values);
}

} // namespace lm::server
