#include "accountservice.h"

#include "apierror.h"
#include "audit.h"
#include "eventlog.h"
#include "jsonfields.h"
#include "logging.h"
#include "validation.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace lm::server {

namespace {

// The emails say "1 hour" and "7 days" (accounttexts.cpp): change both together.
static_assert(AccountService::ResetLifetimeMs == 3600LL * 1000);
static_assert(AccountService::VerifyLifetimeMs == 7 * 24 * 3600LL * 1000);

constexpr int MaxTokenLength = 200; // ours are 43 characters; anything much longer is not one

QString tokenHashOf(const QString &token)
{
    return AuthService::sha256Hex(token.left(MaxTokenLength).toUtf8());
}

ApiError deadToken()
{
    return ApiError::validation(u"token"_s, u"is unknown, already used or expired"_s);
}

/// The fields of a form-urlencoded body ('+' is a space there, unlike in QUrlQuery).
QUrlQuery formFields(const QByteArray &body)
{
    return QUrlQuery(QString::fromUtf8(QByteArray(body).replace('+', ' ')));
}

QString formValue(const QUrlQuery &form, const QString &name)
{
    return form.queryItemValue(name, QUrl::FullyDecoded);
}

// The pages of the emailed links: small, self-contained, escaped; never cached, never sending the
// token onwards in a Referer, never framed.
Response page(int status, texts::Language language, const QString &title, const QString &content)
{
    const QString html = u"<!DOCTYPE html><html lang=\""_s + texts::languageCode(language) + u"\" dir=\""_s
        + texts::textDirection(language)
        + u"\"><head><meta charset=\"utf-8\"><meta name=\"referrer\" content=\"no-referrer\">"
          u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"_s
        + title.toHtmlEscaped()
        + u"</title><style>body{font-family:sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#222}"
          u"label{display:block;margin:1rem 0}input{font-size:1rem;padding:.4rem;width:100%;box-sizing:border-box}"
          u"button{font-size:1rem;padding:.6rem 1.4rem;border-radius:.4rem;border:1px solid #1a7f37;"
          u"background:#1a7f37;color:#fff;cursor:pointer}.error{color:#b00020}</style></head><body><h1>"_s
        + title.toHtmlEscaped() + u"</h1>"_s + content + u"</body></html>"_s;
    Response r = Response::text(status, html.toUtf8(), "text/html; charset=utf-8");
    r.headers.append(qMakePair(QByteArray("Cache-Control"), QByteArray("no-store")));
    r.headers.append(qMakePair(QByteArray("Referrer-Policy"), QByteArray("no-referrer")));
    // No script, no framing (a reset form inside someone else's page), forms only back to us.
    r.headers.append(qMakePair(QByteArray("Content-Security-Policy"),
                               QByteArray("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                                          "frame-ancestors 'none'; base-uri 'none'")));
    return r;
}

QString paragraph(const QString &text, const QString &id)
{
    return u"<p id=\""_s + id + u"\">"_s + text.toHtmlEscaped() + u"</p>"_s;
}

} // namespace

bool AccountService::admit(const RateLimit &limit, const QString &key, qint64 now)
{
    const QString scope = QString::fromLatin1(limit.scope);
    const auto [count, oldest] = m_users.rateEventsSince(scope, key, now - limit.windowMs);
    Q_UNUSED(oldest)
    if (count >= limit.max)
        return false;
    m_users.recordRateEvent(scope, key, now);
    m_users.forgetRateEventsBefore(scope, now - limit.windowMs);
    return true;
}

void AccountService::requestPasswordReset(const QJsonObject &body)
{
    FieldReader r(body);
    const QString email = normalizeEmail(r.text(u"email"_s, limits::Email, true));
    if (!r.errors().contains(u"email"_s) && !isValidEmail(email))
        r.fail(u"email"_s, u"is not a valid email address"_s);
    r.check();

    // No way to learn whether an account exists (API.md "Accounts"): the same answer, and the same
    // work whether the address is known, disabled or unknown: the token is made, the user looked
    // up, the address's rate limit counted, two statements run and a commit made (measured by
    // tst_server_accounts: the medians differ by well under a millisecond).
    const QByteArray token = AuthService::randomToken();
    const QString tokenHash = AuthService::sha256Hex(token);
    const qint64 now = m_ctx.now();
    WriteTransaction tx(m_ctx.db);
    const auto found = m_users.findForLogin(email);
    const bool admitted = admit(ResetEmails, email, now);
    if (found && found->first.status == AccountStatus::Active && admitted) {
        const dto::User &user = found->first;
        m_accounts.insertToken(tokenHash, user.id, QString::fromLatin1(AccountRepository::Reset), now,
                               now + ResetLifetimeMs);
        const QString link = m_ctx.publicUrl + u"/account/reset?token="_s + QString::fromLatin1(token);
        const texts::Email mail = texts::passwordResetEmail({user.displayName, link, QString::fromLatin1(token)},
                                                            texts::languageFor(user.locale));
        m_notifications.enqueue({u"email"_s, user.email, mail.subject, mail.body, {}, {}});
    } else {
        // Two statements in place of the two inserts: on PostgreSQL each is a round trip that a
        // stopwatch could otherwise count. Both find nothing.
        m_accounts.liveTokenUser(tokenHash, QString::fromLatin1(AccountRepository::Reset), now);
        m_accounts.tokenOwner(tokenHash);
    }
    tx.commit();
}

AccountService::NewPassword AccountService::prepareReset(const QJsonObject &body)
{
    FieldReader r(body);
    const QString token = r.text(u"token"_s, MaxTokenLength, true);
    const QJsonValue password = body.value(u"new_password"_s);
    if (const auto problem = passwordProblem(password))
        r.fail(u"new_password"_s, *problem);
    r.check();
    const QString hash = tokenHashOf(token);
    // Read only: a dead token costs no password hash. The confirmation checks it again, atomically.
    if (!m_accounts.liveTokenUser(hash, QString::fromLatin1(AccountRepository::Reset), m_ctx.now()))
        throw deadToken();
    return {hash, m_auth.hashPassword(password.toString())};
}

void AccountService::confirmPasswordReset(const NewPassword &reset)
{
    const qint64 now = m_ctx.now();
    const QString purpose = QString::fromLatin1(AccountRepository::Reset);
    WriteTransaction tx(m_ctx.db);
    const auto userId = m_accounts.useToken(reset.tokenHash, purpose, now);
    if (!userId)
        throw deadToken();
    const auto user = m_users.find(*userId);
    if (!user || user->status != AccountStatus::Active) // disabled since the link was sent
        throw deadToken();
    m_accounts.setPasswordHash(user->id, reset.hash, now);
    m_accounts.retireTokens(user->id, purpose, now); // the other links of the same request die too
    // Whoever knew the old password is signed out everywhere, at once (sockets included).
    const int revoked = m_users.revokeAllTokens(user->id, now);
    EventLog(m_ctx).sessionRevoked(user->id);
    audit(m_ctx, user->id, u"user.password_reset"_s, u"user"_s, user->id,
          u"tokens revoked="_s + QString::number(revoked));
    tx.commit();
    logger("server.accounts")->info("user {} reset their password ({} token(s) revoked)", user->id.toStdString(),
                                    revoked);
}

QString AccountService::prepareChange(const AuthUser &me, const QJsonObject &body)
{
    FieldReader r(body);
    const QJsonValue current = body.value(u"current_password"_s);
    if (!current.isString() || current.toString().isEmpty())
        r.fail(u"current_password"_s, current.isString() || current.isUndefined() || current.isNull()
                                          ? u"is required"_s
                                          : u"must be a string"_s);
    else if (current.toString().size() > limits::PasswordMax)
        r.fail(u"current_password"_s, u"must be at most 1024 characters"_s);
    const QJsonValue password = body.value(u"new_password"_s);
    if (const auto problem = passwordProblem(password))
        r.fail(u"new_password"_s, *problem);
    r.check();
    // A stolen session must not become a way to guess the password: wrong ones count with the
    // sign-in's, and lock both.
    m_auth.refuseWhileLocked(me.email);
    if (!m_auth.verifyPassword(m_accounts.passwordHash(me.id), current.toString())) {
        m_auth.recordWrongPassword(me.email);
        throw ApiError::validation(u"current_password"_s, u"is not the account's current password"_s);
    }
    return m_auth.hashPassword(password.toString());
}

void AccountService::changePassword(const AuthUser &me, const QString &newHash)
{
    const qint64 now = m_ctx.now();
    WriteTransaction tx(m_ctx.db);
    m_accounts.setPasswordHash(me.id, newHash, now);
    m_accounts.retireTokens(me.id, QString::fromLatin1(AccountRepository::Reset), now);
    const int revoked = m_accounts.revokeOtherTokens(me.id, me.tokenHash, now);
    EventLog(m_ctx).sessionRevoked(me.id); // sockets of the revoked tokens close; this one's stay
    audit(m_ctx, me.id, u"user.password_change"_s, u"user"_s, me.id, u"tokens revoked="_s + QString::number(revoked));
    tx.commit();
}

dto::User AccountService::updateProfile(const AuthUser &me, const QJsonObject &body)
{
    FieldReader r(body);
    AccountRepository::Profile profile;
    if (body.contains(u"display_name"_s))
        profile.displayName = r.text(u"display_name"_s, limits::Name, true);
    if (body.contains(u"phone"_s)) {
        QString phone = r.text(u"phone"_s, 40, false);
        if (!phone.isEmpty() && !r.errors().contains(u"phone"_s)) {
            if (auto e164 = normalizePhone(phone))
                phone = *e164;
            else
                r.fail(u"phone"_s, u"is not a phone number (Moroccan forms, or + and the country code)"_s);
        }
        profile.phone = phone; // null or "" removes it
    }
    if (body.contains(u"locale"_s))
        profile.locale = r.choice(u"locale"_s, {u"fr"_s, u"ar"_s, u"en"_s}, true);
    r.check();

    WriteTransaction tx(m_ctx.db);
    if (profile.displayName || profile.phone || profile.locale)
        m_accounts.updateProfile(me.id, profile, m_ctx.now());
    const auto user = m_users.find(me.id);
    if (!user)
        throw ApiError::unauthenticated();
    tx.commit();
    return *user;
}

void AccountService::issueVerification(const dto::User &user, qint64 now)
{
    const QByteArray token = AuthService::randomToken();
    m_accounts.insertToken(AuthService::sha256Hex(token), user.id, QString::fromLatin1(AccountRepository::Verify), now,
                           now + VerifyLifetimeMs);
    const QString link = m_ctx.publicUrl + u"/account/verify?token="_s + QString::fromLatin1(token);
    const texts::Email mail = texts::verificationEmail({user.displayName, link, QString::fromLatin1(token)},
                                                       texts::languageFor(user.locale));
    m_notifications.enqueue({u"email"_s, user.email, mail.subject, mail.body, {}, {}});
}

void AccountService::sendVerification(const dto::User &user)
{
    issueVerification(user, m_ctx.now());
}

void AccountService::verifyEmail(const QJsonObject &body)
{
    FieldReader r(body);
    const QString token = r.text(u"token"_s, MaxTokenLength, true);
    r.check();
    const qint64 now = m_ctx.now();
    const QString purpose = QString::fromLatin1(AccountRepository::Verify);
    WriteTransaction tx(m_ctx.db);
    const auto userId = m_accounts.useToken(tokenHashOf(token), purpose, now);
    if (!userId)
        throw deadToken();
    m_accounts.setEmailVerified(*userId, now);
    m_accounts.retireTokens(*userId, purpose, now);
    tx.commit();
}

void AccountService::resendVerification(const AuthUser &me)
{
    const qint64 now = m_ctx.now();
    WriteTransaction tx(m_ctx.db);
    const auto user = m_users.find(me.id);
    if (!user)
        throw ApiError::unauthenticated();
    // Nothing to do when verified already; beyond the rate limit nothing is sent (like a reset).
    if (!user->emailVerified && admit(VerifyEmails, user->id, now))
        issueVerification(*user, now);
    tx.commit();
}

texts::Language AccountService::languageOfToken(const QString &token)
{
    if (token.isEmpty())
        return texts::Language::French;
    const auto owner = m_accounts.tokenOwner(tokenHashOf(token));
    const auto user = owner ? m_users.find(*owner) : std::nullopt;
    return user ? texts::languageFor(user->locale) : texts::Language::French;
}

namespace {

Response linkInvalidPage(texts::Language language, const QString &title)
{
    return page(410, language, title, paragraph(texts::accountText(texts::AccountText::LinkInvalid, language),
                                                u"state"_s));
}

Response resetForm(int status, texts::Language language, const QString &token,
                   std::optional<texts::AccountText> problem)
{
    using texts::AccountText;
    const auto text = [language](AccountText t) { return texts::accountText(t, language).toHtmlEscaped(); };
    QString content = paragraph(texts::accountText(AccountText::ResetIntro, language), u"intro"_s);
    if (problem)
        content += u"<p class=\"error\" id=\"error\">"_s + text(*problem) + u"</p>"_s;
    // A relative action: the page works under any LEADMARKET_PUBLIC_URL, with or without a path.
    content += u"<form method=\"post\" action=\"reset\"><input type=\"hidden\" name=\"token\" value=\""_s
        + token.toHtmlEscaped() + u"\"><label>"_s + text(AccountText::NewPassword)
        + u"<input type=\"password\" name=\"new_password\" id=\"new_password\" minlength=\"10\" maxlength=\"1024\" "
          u"autocomplete=\"new-password\" required></label><label>"_s
        + text(AccountText::ConfirmPassword)
        + u"<input type=\"password\" name=\"new_password_confirm\" id=\"new_password_confirm\" minlength=\"10\" "
          u"maxlength=\"1024\" autocomplete=\"new-password\" required></label><button type=\"submit\" id=\"save\">"_s
        + text(AccountText::Save) + u"</button></form>"_s;
    return page(status, language, texts::accountText(AccountText::ResetTitle, language), content);
}

} // namespace

Response AccountService::resetPage(const QString &token)
{
    const texts::Language language = languageOfToken(token);
    if (!m_accounts.liveTokenUser(tokenHashOf(token), QString::fromLatin1(AccountRepository::Reset), m_ctx.now()))
        return linkInvalidPage(language, texts::accountText(texts::AccountText::ResetTitle, language));
    return resetForm(200, language, token, std::nullopt);
}

AccountService::ResetForm AccountService::prepareResetForm(const QByteArray &formBody)
{
    const QUrlQuery form = formFields(formBody);
    ResetForm result;
    result.token = formValue(form, u"token"_s).left(MaxTokenLength);
    const QString password = formValue(form, u"new_password"_s);
    if (!m_accounts.liveTokenUser(tokenHashOf(result.token), QString::fromLatin1(AccountRepository::Reset),
                                  m_ctx.now()))
        result.problem = texts::AccountText::LinkInvalid;
    else if (password != formValue(form, u"new_password_confirm"_s))
        result.problem = texts::AccountText::PasswordsDiffer;
    else if (const auto problem = passwordProblem(QJsonValue(password)))
        result.problem = password.size() > limits::PasswordMax ? texts::AccountText::PasswordTooLong
                                                                : texts::AccountText::PasswordTooShort;
    else
        result.hash = m_auth.hashPassword(password);
    return result;
}

Response AccountService::resetSubmit(const ResetForm &form)
{
    using texts::AccountText;
    const texts::Language language = languageOfToken(form.token);
    const QString title = texts::accountText(AccountText::ResetTitle, language);
    if (form.problem == AccountText::LinkInvalid)
        return linkInvalidPage(language, title);
    if (form.problem)
        return resetForm(422, language, form.token, form.problem);
    try {
        confirmPasswordReset({tokenHashOf(form.token), form.hash});
    } catch (const ApiError &) { // used by a concurrent request in between
        return linkInvalidPage(language, title);
    }
    return page(200, language, title, paragraph(texts::accountText(AccountText::ResetDone, language), u"state"_s));
}

Response AccountService::verifyPage(const QString &token)
{
    using texts::AccountText;
    const texts::Language language = languageOfToken(token);
    const QString title = texts::accountText(AccountText::VerifyTitle, language);
    if (!m_accounts.liveTokenUser(tokenHashOf(token), QString::fromLatin1(AccountRepository::Verify), m_ctx.now()))
        return linkInvalidPage(language, title);
    // A button, not an action on GET: mail scanners open links, and must not verify anything.
    return page(200, language, title,
                paragraph(texts::accountText(AccountText::VerifyIntro, language), u"intro"_s)
                    + u"<form method=\"post\" action=\"verify\"><input type=\"hidden\" name=\"token\" value=\""_s
                    + token.toHtmlEscaped() + u"\"><button type=\"submit\" id=\"verify\">"_s
                    + texts::accountText(AccountText::VerifyButton, language).toHtmlEscaped() + u"</button></form>"_s);
}

Response AccountService::verifySubmit(const QByteArray &formBody)
{
    using texts::AccountText;
    const QString token = formValue(formFields(formBody), u"token"_s).left(MaxTokenLength);
    const texts::Language language = languageOfToken(token);
    const QString title = texts::accountText(AccountText::VerifyTitle, language);
    try {
        verifyEmail(QJsonObject{{u"token"_s, token}});
    } catch (const ApiError &) {
        return linkInvalidPage(language, title);
    }
    return page(200, language, title, paragraph(texts::accountText(AccountText::VerifyDone, language), u"state"_s));
}

} // namespace lm::server
