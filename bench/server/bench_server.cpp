// Server benchmarks (DESIGN.md "Targets"), each reported as a ratio against a baseline measured in
// the same run on the same machine:
//  1. lead create + validate over HTTP (50 concurrent clients) vs the same service code called
//     directly on a database with the same durability (SQLite WAL, synchronous=FULL);
//     target ≥ 80 %, and p99 latency < 20 ms;
//  2. an authenticated read (GET /api/leads/deposits/me) vs nginx serving a static file, with the
//     same load generator; target ≥ 50 %.
//
//   bench_server [--pairs N] [--clients N] [--seconds S]

#include "authservice.h"
#include "campaignservice.h"
#include "config.h"
#include "database.h"
#include "leadservice.h"
#include "migrations.h"
#include "paymentservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <sodium.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace lm::server;

namespace {

QTextStream out(stdout);

QJsonObject leadBody(const QString &campaignId, int i)
{
    return {{u"campaign_id"_s, campaignId},
            {u"client_name"_s, QString(u"Client "_s + QString::number(i))},
            {u"client_email"_s, QString(u"client"_s + QString::number(i) + u"@bench.ma"_s)},
            {u"client_phone"_s, QString(u"+2126"_s + QString::number(10000000 + i))},
            {u"estimated_value_cents"_s, 50000},
            {u"source"_s, u"instagram"_s}};
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(p * double(values.size() - 1) + 0.5);
    return values.at(qBound<qsizetype>(0, index, values.size() - 1));
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

/// Baseline: the services themselves on a database with the server's durability, no HTTP.
double directPairsPerSecond(const QString &dir, int pairs)
{
    QString error;
    QProcessEnvironment env;
    env.insert(u"LEADMARKET_DB"_s, u"sqlite:"_s + dir + u"/direct.db"_s);
    env.insert(u"LEADMARKET_SANDBOX_PAYMENTS"_s, u"1"_s);
    env.insert(u"LEADMARKET_ARGON2_OPSLIMIT"_s, u"1"_s);
    env.insert(u"LEADMARKET_ARGON2_MEMLIMIT_KIB"_s, u"8"_s);
    const auto config = Config::load({u"bench"_s}, env, &error);
    Database db(config->db(), u"direct"_s);
    migrate(db);
    Clock clock;
    Context ctx{*config, db, clock, u"http://127.0.0.1"_s};
    AuthService auth(ctx);
    const auto merchantUser = auth.createUser({u"m@bench.ma"_s, u"bench-password"_s, lm::Role::Merchant, u"M"_s, {}},
                                              {lm::Role::Merchant});
    const auto influencerUser = auth.createUser({u"i@bench.ma"_s, u"bench-password"_s, lm::Role::Influencer, u"I"_s, {}},
                                                {lm::Role::Influencer});
    const AuthUser merchant{merchantUser.id, lm::Role::Merchant, merchantUser.email, u"M"_s, {}};
    const AuthUser influencer{influencerUser.id, lm::Role::Influencer, influencerUser.email, u"I"_s, {}};
    PaymentService payments(ctx);
    const QJsonObject payment =
        payments.recharge(payments.prepareRecharge(merchant, {{u"amount_cents"_s, 99'999'999}, {u"provider"_s, u"sandbox"_s}}));
    payments.confirm(payment.value(u"payment_id"_s).toString(), u"bench"_s);
    const QString campaign = CampaignService(ctx).create(merchant, {{u"name"_s, u"Bench"_s}}).id;
    LeadService leads(ctx);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < pairs; ++i) {
        const lm::dto::Lead lead = leads.create(influencer, leadBody(campaign, i));
        leads.validate(merchant, lead.id, {{u"quality_score"_s, 8}});
    }
    return pairs / (double(timer.nsecsElapsed()) / 1e9);
}

/// A small asynchronous HTTP load generator: `clients` parallel request chains on one event loop.
class Load final : public QObject
{
public:
    using Step = std::function<QNetworkReply *(QNetworkAccessManager &, int client, int n,
                                               const QByteArray &previousBody)>;

    QList<double> latenciesMs;
    int completed = 0;
    int failures = 0;

    /// Runs chains of `stepsPerChain` requests per client until `totalChains` chains are done or
    /// `seconds` have passed (0: no time limit). Returns the elapsed seconds.
    double run(int clients, int stepsPerChain, int totalChains, double seconds, const Step &step)
    {
        QEventLoop loop;
        int started = 0;
        int running = clients;
        QElapsedTimer clock;
        clock.start();
        std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
        std::function<void(int, int, int, QByteArray)> next = [&](int client, int chain, int stepIndex,
                                                                  QByteArray previous) {
            const bool timeUp = seconds > 0 && double(clock.elapsed()) / 1000.0 >= seconds;
            if (stepIndex == 0) {
                if (timeUp || (totalChains > 0 && started >= totalChains)) {
                    if (--running == 0)
                        loop.quit();
                    return;
                }
                chain = started++;
            }
            auto *manager = managers.at(size_t(client)).get();
            QElapsedTimer *t = new QElapsedTimer;
            t->start();
            QNetworkReply *reply = step(*manager, client, chain * stepsPerChain + stepIndex, previous);
            connect(reply, &QNetworkReply::finished, this, [=, this, &next] {
                latenciesMs.append(double(t->nsecsElapsed()) / 1e6);
                delete t;
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status < 200 || status >= 300)
                    ++failures;
                ++completed;
                const QByteArray body = reply->readAll();
                reply->deleteLater();
                const int following = (stepIndex + 1) % stepsPerChain;
                next(client, chain, following, following == 0 ? QByteArray() : body);
            });
        };
        for (int c = 0; c < clients; ++c)
            managers.push_back(std::make_unique<QNetworkAccessManager>());
        for (int c = 0; c < clients; ++c)
            next(c, 0, 0, {});
        loop.exec();
        return double(clock.nsecsElapsed()) / 1e9;
    }
};

QNetworkRequest jsonRequest(const QUrl &url, const QByteArray &token)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    return request;
}

QJsonObject syncCall(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url, const QJsonObject &body,
                     const QByteArray &token = {})
{
    QNetworkReply *reply =
        nam.sendCustomRequest(jsonRequest(url, token), method, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return json;
}

/// Requests per second that wrk measures (2 threads, `connections`, `seconds`), or 0 without wrk.
double wrkRate(const QUrl &url, const QByteArray &token, int connections, double seconds)
{
    const QString wrk = QStandardPaths::findExecutable(u"wrk"_s);
    if (wrk.isEmpty())
        return 0;
    QStringList args{u"-t2"_s, u"-c"_s + QString::number(connections), u"-d"_s + QString::number(int(seconds)) + u's'};
    if (!token.isEmpty())
        args << u"-H"_s << QString::fromLatin1("Authorization: Bearer " + token);
    args << url.toString();
    QProcess process;
    process.start(wrk, args);
    process.waitForFinished(int(seconds * 1000) + 30000);
    const QString report = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression rate(u"Requests/sec:\\s*([0-9.]+)"_s);
    static const QRegularExpression errors(u"Non-2xx or 3xx responses|Socket errors"_s);
    if (errors.match(report).hasMatch())
        return -1;
    return rate.match(report).captured(1).toDouble();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (sodium_init() < 0)
        return 1;
    spdlog::set_level(spdlog::level::warn);
    QCommandLineParser parser;
    parser.addOption({u"pairs"_s, u"Lead create + validate pairs per measurement."_s, u"n"_s, u"2000"_s});
    parser.addOption({u"clients"_s, u"Concurrent HTTP clients."_s, u"n"_s, u"50"_s});
    parser.addOption({u"seconds"_s, u"Duration of the read measurements."_s, u"s"_s, u"5"_s});
    parser.addHelpOption();
    parser.process(app);
    const int pairs = parser.value(u"pairs"_s).toInt();
    const int clients = parser.value(u"clients"_s).toInt();
    const double seconds = parser.value(u"seconds"_s).toDouble();
    QTemporaryDir dir;

    // 1. Writes.
    const double direct = directPairsPerSecond(dir.path(), pairs);

    const quint16 port = freePort();
    QProcess server;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LEADMARKET_ARGON2_OPSLIMIT"_s, u"1"_s);
    env.insert(u"LEADMARKET_ARGON2_MEMLIMIT_KIB"_s, u"8"_s);
    env.insert(u"LEADMARKET_LOG_LEVEL"_s, u"warn"_s); // one log line per request would measure the terminal
    env.insert(u"LEADMARKET_SCHEDULER"_s, u"0"_s);
    server.setProcessEnvironment(env);
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(QStringLiteral(LEADMARKET_SERVER_BIN),
                 {u"--port"_s, QString::number(port), u"--db"_s, u"sqlite:"_s + dir.path() + u"/http.db"_s,
                  u"--sandbox-payments"_s});
    if (!server.waitForReadyRead(15000)) {
        std::fprintf(stderr, "bench: the server did not start\n");
        return 1;
    }
    const QUrl base(u"http://127.0.0.1:"_s + QString::number(port));
    QNetworkAccessManager nam;
    auto url = [&base](const QString &path) { return base.resolved(QUrl(path)); };
    for (const QString &role : {u"merchant"_s, u"influencer"_s})
        syncCall(nam, "POST", url(u"/api/auth/register"_s),
                 {{u"email"_s, QString(role + u"@bench.ma"_s)}, {u"password"_s, u"bench-password"_s}, {u"role"_s, role},
                  {u"display_name"_s, role}});
    const QByteArray merchant = syncCall(nam, "POST", url(u"/api/auth/login"_s),
                                         {{u"email"_s, u"merchant@bench.ma"_s}, {u"password"_s, u"bench-password"_s}})
                                    .value(u"token"_s).toString().toUtf8();
    const QByteArray influencer = syncCall(nam, "POST", url(u"/api/auth/login"_s),
                                           {{u"email"_s, u"influencer@bench.ma"_s}, {u"password"_s, u"bench-password"_s}})
                                      .value(u"token"_s).toString().toUtf8();
    const QString paymentId = syncCall(nam, "POST", url(u"/api/leads/deposits/recharge"_s),
                                       {{u"amount_cents"_s, 99'999'999}, {u"provider"_s, u"sandbox"_s}}, merchant)
                                  .value(u"payment_id"_s).toString();
    syncCall(nam, "POST", url(u"/sandbox/checkout/"_s + paymentId + u"/pay"_s), {});
    const QString campaign =
        syncCall(nam, "POST", url(u"/api/campaigns"_s), {{u"name"_s, u"Bench"_s}}, merchant).value(u"id"_s).toString();

    Load writes;
    const double writeSeconds = writes.run(clients, 2, pairs, 0, [&](QNetworkAccessManager &m, int, int n,
                                                                      const QByteArray &previous) {
        if (n % 2 == 0)
            return m.post(jsonRequest(url(u"/api/leads/create"_s), influencer),
                          QJsonDocument(leadBody(campaign, n / 2)).toJson(QJsonDocument::Compact));
        const QString id = QJsonDocument::fromJson(previous).object().value(u"id"_s).toString();
        return m.put(jsonRequest(url(u"/api/leads/"_s + id + u"/validate"_s), merchant), QByteArray("{\"quality_score\":8}"));
    });
    const double overHttp = pairs / writeSeconds;
    const double p50 = percentile(writes.latenciesMs, 0.50);
    const double p99 = percentile(writes.latenciesMs, 0.99);

    // 2. Reads. wrk when installed (the Qt load generator below saturates before either side).
    const bool withWrk = !QStandardPaths::findExecutable(u"wrk"_s).isEmpty();
    Load reads;
    const double readSeconds = reads.run(clients, 1, 0, seconds, [&](QNetworkAccessManager &m, int, int, const QByteArray &) {
        return m.get(jsonRequest(url(u"/api/leads/deposits/me"_s), merchant));
    });
    double readRate = reads.completed / readSeconds;
    if (withWrk)
        readRate = wrkRate(url(u"/api/leads/deposits/me"_s), merchant, clients, seconds);

    double nginxRate = 0;
    const QString nginx = QStandardPaths::findExecutable(u"nginx"_s, {u"/usr/sbin"_s, u"/usr/bin"_s});
    QProcess nginxProcess;
    if (!nginx.isEmpty()) {
        const quint16 nginxPort = freePort();
        QFile page(dir.path() + u"/deposit.json"_s);
        page.open(QIODevice::WriteOnly);
        // The same bytes the server answers, so both sides move the same payload.
        page.write(QJsonDocument(syncCall(nam, "GET", url(u"/api/leads/deposits/me"_s), {}, merchant))
                       .toJson(QJsonDocument::Compact));
        page.close();
        QFile conf(dir.path() + u"/nginx.conf"_s);
        conf.open(QIODevice::WriteOnly);
        conf.write(QString(u"daemon off; worker_processes 2; pid %1/nginx.pid; error_log %1/nginx.err;\n"
                           u"events { worker_connections 1024; }\n"
                           u"http { access_log off; client_body_temp_path %1; proxy_temp_path %1; "
                           u"fastcgi_temp_path %1; uwsgi_temp_path %1; scgi_temp_path %1;\n"
                           u"  server { listen 127.0.0.1:%2; location / { root %1; } } }\n"_s)
                       .arg(dir.path())
                       .arg(nginxPort)
                       .toUtf8());
        conf.close();
        nginxProcess.start(nginx, {u"-c"_s, conf.fileName(), u"-p"_s, dir.path()});
        QThread::msleep(500);
        const QUrl staticUrl(u"http://127.0.0.1:"_s + QString::number(nginxPort) + u"/deposit.json"_s);
        Load staticReads;
        const double staticSeconds = staticReads.run(clients, 1, 0, seconds, [&](QNetworkAccessManager &m, int, int,
                                                                               const QByteArray &) {
            return m.get(QNetworkRequest(staticUrl));
        });
        nginxRate = staticReads.failures == 0 ? staticReads.completed / staticSeconds : 0;
        if (withWrk)
            nginxRate = wrkRate(staticUrl, {}, clients, seconds);
        nginxProcess.terminate();
        nginxProcess.waitForFinished(5000);
    }
    server.terminate();
    server.waitForFinished(5000);

    out << "LeadMarket server benchmarks (" << pairs << " create+validate pairs, " << clients
        << " concurrent clients, SQLite WAL synchronous=FULL)\n\n";
    out << QString::asprintf("%-58s %12s %12s %10s\n", "measurement", "value", "baseline", "target");
    out << QString::asprintf("%-58s %9.0f /s %9.0f /s %9s\n", "create+validate pairs: HTTP vs services called directly",
                             overHttp, direct, ">= 80 %");
    out << QString::asprintf("%-58s %11.1f%%\n", "  ratio", 100.0 * overHttp / direct);
    out << QString::asprintf("%-58s %9.2f ms %12s %10s\n", "  request latency p50", p50, "", "");
    out << QString::asprintf("%-58s %9.2f ms %12s %10s\n", "  request latency p99", p99, "", "< 20 ms");
    out << QString::asprintf("%-58s %12d\n", "  failed requests", writes.failures);
    if (nginxRate > 0) {
        out << QString::asprintf("%-58s %9.0f /s %9.0f /s %9s\n", "GET /api/leads/deposits/me vs nginx static file",
                                 readRate, nginxRate, ">= 50 %");
        out << QString::asprintf("%-58s %11.1f%%\n", "  ratio", 100.0 * readRate / nginxRate);
    } else {
        out << QString::asprintf("%-58s %9.0f /s %12s\n", "GET /api/leads/deposits/me (nginx not installed: no ratio)",
                                 readRate, "-");
    }
    out << QString::asprintf("%-58s %12d\n", "  failed requests", reads.failures);
    out << (withWrk ? "  (reads measured with wrk -t2 -c" + QString::number(clients).toStdString() + ")\n"
                    : std::string("  (reads measured with the Qt load generator; install wrk for a truer ratio)\n"))
               .c_str();
    out.flush();
    return writes.failures == 0 && reads.failures == 0 ? 0 : 1;
}
