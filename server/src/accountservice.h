#pragma once

#include "accounttexts.h"
#include "authservice.h"
#include "context.h"
#include "dto.h"
#include "httpapi.h"
#include "notificationservice.h"
#include "repositories/accountrepository.h"
#include "repositories/userrepository.h"

#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace lm::server {

/// What users do with their own account (contract v2 "Accounts"): forgotten and changed passwords,
/// the profile, email verification, and the small pages the emailed links open. Each call is one
/// transaction; password hashes are made before it (the routes' `prepare` step, on the hashing
/// threads).
class AccountService final
{
public:
    explicit AccountService(Context &ctx, AuthService &auth)
        : m_ctx(ctx), m_auth(auth), m_accounts(ctx.db), m_users(ctx.db), m_notifications(ctx)
    {
    }

    /// How long an emailed link works (the emails' wording says so: accounttexts.cpp).
    static constexpr qint64 ResetLifetimeMs = 3600LL * 1000;
    static constexpr qint64 VerifyLifetimeMs = 7 * 24 * 3600LL * 1000;
    /// At most this many reset (or verification) emails per address (per user) per rolling hour.
    static constexpr RateLimit ResetEmails{"password_reset", 3, 3600LL * 1000};
    static constexpr RateLimit VerifyEmails{"verify_email", 3, 3600LL * 1000};

    /// POST /api/auth/password-reset: emails a reset link when `email` names an active account
    /// within its rate limit; answers nothing either way, in about the same time.
    void requestPasswordReset(const QJsonObject &body);

    /// The body of a password confirmation, checked before its hash is made.
    struct NewPassword
    {
        QString tokenHash; ///< reset: SHA-256 of the link's token
        QString hash;      ///< Argon2id of the new password
    };
    /// The reset confirmation's `prepare`: 422 for a bad body or a dead token, then the hash.
    NewPassword prepareReset(const QJsonObject &body);
    /// POST /api/auth/password-reset/confirm: the new password, the token used, every session revoked.
    void confirmPasswordReset(const NewPassword &reset);

    /// PUT /api/me/password's `prepare`: the current password checked (422 current_password), the
    /// new one hashed.
    QString prepareChange(const AuthUser &me, const QJsonObject &body);
    /// Stores the new hash; every other token of the user is revoked, the current one stays.
    void changePassword(const AuthUser &me, const QString &newHash);

    /// PUT /api/me: display_name, phone, locale.
    dto::User updateProfile(const AuthUser &me, const QJsonObject &body);

    /// A verification token and its email for a new user (inside the registration's transaction).
    void sendVerification(const dto::User &user);
    /// POST /api/auth/verify-email.
    void verifyEmail(const QJsonObject &body);
    /// POST /api/auth/verify-email/resend: a new link unless verified already or over the rate limit.
    void resendVerification(const AuthUser &me);

    // The pages of the emailed links (HTML; no side effect on GET: mail scanners open links).
    Response resetPage(const QString &token);
    /// The reset form's `prepare`: parses the form and hashes the password when it is acceptable.
    struct ResetForm
    {
        QString token;
        QString hash;                ///< empty when `problem` is set
        std::optional<texts::AccountText> problem; ///< why the form was refused, if it was
    };
    ResetForm prepareResetForm(const QByteArray &formBody);
    Response resetSubmit(const ResetForm &form);
    Response verifyPage(const QString &token);
    Response verifySubmit(const QByteArray &formBody);

private:
    /// The language of the user a link's token belongs to (French when none).
    texts::Language languageOfToken(const QString &token);
    /// Counts one event of `limit` for `key`; false when `key` was already at the limit.
    bool admit(const RateLimit &limit, const QString &key, qint64 now);
    void issueVerification(const dto::User &user, qint64 now);

    Context &m_ctx;
    AuthService &m_auth;
    AccountRepository m_accounts;
    UserRepository m_users;
    NotificationService m_notifications;
};

} // namespace lm::server
