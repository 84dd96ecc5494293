#pragma once

#include "context.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimeZone>

#include <functional>
#include <optional>

class QTimer;

namespace lm::server {

struct Services;

/// Runs the automatic jobs on the server's clock in the scheduler's zone: deposit-check every hour
/// at :00, pii-retention at 03:00, daily-report at 09:00, expire-leads at 23:00. Each run is recorded per slot in the
/// database (job, slot) before it starts, so a slot runs once, also across instances; the latest
/// slot missed while the server was down runs once at start-up.
class Scheduler final : public QObject
{
    Q_OBJECT

public:
    Scheduler(Context &ctx, Services &services, QObject *parent = nullptr);

    static QStringList jobNames(); ///< deposit-check, daily-report, expire-leads, pii-retention

    /// Starts the timer and catches up at once.
    void start();
    /// Runs every job whose latest slot has not run yet. Returns the jobs it ran.
    QStringList runDueSlots();
    /// Runs a job now (admin route), outside the slots. nullopt for an unknown job.
    std::optional<QJsonObject> runNow(const QString &job);

    /// The start of the latest slot of `job` at or before `nowMs`, in the scheduler's zone.
    static QDateTime latestSlot(const QString &job, qint64 nowMs, const QTimeZone &zone);
    /// The start of the first slot of `job` after `nowMs`.
    static QDateTime nextSlot(const QString &job, qint64 nowMs, const QTimeZone &zone);

    /// The admins' jobs page: {items: [{name, last_slot, last_run_at, last_result, next_run_at}]},
    /// one item per job in jobNames() order.
    QJsonObject overview();

    /// Prometheus lines: each job's last finished run.
    QString metricsText();

private:
    QJsonObject run(const QString &job, qint64 slotMs);

    Context &m_ctx;
    Services &m_services;
    QTimeZone m_zone;
    QTimer *m_timer = nullptr;
};

} // namespace lm::server
