#include "userrepository.h"

using namespace Qt::StringLiterals;

namespace lm::server {

const QString UserRepository::columns =
    u"u.id, u.email, u.role, u.display_name, u.phone, u.status, u.locale, u.email_verified, u.created_at, u.updated_at"_s;

UserReader::UserReader(const QSqlQuery &query)
{
    const ColumnLookup column(query);
    m_id = column("id"_L1);
    m_email = column("email"_L1);
    m_role = column("role"_L1);
    m_displayName = column("display_name"_L1);
    m_phone = column("phone"_L1);
    m_status = column("status"_L1);
    m_locale = column("locale"_L1);
    m_emailVerified = column("email_verified"_L1);
    m_createdAt = column("created_at"_L1);
    m_updatedAt = column("updated_at"_L1);
}

dto::User UserReader::read(const QSqlQuery &q) const
{
    dto::User u;
    u.id = q.value(m_id).toString();
    u.email = q.value(m_email).toString();
    // An unknown stored role reads as the one that may do least; findByToken signs no such user in.
    u.role = wireValue(q, m_role, &roleFromString, Role::Influencer);
    u.displayName = q.value(m_displayName).toString();
    u.phone = q.value(m_phone).toString();
    // An unknown stored status reads as disabled: such an account signs nobody in.
    u.status = wireValue(q, m_status, &accountStatusFromString, AccountStatus::Disabled);
    u.locale = q.value(m_locale).toString();
    u.emailVerified = q.value(m_emailVerified).toLongLong() != 0;
    u.createdAt = q.value(m_createdAt).toLongLong();
    u.updatedAt = q.value(m_updatedAt).toLongLong();
    return u;
}

std::optional<dto::User> UserRepository::find(const QString &id)
{
    Rows<UserReader> rows(m_db.exec(u"SELECT "_s + columns + u" FROM users u WHERE u.id = ?"_s, {id}));
    if (!rows.next())
        return std::nullopt;
    return rows.read();
}

Rows<UserReader> UserRepository::page(const Filter &filter, const std::optional<qint64> &updatedSince,
                                      const QString &cursor, int limit)
{
    QString sql = u"SELECT "_s + columns + u" FROM users u WHERE 1 = 1"_s;
    QVariantList values;
    if (filter.role) {
        sql += u" AND u.role = ?"_s;
        values << toString(*filter.role);
    }
    if (filter.status) {
        sql += u" AND u.status = ?"_s;
        values << toString(*filter.status);
    }
    if (!filter.search.isEmpty()) {
        // LIKE with the pattern's own wildcards escaped. LOWER folds ASCII only on SQLite (PostgreSQL
        // folds every letter); emails are stored lower-case already.
        const QString pattern = likeContains(filter.search.toLower());
        sql += u" AND (u.email LIKE ? ESCAPE '\\' OR LOWER(u.display_name) LIKE ? ESCAPE '\\')"_s;
        values << pattern << pattern;
    }
    appendPage(sql, values, {u"u"_s, u"id"_s, true}, updatedSince, cursor, limit);
    return Rows<UserReader>(m_db.exec(sql, values));
}

bool UserRepository::setStatus(const QString &id, AccountStatus status, qint64 now)
{
    QSqlQuery q = m_db.exec(u"UPDATE users SET status = ?, updated_at = ? WHERE id = ?"_s, {toString(status), now, id});
    return q.numRowsAffected() == 1;
}

int UserRepository::revokeAllTokens(const QString &userId, qint64 now)
{
    QSqlQuery q =
        m_db.exec(u"UPDATE tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL"_s, {now, userId});
    return q.numRowsAffected();
}

std::optional<std::pair<dto::User, QString>> UserRepository::findForLogin(const QString &email)
{
    QSqlQuery q = m_db.exec(u"SELECT "_s + columns + u", u.password_hash FROM users u WHERE u.email = ?"_s, {email});
    if (!q.next())
        return std::nullopt;
    const int passwordHash = ColumnLookup(q)("password_hash"_L1);
    std::pair<dto::User, QString> found{UserReader(q).read(q), q.value(passwordHash).toString()};
    q.finish();
    return found;
}

std::optional<dto::User> UserRepository::findByToken(const QString &tokenHash, qint64 now)
{
    // Only the roles this server knows: an unknown stored role grants nothing, not the reader's fallback.
    const QStringList roles = wireNames(allRoles());
    QVariantList values{tokenHash, now};
    for (const QString &role : roles)
        values << role;
    const QStringList marks(roles.size(), u"?"_s);
    Rows<UserReader> rows(m_db.exec(u"SELECT "_s + columns + u" FROM tokens t JOIN users u ON u.id = t.user_id "
                                    u"WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > ? "
                                    u"AND u.status = 'active' AND u.role IN ("_s + marks.join(u", "_s) + u")"_s,
                                    values));
    if (!rows.next())
        return std::nullopt;
    return rows.read();
}

bool UserRepository::emailTaken(const QString &email)
{
    return m_db.scalar(u"SELECT 1 FROM users WHERE email = ?"_s, {email}).has_value();
}

namespace {

UserRepository::Recipient readRecipient(const QSqlQuery &q, const ColumnLookup &column)
{
    return {q.value(column("id"_L1)).toString(), q.value(column("email"_L1)).toString(),
            q.value(column("phone"_L1)).toString(), q.value(column("locale"_L1)).toString()};
}

} // namespace

UserRepository::Recipient UserRepository::recipient(const QString &id)
{
    QSqlQuery q = m_db.exec(u"SELECT id, email, phone, locale FROM users WHERE id = ?"_s, {id});
    const ColumnLookup column(q);
    return q.next() ? readRecipient(q, column) : Recipient{};
}

QList<UserRepository::Recipient> UserRepository::admins()
{
    QList<Recipient> admins;
    QSqlQuery q = m_db.exec(u"SELECT id, email, phone, locale FROM users WHERE role = 'admin' ORDER BY id"_s);
    const ColumnLookup column(q);
    while (q.next())
        admins << readRecipient(q, column);
    return admins;
}

void UserRepository::insert(const dto::User &user, const QString &passwordHash, qint64 now)
{
    m_db.exec(u"INSERT INTO users (id, email, password_hash, role, display_name, phone, status, locale, "
              u"email_verified, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
              {user.id, user.email, passwordHash, toString(user.role), user.displayName, nullIfEmpty(user.phone),
               toString(user.status), user.locale, user.emailVerified ? 1 : 0, now, now});
}

void UserRepository::insertToken(const QString &tokenHash, const QString &userId, qint64 now, qint64 expiresAt)
{
    m_db.exec(u"INSERT INTO tokens (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)"_s,
              {tokenHash, userId, now, expiresAt});
}

void UserRepository::revokeToken(const QString &tokenHash, qint64 now)
{
    m_db.exec(u"UPDATE tokens SET revoked_at = ? WHERE token_hash = ?"_s, {now, tokenHash});
}

std::optional<qint64> UserRepository::lockedUntil(const QString &email)
{
    if (auto until = m_db.scalar(u"SELECT locked_until FROM login_locks WHERE email = ?"_s, {email}))
        return until->toLongLong();
    return std::nullopt;
}

qint64 UserRepository::recordFailure(const QString &email, qint64 now, qint64 since)
{
    m_db.exec(u"INSERT INTO login_failures (email, failed_at) VALUES (?, ?)"_s, {email, now});
    return m_db.scalar(u"SELECT COUNT(*) FROM login_failures WHERE email = ? AND failed_at > ?"_s, {email, since})
        ->toLongLong();
}

void UserRepository::lock(const QString &email, qint64 until)
{
    m_db.exec(u"DELETE FROM login_locks WHERE email = ?"_s, {email});
    m_db.exec(u"INSERT INTO login_locks (email, locked_until) VALUES (?, ?)"_s, {email, until});
    m_db.exec(u"DELETE FROM login_failures WHERE email = ?"_s, {email});
}

void UserRepository::clearFailures(const QString &email)
{
    m_db.exec(u"DELETE FROM login_failures WHERE email = ?"_s, {email});
    m_db.exec(u"DELETE FROM login_locks WHERE email = ?"_s, {email});
}

void UserRepository::forgetFailuresBefore(qint64 time)
{
    m_db.exec(u"DELETE FROM login_failures WHERE failed_at < ?"_s, {time});
}

void UserRepository::recordRateEvent(const QString &scope, const QString &key, qint64 now)
{
    m_db.exec(u"INSERT INTO rate_events (scope, rate_key, at) VALUES (?, ?, ?)"_s, {scope, key, now});
}

std::pair<qint64, qint64> UserRepository::rateEventsSince(const QString &scope, const QString &key, qint64 since)
{
    const qint64 count = m_db.scalar(u"SELECT COUNT(*) FROM rate_events WHERE scope = ? AND rate_key = ? AND at > ?"_s,
                                     {scope, key, since})
                             ->toLongLong();
    const auto oldest = m_db.scalar(u"SELECT MIN(at) FROM rate_events WHERE scope = ? AND rate_key = ? AND at > ?"_s,
                                    {scope, key, since});
    return {count, oldest && !oldest->isNull() ? oldest->toLongLong() : 0};
}

void UserRepository::forgetRateEventsBefore(const QString &scope, qint64 time)
{
    m_db.exec(u"DELETE FROM rate_events WHERE scope = ? AND at < ?"_s, {scope, time});
}

} // namespace lm::server
