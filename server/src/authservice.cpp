#include "authservice.h"

#include "apierror.h"
#include "eventlog.h"
#include "jsonfields.h"
#include "validation.h"

#include <QThread>
#include <QThreadPool>

#include <sodium.h>

#include <future>
#include "logging.h"

using namespace Qt::StringLiterals;

namespace lm::server {

AuthService::NewUser readNewUser(const QJsonObject &json, FieldErrors &errors)
{
    FieldReader r(json);
    AuthService::NewUser user;
    user.email = normalizeEmail(r.text(u"email"_s, limits::Email, true));
    if (!r.errors().contains(u"email"_s) && !isValidEmail(user.email))
        r.fail(u"email"_s, u"is not a valid email address"_s);
    const QJsonValue pw = json.value(u"password"_s);
    if (const auto problem = passwordProblem(pw))
        r.fail(u"password"_s, *problem);
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
    // Optional (contract v2): the texts of the very first email, the verification link's, are in it.
    if (json.contains(u"locale"_s))
        user.locale = r.choice(u"locale"_s, {u"fr"_s, u"ar"_s, u"en"_s}, true);
    for (auto it = r.errors().cbegin(); it != r.errors().cend(); ++it)
        errors.insert(it.key(), it.value());
    return user;
}

std::optional<QString> passwordProblem(const QJsonValue &pw)
{
    if (!pw.isString())
        return pw.isUndefined() || pw.isNull() ? u"is required"_s : u"must be a string"_s;
    if (pw.toString().size() < limits::PasswordMin)
        return u"must be at least 10 characters"_s;
    if (pw.toString().size() > limits::PasswordMax)
        return u"must be at most 1024 characters"_s;
    return std::nullopt;
}

RateLimits RateLimits::fromConfig(const Config &config)
{
    RateLimits limits;
    limits.registrations.max = config.value(u"LEADMARKET_REGISTRATIONS_PER_HOUR"_s).toInt();
    return limits;
}

void AuthService::admitRegistration(const QString &clientAddress)
{
    const RateLimit limit = RateLimits::fromConfig(m_ctx.config).registrations;
    if (limit.max <= 0)
        return;
    const QString scope = QString::fromLatin1(limit.scope);
    const qint64 now = m_ctx.now();
    WriteTransaction tx(m_ctx.db);
    const auto [count, oldest] = m_users.rateEventsSince(scope, clientAddress, now - limit.windowMs);
    if (count >= limit.max) {
        throw ApiError::rateLimited(u"Too many registrations from this address; try again later."_s,
                                    oldest + limit.windowMs - now);
    }
    m_users.recordRateEvent(scope, clientAddress, now);
    m_users.forgetRateEventsBefore(scope, now - limit.windowMs);
    tx.commit();
}

QString AuthService::sha256Hex(const QByteArray &data)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(data.constData()), quint64(data.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

namespace {

// Password hashes are slow on purpose (Argon2id, 64 MiB each by default): they run on threads of
// their own, one fewer than the cores (at least one), so that a burst of sign-ins takes neither
// every worker, nor all the memory, nor the core that answers everyone else (DESIGN.md
// "Concurrency").
template <typename Work>
auto onHashingThreads(Work work) -> decltype(work())
{
    static QThreadPool *const pool = [] {
        auto *threads = new QThreadPool; // lives as long as the process
        threads->setMaxThreadCount(qMax(1, QThread::idealThreadCount() - 1));
        return threads;
    }();
    std::packaged_task<decltype(work())()> task(std::move(work));
    auto result = task.get_future();
    pool->start([&task] { task(); });
    return result.get();
}

} // namespace

QString AuthService::hashPassword(const QString &password) const
{
    const QByteArray pw = password.toUtf8();
    const unsigned long long ops = m_ctx.config.argon2OpsLimit();
    const std::size_t memory = m_ctx.config.argon2MemLimitBytes();
    return onHashingThreads([&pw, ops, memory] {
        char out[crypto_pwhash_STRBYTES];
        if (crypto_pwhash_str(out, pw.constData(), quint64(pw.size()), ops, memory) != 0)
            throw std::runtime_error("crypto_pwhash_str failed (out of memory)");
        return QString::fromLatin1(out);
    });
}

bool AuthService::verifyPassword(const QString &hash, const QString &password) const
{
    const QByteArray stored = hash.toLatin1();
    const QByteArray pw = password.toUtf8();
    return onHashingThreads([&stored, &pw] {
        return crypto_pwhash_str_verify(stored.constData(), pw.constData(), quint64(pw.size())) == 0;
    });
}

QByteArray AuthService::randomToken()
{
    unsigned char raw[32];
    randombytes_buf(raw, sizeof raw);
    return QByteArray(reinterpret_cast<const char *>(raw), sizeof raw)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

dto::User AuthService::createUser(const NewUser &input, const QList<Role> &allowedRoles, const QString &passwordHash,
                                  const std::function<void(const dto::User &)> &inTransaction)
{
    if (!allowedRoles.contains(input.role))
        throw ApiError::validation(u"role"_s, u"must be one of: "_s + wireNames(allowedRoles).join(u", "_s));
    // Slow: outside the write transaction.
    const QString hash = passwordHash.isEmpty() ? hashPassword(input.password) : passwordHash;
    const qint64 now = m_ctx.now();
    dto::User user{newId(), input.email, input.role, input.displayName, input.phone};
    user.locale = input.locale;
    user.createdAt = user.updatedAt = now;
    try {
        WriteTransaction tx(m_ctx.db);
        if (m_users.emailTaken(user.email))
            throw ApiError::conflict(u"email_taken"_s, u"An account with this email already exists."_s);
        m_users.insert(user, hash, now);
        if (user.role == Role::Merchant)
            m_deposits.create(user.id, now);
        if (inTransaction)
            inTransaction(user);
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
    refuseWhileLocked(email);

    const auto found = m_users.findForLogin(email);
    const QByteArray pw = password.toUtf8();
    dto::User user;
    // Without an account, spend the same time as a real check so that response times do not
    // reveal which emails exist.
    static const QByteArray dummy = hashPassword(u"not a real password"_s).toLatin1();
    const QByteArray hash = found ? found->second.toLatin1() : dummy;
    if (found)
        user = found->first;
    const bool ok = onHashingThreads([&hash, &pw] {
        return crypto_pwhash_str_verify(hash.constData(), pw.constData(), quint64(pw.size())) == 0;
    }) && found;

    if (!ok) {
        recordWrongPassword(email);
        throw ApiError::invalidCredentials();
    }
    WriteTransaction tx(m_ctx.db);
    // Told only to whoever knows the password: a wrong one stays 401 whatever the account's status.
    if (user.status != AccountStatus::Active)
        throw ApiError{403, u"account_disabled"_s, u"This account has been disabled by an administrator."_s};
    m_users.clearFailures(email);

    const QByteArray token = randomToken();
    const qint64 expiresAt = now + m_ctx.config.tokenTtlSeconds() * 1000;
    m_users.insertToken(sha256Hex(token), user.id, now, expiresAt);
    tx.commit();
    return {QString::fromLatin1(token), expiresAt, user};
}

void AuthService::refuseWhileLocked(const QString &email)
{
    const qint64 now = m_ctx.now();
    if (auto until = m_users.lockedUntil(email); until && *until > now)
        throw ApiError::rateLimited(u"Too many wrong passwords; try again in a minute."_s, *until - now);
}

void AuthService::recordWrongPassword(const QString &email)
{
    const qint64 now = m_ctx.now();
    WriteTransaction tx(m_ctx.db);
    const qint64 recent = m_users.recordFailure(email, now, now - FailureWindowMs);
    if (recent >= MaxFailures) {
        // Locked until 60 s after the 5th failure; the count starts again afterwards.
        m_users.lock(email, now + FailureWindowMs);
    }
    m_users.forgetFailuresBefore(now - 24 * 3600 * 1000LL);
    tx.commit();
}

void AuthService::logout(const QString &tokenHash)
{
    WriteTransaction tx(m_ctx.db);
    const auto user = m_users.findByToken(tokenHash, m_ctx.now());
    m_users.revokeToken(tokenHash, m_ctx.now());
    if (user)
        EventLog(m_ctx).sessionRevoked(user->id); // the sockets opened with this token close
    tx.commit();
}

std::optional<AuthUser> AuthService::authenticate(const QByteArray &token)
{
    if (token.isEmpty() || token.size() > 200)
        return std::nullopt;
    const QString hash = sha256Hex(token);
    const auto u = m_users.findByToken(hash, m_ctx.now()); // a stored role this server does not know grants nothing
    if (!u)
        return std::nullopt;
    return AuthUser{u->id, u->role, u->email, u->displayName, hash};
}

std::optional<dto::User> AuthService::user(const QString &id)
{
    return m_users.find(id);
}

} // namespace lm::server
