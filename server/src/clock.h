#pragma once

#include <QDateTime>
#include <QtGlobal>

#include <atomic>

namespace lm::server {

/// The server's notion of now: the system clock shifted by a configurable offset (--clock-offset),
/// so expiry, token lifetimes, webhook tolerance and the scheduler can be driven in simulations.
class Clock final
{
public:
    explicit Clock(qint64 offsetMs = 0) : m_offsetMs(offsetMs) {}

    qint64 nowMs() const { return QDateTime::currentMSecsSinceEpoch() + m_offsetMs.load(); }
    qint64 offsetMs() const { return m_offsetMs.load(); }
    void setOffsetMs(qint64 offsetMs) { m_offsetMs.store(offsetMs); }

private:
    std::atomic<qint64> m_offsetMs;
};

} // namespace lm::server
