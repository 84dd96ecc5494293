#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace lm::server::curl {

/// Calls libcurl's global initialisation once, before any thread uses it.
void globalInit();

struct HttpResult
{
    int status = 0;      ///< 0: no HTTP answer (network error or timeout, see error)
    QByteArray body;
    QString error;       ///< libcurl's message when the transfer failed
    bool timedOut = false;
};

using FormFields = QList<QPair<QString, QString>>;

/// application/x-www-form-urlencoded body, in the given field order.
QByteArray formEncode(const FormFields &fields);

/// A blocking HTTP POST of a form with optional Basic auth and extra headers, bounded by
/// `timeoutMs` (connection and transfer). Safe to call from any thread.
HttpResult postForm(const QString &url, const FormFields &fields, const QString &basicUser,
                    const QString &basicPassword, const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs);

struct Attachment
{
    QString fileName;
    QByteArray mimeType;
    QByteArray data;
};

struct Mail
{
    QString from;
    QString to;
    QString subject;
    QString textBody;
    QList<Attachment> attachments;
};

/// The RFC 5322 message (UTF-8, quoted-printable-free: base64 bodies, encoded-word subject).
QByteArray buildMessage(const Mail &mail, const QByteArray &messageIdDomain);

struct SmtpResult
{
    bool ok = false;
    int smtpCode = 0;  ///< the server's last reply code when known
    QString error;
    bool permanent = false; ///< 5xx from the server: retrying will not help
};

/// Sends over SMTP: `smtp://host:port` (STARTTLS when offered) or `smtps://host:port`.
SmtpResult sendMail(const QString &smtpUrl, const QString &user, const QString &password, const Mail &mail,
                    int timeoutMs);

} // namespace lm::server::curl
