#include "serverapp.h"

#include "logging.h"
#include "migrations.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <iostream>

using namespace Qt::StringLiterals;

namespace lm::server {

ServerApp::ServerApp(const Config &config, QObject *parent)
    : QObject(parent), m_config(config), m_clock(config.clockOffsetSeconds() * 1000)
{
}

ServerApp::~ServerApp()
{
    if (m_http)
        m_http->stop(); // no request runs past this point
    if (m_sender)
        m_sender->stop();
}

bool ServerApp::start()
{
    auto log = logger("server");
    if (m_config.isSet(u"LEADMARKET_DATA_KEY_FILE"_s)) {
        QString error;
        m_cipher = DataCipher::fromKeyFile(m_config.value(u"LEADMARKET_DATA_KEY_FILE"_s), &error);
        if (!m_cipher) {
            log->error("LEADMARKET_DATA_KEY_FILE: {}", error.toStdString());
            return false;
        }
    }
    try {
        m_db = std::make_unique<Database>(m_config.db(), u"main"_s);
        migrate(*m_db);
    } catch (const DbError &e) {
        log->error("database: {}", e.what());
        return false;
    }

    HttpServer::Settings http;
    http.ioThreads = m_config.value(u"LEADMARKET_HTTP_THREADS"_s).toInt();
    http.workers = m_config.value(u"LEADMARKET_WORKERS"_s).toInt();
    http.idleTimeoutMs = m_config.value(u"LEADMARKET_HTTP_IDLE_TIMEOUT_MS"_s).toInt();
    http.requestTimeoutMs = m_config.value(u"LEADMARKET_HTTP_REQUEST_TIMEOUT_MS"_s).toInt();
    if (m_config.tls()) {
        QFile certFile(m_config.value(u"LEADMARKET_TLS_CERT"_s));
        QFile keyFile(m_config.value(u"LEADMARKET_TLS_KEY"_s));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            log->error("cannot read the TLS certificate or key");
            return false;
        }
        const QSslCertificate cert(&certFile, QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (cert.isNull() || key.isNull()) {
            log->error("the TLS certificate or key is not valid PEM");
            return false;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(cert);
        tls.setPrivateKey(key);
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        http.tls = tls;
    }
    m_api = std::make_unique<HttpApi>();
    m_http = std::make_unique<HttpServer>(*m_api, http);
    const QHostAddress address(m_config.listenAddress());
    if (address.isNull()) {
        log->error("LEADMARKET_LISTEN is not an IP address: {}", m_config.listenAddress().toStdString());
        return false;
    }
    // Bound now (the public URL needs the port); connections are accepted once the routes are in.
    m_port = m_http->listen(address, m_config.port());
    if (m_port == 0) {
        log->error("cannot listen on {}:{}", m_config.listenAddress().toStdString(), m_config.port());
        return false;
    }

    m_context =
        std::make_unique<Context>(Context{m_config, *m_db, m_clock, m_config.publicUrl(m_port), m_cipher.get()});
    m_services = std::make_unique<Services>(*m_context);

    // Push (GET /api/events): the hub reads committed events through its own connection.
    EventHub::Settings push;
    push.dbUrl = m_config.db();
    push.pingMs = m_config.value(u"LEADMARKET_PUSH_PING_MS"_s).toInt();
    push.retentionMs = m_config.value(u"LEADMARKET_PUSH_RETENTION_S"_s).toLongLong() * 1000;
    push.purgeMs = m_config.value(u"LEADMARKET_PUSH_PURGE_MS"_s).toInt();
    push.pollMs = m_config.value(u"LEADMARKET_PUSH_POLL_MS"_s).toInt();
    m_events = new EventHub(push, m_clock, [this](const QByteArray &token) { return m_services->auth.authenticate(token); },
                            this);
    try {
        m_events->start(*m_http);
    } catch (const DbError &e) {
        log->error("push: {}", e.what());
        return false;
    }
    m_services->events = m_events;
    m_services->http = m_http.get();
    // On SQLite only this process writes (one server per file for push): it wakes its hub itself.
    // On PostgreSQL every instance's hub wakes on NOTIFY, this one's included.
    if (m_db->engine() == Engine::SQLite)
        m_context->eventWritten = [db = m_db.get(), hub = m_events] { db->afterCommit([hub] { hub->wake(); }); };
    m_idempotency = std::make_unique<SqlIdempotencyStore>(*m_context);
    m_api->setIdempotencyStore(m_idempotency.get());
    m_api->setDatabase(m_db.get());
    m_api->setAuthenticator([this](const QByteArray &token) { return m_services->auth.authenticate(token); });
    registerAuthRoutes(*m_api, *m_services);
    registerCampaignRoutes(*m_api, *m_services);
    registerLeadRoutes(*m_api, *m_services);
    registerPaymentRoutes(*m_api, *m_services);
    registerAdminRoutes(*m_api, *m_services);
    registerNotificationRoutes(*m_api, *m_services);
    registerPayoutRoutes(*m_api, *m_services);
    registerOperationsRoutes(*m_api, *m_services);
    registerAccountRoutes(*m_api, *m_services);

    if (m_clock.offsetMs() != 0)
        log->warn("the clock is shifted by {} s (--clock-offset)", m_clock.offsetMs() / 1000);
    if (m_config.sandboxPayments())
        log->warn("sandbox payments are ON: anyone signed in as a merchant can credit a deposit for free. "
                  "Never enable LEADMARKET_SANDBOX_PAYMENTS in production.");
    // Receipts a stop between a credit and its receipt left missing (their emails wait for them).
    QTimer::singleShot(0, this, [this] { m_services->payments.generateMissingReceipts(); });
    const QStringList providers = m_services->payments.enabledProviders();
    log->info("payment providers on: {}", providers.isEmpty() ? "none" : providers.join(u", "_s).toStdString());
    log->info("database {} at schema version {}", m_db->engine() == Engine::SQLite ? "SQLite" : "PostgreSQL",
              latestSchemaVersion());

    if (!m_cipher)
        log->info("bank details and payouts are off: LEADMARKET_DATA_KEY_FILE is not set (those routes answer "
                  "503 not_configured)");
    for (const QString &channel : {u"email"_s, u"sms"_s, u"whatsapp"_s}) {
        if (!m_services->notifications.channelConfigured(channel))
            log->info("{}: no provider configured; messages are logged and kept in the outbox as skipped",
                      channel.toStdString());
    }
    // Every instance can run a job on an admin's request; only those with the scheduler on run
    // the timed slots.
    m_scheduler = new Scheduler(*m_context, *m_services, this);
    m_services->scheduler = m_scheduler;
    if (m_config.value(u"LEADMARKET_SCHEDULER"_s) != "0"_L1) {
        m_scheduler->start();
    } else {
        log->warn("the scheduler is off on this instance (LEADMARKET_SCHEDULER=0)");
    }
    m_sender = std::make_unique<OutboxSender>(m_config, m_clock, m_context->publicUrl);
    m_sender->start();

    m_http->resume();
    log->info("HTTP: {} I/O threads, {} workers", http.ioThreads, http.workers);
    const QString url = (m_config.tls() ? u"https://"_s : u"http://"_s) + m_config.listenAddress() + u':'
        + QString::number(m_port);
    std::cout << "listening on " << url.toStdString() << std::endl; // flushed at once: tests wait for it
    return true;
}

int runAddUser(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Creates a user. The password is read from standard input."_s);
    parser.addOption({u"db"_s, u"Database URL (default: LEADMARKET_DB or sqlite:leadmarket.db)."_s, u"url"_s});
    parser.addOption({u"email"_s, u"Email address."_s, u"email"_s});
    parser.addOption({u"role"_s, u"merchant, influencer or admin."_s, u"role"_s});
    parser.addOption({u"name"_s, u"Display name."_s, u"name"_s});
    parser.addOption({u"phone"_s, u"Phone number (optional)."_s, u"phone"_s});
    parser.addHelpOption();
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << "add-user: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    for (const QString &required : {u"email"_s, u"role"_s, u"name"_s}) {
        if (!parser.isSet(required)) {
            err << "add-user: --" << required << " is required\n";
            return 2;
        }
    }
    QString password;
    {
        QTextStream in(stdin);
        password = in.readLine();
    }

    const QStringList configArgs = {u"leadmarket-server"_s};
    QString error;
    auto env = QProcessEnvironment::systemEnvironment();
    if (parser.isSet(u"db"_s))
        env.insert(u"LEADMARKET_DB"_s, parser.value(u"db"_s));
    auto config = Config::load(configArgs, env, &error);
    if (!config) {
        err << "add-user: " << error << '\n';
        return 2;
    }
    try {
        Database db(config->db(), u"cli"_s);
        migrate(db);
        Clock clock(config->clockOffsetSeconds() * 1000);
        Context ctx{*config, db, clock, config->publicUrl(config->port())};
        AuthService auth(ctx);
        QJsonObject body{{u"email"_s, parser.value(u"email"_s)},
                         {u"password"_s, password},
                         {u"role"_s, parser.value(u"role"_s)},
                         {u"display_name"_s, parser.value(u"name"_s)}};
        if (parser.isSet(u"phone"_s))
            body.insert(u"phone"_s, parser.value(u"phone"_s));
        FieldErrors errors;
        const AuthService::NewUser input = readNewUser(body, errors);
        throwIfInvalid(errors);
        const dto::User user = auth.createUser(input, allRoles());
        QTextStream(stdout) << "created " << toString(user.role) << ' ' << user.email << " (id " << user.id << ")\n";
        return 0;
    } catch (const ApiError &e) {
        err << "add-user: " << e.message;
        for (auto it = e.fields.cbegin(); it != e.fields.cend(); ++it)
            err << ' ' << it.key() << ' ' << it.value() << ';';
        err << '\n';
        return 1;
    } catch (const std::exception &e) {
        err << "add-user: " << e.what() << '\n';
        return 1;
    }
}

} // namespace lm::server
