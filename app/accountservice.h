#pragma once

#include "result.h"

#include <dto.h>

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace lm::client {

class ApiClient;
class Session;
class Settings;

/// The user's own account (contract v2 "Accounts"): a forgotten password reset with the emailed
/// token, the password changed, the profile (name, phone, language of messages) and the email
/// address verified. The signed-out calls go to the server the caller names, never with a token;
/// an answer that changes the user reaches the Session (Session::updateUser), so everything that
/// shows the user follows. A refusal comes back as the callback's error, with its 422 fields.
class AccountService final : public QObject
{
    Q_OBJECT

public:
    AccountService(Session &session, const Settings &settings, QObject *parent = nullptr);
    ~AccountService() override;
    Q_DISABLE_COPY_MOVE(AccountService)

    // Signed out: the sign-in form's server.
    /// POST /api/auth/password-reset: accepted whatever the address (the server never says
    /// whether an account has it).
    void requestPasswordReset(const QUrl &server, const QString &email, QObject *context, Callback<> done);
    /// POST /api/auth/password-reset/confirm with the emailed token (422 fields.token: used,
    /// expired or unknown; fields.new_password).
    void resetPassword(const QUrl &server, const QString &token, const QString &newPassword, QObject *context,
                       Callback<> done);

    // Signed in.
    /// PUT /api/me/password: this session stays signed in, the others are signed out
    /// (422 fields.current_password when the current one is wrong).
    void changePassword(const QString &currentPassword, const QString &newPassword, QObject *context,
                        Callback<> done);
    /// What PUT /api/me changes; an empty optional is left as it is. An empty phone removes it.
    struct ProfileChange
    {
        std::optional<QString> displayName;
        std::optional<QString> phone;
        std::optional<QString> locale; ///< "fr", "ar" or "en"
    };
    void updateProfile(const ProfileChange &change, QObject *context, Callback<dto::User> done);
    /// POST /api/auth/verify-email/resend: a new verification email.
    void resendVerification(QObject *context, Callback<> done);
    /// POST /api/auth/verify-email with a pasted token, then the user as the server now has it.
    void verifyEmail(const QString &token, QObject *context, Callback<dto::User> done);

    /// The token in what the user pasted: the token itself, or the whole link of the email
    /// (…/account/reset?token=… or …/account/verify?token=…).
    static QString tokenFrom(const QString &pasted);

private:
    /// The client for the public routes, pointed at `server`; an error when it may not be used.
    Result<> usePublic(const QUrl &server);

    Session &m_session;
    std::unique_ptr<ApiClient> m_public; ///< never holds a token
};

} // namespace lm::client
