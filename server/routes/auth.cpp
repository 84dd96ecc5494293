#include "apierror.h"
#include "audit.h"
#include "httpapi.h"
#include "services.h"
#include "timeutil.h"

using namespace Qt::StringLiterals;

namespace lm::server {

void registerAuthRoutes(HttpApi &api, Services &s)
{
    api.route(u"POST"_s, u"/api/auth/register"_s, {.authenticated = false, .jsonBody = true}, [&s](Request &req) {
        FieldErrors errors;
        const AuthService::NewUser user = readNewUser(req.json, errors);
        throwIfInvalid(errors);
        s.auth.admitRegistration(req.clientAddress());
        // The verification email is queued in the registration's transaction (contract v2 "Accounts").
        const auto verify = [&s](const dto::User &created) { s.accounts.sendVerification(created); };
        return Response::json(201, s.auth.createUser(user, {Role::Merchant, Role::Influencer}, {}, verify).toJson());
    });

    api.route(u"POST"_s, u"/api/auth/login"_s, {.authenticated = false, .jsonBody = true}, [&s](Request &req) {
        const QJsonValue email = req.json.value(u"email"_s);
        const QJsonValue password = req.json.value(u"password"_s);
        FieldErrors errors;
        if (!email.isString() || email.toString().trimmed().isEmpty())
            errors.insert(u"email"_s, u"is required"_s);
        else if (email.toString().size() > limits::Email)
            errors.insert(u"email"_s, u"must be at most 254 characters"_s);
        else if (email.toString().contains(QChar(0)))
            errors.insert(u"email"_s, u"must not contain a NUL character"_s);
        if (!password.isString() || password.toString().isEmpty())
            errors.insert(u"password"_s, u"is required"_s);
        else if (password.toString().size() > limits::PasswordMax)
            errors.insert(u"password"_s, u"must be at most 1024 characters"_s);
        throwIfInvalid(errors);
        const AuthService::Session session = s.auth.login(email.toString(), password.toString());
        return Response::json(200, {{u"token"_s, session.token},
                                    {u"expires_at"_s, formatApiTime(session.expiresAt)},
                                    {u"user"_s, session.user.toJson()}});
    });

    api.route(u"POST"_s, u"/api/auth/logout"_s, {}, [&s](Request &req) {
        s.auth.logout(req.me().tokenHash);
        return Response::noContent();
    });

    api.route(u"GET"_s, u"/api/me"_s, {}, [&s](Request &req) {
        auto user = s.auth.user(req.me().id);
        if (!user)
            throw ApiError::unauthenticated();
        return Response::json(200, user->toJson());
    });

    const auto newUser = [](const Request &req) {
        FieldErrors errors;
        AuthService::NewUser user = readNewUser(req.json, errors);
        throwIfInvalid(errors);
        return user;
    };
    // The password is hashed before the request's transaction (an Idempotency-Key opens one).
    const auto hashNewPassword = [&s, newUser](Request &req) { req.prepared = s.auth.hashPassword(newUser(req).password); };
    api.route(u"POST"_s, u"/api/admin/users"_s, {.roles = Admin, .jsonBody = true, .prepare = hashNewPassword},
              [&s, newUser](Request &req) {
        const dto::User created = s.auth.createUser(newUser(req), allRoles(), std::any_cast<QString>(req.prepared));
        WriteTransaction tx(s.ctx.db);
        audit(s.ctx, req.me().id, u"user.create"_s, u"user"_s, created.id, u"role="_s + toString(created.role));
        tx.commit();
        return Response::json(201, created.toJson());
    });
}

} // namespace lm::server
