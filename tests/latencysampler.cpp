#include "latencysampler.h"

#include <QElapsedTimer>
#include <QMutexLocker>

#include <algorithm>
#include <chrono>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace lmtest {

Probe getProbe(const QUrl &base, const QString &name, const QByteArray &path, const QString &token)
{
    QList<QByteArray> headers;
    if (!token.isEmpty())
        headers << "Authorization: Bearer " + token.toUtf8();
    const QByteArray request = rawRequest("GET", path, base, headers);
    return Probe{name, [request] { return request; }, 200};
}

QString ProbeStats::summary() const
{
    return u"%1: %2 samples, worst %3 ms, median %4 ms%5"_s.arg(name)
        .arg(samples)
        .arg(worstMs)
        .arg(medianMs)
        .arg(failures.isEmpty() ? QString() : u", %1 failed"_s.arg(failures.size()));
}

LatencySampler::LatencySampler(QUrl base, QList<Probe> probes, int intervalMs, int requestTimeoutMs)
    : m_base(std::move(base))
    , m_probes(std::move(probes))
    , m_intervalMs(intervalMs)
    , m_requestTimeoutMs(requestTimeoutMs)
{
    for (qsizetype i = 0; i < m_probes.size(); ++i) {
        m_latencies.append(QList<qint64>());
        m_failures.append(QStringList());
    }
}

LatencySampler::~LatencySampler()
{
    stop();
}

void LatencySampler::start()
{
    m_stop = false;
    m_thread = std::thread([this] { run(); });
}

void LatencySampler::stop()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

void LatencySampler::run()
{
    std::vector<std::unique_ptr<RawConnection>> connections(size_t(m_probes.size()));
    while (!m_stop) {
        QElapsedTimer round;
        round.start();
        for (qsizetype i = 0; i < m_probes.size() && !m_stop; ++i) {
            const Probe &probe = m_probes.at(i);
            const QByteArray request = probe.request();
            QElapsedTimer timer;
            timer.start();
            std::unique_ptr<RawConnection> &connection = connections[size_t(i)];
            QString problem;
            RawResponse answer;
            if (!connection || !connection->isOpen()) {
                connection = std::make_unique<RawConnection>();
                if (!connection->connectTo(m_base, m_requestTimeoutMs))
                    problem = connection->errorString();
            }
            if (problem.isEmpty()) {
                answer = connection->exchange(request, m_requestTimeoutMs);
                if (answer.status != probe.expectedStatus)
                    problem = u"expected %1: "_s.arg(probe.expectedStatus) + answer.describe();
                if (answer.status == 0 || answer.hasConnectionToken("close"))
                    connection.reset();
            }
            const qint64 elapsed = timer.elapsed();
            QMutexLocker lock(&m_mutex);
            m_latencies[i].append(elapsed);
            if (!problem.isEmpty() && m_failures[i].size() < 10)
                m_failures[i].append(problem.left(400));
        }
        ++m_rounds;
        const qint64 rest = m_intervalMs - round.elapsed();
        if (rest > 0 && !m_stop)
            std::this_thread::sleep_for(std::chrono::milliseconds(rest));
    }
}

QList<ProbeStats> LatencySampler::stats() const
{
    QMutexLocker lock(&m_mutex);
    QList<ProbeStats> all;
    for (qsizetype i = 0; i < m_probes.size(); ++i) {
        ProbeStats s;
        s.name = m_probes.at(i).name;
        QList<qint64> values = m_latencies.at(i);
        s.samples = int(values.size());
        s.failures = m_failures.at(i);
        if (!values.isEmpty()) {
            std::sort(values.begin(), values.end());
            s.worstMs = values.last();
            s.medianMs = values.at(values.size() / 2);
        }
        all.append(s);
    }
    return all;
}

} // namespace lmtest
