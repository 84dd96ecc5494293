#pragma once

// A real SMTP server on loopback for the suites that read what the LeadMarket server emails:
// tests/smtpsink.py (aiosmtpd, on Debian's /usr/bin/python3: the python3 on PATH may be a build
// without aiosmtpd). Every message it accepts becomes one JSON file: {mail_from, rcpt_tos, subject,
// from, to, content_type, body (the plain text, decoded), attachments [{filename, content_type}]}.

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace lmtest {

class MailSink final
{
public:
    MailSink() = default;
    ~MailSink();
    Q_DISABLE_COPY_MOVE(MailSink)

    /// Listens on 127.0.0.1:`port` (0: a free port) and waits until it accepts connections.
    bool start(quint16 port = 0);
    void stop();
    quint16 port() const { return m_port; }
    QString error() const { return m_error; }

    /// Every message received so far, oldest first.
    QList<QJsonObject> messages() const;
    /// The messages to `address` (an envelope recipient), with this subject when one is given.
    QList<QJsonObject> messagesTo(const QString &address, const QString &subject = {}) const;
    /// The token of the link to /account/<page>?token=… (page "reset" or "verify") in a message's
    /// body; empty when it has none.
    static QString linkToken(const QJsonObject &message, const QString &page);
    /// The messages to `address` with a link to `page`, oldest first.
    QList<QJsonObject> linkMessages(const QString &address, const QString &page) const;
    /// Their tokens, oldest first.
    QStringList linkTokens(const QString &address, const QString &page) const;
    /// The newest such token once more than `seen` of them have arrived; empty after `timeoutMs`.
    QString waitForLinkToken(const QString &address, const QString &page, int seen = 0, int timeoutMs = 20'000) const;

private:
    bool fail(const QString &error);

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace lmtest
