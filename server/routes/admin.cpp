#include "httpapi.h"
#include "services.h"

using namespace Qt::StringLiterals;

namespace lm::server {

void registerAdminRoutes(HttpApi &api, Services &s)
{
    api.route(u"GET"_s, u"/api/admin/alerts"_s, {.roles = Admin}, [&s](Request &req) {
        return Response::json(200, s.admin.alerts(req.query));
    });
    api.route(u"PUT"_s, u"/api/admin/merchants/{}"_s, {.roles = Admin, .jsonBody = true}, [&s](Request &req) {
        return Response::json(200, s.admin.setMerchantStatus(req.me(), req.params.at(0), req.json).toJson());
    });
    api.route(u"GET"_s, u"/api/admin/ledger-check"_s, {.roles = Admin, .onWorker = true}, [&s](Request &) {
        return Response::json(200, s.admin.ledgerCheck());
    });
    api.route(u"GET"_s, u"/api/admin/users"_s, {.roles = Admin}, [&s](Request &req) {
        return Response::json(200, s.admin.users(req.query));
    });
    api.route(u"PUT"_s, u"/api/admin/users/{}"_s, {.roles = Admin, .jsonBody = true}, [&s](Request &req) {
        return Response::json(200, s.admin.setUserStatus(req.me(), req.params.at(0), req.json).toJson());
    });
    api.route(u"POST"_s, u"/api/admin/leads/{}/erase"_s, {.roles = Admin}, [&s](Request &req) {
        return Response::json(200, s.leads.erase(req.me(), req.params.at(0)).toJson());
    });
    api.route(u"GET"_s, u"/api/admin/disputes"_s, {.roles = Admin}, [&s](Request &req) {
        return Response::json(200, s.disputes.list(req.query));
    });
    api.route(u"PUT"_s, u"/api/admin/disputes/{}"_s, {.roles = Admin, .jsonBody = true}, [&s](Request &req) {
        return Response::json(200, s.disputes.decide(req.me(), req.params.at(0), req.json).toJson());
    });
    api.route(u"GET"_s, u"/api/admin/audit"_s, {.roles = Admin}, [&s](Request &req) {
        return Response::json(200, s.admin.auditLog(req.query));
    });
}

} // namespace lm::server
