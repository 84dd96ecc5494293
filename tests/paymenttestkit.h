#pragma once

// What the payment suites need around the real server: a local fake of Stripe's REST API that
// records what the server sends, Stripe-style webhook signing, CMI hashes computed with openssl, a
// real SMTP server (Debian's aiosmtpd) on loopback, and direct counts in the server's database.

#include "serverharness.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QVariantList>

#include <memory>

namespace lmtest {

// A tiny HTTP/1.1 server that answers POST /v1/checkout/sessions like Stripe does.
class FakeStripe final : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Answer, Refuse, Hang };

    struct Recorded
    {
        QByteArray method;
        QByteArray path;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QList<QPair<QString, QString>> form; ///< the body decoded as a form, in order

        QByteArray header(const QByteArray &name) const;
        QString field(const QString &name) const;
        int fieldCount(const QString &name) const;
    };

    explicit FakeStripe(QObject *parent = nullptr);
    bool listen();
    QString baseUrl() const;

    void setMode(Mode mode, int refuseStatus = 402)
    {
        m_mode = mode;
        m_refuseStatus = refuseStatus;
    }
    const QList<Recorded> &requests() const { return m_requests; }
    void clear() { m_requests.clear(); }

private:
    void onConnection();
    void answer(QTcpSocket *socket, const Recorded &request);

    QTcpServer m_server;
    Mode m_mode = Mode::Answer;
    int m_refuseStatus = 402;
    int m_sessions = 0;
    QList<Recorded> m_requests;
    QMap<QTcpSocket *, QByteArray> m_buffers;
};

// application/x-www-form-urlencoded, '+' as a space.
QList<QPair<QString, QString>> decodeForm(const QByteArray &body);
QByteArray encodeForm(const QList<QPair<QString, QString>> &fields);

// "t=<t>,v1=<hmac>" exactly as Stripe's libraries build it (HMAC-SHA256 of "{t}.{body}", lowercase hex).
QByteArray stripeSignature(const QByteArray &secret, qint64 t, const QByteArray &body);
// A Stripe event for one Checkout Session.
QByteArray stripeEvent(const QString &eventId, const QString &type, const QJsonObject &session);

// base64(SHA-512(text)) computed by `openssl dgst -sha512 -binary | base64` (empty on failure).
QString opensslSha512Base64(const QByteArray &text);
// CMI's ver3 plain text, built here independently of the server: names sorted case-insensitively
// (natural order), hash/encoding left out, values trimmed and escaped, joined by '|', escaped store
// key appended.
QByteArray cmiPlainText(const QList<QPair<QString, QString>> &fields, const QString &storeKey);

// Debian's aiosmtpd (/usr/bin/python3) on 127.0.0.1:<port>; every message it receives is written
// to a folder, parsed by Python's email package (subject, text, attachments).
class SmtpSink final
{
public:
    SmtpSink();
    ~SmtpSink();
    Q_DISABLE_COPY_MOVE(SmtpSink)

    bool start(quint16 port, QString *error);
    void stop();
    QList<QJsonObject> messages() const; ///< {mail_from, rcpt_tos, subject, text, attachments[{filename, content_type, path}]}

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
};

quint16 freePort();

// Reads the server's database directly (counts the suites check: ledger rows, receipts).
class DbProbe final
{
public:
    explicit DbProbe(const QString &dbUrl);
    ~DbProbe();
    Q_DISABLE_COPY_MOVE(DbProbe)

    qint64 count(const QString &sql, const QVariantList &values = {});
    QVariant value(const QString &sql, const QVariantList &values = {});
    QString error() const { return m_error; }

private:
    QString m_connection;
    QString m_error;
};

// pdftotext of a PDF, whitespace collapsed to single spaces (no-break spaces too).
QString pdfText(const QByteArray &pdf);

} // namespace lmtest
