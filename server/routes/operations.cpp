#include "httpapi.h"
#include "scheduler.h"
#include "services.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lm::server {

void registerOperationsRoutes(HttpApi &api, Services &s)
{
    api.route(u"GET"_s, u"/healthz"_s, {.authenticated = false}, [&s](Request &) {
        if (!s.ctx.db.ping())
            return Response::json(503, {{u"status"_s, u"database unavailable"_s}});
        return Response::json(200, {{u"status"_s, u"ok"_s}});
    });

    api.route(u"GET"_s, u"/metrics"_s, {.authenticated = false}, [&s, &api](Request &) {
        QString out = u"# HELP leadmarket_up 1 while the server answers.\n# TYPE leadmarket_up gauge\nleadmarket_up 1\n"_s;
        out += u"# HELP leadmarket_users Users by role.\n# TYPE leadmarket_users gauge\n"_s;
        QSqlQuery q = s.ctx.db.exec(u"SELECT role, COUNT(*) FROM users GROUP BY role ORDER BY role"_s);
        while (q.next())
            out += u"leadmarket_users{role=\""_s + q.value(0).toString() + u"\"} "_s + q.value(1).toString() + u'\n';
        out += u"# HELP leadmarket_leads Leads by status.\n# TYPE leadmarket_leads gauge\n"_s;
        q = s.ctx.db.exec(u"SELECT status, COUNT(*) FROM leads GROUP BY status ORDER BY status"_s);
        while (q.next())
            out += u"leadmarket_leads{status=\""_s + q.value(0).toString() + u"\"} "_s + q.value(1).toString() + u'\n';
        out += u"# HELP leadmarket_reserved_cents Commission reserved on all deposits.\n"
               u"# TYPE leadmarket_reserved_cents gauge\nleadmarket_reserved_cents "_s
            + s.ctx.db.scalar(u"SELECT COALESCE(SUM(reserved_amount), 0) FROM deposits"_s)->toString() + u'\n';
        out += u"# HELP leadmarket_outbox_messages Outgoing messages by channel and status.\n"
               u"# TYPE leadmarket_outbox_messages gauge\n"_s;
        q = s.ctx.db.exec(u"SELECT channel, status, COUNT(*) FROM outbox GROUP BY channel, status ORDER BY channel, status"_s);
        while (q.next())
            out += u"leadmarket_outbox_messages{channel=\""_s + q.value(0).toString() + u"\",status=\""_s
                + q.value(1).toString() + u"\"} "_s + q.value(2).toString() + u'\n';
        if (s.scheduler)
            out += s.scheduler->metricsText();
        out += api.metricsText();
        return Response::text(200, out.toUtf8(), "text/plain; version=0.0.4; charset=utf-8");
    });
}

} // namespace lm::server
