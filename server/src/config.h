#pragma once

#include <QJsonObject>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace lm::server {

/// One configuration setting: its environment name (also its key in the config file), the
/// command-line flag that overrides it, its default and whether it is a secret.
struct ConfigKey
{
    const char *env;
    const char *flag; ///< without "--"; empty → no flag
    const char *defaultValue;
    bool secret;
    const char *help;
};

/// The table of every setting (API.md's Configuration table plus the documented extensions).
const QList<ConfigKey> &configKeys();

/// The server's effective configuration. Precedence: flags > environment > file > defaults.
class Config final
{
public:
    /// Parses the command line (program name first) and reads `env` and the --config file.
    /// Returns nullopt and fills `error` when something is wrong.
    static std::optional<Config> load(const QStringList &arguments, const QProcessEnvironment &env,
                                      QString *error);
    /// The --help text, listing every flag and environment variable.
    static QString helpText();

    QString value(const QString &envName) const { return m_values.value(envName); }
    bool isSet(const QString &envName) const { return !m_values.value(envName).isEmpty(); }

    QString db() const { return value(QStringLiteral("LEADMARKET_DB")); }
    QString listenAddress() const { return value(QStringLiteral("LEADMARKET_LISTEN")); }
    quint16 port() const { return value(QStringLiteral("LEADMARKET_PORT")).toUShort(); }
    /// LEADMARKET_PUBLIC_URL, or http(s)://<listen>:<actual port> when unset.
    QString publicUrl(quint16 actualPort) const;
    qint64 clockOffsetSeconds() const { return value(QStringLiteral("LEADMARKET_CLOCK_OFFSET_S")).toLongLong(); }
    qint64 tokenTtlSeconds() const { return value(QStringLiteral("LEADMARKET_TOKEN_TTL_S")).toLongLong(); }
    /// LEADMARKET_MIN_PAYOUT_CENTS: the smallest payout an influencer may request.
    qint64 minPayoutCents() const { return value(QStringLiteral("LEADMARKET_MIN_PAYOUT_CENTS")).toLongLong(); }
    /// How long a decided or expired lead keeps its client's contact details (law 09-08).
    qint64 piiRetentionDays() const { return value(QStringLiteral("LEADMARKET_PII_RETENTION_DAYS")).toLongLong(); }
    /// LEADMARKET_MAX_LEADS_PER_HOUR: leads one influencer may create per rolling hour.
    int maxLeadsPerHour() const { return value(QStringLiteral("LEADMARKET_MAX_LEADS_PER_HOUR")).toInt(); }
    /// The disposable-address domains file: LEADMARKET_DISPOSABLE_DOMAINS_FILE, or the shipped copy.
    QString disposableDomainsFile() const;
    bool sandboxPayments() const { return value(QStringLiteral("LEADMARKET_SANDBOX_PAYMENTS")) == QLatin1String("1"); }
    bool tls() const { return isSet(QStringLiteral("LEADMARKET_TLS_CERT")) && isSet(QStringLiteral("LEADMARKET_TLS_KEY")); }
    unsigned long long argon2OpsLimit() const;
    std::size_t argon2MemLimitBytes() const;

    bool printConfig() const { return m_printConfig; }
    /// Effective settings as JSON, secrets masked ("***").
    QJsonObject toJson() const;

private:
    QMap<QString, QString> m_values;
    bool m_printConfig = false;
};

} // namespace lm::server
