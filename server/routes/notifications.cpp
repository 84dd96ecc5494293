#include "apierror.h"
#include "audit.h"
#include "httpapi.h"
#include "scheduler.h"
#include "services.h"
#include "texts.h"
#include "timeutil.h"

using namespace Qt::StringLiterals;

namespace lm::server {

void registerNotificationRoutes(HttpApi &api, Services &s)
{
    api.route(u"GET"_s, u"/api/notifications"_s, {}, [&s](Request &req) {
        return Response::json(200, s.notifications.list(req.me(), req.query));
    });
    api.route(u"PUT"_s, u"/api/notifications/{}/read"_s, {}, [&s](Request &req) {
        s.notifications.markRead(req.me(), req.params.at(0));
        return Response::noContent();
    });

    api.route(u"GET"_s, u"/api/admin/outbox"_s, {.roles = Admin}, [&s](Request &req) {
        return Response::json(200, s.notifications.outbox(req.query));
    });
    api.route(u"POST"_s, u"/api/admin/jobs/{}/run"_s, {.roles = Admin}, [&s](Request &req) {
        const QString job = req.params.at(0);
        if (!Scheduler::jobNames().contains(job))
            throw ApiError::notFound();
        const qint64 ranAt = s.ctx.now();
        const QJsonObject result = *s.scheduler->runNow(job);
        audit(s.ctx, req.me().id, u"job.run"_s, u"job"_s, job, {});
        return Response::json(200, {{u"job"_s, job}, {u"ran_at"_s, formatApiTime(ranAt)}, {u"result"_s, result}});
    });
    api.route(u"GET"_s, u"/api/admin/jobs"_s, {.roles = Admin}, [&s](Request &) {
        return Response::json(200, s.scheduler->overview());
    });
    api.route(u"GET"_s, u"/api/admin/reports/daily"_s, {.roles = Admin, .onWorker = true}, [&s](Request &req) {
        return Response::json(200, s.alerts.dailyReports(req.query));
    });

    // Alert emails link here (with the merchant's ?lang=): the recharge itself happens in the desktop client.
    api.route(u"GET"_s, u"/recharge"_s, {.authenticated = false}, [](Request &req) {
        const texts::Language language = texts::languageFor(req.query.queryItemValue(u"lang"_s));
        return Response::text(200, texts::rechargeHelpPage(language).toUtf8(), "text/html; charset=utf-8");
    });
}

} // namespace lm::server
