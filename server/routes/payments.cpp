#include "apierror.h"
#include "httpapi.h"
#include "services.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace lm::server {

void registerPaymentRoutes(HttpApi &api, Services &s)
{
    api.route(u"GET"_s, u"/api/leads/deposits/me"_s, {.roles = Merchant}, [&s](Request &req) {
        return Response::json(200, s.payments.deposit(req.me().id).toJson());
    });
    api.route(u"GET"_s, u"/api/leads/deposits/transactions"_s, {.roles = Merchant | Admin}, [&s](Request &req) {
        return Response::json(200, s.payments.transactions(req.me(), req.query));
    });
    // The provider's checkout session is made before the request's transaction (a slow or silent
    // provider holds no transaction).
    const auto prepareRecharge = [&s](Request &req) { req.prepared = s.payments.prepareRecharge(req.me(), req.json); };
    api.route(u"POST"_s, u"/api/leads/deposits/recharge"_s,
              {.roles = Merchant, .jsonBody = true, .prepare = prepareRecharge}, [&s](Request &req) {
        return Response::json(201, s.payments.recharge(std::any_cast<const PaymentService::NewPayment &>(req.prepared)));
    });
    // Extension: the providers this server takes payments with now, the first being the one to
    // offer by default (the recharge dialog lists these). Before /api/payments/{}: first match wins.
    api.route(u"GET"_s, u"/api/payments/providers"_s, {.roles = Merchant | Admin}, [&s](Request &) {
        return Response::json(200, QJsonObject{{u"providers"_s, QJsonArray::fromStringList(s.payments.enabledProviders())}});
    });
    api.route(u"GET"_s, u"/api/payments/{}"_s, {.roles = Merchant | Admin, .onWorker = true}, [&s](Request &req) {
        return Response::json(200, s.payments.payment(req.me(), req.params.at(0)).toJson());
    });
    api.route(u"GET"_s, u"/api/payments/{}/receipt.pdf"_s, {.roles = Merchant | Admin, .onWorker = true},
              [&s](Request &req) { return s.payments.receiptPdf(req.me(), req.params.at(0)); });

    // Providers call these: no bearer token; each checks its own signature over the raw body.
    api.route(u"POST"_s, u"/api/webhooks/stripe"_s, {.authenticated = false},
              [&s](Request &req) { return s.payments.stripeWebhook(req); });
    api.route(u"POST"_s, u"/api/payments/cmi/callback"_s, {.authenticated = false},
              [&s](Request &req) { return s.payments.cmiCallback(req); });

    // Browser pages: no bearer token (a browser, not the client, shows them).
    api.route(u"GET"_s, u"/payments/{}/return"_s, {.authenticated = false, .onWorker = true}, [&s](Request &req) {
        return s.payments.returnPage(req.params.at(0), req.queryValue(u"result"_s));
    });
    // CMI sends the browser back with a form POST to okUrl / failUrl: the same page (the posted
    // fields are not trusted; the outcome is the server's, from the callback).
    api.route(u"POST"_s, u"/payments/{}/return"_s, {.authenticated = false}, [&s](Request &req) {
        return s.payments.returnPage(req.params.at(0), req.queryValue(u"result"_s));
    });
    api.route(u"GET"_s, u"/payments/{}/cmi"_s, {.authenticated = false, .onWorker = true},
              [&s](Request &req) { return s.payments.cmiPage(req.params.at(0)); });
    if (s.ctx.config.sandboxPayments()) {
        api.route(u"GET"_s, u"/sandbox/checkout/{}"_s, {.authenticated = false, .onWorker = true},
                  [&s](Request &req) { return s.payments.sandboxPage(req.params.at(0)); });
        api.route(u"POST"_s, u"/sandbox/checkout/{}/pay"_s, {.authenticated = false},
                  [&s](Request &req) { return s.payments.sandboxPay(req.params.at(0)); });
        api.route(u"POST"_s, u"/sandbox/checkout/{}/cancel"_s, {.authenticated = false},
                  [&s](Request &req) { return s.payments.sandboxCancel(req.params.at(0)); });
    }
}

} // namespace lm::server
