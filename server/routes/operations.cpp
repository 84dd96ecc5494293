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
        // One gauge family from one GROUP BY: the leading columns are the labels, the last the value.
        // Each family reads through its own query (a re-assigned forward-only QPSQL query keeps
        // only its first row).
        auto gauge = [&s, &out](const QString &name, const QString &help, const QStringList &labels,
                                const QString &sql) {
            out += u"# HELP "_s + name + u' ' + help + u"\n# TYPE "_s + name + u" gauge\n"_s;
            QSqlQuery query = s.ctx.db.exec(sql);
            while (query.next()) {
                QStringList pairs;
                for (qsizetype i = 0; i < labels.size(); ++i)
                    pairs << labels[i] + u"=\""_s + query.value(int(i)).toString() + u'"';
                out += name + (pairs.isEmpty() ? QString() : QString(u'{' + pairs.join(u',') + u'}')) + u' '
                    + query.value(int(labels.size())).toString() + u'\n';
            }
        };
        gauge(u"leadmarket_users"_s, u"Users by role."_s, {u"role"_s},
              u"SELECT role, COUNT(*) FROM users GROUP BY role ORDER BY role"_s);
        gauge(u"leadmarket_leads"_s, u"Leads by status."_s, {u"status"_s},
              u"SELECT status, COUNT(*) FROM leads GROUP BY status ORDER BY status"_s);
        gauge(u"leadmarket_reserved_cents"_s, u"Commission reserved on all deposits."_s, {},
              u"SELECT COALESCE(SUM(reserved_amount), 0) FROM deposits"_s);
        gauge(u"leadmarket_outbox_messages"_s, u"Outgoing messages by channel and status."_s,
              {u"channel"_s, u"status"_s},
              u"SELECT channel, status, COUNT(*) FROM outbox GROUP BY channel, status ORDER BY channel, status"_s);
        out += s.scheduler->metricsText();
        out += api.metricsText();
        return Response::text(200, out.toUtf8(), "text/plain; version=0.0.4; charset=utf-8");
    });
}

} // namespace lm::server
