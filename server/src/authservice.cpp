#include "authservice.h"

#include "apierror.h"
#include "jsonfields.h"
#include "validation.h"

#include <QSqlQuery>

#include <sodium.h>
#include "logging.h"

using namespace Qt::StringLiterals;

namespace lm::server {

namespace {

dto::User userFrom(QSqlQuery &q, int first = 0)
{
    dto::User u;
    u.id = q.value(first).toString();
    u.email = q.value(first + 1).toString();
    u.role = roleFromString(q.value(first + 2).toString()).value_or(Role::Influencer);
    u.displayName = q.value(first + 3).toString();
    u.phone = q.value(first + 4).toString();
    return u;
}

const QString userColumns = u"id, email, role, display_name, phone"_s;

} // namespace

AuthService::NewUser readNewUser(const QJsonObject &json, FieldErrors &errors)
{
    FieldReader r(json);
    AuthService::NewUser user;
    user.email = normalizeEmail(r.text(u"email"_s, limits::Email, true));
    if (!r.errors().contains(u"email"_s) && !isValidEmail(user.email))
        r.fail(u"email"_s, u"is not a valid email address"_s);
    const QJsonValue pw = json.value(u"password"_s);
    if (!pw.isString())
        r.fail(u"password"_s, pw.isUndefined() || pw.isNull() ? u"is required"_s : u"must be a string"_s);
    else if (pw.toString().size() < limits::PasswordMin)
        r.fail(u"password"_s, u"must be at least 10 characters"_s);
    else if (pw.toString().size() > limits::PasswordMax)
        r.fail(u"password"_s, u"must be at most 1024 characters"_s);
    else
        user.password = pw.toString();
    user.role = roleFromString(r.choice(u"role"_s, wireNames(allRoles()), true)).value_or(Role::Merchant);
    user.displayName = r.text(u"display_name"_s, limits::Name, true);
    user.phone = r.text(u"phone"_s, 40, false);
    if (!user.phone.isEmpty() && !r.errors().contains(u"phone"_s)) {
        if (auto e164 = normalizePhone(user.phone))
            user.phone = *e164;
        else
            r.fail(u"phone"_s, u"is not a phone number (Moroccan forms, or + and the country code)"_s);
    }
    for (auto it = r.errors().cbegin(); it != r.errors().cend(); ++it)
        errors.insert(it.key(), it.value());
    return user;
}

QString AuthService::sha256Hex(const QByteArray &data)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(data.constData()), quint64(data.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

QString AuthService::hashPassword(const QString &password) const
{
    const QByteArray pw = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, pw.constData(), quint64(pw.size()), m_ctx.config.argon2OpsLimit(),
                          m_ctx.config.argon2MemLimitBytes())
        != 0)
        throw std::runtime_error("crypto_pwhash_str failed (out of memory)");
    return QString::fromLatin1(out);
}

dto::User AuthService::createUser(const NewUser &input, const QList<Role> &allowedRoles)
{
    if (!allowedRoles.contains(input.role))
        throw ApiError::validation(u"role"_s, u"must be one of: "_s + wireNames(allowedRoles).join(u", "_s));
    const QString hash = hashPassword(input.password); // slow: outside the write transaction
    const qint64 now = m_ctx.now();
    dto::User user{newId(), input.email, input.role, input.displayName, input.phone};
    try {
        WriteTransaction tx(m_ctx.db);
        if (m_ctx.db.scalar(u"SELECT 1 FROM users WHERE email = ?"_s, {user.email}))
            throw ApiError::conflict(u"email_taken"_s, u"An account with this email already exists."_s);
        m_ctx.db.exec(u"INSERT INTO users (id, email, password_hash, role, display_name, phone, created_at, updated_at) "
                      u"VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                      {user.id, user.email, hash, toString(user.role), user.displayName,
                       nullIfEmpty(user.phone), now, now});
        if (user.role == Role::Merchant)
            m_ctx.db.exec(u"INSERT INTO deposits (merchant_id, updated_at) VALUES (?, ?)"_s, {user.id, now});
        tx.commit();
    } catch (const DbError &e) {
        if (e.isUniqueViolation()) // another instance registered the same email in between
            throw ApiError::conflict(u"email_taken"_s, u"An account with this email already exists."_s);
        throw;
    }
    logger("server.auth")->info("user {} created with role {}", user.id.toStdString(), toString(user.role).toStdString());
    return user;
}

AuthService::Session AuthService::login(const QString &rawEmail, const QString &password)
{
    const QString email = normalizeEmail(rawEmail);
    const qint64 now = m_ctx.now();
    if (auto until = m_ctx.db.scalar(u"SELECT locked_until FROM login_locks WHERE email = ?"_s, {email});
        until && until->toLongLong() > now)
        throw ApiError::rateLimited();

    QSqlQuery q = m_ctx.db.exec(u"SELECT password_hash, "_s + userColumns + u" FROM users WHERE email = ?"_s, {email});
    const bool found = q.next();
    const QByteArray pw = password.toUtf8();
    bool ok = false;
    dto::User user;
    if (found) {
        const QByteArray hash = q.value(0).toString().toLatin1();
        user = userFrom(q, 1);
        q.finish();
        ok = crypto_pwhash_str_verify(hash.constData(), pw.constData(), quint64(pw.size())) == 0;
    } else {
        // Spend the same time as a real check so response times do not reveal which emails exist.
        static const QByteArray dummy = hashPassword(u"not a real password"_s).toLatin1();
        [[maybe_unused]] const int ignored = crypto_pwhash_str_verify(dummy.constData(), pw.constData(), quint64(pw.size()));
    }

    WriteTransaction tx(m_ctx.db);
    if (!ok) {
        m_ctx.db.exec(u"INSERT INTO login_failures (email, failed_at) VALUES (?, ?)"_s, {email, now});
        const qint64 recent = m_ctx.db.scalar(u"SELECT COUNT(*) FROM login_failures WHERE email = ? AND failed_at > ?"_s,
                                              {email, now - FailureWindowMs})->toLongLong();
        if (recent >= MaxFailures) {
            // Locked until 60 s after the 5th failure; the count starts again afterwards.
            m_ctx.db.exec(u"DELETE FROM login_locks WHERE email = ?"_s, {email});
            m_ctx.db.exec(u"INSERT INTO login_locks (email, locked_until) VALUES (?, ?)"_s, {email, now + FailureWindowMs});
            m_ctx.db.exec(u"DELETE FROM login_failures WHERE email = ?"_s, {email});
        }
        m_ctx.db.exec(u"DELETE FROM login_failures WHERE failed_at < ?"_s, {now - 24 * 3600 * 1000LL});
        tx.commit();
        throw ApiError::invalidCredentials();
    }
    m_ctx.db.exec(u"DELETE FROM login_failures WHERE email = ?"_s, {email});
    m_ctx.db.exec(u"DELETE FROM login_locks WHERE email = ?"_s, {email});

    unsigned char raw[32];
    randombytes_buf(raw, sizeof raw);
    const QByteArray token = QByteArray(reinterpret_cast<const char *>(raw), sizeof raw)
                                 .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const qint64 expiresAt = now + m_ctx.config.tokenTtlSeconds() * 1000;
    m_ctx.db.exec(u"INSERT INTO tokens (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)"_s,
                  {sha256Hex(token), user.id, now, expiresAt});
    tx.commit();
    return {QString::fromLatin1(token), expiresAt, user};
}

void AuthService::logout(const QString &tokenHash)
{
    WriteTransaction tx(m_ctx.db);
    m_ctx.db.exec(u"UPDATE tokens SET revoked_at = ? WHERE token_hash = ?"_s, {m_ctx.now(), tokenHash});
    tx.commit();
}

std::optional<AuthUser> AuthService::authenticate(const QByteArray &token)
{
    if (token.isEmpty() || token.size() > 200)
        return std::nullopt;
    const QString hash = sha256Hex(token);
    QSqlQuery q = m_ctx.db.exec(u"SELECT u.id, u.role, u.email, u.display_name FROM tokens t JOIN users u ON u.id = t.user_id "
                                u"WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > ?"_s,
                                {hash, m_ctx.now()});
    if (!q.next())
        return std::nullopt;
    const std::optional<Role> role = roleFromString(q.value(1).toString());
    if (!role) // a role this server does not know grants nothing
        return std::nullopt;
    return AuthUser{q.value(0).toString(), *role, q.value(2).toString(), q.value(3).toString(), hash};
}

std::optional<dto::User> AuthService::user(const QString &id)
{
    QSqlQuery q = m_ctx.db.exec(u"SELECT "_s + userColumns + u" FROM users WHERE id = ?"_s, {id});
    if (!q.next())
        return std::nullopt;
    return userFrom(q);
}

} // namespace lm::server
