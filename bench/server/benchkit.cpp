#include "benchkit.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace bench {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(p * double(values.size() - 1) + 0.5);
    return values.at(qBound<qsizetype>(0, index, values.size() - 1));
}

double worst(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        spin(2);
    return done();
}

QNetworkRequest jsonRequest(const QUrl &url, const QByteArray &token, const QByteArray &idempotencyKey)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Accept", "application/json");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    if (!idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", idempotencyKey);
    return request;
}

Answer call(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url, const QJsonObject &body,
            const QByteArray &token)
{
    QNetworkReply *reply = method == "GET" ? nam.get(jsonRequest(url, token))
                                           : nam.sendCustomRequest(jsonRequest(url, token), method,
                                                                   QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.json = QJsonDocument::fromJson(answer.body).object();
    reply->deleteLater();
    return answer;
}

QByteArray newIdempotencyKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces); // what the desktop client sends
}

double Load::run(int clients, int stepsPerChain, int totalChains, double seconds, const Step &step)
{
    QEventLoop loop;
    int started = 0;
    int running = clients;
    QElapsedTimer clock;
    clock.start();
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    std::function<void(int, int, int, QByteArray)> next = [&](int client, int chain, int stepIndex,
                                                              const QByteArray &previous) {
        const bool timeUp = seconds > 0 && double(clock.elapsed()) / 1000.0 >= seconds;
        if (stepIndex == 0) {
            if (timeUp || (totalChains > 0 && started >= totalChains)) {
                if (--running == 0)
                    loop.quit();
                return;
            }
            chain = started++;
        }
        auto *manager = managers.at(size_t(client)).get();
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        QNetworkReply *reply = step(*manager, client, chain * stepsPerChain + stepIndex, previous);
        connect(reply, &QNetworkReply::finished, this, [=, this, &next] {
            latenciesMs.append(double(timer->nsecsElapsed()) / 1e6);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status < 200 || status >= 300) {
                ++failures;
                if (failedStatuses.size() < 5)
                    failedStatuses.append(status);
            }
            ++completed;
            const QByteArray body = reply->readAll();
            reply->deleteLater();
            const int following = (stepIndex + 1) % stepsPerChain;
            next(client, chain, following, following == 0 ? QByteArray() : body);
        });
    };
    for (int c = 0; c < clients; ++c)
        managers.push_back(std::make_unique<QNetworkAccessManager>());
    for (int c = 0; c < clients; ++c)
        next(c, 0, 0, {});
    if (running > 0)
        loop.exec();
    return double(clock.nsecsElapsed()) / 1e9;
}

Probe::Probe(const QNetworkRequest &request, int intervalMs)
    : m_request(request)
    , m_intervalMs(intervalMs)
{}

void Probe::start()
{
    m_running = true;
    if (!m_inFlight)
        send();
}

void Probe::stop()
{
    m_running = false;
    spinUntil([this] { return !m_inFlight; }, 60000);
}

void Probe::send()
{
    m_inFlight = true;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkReply *reply = m_nam.get(m_request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, timer] {
        latenciesMs.append(double(timer->nsecsElapsed()) / 1e6);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200)
            ++failures;
        reply->readAll();
        reply->deleteLater();
        m_inFlight = false;
        if (m_running)
            QTimer::singleShot(m_intervalMs, this, [this] {
                if (m_running && !m_inFlight)
                    send();
            });
    });
}

bool haveWrk()
{
    return !QStandardPaths::findExecutable(u"wrk"_s).isEmpty();
}

namespace {

double wrkMs(const QString &report, const QString &label)
{
    const QRegularExpression line(u"\\s"_s + QRegularExpression::escape(label) + u"\\s+([0-9.]+)(us|ms|s|m)\\b"_s);
    const auto match = line.match(report);
    if (!match.hasMatch())
        return 0;
    const double value = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    return unit == "us"_L1 ? value / 1000 : unit == "ms"_L1 ? value : unit == "s"_L1 ? value * 1000 : value * 60000;
}

} // namespace

WrkResult wrk(const QUrl &url, const QByteArray &token, int connections, double seconds)
{
    const QString program = QStandardPaths::findExecutable(u"wrk"_s);
    if (program.isEmpty())
        return {};
    QStringList args{u"-t2"_s, u"-c"_s + QString::number(connections),
                     u"-d"_s + QString::number(qMax(1, int(seconds))) + u's', u"--latency"_s};
    if (!token.isEmpty())
        args << u"-H"_s << QString::fromLatin1("Authorization: Bearer " + token);
    args << url.toString();
    QProcess process;
    process.start(program, args);
    process.waitForFinished(int(seconds * 1000) + 30000);
    const QString report = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression rate(u"Requests/sec:\\s*([0-9.]+)"_s);
    static const QRegularExpression errors(u"Non-2xx or 3xx responses|Socket errors"_s);
    if (errors.match(report).hasMatch()) {
        std::fprintf(stderr, "bench: wrk %s reported errors:\n%s\n", qPrintable(url.toString()), qPrintable(report));
        return {-1, 0, 0};
    }
    return {rate.match(report).captured(1).toDouble(), wrkMs(report, u"50%"_s), wrkMs(report, u"99%"_s)};
}

SilentServer::SilentServer()
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_accepted;
            // Read and dropped; never a byte back. The socket lives as long as the server.
            connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
        }
    });
}

QString WriteLockHolder::take(const QString &dbPath)
{
    QString how;
    QString python = u"/usr/bin/python3"_s;
    if (!QFileInfo(python).isExecutable())
        python = QStandardPaths::findExecutable(u"python3"_s);
    if (!python.isEmpty()) {
        // Holds the lock until a line arrives on stdin.
        m_process.start(python, {u"-c"_s,
                                 u"import sqlite3, sys\n"
                                 u"c = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)\n"
                                 u"c.execute('BEGIN IMMEDIATE')\n"
                                 u"print('locked', flush=True)\n"
                                 u"sys.stdin.readline()\n"
                                 u"c.execute('COMMIT')\n"_s,
                                 dbPath});
        how = u"python3 sqlite3: BEGIN IMMEDIATE"_s;
    } else {
        m_process.start(u"sqlite3"_s, {dbPath});
        m_process.write(".timeout 30000\nBEGIN IMMEDIATE;\n");
        how = u"sqlite3 shell: BEGIN IMMEDIATE"_s;
    }
    if (!m_process.waitForStarted(5000))
        return {};
    // Taken when a write of our own cannot start without waiting.
    bool locked = false;
    {
        auto check = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-lock-check"_s);
        check.setDatabaseName(dbPath);
        check.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=0"_s);
        if (check.open()) {
            locked = spinUntil(
                [&check] {
                    QSqlQuery q(check);
                    if (q.exec(u"BEGIN IMMEDIATE"_s)) {
                        q.exec(u"ROLLBACK"_s);
                        return false;
                    }
                    return true;
                },
                10000);
            check.close();
        }
    }
    QSqlDatabase::removeDatabase(u"bench-lock-check"_s);
    return locked ? how : QString();
}

void WriteLockHolder::release()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.write("\nCOMMIT;\n.quit\n"); // python reads one line; the shell commits and quits
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString Table::text() const
{
    QList<int> widths;
    for (const QStringList &row : m_rows) {
        if (row.size() == 1 && !widths.isEmpty())
            continue; // a note runs across
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = qMax(widths[i], int(row.at(i).size()));
        }
    }
    QString out;
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        const QStringList &row = m_rows.at(r);
        QString line;
        if (row.size() == 1 && r > 0) {
            line = row.first();
        } else {
            for (qsizetype i = 0; i < row.size(); ++i) {
                // The first column reads left to right; figures line up on the right.
                const QString cell =
                    i == 0 ? row.at(i).leftJustified(widths.at(i)) : row.at(i).rightJustified(widths.at(i));
                line += (i == 0 ? QString() : u"  "_s) + cell;
            }
        }
        out += line.trimmed().isEmpty() ? u"\n"_s : QString(line.remove(QRegularExpression(u"\\s+$"_s)) + u'\n');
        if (r == 0)
            out += QString(line.size(), u'-') + u'\n';
    }
    return out;
}

QString ms(double value)
{
    return value >= 100 ? QString::number(value, 'f', 0) + u" ms"_s : QString::number(value, 'f', 1) + u" ms"_s;
}

QString rate(double value, const QString &unit)
{
    return QString::number(value, 'f', 0) + u' ' + unit;
}

QString ratio(double value)
{
    return QString::number(value, 'f', 2) + u"×"_s;
}

QString verdict(bool met)
{
    return met ? u"met"_s : u"MISSED"_s;
}

} // namespace bench
