#pragma once

// What bench_server measures with: an asynchronous HTTP load generator, a latency probe, wrk, a
// Stripe API that never answers, an external SQLite write lock, and the table it prints.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

namespace bench {

double percentile(QList<double> values, double p);
double worst(const QList<double> &values);
quint16 freePort();
/// Runs the event loop for `ms` milliseconds.
void spin(int ms);
/// Runs the event loop until `done` or `timeoutMs`; returns done().
bool spinUntil(const std::function<bool()> &done, int timeoutMs);

QNetworkRequest jsonRequest(const QUrl &url, const QByteArray &token, const QByteArray &idempotencyKey = {});
/// One request, waited for; the answer's status and JSON object.
struct Answer
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
};
Answer call(QNetworkAccessManager &nam, const QByteArray &method, const QUrl &url, const QJsonObject &body,
            const QByteArray &token = {});
QByteArray newIdempotencyKey();

/// `clients` parallel chains of requests on one event loop, each client on its own connection.
class Load final : public QObject
{
public:
    using Step =
        std::function<QNetworkReply *(QNetworkAccessManager &, int client, int n, const QByteArray &previousBody)>;

    QList<double> latenciesMs;
    int completed = 0;
    int failures = 0;
    QList<int> failedStatuses; ///< the first few, to say what went wrong

    /// Runs chains of `stepsPerChain` requests per client until `totalChains` chains are done or
    /// `seconds` have passed (0: no time limit). Returns the elapsed seconds.
    double run(int clients, int stepsPerChain, int totalChains, double seconds, const Step &step);
};

/// Sends one request, waits for its answer, pauses `intervalMs`, again, on its own connection,
/// until stopped: the latency a user sees at any moment.
class Probe final : public QObject
{
public:
    Probe(const QNetworkRequest &request, int intervalMs);
    void start();
    /// Stops sending and waits for the request in flight (it is the slowest one when stalled).
    void stop();

    QList<double> latenciesMs;
    int failures = 0;

private:
    void send();
    QNetworkAccessManager m_nam;
    QNetworkRequest m_request;
    int m_intervalMs;
    bool m_running = false;
    bool m_inFlight = false;
};

/// wrk's report of one run, or rate 0 without wrk, -1 on errors.
struct WrkResult
{
    double rate = 0;
    double p50Ms = 0;
    double p99Ms = 0;
};
bool haveWrk();
WrkResult wrk(const QUrl &url, const QByteArray &token, int connections, double seconds);

/// A "Stripe API" that accepts connections and never answers.
class SilentServer final : public QObject
{
public:
    SilentServer();
    quint16 port() const { return m_server.serverPort(); }
    int accepted() const { return m_accepted; }

private:
    QTcpServer m_server;
    int m_accepted = 0;
};

/// Another process holding SQLite's write lock on `dbPath` (python3's sqlite3 module, or the
/// sqlite3 shell) until release().
class WriteLockHolder final
{
public:
    /// Empty when it could not take the lock; otherwise how it took it.
    QString take(const QString &dbPath);
    void release();

private:
    QProcess m_process;
};

/// A table printed with aligned columns (widths in characters, not bytes).
class Table final
{
public:
    explicit Table(QStringList header)
        : m_rows{std::move(header)}
    {}
    void add(QStringList row) { m_rows.append(std::move(row)); }
    void note(const QString &text) { m_rows.append(QStringList{text}); }
    QString text() const;

private:
    QList<QStringList> m_rows;
};

QString ms(double value);
QString rate(double value, const QString &unit);
QString ratio(double value);
QString verdict(bool met);

} // namespace bench
