#include "mailsink.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace lmtest {

MailSink::~MailSink()
{
    stop();
}

bool MailSink::fail(const QString &error)
{
    m_error = error;
    stop();
    return false;
}

bool MailSink::start(quint16 port)
{
    stop();
    m_error.clear();
    if (!m_dir.isValid())
        return fail(u"no temporary folder for the SMTP sink"_s);
    if (port == 0) {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost))
            return fail(u"no free port on loopback for the SMTP sink"_s);
        port = probe.serverPort();
    }
    m_port = port;
    m_process = std::make_unique<QProcess>();
    m_process->start(QString::fromUtf8(LM_SYSTEM_PYTHON), {QString::fromUtf8(LM_SMTP_SINK_SCRIPT), u"--port"_s,
                                                           QString::number(port), u"--dir"_s, m_dir.path()});
    if (!m_process->waitForStarted(10'000))
        return fail(u"the SMTP sink did not start: "_s + m_process->errorString());
    QByteArray out;
    const QDeadlineTimer deadline(15'000);
    while (!out.contains("ready\n")) {
        if (m_process->state() == QProcess::NotRunning || deadline.hasExpired())
            return fail(u"the SMTP sink did not start: "_s + QString::fromUtf8(out)
                        + QString::fromUtf8(m_process->readAllStandardError()));
        m_process->waitForReadyRead(100);
        out += m_process->readAllStandardOutput();
    }
    return true;
}

void MailSink::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

QList<QJsonObject> MailSink::messages() const
{
    QList<QJsonObject> all;
    const QDir dir(m_dir.path());
    // Written atomically (NNNNN.json.tmp, then renamed): a listed file is whole.
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            all.append(QJsonDocument::fromJson(file.readAll()).object());
    }
    return all;
}

QList<QJsonObject> MailSink::messagesTo(const QString &address, const QString &subject) const
{
    QList<QJsonObject> matching;
    for (const QJsonObject &m : messages()) {
        if (!m.value("rcpt_tos"_L1).toArray().contains(QJsonValue(address)))
            continue;
        if (!subject.isEmpty() && m.value("subject"_L1).toString() != subject)
            continue;
        matching.append(m);
    }
    return matching;
}

QString MailSink::linkToken(const QJsonObject &message, const QString &page)
{
    static const QRegularExpression link(u"/account/(reset|verify)\\?token=([^\\s&\"'<>]+)"_s);
    const QRegularExpressionMatch match = link.match(message.value("body"_L1).toString());
    return match.hasMatch() && match.captured(1) == page ? QUrl::fromPercentEncoding(match.captured(2).toUtf8())
                                                         : QString();
}

QList<QJsonObject> MailSink::linkMessages(const QString &address, const QString &page) const
{
    QList<QJsonObject> matching;
    for (const QJsonObject &mail : messagesTo(address)) {
        if (!linkToken(mail, page).isEmpty())
            matching.append(mail);
    }
    return matching;
}

QStringList MailSink::linkTokens(const QString &address, const QString &page) const
{
    QStringList tokens;
    for (const QJsonObject &mail : linkMessages(address, page))
        tokens << linkToken(mail, page);
    return tokens;
}

QString MailSink::waitForLinkToken(const QString &address, const QString &page, int seen, int timeoutMs) const
{
    QString token;
    const bool arrived = QTest::qWaitFor([&] {
        const QStringList tokens = linkTokens(address, page);
        if (tokens.size() <= seen)
            return false;
        token = tokens.constLast();
        return true;
    }, timeoutMs);
    return arrived ? token : QString();
}

} // namespace lmtest
