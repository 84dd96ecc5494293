#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace lm::client {

/// Why something the client tried did not give the expected answer (a call to the server, the
/// keychain, the cache), and the one place where that becomes a sentence a merchant understands
/// (userMessage(), translated: French by default).
class ApiError final
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,            ///< no error
        Network,         ///< no HTTP answer: refused, unreachable, reset
        Timeout,         ///< no answer in time
        InsecureUrl,     ///< plain HTTP to a non-loopback host, not allowed in settings
        Http,            ///< the server answered with a 4xx/5xx status
        InvalidResponse, ///< the answer is not what API.md describes
        Keychain,        ///< the OS keychain refused or is missing
        Local            ///< refused here, before the server (the message says why, for the user)
    };

    ApiError() = default;
    static ApiError network(QString detail);
    static ApiError timeout();
    static ApiError insecureUrl(QString url);
    static ApiError http(int status, QString code, QString serverMessage, QMap<QString, QString> fields = {});
    static ApiError invalidResponse(QString detail);
    static ApiError keychain(QString detail);
    /// A refusal of the client itself (cache, files, local checks): `message` is the user's sentence.
    static ApiError local(QString message);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    /// No HTTP answer at all: worth retrying later.
    bool isTransient() const { return m_kind == Kind::Network || m_kind == Kind::Timeout || (m_kind == Kind::Http && m_status >= 500); }
    /// The token is missing, expired or revoked (a wrong password is not this).
    bool isAuthenticationExpired() const;
    int status() const { return m_status; }
    QString code() const { return m_code; }
    QString serverMessage() const { return m_serverMessage; }
    QString detail() const { return m_detail; }
    QMap<QString, QString> fields() const { return m_fields; }

    /// A sentence for the user, in the UI language.
    QString userMessage() const;
    /// For logs: kind, status, code (never a field's value).
    QString logText() const;

    /// The label of an API field in a sentence ("client_email" → "client email").
    static QString fieldLabel(const QString &field);

private:
    Kind m_kind = Kind::None;
    int m_status = 0;
    QString m_code;
    QString m_serverMessage;
    QString m_detail;
    QMap<QString, QString> m_fields;
};

} // namespace lm::client
