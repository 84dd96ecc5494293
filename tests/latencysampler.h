#pragma once

// "No stalls" (issue 15): a thread of its own that sends small requests to the server every few
// milliseconds while the test makes the server busy, and records how long each answer took. Each
// probe keeps its own keep-alive connection (a new one when the server closes it). The thread does
// not depend on the test's event loop, so what it measures is the server, not the test.

#include "rawhttp.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <functional>
#include <thread>

namespace lmtest {

struct Probe
{
    QString name;                          ///< for messages: "GET /healthz"
    std::function<QByteArray()> request;   ///< a complete raw request; called on the sampler thread
    int expectedStatus = 200;
};

/// A probe that GETs `path` on `base` (with `token` as bearer when given) and expects 200.
Probe getProbe(const QUrl &base, const QString &name, const QByteArray &path, const QString &token = {});

struct ProbeStats
{
    QString name;
    int samples = 0;
    qint64 worstMs = 0;
    qint64 medianMs = 0;
    QStringList failures; ///< answers with another status, or none (at most 10 kept)
    QString summary() const; ///< "GET /healthz: 142 samples, worst 12 ms, median 2 ms"
};

class LatencySampler final
{
public:
    LatencySampler(QUrl base, QList<Probe> probes, int intervalMs = 20, int requestTimeoutMs = 15000);
    ~LatencySampler();
    Q_DISABLE_COPY_MOVE(LatencySampler)

    void start();
    void stop(); ///< waits for the request in flight
    QList<ProbeStats> stats() const; ///< after stop()
    int rounds() const { return m_rounds.load(); }

private:
    void run();

    QUrl m_base;
    QList<Probe> m_probes;
    int m_intervalMs;
    int m_requestTimeoutMs;
    std::atomic_bool m_stop{false};
    std::atomic_int m_rounds{0};
    std::thread m_thread;
    mutable QMutex m_mutex;
    QList<QList<qint64>> m_latencies;
    QList<QStringList> m_failures;
};

} // namespace lmtest
