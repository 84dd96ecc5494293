#include "eventhub.h"
#include "httpapi.h"
#include "httpserver.h"
#include "repositories/metricsrepository.h"
#include "scheduler.h"
#include "services.h"

using namespace Qt::StringLiterals;

namespace lm::server {

void registerOperationsRoutes(HttpApi &api, Services &s)
{
    api.route(u"GET"_s, u"/healthz"_s, {.authenticated = false}, [&s](Request &) {
        if (!s.ctx.db.ping())
            return Response::json(503, {{u"status"_s, u"database unavailable"_s}});
        return Response::json(200, {{u"status"_s, u"ok"_s}});
    });

    // Counts over whole tables: on a worker, not on an I/O thread.
    api.route(u"GET"_s, u"/metrics"_s, {.authenticated = false, .onWorker = true}, [&s, &api](Request &) {
        QString out = u"# HELP leadmarket_up 1 while the server answers.\n# TYPE leadmarket_up gauge\nleadmarket_up 1\n"_s;
        // One gauge family: the label names, then one sample per label values.
        auto gauge = [&out](const QString &name, const QString &help, const QStringList &labels,
                            const QList<MetricsRepository::Sample> &samples) {
            out += u"# HELP "_s + name + u' ' + help + u"\n# TYPE "_s + name + u" gauge\n"_s;
            for (const MetricsRepository::Sample &sample : samples) {
                QStringList pairs;
                for (qsizetype i = 0; i < labels.size(); ++i)
                    pairs << labels[i] + u"=\""_s + sample.labels.value(i) + u'"';
                out += name + (pairs.isEmpty() ? QString() : QString(u'{' + pairs.join(u',') + u'}')) + u' '
                    + QString::number(sample.value) + u'\n';
            }
        };
        MetricsRepository metrics(s.ctx.db);
        gauge(u"leadmarket_users"_s, u"Users by role."_s, {u"role"_s}, metrics.usersByRole());
        gauge(u"leadmarket_leads"_s, u"Leads by status."_s, {u"status"_s}, metrics.leadsByStatus());
        gauge(u"leadmarket_reserved_cents"_s, u"Commission reserved on all deposits."_s, {}, metrics.reservedCents());
        gauge(u"leadmarket_outbox_messages"_s, u"Outgoing messages by channel and status."_s,
              {u"channel"_s, u"status"_s}, metrics.outboxByChannelAndStatus());
        out += s.scheduler->metricsText();
        if (s.events)
            out += s.events->metricsText();
        out += api.metricsText();
        if (s.http)
            out += s.http->metricsText();
        if (s.ctx.db.engine() == Engine::SQLite) {
            const Database::GroupStats group = s.ctx.db.groupStats();
            out += u"# HELP leadmarket_db_group_commits_total Durable commits of the SQLite writer.\n"
                   u"# TYPE leadmarket_db_group_commits_total counter\nleadmarket_db_group_commits_total "_s
                + QString::number(group.commits)
                + u"\n# HELP leadmarket_db_group_transactions_total Request transactions those commits made durable.\n"
                  u"# TYPE leadmarket_db_group_transactions_total counter\nleadmarket_db_group_transactions_total "_s
                + QString::number(group.requests) + u'\n';
        }
        return Response::text(200, out.toUtf8(), "text/plain; version=0.0.4; charset=utf-8");
    });
}

} // namespace lm::server
