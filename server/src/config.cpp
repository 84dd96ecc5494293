#include "config.h"

#include "disposabledomains.h"
#include "validation.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>
#include <QTimeZone>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace lm::server {

const QList<ConfigKey> &configKeys()
{
    static const QList<ConfigKey> keys = {
        {"LEADMARKET_DB", "db", "sqlite:leadmarket.db", false, "Database: sqlite:<path> or postgresql://user:pass@host:port/db"},
        {"LEADMARKET_LISTEN", "listen", "127.0.0.1", false, "Address to listen on"},
        {"LEADMARKET_PORT", "port", "8080", false, "Port to listen on (0 picks a free one)"},
        {"LEADMARKET_PUBLIC_URL", "public-url", "", false, "Base URL browsers reach (default http://<listen>:<port>)"},
        {"LEADMARKET_TLS_CERT", "tls-cert", "", false, "PEM certificate: serve HTTPS"},
        {"LEADMARKET_TLS_KEY", "tls-key", "", true, "PEM private key for HTTPS"},
        {"LEADMARKET_HTTP_THREADS", "", "2", false, "Threads that accept connections, read and write them, and answer cheap reads"},
        {"LEADMARKET_WORKERS", "", "16", false, "Threads that run writes and slow requests, each with its own database connection"},
        {"LEADMARKET_HTTP_IDLE_TIMEOUT_MS", "", "30000", false, "A kept-alive connection with no request is closed after this long"},
        {"LEADMARKET_HTTP_REQUEST_TIMEOUT_MS", "", "10000", false, "A request not received whole this long after its first byte is answered 408 and closed"},
        {"LEADMARKET_STRIPE_SECRET_KEY", "", "", true, "Stripe secret key (Stripe off when unset)"},
        {"LEADMARKET_STRIPE_WEBHOOK_SECRET", "", "", true, "Stripe webhook signing secret"},
        {"LEADMARKET_STRIPE_API_BASE", "", "https://api.stripe.com", false, "Stripe REST base URL"},
        {"LEADMARKET_STRIPE_TIMEOUT_MS", "", "10000", false, "How long a Stripe API call may take before the recharge answers 502"},
        {"LEADMARKET_CMI_CLIENT_ID", "", "", false, "CMI merchant client id (CMI off when unset)"},
        {"LEADMARKET_CMI_STORE_KEY", "", "", true, "CMI store key"},
        {"LEADMARKET_CMI_GATEWAY_URL", "", "", false, "CMI hosted payment page URL"},
        {"LEADMARKET_SANDBOX_PAYMENTS", "", "0", false, "1 enables the built-in sandbox checkout (free credit: demos and tests only)"},
        {"LEADMARKET_SMTP_URL", "", "", false, "SMTP server: smtp://host:port or smtps://host:port"},
        {"LEADMARKET_SMTP_USER", "", "", false, "SMTP user"},
        {"LEADMARKET_SMTP_PASSWORD", "", "", true, "SMTP password"},
        {"LEADMARKET_MAIL_FROM", "", "", false, "Sender address of emails"},
        {"LEADMARKET_SMS_API_BASE", "", "", false, "Twilio-style Messages API base URL"},
        {"LEADMARKET_SMS_ACCOUNT_SID", "", "", false, "Messages API account SID"},
        {"LEADMARKET_SMS_AUTH_TOKEN", "", "", true, "Messages API auth token"},
        {"LEADMARKET_SMS_FROM", "", "", false, "SMS sender number"},
        {"LEADMARKET_WHATSAPP_FROM", "", "", false, "WhatsApp sender number"},
        {"LEADMARKET_WHATSAPP_TEMPLATE_SID", "", "", false, "Approved WhatsApp template for alerts"},
        {"LEADMARKET_TIMEZONE", "timezone", "Africa/Casablanca", false, "The scheduler's time zone"},
        {"LEADMARKET_CLOCK_OFFSET_S", "clock-offset", "0", false, "Shift the server's clock by this many seconds"},
        {"LEADMARKET_TOKEN_TTL_S", "", "2592000", false, "Bearer token lifetime in seconds"},
        {"LEADMARKET_DATA_KEY_FILE", "", "", false, "File of 32 random bytes that encrypts bank details at rest (bank details and payouts off when unset)"},
        {"LEADMARKET_MIN_PAYOUT_CENTS", "", "20000", false, "Smallest payout an influencer may request, in centimes"},
        {"LEADMARKET_PII_RETENTION_DAYS", "", "730", false, "Days a decided or expired lead keeps its client's contact details (the pii-retention job erases them after)"},
        {"LEADMARKET_MAX_LEADS_PER_HOUR", "", "30", false, "Leads one influencer may create per rolling hour (the next ones: 429 rate_limited)"},
        {"LEADMARKET_DISPOSABLE_DOMAINS_FILE", "", "", false, "Disposable-address email domains refused as a lead's client_email, one a line (default: share/leadmarket-server/disposable-domains.txt beside the program; re-read when it changes)"},
        {"LEADMARKET_REGISTRATIONS_PER_HOUR", "", "10", false, "Registrations allowed per client address per hour (0: no limit)"},
        {"LEADMARKET_REQUIRE_VERIFIED_EMAIL", "", "0", false, "1: influencers must verify their email address before creating leads"},
        {"LEADMARKET_ARGON2_OPSLIMIT", "", "", false, "Argon2id passes (default: libsodium INTERACTIVE)"},
        {"LEADMARKET_ARGON2_MEMLIMIT_KIB", "", "", false, "Argon2id memory in KiB (default: libsodium INTERACTIVE)"},
        {"LEADMARKET_LOG_LEVEL", "log-level", "info", false, "debug, info, warn or error"},
        {"LEADMARKET_OUTBOX_POLL_MS", "", "1000", false, "How often the outbox sender looks for due messages"},
        {"LEADMARKET_OUTBOX_RETRY_BASE_MS", "", "15000", false, "First retry delay of a failed message (doubles each time, at most 1 h)"},
        {"LEADMARKET_SCHEDULER", "", "1", false, "0 turns the scheduler off on this instance (slots are safe with several on)"},
        {"LEADMARKET_SCHEDULER_POLL_MS", "", "10000", false, "How often the scheduler looks for a due job slot"},
        {"LEADMARKET_PUSH_PING_MS", "", "25000", false, "WebSocket ping interval of push sockets (GET /api/events)"},
        {"LEADMARKET_PUSH_RETENTION_S", "", "600", false, "How long push events stay for sockets that resume (?after=)"},
        {"LEADMARKET_PUSH_PURGE_MS", "", "60000", false, "How often push events older than the retention are deleted"},
        {"LEADMARKET_PUSH_POLL_MS", "", "1000", false, "How often push looks for events it was not woken for"},
    };
    return keys;
}

namespace {

QCommandLineParser *makeParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        u"LeadMarket REST server. Flags override environment variables, which override the --config file."_s);
    parser.addOption({u"config"_s, u"INI file whose keys are the environment variable names."_s, u"file"_s});
    for (const ConfigKey &key : configKeys()) {
        if (qstrlen(key.flag) == 0)
            continue;
        parser.addOption({QString::fromLatin1(key.flag),
                          QString::fromLatin1(key.help) + u" [env "_s + QString::fromLatin1(key.env) + u']',
                          u"value"_s});
    }
    parser.addOption({u"sandbox-payments"_s, u"Same as LEADMARKET_SANDBOX_PAYMENTS=1."_s});
    parser.addOption({u"print-config"_s, u"Print the effective configuration as JSON and exit."_s});
    parser.addHelpOption();
    parser.addVersionOption();
    return &parser;
}

} // namespace

QString Config::helpText()
{
    QCommandLineParser parser;
    makeParser(parser);
    QString text = parser.helpText();
    text += u"\nSubcommand:\n  add-user --db URL --email E --role merchant|influencer|admin --name N [--phone P]\n"
            u"      Creates a user; the password is read from standard input.\n\nEnvironment variables:\n"_s;
    for (const ConfigKey &key : configKeys()) {
        text += u"  "_s + QString::fromLatin1(key.env).leftJustified(34) + QString::fromLatin1(key.help);
        if (qstrlen(key.defaultValue) > 0)
            text += u" (default "_s + QString::fromLatin1(key.defaultValue) + u')';
        text += u'\n';
    }
    return text;
}

std::optional<Config> Config::load(const QStringList &arguments, const QProcessEnvironment &env, QString *error)
{
    QCommandLineParser parser;
    makeParser(parser);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = u"unexpected argument: "_s + parser.positionalArguments().constFirst();
        return std::nullopt;
    }

    Config config;
    config.m_printConfig = parser.isSet(u"print-config"_s);
    for (const ConfigKey &key : configKeys())
        config.m_values.insert(QString::fromLatin1(key.env), QString::fromLatin1(key.defaultValue));

    QString file = parser.value(u"config"_s);
    if (file.isEmpty())
        file = env.value(u"LEADMARKET_CONFIG"_s);
    if (!file.isEmpty()) {
        if (!QFileInfo(file).isReadable()) {
            *error = u"cannot read the config file "_s + file;
            return std::nullopt;
        }
        QSettings settings(file, QSettings::IniFormat);
        for (const ConfigKey &key : configKeys()) {
            const QString name = QString::fromLatin1(key.env);
            if (settings.contains(name))
                config.m_values.insert(name, settings.value(name).toString());
        }
    }
    for (const ConfigKey &key : configKeys()) {
        const QString name = QString::fromLatin1(key.env);
        if (env.contains(name))
            config.m_values.insert(name, env.value(name));
    }
    for (const ConfigKey &key : configKeys()) {
        if (qstrlen(key.flag) > 0 && parser.isSet(QString::fromLatin1(key.flag)))
            config.m_values.insert(QString::fromLatin1(key.env), parser.value(QString::fromLatin1(key.flag)));
    }
    if (parser.isSet(u"sandbox-payments"_s))
        config.m_values.insert(u"LEADMARKET_SANDBOX_PAYMENTS"_s, u"1"_s);

    bool ok = false;
    const uint port = config.value(u"LEADMARKET_PORT"_s).toUInt(&ok);
    if (!ok || port > 65535) {
        *error = u"LEADMARKET_PORT must be a number from 0 to 65535"_s;
        return std::nullopt;
    }
    config.value(u"LEADMARKET_CLOCK_OFFSET_S"_s).toLongLong(&ok);
    if (!ok) {
        *error = u"LEADMARKET_CLOCK_OFFSET_S must be a whole number of seconds"_s;
        return std::nullopt;
    }
    if (config.tokenTtlSeconds() <= 0) {
        *error = u"LEADMARKET_TOKEN_TTL_S must be a positive number of seconds"_s;
        return std::nullopt;
    }
    const qint64 pushRetention = config.value(u"LEADMARKET_PUSH_RETENTION_S"_s).toLongLong(&ok);
    if (!ok || pushRetention < 1 || pushRetention > 86400) {
        *error = u"LEADMARKET_PUSH_RETENTION_S must be a number of seconds from 1 to 86400"_s;
        return std::nullopt;
    }
    const qint64 retention = config.value(u"LEADMARKET_PII_RETENTION_DAYS"_s).toLongLong(&ok);
    if (!ok || retention < 1 || retention > 36500) {
        *error = u"LEADMARKET_PII_RETENTION_DAYS must be a number of days from 1 to 36500"_s;
        return std::nullopt;
    }
    const qint64 leadsPerHour = config.value(u"LEADMARKET_MAX_LEADS_PER_HOUR"_s).toLongLong(&ok);
    if (!ok || leadsPerHour < 1 || leadsPerHour > 1'000'000) {
        *error = u"LEADMARKET_MAX_LEADS_PER_HOUR must be a number of leads from 1 to 1000000"_s;
        return std::nullopt;
    }
    if (config.isSet(u"LEADMARKET_DISPOSABLE_DOMAINS_FILE"_s)
        && !QFileInfo(config.value(u"LEADMARKET_DISPOSABLE_DOMAINS_FILE"_s)).isReadable()) {
        *error = u"cannot read LEADMARKET_DISPOSABLE_DOMAINS_FILE "_s + config.value(u"LEADMARKET_DISPOSABLE_DOMAINS_FILE"_s);
        return std::nullopt;
    }
    const QString db = config.db();
    if (!db.startsWith(u"sqlite:"_s) && !db.startsWith(u"postgresql://"_s) && !db.startsWith(u"postgres://"_s)) {
        *error = u"LEADMARKET_DB must be sqlite:<path> or postgresql://…"_s;
        return std::nullopt;
    }
    static const QStringList levels = {u"debug"_s, u"info"_s, u"warn"_s, u"error"_s};
    if (!levels.contains(config.value(u"LEADMARKET_LOG_LEVEL"_s))) {
        *error = u"LEADMARKET_LOG_LEVEL must be debug, info, warn or error"_s;
        return std::nullopt;
    }
    if (config.isSet(u"LEADMARKET_TLS_CERT"_s) != config.isSet(u"LEADMARKET_TLS_KEY"_s)) {
        *error = u"LEADMARKET_TLS_CERT and LEADMARKET_TLS_KEY go together"_s;
        return std::nullopt;
    }
    for (const char *name : {"LEADMARKET_OUTBOX_POLL_MS", "LEADMARKET_OUTBOX_RETRY_BASE_MS", "LEADMARKET_SCHEDULER_POLL_MS",
                             "LEADMARKET_STRIPE_TIMEOUT_MS", "LEADMARKET_PUSH_PING_MS", "LEADMARKET_PUSH_PURGE_MS",
                             "LEADMARKET_PUSH_POLL_MS", "LEADMARKET_HTTP_IDLE_TIMEOUT_MS",
                             "LEADMARKET_HTTP_REQUEST_TIMEOUT_MS"}) {
        const qint64 v = config.value(QString::fromLatin1(name)).toLongLong(&ok);
        if (!ok || v < 10 || v > 86'400'000) {
            *error = QString::fromLatin1(name) + u" must be a number of milliseconds from 10 to 86400000"_s;
            return std::nullopt;
        }
    }
    for (const char *name : {"LEADMARKET_HTTP_THREADS", "LEADMARKET_WORKERS"}) {
        const int v = config.value(QString::fromLatin1(name)).toInt(&ok);
        if (!ok || v < 1 || v > 256) {
            *error = QString::fromLatin1(name) + u" must be a number of threads from 1 to 256"_s;
            return std::nullopt;
        }
    }
    if (!QTimeZone(config.value(u"LEADMARKET_TIMEZONE"_s).toUtf8()).isValid()) {
        *error = u"LEADMARKET_TIMEZONE is not a known time zone: "_s + config.value(u"LEADMARKET_TIMEZONE"_s);
        return std::nullopt;
    }
    const qint64 minPayout = config.value(u"LEADMARKET_MIN_PAYOUT_CENTS"_s).toLongLong(&ok);
    if (!ok || minPayout < 1 || minPayout > limits::AmountMaxCents) {
        *error = u"LEADMARKET_MIN_PAYOUT_CENTS must be a number of centimes from 1 to 99999999"_s;
        return std::nullopt;
    }
    for (const char *name : {"LEADMARKET_ARGON2_OPSLIMIT", "LEADMARKET_ARGON2_MEMLIMIT_KIB"}) {
        const QString v = config.value(QString::fromLatin1(name));
        if (!v.isEmpty() && (v.toULongLong(&ok), !ok || v.toULongLong() == 0)) {
            *error = QString::fromLatin1(name) + u" must be a positive whole number"_s;
            return std::nullopt;
        }
    }
    return config;
}

QString Config::publicUrl(quint16 actualPort) const
{
    QString url = value(u"LEADMARKET_PUBLIC_URL"_s);
    if (url.isEmpty())
        url = (tls() ? u"https://"_s : u"http://"_s) + listenAddress() + u':' + QString::number(actualPort);
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

QString Config::disposableDomainsFile() const
{
    const QString file = value(u"LEADMARKET_DISPOSABLE_DOMAINS_FILE"_s);
    return file.isEmpty() ? DisposableDomains::defaultPath() : file;
}

unsigned long long Config::argon2OpsLimit() const
{
    const QString v = value(u"LEADMARKET_ARGON2_OPSLIMIT"_s);
    return v.isEmpty() ? crypto_pwhash_OPSLIMIT_INTERACTIVE : qMax<unsigned long long>(v.toULongLong(), crypto_pwhash_OPSLIMIT_MIN);
}

std::size_t Config::argon2MemLimitBytes() const
{
    const QString v = value(u"LEADMARKET_ARGON2_MEMLIMIT_KIB"_s);
    return v.isEmpty() ? crypto_pwhash_MEMLIMIT_INTERACTIVE
                       : qMax<std::size_t>(v.toULongLong() * 1024, crypto_pwhash_MEMLIMIT_MIN);
}

QJsonObject Config::toJson() const
{
    QJsonObject json;
    for (const ConfigKey &key : configKeys()) {
        const QString name = QString::fromLatin1(key.env);
        const QString v = m_values.value(name);
        json.insert(name, key.secret && !v.isEmpty() ? u"***"_s : v);
    }
    return json;
}

} // namespace lm::server
