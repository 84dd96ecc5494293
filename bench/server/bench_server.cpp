// Server benchmarks (DESIGN.md "Targets", issue 15), printed in one table beside their targets.
// Everything is measured from outside, over HTTP, against the real leadmarket-server process on
// SQLite (WAL, synchronous=FULL); the baselines run in the same run on the same machine:
//  1. lead creation, `--clients` concurrent clients each POSTing /api/leads/create with an
//     Idempotency-Key (as the desktop client does): leads/s, p50 and p99 latency, vs the same
//     statements (SqlIdempotencyStore + LeadService::create, what the route runs) committed one
//     transaction per lead straight into a fresh SQLite file with the same durability. Target
//     ≥ 1.0×, p99 < 20 ms. A create+validate pairs line is kept for information.
//  2. an authenticated read (GET /api/leads/deposits/me) vs nginx serving a static file of the
//     same bytes, with the same load generator (wrk when installed). Target ≥ 0.5×.
//  3. /healthz and another user's authenticated read, each sampled every `--probe-ms` from its own
//     connection, with nothing else running and while (a) 8 clients log in (normal argon2), (b) a
//     recharge waits on a Stripe API that accepts the connection and never answers, (c) another
//     process holds SQLite's write lock while a lead creation waits for it. Target: worst < 50 ms.
//
//   bench_server [--leads N] [--pairs N] [--clients N] [--seconds S] [--stall-seconds S] [--probe-ms MS]

#include "benchkit.h"

#include "authservice.h"
#include "campaignservice.h"
#include "config.h"
#include "database.h"
#include "idempotencystore.h"
#include "leadservice.h"
#include "migrations.h"
#include "paymentservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sodium.h>
#include <spdlog/spdlog.h>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace lm::server;
using namespace bench;

namespace {

constexpr int PairIndexBase = 1'000'000; // pair leads use other clients than the lead measure (no duplicates)

struct Options
{
    int leads = 2000;
    int pairs = 500;
    int clients = 50;
    double seconds = 5;
    double stallSeconds = 3;
    int probeMs = 15;
};

QJsonObject leadBody(const QString &campaignId, int i)
{
    return {{u"campaign_id"_s, campaignId},
            {u"client_name"_s, QString(u"Client "_s + QString::number(i))},
            {u"client_email"_s, QString(u"client"_s + QString::number(i) + u"@bench.ma"_s)},
            {u"client_phone"_s, QString(u"+2126"_s + QString::number(10000000 + i))},
            {u"estimated_value_cents"_s, 50000},
            {u"source"_s, u"instagram"_s}};
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

struct Rates
{
    double leadsPerSecond = 0;
    double p50 = 0;
    double p99 = 0;
    double pairsPerSecond = 0;
    int failures = 0;
};

/// The baseline: what the lead route runs (the idempotency store's transaction around
/// LeadService::create), called directly, one transaction per lead, on a fresh SQLite file opened
/// as the server opens it (WAL, synchronous=FULL).
Rates direct(const QString &dir, const Options &o)
{
    QString error;
    QProcessEnvironment env;
    env.insert(u"LEADMARKET_DB"_s, u"sqlite:"_s + dir + u"/direct.db"_s);
    env.insert(u"LEADMARKET_SANDBOX_PAYMENTS"_s, u"1"_s);
    env.insert(u"LEADMARKET_ARGON2_OPSLIMIT"_s, u"1"_s); // users are made once, before the clock runs
    env.insert(u"LEADMARKET_ARGON2_MEMLIMIT_KIB"_s, u"8"_s);
    const auto config = Config::load({u"bench"_s}, env, &error);
    Database db(config->db(), u"direct"_s);
    migrate(db);
    Clock clock;
    Context ctx{*config, db, clock, u"http://127.0.0.1"_s};
    AuthService auth(ctx);
    const auto merchantUser =
        auth.createUser({u"m@bench.ma"_s, u"bench-password"_s, lm::Role::Merchant, u"M"_s, {}}, {lm::Role::Merchant});
    const auto influencerUser = auth.createUser(
        {u"i@bench.ma"_s, u"bench-password"_s, lm::Role::Influencer, u"I"_s, {}}, {lm::Role::Influencer});
    const AuthUser merchant{merchantUser.id, lm::Role::Merchant, merchantUser.email, u"M"_s, {}};
    const AuthUser influencer{influencerUser.id, lm::Role::Influencer, influencerUser.email, u"I"_s, {}};
    PaymentService payments(ctx);
    const QJsonObject payment =
        payments.recharge(payments.prepareRecharge(merchant, {{u"amount_cents"_s, 99'999'999}, {u"provider"_s, u"sandbox"_s}}));
    payments.confirm(payment.value(u"payment_id"_s).toString(), u"bench"_s);
    const QString campaign = CampaignService(ctx).create(merchant, {{u"name"_s, u"Bench"_s}}).id;
    LeadService leads(ctx);
    SqlIdempotencyStore store(ctx);
    auto create = [&](int i) {
        const QByteArray body = compact(leadBody(campaign, i));
        return store.run(
            influencer.id, QString::fromLatin1(newIdempotencyKey()), u"POST"_s, u"/api/leads/create"_s, body, [&] {
                return Response::json(201, leads.create(influencer, QJsonDocument::fromJson(body).object()).toJson());
            });
    };

    Rates rates;
    QList<double> latencies;
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < o.leads; ++i) {
        QElapsedTimer one;
        one.start();
        if (create(i).status != 201)
            ++rates.failures;
        latencies.append(double(one.nsecsElapsed()) / 1e6);
    }
    rates.leadsPerSecond = o.leads / (double(total.nsecsElapsed()) / 1e9);
    rates.p50 = percentile(latencies, 0.50);
    rates.p99 = percentile(latencies, 0.99);

    if (o.pairs > 0) {
        total.restart();
        for (int i = 0; i < o.pairs; ++i) {
            const Response created = create(PairIndexBase + i);
            const QString id = QJsonDocument::fromJson(created.body).object().value(u"id"_s).toString();
            const QByteArray body("{\"quality_score\":8}");
            const Response validated =
                store.run(merchant.id, QString::fromLatin1(newIdempotencyKey()), u"PUT"_s,
                          u"/api/leads/"_s + id + u"/validate"_s, body, [&] {
                              return Response::json(
                                  200, leads.validate(merchant, id, QJsonDocument::fromJson(body).object()).toJson());
                          });
            if (created.status != 201 || validated.status != 200)
                ++rates.failures;
        }
        rates.pairsPerSecond = o.pairs / (double(total.nsecsElapsed()) / 1e9);
    }
    return rates;
}

/// The real server program, on a fresh SQLite file, with normal password hashing and a Stripe API
/// at `stripePort` that never answers.
class Server final
{
public:
    Server(const QString &dir, quint16 stripePort)
        : m_dir(dir)
        , m_port(freePort())
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"LEADMARKET_ARGON2_OPSLIMIT"_s); // login must cost what it costs in production
        env.remove(u"LEADMARKET_ARGON2_MEMLIMIT_KIB"_s);
        env.insert(u"LEADMARKET_LOG_LEVEL"_s, u"warn"_s); // one log line per request would measure the log
        env.insert(u"LEADMARKET_SCHEDULER"_s, u"0"_s);
        env.insert(u"LEADMARKET_REGISTRATIONS_PER_HOUR"_s, u"0"_s);
        env.insert(u"LEADMARKET_MAX_LEADS_PER_HOUR"_s, u"1000000"_s); // the load is many leads per influencer
        env.insert(u"LEADMARKET_STRIPE_API_BASE"_s, u"http://127.0.0.1:"_s + QString::number(stripePort));
        env.insert(u"LEADMARKET_STRIPE_SECRET_KEY"_s, u"sk_test_bench"_s);
        env.insert(u"LEADMARKET_STRIPE_WEBHOOK_SECRET"_s, u"whsec_bench"_s); // Stripe is on only with both
        env.insert(u"LEADMARKET_STRIPE_TIMEOUT_MS"_s, u"5000"_s);
        m_process.setProcessEnvironment(env);
        m_process.setStandardOutputFile(logPath());
        m_process.setStandardErrorFile(logPath(), QIODevice::Append);
        m_process.start(QStringLiteral(LEADMARKET_SERVER_BIN), {u"--port"_s, QString::number(m_port), u"--db"_s,
                                                                u"sqlite:"_s + dbPath(), u"--sandbox-payments"_s});
    }
    ~Server()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
    Q_DISABLE_COPY_MOVE(Server)

    bool waitReady(QNetworkAccessManager &nam)
    {
        return spinUntil(
            [&] {
                return m_process.state() == QProcess::Running && call(nam, "GET", url(u"/healthz"_s), {}).status == 200;
            },
            20000);
    }
    QUrl url(const QString &path) const { return QUrl(u"http://127.0.0.1:"_s + QString::number(m_port) + path); }
    QString dbPath() const { return m_dir + u"/http.db"_s; }
    QString logPath() const { return m_dir + u"/server.log"_s; }

private:
    QString m_dir;
    quint16 m_port;
    QProcess m_process;
};

/// nginx serving `bytes` as a static file; rate 0 when nginx is not installed.
WrkResult nginxReads(const QString &dir, const QByteArray &bytes, const Options &o)
{
    const QString nginx = QStandardPaths::findExecutable(u"nginx"_s, {u"/usr/sbin"_s, u"/usr/bin"_s});
    if (nginx.isEmpty())
        return {};
    const quint16 port = freePort();
    QFile page(dir + u"/deposit.json"_s);
    if (!page.open(QIODevice::WriteOnly))
        return {};
    page.write(bytes);
    page.close();
    QFile conf(dir + u"/nginx.conf"_s);
    if (!conf.open(QIODevice::WriteOnly))
        return {};
    conf.write(QString(u"daemon off; worker_processes 2; pid %1/nginx.pid; error_log %1/nginx.err;\n"
                       u"events { worker_connections 1024; }\n"
                       u"http { access_log off; client_body_temp_path %1; proxy_temp_path %1; "
                       u"fastcgi_temp_path %1; uwsgi_temp_path %1; scgi_temp_path %1;\n"
                       u"  server { listen 127.0.0.1:%2; location / { root %1; } } }\n"_s)
                   .arg(dir)
                   .arg(port)
                   .toUtf8());
    conf.close();
    QProcess process;
    process.start(nginx, {u"-c"_s, conf.fileName(), u"-p"_s, dir});
    const QUrl url(u"http://127.0.0.1:"_s + QString::number(port) + u"/deposit.json"_s);
    QNetworkAccessManager nam;
    spinUntil([&] { return call(nam, "GET", url, {}).status == 200; }, 10000);
    WrkResult result;
    if (haveWrk()) {
        result = wrk(url, {}, o.clients, o.seconds);
    } else {
        Load load;
        const double elapsed =
            load.run(o.clients, 1, 0, o.seconds, [&](QNetworkAccessManager &m, int, int, const QByteArray &) {
                return m.get(QNetworkRequest(url));
            });
        result = {load.failures == 0 ? load.completed / elapsed : -1, percentile(load.latenciesMs, 0.5),
                  percentile(load.latenciesMs, 0.99)};
    }
    process.terminate();
    process.waitForFinished(5000);
    return result;
}

struct Stall
{
    QString name;
    QList<double> healthz;
    QList<double> reads;
    int probeFailures = 0;
    QString what;   ///< what the stalling work did, in a few words
    bool ok = true; ///< the stalling work itself behaved as expected
};

/// Samples /healthz and `read` (another user's authenticated read) from their own connections while
/// `work` runs (it spins the event loop and says what it did).
Stall sample(const QString &name, const Server &server, const QByteArray &readerToken, const Options &o,
             const std::function<QString(bool &ok)> &work)
{
    Probe healthz(QNetworkRequest(server.url(u"/healthz"_s)), o.probeMs);
    Probe read(jsonRequest(server.url(u"/api/leads/deposits/me"_s), readerToken), o.probeMs);
    healthz.start();
    read.start();
    spin(200);
    Stall stall;
    stall.name = name;
    stall.what = work(stall.ok);
    spin(200);
    healthz.stop();
    read.stop();
    stall.healthz = healthz.latenciesMs;
    stall.reads = read.latenciesMs;
    stall.probeFailures = healthz.failures + read.failures;
    return stall;
}

/// Sends one request and spins the event loop until it is answered; its status and seconds.
std::pair<int, double> await(QNetworkReply *reply)
{
    QElapsedTimer clock;
    clock.start();
    bool done = false;
    QObject::connect(reply, &QNetworkReply::finished, reply, [&done] { done = true; });
    spinUntil([&done] { return done; }, 60000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return {status, double(clock.nsecsElapsed()) / 1e9};
}

QString seconds(double s)
{
    return QString::number(s, 'f', 1) + u" s"_s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (sodium_init() < 0)
        return 1;
    spdlog::set_level(spdlog::level::warn);
    QCommandLineParser parser;
    parser.addOption({u"leads"_s, u"Leads created by each side of the lead creation measure."_s, u"n"_s, u"2000"_s});
    parser.addOption({u"pairs"_s, u"Create+validate pairs (information only; 0 skips)."_s, u"n"_s, u"500"_s});
    parser.addOption({u"clients"_s, u"Concurrent HTTP clients."_s, u"n"_s, u"50"_s});
    parser.addOption({u"seconds"_s, u"Duration of each read measurement."_s, u"s"_s, u"5"_s});
    parser.addOption({u"stall-seconds"_s, u"How long the logins and the SQLite lock last."_s, u"s"_s, u"3"_s});
    parser.addOption({u"probe-ms"_s, u"Pause between two /healthz samples."_s, u"ms"_s, u"15"_s});
    parser.addHelpOption();
    parser.process(app);
    Options o;
    o.leads = qMax(1, parser.value(u"leads"_s).toInt());
    o.pairs = qMax(0, parser.value(u"pairs"_s).toInt());
    o.clients = qMax(1, parser.value(u"clients"_s).toInt());
    o.seconds = qMax(1.0, parser.value(u"seconds"_s).toDouble());
    o.stallSeconds = qMax(0.5, parser.value(u"stall-seconds"_s).toDouble());
    o.probeMs = qBound(1, parser.value(u"probe-ms"_s).toInt(), 1000);
    QTemporaryDir dir;
    QTextStream err(stderr);
    auto progress = [&err](const QString &step) {
        err << "bench: " << step << '\n';
        err.flush();
    };

    // 1. Lead creation: the baseline first, alone on the machine.
    progress(u"lead creation, direct baseline"_s);
    const Rates baseline = direct(dir.path(), o);

    SilentServer stripe;
    Server server(dir.path(), stripe.port());
    QNetworkAccessManager nam;
    if (!server.waitReady(nam)) {
        std::fprintf(stderr, "bench: the server did not start (log: %s)\n", qPrintable(server.logPath()));
        dir.setAutoRemove(false);
        return 1;
    }
    auto url = [&server](const QString &path) {
        return server.url(path);
    };
    auto tokenOf = [&](const QString &email, const QString &role) {
        call(nam, "POST", url(u"/api/auth/register"_s),
             {{u"email"_s, email}, {u"password"_s, u"bench-password"_s}, {u"role"_s, role}, {u"display_name"_s, role}});
        return call(nam, "POST", url(u"/api/auth/login"_s), {{u"email"_s, email}, {u"password"_s, u"bench-password"_s}})
            .json.value(u"token"_s)
            .toString()
            .toUtf8();
    };
    const QByteArray merchant = tokenOf(u"merchant@bench.ma"_s, u"merchant"_s);
    const QByteArray influencer = tokenOf(u"influencer@bench.ma"_s, u"influencer"_s);
    const QByteArray reader = tokenOf(u"reader@bench.ma"_s, u"merchant"_s); // the "other user" of the stall cases
    tokenOf(u"login@bench.ma"_s, u"influencer"_s);
    const QString paymentId = call(nam, "POST", url(u"/api/leads/deposits/recharge"_s),
                                   {{u"amount_cents"_s, 99'999'999}, {u"provider"_s, u"sandbox"_s}}, merchant)
                                  .json.value(u"payment_id"_s)
                                  .toString();
    call(nam, "POST", url(u"/sandbox/checkout/"_s + paymentId + u"/pay"_s), {});
    const QString campaign =
        call(nam, "POST", url(u"/api/campaigns"_s), {{u"name"_s, u"Bench"_s}}, merchant).json.value(u"id"_s).toString();
    if (merchant.isEmpty() || influencer.isEmpty() || reader.isEmpty() || campaign.isEmpty()) {
        std::fprintf(stderr, "bench: could not set up users and a campaign over HTTP (log: %s)\n",
                     qPrintable(server.logPath()));
        dir.setAutoRemove(false);
        return 1;
    }

    progress(u"lead creation over HTTP"_s);
    Load creates;
    const double createSeconds =
        creates.run(o.clients, 1, o.leads, 0, [&](QNetworkAccessManager &m, int, int n, const QByteArray &) {
            return m.post(jsonRequest(url(u"/api/leads/create"_s), influencer, newIdempotencyKey()),
                          compact(leadBody(campaign, n)));
        });
    Rates http;
    http.leadsPerSecond = o.leads / createSeconds;
    http.p50 = percentile(creates.latenciesMs, 0.50);
    http.p99 = percentile(creates.latenciesMs, 0.99);
    http.failures = creates.failures;

    Load pairs;
    if (o.pairs > 0) {
        progress(u"create+validate pairs over HTTP"_s);
        const double pairSeconds =
            pairs.run(o.clients, 2, o.pairs, 0, [&](QNetworkAccessManager &m, int, int n, const QByteArray &previous) {
                if (n % 2 == 0)
                    return m.post(jsonRequest(url(u"/api/leads/create"_s), influencer, newIdempotencyKey()),
                                  compact(leadBody(campaign, PairIndexBase + n / 2)));
                const QString id = QJsonDocument::fromJson(previous).object().value(u"id"_s).toString();
                return m.put(jsonRequest(url(u"/api/leads/"_s + id + u"/validate"_s), merchant, newIdempotencyKey()),
                             QByteArray("{\"quality_score\":8}"));
            });
        http.pairsPerSecond = o.pairs / pairSeconds;
        http.failures += pairs.failures;
    }

    // 2. The authenticated read vs nginx, same load generator.
    progress(u"reads vs nginx"_s);
    WrkResult reads;
    int readFailures = 0;
    if (haveWrk()) {
        reads = wrk(url(u"/api/leads/deposits/me"_s), merchant, o.clients, o.seconds);
        readFailures = reads.rate < 0 ? 1 : 0;
    } else {
        Load load;
        const double elapsed =
            load.run(o.clients, 1, 0, o.seconds, [&](QNetworkAccessManager &m, int, int, const QByteArray &) {
                return m.get(jsonRequest(url(u"/api/leads/deposits/me"_s), merchant));
            });
        reads = {load.completed / elapsed, percentile(load.latenciesMs, 0.5), percentile(load.latenciesMs, 0.99)};
        readFailures = load.failures;
    }
    // The same bytes the server answers, so both sides move the same payload.
    const WrkResult nginx =
        nginxReads(dir.path(), call(nam, "GET", url(u"/api/leads/deposits/me"_s), {}, merchant).body, o);

    // 3. Stalls.
    QList<Stall> stalls;
    const int stallMs = int(o.stallSeconds * 1000);
    progress(u"stall cases"_s);
    stalls << sample(u"nothing else running"_s, server, reader, o, [&](bool &) -> QString {
        spin(stallMs);
        return u"idle for "_s + seconds(o.stallSeconds);
    });
    stalls << sample(u"8 clients logging in"_s, server, reader, o, [&](bool &ok) -> QString {
        Load logins;
        const QByteArray body(R"({"email":"login@bench.ma","password":"bench-password"})");
        const double elapsed =
            logins.run(8, 1, 0, o.stallSeconds, [&](QNetworkAccessManager &m, int, int, const QByteArray &) {
                return m.post(jsonRequest(url(u"/api/auth/login"_s), {}), body);
            });
        ok = logins.failures == 0;
        return QString::number(logins.completed) + u" logins (normal argon2) in "_s + seconds(elapsed) + u", each "_s +
               ms(percentile(logins.latenciesMs, 0.5)) + u" median"_s +
               (ok ? QString() : u", "_s + QString::number(logins.failures) + u" failed"_s);
    });
    stalls << sample(u"a recharge waiting on a silent Stripe API"_s, server, reader, o, [&](bool &ok) -> QString {
        const auto [status, took] =
            await(nam.post(jsonRequest(url(u"/api/leads/deposits/recharge"_s), merchant, newIdempotencyKey()),
                           compact({{u"amount_cents"_s, 50'000}, {u"provider"_s, u"stripe"_s}})));
        ok = status == 502 && stripe.accepted() > 0;
        return u"the recharge answered "_s + QString::number(status) + u" after "_s + seconds(took) +
               u" (Stripe timeout 5 s); the Stripe API accepted "_s + QString::number(stripe.accepted()) +
               u" connection(s) and never answered"_s;
    });
    stalls << sample(u"another process holding SQLite's write lock"_s, server, reader, o, [&](bool &ok) -> QString {
        WriteLockHolder lock;
        const QString how = lock.take(server.dbPath());
        if (how.isEmpty()) {
            ok = false;
            lock.release();
            return u"could not take the write lock (no python3 or sqlite3?)"_s;
        }
        QElapsedTimer held;
        held.start();
        // A write that must wait for the lock while the probes run.
        QElapsedTimer sent;
        sent.start();
        QNetworkReply *write = nam.post(jsonRequest(url(u"/api/leads/create"_s), influencer, newIdempotencyKey()),
                                        compact(leadBody(campaign, 2 * PairIndexBase)));
        spin(stallMs);
        const double heldSeconds = double(held.nsecsElapsed()) / 1e9;
        lock.release();
        const int status = await(write).first;
        ok = status == 201;
        return how + u" held "_s + seconds(heldSeconds) + u"; a lead creation sent meanwhile answered "_s +
               QString::number(status) + u" after "_s + seconds(double(sent.nsecsElapsed()) / 1e9);
    });

    // The table.
    QTextStream out(stdout);
    out << "LeadMarket server benchmarks: " << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << ", "
        << QThread::idealThreadCount() << " cores; SQLite WAL synchronous=FULL; " << o.clients << " clients\n\n";
    Table throughput({u"measure"_s, u"server"_s, u"baseline"_s, u"ratio"_s, u"target"_s, u"result"_s});
    const double leadRatio = http.leadsPerSecond / baseline.leadsPerSecond;
    throughput.add({u"lead creation: HTTP vs one transaction per lead"_s, rate(http.leadsPerSecond, u"leads/s"_s),
                    rate(baseline.leadsPerSecond, u"leads/s"_s), ratio(leadRatio), u"≥ 1.00×"_s,
                    verdict(leadRatio >= 1.0)});
    throughput.add({u"  latency p50"_s, ms(http.p50), ms(baseline.p50)});
    throughput.add({u"  latency p99"_s, ms(http.p99), ms(baseline.p99), {}, u"< 20 ms"_s, verdict(http.p99 < 20)});
    if (o.pairs > 0)
        throughput.add({u"  create+validate pairs (information)"_s, rate(http.pairsPerSecond, u"pairs/s"_s),
                        rate(baseline.pairsPerSecond, u"pairs/s"_s),
                        ratio(http.pairsPerSecond / baseline.pairsPerSecond)});
    if (nginx.rate > 0 && reads.rate > 0) {
        const double readRatio = reads.rate / nginx.rate;
        throughput.add({u"GET /api/leads/deposits/me vs nginx static file"_s, rate(reads.rate, u"req/s"_s),
                        rate(nginx.rate, u"req/s"_s), ratio(readRatio), u"≥ 0.50×"_s, verdict(readRatio >= 0.5)});
        throughput.add({u"  latency p50"_s, ms(reads.p50Ms), ms(nginx.p50Ms)});
        throughput.add({u"  latency p99"_s, ms(reads.p99Ms), ms(nginx.p99Ms)});
    } else {
        throughput.add({u"GET /api/leads/deposits/me (no nginx or errors: no ratio)"_s, rate(reads.rate, u"req/s"_s),
                        rate(nginx.rate, u"req/s"_s), u"-"_s, u"≥ 0.50×"_s, u"-"_s});
    }
    out << throughput.text();
    out << "  lead creation: " << o.leads << " leads each side; HTTP: POST /api/leads/create with an Idempotency-Key,\n"
        << "  " << o.clients << " clients; baseline: the route's statements (idempotency store + LeadService::create)\n"
        << "  called directly, one transaction per lead, on a fresh file. Reads: "
        << (haveWrk() ? u"wrk -t2 -c"_s + QString::number(o.clients) : u"the Qt load generator (no wrk)"_s) << ", "
        << o.seconds << " s each.\n\n";

    Table latency({u"while"_s, u"/healthz worst"_s, u"p99"_s, u"other user's read worst"_s, u"p99"_s, u"samples"_s,
                   u"target"_s, u"result"_s});
    bool stallsOk = true;
    for (const Stall &s : std::as_const(stalls)) {
        const double w = qMax(worst(s.healthz), worst(s.reads));
        latency.add({s.name, ms(worst(s.healthz)), ms(percentile(s.healthz, 0.99)), ms(worst(s.reads)),
                     ms(percentile(s.reads, 0.99)), QString::number(s.healthz.size() + s.reads.size()), u"< 50 ms"_s,
                     verdict(w < 50)});
        stallsOk = stallsOk && s.ok && s.probeFailures == 0;
    }
    out << latency.text();
    out << "  /healthz and GET /api/leads/deposits/me of another merchant, each on its own connection, a request\n"
        << "  " << o.probeMs << " ms after the previous answer, from 0.2 s before to 0.2 s after the work:\n";
    for (const Stall &s : std::as_const(stalls))
        out << "  - " << s.name << ": " << s.what
            << (s.probeFailures ? u" (" + QString::number(s.probeFailures) + u" probe request(s) failed)" : QString())
            << '\n';
    if (http.failures || baseline.failures || readFailures) {
        QStringList statuses;
        for (int status : std::as_const(creates.failedStatuses) + pairs.failedStatuses)
            statuses << QString::number(status);
        out << "  FAILED requests: lead creation " << creates.failures << ", pairs " << pairs.failures << " (statuses "
            << statuses.join(u", "_s) << "), baseline " << baseline.failures << ", reads " << readFailures
            << " (server log: " << server.logPath() << ")\n";
        dir.setAutoRemove(false);
    }
    out.flush();
    return http.failures == 0 && baseline.failures == 0 && readFailures == 0 && stallsOk ? 0 : 1;
}
