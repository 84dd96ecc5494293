#include "httpapi.h"
#include "services.h"

using namespace Qt::StringLiterals;

namespace lm::server {

// Contract v2 "Influencer: performance and payouts": bank details, payout requests, admin decisions.
void registerPayoutRoutes(HttpApi &api, Services &s)
{
    // Extension: an influencer's saved bank details (404 when none), as PUT answers them.
    api.route(u"GET"_s, u"/api/me/bank"_s, {.roles = Influencer}, [&s](Request &req) {
        return Response::json(200, s.payouts.bankDetails(req.me()).toJson());
    });
    api.route(u"PUT"_s, u"/api/me/bank"_s, {.roles = Influencer, .jsonBody = true}, [&s](Request &req) {
        return Response::json(200, s.payouts.saveBankDetails(req.me(), req.json).toJson());
    });
    api.route(u"POST"_s, u"/api/influencer/payouts"_s, {.roles = Influencer, .jsonBody = true}, [&s](Request &req) {
        return Response::json(201, s.payouts.request(req.me(), req.json).toJson());
    });
    api.route(u"GET"_s, u"/api/influencer/payouts"_s, {.roles = Influencer}, [&s](Request &req) {
        return Response::json(200, s.payouts.list(req.me(), req.query));
    });
    api.route(u"GET"_s, u"/api/admin/payouts"_s, {.roles = Admin}, [&s](Request &req) {
        return Response::json(200, s.payouts.list(req.me(), req.query));
    });
    api.route(u"PUT"_s, u"/api/admin/payouts/{}"_s, {.roles = Admin, .jsonBody = true}, [&s](Request &req) {
        return Response::json(200, s.payouts.decide(req.me(), req.params.at(0), req.json).toJson());
    });
}

} // namespace lm::server
