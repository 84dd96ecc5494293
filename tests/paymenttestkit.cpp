#include "paymenttestkit.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lmtest {

// ---------------------------------------------------------------------------------------------
// Forms, signatures, hashes

QList<QPair<QString, QString>> decodeForm(const QByteArray &body)
{
    QList<QPair<QString, QString>> fields;
    const QList<QByteArray> pairs = body.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        fields.append({QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                       QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return fields;
}

QByteArray encodeForm(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[name, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

QByteArray stripeSignature(const QByteArray &secret, qint64 t, const QByteArray &body)
{
    const QByteArray timestamp = QByteArray::number(t);
    const QByteArray mac =
        QMessageAuthenticationCode::hash(timestamp + '.' + body, secret, QCryptographicHash::Sha256).toHex();
    return "t=" + timestamp + ",v1=" + mac;
}

QByteArray stripeEvent(const QString &eventId, const QString &type, const QJsonObject &session)
{
    const QJsonObject event{{u"id"_s, eventId},
                            {u"object"_s, u"event"_s},
                            {u"api_version"_s, u"2024-06-20"_s},
                            {u"created"_s, QDateTime::currentSecsSinceEpoch()},
                            {u"livemode"_s, false},
                            {u"type"_s, type},
                            {u"data"_s, QJsonObject{{u"object"_s, session}}}};
    return QJsonDocument(event).toJson(QJsonDocument::Indented); // Stripe sends pretty-printed JSON
}

QString opensslSha512Base64(const QByteArray &text)
{
    QProcess process;
    process.start(u"/bin/sh"_s, {u"-c"_s, u"openssl dgst -sha512 -binary | base64 -w0"_s});
    if (!process.waitForStarted(5000))
        return {};
    process.write(text);
    process.closeWriteChannel();
    if (!process.waitForFinished(10000) || process.exitCode() != 0)
        return {};
    return QString::fromLatin1(process.readAllStandardOutput().trimmed());
}

namespace {

// PHP's strnatcasecmp for the names CMI posts (letters, digits, dots, underscores).
bool naturalLess(const QString &a, const QString &b)
{
    static const QRegularExpression chunks(u"(\\d+|\\D+)"_s);
    QRegularExpressionMatchIterator ia = chunks.globalMatch(a.toLower());
    QRegularExpressionMatchIterator ib = chunks.globalMatch(b.toLower());
    while (ia.hasNext() && ib.hasNext()) {
        const QString ca = ia.next().captured(1);
        const QString cb = ib.next().captured(1);
        if (ca.at(0).isDigit() && cb.at(0).isDigit()) {
            const qulonglong na = ca.toULongLong();
            const qulonglong nb = cb.toULongLong();
            if (na != nb)
                return na < nb;
            continue;
        }
        if (ca != cb)
            return ca < cb;
    }
    return !ia.hasNext() && ib.hasNext();
}

QString escapeCmi(QString value)
{
    value.replace(u"\\"_s, u"\\\\"_s);
    value.replace(u"|"_s, u"\\|"_s);
    return value;
}

} // namespace

QByteArray cmiPlainText(const QList<QPair<QString, QString>> &fields, const QString &storeKey)
{
    QList<QPair<QString, QString>> kept;
    for (const auto &field : fields) {
        if (field.first.compare("hash"_L1, Qt::CaseInsensitive) != 0
            && field.first.compare("encoding"_L1, Qt::CaseInsensitive) != 0)
            kept.append(field);
    }
    std::stable_sort(kept.begin(), kept.end(), [](const auto &x, const auto &y) { return naturalLess(x.first, y.first); });
    QStringList values;
    for (const auto &field : std::as_const(kept))
        values << escapeCmi(field.second.trimmed());
    values << escapeCmi(storeKey);
    return values.join(u'|').toUtf8();
}

// ---------------------------------------------------------------------------------------------
// FakeStripe

QByteArray FakeStripe::Recorded::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString FakeStripe::Recorded::field(const QString &name) const
{
    for (const auto &[key, value] : form) {
        if (key == name)
            return value;
    }
    return {};
}

int FakeStripe::Recorded::fieldCount(const QString &name) const
{
    return int(std::count_if(form.cbegin(), form.cend(), [&name](const auto &f) { return f.first == name; }));
}

FakeStripe::FakeStripe(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeStripe::onConnection);
}

bool FakeStripe::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString FakeStripe::baseUrl() const
{
    return u"http://127.0.0.1:"_s + QString::number(m_server.serverPort());
}

void FakeStripe::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            QByteArray &buffer = m_buffers[socket];
            buffer += socket->readAll();
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
            Recorded request;
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            request.method = requestLine.value(0);
            request.path = requestLine.value(1);
            qsizetype length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon <= 0)
                    continue;
                const QByteArray name = lines[i].left(colon).trimmed();
                const QByteArray value = lines[i].mid(colon + 1).trimmed();
                request.headers.append({name, value});
                if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                    length = value.toLongLong();
            }
            if (buffer.size() < headerEnd + 4 + length)
                return;
            request.body = buffer.mid(headerEnd + 4, length);
            request.form = decodeForm(request.body);
            buffer.clear();
            m_requests.append(request);
            answer(socket, request);
        });
    }
}

void FakeStripe::answer(QTcpSocket *socket, const Recorded &request)
{
    if (m_mode == Mode::Hang)
        return; // keep the connection open and silent: the server must give up on its own
    int status = 200;
    QJsonObject body;
    if (m_mode == Mode::Refuse) {
        status = m_refuseStatus;
        body = {{u"error"_s,
                 QJsonObject{{u"type"_s, u"invalid_request_error"_s},
                             {u"code"_s, u"parameter_invalid"_s},
                             {u"message"_s, u"Invalid currency for this account."_s}}}};
    } else if (request.path != "/v1/checkout/sessions") {
        status = 404;
        body = {{u"error"_s, QJsonObject{{u"type"_s, u"invalid_request_error"_s}}}};
    } else {
        const QString id = u"cs_test_fake_"_s + QString::number(++m_sessions);
        const QString url = u"https://checkout.stripe.test/c/pay/"_s + id;
        body = {{u"id"_s, id},
                {u"object"_s, u"checkout.session"_s},
                {u"url"_s, url},
                {u"amount_total"_s, QJsonValue(request.field(u"line_items[0][price_data][unit_amount]"_s).toLongLong())},
                {u"currency"_s, request.field(u"line_items[0][price_data][currency]"_s)},
                {u"client_reference_id"_s, request.field(u"client_reference_id"_s)},
                {u"payment_status"_s, u"unpaid"_s},
                {u"status"_s, u"open"_s}};
    }
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QByteArray reason = status == 200 ? "OK" : "Error";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: application/json\r\n"
                  + "Content-Length: " + QByteArray::number(payload.size()) + "\r\nConnection: close\r\n\r\n" + payload);
    socket->disconnectFromHost();
}

// ---------------------------------------------------------------------------------------------
// SmtpSink

namespace {

const char *sinkScript = R"PY(
import email, json, os, sys
from email import policy
from aiosmtpd.controller import Controller

class Handler:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(self.folder, '%04d' % self.count)
        message = email.message_from_bytes(envelope.content, policy=policy.default)
        info = {'mail_from': envelope.mail_from, 'rcpt_tos': envelope.rcpt_tos,
                'subject': str(message['subject']), 'text': '', 'attachments': []}
        for part in message.walk():
            if part.is_multipart():
                continue
            name = part.get_filename()
            if name:
                path = '%s-%d.bin' % (base, len(info['attachments']))
                with open(path, 'wb') as f:
                    f.write(part.get_payload(decode=True))
                info['attachments'].append({'filename': name, 'content_type': part.get_content_type(), 'path': path})
            elif part.get_content_type() == 'text/plain':
                info['text'] += part.get_content()
        with open(base + '.eml', 'wb') as f:
            f.write(envelope.content)
        with open(base + '.tmp', 'w') as f:
            json.dump(info, f)
        os.rename(base + '.tmp', base + '.json')
        return '250 OK'

controller = Controller(Handler(sys.argv[2]), hostname='127.0.0.1', port=int(sys.argv[1]))
controller.start()
print('ready', flush=True)
sys.stdin.read()
controller.stop()
)PY";

} // namespace

SmtpSink::SmtpSink() = default;

SmtpSink::~SmtpSink()
{
    stop();
}

bool SmtpSink::start(quint16 port, QString *error)
{
    stop();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(u"/usr/bin/python3"_s,
                     {u"-c"_s, QString::fromUtf8(sinkScript), QString::number(port), m_dir.path()});
    if (!m_process->waitForStarted(10000)) {
        *error = u"cannot start /usr/bin/python3: "_s + m_process->errorString();
        return false;
    }
    QByteArray out;
    const QDeadlineTimer deadline(20000);
    while (!out.contains("ready")) {
        if (m_process->state() == QProcess::NotRunning || deadline.hasExpired()) {
            *error = u"aiosmtpd did not start: "_s + QString::fromUtf8(out + m_process->readAll());
            return false;
        }
        m_process->waitForReadyRead(100);
        out += m_process->readAll();
    }
    return true;
}

void SmtpSink::stop()
{
    if (!m_process)
        return;
    m_process->closeWriteChannel();
    if (!m_process->waitForFinished(5000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_process.reset();
}

QList<QJsonObject> SmtpSink::messages() const
{
    QList<QJsonObject> list;
    const QStringList files = QDir(m_dir.path()).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(m_dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            list.append(QJsonDocument::fromJson(file.readAll()).object());
    }
    return list;
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// ---------------------------------------------------------------------------------------------
// DbProbe

DbProbe::DbProbe(const QString &dbUrl) : m_connection(u"lm_probe_"_s + uniqueSuffix())
{
    QSqlDatabase db;
    if (dbUrl.startsWith("sqlite:"_L1)) {
        db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
        db.setDatabaseName(dbUrl.mid(7));
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    } else {
        const QUrl url(dbUrl);
        db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connection);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
    }
    if (!db.open())
        m_error = db.lastError().text();
}

DbProbe::~DbProbe()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QVariant DbProbe::value(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return {};
    }
    return query.next() ? query.value(0) : QVariant();
}

qint64 DbProbe::count(const QString &sql, const QVariantList &values)
{
    const QVariant v = value(sql, values);
    return v.isValid() ? v.toLongLong() : -1;
}

// ---------------------------------------------------------------------------------------------

QString pdfText(const QByteArray &pdf)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, u"-"_s, u"-"_s});
    if (!process.waitForStarted(5000))
        return {};
    process.write(pdf);
    process.closeWriteChannel();
    if (!process.waitForFinished(20000) || process.exitCode() != 0)
        return {};
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    text.replace(QChar(0x00A0), u' ');
    text.replace(QChar(0x202F), u' ');
    return text.simplified();
}

} // namespace lmtest
