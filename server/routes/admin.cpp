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
    api.route(u"GET"_s, u"/api/admin/ledger-check"_s, {.roles = Admin}, [&s](Request &) {
        return Response::json(200, s.admin.ledgerCheck());
    });
    api.route(u"GET"_s, u"/api/admin/audit"_s, {.roles = Admin}, [&s](Request &req) {
        return Response::json(200, s.admin.auditLog(req.query));
    });
}

} // namespace lm::server
