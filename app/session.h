#pragma once

#include "result.h"
#include "tokenstore.h"

#include <dto.h>

#include <QLocale>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace lm::client {

class ApiClient;
class Settings;

/// The API's name of the language the client shows in: "fr", "ar", or "en" (the source texts).
QString languageCode(const QLocale &locale);

/// What a new account is made of (POST /api/auth/register): a merchant or an influencer.
struct NewAccount
{
    Role role = Role::Merchant;
    QString displayName;
    QString email;
    QString password;
    QString phone; ///< optional; the server normalises it to E.164
    /// The language the server writes this user's emails, SMS and notifications in ("fr", "ar",
    /// "en"): the one the client shows. Empty leaves the server's default (French).
    QString locale;
};

/// Who is signed in, to which server, with which token: signs in with a password or silently with
/// the token kept in the keychain, renews after a 401, signs out (token revoked and deleted).
class Session final : public QObject
{
    Q_OBJECT

public:
    Session(Settings &settings, TokenStore &tokens, QObject *parent = nullptr);
    ~Session() override;

    /// The signed-in user's calls to the server (app/ only: widgets never call the network).
    ApiClient &api() { return *m_api; }
    bool isSignedIn() const { return !m_token.isEmpty() && m_user.has_value(); }
    std::optional<dto::User> user() const { return m_user; }
    QString token() const { return m_token; }
    QUrl server() const { return m_server; }
    QString email() const { return m_email; }

    /// Start-up: with a server and email in the settings and a token in the keychain, checks the
    /// token (GET /api/me). When the server cannot be reached, `cachedUser` (the cache's copy)
    /// keeps the user signed in offline. Emits signedIn or signInRequired.
    void restore(const std::optional<dto::User> &cachedUser);

    /// Whether `server` may be used (https, or http to loopback unless allowed): a sentence for
    /// the sign-in form when not.
    Result<> checkServerUrl(const QUrl &server) const;

    using SignInDone = Callback<dto::User>;
    /// Password sign-in; with `remember` the token goes to the keychain (a keychain failure does
    /// not fail the sign-in: it is reported through keychainProblem).
    void signIn(const QUrl &server, const QString &email, const QString &password, bool remember, QObject *context,
                SignInDone done);
    /// Whether the account exists on the server after a sign-up, whatever the sign-in then said.
    enum class Created { No, Yes };
    using SignUpDone = std::function<void(const Result<dto::User> &signedIn, Created created)>;
    /// Creates the account on `server`, then signs in with the same email and password (the
    /// server answers the new user, not a token) as signIn does. A refusal of the creation comes
    /// with Created::No (its 422 fields, 409 email_taken); a failed sign-in after it with Created::Yes.
    void registerAccount(const QUrl &server, const NewAccount &account, bool remember, QObject *context,
                         SignUpDone done);
    /// Revokes the token on the server (best effort), deletes it from the keychain, forgets it.
    void signOut();
    /// The server said 401: the token is dropped (and deleted from the keychain); the user signs in again.
    void expire();
    /// The server answered a newer copy of the signed-in user (a profile saved, the email verified):
    /// kept here and announced with userChanged. Ignored for another user or when signed out.
    void updateUser(const dto::User &user);

Q_SIGNALS:
    void signedIn(const lm::dto::User &user);
    void signInRequired(const QString &reason);
    void signedOut();
    /// The signed-in user's details changed on the server (not their id or role).
    void userChanged(const lm::dto::User &user);
    void keychainProblem(const QString &message);

private:
    void accept(const QUrl &server, const QString &email, const QString &token, const dto::User &user);
    void forgetStoredToken(const QUrl &server, const QString &email);

    Settings &m_settings;
    TokenStore &m_tokens;
    std::unique_ptr<ApiClient> m_api;
    std::optional<dto::User> m_user;
    QString m_token;
    QUrl m_server;
    QString m_email;
};

} // namespace lm::client
