#include "httpapi.h"
#include "services.h"

using namespace Qt::StringLiterals;

namespace lm::server {

void registerCampaignRoutes(HttpApi &api, Services &s)
{
    api.route(u"GET"_s, u"/api/campaigns"_s, {}, [&s](Request &req) {
        return Response::json(200, s.campaigns.list(req.me(), PageRequest::fromQuery(req.query)));
    });
    api.route(u"POST"_s, u"/api/campaigns"_s, {.roles = Merchant, .jsonBody = true}, [&s](Request &req) {
        return Response::json(201, s.campaigns.create(req.me(), req.json).toJson());
    });
    api.route(u"PUT"_s, u"/api/campaigns/{}"_s, {.roles = Merchant | Admin, .jsonBody = true}, [&s](Request &req) {
        return Response::json(200, s.campaigns.update(req.me(), req.params.at(0), req.json).toJson());
    });
}

} // namespace lm::server
