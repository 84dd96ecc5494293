#include "apierror.h"
#include "httpapi.h"
#include "services.h"

using namespace Qt::StringLiterals;

namespace lm::server {

// Contract v2 "Accounts": forgotten and changed passwords, the profile, email verification, and
// the pages the emailed links open.
void registerAccountRoutes(HttpApi &api, Services &s)
{
    const RouteOptions publicJson{.authenticated = false, .jsonBody = true};
    api.route(u"POST"_s, u"/api/auth/password-reset"_s, publicJson, [&s](Request &req) {
        s.accounts.requestPasswordReset(req.json);
        return Response::json(202, {{u"status"_s, u"accepted"_s}});
    });
    // The new password is hashed before the transaction (like POST /api/admin/users).
    api.route(u"POST"_s, u"/api/auth/password-reset/confirm"_s,
              {.authenticated = false, .jsonBody = true,
               .prepare = [&s](Request &req) { req.prepared = s.accounts.prepareReset(req.json); }},
              [&s](Request &req) {
        s.accounts.confirmPasswordReset(std::any_cast<AccountService::NewPassword>(req.prepared));
        return Response::noContent();
    });
    api.route(u"PUT"_s, u"/api/me/password"_s,
              {.jsonBody = true,
               .prepare = [&s](Request &req) { req.prepared = s.accounts.prepareChange(req.me(), req.json); }},
              [&s](Request &req) {
        s.accounts.changePassword(req.me(), std::any_cast<QString>(req.prepared));
        return Response::noContent();
    });
    api.route(u"PUT"_s, u"/api/me"_s, {.jsonBody = true}, [&s](Request &req) {
        return Response::json(200, s.accounts.updateProfile(req.me(), req.json).toJson());
    });
    api.route(u"POST"_s, u"/api/auth/verify-email"_s, publicJson, [&s](Request &req) {
        s.accounts.verifyEmail(req.json);
        return Response::noContent();
    });
    api.route(u"POST"_s, u"/api/auth/verify-email/resend"_s, {}, [&s](Request &req) {
        s.accounts.resendVerification(req.me());
        return Response::json(202, {{u"status"_s, u"accepted"_s}});
    });

    // Browser pages: no bearer token; GET only shows (mail scanners open links), POST acts.
    api.route(u"GET"_s, u"/account/reset"_s, {.authenticated = false, .onWorker = true},
              [&s](Request &req) { return s.accounts.resetPage(req.queryValue(u"token"_s)); });
    api.route(u"POST"_s, u"/account/reset"_s,
              {.authenticated = false,
               .prepare = [&s](Request &req) { req.prepared = s.accounts.prepareResetForm(req.body); }},
              [&s](Request &req) {
        return s.accounts.resetSubmit(std::any_cast<AccountService::ResetForm>(req.prepared));
    });
    api.route(u"GET"_s, u"/account/verify"_s, {.authenticated = false, .onWorker = true},
              [&s](Request &req) { return s.accounts.verifyPage(req.queryValue(u"token"_s)); });
    api.route(u"POST"_s, u"/account/verify"_s, {.authenticated = false},
              [&s](Request &req) { return s.accounts.verifySubmit(req.body); });
}

} // namespace lm::server
