#include "scheduler.h"

#include "logging.h"
#include "repositories/jobrunrepository.h"
#include "services.h"
#include "texts.h"
#include "timeutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace lm::server {

namespace {

constexpr qint64 LateAfterMs = 5 * 60 * 1000; // a slot run later than this was missed (server down)
constexpr qint64 HourMs = 3600 * 1000;

/// When a job runs: every hour at :00 (hour < 0), or once a day at that hour.
struct JobSchedule
{
    QLatin1StringView name;
    int hour;
};
// pii-retention runs at night, away from the day's traffic and before the 09:00 report.
constexpr JobSchedule Schedules[] = {
    {"deposit-check"_L1, -1},
    {"daily-report"_L1, 9},
    {"expire-leads"_L1, 23},
    {"pii-retention"_L1, 3},
};

int hourOf(const QString &job)
{
    for (const JobSchedule &schedule : Schedules) {
        if (job == schedule.name)
            return schedule.hour;
    }
    return -1;
}

} // namespace

Scheduler::Scheduler(Context &ctx, Services &services, QObject *parent)
    : QObject(parent), m_ctx(ctx), m_services(services),
      m_zone(ctx.config.value(u"LEADMARKET_TIMEZONE"_s).toUtf8())
{
}

QStringList Scheduler::jobNames()
{
    QStringList names;
    for (const JobSchedule &schedule : Schedules)
        names << QString(schedule.name);
    return names;
}

void Scheduler::start()
{
    m_timer = new QTimer(this);
    m_timer->setInterval(m_ctx.config.value(u"LEADMARKET_SCHEDULER_POLL_MS"_s).toInt());
    connect(m_timer, &QTimer::timeout, this, [this] { runDueSlots(); });
    m_timer->start();
    runDueSlots();
}

QDateTime Scheduler::latestSlot(const QString &job, qint64 nowMs, const QTimeZone &zone)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(nowMs, zone);
    const int hour = hourOf(job);
    if (hour < 0)
        return QDateTime(local.date(), QTime(local.time().hour(), 0), zone);
    const QDate day = local.time().hour() >= hour ? local.date() : local.date().addDays(-1);
    return QDateTime(day, QTime(hour, 0), zone);
}

QDateTime Scheduler::nextSlot(const QString &job, qint64 nowMs, const QTimeZone &zone)
{
    const QDateTime latest = latestSlot(job, nowMs, zone);
    const int hour = hourOf(job);
    // An hour later in UTC, then back to that local hour's start (a daylight-saving change moves
    // the local clock, not the interval).
    if (hour < 0)
        return latestSlot(job, latest.toMSecsSinceEpoch() + HourMs, zone);
    return QDateTime(latest.date().addDays(1), QTime(hour, 0), zone);
}

QJsonObject Scheduler::overview()
{
    const qint64 now = m_ctx.now();
    JobRunRepository runs(m_ctx.db);
    QJsonArray items;
    for (const QString &job : jobNames()) {
        QJsonValue lastSlot;
        if (const auto slot = runs.latestTimedSlot(job)) {
            const QDateTime start = QDateTime::fromString(*slot, Qt::ISODate);
            lastSlot = start.isValid() ? QJsonValue(formatApiTime(start.toMSecsSinceEpoch())) : QJsonValue();
        }
        const auto last = runs.lastFinishedRun(job);
        items.append(QJsonObject{
            {u"name"_s, job},
            {u"last_slot"_s, lastSlot},
            {u"last_run_at"_s, last ? QJsonValue(formatApiTime(last->finishedAt)) : QJsonValue()},
            {u"last_result"_s, last ? QJsonValue(last->result) : QJsonValue()},
            {u"next_run_at"_s, formatApiTime(nextSlot(job, now, m_zone).toMSecsSinceEpoch())},
        });
    }
    return {{u"items"_s, items}};
}

QStringList Scheduler::runDueSlots()
{
    QStringList ran;
    JobRunRepository runs(m_ctx.db);
    for (const QString &job : jobNames()) {
        const qint64 now = m_ctx.now();
        const QDateTime slot = latestSlot(job, now, m_zone);
        const QString slotKey = slot.toString(Qt::ISODate);
        try {
            bool ranBefore = false;
            {
                WriteTransaction tx(m_ctx.db);
                if (runs.exists(job, slotKey))
                    continue;
                // On a new database nothing was missed: the first slot simply runs.
                ranBefore = runs.ranBefore(job);
                // Claim the slot first: the primary key lets exactly one instance have it.
                runs.claim(job, slotKey, now);
                tx.commit();
            }
            if (ranBefore && now - slot.toMSecsSinceEpoch() > LateAfterMs) {
                WriteTransaction tx(m_ctx.db);
                m_services.notifications.notifyAdmins(u"job_missed"_s, u"warning"_s,
                                                      [&job, &slotKey](texts::Language language) {
                    return texts::jobMissedNotice(job, slotKey, language);
                });
                tx.commit();
                logger("server.jobs")->warn("{} slot {} was missed; running it now", job.toStdString(),
                                            slotKey.toStdString());
            }
            const QJsonObject result = run(job, slot.toMSecsSinceEpoch());
            WriteTransaction tx(m_ctx.db);
            runs.finish(job, slotKey, result, m_ctx.now());
            tx.commit();
            ran << job;
        } catch (const DbError &e) {
            if (!e.isUniqueViolation()) // another instance took the slot between our check and insert
                logger("server.jobs")->error("{} slot {}: {}", job.toStdString(), slotKey.toStdString(), e.what());
        } catch (const std::exception &e) {
            logger("server.jobs")->error("{} slot {}: {}", job.toStdString(), slotKey.toStdString(), e.what());
        }
    }
    return ran;
}

QJsonObject Scheduler::run(const QString &job, qint64 slotMs)
{
    if (job == "deposit-check"_L1)
        return m_services.alerts.checkDeposits();
    if (job == "expire-leads"_L1)
        return {{u"expired"_s, m_services.leads.expireDue()}};
    if (job == "pii-retention"_L1)
        return {{u"erased"_s, m_services.leads.eraseDueContacts()}};
    // The 09:00 report is about the day before the slot's day.
    const QDate day = QDateTime::fromMSecsSinceEpoch(slotMs, m_zone).date().addDays(-1);
    return m_services.alerts.buildDailyReport(day, /*email=*/true);
}

std::optional<QJsonObject> Scheduler::runNow(const QString &job)
{
    if (!jobNames().contains(job))
        return std::nullopt;
    const qint64 started = m_ctx.now();
    const QJsonObject result = run(job, started);
    // Recorded like a slot (under a key no timed slot uses), so /metrics shows manual runs too.
    WriteTransaction tx(m_ctx.db);
    JobRunRepository(m_ctx.db).record(job, u"manual-"_s + newId(), started, m_ctx.now(), result);
    tx.commit();
    return result;
}

QString Scheduler::metricsText()
{
    QString out = u"# HELP leadmarket_job_last_run_timestamp_seconds When each job last finished a run.\n"
                  u"# TYPE leadmarket_job_last_run_timestamp_seconds gauge\n"_s;
    JobRunRepository runs(m_ctx.db);
    for (const QString &job : jobNames()) {
        const qint64 ms = runs.lastFinished(job).value_or(0);
        out += u"leadmarket_job_last_run_timestamp_seconds{job=\""_s + job + u"\"} "_s + QString::number(ms / 1000)
            + u'\n';
    }
    return out;
}

} // namespace lm::server
