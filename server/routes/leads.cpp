#include "httpapi.h"
#include "services.h"

using namespace Qt::StringLiterals;

namespace lm::server {

void registerLeadRoutes(HttpApi &api, Services &s)
{
    api.route(u"POST"_s, u"/api/leads/create"_s, {.roles = Influencer, .jsonBody = true}, [&s](Request &req) {
        return Response::json(201, s.leads.create(req.me(), req.json).toJson());
    });
    api.route(u"GET"_s, u"/api/leads"_s, {}, [&s](Request &req) {
        return Response::json(200, s.leads.list(req.me(), req.query));
    });
    api.route(u"GET"_s, u"/api/leads/{}"_s, {}, [&s](Request &req) {
        return Response::json(200, s.leads.get(req.me(), req.params.at(0)).toJson());
    });
    api.route(u"PUT"_s, u"/api/leads/{}/validate"_s, {.roles = Merchant, .jsonBody = true}, [&s](Request &req) {
        return Response::json(200, s.leads.validate(req.me(), req.params.at(0), req.json).toJson());
    });
    api.route(u"PUT"_s, u"/api/leads/{}/reject"_s, {.roles = Merchant, .jsonBody = true}, [&s](Request &req) {
        return Response::json(200, s.leads.reject(req.me(), req.params.at(0), req.json).toJson());
    });
    api.route(u"POST"_s, u"/api/leads/{}/dispute"_s, {.roles = Influencer, .jsonBody = true}, [&s](Request &req) {
        return Response::json(200, s.disputes.open(req.me(), req.params.at(0), req.json).toJson());
    });
    api.route(u"GET"_s, u"/api/influencer/stats"_s, {.roles = Influencer}, [&s](Request &req) {
        return Response::json(200, s.leads.influencerStats(req.me()).toJson());
    });
}

} // namespace lm::server
