#include "accountservice.h"

#include "apiclient.h"
#include "logging.h"
#include "session.h"
#include "settings.h"

#include <validation.h>

#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace lm::client {

AccountService::AccountService(Session &session, const Settings &settings, QObject *parent)
    : QObject(parent), m_session(session), m_public(std::make_unique<ApiClient>())
{
    m_public->setTimeoutMs(settings.requestTimeoutMs());
    m_public->setAllowInsecureHttp(settings.allowInsecureHttp());
}

AccountService::~AccountService() = default;

QString AccountService::tokenFrom(const QString &pasted)
{
    const QString text = pasted.trimmed();
    if (text.contains(u"token="_s)) {
        const QUrl link = QUrl::fromUserInput(text);
        const QString token = QUrlQuery(link).queryItemValue(u"token"_s, QUrl::FullyDecoded);
        if (!token.isEmpty())
            return token;
    }
    return text;
}

Result<> AccountService::usePublic(const QUrl &server)
{
    if (const auto checked = m_session.checkServerUrl(server); !checked.ok())
        return checked;
    // Its own client: a server typed in the sign-in form never receives the session's token.
    m_public->setBaseUrl(server);
    return Done{};
}

void AccountService::requestPasswordReset(const QUrl &server, const QString &email, QObject *context,
                                          Callback<> done)
{
    if (const auto ready = usePublic(server); !ready.ok())
        return done(ready.error());
    m_public->sendForNothing("POST", u"/api/auth/password-reset"_s, {{u"email"_s, normalizeEmail(email)}}, false, {},
                             context, std::move(done));
}

void AccountService::resetPassword(const QUrl &server, const QString &token, const QString &newPassword,
                                   QObject *context, Callback<> done)
{
    if (const auto ready = usePublic(server); !ready.ok())
        return done(ready.error());
    const QJsonObject body{{u"token"_s, tokenFrom(token)}, {u"new_password"_s, newPassword}};
    m_public->sendForNothing("POST", u"/api/auth/password-reset/confirm"_s, body, false, {}, context,
                             [done](const Result<> &result) {
                                 if (result.ok())
                                     logger("app.account")->info("password reset with an emailed token");
                                 done(result);
                             });
}

void AccountService::changePassword(const QString &currentPassword, const QString &newPassword, QObject *context,
                                    Callback<> done)
{
    const QJsonObject body{{u"current_password"_s, currentPassword}, {u"new_password"_s, newPassword}};
    // A PUT: a fresh key per attempt is enough (a repeat sets the same password).
    m_session.api().sendForNothing("PUT", u"/api/me/password"_s, body, true, {}, context, std::move(done));
}

void AccountService::updateProfile(const ProfileChange &change, QObject *context, Callback<dto::User> done)
{
    QJsonObject body;
    if (change.displayName)
        body.insert(u"display_name"_s, change.displayName->trimmed());
    if (change.phone)
        body.insert(u"phone"_s, change.phone->trimmed());
    if (change.locale)
        body.insert(u"locale"_s, *change.locale);
    m_session.api().sendJson("PUT", u"/api/me"_s, body, {}, context, [this, done](const Result<QJsonObject> &answer) {
        if (!answer.ok())
            return done(answer.error());
        auto user = dto::User::fromJson(answer.value());
        if (!user)
            return done(ApiError::invalidResponse(u"unexpected user"_s));
        m_session.updateUser(*user);
        done(*user);
    });
}

void AccountService::resendVerification(QObject *context, Callback<> done)
{
    m_session.api().sendForNothing("POST", u"/api/auth/verify-email/resend"_s, {}, true, {}, context,
                                   std::move(done));
}

void AccountService::verifyEmail(const QString &token, QObject *context, Callback<dto::User> done)
{
    if (!m_session.isSignedIn())
        return done(ApiError::http(401, u"unauthenticated"_s, {}));
    if (const auto ready = usePublic(m_session.server()); !ready.ok())
        return done(ready.error());
    m_public->sendForNothing(
        "POST", u"/api/auth/verify-email"_s, {{u"token"_s, tokenFrom(token)}}, false, {}, context,
        [this, context, done](const Result<> &verified) {
            if (!verified.ok())
                return done(verified.error());
            m_session.api().me(context, [this, done](const Result<dto::User> &me) {
                std::optional<dto::User> user = m_session.user();
                if (me.ok())
                    user = me.value();
                else if (user) // verified all the same: the server said so
                    user->emailVerified = true;
                if (!user)
                    return done(me.error());
                m_session.updateUser(*user);
                done(*user);
            });
        });
}

} // namespace lm::client
