#include "session.h"

#include "apiclient.h"

#include "logging.h"
#include "settings.h"

#include <validation.h>

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace lm::client {

Session::Session(Settings &settings, TokenStore &tokens, QObject *parent)
    : QObject(parent), m_settings(settings), m_tokens(tokens), m_api(std::make_unique<ApiClient>())
{
    m_api->setTimeoutMs(m_settings.requestTimeoutMs());
    m_api->setAllowInsecureHttp(m_settings.allowInsecureHttp());
    connect(m_api.get(), &ApiClient::authenticationExpired, this, &Session::expire);
}

Session::~Session() = default;

Result<> Session::checkServerUrl(const QUrl &server) const
{
    const ApiError error = ApiClient::checkUrl(server, m_settings.allowInsecureHttp());
    if (error.isError())
        return error;
    return Done{};
}

void Session::accept(const QUrl &server, const QString &email, const QString &token, const dto::User &user)
{
    m_server = server;
    m_email = email;
    m_token = token;
    m_user = user;
    m_api->setBaseUrl(server);
    m_api->setToken(token);
    logger("app.session")->info("signed in as user {} ({})", user.id.toStdString(), toString(user.role).toStdString());
    Q_EMIT signedIn(user);
}

void Session::restore(const std::optional<dto::User> &cachedUser)
{
    const QUrl server = m_settings.serverUrl();
    const QString email = m_settings.lastEmail();
    if (email.isEmpty() || !m_settings.rememberMe()) {
        Q_EMIT signInRequired(QString());
        return;
    }
    m_tokens.read(TokenStore::accountKey(server, email), this,
                  [this, server, email, cachedUser](const Result<std::optional<QString>> &stored) {
                      if (!stored.ok() || !stored.value()) {
                          if (!stored.ok())
                              Q_EMIT keychainProblem(stored.errorMessage());
                          Q_EMIT signInRequired(QString());
                          return;
                      }
                      const QString token = *stored.value();
                      m_api->setBaseUrl(server);
                      m_api->setToken(token);
                      m_api->me(this, [this, server, email, token, cachedUser](const Result<dto::User> &me) {
                          if (me.ok()) {
                              accept(server, email, token, me.value());
                              return;
                          }
                          if (me.error().isTransient() && cachedUser && normalizeEmail(cachedUser->email) == normalizeEmail(email)) {
                              logger("app.session")->info("server unreachable: working offline from the cache");
                              accept(server, email, token, *cachedUser);
                              return;
                          }
                          if (me.error().isAuthenticationExpired())
                              forgetStoredToken(server, email);
                          m_api->setToken({});
                          Q_EMIT signInRequired(me.error().userMessage());
                      });
                  });
}

void Session::signIn(const QUrl &server, const QString &email, const QString &password, bool remember,
                     QObject *context, SignInDone done)
{
    if (const auto url = checkServerUrl(server); !url.ok()) {
        done(url.error());
        return;
    }
    m_api->setBaseUrl(server);
    m_api->login(normalizeEmail(email), password, context,
                [this, server, email, remember, done](const Result<LoginResult> &result) {
                    if (!result.ok()) {
                        done(result.error());
                        return;
                    }
                    const LoginResult &login = result.value();
                    m_settings.setValue(Settings::Key::ServerUrl, server.toString());
                    m_settings.setValue(Settings::Key::LastEmail, normalizeEmail(email));
                    m_settings.setValue(Settings::Key::RememberMe, remember);
                    m_settings.sync();
                    const QString key = TokenStore::accountKey(server, email);
                    if (remember) {
                        m_tokens.write(key, login.token, this, [this](const Result<> &stored) {
                            if (!stored.ok())
                                Q_EMIT keychainProblem(stored.errorMessage());
                        });
                    } else {
                        forgetStoredToken(server, email);
                    }
                    done(login.user);
                    accept(server, normalizeEmail(email), login.token, login.user);
                });
}

QString languageCode(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::French: return u"fr"_s;
    case QLocale::Arabic: return u"ar"_s;
    default: return u"en"_s;
    }
}

void Session::registerAccount(const QUrl &server, const NewAccount &account, bool remember, QObject *context,
                              SignUpDone done)
{
    if (const auto url = checkServerUrl(server); !url.ok()) {
        done(url.error(), Created::No);
        return;
    }
    const QString email = normalizeEmail(account.email);
    QJsonObject body{{u"email"_s, email},
                     {u"password"_s, account.password},
                     {u"role"_s, toString(account.role)},
                     {u"display_name"_s, account.displayName}};
    if (!account.phone.trimmed().isEmpty())
        body.insert(u"phone"_s, account.phone.trimmed());
    if (!account.locale.isEmpty())
        body.insert(u"locale"_s, account.locale);
    m_api->setBaseUrl(server);
    // sendJson gives it an Idempotency-Key like every POST; the server keeps none for the public
    // auth routes, so what stops a retry from making a second account is the email's uniqueness
    // (a retry whose first attempt did arrive is answered 409 email_taken).
    m_api->sendJson("POST", u"/api/auth/register"_s, body, {}, context,
                    [this, server, email, password = account.password, remember, context,
                     done](const Result<QJsonObject> &created) {
                        if (!created.ok()) {
                            done(created.error(), Created::No);
                            return;
                        }
                        logger("app.session")->info("account created; signing in");
                        signIn(server, email, password, remember, context,
                               [done](const Result<dto::User> &signedIn) { done(signedIn, Created::Yes); });
                    });
}

void Session::forgetStoredToken(const QUrl &server, const QString &email)
{
    m_tokens.remove(TokenStore::accountKey(server, email), this, [](const Result<> &removed) {
        if (!removed.ok())
            logger("app.session")->warn("the stored token could not be deleted");
    });
}

void Session::signOut()
{
    if (!m_token.isEmpty())
        m_api->logout(this, [](const Result<Done> &) {});
    forgetStoredToken(m_server, m_email);
    m_token.clear();
    m_user.reset();
    m_api->setToken({});
    logger("app.session")->info("signed out");
    Q_EMIT signedOut();
}

void Session::expire()
{
    if (m_token.isEmpty())
        return;
    logger("app.session")->info("the token was refused (401): signing in again");
    forgetStoredToken(m_server, m_email);
    m_token.clear();
    m_api->setToken({});
    Q_EMIT signInRequired(ApiError::http(401, u"unauthenticated"_s, {}).userMessage());
}

void Session::updateUser(const dto::User &user)
{
    if (!m_user || m_user->id != user.id)
        return;
    m_user = user;
    Q_EMIT userChanged(user);
}

} // namespace lm::client
